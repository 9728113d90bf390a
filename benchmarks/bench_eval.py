"""Eval throughput: replay plus scoring, in articles per second (the floor is 50/s).

The gold set is repeated under new ids until there are ``--articles`` of them (same texts, so
every one is answered by its replay fixture), then a full `run_eval` runs into a temporary
folder: replay engine, grounding, consistency, gold recall, ROUGE/chrF, Lead-1, results file,
metrics and both reports. Printed beside it, from the same process:

- the baseline: plain ``json.loads`` of every line of the results file that run wrote (what any
  eval costs at the least: reading its own output), and
- the split between the engine call (replay + validation in `summarize`) and our scoring.

    /work/venv/bin/python benchmarks/bench_eval.py [--articles 200]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import tempfile
import time
from pathlib import Path

from summarizer.errors import SummarizerError
from summarizer.evals.datasets import load_dataset
from summarizer.evals.metrics import Scorer
from summarizer.evals.runner import EvalConfig, make_summarize, run_eval

REPO = Path(__file__).resolve().parent.parent


def _repeated_gold(folder: Path, n: int) -> Path:
    gold = REPO / "evals" / "datasets" / "gold.jsonl"
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = folder / "bench.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for i in range(n):
            row = dict(rows[i % len(rows)])
            row["id"] = f"{row['id']}#{i}"
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        data = _repeated_gold(folder, args.articles)
        config = EvalConfig(dataset=str(data), engine="replay")
        summarize = make_summarize(config)
        dataset = load_dataset(data)
        with contextlib.suppress(SummarizerError):  # warm caches (fixture index, lexicons) outside the timing
            summarize(dataset.articles[0].text)

        t0 = time.perf_counter()
        run = run_eval(config, folder / "run", summarize=summarize, progress=False)
        elapsed = time.perf_counter() - t0
        n = run.metrics["articles"]
        lean = EvalConfig(dataset=str(data), engine="replay", baselines=False)
        t0 = time.perf_counter()
        run_eval(lean, folder / "lean", summarize=summarize, progress=False)
        lean_rate = n / (time.perf_counter() - t0)
        jobs = EvalConfig(dataset=str(data), engine="replay", jobs=2)
        t0 = time.perf_counter()
        run_eval(jobs, folder / "jobs", progress=False)  # engines built here: workers fork warm
        jobs_rate = n / (time.perf_counter() - t0)
        if run.metrics["failed"]:
            print(f"warning: {run.metrics['failed']} articles failed: {run.metrics['failures_by_reason']}")

        walls: dict[str, list[float]] = {"ok": [], "failed": []}
        for rec in run.records:
            if rec.get("wall_ms") is not None:
                walls[rec["status"]].append(rec["wall_ms"])
        lines = (folder / "run" / "results.jsonl").read_text(encoding="utf-8").splitlines()
        t1 = time.perf_counter()
        for _ in range(20):
            for line in lines:
                json.loads(line)
        load_rate = 20 * len(lines) / (time.perf_counter() - t1)

        t2 = time.perf_counter()
        pairs = []
        for a in dataset.articles:
            with contextlib.suppress(SummarizerError):
                pairs.append((a, summarize(a.text)))
        engine_s = time.perf_counter() - t2
        scorer = Scorer()
        t3 = time.perf_counter()
        for article, brief in pairs:
            scorer.score(article, brief)
            scorer.baselines(article)
        score_s = time.perf_counter() - t3

    rate = n / elapsed
    print(f"articles                      {n}")
    print(f"replay + scoring + baselines, 1 process (run_eval)   {rate:10.1f} articles/s")
    print(f"replay + scoring, no rules/Lead-1 baselines, 1 process {lean_rate:8.1f} articles/s")
    print(f"replay + scoring + baselines, -j 2 worker processes  {jobs_rate:10.1f} articles/s   (floor 50)")
    print(f"  engine call (summarize)     {n / engine_s:10.1f} articles/s")
    print(
        f"  scoring + Lead-1            {len(pairs) / max(score_s, 1e-9):10.1f} briefs/s ({len(pairs)} briefs)"
    )
    for status, ms in walls.items():
        if ms:
            print(f"  engine wall, {status:6} articles {len(ms):4}: mean {sum(ms) / len(ms):7.1f} ms")
    print(f"baseline: json.loads of results.jsonl {load_rate:10.1f} lines/s")
    print(f"ratio run_eval / json load    {rate / load_rate:10.4f}")
    return 0 if max(rate, jobs_rate) >= 50 else 1


if __name__ == "__main__":
    sys.exit(main())
