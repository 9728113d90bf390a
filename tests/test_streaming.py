"""A run streams: the dataset is read lazily, metrics and reports come from bounded passes.

Memory is measured with tracemalloc (Python allocations), so the bounds hold whatever else the
process holds, and each bound sits far below what holding the data would take.
"""

from __future__ import annotations

import json
import random
import threading
import tracemalloc
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from summarizer.errors import ValidationFailed
from summarizer.evals.aggregate import ISSUES_KEPT, Aggregator, aggregate
from summarizer.evals.datasets import Article, DatasetIssue, load_dataset
from summarizer.evals.report import render_report, report_details, worst_articles
from summarizer.evals.runner import EvalConfig, _ordered, iter_results, read_results, run_eval
from summarizer.evals.sketch import QuantileSketch, percentile

# Team-written filler Urdu (not from any corpus), repeated to make articles of a few KB.
FILLER = "یہ ایک آزمائشی جملہ ہے جو ٹیم نے لکھا ہے۔ "


def _big_dataset(path: Path, n: int, chars: int = 4000) -> Path:
    body = (FILLER * (chars // len(FILLER) + 1))[:chars]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"s{i:05d}", "text": f"{body} {i}"}, ensure_ascii=False) + "\n")
            if i % 500 == 250:
                fh.write("{broken line\n")
    return path


def _peak(fn: Callable[[], Any]) -> tuple[Any, int]:
    """fn's result and the peak of Python allocations (bytes) while it ran."""
    tracemalloc.start()
    try:
        result = fn()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak


# --------------------------------------------------------------------------- the dataset


def test_dataset_is_read_lazily_and_again_on_each_iteration(tmp_path: Path) -> None:
    path = _big_dataset(tmp_path / "big.jsonl", 2000)  # ~8 MB of article text
    size = path.stat().st_size
    ds = load_dataset(path)

    def walk() -> tuple[int, int]:
        articles = issues = 0
        for entry in ds.entries():
            articles += isinstance(entry, Article)
            issues += isinstance(entry, DatasetIssue)
        return articles, issues

    (articles, issues), peak = _peak(walk)
    assert (articles, issues) == (2000, 4)
    assert peak < size / 20, f"iterating held {peak:,} bytes of a {size:,}-byte file"
    # A second pass reads the file again (nothing was kept), in file order with the issues in place.
    entries = list(ds.entries())
    assert [e.line for e in entries if isinstance(e, DatasetIssue)] == [252, 753, 1254, 1755]
    assert len(ds) == 2000 and ds.size_hint() == 2004


def test_the_first_article_comes_before_the_file_is_read_through(tmp_path: Path) -> None:
    path = _big_dataset(tmp_path / "d.jsonl", 50)
    ds = load_dataset(path)
    it = iter(ds)
    first = next(it)
    path.write_text("", encoding="utf-8")  # a loader that had read everything would not notice
    assert first.id == "s00000" and sum(1 for _ in it) < 49


# --------------------------------------------------------------------------- aggregates


def _record(i: int, rng: random.Random) -> dict[str, Any]:
    if i % 10 == 3:
        return {"id": str(i), "status": "failed", "error_kind": "ValidationFailed", "reason": "x", "attempts": 3,
                "recall": {"quantities": [0, 2], "entities": [0, 1], "events": [0, 0]}}  # fmt: skip
    checked = rng.randint(0, 8)
    errors = rng.randint(0, checked) if checked else 0
    return {"id": str(i), "status": "ok", "engine": "openai", "prompt_version": f"v{i % 2}", "attempts": 1 + i % 3,
            "latency_ms": rng.lognormvariate(7, 0.6), "passed": errors == 0, "numbers_checked": checked,
            "names_checked": 0, "grounding_errors": errors,
            "grounding_precision": (checked - errors) / checked if checked else None,
            "findings": {"number": errors} if errors else {}, "consistency": i % 2,
            "recall": {"quantities": [1, 2], "entities": [1, 1], "events": [0, 1]},
            "rouge_ur": {"rouge1": rng.random(), "rouge2": rng.random(), "rougeL": rng.random()},
            "chrf_ur": 100 * rng.random(), "tokens_in": 1000, "tokens_out": 200, "cost_usd": 0.0001,
            "fixture_origin": "recorded"}  # fmt: skip


def test_streamed_metrics_equal_the_list_ones_and_latency_within_half_a_percent() -> None:
    rng = random.Random(7)
    records = [_record(i, rng) for i in range(12_000)]
    m = aggregate(iter(records))  # a generator: read once
    ok = [r for r in records if r["status"] == "ok"]
    assert m["scored"] == len(ok) and m["failed"] == 1200
    checked = sum(r["numbers_checked"] for r in ok)
    assert m["grounding_precision"] == round((checked - sum(r["grounding_errors"] for r in ok)) / checked, 4)
    assert m["rouge_ur"]["rougeL"] == round(100 * sum(r["rouge_ur"]["rougeL"] for r in ok) / len(ok), 2)
    assert set(m["groups"]) == {"openai/v0", "openai/v1"}
    assert sum(g["scored"] for g in m["groups"].values()) == len(ok)
    latencies = [r["latency_ms"] for r in ok]  # 10,800 values: past the exact limit, so sketched
    for q in (50, 90, 99):
        exact = percentile(sorted(latencies), q)
        assert exact is not None and m["latency_ms"][f"p{q}"] == pytest.approx(exact, rel=0.0051)


def test_aggregating_a_long_stream_holds_bounded_memory() -> None:
    def stream(n: int) -> Iterator[dict[str, Any]]:
        rng = random.Random(3)
        for i in range(n):
            yield _record(i, rng)
        for i in range(2 * ISSUES_KEPT):
            yield {"id": f"!d:{i}", "status": "dataset_error", "source": "d", "line": i, "reason": "bad"}

    _, peak_small = _peak(lambda: aggregate(stream(2_000)))
    big, peak_big = _peak(lambda: aggregate(stream(20_000)))
    assert big["articles"] == 20_000 and big["dataset_errors"] == 2 * ISSUES_KEPT
    assert len(big["dataset_issues"]) == ISSUES_KEPT
    # Ten times the records, about the same memory: nothing grows with the count.
    assert peak_big < 1.5 * peak_small + 200_000, (peak_small, peak_big)


def test_sketch_is_exact_while_small_and_bounded_after() -> None:
    sketch = QuantileSketch(exact_limit=100)
    values = [float(v) for v in range(1, 101)]
    for v in values:
        sketch.add(v)
    assert sketch.exact and sketch.quantile(50) == percentile(values, 50) == 50.5
    rng = random.Random(1)
    for _ in range(100_000):
        sketch.add(rng.uniform(1.0, 60_000.0))
    assert not sketch.exact and sketch.count == 100_100
    assert sketch.buckets < 1200  # log(60,000) / log(1.01) ≈ 1,100, whatever the count
    assert sketch.quantile(50) == pytest.approx(30_000, rel=0.02)
    assert QuantileSketch().quantile(50) is None


# --------------------------------------------------------------------------- report details


def test_report_details_in_one_pass_match_the_sorted_records() -> None:
    rng = random.Random(5)
    records = [_record(i, rng) for i in range(3000)]
    for r in records[::7]:  # ties in precision and errors: the id decides, as in a full sort
        if r["status"] == "ok":
            r.update(grounding_precision=0.5, grounding_errors=1, numbers_checked=2)
    lat = [r["latency_ms"] for r in records if r["status"] == "ok"]
    details = report_details(iter(records), (min(lat), max(lat)))
    assert [r["id"] for r in details.worst] == [r["id"] for r in worst_articles(records)]
    assert details.failed == [r for r in records if r["status"] == "failed"][:30]
    assert details.latency is not None and sum(details.latency.counts) == len(lat)
    html = render_report(aggregate(records), details, "html")
    assert html.count("<svg") >= 2 and f"Latency of {len(lat)} scored articles" in html


# --------------------------------------------------------------------------- the runner


def test_results_repair_drops_only_the_torn_tail(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"r{i}", "status": "ok", "pad": "x" * 40_000}) for i in range(4)]
    path = tmp_path / "results.jsonl"
    path.write_text("\n".join(lines) + "\n" + lines[0][:70_000 // 2], encoding="utf-8")
    assert [r["id"] for r in iter_results(tmp_path, repair=True)] == ["r0", "r1", "r2", "r3"]
    assert path.read_text(encoding="utf-8").endswith("}\n")
    assert len(read_results(tmp_path)) == 4


def test_ordered_map_keeps_a_bounded_window_ahead() -> None:
    pulled: list[int] = []
    lock = threading.Lock()

    def items() -> Iterator[int]:
        for i in range(100):
            with lock:
                pulled.append(i)
            yield i

    with ThreadPoolExecutor(2) as pool:
        out = _ordered(pool, lambda x: x * x, items(), window=4)
        assert next(out) == 0
        assert len(pulled) == 4  # not all 100 submitted before the first result
        assert list(out) == [i * i for i in range(1, 100)]


def test_a_run_over_thousands_of_articles_holds_neither_articles_nor_records(tmp_path: Path) -> None:
    data = _big_dataset(tmp_path / "big.jsonl", 3000)  # ~12 MB
    size = data.stat().st_size

    def fake(text: str) -> Any:
        raise ValidationFailed("still invalid " + text[-6:], attempts=1)

    config = EvalConfig(dataset=str(data), engine="replay", baselines=False)
    run, peak = _peak(lambda: run_eval(config, tmp_path / "run", summarize=fake, progress=False))
    assert run.metrics["failed"] == 3000 and run.metrics["dataset_errors"] == 6 and run.new == 3000
    assert peak < size / 8, f"the run held {peak:,} bytes for a {size:,}-byte dataset"
    # Issues land in file order among the records; a resumed run adds nothing.
    ids = [r["id"] for r in read_results(tmp_path / "run")]
    assert ids.index("!big.jsonl:252") == 251 and len(ids) == 3006
    again = run_eval(config, tmp_path / "run", summarize=fake, progress=False)
    assert again.new == 0 and again.skipped == 3006


def test_limit_still_records_every_unreadable_line(tmp_path: Path) -> None:
    data = _big_dataset(tmp_path / "d.jsonl", 1300, chars=50)

    def fake(text: str) -> Any:
        raise ValidationFailed("no", attempts=1)

    run = run_eval(EvalConfig(dataset=str(data), engine="replay", baselines=False, limit=10), tmp_path / "r",
                   summarize=fake, progress=False)  # fmt: skip
    assert run.metrics["articles"] == 10 and run.metrics["dataset_errors"] == 3


def test_aggregator_latency_range_feeds_the_histogram() -> None:
    agg = Aggregator()
    for v in (5.0, 50.0, 20.0):
        agg.add({"id": str(v), "status": "ok", "latency_ms": v, "passed": True, "numbers_checked": 0,
                 "names_checked": 0, "grounding_errors": 0, "findings": {}, "consistency": 0})  # fmt: skip
    assert agg.latency_range == (5.0, 50.0)
    assert Aggregator().latency_range is None
