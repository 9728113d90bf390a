"""Run an engine over a dataset, score every article, and write the run folder.

A run folder holds:
- ``run.json``: what was run (dataset, engine, model, options; never the API key);
- ``results.jsonl``: one record per article, appended and flushed as each one finishes, so an
  interrupted run restarted with the same ``--out`` skips the ids already there and keeps them;
  a line cut short by the interruption is dropped;
- ``metrics.json``: the aggregate over the whole results file (see `aggregate.Aggregator`);
- ``report.md`` and ``report.html``.

The run streams: the dataset is read one article at a time as slots free up (`Dataset` is
lazy), records are written as they finish, and metrics and reports are computed by two
streaming passes over results.jsonl (the aggregate, then the report's details, which need the
latency range the first pass found). What stays in memory is bounded by the articles in flight
and the ids already done, not by the size of the dataset.

An article that fails (ValidationFailed, FixtureMissing, InputError, EndpointError, ...) is a
record with its error kind and reason, and the run goes on. A ConfigError (no key, unknown
engine) stops the run: every article would fail the same way.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import itertools
import json
import math
import multiprocessing
import queue
import threading
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from summarizer.errors import ConfigError, FixtureMissing, SummarizerError, ValidationFailed
from summarizer.evals.aggregate import Aggregator
from summarizer.evals.datasets import Article, Dataset, DatasetIssue, load_dataset
from summarizer.evals.metrics import Scorer, failure_record, flatten
from summarizer.evals.runlock import run_folder
from summarizer.evals.thresholds import ThresholdResult, check_thresholds, load_thresholds, rules_for
from summarizer.schemas import Brief

if TYPE_CHECKING:
    from summarizer.engines.offload import GroundingPool

__all__ = ["BaselineFn", "EvalConfig", "EvalRun", "SummarizeFn", "finish_run", "iter_results", "read_results", "rules_baseline",
           "run_eval", "write_outputs"]

SummarizeFn = Callable[[str], Brief]
AsyncSummarizeFn = Callable[[str], Awaitable[Brief]]
BaselineFn = Callable[[str], str]
"""Article text -> an Urdu summary to score against the reference (no validation needed)."""
"""Article text in, brief out; raises summarizer errors. The runner builds one per run."""


@dataclass(slots=True)
class EvalConfig:
    dataset: str
    engine: str = "replay"
    model: str | None = None
    base_url: str | None = None
    record: bool = False
    fallback: bool = False
    baselines: bool = True
    limit: int | None = None
    jobs: int = 1
    fixtures_dir: str | None = None
    cache: bool = True
    """Live engines reuse answers already paid for (the on-disk response cache)."""
    executor: str = "local"
    """"local" (this machine: one process, threads or worker processes) or "ray" (Ray Data)."""
    rpm: float | None = None
    """Client-side requests per minute for live engines (async path, `jobs` > 1)."""
    tpm: float | None = None
    """Client-side tokens per minute for live engines (async path, `jobs` > 1)."""
    grounding_workers: int = 0
    """Live engines (async path): ground answers on this many worker processes (0: on the loop)."""
    api_key: str | None = field(default=None, repr=False)

    def public(self) -> dict[str, Any]:
        """The settings worth keeping in run.json: everything but the key and URL credentials."""
        from summarizer.redact import public_url

        out = asdict(self)
        out.pop("api_key")
        out["base_url"] = public_url(self.base_url)
        return out


@dataclass(slots=True)
class EvalRun:
    out: Path
    dataset: Dataset
    metrics: dict[str, Any]
    new: int
    skipped: int
    thresholds: list[ThresholdResult]

    @property
    def records(self) -> list[dict[str, Any]]:
        """Every record of the run, read from results.jsonl now (`iter_results` streams them)."""
        return read_results(self.out)

    @property
    def thresholds_passed(self) -> bool:
        return all(t.passed for t in self.thresholds)


# --------------------------------------------------------------------------- results file


def _repair_tail(path: Path) -> None:
    """Cut a trailing line left unfinished by an interruption (reads only the file's end)."""
    with path.open("r+b") as fh:
        size = fh.seek(0, 2)
        if not size:
            return
        fh.seek(size - 1)
        if fh.read(1) == b"\n":
            return
        end = size
        while end > 0:
            start = max(0, end - 65536)
            fh.seek(start)
            cut = fh.read(end - start).rfind(b"\n")
            if cut >= 0:
                fh.truncate(start + cut + 1)
                return
            end = start
        fh.truncate(0)


def iter_results(out: Path, *, repair: bool = False) -> Iterator[dict[str, Any]]:
    """Records of a run folder, one line at a time, one per id (the first written wins);
    with `repair`, first drop a trailing line cut short by an interruption."""
    path = out / "results.jsonl"
    if not path.exists():
        return
    if repair:
        _repair_tail(path)
    seen: set[Any] = set()
    with path.open("rb") as fh:
        for line in fh:
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError):
                continue  # a torn line from a killed writer; the article is simply run again
            if isinstance(rec, dict) and "id" in rec and "status" in rec and rec["id"] not in seen:
                seen.add(rec["id"])
                yield rec


