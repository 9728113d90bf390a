"""The one path the CLI and library users share: article text in, a checked `Brief` out.

    check_article -> engine.run -> validators.resolve_evidence -> validators.validate_draft -> Brief

Engines are chosen by `summarizer.engines.registry` (argument, else environment, else rules).
When an LLM engine fails after its retries and `fallback=True` (the default), the rules engine
answers instead and `meta.fallback_reason` records why. Nothing here imports openai or
instructor: engines import them when they run.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from summarizer.engines.base import Engine, EngineResult
from summarizer.engines.registry import get_engine
from summarizer.errors import EngineError, FixtureMissing, InputError, SummarizerError
from summarizer.grounded import ground
from summarizer.input import DEFAULT_MAX_CHARS, check_article
from summarizer.redact import scrub, scrub_error
from summarizer.schemas import Brief, BriefDraft, ValidationReport

__all__ = ["asummarize", "check_brief", "ground", "summarize"]

log = logging.getLogger("summarizer")

_DRAFT_FIELDS = frozenset(BriefDraft.model_fields)


def _limits(engine: Engine) -> tuple[int, str]:
    return getattr(engine, "max_article_chars", DEFAULT_MAX_CHARS), getattr(engine, "limit_note", "")


def _scrubbed(result: EngineResult, secrets: tuple[str, ...]) -> EngineResult:
    """The result without the engine's secrets (a server may echo the key inside a 200 answer)."""
    if not secrets:
        return result
    draft = BriefDraft.model_validate(scrub(result.draft.model_dump(), secrets))
    meta = type(result.meta).model_validate(scrub(result.meta.model_dump(), secrets))
    return EngineResult(draft, meta)


def _assemble(article: str, result: EngineResult, started: float, secrets: tuple[str, ...] = ()) -> Brief:
    result = _scrubbed(result, secrets)
    draft, report = ground(article, result.draft)
    meta = result.meta
    if meta.latency_ms is None:
        meta = meta.model_copy(update={"latency_ms": round((time.perf_counter() - started) * 1000, 2)})
    return Brief.model_validate({**draft.model_dump(), "validation": report.model_dump(), "meta": meta.model_dump()})


def _should_fall_back(engine: Engine, exc: SummarizerError, fallback: bool) -> bool:
    return (fallback and engine.name != "rules" and isinstance(exc, EngineError)
            and not isinstance(exc, FixtureMissing))  # fmt: skip


def _fallback_note(engine: Engine, exc: SummarizerError) -> str:
    reason = str(scrub(f"{engine.name}: {type(exc).__name__}: {exc}", engine.secrets()))
    log.warning("the %s engine failed (%s); answering with the rules engine instead", engine.name, reason)
    return reason


def _with_reason(result: EngineResult, reason: str) -> EngineResult:
    return EngineResult(result.draft, result.meta.model_copy(update={"fallback_reason": reason}))


def summarize(text: str, *, engine: str | Engine | None = None, model: str | None = None,
              base_url: str | None = None, api_key: str | None = None, fallback: bool = True,
              **options: Any) -> Brief:  # fmt: skip
    """A checked bilingual brief of one Urdu article.

    engine: "openai", "replay", "rules", "llama", an `Engine`, or None to choose from the
    environment (OPENAI_API_KEY / OPENAI_BASE_URL -> openai, else rules). `options` go to the
    engine (e.g. mode="json", max_reasks=1, fixtures="dir"); a misspelt option is a ConfigError.
    """
    started = time.perf_counter()
    chosen = get_engine(engine, model=model, base_url=base_url, api_key=api_key, **options)
    chosen.check_ready()
    max_chars, note = _limits(chosen)
    article = check_article(text, max_chars=max_chars, limit_note=note)
    try:
        result = chosen.run(article)
    except SummarizerError as exc:
        if not _should_fall_back(chosen, exc, fallback):
            raise scrub_error(exc, chosen.secrets()) from None
        reason = _fallback_note(chosen, exc)
        result = _with_reason(get_engine("rules").run(article), reason)
    return _assemble(article, result, started, chosen.secrets())


async def asummarize(text: str, *, engine: str | Engine | None = None, model: str | None = None,
                     base_url: str | None = None, api_key: str | None = None, fallback: bool = True,
                     **options: Any) -> Brief:  # fmt: skip
    """Async `summarize`: the same pipeline, awaiting the engine's `arun`."""
    started = time.perf_counter()
    chosen = get_engine(engine, model=model, base_url=base_url, api_key=api_key, **options)
    chosen.check_ready()
    max_chars, note = _limits(chosen)
    article = check_article(text, max_chars=max_chars, limit_note=note)
    try:
        result = await chosen.arun(article)
    except SummarizerError as exc:
        if not _should_fall_back(chosen, exc, fallback):
            raise scrub_error(exc, chosen.secrets()) from None
        reason = _fallback_note(chosen, exc)
        result = _with_reason(await get_engine("rules").arun(article), reason)
    return _assemble(article, result, started, chosen.secrets())


def check_brief(source: str, brief: Brief | BriefDraft | Mapping[str, Any]) -> ValidationReport:
    """Re-run every check of a saved brief (or bare draft) against its source article."""
    if isinstance(brief, BriefDraft):
        data: Mapping[str, Any] = brief.model_dump()
    elif isinstance(brief, Mapping):
        data = brief
    else:
        raise InputError(f"expected a Brief, BriefDraft or dict, not {type(brief).__name__}")
    try:
        draft = BriefDraft.model_validate({k: v for k, v in data.items() if k in _DRAFT_FIELDS})
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "(top level)"
        raise InputError(f"not a brief: {where}: {err['msg']} ({exc.error_count()} problem(s))") from None
    source = check_article(source)
    return ground(source, draft)[1]
