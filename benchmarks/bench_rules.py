"""Rules engine speed on real articles, against the toolkit work it cannot avoid.

Baseline (same process, same articles): the names index + candidates and the Urdu quantity
extraction alone, which every brief needs. The ratio shows what sentence splitting, scoring,
events, entity grouping and the read-back checks of English renderings add on top.
Caches are cleared per article so each brief is computed from scratch.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

from summarizer.corpora import corpora_dir
from summarizer.engines.rules import RulesEngine
from summarizer.names.matching import name_index
from summarizer.numbers.quantities import extract_quantities

N = 200


def _toolkit(text: str) -> None:
    idx = name_index(text)
    idx.candidates()
    idx.variants()
    extract_quantities(text, "ur")


def main() -> int:
    root = corpora_dir()
    if root is None:
        print("skipped: corpora absent (set SUMMARIZER_CORPORA)")
        return 0
    lines = (Path(root) / "xlsum-urdu.jsonl").read_text(encoding="utf-8").splitlines()
    articles = [json.loads(line)["text"] for line in lines[:N]]
    engine = RulesEngine()
    engine.run(articles[0])  # load uroman and the gazetteer once
    base: list[float] = []
    full: list[float] = []
    per_2200: list[float] = []
    for text in articles:
        name_index.cache_clear()
        t0 = time.perf_counter()
        _toolkit(text)
        base.append((time.perf_counter() - t0) * 1000)
        name_index.cache_clear()
        t0 = time.perf_counter()
        engine.run(text)
        ms = (time.perf_counter() - t0) * 1000
        full.append(ms)
        per_2200.append(ms / len(text) * 2200)
    mean_chars = statistics.mean(len(t) for t in articles)
    print(f"articles: {len(articles)} XL-Sum, mean {mean_chars:,.0f} chars")
    print(f"toolkit only (names + quantities): median {statistics.median(base):.2f} ms")
    print(f"rules engine (whole brief):        median {statistics.median(full):.2f} ms, "
          f"p90 {sorted(full)[int(0.9 * len(full))]:.2f} ms")
    print(f"rules engine per 2,200 chars:      median {statistics.median(per_2200):.2f} ms (target < 20)")
    print(f"ratio engine / toolkit:            {statistics.median(full) / statistics.median(base):.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
