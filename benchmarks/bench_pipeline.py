"""The pipeline's own work per article: everything but the model call, via replay.

Replay answers from fixture files in memory, so the time of `summarize(..., engine="replay")`
is what the pipeline itself costs per article: input checks, prompt rendering, the openai
client and instructor (request building, parsing, validation with the source in context,
re-asks), evidence offsets and the final validation. Printed beside a baseline run in the same
process: the bare `json.loads` and `BriefDraft.model_validate_json` of the same drafts.
Target: median <= 20 ms per article.

    python benchmarks/bench_pipeline.py [--fixtures DIR] [--rounds N]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET_MS = 20.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", type=Path, default=REPO / "evals" / "fixtures")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    from summarizer import api as api_module
    from summarizer.api import summarize
    from summarizer.engines.fixtures import load_fixture
    from summarizer.engines.replay import ReplayEngine
    from summarizer.errors import FixtureMissing, SummarizerError
    from summarizer.input import read_article
    from summarizer.schemas import BriefDraft

    cases = []
    for path in sorted(args.fixtures.glob("*.json")):
        fixture = load_fixture(path)
        article_path = REPO / fixture.article
        if article_path.is_file():
            cases.append((path.stem, read_article(article_path), fixture))
    if not cases:
        print(f"no fixtures with articles under {args.fixtures}", file=sys.stderr)
        return 1

    from summarizer import validators

    spent = [0.0]  # time inside the grounding checks (the validators package), to split the figure

    def timed(fn):  # type: ignore[no-untyped-def]
        def wrapper(*a, **k):  # type: ignore[no-untyped-def]
            t = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                spent[0] += time.perf_counter() - t

        return wrapper

    validators.resolve_evidence = timed(validators.resolve_evidence)
    validators.validate_draft = timed(validators.validate_draft)

    engine = ReplayEngine(fixtures=args.fixtures)
    logging.getLogger("instructor").addHandler(logging.NullHandler())  # its retry log lines
    logging.getLogger("instructor").propagate = False
    for _, text, _ in cases:  # warm up: imports, schema and fixture caches
        with contextlib.suppress(SummarizerError):
            summarize(text, engine=engine, fallback=False)

    pipeline: dict[str, list[float]] = {name: [] for name, _, _ in cases}
    checks: dict[str, list[float]] = {name: [] for name, _, _ in cases}
    outcome: dict[str, str] = {}
    for _ in range(args.rounds):
        for name, text, _ in cases:
            api_module._MEMO.clear()  # no carry-over between runs: every run grounds from scratch
            spent[0] = 0.0
            start = time.perf_counter()
            try:
                brief = summarize(text, engine=engine, fallback=False)
                outcome[name] = f"ok, {brief.meta.attempts} attempt(s)"
            except SummarizerError as exc:
                outcome[name] = type(exc).__name__ + (" (the checks reject every response)" if isinstance(exc, FixtureMissing) else "")
            pipeline[name].append((time.perf_counter() - start) * 1000)
            checks[name].append(spent[0] * 1000)

    baseline: list[float] = []
    for _ in range(args.rounds):
        for _, _, fixture in cases:
            raw = [json.dumps(r.get("draft") or r.get("body")) for r in fixture.responses]
            start = time.perf_counter()
            for text in raw:
                data = json.loads(text)
                if "choices" not in data:
                    BriefDraft.model_validate_json(text)
            baseline.append((time.perf_counter() - start) * 1000)

    print(f"{'article':34} {'total ms':>9} {'checks ms':>10} {'rest ms':>8}  outcome")
    rest: list[float] = []
    for name, times in pipeline.items():
        own = [t - c for t, c in zip(times, checks[name], strict=True)]
        rest.append(statistics.median(own))
        print(f"{name:34} {statistics.median(times):9.2f} {statistics.median(checks[name]):10.2f} "
              f"{statistics.median(own):8.2f}  {outcome[name]}")  # fmt: skip
    per_article = [statistics.median(t) for t in pipeline.values()]
    med = statistics.median(per_article)
    checks_med = statistics.median([statistics.median(c) for c in checks.values()])
    base = statistics.median(baseline)
    print(f"\npipeline per article, median over {len(cases)} articles x {args.rounds} rounds: {med:.2f} ms "
          f"(target <= {TARGET_MS:.0f} ms: {'OK' if med <= TARGET_MS else 'OVER'})")  # fmt: skip
    print(f"  of which grounding checks (validators, once per attempt): {checks_med:.2f} ms; "
          f"everything else (input, prompt, openai client, instructor, assembly): {statistics.median(rest):.2f} ms")
    print(f"baseline json.loads + BriefDraft.model_validate_json of the same drafts: {base:.3f} ms "
          f"(everything-else = {statistics.median(rest) / base:.0f}x baseline; "
          f"pipeline = {med / base:.0f}x baseline)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
