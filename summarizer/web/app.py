"""`summarizer serve`: the translator's desk as a local Starlette app (run under uvicorn).

    GET  /                              the form: paste or upload an Urdu article, optionally a brief
    POST /desk                          write a brief (configured engine) or check the pasted one
    GET  /history                       checked articles (SQLite), each deletable
    GET  /history/{id}                  the side-by-side page
    GET  /history/{id}/export.html|md   one self-contained HTML file, or Markdown
    POST /history/{id}/delete

Security: every template autoescaped; a strict Content-Security-Policy (scripts and styles only
from /static, nothing remote; the page script is a static file); request bodies over the limit
answered 413 with a plain message; Host checked (DNS rebinding) and cross-site POSTs refused;
bound to 127.0.0.1 unless told otherwise. No page loads anything from another origin.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from summarizer.errors import InputError, SummarizerError
from summarizer.web.page import PageView, brief_note, build_view, environment, render_export
from summarizer.web.store import Entry, History, default_db_path

__all__ = ["CSP", "DEFAULT_MAX_BYTES", "DeskSettings", "create_app"]

DEFAULT_MAX_BYTES = 2_000_000
DRAIN_FACTOR = 16
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self'; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")  # fmt: skip
_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class DeskSettings:
    engine: str
    """The engine that writes briefs: named, else chosen from the environment (rules when none)."""
    engine_note: str
    db_path: Path
    max_bytes: int = DEFAULT_MAX_BYTES


# --------------------------------------------------------------------------- middleware


class _TooLarge(Exception):
    pass


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f}".rstrip("0").rstrip(".")


class SecurityMiddleware:
    """Security headers on every answer; bodies over `max_bytes` -> 413; cross-site POSTs -> 403."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        started = False

        async def secured(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], *_HEADERS]
            await send(message)

        if scope["method"] == "POST" and _cross_site(headers):
            await _plain(secured, 403, "Refused: this form can only be sent from the desk's own pages.")
            return
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > self.max_bytes:
            await self._drain(receive, 0)
            await _plain(secured, 413, _too_large_message(int(length), self.max_bytes))
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise _TooLarge
            return message

        try:
            await self.app(scope, limited, secured)
        except _TooLarge:
            if not started:
                await self._drain(receive, seen)
                await _plain(secured, 413, _too_large_message(seen, self.max_bytes))

    async def _drain(self, receive: Receive, seen: int) -> None:
        """Read (and drop) the rest of an oversized body, up to `DRAIN_FACTOR` times the limit, so a
        browser still sending it gets the 413 page rather than a reset connection."""
        while seen <= DRAIN_FACTOR * self.max_bytes:
            message = await receive()
            if message["type"] != "http.request" or not message.get("more_body", False):
                return
            seen += len(message.get("body", b""))


def _cross_site(headers: dict[str, str]) -> bool:
    if headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
        return True
    origin = headers.get("origin")
    return bool(origin) and origin != "null" and urlsplit(origin).netloc != headers.get("host", "")


def _too_large_message(size: int, limit: int) -> str:
    return (f"Too large: this request is {'over ' if size <= limit else ''}{_mb(max(size, limit + 1))} MB and the desk "
            f"accepts at most {_mb(limit)} MB at a time. Paste only the article's text, or split it.")  # fmt: skip


async def _plain(send: Send, status: int, text: str) -> None:
    body = environment().get_template("error.html").render(heading=_HEADINGS.get(status, "Error"), message=text)
    data = body.encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/html; charset=utf-8"), (b"content-length", str(len(data)).encode())]})  # fmt: skip
    await send({"type": "http.response.body", "body": data})


_HEADINGS = {400: "Cannot use that input", 403: "Refused", 404: "Not found", 405: "Not allowed",
             413: "Too large", 500: "Something went wrong"}  # fmt: skip


# --------------------------------------------------------------------------- pages


