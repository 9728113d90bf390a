"""Per-article scores and the run's metrics.

One article's record (a JSON line of results.jsonl) holds everything the aggregate needs, so
metrics are recomputed from the whole file after a resumed run:

- grounding: ``numbers_checked`` + ``names_checked`` from the validation report against the
  error findings of kind number/name. Grounding precision is the share of checked numbers and
  names the source supports, the analogue of prec_s in Nan et al. (2021), "Entity-level
  Factual Consistency of Abstractive Text Summarization" (there: named entities only).
- consistency: ``check_consistency`` findings between the Urdu and English headline + summary.
- recall of gold quantities (value match), entities (normalized Urdu name, English name, or
  the names module matching the predicted English name in the gold Urdu name) and events (same
  PLOVER type and at least one actor matching).
- ROUGE-1/2/L F1 (rouge-score with `UrduTokenizer`) and chrF (sacrebleu) against references,
  for the brief and for the Lead-1 baseline (first sentence of the article).
- completion (briefs / articles) and schema validity (briefs / articles the model answered:
  briefs plus ValidationFailed; a missing fixture or a dead endpoint is not a schema failure).
- engine behaviour: attempts (re-ask when > 1), tokens, cost, latency.

`aggregate` (in `aggregate.py`) turns the records into the run's metrics in one streaming pass.

Rates are 0..1; ROUGE and chrF are 0..100 in the aggregate, as papers print them.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from rouge_score.rouge_scorer import RougeScorer
from sacrebleu.metrics import CHRF

from summarizer.evals.aggregate import ROUGE_TYPES, aggregate
from summarizer.evals.datasets import Article, GoldEntity
from summarizer.evals.sketch import percentile
from summarizer.evals.tokenize import UrduTokenizer
from summarizer.schemas import Brief, Entity, FindingKind, QuantityClaim
from summarizer.text.normalize import fold

__all__ = [
    "MT5_XLSUM_URDU",
    "ROUGE_TYPES",
    "Scorer",
    "aggregate",
    "entity_matches",
    "event_matches",
    "failure_record",
    "flatten",
    "lead1",
    "percentile",
    "quantity_matches",
]

MT5_XLSUM_URDU = {"rouge1": 39.56, "rouge2": 18.37, "rougeL": 32.84}
"""mT5-base fine-tuned on XL-Sum, Urdu test set (Hasan et al. 2021, Table 3 / the XL-Sum README)."""
_FINDING_KEYS_CAP = 60


# --------------------------------------------------------------------------- gold matching


def quantity_matches(gold_values: Sequence[float], predicted: Iterable[QuantityClaim]) -> list[bool]:
    """For each gold value, whether some predicted quantity states it (relative difference ≤ 0.1%)."""
    values = [q.value for q in predicted]
    return [any(math.isclose(g, v, rel_tol=1e-3, abs_tol=1e-9) for v in values) for g in gold_values]


def _words(text: str) -> list[str]:
    return fold(text).split()


def _contains_words(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return n > 0 and any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def _cheap_match(gold: GoldEntity, pred: Entity) -> bool:
    g_ur, p_ur = _words(gold.name_ur), _words(pred.name_ur)
    if g_ur and g_ur == p_ur:
        return True
    if gold.name_en.strip().casefold() == pred.name_en.strip().casefold():
        return True
    # A partial name (surname only, or a title added) still names the same entity.
    return bool(g_ur and p_ur and (_contains_words(g_ur, p_ur) or _contains_words(p_ur, g_ur)))


@lru_cache(maxsize=4096)
def _urdu_name_index(name_ur: str) -> Any:
    """The names module's index over one gold Urdu name, or None when the module is absent."""
    try:
        from summarizer.names.matching import name_index
    except ImportError:  # the names module is optional for scoring
        return None
    return name_index(name_ur)


def _names_match(gold: GoldEntity, preds: Sequence[Entity]) -> bool:
    """The names module finds some predicted English name in the gold Urdu name."""
    if not gold.name_ur.strip():
        return False
    index = _urdu_name_index(gold.name_ur)
    if index is None:
        return False
    from summarizer.names.matching import MATCH_THRESHOLD

    return any(p.name_en.strip() and index.match_english(p.name_en).score >= MATCH_THRESHOLD for p in preds)


def _entity_match(gold: GoldEntity, pred: Entity) -> bool:
    return _cheap_match(gold, pred) or _names_match(gold, [pred])


def entity_matches(gold: Sequence[GoldEntity], predicted: Sequence[Entity]) -> list[bool]:
    """For each gold entity, whether some predicted entity names it (cheap checks first)."""
    return [any(_cheap_match(g, p) for p in predicted) or _names_match(g, predicted) for g in gold]


def event_matches(
    gold_events: Sequence[Any], gold_entities: Sequence[GoldEntity], brief: Brief
) -> list[bool]:
    """For each gold event: a predicted event of the same type with at least one matching actor."""
    by_id = {e.id: e for e in brief.entities}
    by_en = {e.name_en.casefold(): e for e in gold_entities}
    out: list[bool] = []
    for ge in gold_events:
        hit = False
        for pe in brief.events:
            if pe.type != ge.type:
                continue
            if not ge.actors:
                hit = True
                break
            actors = [
                by_id.get(a) or Entity(id=a, name_en=a, name_ur="", type="other", role_en=None)
                for a in pe.actors
            ]
            gold_actors = [by_en.get(a.casefold()) or GoldEntity(name_en=a, name_ur="") for a in ge.actors]
            if any(_entity_match(g, p) for g in gold_actors for p in actors):
                hit = True
                break
        out.append(hit)
    return out


