"""Rules engine speed and quality on real articles, each against a baseline in the same run.

Speed (default): against the toolkit work it cannot avoid; `--cold` adds the first brief of a
fresh process against a fresh process that only imports.
Quality (`--quality`): the Urdu summary's ROUGE-L and chrF against the 488 XL-Sum human summaries,
beside Lead-1 (the article's first sentence) scored by the same scorer; and the findings the
validators keep on the engine's own briefs over every shared corpus (XL-Sum, COUNTER agency and
newspaper stories, the seed article, the team's examples).

Baseline (same process, same articles): the names index + candidates and the Urdu quantity
extraction alone, which every brief needs. The ratio shows what sentence splitting, scoring,
events, entity grouping and the read-back checks of English renderings add on top.
Nothing is cached per article text (each call builds its own indexes), so each brief is computed
from scratch.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
import xml.etree.ElementTree as ET
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


def _counter_texts(root: Path) -> list[str]:
    out: list[str] = []
    for path in sorted((root / "counter").glob("*.xml")):
        xml = ET.parse(path).getroot()
        head = (xml.findtext(".//headline") or "").strip()
        body = (xml.findtext(".//body") or "").strip()
        out.append(f"{head}\n\n{body}" if head else body)
    return out


def quality(root: Path, limit: int | None) -> int:
    from summarizer.evals.metrics import Scorer, lead1
    from summarizer.input import check_article, strip_comment_header
    from summarizer.validators import validate_draft

    rows = [json.loads(line) for line in (root / "xlsum-urdu.jsonl").read_text(encoding="utf-8").splitlines()]
    rows = rows[:limit] if limit else rows
    scorer = Scorer()
    engine = RulesEngine()
    sums = {"rules": [0.0, 0.0], "lead1": [0.0, 0.0]}
    findings: dict[str, list[int]] = {}

    def check(corpus: str, text: str) -> str:
        text = check_article(text)
        draft = engine.run(text).draft
        n = len(validate_draft(text, draft).findings)
        tally = findings.setdefault(corpus, [0, 0, 0])
        tally[0] += 1
        tally[1] += n
        tally[2] += n > 0
        return draft.summary_ur

    for row in rows:
        summary = check("xlsum", row["text"])
        for name, pred in (("rules", summary), ("lead1", lead1(row["text"]))):
            o = scorer.overlap(pred, row["summary"])
            sums[name][0] += o["rouge"]["rougeL"] * 100
            sums[name][1] += o["chrf"]
    n = len(rows)
    print(f"XL-Sum articles: {n}")
    for name in ("rules", "lead1"):
        print(f"  {name:<6} ROUGE-L {sums[name][0] / n:6.2f}   chrF {sums[name][1] / n:6.2f}")
    print(f"  rules - lead1: ROUGE-L {(sums['rules'][0] - sums['lead1'][0]) / n:+.2f}, "
          f"chrF {(sums['rules'][1] - sums['lead1'][1]) / n:+.2f}")
    for text in _counter_texts(root)[: limit or None]:
        check("counter", text)
    seed = root.parent / "seed"
    for path in sorted(seed.glob("*.txt")) if seed.is_dir() else []:
        check("seed", path.read_text(encoding="utf-8"))
    for path in sorted(Path("examples").glob("*.ur.txt")):
        check("examples", strip_comment_header(path.read_text(encoding="utf-8")))
    for corpus, (briefs, total, with_any) in findings.items():
        print(f"findings on own briefs, {corpus:<8}: {total} in {with_any} of {briefs} briefs")
    return 0


def cold(article: Path) -> None:
    """The first brief of a fresh process (what `make demo` and one CLI call pay: uroman's
    tables, the names model, the gazetteer) beside a fresh process that only imports the package."""
    import subprocess

    def wall(code: str) -> float:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        return (time.perf_counter() - t0) * 1000

    base = min(wall("import summarizer.engines.rules") for _ in range(2))
    brief = min(wall("import pathlib; from summarizer.engines.rules import RulesEngine; "
                     f"RulesEngine().run(pathlib.Path({str(article)!r}).read_text(encoding='utf-8'))")
                for _ in range(2))  # fmt: skip
    print(f"fresh process, import only:        {base:.0f} ms")
    print(f"fresh process, import + 1 brief:   {brief:.0f} ms ({brief / base:.1f}x; the first brief "
          f"{brief - base:.0f} ms)")


def main() -> int:
    root = corpora_dir()
    if root is None:
        print("skipped: corpora absent (set SUMMARIZER_CORPORA)")
        return 0
    if "--quality" in sys.argv:
        limit = next((int(a.split("=")[1]) for a in sys.argv if a.startswith("--limit=")), None)
        return quality(Path(root), limit)
    lines = (Path(root) / "xlsum-urdu.jsonl").read_text(encoding="utf-8").splitlines()
    articles = [json.loads(line)["text"] for line in lines[:N]]
    engine = RulesEngine()
    engine.run(articles[0])  # load uroman and the gazetteer once
    base: list[float] = []
    full: list[float] = []
    per_2200: list[float] = []
    for text in articles:
        t0 = time.perf_counter()
        _toolkit(text)
        base.append((time.perf_counter() - t0) * 1000)
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
    print(f"mean: toolkit {statistics.fmean(base):.2f} ms, engine {statistics.fmean(full):.2f} ms "
          f"({statistics.fmean(full) / statistics.fmean(base):.2f}x)")
    if "--cold" in sys.argv:
        cold(Path("examples/lavrov-visit.ur.txt"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
