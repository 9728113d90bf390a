"""The readable run report (Markdown, and HTML for the browser), rendered with jinja2.

The templates live in ``templates/``; this module prepares the rows they print so they stay
free of logic: metric rows, the baselines table with the published mT5 figures, the note on
authored fixtures, thresholds, failures and the worst articles.

What the report takes from the records (the first failures, the least grounded articles, the
latency histogram) is gathered in one streaming pass into a bounded `ReportDetails`, so a
report over 10,000 records never holds them all.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from jinja2 import Environment, PackageLoader, select_autoescape

from summarizer.evals.charts import LatencyBins
from summarizer.evals.metrics import MT5_XLSUM_URDU
from summarizer.render import escape_markdown

__all__ = ["COMPARABILITY_NOTE", "ReportDetails", "metric_rows", "render_report", "report_details", "worst_articles"]

COMPARABILITY_NOTE = (
    "The published mT5 XL-Sum Urdu figures (ROUGE-1/2/L 39.56 / 18.37 / 32.84, Hasan et al. 2021) "
    "come from XL-Sum's multilingual ROUGE scorer on the full Urdu test split. That scorer strips "
    "punctuation by Unicode class, segments words per language and stems the languages it has a "
    "stemmer for. Ours folds Urdu letter variants, diacritics and digits "
    "(summarizer.text.normalize.fold), keeps runs of letters and numbers, never stems, and runs on "
    "the 488-article subset in the shared corpora, not the test split. Token boundaries and the "
    "article sample both differ, so our figures are indicative, not directly comparable: read "
    "them against the Lead-1 and rules baselines computed here, in the same run and with the same "
    "tokenizer."
)

_LABELS: dict[str, str] = {
    "completion_rate": "articles with a brief (share of articles)",
    "schema_valid_rate": "schema-valid briefs (share of articles the model answered)",
    "validation_pass_rate": "briefs passing validation",
    "grounding_precision": "grounding precision (numbers + names supported / checked)",
    "grounding_precision_macro": "grounding precision, mean per article",
    "errors_per_article": "grounding errors per article",
    "consistency_per_article": "Urdu-English consistency findings per article",
    "recall.quantities": "recall of gold quantities",
    "recall.entities": "recall of gold entities",
    "recall.events": "recall of gold events",
    "reask_rate": "re-ask rate (attempts > 1)",
    "attempts_mean": "attempts per article",
    "tokens_in": "tokens in (total)",
    "tokens_out": "tokens out (total)",
    "cost_usd": "cost (USD)",
    "latency_ms.p50": "latency p50 (ms)",
    "latency_ms.p90": "latency p90 (ms)",
    "latency_ms.p99": "latency p99 (ms)",
    "fallbacks": "briefs answered by the rules fallback",
}


def _fmt(value: Any) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.4g}" if abs(value) < 1000 else f"{value:,.0f}"
    return str(value)


def metric_rows(metrics: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, value) for the headline metrics, in reading order."""
    rows: list[tuple[str, str]] = []
    for key, label in _LABELS.items():
        node: Any = metrics
        for part in key.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        rows.append((label, _fmt(node)))
    for kind, value in (metrics.get("findings_per_article") or {}).items():
        rows.append((f"findings per article: {kind}", _fmt(value)))
    return rows


def _overlap_rows(metrics: dict[str, Any]) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []

    def add(name: str, m: dict[str, Any] | None, note: str = "") -> None:
        if m:
            rows.append({"name": name, "n": _fmt(m.get("n")), "note": note,
                         **{k: _fmt(m.get(k)) for k in ("rouge1", "rouge2", "rougeL", "chrf")}})  # fmt: skip

    run = metrics.get("run", {})
    add(
        f"this run ({run.get('engine')}{' ' + run['model'] if run.get('model') else ''})",
        metrics.get("rouge_ur"),
    )
    baselines = metrics.get("baselines", {})
    add("rules engine", baselines.get("rules"), "same run, same tokenizer")
    add("Lead-1 (first sentence)", baselines.get("lead1"), "same run, same tokenizer")
    if run.get("dataset") == "xlsum" and rows:
        add(
            "mT5 XL-Sum (published)",
            {**MT5_XLSUM_URDU, "n": None},
            "other scorer and test split: indicative only",
        )
    return rows


def _worst_key(r: dict[str, Any]) -> tuple[float, int, str]:
    return (r["grounding_precision"], -r["grounding_errors"], r["id"])


