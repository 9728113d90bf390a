"""Does the rules engine's Urdu summary beat Lead-1 on text its selector was not tuned on?

The selector's settings (`rules.SUMMARY`) were chosen by looking at ROUGE-L and chrF on the 488
XL-Sum articles, so `bench_rules.py --quality` scores it on its own tuning set. Two checks that
do not:

`--unseen` (default): the COUNTER corpus (300 agency stories and 300 newspaper rewrites), whose
human-written headlines are the only other human one-line statements of an Urdu story here.
The engine sees the body only (the headline is removed); its `summary_ur` is scored against the
headline with the same scorer as the XL-Sum figures (`evals.metrics.Scorer`: ROUGE-L F1 with the
Urdu tokenizer, sacrebleu chrF). Baselines in the same run, on the same body text:
  lead1      `evals.metrics.lead1` (the article's first sentence, as in every eval report; in
             COUNTER it starts with the dateline `ڈھاکہ ۔ یکم دسمبر (اے پی پی)`)
  lead1-dl   the first sentence with its dateline cut off (the engine cuts datelines too, so
             this is the fair Lead-1 here)
  lead2-dl   the first two sentences, datelines cut off
  random     the expected score of one body sentence drawn uniformly (mean over all sentences of
             four words or more, datelines cut off): no randomness in the figure
A headline is shorter than an XL-Sum summary (median 15 words against ~30), and ROUGE-L F1 and
chrF reward length close to the reference's; each system's mean length is printed beside it.
The difference rules - lead1-dl comes with a paired bootstrap 95% interval over articles.

`--folds`: XL-Sum two-fold check of the tuning itself. A grid over the summary's settings
(budget, centrality, coverage, position decay, long-sentence penalty; the shipped values are
in the grid) is fit on one half and scored on the other half, beside the
shipped settings (tuned on all 488, so seen), the selector's defaults and Lead-1 on that half.
The fit maximises the smaller of the two margins over Lead-1 on the fit half (the floor is
"beat Lead-1 on both"; the sum would let chrF, which grows with length, buy a long summary).
The engine runs once per article; only the selection is redone per setting.

Usage: python benchmarks/bench_selector.py [--unseen] [--folds] [--limit=N]
"""

from __future__ import annotations

import itertools
import json
import random
import statistics
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from summarizer.corpora import corpora_dir
from summarizer.engines import rules
from summarizer.evals.metrics import Scorer, lead1
from summarizer.names import gazetteer
from summarizer.text.dateline import find_datelines
from summarizer.text.selector import Candidate, Weights, select
from summarizer.text.sentences import split_sentences

_MIN_WORDS = 4


def _is_place(word: str) -> bool:
    return any(e.type == "location" for e in gazetteer.lookup_urdu(word))


def body_sentences(text: str) -> list[str]:
    """The text's sentences, each with a dateline at its start cut off (empty ones dropped)."""
    cut = {d.span.start: d.span.end for d in find_datelines(text, is_place=_is_place)}
    out: list[str] = []
    for sp in split_sentences(text):
        start = cut.get(sp.start, sp.start)
        piece = text[start : sp.end].strip() if start < sp.end else ""
        if piece:
            out.append(piece)
    return out


def read_counter(path: Path) -> tuple[str, str]:
    """(headline, body) of one COUNTER file."""
    root = ET.parse(path).getroot()
    return (root.findtext("headline") or "").strip(), (root.findtext("body") or "").strip()


class Tally:
    """Per-article ROUGE-L and chrF of one system, with the output's length."""

    def __init__(self) -> None:
        self.rouge: list[float] = []
        self.chrf: list[float] = []
        self.words: list[int] = []

    def add(self, rouge_l: float, chrf: float, words: int) -> None:
        self.rouge.append(rouge_l)
        self.chrf.append(chrf)
        self.words.append(words)

    def line(self, name: str) -> str:
        return (f"  {name:<16} ROUGE-L {statistics.fmean(self.rouge):6.2f}   chrF {statistics.fmean(self.chrf):6.2f}"
                f"   words {statistics.fmean(self.words):5.1f}")  # fmt: skip


