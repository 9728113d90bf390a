"""`import summarizer` cost, beside a bare interpreter start, in fresh subprocesses.

openai and instructor must not load at import: they load inside the engine when it runs.
Also prints what `-X importtime` says are the largest imports. Target: <= 300 ms.

    python benchmarks/bench_import.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

TARGET_MS = 300.0
HEAVY = ("openai", "instructor", "httpx2", "uroman", "sacrebleu", "rouge_score")


def _time(code: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    bare = _time("pass", args.runs)
    pkg = _time("import summarizer", args.runs)
    api = _time("import summarizer.api", args.runs)
    cli = _time("import summarizer.cli", args.runs)
    probe = f"import sys, summarizer, summarizer.api; print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.strip()

    print(f"python -c pass:               {bare:7.1f} ms")
    print(f"import summarizer:            {pkg:7.1f} ms  (+{pkg - bare:.1f} ms over bare; "
          f"target <= {TARGET_MS:.0f} ms: {'OK' if pkg <= TARGET_MS else 'OVER'})")  # fmt: skip
    print(f"import summarizer.api:        {api:7.1f} ms  (+{api - bare:.1f} ms)")
    print(f"import summarizer.cli:        {cli:7.1f} ms  (+{cli - bare:.1f} ms)")
    print(f"heavy modules loaded by summarizer + summarizer.api: {loaded or 'none'}")

    out = subprocess.run([sys.executable, "-X", "importtime", "-c", "import summarizer.api"],
                         capture_output=True, text=True, check=True).stderr  # fmt: skip
    rows = []
    for line in out.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].rstrip()))
    print("largest cumulative imports under summarizer.api (-X importtime):")
    for cumulative, name in sorted(rows, reverse=True)[:8]:
        print(f"  {cumulative / 1000:7.1f} ms {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
