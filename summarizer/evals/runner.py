"""Run an engine over a dataset, score every article, and write the run folder.

A run folder holds:
- ``run.json``: what was run (dataset, engine, model, options; never the API key);
- ``results.jsonl``: one record per article, appended and flushed as each one finishes, so an
  interrupted run restarted with the same ``--out`` skips the ids already there and keeps them;
  a line cut short by the interruption is dropped;
- ``metrics.json``: the aggregate over the whole results file (see `metrics.aggregate`);
- ``report.md`` and ``report.html``.

An article that fails (ValidationFailed, FixtureMissing, InputError, EndpointError, ...) is a
record with its error kind and reason, and the run goes on. A ConfigError (no key, unknown
engine) stops the run: every article would fail the same way.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from summarizer.errors import ConfigError, FixtureMissing, SummarizerError, ValidationFailed
from summarizer.evals.datasets import Article, Dataset, load_dataset
from summarizer.evals.metrics import Scorer, aggregate, failure_record, flatten
from summarizer.evals.runlock import run_folder
from summarizer.evals.thresholds import ThresholdResult, check_thresholds, load_thresholds, rules_for
from summarizer.schemas import Brief

__all__ = ["BaselineFn", "EvalConfig", "EvalRun", "SummarizeFn", "read_results", "rules_baseline", "run_eval", "write_outputs"]

SummarizeFn = Callable[[str], Brief]
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
    records: list[dict[str, Any]]
    metrics: dict[str, Any]
    new: int
    skipped: int
    thresholds: list[ThresholdResult]

    @property
    def thresholds_passed(self) -> bool:
        return all(t.passed for t in self.thresholds)


# --------------------------------------------------------------------------- results file


def read_results(out: Path, *, repair: bool = False) -> list[dict[str, Any]]:
    """Records of a run folder; with `repair`, drop a trailing line cut short by an interruption."""
    path = out / "results.jsonl"
    if not path.exists():
        return []
    data = path.read_bytes()
    if repair and data and not data.endswith(b"\n"):
        data = data[: data.rfind(b"\n") + 1]
        path.write_bytes(data)
    records: list[dict[str, Any]] = []
    seen: set[Any] = set()
    for line in data.splitlines():
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue  # a torn line from a killed writer; the article is simply run again
        if isinstance(rec, dict) and "id" in rec and "status" in rec and rec["id"] not in seen:
            seen.add(rec["id"])  # one record per id: the first written wins
            records.append(rec)
    return records


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


def make_summarize(config: EvalConfig, engine: str | None = None) -> SummarizeFn:
    """One callable for the run, so the engine (fixture index, HTTP client) is built once."""
    from summarizer import api
    from summarizer.engines.registry import get_engine

    name = engine or config.engine
    options: dict[str, Any] = {}
    if name == "openai":
        options.update(model=config.model, base_url=config.base_url, api_key=config.api_key)
        if config.record:
            options["record"] = True
        if config.cache:
            options["cache"] = True
    if name in ("openai", "replay") and config.fixtures_dir:
        options["fixtures"] = config.fixtures_dir
    built = get_engine(name, **{k: v for k, v in options.items() if v is not None})
    fallback = config.fallback and name != "rules"

    def summarize(text: str) -> Brief:
        return api.summarize(text, engine=built, fallback=fallback)

    return summarize


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
        brief = summarize(article.text)
    except ConfigError:
        raise
    except SummarizerError as exc:  # ValidationFailed, FixtureMissing, InputError, EndpointError, ...
        extra: dict[str, Any] = {"wall_ms": round((time.perf_counter() - t0) * 1000, 3)}
        if isinstance(exc, ValidationFailed):
            extra["attempts"] = exc.attempts
        if isinstance(exc, FixtureMissing):
            extra["fixture_key"] = exc.key
        return failure_record(article, type(exc).__name__, _scrub(str(exc), config), **extra)
    wall_ms = (time.perf_counter() - t0) * 1000
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


def _process(
    articles: list[Article],
    summarize: SummarizeFn,
    rules: BaselineFn | None,
    config: EvalConfig,
    *,
    procs: ProcessPoolExecutor | None = None,
) -> Iterator[dict[str, Any]]:
    """Records in article order: one by one, on worker processes, or on threads."""
    scorer = Scorer()
    if procs is not None:
        yield from procs.map(_worker_run, articles, chunksize=4)
    elif config.jobs <= 1:
        for article in articles:
            yield _run_one(article, summarize, rules, scorer, config)
    else:
        with ThreadPoolExecutor(max_workers=config.jobs) as pool:
            yield from pool.map(lambda a: _run_one(a, summarize, rules, scorer, config), articles)


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


def _worker_run(article: Article) -> dict[str, Any]:
    return _run_one(article, _WORKER["summarize"], _WORKER["rules"], _WORKER["scorer"], _WORKER["config"])


# --------------------------------------------------------------------------- the run


def run_eval(
    config: EvalConfig,
    out: Path,
    *,
    summarize: SummarizeFn | None = None,
    rules: BaselineFn | None = None,
    progress: bool = True,
    console: Console | None = None,
    thresholds_path: Path | None = None,
) -> EvalRun:
    """Run (or resume) an eval into `out` and write metrics and reports from all its records.

    `summarize` and `rules` default to engines built from `config` (tests pass fakes).
    """
    dataset = load_dataset(config.dataset)
    with run_folder(out):
        return _run_locked(config, out, dataset, summarize=summarize, rules=rules, progress=progress,
                           console=console, thresholds_path=thresholds_path)  # fmt: skip


def _run_locked(
    config: EvalConfig,
    out: Path,
    dataset: Dataset,
    *,
    summarize: SummarizeFn | None,
    rules: BaselineFn | None,
    progress: bool,
    console: Console | None,
    thresholds_path: Path | None,
) -> EvalRun:
    _check_same_run(out, config)
    existing = read_results(out, repair=True)
    done = {r["id"] for r in existing}
    started = datetime.now(UTC).isoformat(timespec="seconds")
    (out / "run.json").write_text(
        json.dumps({"config": config.public(), "dataset_kind": dataset.kind, "dataset_name": dataset.name,
                    "started": started}, ensure_ascii=False, indent=2),
        encoding="utf-8",
    )  # fmt: skip

    articles = [a for a in dataset.articles if a.id not in done]
    if config.limit is not None:
        budget = max(0, config.limit - sum(1 for r in existing if r["status"] in ("ok", "failed")))
        articles = articles[:budget]
    new = 0
    with (out / "results.jsonl").open("a", encoding="utf-8") as fh:
        for issue in dataset.issues:
            if issue.id not in done:
                rec = {"id": issue.id, "status": "dataset_error", "source": issue.source, "line": issue.line,
                       "reason": issue.reason}  # fmt: skip
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                fh.flush()
        if articles:
            own = summarize is None
            summarize = summarize or make_summarize(config)
            if (
                rules is None
                and config.baselines
                and config.engine != "rules"
                and any(a.reference_ur for a in articles)
            ):
                rules = rules_baseline()
            if own and config.engine in ("rules", "replay"):
                # Load lexicons, romanizer tables and the fixture index before latencies are timed.
                with contextlib.suppress(SummarizerError):
                    summarize(articles[0].text)
                if rules is not None:
                    with contextlib.suppress(SummarizerError):
                        rules(articles[0].text)
            procs = _worker_pool(config, summarize, rules) if own else None
            bar = Progress(
                TextColumn(f"[bold]{dataset.name}[/] {config.engine}"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[status]}"), TimeRemainingColumn(),
                console=console, transient=False, disable=not progress,
            )  # fmt: skip
            with bar, procs or contextlib.nullcontext():
                task = bar.add_task("eval", total=len(articles), status="")
                failed = 0
                for rec in _process(articles, summarize, rules, config, procs=procs):
                    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                    fh.flush()
                    new += 1
                    failed += rec["status"] == "failed"
                    bar.update(task, advance=1, status=f"failed {failed}" if failed else "")
    records = read_results(out)
    metrics = aggregate(records)
    metrics["run"] = {
        "dataset": dataset.name, "dataset_kind": dataset.kind, "engine": config.engine, "model": config.model,
        "started": started, "finished": datetime.now(UTC).isoformat(timespec="seconds"),
    }  # fmt: skip
    table = load_thresholds(thresholds_path) if thresholds_path or _default_thresholds_exist() else {}
    results = check_thresholds(flatten(metrics), rules_for(table, dataset.name, config.engine))
    metrics["thresholds"] = [t.as_dict() for t in results]
    run = EvalRun(out, dataset, records, metrics, new, len(done), results)
    write_outputs(run)
    return run


def _default_thresholds_exist() -> bool:
    from summarizer.resources import default_thresholds

    return default_thresholds().exists()


def write_outputs(run: EvalRun) -> None:
    """metrics.json, report.md and report.html in the run folder."""
    from summarizer.evals.report import render_report

    (run.out / "metrics.json").write_text(
        json.dumps(run.metrics, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    (run.out / "report.md").write_text(render_report(run.metrics, run.records, "md"), encoding="utf-8")
    (run.out / "report.html").write_text(render_report(run.metrics, run.records, "html"), encoding="utf-8")
