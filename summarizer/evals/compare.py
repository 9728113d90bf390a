"""Compare two run folders: metric deltas, and the articles that got worse, worst first.

An article regressed from run A to run B when it newly failed, its grounding precision fell,
it gained findings it did not have (same kind, field and claim text), its gold recall fell, or
its ROUGE-L fell by more than `ROUGE_EPS`. Order, worst first: newly failed, then the largest
grounding-precision drop, then the most new findings, then the largest recall drop, then the
largest ROUGE-L drop.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from summarizer.errors import InputError
from summarizer.evals.metrics import aggregate, flatten
from summarizer.evals.runner import read_results

__all__ = [
    "LOWER_IS_BETTER",
    "ROUGE_EPS",
    "Comparison",
    "MetricDelta",
    "Regression",
    "compare_runs",
    "comparison_json",
    "print_comparison",
]

ROUGE_EPS = 0.005
LOWER_IS_BETTER = (
    "failed", "dataset_errors", "errors_per_article", "consistency_per_article", "findings_per_article",
    "reask_rate", "attempts_mean", "tokens_in", "tokens_out", "cost_usd", "latency_ms", "fallbacks",
)  # fmt: skip
_NEUTRAL = ("articles", "scored", "numbers_checked", "names_checked", "n", "baselines")


@dataclass(slots=True)
class MetricDelta:
    name: str
    a: float | None
    b: float | None

    @property
    def delta(self) -> float | None:
        return None if self.a is None or self.b is None else self.b - self.a

    @property
    def better(self) -> bool | None:
        """True when B improved on A, False when it got worse, None when neutral or equal."""
        d = self.delta
        if d is None or abs(d) < 1e-12 or any(p in _NEUTRAL for p in self.name.split(".")):
            return None
        lower = any(self.name == p or self.name.startswith(p + ".") for p in LOWER_IS_BETTER)
        return (d < 0) if lower else (d > 0)


@dataclass(slots=True)
class Regression:
    id: str
    newly_failed: bool
    grounding_drop: float
    new_findings: list[str] = field(default_factory=list)
    recall_drop: int = 0
    rouge_drop: float = 0.0
    status_b: str = "ok"
    reason_b: str | None = None

    def sort_key(self) -> tuple[Any, ...]:
        return (not self.newly_failed, -self.grounding_drop, -len(self.new_findings), -self.recall_drop,
                -self.rouge_drop, self.id)  # fmt: skip


@dataclass(slots=True)
class Comparison:
    a: Path
    b: Path
    deltas: list[MetricDelta]
    regressions: list[Regression]
    fixed: list[str]
    only_a: list[str]
    only_b: list[str]


def _load(run: Path) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    if not (run / "results.jsonl").exists():
        raise InputError(f"{run} is not an eval run folder (no results.jsonl)")
    records = read_results(run)
    metrics = aggregate(records)
    return {r["id"]: r for r in records if r["status"] in ("ok", "failed")}, metrics


def _hits(rec: dict[str, Any]) -> int:
    recall = rec.get("recall") or {}
    return sum(v[0] for v in recall.values())


def _regression(ra: dict[str, Any], rb: dict[str, Any]) -> Regression | None:
    if rb["status"] == "failed":
        if ra["status"] == "failed":
            return None
        return Regression(rb["id"], True, float(ra.get("grounding_precision") or 0.0), status_b="failed",
                          reason_b=str(rb.get("error_kind")))  # fmt: skip
    if ra["status"] == "failed":
        return None
    gp_a, gp_b = ra.get("grounding_precision"), rb.get("grounding_precision")
    g_drop = (gp_a - gp_b) if gp_a is not None and gp_b is not None else 0.0
    new = sorted(set(rb.get("finding_keys", [])) - set(ra.get("finding_keys", [])))
    r_drop = max(0, _hits(ra) - _hits(rb))
    rl_a = (ra.get("rouge_ur") or {}).get("rougeL")
    rl_b = (rb.get("rouge_ur") or {}).get("rougeL")
    rouge_drop = (rl_a - rl_b) if rl_a is not None and rl_b is not None else 0.0
    if g_drop > 1e-9 or new or r_drop or rouge_drop > ROUGE_EPS:
        return Regression(rb["id"], False, max(0.0, g_drop), new, r_drop, max(0.0, rouge_drop))
    return None


def compare_runs(a: Path, b: Path) -> Comparison:
    """Metric deltas (B minus A) and per-article regressions, worst first."""
    recs_a, metrics_a = _load(a)
    recs_b, metrics_b = _load(b)
    flat_a, flat_b = flatten(metrics_a), flatten(metrics_b)
    names = list(dict.fromkeys([*flat_a, *flat_b]))
    deltas = [MetricDelta(n, flat_a.get(n), flat_b.get(n)) for n in names]
    regressions: list[Regression] = []
    fixed: list[str] = []
    for ident in recs_a.keys() & recs_b.keys():
        ra, rb = recs_a[ident], recs_b[ident]
        reg = _regression(ra, rb)
        if reg:
            regressions.append(reg)
        elif ra["status"] == "failed" and rb["status"] == "ok":
            fixed.append(ident)
    regressions.sort(key=Regression.sort_key)
    return Comparison(
        a, b, deltas, regressions, sorted(fixed),
        only_a=sorted(recs_a.keys() - recs_b.keys()), only_b=sorted(recs_b.keys() - recs_a.keys()),
    )  # fmt: skip


def _num(x: float | None) -> str:
    if x is None:
        return "n/a"
    return f"{x:.4g}" if abs(x) < 1000 else f"{x:,.0f}"


def print_comparison(cmp: Comparison, console: Console | None = None, *, limit: int = 20) -> None:
    """Rich tables: metrics that changed, then the regressed articles, worst first."""
    console = console or Console()
    table = Table(title=f"metrics: {cmp.a.name} → {cmp.b.name}")
    for col in ("metric", "A", "B", "Δ"):
        table.add_column(col, justify="left" if col == "metric" else "right")
    for d in cmp.deltas:
        if d.delta is not None and abs(d.delta) < 1e-12:
            continue
        style = {True: "green", False: "red", None: ""}[d.better]
        delta = "n/a" if d.delta is None else f"{d.delta:+.4g}"
        table.add_row(d.name, _num(d.a), _num(d.b), f"[{style}]{delta}[/]" if style else delta)
    if table.row_count:
        console.print(table)
    else:
        console.print("No metric changed.")
    if not cmp.regressions:
        console.print(f"No article regressed ({len(cmp.fixed)} fixed).")
    else:
        reg = Table(title=f"{len(cmp.regressions)} articles regressed, worst first ({len(cmp.fixed)} fixed)")
        reg.add_column("id", no_wrap=True, overflow="fold")
        reg.add_column("what", no_wrap=True)
        for col in ("grounding Δ", "new findings", "recall Δ", "ROUGE-L Δ"):
            reg.add_column(col)
        for r in cmp.regressions[:limit]:
            what = f"failed ({r.reason_b})" if r.newly_failed else "worse"
            reg.add_row(
                r.id, what, f"-{r.grounding_drop:.3f}" if r.grounding_drop else "",
                "; ".join(k.replace("|", " ") for k in r.new_findings[:3]) + (" …" if len(r.new_findings) > 3 else ""),
                f"-{r.recall_drop}" if r.recall_drop else "", f"-{r.rouge_drop:.3f}" if r.rouge_drop else "",
            )  # fmt: skip
        console.print(reg)
        if len(cmp.regressions) > limit:
            console.print(f"… and {len(cmp.regressions) - limit} more")
    if cmp.only_a or cmp.only_b:
        console.print(f"Articles only in A: {len(cmp.only_a)}; only in B: {len(cmp.only_b)}.")


def comparison_json(cmp: Comparison) -> str:
    """The comparison as JSON, for scripts."""
    return json.dumps({
        "a": str(cmp.a), "b": str(cmp.b),
        "deltas": [{"metric": d.name, "a": d.a, "b": d.b, "delta": d.delta, "better": d.better} for d in cmp.deltas],
        "regressions": [
            {"id": r.id, "newly_failed": r.newly_failed, "grounding_drop": r.grounding_drop,
             "new_findings": r.new_findings, "recall_drop": r.recall_drop, "rouge_drop": r.rouge_drop}
            for r in cmp.regressions
        ],
        "fixed": cmp.fixed,
    }, ensure_ascii=False, indent=2)  # fmt: skip
