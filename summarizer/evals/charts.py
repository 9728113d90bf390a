"""Charts for report.html as inline SVG: no scripts, no external files, every label escaped.

    findings_chart(metrics)          findings per article, by kind (horizontal bars)
    overlap_chart(rows)              ROUGE-1/2/L and chrF of this run beside its baselines
    latency_chart(records)           latency distribution of the scored articles (histogram)
    histogram_chart(LatencyBins)     the same from bins filled while streaming the results file

Each returns `Markup` (safe to insert into an autoescaped template: every piece of text in it
went through `markupsafe.escape`), or None when there is nothing to draw.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from markupsafe import Markup, escape

__all__ = ["LatencyBins", "findings_chart", "histogram_chart", "latency_chart", "overlap_chart"]

_COLORS = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948")
_FONT = 'font-family="system-ui, sans-serif" font-size="12"'


def _num(x: float) -> str:
    return f"{x:.4g}" if abs(x) < 1000 else f"{x:,.0f}"


def _svg(width: int, height: int, title: str, body: list[str]) -> Markup:
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" {_FONT}><title>{escape(title)}</title>')  # fmt: skip
    return Markup(head + "".join(body) + "</svg>")


def findings_chart(metrics: dict[str, Any]) -> Markup | None:
    """Horizontal bars: findings per scored article, one bar per kind."""
    kinds = {str(k): float(v) for k, v in (metrics.get("findings_per_article") or {}).items() if v is not None}
    if not kinds:
        return None
    label_w, bar_w, row_h = 130, 360, 22
    top = max(kinds.values()) or 1.0
    body = []
    for i, (kind, value) in enumerate(sorted(kinds.items(), key=lambda kv: -kv[1])):
        y = 10 + i * row_h
        w = round(bar_w * value / top, 1)
        body.append(f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end">{escape(kind)}</text>'
                    f'<rect x="{label_w}" y="{y + 3}" width="{w}" height="{row_h - 6}" fill="{_COLORS[0]}">'
                    f"<title>{escape(kind)}: {_num(value)} per article</title></rect>"
                    f'<text x="{label_w + w + 4}" y="{y + 14}">{_num(value)}</text>')  # fmt: skip
    return _svg(label_w + bar_w + 60, 20 + len(kinds) * row_h, "Findings per article, by kind", body)


def overlap_chart(rows: Sequence[dict[str, Any]]) -> Markup | None:
    """Grouped bars: ROUGE-1, ROUGE-2, ROUGE-L and chrF for each system (this run and baselines)."""
    metrics = ("rouge1", "rouge2", "rougeL", "chrf")
    systems: list[tuple[str, list[float | None]]] = []
    for row in rows:
        values: list[float | None] = []
        for m in metrics:
            try:
                values.append(float(row[m]))
            except (KeyError, TypeError, ValueError):
                values.append(None)
        if any(v is not None for v in values):
            systems.append((str(row.get("name", "")), values))
    if not systems:
        return None
    top = max(v for _, vals in systems for v in vals if v is not None) or 1.0
    scale_top = max(10.0, math.ceil(top / 10) * 10)
    plot_h, group_w, left, bottom = 180, 40 + 22 * len(systems), 40, 40
    bar_w = 18
    width = left + group_w * len(metrics) + 20
    body = [f'<line x1="{left}" y1="10" x2="{left}" y2="{10 + plot_h}" stroke="#999"/>',
            f'<line x1="{left}" y1="{10 + plot_h}" x2="{width - 10}" y2="{10 + plot_h}" stroke="#999"/>',
            f'<text x="{left - 4}" y="16" text-anchor="end">{_num(scale_top)}</text>',
            f'<text x="{left - 4}" y="{10 + plot_h}" text-anchor="end">0</text>']  # fmt: skip
    labels = {"rouge1": "ROUGE-1", "rouge2": "ROUGE-2", "rougeL": "ROUGE-L", "chrf": "chrF"}
    for g, m in enumerate(metrics):
        x0 = left + 10 + g * group_w
        for s, (name, vals) in enumerate(systems):
            value = vals[g]
            if value is None:
                continue
            h = round(plot_h * value / scale_top, 1)
            body.append(f'<rect x="{x0 + s * (bar_w + 4)}" y="{10 + plot_h - h}" width="{bar_w}" height="{h}" '
                        f'fill="{_COLORS[s % len(_COLORS)]}"><title>{escape(name)}: {escape(labels[m])} '
                        f"{_num(value)}</title></rect>")  # fmt: skip
        body.append(f'<text x="{x0}" y="{10 + plot_h + 16}">{labels[m]}</text>')
    legend_y = 10 + plot_h + bottom - 8
    for s, (name, _) in enumerate(systems):
        y = legend_y + s * 16
        body.append(f'<rect x="{left}" y="{y - 10}" width="10" height="10" fill="{_COLORS[s % len(_COLORS)]}"/>'
                    f'<text x="{left + 14}" y="{y}">{escape(name)}</text>')  # fmt: skip
    return _svg(width, legend_y + 16 * len(systems), "ROUGE and chrF against the baselines", body)


class LatencyBins:
    """A histogram of latencies over a known range, filled one value at a time (the report's
    second streaming pass over results.jsonl; the first found the range)."""

    def __init__(self, lo: float, hi: float, bins: int = 12) -> None:
        self.lo, self.hi, self.bins = lo, hi, bins
        self.span = (hi - lo) or 1.0
        self.counts = [0] * bins

    def add(self, value: float) -> None:
        i = int((value - self.lo) / self.span * self.bins)
        self.counts[min(self.bins - 1, max(0, i))] += 1

    def add_record(self, record: dict[str, Any]) -> None:
        """Count a record's latency when it is a scored article that has one."""
        if record.get("status") == "ok" and isinstance(record.get("latency_ms"), int | float):
            self.add(float(record["latency_ms"]))


