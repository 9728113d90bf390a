"""`summarizer eval`: run an eval suite, or compare two runs.

    summarizer eval DATASET [--engine replay|openai|rules] [--model M] [--record] --out runs/NAME
    summarizer eval run DATASET ...            (the same, spelled out)
    summarizer eval compare runs/A runs/B

Click groups cannot take a positional argument *and* dispatch subcommands (``compare`` would be
read as the dataset), so the group here inserts ``run`` when the first word is not a
subcommand name. A dataset literally named ``compare`` or ``run`` needs ``eval run ./compare``.
"""

from __future__ import annotations

import logging
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from typer.core import TyperGroup

if TYPE_CHECKING:
    from typer._click.core import Context

from summarizer.errors import SummarizerError

if TYPE_CHECKING:  # the runner pulls in rouge-score, nltk and sacrebleu: imported when a command runs
    from summarizer.evals.runner import EvalRun

__all__ = ["eval_app", "main"]


class _DefaultRunGroup(TyperGroup):
    """A group whose default subcommand is `run`: `eval DATASET` means `eval run DATASET`."""

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ctx.help_option_names:
            args = ["run", *args]
        return super().parse_args(ctx, args)


eval_app = typer.Typer(
    cls=_DefaultRunGroup,
    name="eval",
    help="Score briefs over a dataset (gold, xlsum, counter or a path) and compare runs.",
    no_args_is_help=True,
    add_completion=False,
)


class Executor(StrEnum):
    local = "local"
    ray = "ray"


class EngineName(StrEnum):
    replay = "replay"
    openai = "openai"
    rules = "rules"


def _console() -> Console:
    return Console(stderr=True)


def _print_summary(run: EvalRun, console: Console) -> None:
    m = run.metrics
    table = Table(title=f"{run.dataset.name}: {m['scored']} scored, {m['failed']} failed, "
                  f"{m['dataset_errors']} bad lines ({run.new} new, {run.skipped} resumed)")  # fmt: skip
    table.add_column("metric")
    table.add_column("value", justify="right")

    def fmt(x: Any) -> str:
        return "n/a" if x is None else (f"{x:.4g}" if isinstance(x, float) else str(x))

    rows: list[tuple[str, Any]] = [
        ("completion rate", m["completion_rate"]),
        ("schema-valid rate", m["schema_valid_rate"]),
        ("grounding precision", m["grounding_precision"]),
        ("grounding errors / article", m["errors_per_article"]),
        ("consistency findings / article", m["consistency_per_article"]),
        ("recall: quantities", m["recall"]["quantities"]),
        ("recall: entities", m["recall"]["entities"]),
        ("recall: events", m["recall"]["events"]),
        ("re-ask rate", m["reask_rate"]),
        ("latency p50 / p90 / p99 ms", " / ".join(fmt(m["latency_ms"][k]) for k in ("p50", "p90", "p99"))),
    ]
    if m.get("rouge_ur"):
        r = m["rouge_ur"]
        rows.append(("ROUGE-1/2/L, chrF (ur)", f"{r['rouge1']} / {r['rouge2']} / {r['rougeL']}, {r['chrf']}"))
    for name, b in m.get("baselines", {}).items():
        rows.append((f"  {name} baseline", f"{b['rouge1']} / {b['rouge2']} / {b['rougeL']}, {b['chrf']}"))
    for label, value in rows:
        table.add_row(label, fmt(value))
    console.print(table)
    if m["failures_by_reason"]:
        console.print("failures: " + ", ".join(f"{k} {v}" for k, v in m["failures_by_reason"].items()))
    if m.get("fixture_origin", {}).get("authored"):
        console.print(
            f"[yellow]note:[/] {m['fixture_origin']['authored']} briefs come from authored fixtures, not a model."
        )
    for t in run.thresholds:
        if not t.passed:
            console.print(f"[red]below threshold:[/] {t.metric} = {fmt(t.value)} ({t.bound} {t.limit})")
    console.print(f"report: {run.out / 'report.md'}")


def _require_tools() -> None:
    from summarizer.evals import require_eval_tools

    try:
        require_eval_tools()
    except SummarizerError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


def _quiet_library_logs(console: Console) -> None:
    """Per-article retry chatter would tear the progress bar; failures are in the results anyway."""
    from rich.logging import RichHandler

    logging.getLogger("instructor").setLevel(logging.CRITICAL)
    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(RichHandler(console=console, show_path=False, level=logging.WARNING))