# --------------------------------------------------------------------------- per-article scoring


def lead1(text: str) -> str:
    """The first sentence of the article (the Lead-1 baseline)."""
    from summarizer.text.sentences import split_sentences

    spans = split_sentences(text)
    return spans[0].text if spans else text.strip()


def _gold_recall(article: Article, brief: Brief | None) -> dict[str, list[int]] | None:
    gold = article.gold
    if gold is None:
        return None
    if brief is None:
        return {
            "quantities": [0, len(gold.quantities)],
            "entities": [0, len(gold.entities)],
            "events": [0, len(gold.events)],
        }
    claims = [*brief.quantities, *(q for ev in brief.events for q in ev.quantities)]
    q = quantity_matches([g.value for g in gold.quantities], claims)
    e = entity_matches(gold.entities, brief.entities)
    v = event_matches(gold.events, gold.entities, brief)
    return {
        "quantities": [sum(q), len(q)],
        "entities": [sum(e), len(e)],
        "events": [sum(v), len(v)],
    }


def failure_record(article: Article, kind: str, reason: str, **extra: Any) -> dict[str, Any]:
    """The record of an article that produced no brief; its gold items count as misses."""
    return {
        "id": article.id,
        "status": "failed",
        "error_kind": kind,
        "reason": reason,
        "recall": _gold_recall(article, None),
        "has_reference": article.reference_ur is not None,
        **extra,
    }


class Scorer:
    """Builds the ROUGE and chrF scorers once; `score` turns one brief into one record."""

    def __init__(self) -> None:
        self.rouge = RougeScorer(list(ROUGE_TYPES), tokenizer=UrduTokenizer())
        self.chrf = CHRF()

    def overlap(self, prediction: str, reference: str) -> dict[str, Any]:
        """ROUGE F1 (0..1) and chrF (0..100) of one prediction against one reference."""
        scores = self.rouge.score(reference, prediction)
        return {
            "rouge": {t: round(scores[t].fmeasure, 6) for t in ROUGE_TYPES},
            "chrf": round(self.chrf.sentence_score(prediction, [reference]).score, 4),
        }

    def baselines(self, article: Article) -> dict[str, Any]:
        """Lead-1 against the Urdu reference, when there is one."""
        if not article.reference_ur:
            return {}
        return {"lead1": self.overlap(lead1(article.text), article.reference_ur)}

    def score(self, article: Article, brief: Brief, *, wall_ms: float | None = None) -> dict[str, Any]:
        from summarizer.validators import check_consistency

        report, meta = brief.validation, brief.meta
        grounding_errors = sum(
            1 for f in report.findings
            if f.severity == "error" and f.kind in (FindingKind.NUMBER, FindingKind.NAME)
        )  # fmt: skip
        checked = report.numbers_checked + report.names_checked
        precision = max(0.0, 1.0 - grounding_errors / checked) if checked else None
        # Headline and summary together: a fact stated in one language's headline and the
        # other's summary is consistent for a reader of the brief.
        consistency = check_consistency(
            f"{brief.headline_ur}\n{brief.summary_ur}", f"{brief.headline_en}\n{brief.summary_en}"
        )
        record: dict[str, Any] = {
            "id": article.id,
            "status": "ok",
            "engine": meta.engine,
            "model": meta.model,
            "prompt_version": meta.prompt_version,
            "fixture_origin": meta.fixture_origin,
            "fallback_reason": meta.fallback_reason,
            "attempts": meta.attempts,
            "tokens_in": meta.tokens_in,
            "tokens_out": meta.tokens_out,
            "cost_usd": meta.cost_usd,
            "latency_ms": meta.latency_ms,
            "wall_ms": None if wall_ms is None else round(wall_ms, 3),
            "passed": report.passed,
            "numbers_checked": report.numbers_checked,
            "names_checked": report.names_checked,
            "grounding_errors": min(grounding_errors, checked),
            "grounding_precision": precision,
            "findings": dict(Counter(str(f.kind) for f in report.findings)),
            "finding_keys": sorted({f"{f.kind}|{f.field}|{f.claim.text}" for f in report.findings})[
                :_FINDING_KEYS_CAP
            ],
            "consistency": len(consistency),
            "recall": _gold_recall(article, brief),
            "has_reference": article.reference_ur is not None,
        }
        if article.reference_ur:
            ur = self.overlap(brief.summary_ur, article.reference_ur)
            record["rouge_ur"], record["chrf_ur"] = ur["rouge"], ur["chrf"]
        if article.reference_en:
            en = self.overlap(brief.summary_en, article.reference_en)
            record["rouge_en"], record["chrf_en"] = en["rouge"], en["chrf"]
        return record


# --------------------------------------------------------------------------- aggregation


def flatten(metrics: dict[str, Any], prefix: str = "") -> dict[str, float]:
    """Numeric leaves as dotted names (``rouge_ur.rougeL``), for thresholds and compare."""
    out: dict[str, float] = {}
    for key, value in metrics.items():
        name = f"{prefix}{key}"
        if isinstance(value, bool):
            continue
        if isinstance(value, int | float):
            out[name] = float(value)
        elif isinstance(value, dict) and key not in ("groups", "failures_by_reason", "fixture_origin"):
            out.update(flatten(value, f"{name}."))
    return out
