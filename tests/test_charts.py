"""report.html charts: inline SVG, no scripts or remote files, every label escaped, bars to scale."""

from __future__ import annotations

import re
from typing import Any
from xml.etree import ElementTree as ET

from summarizer.evals.charts import findings_chart, latency_chart, overlap_chart
from summarizer.evals.report import render_report

EVIL = '<script>alert(1)</script><img src=x onerror="alert(2)">'


def _metrics() -> dict[str, Any]:
    return {
        "articles": 3, "scored": 3, "failed": 0, "dataset_errors": 0, "dataset_issues": [],
        "failures_by_reason": {}, "fixture_origin": {}, "groups": {}, "thresholds": [],
        "findings_per_article": {"number": 1.5, "name": 0.5, EVIL: 0.25},
        "rouge_ur": {"rouge1": 40.0, "rouge2": 20.0, "rougeL": 30.0, "chrf": 50.0, "n": 3},
        "baselines": {"lead1": {"rouge1": 30.0, "rouge2": 10.0, "rougeL": 25.0, "chrf": 40.0, "n": 3}},
        "run": {"dataset": "toy", "engine": "openai", "model": EVIL, "started": "s", "finished": "f"},
        "latency_ms": {"p50": 10, "p90": 20, "p99": 30}, "recall": {},
    }  # fmt: skip


def _records() -> list[dict[str, Any]]:
    return [{"id": f"a{i}", "status": "ok", "latency_ms": float(v)} for i, v in enumerate([100, 100, 400, 1000])]


def _rects(svg: str) -> list[ET.Element]:
    return [e for e in ET.fromstring(svg).iter() if e.tag.endswith("rect")]


def test_charts_are_valid_svg_with_bars_to_scale() -> None:
    findings = str(findings_chart(_metrics()))
    bars = {e.find("{http://www.w3.org/2000/svg}title").text.split(":")[0]: float(e.get("width"))  # type: ignore[union-attr]
            for e in _rects(findings)}  # fmt: skip
    assert bars["number"] == 3 * bars["name"] == 6 * bars[EVIL]  # the label survives as text, escaped
    latency = str(latency_chart(_records(), bins=3))
    heights = [float(e.get("height") or 0) for e in _rects(latency)]
    assert heights[0] == 2 * heights[1] and heights[2] == heights[1] and sum(1 for h in heights if h) == 3
    overlap = str(overlap_chart([{"name": "run", "rouge1": "40", "rouge2": "20", "rougeL": "30", "chrf": "50"},
                                 {"name": "Lead-1", "rouge1": "30", "rouge2": "n/a", "rougeL": "25", "chrf": "40"}]))  # fmt: skip
    rects = [e for e in _rects(overlap) if e.get("height") and float(e.get("height") or 0) > 10]
    assert len(rects) == 7  # one value missing is left out, not drawn as zero
    assert findings_chart({}) is None and latency_chart([]) is None and overlap_chart([]) is None


def test_report_html_has_three_inline_charts_and_nothing_live() -> None:
    html = render_report(_metrics(), _records(), "html")
    assert html.count("<svg") == 3
    assert "<script" not in html and "<img" not in html and "&lt;script&gt;" in html
    assert not re.search(r"(src|href)=\"(https?:)?//", html)  # no CDN, no remote file
    md = render_report(_metrics(), _records(), "md")
    assert "<svg" not in md
