"""Time to refuse an oversized model answer, beside a normal answer through the same path.

A stub OpenAI-compatible server (tests/openai_stub.py) answers with the team's test draft whose
`summary_en` is padded to 2 MB and 8 MB; the openai engine must refuse it (ValidationFailed,
"over the cap") without parsing or validating it. Also times `check_brief` on a saved brief with
a 2 MB summary (refused by the schema's max_length). The baseline is the unpadded draft through
the same engine and stub, in the same run. Before the caps, 2 MB took 27 s and passed; 8 MB
ran past 900 s.

    python benchmarks/bench_oversized.py [--runs N]
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from openai_stub import OpenAIStub
from pipeline_support import article, good_draft, install_fake_validators

from summarizer import summarize
from summarizer.api import check_brief
from summarizer.errors import InputError, ValidationFailed


class _Patch:
    """Enough of pytest's monkeypatch for install_fake_validators: the baseline draft must pass."""

    def setattr(self, target: object, name: str, value: object) -> None:
        setattr(target, name, value)


def _ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _padded(size: int) -> dict[str, object]:
    draft = good_draft()
    sentence = "The ministry said schools reopened. "
    draft["summary_en"] = sentence * (size // len(sentence))
    return draft


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    install_fake_validators(_Patch())
    logging.getLogger("instructor").setLevel(logging.CRITICAL)  # its retry log would print each refusal
    text = article()

    def through_stub(draft: dict[str, object], refused: bool) -> Callable[[], object]:
        def call() -> object:
            with OpenAIStub([{"draft": draft}]) as stub:
                try:
                    return summarize(text, engine="openai", base_url=stub.base_url, api_key="sk-bench-000000",
                                     fallback=False)  # fmt: skip
                except ValidationFailed as exc:
                    if not refused or "over the cap" not in str(exc):
                        raise
                    return exc

        return call

    base = _ms(through_stub(good_draft(), refused=False), args.runs)
    print(f"normal answer ({len(str(good_draft())):,} chars) accepted: {base:8.1f} ms  (baseline)")
    for mb in (2, 8):
        t = _ms(through_stub(_padded(mb * 1_000_000), refused=True), args.runs)
        print(f"{mb} MB answer refused:                       {t:8.1f} ms  ({t / base:.2f}x baseline)")

    saved = {**good_draft(), "summary_en": "x " * 1_000_000}

    def check_saved() -> None:
        try:
            check_brief(text, saved)
        except InputError:
            return
        raise AssertionError("a 2 MB summary_en was accepted")

    t = _ms(check_saved, args.runs)
    print(f"check_brief on a saved 2 MB summary refused:   {t:8.1f} ms  ({t / base:.2f}x baseline)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
