"""The `summarizer` command: a thin consumer of the Python API (`summarizer.api`).

    summarizer summarize ARTICLE|- [--engine openai|replay|rules|llama] [--model M] [--base-url URL]
                         [--format json|md|html] [--out FILE] [--record] [--fixtures DIR]
    summarizer check ARTICLE BRIEF|-        # check a brief (text, Markdown or JSON); exit 1 on any error finding
    summarizer serve [--host H] [--port P]  # the translator's desk in a browser (needs the web extra)
    summarizer schema [--write DIR]         # the JSON Schema of a brief (or write all schema files)
    summarizer eval ...                     # evaluation commands (when installed)

Every SummarizerError becomes one line on stderr and exit code 2, without a traceback.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from summarizer.errors import ConfigError, InputError, SummarizerError

__all__ = ["SCHEMA_FILES", "app", "main", "schema_documents"]

app = typer.Typer(
    name="summarizer",
    help="Urdu news articles to bilingual briefs, every number and name checked against the source.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
)


def _print_version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("urdu-brief")
        except PackageNotFoundError:
            from summarizer import __version__ as number
        typer.echo(f"urdu-brief {number} (import name: summarizer)")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_print_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Urdu news articles to bilingual briefs, every number and name checked against the source."""


def _given(value: Any, envvar: str) -> Any:
    """A value typed on the command line; None when it only echoes its environment variable, which
    the library reads itself (and applies only to the engines that use it)."""
    import os

    return None if value is not None and str(value) == os.environ.get(envvar) else value


class Format(StrEnum):
    json = "json"
    md = "md"
    html = "html"


class EngineName(StrEnum):
    openai = "openai"
    replay = "replay"
    rules = "rules"
    llama = "llama"