def read_results(out: Path, *, repair: bool = False) -> list[dict[str, Any]]:
    """Records of a run folder as a list (see `iter_results`)."""
    return list(iter_results(out, repair=repair))


def _check_same_run(out: Path, config: EvalConfig) -> None:
    path = out / "run.json"
    if not path.exists():
        return
    try:
        before = json.loads(path.read_text(encoding="utf-8"))["config"]
    except (OSError, ValueError, KeyError):
        return
    for key in ("dataset", "engine", "model"):
        if before.get(key) != getattr(config, key):
            raise ConfigError(
                f"{out} holds a run with {key}={before.get(key)!r}, not {getattr(config, key)!r}; "
                "resume with the same settings or choose another --out"
            )


# --------------------------------------------------------------------------- engine


def _build_engine(config: EvalConfig, engine: str | None = None, grounding: GroundingPool | None = None) -> Any:
    from summarizer.engines.registry import get_engine

    name = engine or config.engine
    options: dict[str, Any] = {}
    if grounding is not None and name == "openai":
        options["grounding"] = grounding
    if name == "openai":
        options.update(model=config.model, base_url=config.base_url, api_key=config.api_key)
        if config.record:
            options["record"] = True
        if config.cache:
            options["cache"] = True
        if config.jobs > 1:
            options.update(max_in_flight=config.jobs, rpm=config.rpm, tpm=config.tpm)
    if name in ("openai", "replay") and config.fixtures_dir:
        options["fixtures"] = config.fixtures_dir
    return get_engine(name, **{k: v for k, v in options.items() if v is not None})


def make_summarize(config: EvalConfig, engine: str | None = None) -> SummarizeFn:
    """One callable for the run, so the engine (fixture index, HTTP client) is built once."""
    from summarizer import api

    built = _build_engine(config, engine)
    fallback = config.fallback and built.name != "rules"

    def summarize(text: str) -> Brief:
        return api.summarize(text, engine=built, fallback=fallback)

    return summarize


def make_asummarize(config: EvalConfig, grounding: GroundingPool | None = None) -> AsyncSummarizeFn:
    """The async form, for live engines with many articles in flight (`grounding`: worker
    processes for the answers' grounding checks; the caller closes them)."""
    from summarizer import api

    built = _build_engine(config, grounding=grounding)
    fallback = config.fallback and built.name != "rules"

    async def asummarize(text: str) -> Brief:
        return await api.asummarize(text, engine=built, fallback=fallback)

    return asummarize