@eval_app.command("run")
def run_command(
    dataset: Annotated[
        str,
        typer.Argument(metavar="DATASET", help="gold, xlsum, counter, a .jsonl file or a COUNTER folder."),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Run folder; an existing one is resumed.")],
    engine: Annotated[EngineName, typer.Option("--engine", "-e")] = EngineName.replay,
    model: Annotated[str | None, typer.Option("--model", "-m")] = None,
    base_url: Annotated[str | None, typer.Option("--base-url", help="OpenAI-compatible endpoint.")] = None,
    record: Annotated[
        bool, typer.Option("--record", help="With --engine openai: write replay fixtures.")
    ] = False,
    fixtures: Annotated[
        Path | None, typer.Option("--fixtures", help="Fixture folder (replay/record).")
    ] = None,
    baselines: Annotated[
        bool, typer.Option("--baselines/--no-baselines", help="Lead-1 and rules beside references.")
    ] = True,
    fallback: Annotated[
        bool, typer.Option("--fallback/--no-fallback", help="Let the rules engine answer LLM failures.")
    ] = False,
    check: Annotated[
        bool, typer.Option("--check-thresholds", help="Exit 1 when a metric is past its bound.")
    ] = False,
    thresholds: Annotated[
        Path | None, typer.Option("--thresholds", help="Thresholds TOML (default evals/thresholds.toml).")
    ] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="Score at most N articles in this run folder.")
    ] = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=1, max=64, help="Articles at once: N worker processes for replay and rules, N threads for a network engine.")
    ] = 1,
    cache: Annotated[
        bool, typer.Option("--cache/--no-cache", help="Reuse live answers already paid for (on-disk cache).")
    ] = True,
    executor: Annotated[
        Executor, typer.Option("--executor", help="local (this machine) or ray (Ray Data; pip install 'summarizer[ray]').")
    ] = Executor.local,
    rpm: Annotated[
        float | None, typer.Option("--rpm", min=0.001, help="Live engines: client-side requests per minute.")
    ] = None,
    tpm: Annotated[
        float | None, typer.Option("--tpm", min=1, help="Live engines: client-side tokens per minute.")
    ] = None,
    grounding_workers: Annotated[
        int, typer.Option("--grounding-workers", min=0, max=64,
                          help="Live engines with -j > 1: ground answers on N worker processes (0: in process).")
    ] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
) -> None:
    """Run an engine over DATASET, score every brief, write results, metrics and a report."""
    if record and engine != EngineName.openai:
        raise typer.BadParameter("--record needs --engine openai", param_hint="--record")
    _require_tools()
    from summarizer.evals.runner import EvalConfig, run_eval

    config = EvalConfig(
        dataset=dataset, engine=engine.value, model=model, base_url=base_url, record=record,
        fallback=fallback, baselines=baselines, limit=limit, jobs=jobs,
        fixtures_dir=str(fixtures) if fixtures else None, cache=cache, rpm=rpm, tpm=tpm,
        executor=executor.value, grounding_workers=grounding_workers,
    )  # fmt: skip
    console = _console()
    _quiet_library_logs(console)
    try:
        run = run_eval(config, out, progress=not quiet, console=console, thresholds_path=thresholds)
    except SummarizerError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    if not quiet:
        _print_summary(run, console)
    if check and not run.thresholds_passed:
        raise typer.Exit(1)


@eval_app.command("compare")
def compare_command(
    a: Annotated[Path, typer.Argument(metavar="RUN_A", help="The baseline run folder.")],
    b: Annotated[Path, typer.Argument(metavar="RUN_B", help="The candidate run folder.")],
    limit: Annotated[int, typer.Option("--limit", min=1, help="Regressed articles to list.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
    fail_on_regression: Annotated[
        bool, typer.Option("--fail-on-regression", help="Exit 1 when any article regressed.")
    ] = False,
) -> None:
    """Metric deltas from run A to run B and the articles that regressed, worst first."""
    _require_tools()
    try:
        from summarizer.evals.compare import compare_runs, comparison_json, print_comparison

        cmp = compare_runs(a, b)
    except SummarizerError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    if as_json:
        typer.echo(comparison_json(cmp))
    else:
        print_comparison(cmp, Console(), limit=limit)
    if fail_on_regression and cmp.regressions:
        raise typer.Exit(1)


def main() -> None:
    """Entry point for `python -m summarizer.evals.cli` (the main CLI mounts `eval_app`)."""
    eval_app(prog_name="summarizer eval")


if __name__ == "__main__":
    main()