def worst_articles(records: Iterable[dict[str, Any]], n: int = 10) -> list[dict[str, Any]]:
    """Scored articles with the lowest grounding precision, most errors first among equals."""
    ok = (r for r in records if r["status"] == "ok" and r.get("grounding_precision") is not None)
    return [r for r in heapq.nsmallest(n, ok, key=_worst_key) if r["grounding_precision"] < 1.0]


FAILED_SHOWN = 30
WORST_SHOWN = 10


@dataclass
class ReportDetails:
    """What the report shows of single records, gathered in one pass with bounded memory."""

    failed: list[dict[str, Any]] = field(default_factory=list)
    worst: list[dict[str, Any]] = field(default_factory=list)
    latency: LatencyBins | None = None


def report_details(records: Iterable[dict[str, Any]], latency_range: tuple[float, float] | None) -> ReportDetails:
    """The first failures, the least grounded articles and, given the latency range (from the
    aggregate pass), the latency histogram."""
    details = ReportDetails(latency=LatencyBins(*latency_range) if latency_range else None)
    worst = details.worst  # at most WORST_SHOWN: the largest key is replaced by a smaller one
    for r in records:
        if r["status"] == "failed" and len(details.failed) < FAILED_SHOWN:
            details.failed.append(r)
        if details.latency is not None:
            details.latency.add_record(r)
        if r["status"] == "ok" and r.get("grounding_precision") is not None and r["grounding_precision"] < 1.0:
            if len(worst) < WORST_SHOWN:
                worst.append(r)
                continue
            top = max(range(len(worst)), key=lambda k: _worst_key(worst[k]))
            if _worst_key(r) < _worst_key(worst[top]):
                worst[top] = r
    worst.sort(key=_worst_key)
    return details


def _origin_note(metrics: dict[str, Any]) -> str | None:
    origins = metrics.get("fixture_origin", {})
    authored, recorded = origins.get("authored", 0), origins.get("recorded", 0)
    total = sum(origins.values())
    if not authored:
        return None
    return (
        f"{authored} of {total} scored briefs come from authored fixtures (written by the team, not "
        f"returned by a model){f'; {recorded} from recorded model output' if recorded else ''}. "
        "Figures over them measure the pipeline, validators and scoring, not a model's quality."
    )


def _md_inline(value: Any) -> str:
    return escape_markdown(value, inline=True)


# Article ids, file names, model names and server messages are untrusted: the HTML report
# autoescapes every value (`*.html.j2`), the Markdown one passes each through escape_markdown.
_ENVS = {
    "html": Environment(loader=PackageLoader("summarizer.evals", "templates"),
                        autoescape=select_autoescape(enabled_extensions=("html.j2", "html"), default=True),
                        trim_blocks=True, lstrip_blocks=True),
    "md": Environment(loader=PackageLoader("summarizer.evals", "templates"), autoescape=False,
                      finalize=_md_inline, trim_blocks=True, lstrip_blocks=True),
}  # fmt: skip


def render_report(
    metrics: dict[str, Any],
    records: Iterable[dict[str, Any]] | ReportDetails,
    fmt: Literal["md", "html"] = "md",
) -> str:
    """The report for one run folder's metrics and its records (or details already gathered)."""
    if isinstance(records, ReportDetails):
        details = records
    else:
        rows = list(records)
        values = [float(r["latency_ms"]) for r in rows
                  if r.get("status") == "ok" and isinstance(r.get("latency_ms"), int | float)]  # fmt: skip
        details = report_details(rows, (min(values), max(values)) if values else None)
    template = _ENVS[fmt].get_template(f"report.{fmt}.j2")
    overlap = _overlap_rows(metrics)
    return template.render(
        m=metrics,
        run=metrics.get("run", {}),
        rows=metric_rows(metrics),
        overlap=overlap,
        show_note=any(r["name"].startswith("mT5") for r in overlap),
        note=COMPARABILITY_NOTE,
        origin_note=_origin_note(metrics),
        groups=[(name, metric_rows(g)) for name, g in metrics.get("groups", {}).items()],
        thresholds=metrics.get("thresholds", []),
        failed=details.failed,
        worst=details.worst,
        fmt=_fmt,
        charts=_charts(metrics, details, overlap) if fmt == "html" else {},
    )


def _charts(metrics: dict[str, Any], details: ReportDetails, overlap: list[dict[str, str]]) -> dict[str, Any]:
    from summarizer.evals.charts import findings_chart, histogram_chart, overlap_chart

    latency = histogram_chart(details.latency) if details.latency is not None else None
    return {"findings": findings_chart(metrics), "overlap": overlap_chart(overlap), "latency": latency}