def _score(scorer: Scorer, pred: str, ref: str) -> tuple[float, float]:
    o = scorer.overlap(pred, ref)
    return o["rouge"]["rougeL"] * 100, o["chrf"]


def bootstrap(a: Sequence[float], b: Sequence[float], runs: int = 2000, seed: int = 12) -> tuple[float, float, float]:
    """Mean of a - b over paired articles and its 95% bootstrap interval."""
    diff = [x - y for x, y in zip(a, b, strict=True)]
    rng = random.Random(seed)
    n = len(diff)
    means = sorted(statistics.fmean(rng.choices(diff, k=n)) for _ in range(runs))
    return statistics.fmean(diff), means[int(0.025 * runs)], means[int(0.975 * runs) - 1]


def unseen(root: Path, limit: int | None) -> None:
    scorer = Scorer()
    engine = rules.RulesEngine()
    systems = ("rules", "rules-headline", "lead1", "lead1-dl", "lead2-dl", "random")
    groups: dict[str, dict[str, Tally]] = {}
    ref_words: dict[str, list[int]] = {}
    paths = sorted((root / "counter").glob("*.xml"))
    paths = paths[:limit] if limit else paths
    for path in paths:
        headline, body = read_counter(path)
        if not headline or not body:
            continue
        group = "newspaper" if path.stem.endswith("p") else "agency"
        draft = engine.run(body).draft
        sents = body_sentences(body)
        usable = [s for s in sents if len(s.split()) >= _MIN_WORDS] or sents
        preds = {
            "rules": draft.summary_ur,
            "rules-headline": draft.headline_ur,
            "lead1": lead1(body),
            "lead1-dl": sents[0] if sents else body,
            "lead2-dl": " ".join(sents[:2]) if sents else body,
        }
        for g in (group, "all"):
            tallies = groups.setdefault(g, {s: Tally() for s in systems})
            ref_words.setdefault(g, []).append(len(headline.split()))
            for name, pred in preds.items():
                tallies[name].add(*_score(scorer, pred, headline), len(pred.split()))
            if usable:
                scores = [_score(scorer, s, headline) for s in usable]
                tallies["random"].add(statistics.fmean(r for r, _ in scores), statistics.fmean(c for _, c in scores),
                                      round(statistics.fmean(len(s.split()) for s in usable)))  # fmt: skip
    print("COUNTER headlines (unseen by the selector's tuning); the engine sees the body only")
    for g in ("agency", "newspaper", "all"):
        if g not in groups:
            continue
        t = groups[g]
        print(f"{g}: {len(t['rules'].rouge)} stories, reference headline {statistics.fmean(ref_words[g]):.1f} words")
        for name in systems:
            print(t[name].line(name))
        for metric in ("rouge", "chrf"):
            mean, lo, hi = bootstrap(getattr(t["rules"], metric), getattr(t["lead1-dl"], metric))
            label = "ROUGE-L" if metric == "rouge" else "chrF"
            print(f"  rules - lead1-dl {label:<7} {mean:+.2f}  (95% CI {lo:+.2f} .. {hi:+.2f})")


# --------------------------------------------------------------------------- XL-Sum two folds

GRID: dict[str, tuple[Any, ...]] = {
    "budget_words": (20, 25, 35, 45, 60),
    "centrality": (0.0, 1.0, 2.0, 3.0, 4.0),
    "coverage": (0.0, 0.1, 0.4),
    "decay": (0.3, 0.5, 0.8, 1.2),
    "long_words": (30, 45, 60),
}


def _grid(base: Weights) -> list[Weights]:
    keys = list(GRID)
    return [replace(base, **dict(zip(keys, values, strict=True))) for values in itertools.product(*GRID.values())]