def rules_baseline() -> BaselineFn:
    """The rules engine's Urdu summary, without the validation a full brief gets: a baseline
    only needs the text, and its validation would double the run's cost."""
    from summarizer.engines.rules import RulesEngine
    from summarizer.input import check_article

    engine = RulesEngine()
    return lambda text: engine.run(check_article(text)).draft.summary_ur


# --------------------------------------------------------------------------- one article


def _scrub(message: str, config: EvalConfig) -> str:
    from summarizer.redact import scrub, secrets_of

    return str(scrub(message, secrets_of(config.api_key, config.base_url)))


def _run_one(
    article: Article,
    summarize: SummarizeFn,
    rules: BaselineFn | None,
    scorer: Scorer,
    config: EvalConfig,
) -> dict[str, Any]:
    t0 = time.perf_counter()
    try:
        brief: Brief | SummarizerError = summarize(article.text)
    except ConfigError:
        raise
    except SummarizerError as exc:  # ValidationFailed, FixtureMissing, InputError, EndpointError, ...
        brief = exc
    return _record(article, brief, (time.perf_counter() - t0) * 1000, rules, scorer, config)


async def _arun_one(
    article: Article,
    asummarize: AsyncSummarizeFn,
    rules: BaselineFn | None,
    scorer: Scorer,
    config: EvalConfig,
) -> dict[str, Any]:
    t0 = time.perf_counter()
    try:
        brief: Brief | SummarizerError = await asummarize(article.text)
    except ConfigError:
        raise
    except SummarizerError as exc:
        brief = exc
    return _record(article, brief, (time.perf_counter() - t0) * 1000, rules, scorer, config)


def _record(
    article: Article,
    brief: Brief | SummarizerError,
    wall_ms: float,
    rules: BaselineFn | None,
    scorer: Scorer,
    config: EvalConfig,
) -> dict[str, Any]:
    if isinstance(brief, SummarizerError):
        exc = brief
        extra: dict[str, Any] = {"wall_ms": round(wall_ms, 3)}
        if isinstance(exc, ValidationFailed):
            extra["attempts"] = exc.attempts
        if isinstance(exc, FixtureMissing):
            extra["fixture_key"] = exc.key
        return failure_record(article, type(exc).__name__, _scrub(str(exc), config), **extra)
    try:
        record = scorer.score(article, brief, wall_ms=wall_ms)
    except Exception as exc:  # a scoring bug must not lose the rest of a long run
        return failure_record(article, "ScoringError", f"{type(exc).__name__}: {exc}")
    if config.baselines and article.reference_ur:
        baselines = scorer.baselines(article)
        if rules is not None:
            with contextlib.suppress(SummarizerError):
                baselines["rules"] = scorer.overlap(rules(article.text), article.reference_ur)
        record["baselines"] = baselines
    return record


def _process_async(
    articles: Iterable[Article],
    asummarize: AsyncSummarizeFn,
    rules: BaselineFn | None,
    config: EvalConfig,
) -> Iterator[dict[str, Any]]:
    """Records in completion order, `config.jobs` articles in flight on one event loop.

    The loop runs on its own thread and hands records over a small bounded queue, so the
    articles in flight and the records not yet written are all that is held in memory.
    """
    handoff: queue.Queue[Any] = queue.Queue(maxsize=max(2, config.jobs))
    done = object()

    async def main() -> None:
        scorer = Scorer()
        slots = asyncio.Semaphore(config.jobs)
        failures: list[BaseException] = []

        async def one(article: Article) -> None:
            try:
                rec = await _arun_one(article, asummarize, rules, scorer, config)
                try:
                    handoff.put_nowait(rec)  # the writer keeps up: no thread hop for the loop
                except queue.Full:
                    await asyncio.to_thread(handoff.put, rec)
            except BaseException as exc:
                failures.append(exc)
            finally:
                slots.release()

        tasks: set[asyncio.Task[None]] = set()
        for article in articles:
            await slots.acquire()
            if failures:
                break
            task = asyncio.create_task(one(article))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
        await asyncio.gather(*tasks)
        if failures:
            raise failures[0]

    def loop() -> None:
        try:
            asyncio.run(main())
        except BaseException as exc:
            handoff.put(exc)
        finally:
            handoff.put(done)

    thread = threading.Thread(target=loop, name="eval-async", daemon=True)
    thread.start()
    while (item := handoff.get()) is not done:
        if isinstance(item, BaseException):
            thread.join()
            raise item
        yield item
    thread.join()