class _StderrHandler(logging.Handler):
    """Library warnings (engine choice, fallback) as plain lines on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        Console(stderr=True, highlight=False).print(f"[yellow]summarizer:[/yellow] {escape(record.getMessage())}", soft_wrap=True)


def _setup_logging() -> None:
    logger = logging.getLogger("summarizer")
    if not any(isinstance(h, _StderrHandler) for h in logger.handlers):
        logger.addHandler(_StderrHandler(level=logging.WARNING))
    logger.setLevel(logging.WARNING)
    for noisy in ("instructor", "openai", "httpx2"):  # their retry chatter is ours to report, once
        third = logging.getLogger(noisy)
        if not third.handlers:
            third.addHandler(logging.NullHandler())
        third.propagate = False


@contextmanager
def _errors() -> Iterator[None]:
    """SummarizerError -> one line on stderr, exit 2."""
    try:
        yield
    except SummarizerError as exc:
        Console(stderr=True, highlight=False).print(f"[red]error:[/red] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(2) from None
    except OSError as exc:
        Console(stderr=True, highlight=False).print(f"[red]error:[/red] {escape(str(exc.strerror or exc))}: {escape(str(exc.filename or ''))}")
        raise typer.Exit(2) from None


def _emit(text: str, out: Path | None) -> None:
    from summarizer.input import write_text_atomic

    if out is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        write_text_atomic(out, text)
        Console(stderr=True, highlight=False).print(f"wrote {out}")


@app.command()
def summarize(
    article: Annotated[str, typer.Argument(help="Urdu article file (UTF-8), or - for stdin.")],
    engine: Annotated[EngineName | None, typer.Option(help="Engine; default: openai when OPENAI_API_KEY (the key, read from the environment only) or OPENAI_BASE_URL is set, else rules.")] = None,
    model: Annotated[str | None, typer.Option(envvar="SUMMARIZER_MODEL", help="Model name (default gpt-4o-mini).")] = None,
    base_url: Annotated[str | None, typer.Option(envvar="OPENAI_BASE_URL", help="OpenAI-compatible endpoint, e.g. http://localhost:11434/v1.")] = None,
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.json,
    out: Annotated[Path | None, typer.Option(help="Write here (atomically) instead of stdout.")] = None,
    record: Annotated[bool, typer.Option(help="Record the endpoint's responses as a replay fixture.")] = False,
    fixtures: Annotated[Path | None, typer.Option(envvar="SUMMARIZER_FIXTURES", help="Fixture folder for replay/record (default: the fixtures shipped with the package).")] = None,
    mode: Annotated[str | None, typer.Option(help="Structured-output mode: tools, json, json_schema, md_json.")] = None,
    fallback: Annotated[bool, typer.Option(help="Fall back to the rules engine when the LLM fails.")] = True,
    retries: Annotated[int | None, typer.Option(min=0, max=20, help="Transport retries per LLM call (429/5xx/timeouts), default 4.")] = None,
    timeout: Annotated[float | None, typer.Option(min=0.1, help="Seconds to wait for each LLM call before it counts as failed, default 120.")] = None,
) -> None:
    """Summarize one Urdu article into a checked bilingual brief."""
    _setup_logging()
    with _errors():
        from summarizer.api import summarize as run
        from summarizer.input import read_article

        text = read_article(article)
        options: dict[str, Any] = {}
        name = engine.value if engine else None
        model, base_url = _given(model, "SUMMARIZER_MODEL"), _given(base_url, "OPENAI_BASE_URL")
        fixtures = _given(fixtures, "SUMMARIZER_FIXTURES")
        if record:
            if name not in (None, "openai"):
                raise ConfigError("--record records a live endpoint: use it with --engine openai")
            name = "openai"
            options.update(record=True, article_ref=article)
        if fixtures is not None:
            if name not in ("replay", "openai") or (name == "openai" and not record):
                raise ConfigError("--fixtures applies to --engine replay or to --record")
            options["fixtures"] = str(fixtures)
        if mode is not None:
            options["mode"] = mode
        if retries is not None:
            options["transport_retries"] = retries
        if timeout is not None:
            options["timeout"] = timeout
        brief = run(text, engine=name, model=model, base_url=base_url, fallback=fallback, **options)
        if fmt is Format.md:
            from summarizer.render import render_markdown

            _emit(render_markdown(brief), out)
        elif fmt is Format.html:
            _emit(_html_page(text, brief), out)
        else:
            _emit(brief.model_dump_json(indent=2), out)


def _html_page(article: str, brief: Any) -> str:
    """The side-by-side page as one self-contained HTML file (the desk's export)."""
    from summarizer.desk.check import check_generated
    from summarizer.input import check_article
    from summarizer.web.page import brief_note, build_view, render_export

    source = check_article(article)
    report = check_generated(source, brief)
    title = brief.headline_en or brief.headline_ur or "Brief"
    view = build_view(source, report, title=title, kind="summary", note=brief_note(brief), engine=brief.meta.engine)
    return render_export(view)


class BriefLang(StrEnum):
    ur = "ur"
    en = "en"


def _read_brief(brief: str, article: str) -> str:
    """The brief's text, as is (no header stripped): a file, or stdin for `-` (when the article
    is not on stdin too)."""
    from summarizer.input import decode_text, read_text_file

    if brief == "-":
        if article == "-":
            raise InputError("the article and the brief cannot both come from stdin (-)")
        return decode_text(sys.stdin.buffer.read(), "<stdin>")
    return read_text_file(brief, "a brief")


@app.command()
def check(
    article: Annotated[str, typer.Argument(help="The Urdu article the brief was made from (or -).")],
    brief: Annotated[str, typer.Argument(help="Your brief: plain text, Markdown, a brief JSON, or - for stdin.")],
    lang: Annotated[BriefLang | None, typer.Option(help="The brief's language (default: detected per paragraph).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON report for tools.")] = False,
    errors_only: Annotated[bool, typer.Option("--errors-only", help="Show error findings only.")] = False,
    published: Annotated[str | None, typer.Option(
        help="The article's date (YYYY-MM-DD) when it comes apart from the text, as an agency file's "
             "dateline does: the brief may cite it.")] = None,
    outlet: Annotated[str | None, typer.Option(
        help="Who published the article (e.g. 'BBC Urdu'), when the text does not say: the brief may "
             "credit it as the one that reports ('the BBC Urdu report says', 'a BBC correspondent').")] = None,
) -> None:
    """Check a brief against its Urdu article: exit 0 without error findings, 1 with, 2 on bad input."""
    _setup_logging()
    with _errors():
        from summarizer.desk.check import check_document
        from summarizer.desk.document import parse_brief
        from summarizer.input import check_article, parse_published, read_article

        day = parse_published(published) if published is not None else None
        source = check_article(read_article(article))
        name = "<stdin>" if brief == "-" else brief
        document = parse_brief(_read_brief(brief, article), name=name, lang=lang.value if lang else None)
        report = check_document(source, document, published=day, outlet=outlet)
    if as_json:
        data = report.model_dump(mode="json")
        if errors_only:
            data["findings"] = [d for d in data["findings"] if d["finding"]["severity"] == "error"]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        from summarizer.desk.terminal import print_report

        print_report(report, name, Console(highlight=False), errors_only=errors_only)
    if report.errors:
        raise typer.Exit(1)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on; keep 127.0.0.1 unless you mean to share the desk.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8765,
    engine: Annotated[EngineName | None, typer.Option(help="Engine for new briefs; default: as `summarize` chooses (rules without an LLM).")] = None,
    db: Annotated[Path | None, typer.Option(help="History file (SQLite); default: $SUMMARIZER_DESK_DB or the user data folder.")] = None,
    max_mb: Annotated[float, typer.Option(help="Largest request accepted, in MB (answers 413 above it).")] = 2.0,
) -> None:
    """The translator's desk in a browser: paste an Urdu article, get or check a brief side by side."""
    _setup_logging()
    with _errors():
        try:
            import uvicorn

            from summarizer.web.app import create_app, settings_for
        except ImportError as exc:
            raise ConfigError(f"the web desk needs the web extra: pip install 'urdu-brief[web]' ({exc.name} missing)") from None
        if not 0 < max_mb <= 100:
            raise ConfigError("--max-mb must be above 0 and at most 100")
        settings = settings_for(engine.value if engine else None, db, int(max_mb * 1_000_000))
        wildcard = host in ("0.0.0.0", "::", "")
        hosts = ["*"] if wildcard else ["127.0.0.1", "localhost", "::1", "[::1]", host]
        application = create_app(settings, allowed_hosts=hosts)
    shown = "127.0.0.1" if wildcard else host
    Console(stderr=True, highlight=False).print(
        f"Translator's desk on http://{shown}:{port}/ (engine: {settings.engine}; history: {settings.db_path}). Ctrl+C stops it.",
        soft_wrap=True,
    )
    uvicorn.run(application, host=host, port=port, log_level="warning", server_header=False)