class Selections:
    """The summary a setting picks for each article, scored once per distinct pick."""

    def __init__(self, cands: list[list[Candidate]], refs: list[str], fallback: list[str], scorer: Scorer) -> None:
        self.cands, self.refs, self.fallback, self.scorer = cands, refs, fallback, scorer
        self.memo: dict[tuple[int, tuple[int, ...]], tuple[float, float]] = {}

    def score(self, i: int, weights: Weights) -> tuple[float, float]:
        chosen = tuple(select(self.cands[i], weights))
        key = (i, chosen)
        if key not in self.memo:
            pred = " ".join(self.cands[i][k].text for k in chosen) if chosen else self.fallback[i]
            self.memo[key] = _score(self.scorer, pred, self.refs[i])
        return self.memo[key]

    def mean(self, ids: Sequence[int], weights: Weights | Callable[[int], tuple[float, float]]) -> tuple[float, float]:
        pairs = [weights(i) if callable(weights) else self.score(i, weights) for i in ids]
        return statistics.fmean(r for r, _ in pairs), statistics.fmean(c for _, c in pairs)


def folds(root: Path, limit: int | None) -> None:
    rows = [json.loads(line) for line in (root / "xlsum-urdu.jsonl").read_text(encoding="utf-8").splitlines()]
    rows = rows[:limit] if limit else rows
    scorer = Scorer()
    cands = [rules.summary_candidates(r["text"]) for r in rows]
    sel = Selections(cands, [r["summary"] for r in rows], [lead1(r["text"]) for r in rows], scorer)
    lead = [_score(scorer, lead1(r["text"]), r["summary"]) for r in rows]
    ids = list(range(len(rows)))
    random.Random(12).shuffle(ids)
    halves = (sorted(ids[: len(ids) // 2]), sorted(ids[len(ids) // 2 :]))
    grid = _grid(rules.SUMMARY)
    print(f"XL-Sum two folds ({len(rows)} articles, halves of {len(halves[0])} / {len(halves[1])}; "
          f"grid of {len(grid)} settings)")  # fmt: skip
    print(f"  shipped (all {len(rows)}, its tuning set): ROUGE-L {sel.mean(ids, rules.SUMMARY)[0]:6.2f}   "
          f"chrF {sel.mean(ids, rules.SUMMARY)[1]:6.2f}")  # fmt: skip
    for k, (fit, held) in enumerate((halves, halves[::-1]), 1):
        lead_r, lead_c = sel.mean(fit, lambda i: lead[i])

        def margin(w: Weights, fit: list[int] = fit, lead_r: float = lead_r, lead_c: float = lead_c) -> float:
            r, c = sel.mean(fit, w)
            return min(r - lead_r, c - lead_c)

        best = max(grid, key=margin)
        print(f"fold {k}: fit on {len(fit)}, scored on the other {len(held)}")
        print("  fitted: " + ", ".join(f"{key}={getattr(best, key)}" for key in GRID))
        fit_r, fit_c = sel.mean(fit, best)
        print(f"  {'fitted (fit half)':<28} ROUGE-L {fit_r:6.2f}   chrF {fit_c:6.2f}")
        rows_out: list[tuple[str, Weights | Callable[[int], tuple[float, float]]]] = [
            ("fitted (held-out half)", best), ("shipped (seen)", rules.SUMMARY), ("selector defaults", Weights()),
            ("lead1", lambda i: lead[i]),
        ]  # fmt: skip
        for name, w in rows_out:
            r, c = sel.mean(held, w)
            print(f"  {name:<28} ROUGE-L {r:6.2f}   chrF {c:6.2f}")


def main() -> int:
    root = corpora_dir()
    if root is None:
        print("skipped: corpora absent (set SUMMARIZER_CORPORA)")
        return 0
    limit = next((int(a.split("=")[1]) for a in sys.argv if a.startswith("--limit=")), None)
    run_folds = "--folds" in sys.argv
    if "--unseen" in sys.argv or not run_folds:
        unseen(Path(root), limit)
    if run_folds:
        folds(Path(root), limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
