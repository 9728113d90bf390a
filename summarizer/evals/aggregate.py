"""The run's metrics from its records, in one streaming pass with bounded memory.

    agg = Aggregator()
    for record in iter_results(out): agg.add(record)
    metrics = agg.result()

Every figure is a running aggregate (counts, sums, a Counter of finding kinds) except the
latency percentiles, which come from a `QuantileSketch` (exact up to 2,048 scored articles,
within 0.5% beyond). Sums are taken in record order, so the figures are the same as
summing a list of the records. Memory holds one record at a time plus the aggregates: the
per-group aggregates (one per engine/prompt version) and at most `ISSUES_KEPT` dataset issues.

Rates are 0..1; ROUGE and chrF are 0..100, as papers print them (see `metrics`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from summarizer.evals.sketch import QuantileSketch

__all__ = ["ISSUES_KEPT", "Aggregator", "aggregate"]

ROUGE_TYPES = ("rouge1", "rouge2", "rougeL")
ISSUES_KEPT = 1000
"""Dataset issues listed in metrics.json (all are counted in `dataset_errors`)."""
_RECALL = ("quantities", "entities", "events")


@dataclass
class _Overlap:
    """Mean ROUGE F1 (× 100) and chrF over the rows that have them."""

    n: int = 0
    rouge: dict[str, float] = field(default_factory=lambda: dict.fromkeys(ROUGE_TYPES, 0.0))
    chrf: float = 0.0

    def add(self, rouge: dict[str, float], chrf: float) -> None:
        self.n += 1
        for t in ROUGE_TYPES:
            self.rouge[t] += rouge[t]
        self.chrf += chrf

    def result(self) -> dict[str, Any] | None:
        if not self.n:
            return None
        out: dict[str, Any] = {t: round(100 * self.rouge[t] / self.n, 2) for t in ROUGE_TYPES}
        out["chrf"] = round(self.chrf / self.n, 2)
        out["n"] = self.n
        return out


class _Optional:
    """A sum that stays None until some record has the value."""

    __slots__ = ("total",)

    def __init__(self) -> None:
        self.total: float | None = None

    def add(self, value: float | None) -> None:
        if value is not None:
            self.total = value if self.total is None else self.total + value


@dataclass
class _Core:
    """Metrics over one set of article records (the whole run or one engine/prompt group)."""

    ok: int = 0
    failed: int = 0
    invalid: int = 0
    passed: int = 0
    numbers_checked: int = 0
    names_checked: int = 0
    errors: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    recall: dict[str, list[int]] = field(default_factory=lambda: {w: [0, 0] for w in _RECALL})
    attempts_n: int = 0
    attempts_sum: int = 0
    reasks: int = 0
    latency: QuantileSketch = field(default_factory=QuantileSketch)
    tokens_in: _Optional = field(default_factory=_Optional)
    tokens_out: _Optional = field(default_factory=_Optional)
    cost: _Optional = field(default_factory=_Optional)
    precision_n: int = 0
    precision_sum: float = 0.0
    consistency: int = 0
    rouge_ur: _Overlap = field(default_factory=_Overlap)
    rouge_en: _Overlap = field(default_factory=_Overlap)
    fallbacks: int = 0

    def add(self, r: dict[str, Any]) -> None:
        ok = r["status"] == "ok"
        if ok:
            self.ok += 1
        else:
            self.failed += 1
            self.invalid += r.get("error_kind") == "ValidationFailed"
        if r.get("recall"):
            for what in _RECALL:
                hits, total = r["recall"][what]
                self.recall[what][0] += hits
                self.recall[what][1] += total
        if r.get("attempts"):
            self.attempts_n += 1
            self.attempts_sum += r["attempts"]
            self.reasks += r["attempts"] > 1
        if ok:
            self._add_ok(r)

    def _add_ok(self, r: dict[str, Any]) -> None:
        self.passed += bool(r["passed"])
        self.numbers_checked += r["numbers_checked"]
        self.names_checked += r["names_checked"]
        self.errors += r["grounding_errors"]
        self.kinds.update(r["findings"])
        if r.get("latency_ms") is not None:
            self.latency.add(r["latency_ms"])
        self.tokens_in.add(r.get("tokens_in"))
        self.tokens_out.add(r.get("tokens_out"))
        self.cost.add(r.get("cost_usd"))
        if r.get("grounding_precision") is not None:
            self.precision_n += 1
            self.precision_sum += r["grounding_precision"]
        self.consistency += r["consistency"]
        if r.get("rouge_ur"):
            self.rouge_ur.add(r["rouge_ur"], r["chrf_ur"])
        if r.get("rouge_en"):
            self.rouge_en.add(r["rouge_en"], r["chrf_en"])
        self.fallbacks += bool(r.get("fallback_reason"))

    def result(self) -> dict[str, Any]:
        n_ok, attempted = self.ok, self.ok + self.failed
        checked = self.numbers_checked + self.names_checked
        # Articles the model answered: a brief, or output that stayed invalid after every re-ask.
        # Missing fixtures, unreachable endpoints and unusable input say nothing about the schema.
        answered = n_ok + self.invalid
        return {
            "articles": attempted,
            "scored": n_ok,
            "failed": self.failed,
            "completion_rate": round(n_ok / attempted, 4) if attempted else None,
            "schema_valid_rate": round(n_ok / answered, 4) if answered else None,
            "validation_pass_rate": round(self.passed / n_ok, 4) if n_ok else None,
            "grounding_precision": round((checked - self.errors) / checked, 4) if checked else None,
            "grounding_precision_macro": _mean(self.precision_sum, self.precision_n),
            "numbers_checked": self.numbers_checked,
            "names_checked": self.names_checked,
            "findings_per_article": {k: round(v / n_ok, 4) for k, v in sorted(self.kinds.items())} if n_ok else {},
            "errors_per_article": round(self.errors / n_ok, 4) if n_ok else None,
            "consistency_per_article": round(self.consistency / n_ok, 4) if n_ok else None,
            "recall": {w: round(h / t, 4) if t else None for w, (h, t) in self.recall.items()},
            "rouge_ur": self.rouge_ur.result(),
            "rouge_en": self.rouge_en.result(),
            "reask_rate": round(self.reasks / self.attempts_n, 4) if self.attempts_n else None,
            "attempts_mean": round(self.attempts_sum / self.attempts_n, 4) if self.attempts_n else None,
            "tokens_in": self.tokens_in.total,
            "tokens_out": self.tokens_out.total,
            "cost_usd": None if self.cost.total is None else round(self.cost.total, 6),
            "latency_ms": {f"p{q}": _round(self.latency.quantile(q)) for q in (50, 90, 99)},
            "fallbacks": self.fallbacks,
        }


def _mean(total: float, n: int) -> float | None:
    return round(total / n, 4) if n else None


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 2)


class Aggregator:
    """Feed it every record of results.jsonl (articles, failures, dataset issues) in order."""

    def __init__(self) -> None:
        self.core = _Core()
        self.groups: dict[str, _Core] = {}
        self.issues: list[dict[str, Any]] = []
        self.dataset_errors = 0
        self.failures: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.baselines = {"lead1": _Overlap(), "rules": _Overlap()}

    @property
    def latency_range(self) -> tuple[float, float] | None:
        """(lowest, highest) latency of the scored articles, for the report's histogram."""
        sketch = self.core.latency
        return (sketch.min, sketch.max) if sketch.count else None

    def add(self, r: dict[str, Any]) -> None:
        status = r["status"]
        if status == "dataset_error":
            self.dataset_errors += 1
            if len(self.issues) < ISSUES_KEPT:
                self.issues.append({"line": r.get("line"), "source": r.get("source"), "reason": r["reason"]})
            return
        if status not in ("ok", "failed"):
            return
        self.core.add(r)
        if status == "failed":
            self.failures[r["error_kind"]] += 1
        else:
            self.origins[r.get("fixture_origin") or "none"] += 1
            group = f"{r.get('engine')}/{r.get('prompt_version') or '-'}"
            self.groups.setdefault(group, _Core()).add(r)
        for name, acc in self.baselines.items():
            b = (r.get("baselines") or {}).get(name)
            if b:
                acc.add(b["rouge"], b["chrf"])

    def result(self) -> dict[str, Any]:
        metrics = self.core.result()
        metrics["dataset_errors"] = self.dataset_errors
        metrics["dataset_issues"] = list(self.issues)
        metrics["failures_by_reason"] = dict(self.failures.most_common())
        metrics["fixture_origin"] = dict(sorted(self.origins.items()))
        groups = self.groups
        metrics["groups"] = {k: groups[k].result() for k in sorted(groups)} if len(groups) > 1 else {}
        metrics["baselines"] = {name: means for name, acc in self.baselines.items() if (means := acc.result())}
        return metrics


def aggregate(records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """The run's metrics from every record of results.jsonl, read once, in order."""
    agg = Aggregator()
    for record in records:
        agg.add(record)
    return agg.result()