SCHEMA_FILES = {"brief": "brief.schema.json", "brief-draft": "brief-draft.schema.json", "finding": "finding.schema.json"}


def schema_documents() -> dict[str, str]:
    """File name -> JSON Schema text, for every exported model."""
    from pydantic import BaseModel

    from summarizer.schemas import Brief, BriefDraft, Finding

    models: dict[str, type[BaseModel]] = {"brief": Brief, "brief-draft": BriefDraft, "finding": Finding}
    docs = {}
    for key, model in models.items():
        schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **model.model_json_schema()}
        docs[SCHEMA_FILES[key]] = json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
    return docs


@app.command()
def schema(
    which: Annotated[str, typer.Option(help="brief, brief-draft or finding.")] = "brief",
    write: Annotated[Path | None, typer.Option(help="Write every schema file into this folder.")] = None,
) -> None:
    """Print the JSON Schema of a brief (or write all schema files with --write DIR)."""
    with _errors():
        from summarizer.input import write_text_atomic

        docs = schema_documents()
        if write is not None:
            for name, text in docs.items():
                write_text_atomic(write / name, text)
                Console(stderr=True, highlight=False).print(f"wrote {write / name}")
            return
        if which not in SCHEMA_FILES:
            raise ConfigError(f"unknown schema {which!r}; choose one of: {', '.join(SCHEMA_FILES)}")
        sys.stdout.write(docs[SCHEMA_FILES[which]])


def _mount_eval() -> None:
    try:
        from summarizer.evals.cli import eval_app
    except ImportError:  # the eval tools are optional; the CLI works without them
        return
    app.add_typer(eval_app, name="eval", help="Evaluate engines on datasets.")


_mount_eval()


def _mount_batch() -> None:
    try:
        from summarizer.batch.cli import batch_app
    except ImportError:  # needs the eval tools
        return
    app.add_typer(batch_app, name="batch", help="Eval runs at batch prices (OpenAI Batch API, vllm run-batch).")


_mount_batch()


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
