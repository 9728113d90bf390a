"""Event attachment of the rules engine on the gold set's events (type, actors, place).

A predicted event is correct when a gold event of the same article has its type, its actors
agree (every predicted actor names one of that gold event's actors or targets and at least one
names a gold actor; no predicted actor agrees only when the brief's entity table names none of
the gold actors, i.e. they are descriptions such as `robbers`), and its place agrees (when the gold event gives one, the predicted place names it or
a part of it). Gold and predicted events are paired one to one. Precision = correct predicted /
predicted, recall = paired gold / gold.

Baseline in the same run: the same engine with sentence scope (one event a sentence, actors,
place and numbers from the whole sentence), as before clause scope.

The gold set is the development set of the trigger list (`lexicon/data/event_triggers.tsv`) and
of the attachment rules: they were changed after reading its misses, so these figures are not
held out.

Usage: python benchmarks/bench_events.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from summarizer.engines import rules
from summarizer.evals.datasets import GoldEntity, load_dataset
from summarizer.evals.metrics import entity_matches
from summarizer.schemas import BriefDraft, Entity, Event

GOLD = Path("evals/datasets/gold.jsonl")


def _names(gold_names: list[str], by_en: dict[str, GoldEntity]) -> list[GoldEntity]:
    return [by_en.get(n.casefold()) or GoldEntity(name_en=n, name_ur="") for n in gold_names]


def _actors_agree(pe: Event, ge: object, ents: dict[str, Entity], by_en: dict[str, GoldEntity]) -> bool:
    gold_actors = _names(list(ge.actors), by_en)  # type: ignore[attr-defined]
    gold_any = gold_actors + _names(list(ge.targets), by_en)  # type: ignore[attr-defined]
    predicted = [ents[a] for a in pe.actors if a in ents]
    if not predicted:
        # no actor is right only when the brief's entity table names none of the gold actors
        # (`robbers`, `traders`: descriptions the engine does not extract as names)
        return not any(entity_matches([g], list(ents.values()))[0] for g in gold_actors)
    if not gold_actors:
        return False
    if not all(any(entity_matches([g], [p])[0] for g in gold_any) for p in predicted):
        return False
    return any(entity_matches([g], predicted)[0] for g in gold_actors)


def _place_agrees(pe: Event, ge: object) -> bool:
    gold = ge.place_en  # type: ignore[attr-defined]
    if not gold:
        return True
    if not pe.place_en:
        return False
    parts = {p.strip().casefold() for p in gold.split(",")} | {gold.casefold()}
    return pe.place_en.casefold() in parts


def score(drafts: list[tuple[object, BriefDraft]]) -> tuple[int, int, int, int]:
    correct = predicted = found = total = 0
    for article, draft in drafts:
        gold = article.gold  # type: ignore[attr-defined]
        ents = {e.id: e for e in draft.entities}
        by_en = {e.name_en.casefold(): e for e in gold.entities}
        free = list(range(len(gold.events)))
        predicted += len(draft.events)
        total += len(gold.events)
        for pe in draft.events:
            for k in free:
                ge = gold.events[k]
                if pe.type == ge.type and _actors_agree(pe, ge, ents, by_en) and _place_agrees(pe, ge):
                    free.remove(k)
                    correct += 1
                    break
        found += len(gold.events) - len(free)
    return correct, predicted, found, total


def main() -> int:
    if not GOLD.exists():
        print(f"skipped: {GOLD} not found (run from the repository root)")
        return 0
    articles = [a for a in load_dataset(GOLD) if a.gold is not None]
    engine = rules.RulesEngine()
    print(f"gold articles: {len(articles)}, gold events: {sum(len(a.gold.events) for a in articles)}")  # type: ignore[union-attr]
    for label, clause in (("clause scope (engine)", True), ("sentence scope (baseline)", False)):
        rules.CLAUSE_SCOPE = clause
        drafts = [(a, engine.run(a.text).draft) for a in articles]
        correct, predicted, found, total = score(drafts)
        p = correct / predicted if predicted else 0.0
        r = found / total if total else 0.0
        print(f"{label:<26} predicted {predicted:>3}  precision {p:.3f}  recall {r:.3f}")
    rules.CLAUSE_SCOPE = True
    return 0


if __name__ == "__main__":
    sys.exit(main())