def _ordered(pool: Executor, fn: Callable[[Any], Any], items: Iterable[Any], window: int) -> Iterator[Any]:
    """`pool.map(fn, items)` with at most `window` calls submitted ahead of the one awaited.

    Executor.map submits every item before yielding the first result, which would read the
    whole dataset into futures; this keeps the run's memory bounded by the window.
    """
    pending: collections.deque[Future[Any]] = collections.deque()
    for item in items:
        pending.append(pool.submit(fn, item))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _process(
    articles: Iterable[Article],
    summarize: SummarizeFn,
    rules: BaselineFn | None,
    config: EvalConfig,
    *,
    procs: ProcessPoolExecutor | None = None,
) -> Iterator[dict[str, Any]]:
    """Records in article order: one by one, on worker processes, or on threads."""
    scorer = Scorer()
    if procs is not None:
        for records in _ordered(procs, _worker_run_many, _chunks(articles, 4), 2 * config.jobs):
            yield from records
    elif config.jobs <= 1:
        for article in articles:
            yield _run_one(article, summarize, rules, scorer, config)
    else:
        with ThreadPoolExecutor(max_workers=config.jobs) as pool:
            yield from _ordered(pool, lambda a: _run_one(a, summarize, rules, scorer, config), articles,
                                2 * config.jobs)  # fmt: skip


def _worker_pool(config: EvalConfig, summarize: SummarizeFn, rules: BaselineFn | None) -> ProcessPoolExecutor | None:
    """Worker processes for `jobs` > 1 with the CPU-bound replay and rules engines.

    Threads cannot speed those up under the GIL (a network engine waits on I/O, so it gets
    threads). Workers are forked from this process after its engines are warm, so they start
    with the fixture index and lexicons loaded, and before the progress bar's thread starts.
    """
    if config.jobs <= 1 or config.engine not in ("replay", "rules") or "fork" not in multiprocessing.get_all_start_methods():
        return None
    pool = ProcessPoolExecutor(config.jobs, mp_context=multiprocessing.get_context("fork"),
                               initializer=_init_worker, initargs=(config, summarize, rules))  # fmt: skip
    for f in [pool.submit(int) for _ in range(config.jobs)]:
        f.result()  # start every worker now
    return pool


_WORKER: dict[str, Any] = {}


def _init_worker(config: EvalConfig, summarize: SummarizeFn, rules: BaselineFn | None) -> None:
    _WORKER.update(summarize=summarize, rules=rules, scorer=Scorer(), config=config)


def _worker_run_many(articles: list[Article]) -> list[dict[str, Any]]:
    return [_run_one(a, _WORKER["summarize"], _WORKER["rules"], _WORKER["scorer"], _WORKER["config"])
            for a in articles]  # fmt: skip


# --------------------------------------------------------------------------- the run


def run_eval(
    config: EvalConfig,
    out: Path,
    *,
    summarize: SummarizeFn | None = None,
    asummarize: AsyncSummarizeFn | None = None,
    rules: BaselineFn | None = None,
    progress: bool = True,
    console: Console | None = None,
    thresholds_path: Path | None = None,
) -> EvalRun:
    """Run (or resume) an eval into `out` and write metrics and reports from all its records.

    `summarize` and `rules` default to engines built from `config` (tests pass fakes). A live
    engine with `jobs` > 1 (or an `asummarize` passed in) runs on one event loop with `jobs`
    articles in flight, under the engine's rate limits; records are written as they finish.
    """
    dataset = load_dataset(config.dataset)
    with run_folder(out):
        return _run_locked(config, out, dataset, summarize=summarize, asummarize=asummarize, rules=rules, progress=progress,
                           console=console, thresholds_path=thresholds_path)  # fmt: skip