def latency_chart(records: Sequence[dict[str, Any]], bins: int = 12) -> Markup | None:
    """Histogram of `latency_ms` over the scored articles."""
    values = [float(r["latency_ms"]) for r in records
              if r.get("status") == "ok" and isinstance(r.get("latency_ms"), int | float)]  # fmt: skip
    if not values:
        return None
    hist = LatencyBins(min(values), max(values), bins)
    for v in values:
        hist.add(v)
    return histogram_chart(hist)


def histogram_chart(hist: LatencyBins) -> Markup | None:
    """The latency histogram as SVG; None when it counted nothing."""
    counts, lo, hi, bins, span = hist.counts, hist.lo, hist.hi, hist.bins, hist.span
    top = max(counts)
    if not top:
        return None
    plot_h, bar_w, left = 150, 34, 40
    body = [f'<text x="{left - 4}" y="16" text-anchor="end">{top}</text>',
            f'<text x="{left - 4}" y="{10 + plot_h}" text-anchor="end">0</text>']  # fmt: skip
    for i, c in enumerate(counts):
        h = round(plot_h * c / top, 1)
        a, b = lo + span * i / bins, lo + span * (i + 1) / bins
        body.append(f'<rect x="{left + i * (bar_w + 2)}" y="{10 + plot_h - h}" width="{bar_w}" height="{h}" '
                    f'fill="{_COLORS[2]}"><title>{_num(a)}-{_num(b)} ms: {c} articles</title></rect>')  # fmt: skip
    width = left + bins * (bar_w + 2) + 10
    body.append(f'<text x="{left}" y="{plot_h + 28}">{_num(lo)} ms</text>'
                f'<text x="{width - 10}" y="{plot_h + 28}" text-anchor="end">{_num(hi)} ms</text>')  # fmt: skip
    return _svg(width, plot_h + 40, f"Latency of {sum(counts)} scored articles", body)
