"""`summarizer batch`: eval runs through the Batch API (half price) or `vllm run-batch`.

    summarizer batch submit DATASET --out runs/NAME [--model M] [--base-url URL] [--local]
    summarizer batch status runs/NAME
    summarizer batch collect runs/NAME [--wait SECONDS]
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from summarizer.errors import SummarizerError

__all__ = ["batch_app"]

batch_app = typer.Typer(
    name="batch",
    help="Eval runs at batch prices: OpenAI Batch API or vllm run-batch files.",
    no_args_is_help=True,
    add_completion=False,
)


def _err() -> Console:
    return Console(stderr=True, highlight=False)


def _fail(exc: SummarizerError) -> typer.Exit:
    _err().print(f"[red]error:[/red] {escape(str(exc))}", soft_wrap=True)
    return typer.Exit(2)


def _ready() -> None:
    """The eval extra is installed (else one clean line), and third-party chatter is off."""
    from summarizer.evals import require_eval_tools

    try:
        require_eval_tools()
    except SummarizerError as exc:
        raise _fail(exc) from None
    for name in ("instructor", "openai", "httpx2"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _table(state: object) -> Table:
    from summarizer.batch.state import BatchState

    assert isinstance(state, BatchState)
    table = Table(title=f"{state.dataset}: round {state.round}, {len(state.waiting())} of {len(state.items)} articles waiting")
    for col in ("round", "file", "batch", "status", "requests", "done", "failed"):
        table.add_column(col)
    for b in state.batches:
        table.add_row(str(b.round), b.file, b.batch_id or ("local" if b.local else "-"), b.status or "written",
                      str(b.requests), str(b.counts.get("completed", "")), str(b.counts.get("failed", "")))  # fmt: skip
    return table


@batch_app.command("submit")
def submit_command(
    dataset: Annotated[str, typer.Argument(metavar="DATASET", help="gold, xlsum, counter or a .jsonl file.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Run folder (the batch state lives in OUT/batch).")],
    model: Annotated[str, typer.Option("--model", "-m", envvar="SUMMARIZER_MODEL")] = "gpt-4o-mini",
    base_url: Annotated[str | None, typer.Option("--base-url", envvar="OPENAI_BASE_URL")] = None,
    mode: Annotated[str, typer.Option("--mode", help="json_schema (strict), tools_strict, tools, json.")] = "json_schema",
    local: Annotated[
        bool, typer.Option("--local", help="Only write the files (for vllm run-batch); upload nothing.")
    ] = False,
    max_reasks: Annotated[int, typer.Option("--max-reasks", min=0, max=10)] = 2,
    max_rounds: Annotated[int, typer.Option("--max-rounds", min=1, max=20, help="Batches one article may ride in.")] = 4,
    max_requests: Annotated[int, typer.Option("--max-requests", min=1, help="Requests per file.")] = 50_000,
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1, help="Bytes per file.")] = 200_000_000,
) -> None:
    """Write the request files for DATASET and (unless --local) upload them as batches."""
    _ready()
    from summarizer.batch.run import submit, vllm_commands
    from summarizer.batch.wire import BatchSettings

    try:
        settings = BatchSettings(model=model, base_url=base_url, mode=mode, max_reasks=max_reasks,  # type: ignore[arg-type]
                                 max_rounds=max_rounds)  # fmt: skip
        state = submit(dataset, out, settings, local=local, max_requests=max_requests, max_bytes=max_bytes)
    except SummarizerError as exc:
        raise _fail(exc) from None
    except ValueError as exc:
        raise typer.BadParameter(str(exc).splitlines()[-1]) from None
    n = sum(b.requests for b in state.current())
    typer.echo(f"{n} requests in {len(state.current())} file{'s' if len(state.current()) != 1 else ''} "
               f"({len(state.items)} distinct articles)")  # fmt: skip
    if state.local:
        typer.echo("run each file through your server, then `summarizer batch collect " + str(out) + "`:")
        for cmd in vllm_commands(out, state):
            typer.echo("  " + cmd)
    else:
        for b in state.current():
            typer.echo(f"  {b.file}: {b.batch_id} ({b.status})")


@batch_app.command("status")
def status_command(run: Annotated[Path, typer.Argument(metavar="RUN", help="The run folder.")]) -> None:
    """Each batch's status and request counts."""
    _ready()
    from summarizer.batch.run import status

    try:
        state = status(run)
    except SummarizerError as exc:
        raise _fail(exc) from None
    Console().print(_table(state))


@batch_app.command("collect")
def collect_command(
    run: Annotated[Path, typer.Argument(metavar="RUN", help="The run folder.")],
    wait: Annotated[float, typer.Option("--wait", min=0, help="Poll every N seconds until the run is joined.")] = 0,
    baselines: Annotated[bool, typer.Option("--baselines/--no-baselines")] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
) -> None:
    """Download finished batches, validate, send re-asks, and join the eval run when all are in."""
    _ready()
    from summarizer.batch.run import collect, vllm_commands

    while True:
        try:
            result = collect(run, progress=not quiet, baselines=baselines)
        except SummarizerError as exc:
            raise _fail(exc) from None
        if result.finished or not wait:
            break
        time.sleep(wait)
    if result.finished:
        m = result.run.metrics
        typer.echo(f"joined: {m['scored']} scored, {m['failed']} failed; report: {run / 'report.md'}")
        return
    state = result.state
    typer.echo(f"round {state.round}: {len(result.waiting_batches)} batch(es) not finished, "
               f"{len(state.waiting())} article(s) waiting")  # fmt: skip
    for cmd in vllm_commands(run, state):
        typer.echo("  " + cmd)