def _page(template: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = environment().get_template(template).render(**context)
    return HTMLResponse(html, status_code=status, headers={"cache-control": "no-store"})


async def _text_of(form: Any, name: str, file_name: str) -> tuple[str, str | None]:
    """The pasted text of a field, else the uploaded file's text, and the file's name."""
    upload = form.get(file_name)
    if isinstance(upload, UploadFile) and upload.filename:
        data = await upload.read()
        if data:
            if b"\x00" in data:
                raise InputError(f"{upload.filename} looks binary; upload UTF-8 text or HTML")
            try:
                return data.decode("utf-8-sig"), upload.filename
            except UnicodeDecodeError:
                raise InputError(f"{upload.filename} is not UTF-8 text; save it as UTF-8") from None
    value = form.get(name)
    return (value if isinstance(value, str) else ""), None


def _title(source: str) -> str:
    first = source.strip().splitlines()[0] if source.strip() else "Untitled"
    return first if len(first) <= 90 else first[:89] + "…"


def _process(settings: DeskSettings, history: History, action: str, article: str, brief: str,
             brief_name: str | None, lang: str | None, published: str = "") -> int:  # fmt: skip
    from summarizer.desk.check import check_document, check_generated
    from summarizer.desk.document import parse_brief
    from summarizer.input import check_article, parse_published
    from summarizer.source_index import SourceIndex

    day = parse_published(published, "the published date") if published.strip() else None
    if action == "check":
        if not brief.strip():
            raise InputError("paste or upload your brief to check it (or choose “Write a brief”)")
        source = check_article(article)
        document = parse_brief(brief, name=brief_name or "your brief", lang="en" if lang == "en" else "ur" if lang == "ur" else None)
        report = check_document(source, document, published=day)
        # the date is read as the article's last line: stored so, the page shows the evidence in place
        shown = source if day is None else SourceIndex(source, published=day).text
        return history.add("check", _title(source), shown, brief, report.model_dump_json(), report.errors)
    if day is not None:
        raise InputError("the published date is for checking your brief; leave it empty to write a brief")
    from summarizer.api import summarize

    result = summarize(article, engine=settings.engine)
    source = check_article(article)
    report = check_generated(source, result)
    stored = json.dumps({"brief": result.model_dump(mode="json"), "desk": report.model_dump(mode="json")}, ensure_ascii=False)
    return history.add("summary", _title(source), source, None, stored, report.errors)


def _view(entry: Entry) -> tuple[PageView, Any]:
    from summarizer.desk.check import DeskReport
    from summarizer.schemas import Brief

    if entry.kind == "summary":  # the brief and its placed report, stored together: no re-linking
        data = json.loads(entry.result)
        brief = Brief.model_validate(data["brief"])
        report = DeskReport.model_validate(data["desk"])
        view = build_view(entry.article, report, title=entry.title, kind="summary", note=brief_note(brief),
                          engine=brief.meta.engine)  # fmt: skip
        return view, brief
    report = DeskReport.model_validate_json(entry.result)
    return build_view(entry.article, report, title=entry.title, kind="check"), report


def create_app(settings: DeskSettings, *, allowed_hosts: list[str] | None = None) -> Starlette:
    """The desk app for these settings (engine, history file, size limit)."""
    history = History(settings.db_path)

    def entry_or_404(request: Request) -> Entry:
        entry = history.get(int(request.path_params["entry_id"]))
        if entry is None:
            raise HTTPException(404, "No such entry in the history (it may have been deleted).")
        return entry

    def index_page(status: int = 200, error: str = "", **fields: str) -> HTMLResponse:
        return _page("index.html", status, error=error, article=fields.get("article", ""), brief=fields.get("brief", ""),
                     lang=fields.get("lang", ""), published=fields.get("published", ""),
                     engine=settings.engine, engine_note=settings.engine_note,
                     limit_mb=_mb(settings.max_bytes), recent=history.list(8))  # fmt: skip

    async def index(request: Request) -> Response:
        return index_page()

    async def desk(request: Request) -> Response:
        try:
            form = await request.form(max_files=2, max_fields=10, max_part_size=settings.max_bytes)
        except MultiPartException as exc:
            return index_page(400, f"the form could not be read: {exc.message}")
        action = form.get("action")
        lang = form.get("lang")
        lang = lang if lang in ("en", "ur") else ""
        published = form.get("published")
        published = published if isinstance(published, str) else ""
        article, brief = "", ""
        try:
            article, _ = await _text_of(form, "article", "article_file")
            brief, brief_name = await _text_of(form, "brief", "brief_file")
            entry_id = await run_in_threadpool(_process, settings, history, "check" if action == "check" else "summarize",
                                               article, brief, brief_name, lang or None, published)  # fmt: skip
        except SummarizerError as exc:
            return index_page(400, str(exc), article=article, brief=brief, lang=lang, published=published)
        finally:
            await form.close()
        return RedirectResponse(f"/history/{entry_id}", status_code=303)

    async def history_page(request: Request) -> Response:
        return _page("history.html", items=history.list(), db_path=str(history.path))

    async def show(request: Request) -> Response:
        entry = entry_or_404(request)
        view, _ = await run_in_threadpool(_view, entry)
        return _page("result.html", v=view, item_id=entry.id)

    async def export_html(request: Request) -> Response:
        entry = entry_or_404(request)
        view, _ = await run_in_threadpool(_view, entry)
        return HTMLResponse(render_export(view),
                            headers={"content-disposition": f'attachment; filename="brief-{entry.id}.html"'})  # fmt: skip

    async def export_md(request: Request) -> Response:
        from summarizer.desk.markdown import render_check_markdown
        from summarizer.render import render_markdown

        entry = entry_or_404(request)
        _, obj = await run_in_threadpool(_view, entry)
        text = render_markdown(obj) if entry.kind == "summary" else render_check_markdown(entry.title, entry.brief or "", obj)
        return PlainTextResponse(text, media_type="text/markdown; charset=utf-8",
                                 headers={"content-disposition": f'attachment; filename="brief-{entry.id}.md"'})  # fmt: skip

    async def delete(request: Request) -> Response:
        history.delete(int(request.path_params["entry_id"]))
        return RedirectResponse("/history", status_code=303)

    async def http_error(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        detail = exc.detail if isinstance(exc, HTTPException) and status != 500 else "The desk could not answer that."
        return _page("error.html", status, heading=_HEADINGS.get(status, "Error"), message=detail)

    routes = [
        Route("/", index),
        Route("/desk", desk, methods=["POST"]),
        Route("/history", history_page),
        Route("/history/{entry_id:int}", show),
        Route("/history/{entry_id:int}/export.html", export_html),
        Route("/history/{entry_id:int}/export.md", export_md),
        Route("/history/{entry_id:int}/delete", delete, methods=["POST"]),
        Mount("/static", StaticFiles(packages=[("summarizer.web", "static")]), name="static"),
    ]
    hosts = allowed_hosts or ["127.0.0.1", "localhost", "::1", "[::1]"]
    middleware = [
        Middleware(SecurityMiddleware, max_bytes=settings.max_bytes),
        Middleware(TrustedHostMiddleware, allowed_hosts=hosts),
    ]
    return Starlette(routes=routes, middleware=middleware,
                     exception_handlers={HTTPException: http_error, Exception: http_error})  # fmt: skip


def settings_for(engine: str | None = None, db_path: str | Path | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> DeskSettings:  # fmt: skip
    """Settings from the serve options: the engine as `summarize` would choose it."""
    from summarizer.engines.registry import choose_engine

    name = choose_engine(engine)
    if name == "rules" and engine is None:
        note = ("No LLM is configured (set OPENAI_API_KEY or OPENAI_BASE_URL before `summarizer serve`), so briefs "
                "come from the rules engine: an extractive fact sheet, not a translation.")  # fmt: skip
    elif name == "rules":
        note = "Briefs come from the rules engine: an extractive fact sheet, not a translation."
    else:
        note = f"Briefs come from the {name} engine; the article is sent to it when you ask for a brief."
    return DeskSettings(engine=name, engine_note=note, db_path=Path(db_path) if db_path else default_db_path(),
                        max_bytes=max_bytes)  # fmt: skip