class _LazyBaseline:
    """The rules baseline, built when the first article with a reference needs it (a run over
    articles without references never pays for the rules engine)."""

    def __init__(self) -> None:
        self._fn: BaselineFn | None = None
        self._lock = threading.Lock()

    def __call__(self, text: str) -> str:
        if self._fn is None:
            with self._lock:
                if self._fn is None:
                    self._fn = rules_baseline()
        return self._fn(text)


def _pending(dataset: Dataset, done: set[str], budget: int | None, issues: collections.deque[DatasetIssue]
             ) -> Iterator[Article]:  # fmt: skip
    """Articles not yet done, up to `budget`, read lazily; unreadable entries go to `issues`
    (the writer records them) instead of stopping the run."""
    taken = 0
    for entry in dataset.entries():
        if isinstance(entry, DatasetIssue):
            if entry.id not in done:
                issues.append(entry)
            continue
        if entry.id in done:
            continue
        if budget is not None and taken >= budget:
            continue  # past the budget: read on only for the issues, which are always recorded
        taken += 1
        yield entry


def _issue_record(issue: DatasetIssue) -> dict[str, Any]:
    return {"id": issue.id, "status": "dataset_error", "source": issue.source, "line": issue.line,
            "reason": issue.reason}  # fmt: skip


def _run_locked(
    config: EvalConfig,
    out: Path,
    dataset: Dataset,
    *,
    summarize: SummarizeFn | None,
    asummarize: AsyncSummarizeFn | None,
    rules: BaselineFn | None,
    progress: bool,
    console: Console | None,
    thresholds_path: Path | None,
) -> EvalRun:
    _check_same_run(out, config)
    done: set[str] = set()
    answered = 0
    for r in iter_results(out, repair=True):
        done.add(r["id"])
        answered += r["status"] in ("ok", "failed")
    started = datetime.now(UTC).isoformat(timespec="seconds")
    (out / "run.json").write_text(
        json.dumps({"config": config.public(), "dataset_kind": dataset.kind, "dataset_name": dataset.name,
                    "started": started}, ensure_ascii=False, indent=2),
        encoding="utf-8",
    )  # fmt: skip

    budget = None if config.limit is None else max(0, config.limit - answered)
    issues: collections.deque[DatasetIssue] = collections.deque()
    pending = _pending(dataset, done, budget, issues)
    first = next(pending, None)
    new = 0
    grounding: GroundingPool | None = None
    with contextlib.ExitStack() as stack, (out / "results.jsonl").open("a", encoding="utf-8") as fh:

        def write(rec: dict[str, Any]) -> None:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fh.flush()

        def write_issues() -> None:
            while issues:
                write(_issue_record(issues.popleft()))

        write_issues()
        if first is not None:
            articles: Iterator[Article] = itertools.chain([first], pending)
            own = summarize is None and asummarize is None
            live = asummarize is not None or (
                own and config.jobs > 1 and config.engine == "openai" and config.executor != "ray"
            )
            if live and asummarize is None:
                if config.grounding_workers > 0:
                    from summarizer.engines.offload import GroundingPool

                    grounding = stack.enter_context(GroundingPool(config.grounding_workers))
                    grounding.start()
                asummarize = make_asummarize(config, grounding)
            summarize = summarize or (make_summarize(config) if not live else None)
            if rules is None and config.baselines and config.engine != "rules":
                rules = _LazyBaseline()
            if own and summarize is not None and config.executor != "ray" and config.engine in ("rules", "replay"):
                # Load lexicons, romanizer tables and the fixture index before latencies are timed.
                with contextlib.suppress(SummarizerError):
                    summarize(first.text)
                if rules is not None and first.reference_ur:
                    with contextlib.suppress(SummarizerError):
                        rules(first.text)
            local = config.executor != "ray"
            procs = _worker_pool(config, summarize, rules) if own and local and summarize is not None else None
            total = dataset.size_hint() - len(done)
            bar = Progress(
                TextColumn(f"[bold]{dataset.name}[/] {config.engine}"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[status]}"), TimeRemainingColumn(),
                console=console, transient=False, disable=not progress,
            )  # fmt: skip
            with bar, procs or contextlib.nullcontext():
                task = bar.add_task("eval", total=max(1, total if budget is None else min(total, budget)),
                                    status="")  # fmt: skip
                failed = 0
                if config.executor == "ray" and own:
                    from summarizer.evals.ray_executor import ray_records

                    records_in: Iterator[dict[str, Any]] = ray_records(articles, config)
                elif asummarize is not None:
                    records_in = _process_async(articles, asummarize, rules, config)
                else:
                    records_in = _process(articles, summarize, rules, config, procs=procs)  # type: ignore[arg-type]
                for rec in records_in:
                    write_issues()
                    write(rec)
                    new += 1
                    failed += rec["status"] == "failed"
                    bar.update(task, advance=1, status=f"failed {failed}" if failed else "")
        for _ in pending:  # issues after the last article (or after the budget ran out)
            pass
        write_issues()
    return finish_run(config, out, dataset, started=started, new=new, skipped=len(done),
                      thresholds_path=thresholds_path)  # fmt: skip


