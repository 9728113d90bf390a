"""Grounding on worker processes, for many articles in flight on one event loop.

    pool = GroundingPool(2)
    engine = OpenAIEngine(..., grounding=pool)      # or eval --grounding-workers 2
    ...
    pool.close()

The grounding checks are most of an article's CPU (about 10 of 20 ms). On the event loop they
hold up every other article in flight; on a thread they still share the GIL (measured slower
than the loop: `benchmarks/bench_concurrency.py`). A worker process runs them beside the loop:
each answer's JSON goes to a worker, which parses the draft and grounds it (`ground_answer`),
and the result comes back to prime both the validator (instructor's re-ask decision) and the
`ground` memo the api reads when it assembles the brief, so nothing is checked twice.

Workers start with `forkserver` (or `spawn` where there is none), never `fork`: the event loop
runs on a thread, and forking a threaded process can copy a held lock. Each worker loads the
lexicons once when it starts (`_warm`), so the first articles are not slow.
"""

from __future__ import annotations

import asyncio
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from pydantic import ValidationError

from summarizer.schemas import BriefDraft, ValidationReport

__all__ = ["Grounded", "GroundingPool", "ground_answer"]

Grounded = tuple[str, tuple[BriefDraft, ValidationReport]]
"""(the draft's JSON as the validator sees it, `ground`'s result for it)."""


def ground_answer(source: str, text: str) -> Grounded | None:
    """Parse one answer as the response model does and ground it; None when it does not parse
    (instructor reports that itself)."""
    from summarizer.grounded import ground

    try:
        # The response model adds only the validator to BriefDraft: the same parse, the same JSON.
        draft = BriefDraft.model_validate_json(text)
    except ValidationError:
        return None
    return draft.model_dump_json(), ground(source, draft)


def _warm() -> None:
    """Load the number and name lexicons before the first real article."""
    from summarizer.validators import check_grounding

    check_grounding("لاہور میں ۱۲ افراد زخمی ہوئے۔", "12 people were hurt in Lahore.", lang="en")  # team-written


class GroundingPool:
    """Worker processes that ground answers; share one across engines and calls."""

    def __init__(self, workers: int = 2) -> None:
        if workers < 1:
            raise ValueError("a grounding pool needs at least one worker")
        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        self.workers = workers
        self._pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_warm)

    async def ground(self, source: str, text: str) -> Grounded | None:
        loop = asyncio.get_running_loop()
        result: Grounded | None = await loop.run_in_executor(self._pool, ground_answer, source, text)
        return result

    def start(self) -> None:
        """Start every worker now (and load their lexicons), instead of on the first answers."""
        for future in [self._pool.submit(_warm) for _ in range(self.workers)]:
            future.result()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> GroundingPool:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