def finish_run(config: EvalConfig, out: Path, dataset: Dataset, *, started: str, new: int, skipped: int,
               thresholds_path: Path | None = None) -> EvalRun:  # fmt: skip
    """Metrics (one streaming pass over results.jsonl), thresholds and reports of a run folder."""
    agg = Aggregator()
    for record in iter_results(out):
        agg.add(record)
    metrics = agg.result()
    metrics["run"] = {
        "dataset": dataset.name, "dataset_kind": dataset.kind, "engine": config.engine, "model": config.model,
        "started": started, "finished": datetime.now(UTC).isoformat(timespec="seconds"),
    }  # fmt: skip
    table = load_thresholds(thresholds_path) if thresholds_path or _default_thresholds_exist() else {}
    results = check_thresholds(flatten(metrics), rules_for(table, dataset.name, config.engine))
    metrics["thresholds"] = [t.as_dict() for t in results]
    run = EvalRun(out, dataset, metrics, new, skipped, results)
    write_outputs(run, latency_range=agg.latency_range)
    return run


def _default_thresholds_exist() -> bool:
    from summarizer.resources import default_thresholds

    return default_thresholds().exists()


def write_outputs(run: EvalRun, *, latency_range: tuple[float, float] | None = None) -> None:
    """metrics.json, report.md and report.html in the run folder.

    The report's details come from a second streaming pass over results.jsonl; the latency
    histogram needs the range the aggregate pass found (without it, a cheap extra pass finds it).
    """
    from summarizer.evals.report import render_report, report_details

    (run.out / "metrics.json").write_text(
        json.dumps(run.metrics, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    if latency_range is None:
        latency_range = _latency_range(iter_results(run.out))
    details = report_details(iter_results(run.out), latency_range)
    (run.out / "report.md").write_text(render_report(run.metrics, details, "md"), encoding="utf-8")
    (run.out / "report.html").write_text(render_report(run.metrics, details, "html"), encoding="utf-8")


def _latency_range(records: Iterable[dict[str, Any]]) -> tuple[float, float] | None:
    lo, hi = math.inf, -math.inf
    for r in records:
        if r.get("status") == "ok" and isinstance(r.get("latency_ms"), int | float):
            lo, hi = min(lo, r["latency_ms"]), max(hi, r["latency_ms"])
    return (float(lo), float(hi)) if lo <= hi else None
