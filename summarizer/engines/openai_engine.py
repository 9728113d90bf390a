"""The LLM engine: any OpenAI-compatible endpoint, through `openai` + `instructor`.

One call is a small pipeline of named stages:

    template_messages()  ->  instructor (parse, validate with the source in context, re-ask)
                                -> _CallPolicy (bounded history, token budget, transport retries)
                                   -> openai client -> httpx2 transport (network, replay, record)

- Validation: `GroundedDraft` (a `BriefDraft`) has a model validator that reads
  `info.context["source"]`, runs the grounding checks and raises `ValueError(reask_message(...))`
  on error findings, so instructor's own re-ask loop sends the model compact feedback.
- Re-asks are bounded three ways: `max_reasks` (default 2, i.e. at most 3 attempts); each
  re-ask carries only the prompt, the latest output and its feedback (earlier attempts are
  replaced by one-line stubs, feedback capped at `feedback_chars`); and a `token_budget` over
  all attempts. instructor 1.17's re-ask handlers append the whole history, so the bounding is
  done in the create function we hand it (`_CallPolicy.trim`) rather than in instructor.
- Transport failures (429 honouring Retry-After, 408/409/5xx, timeouts, connection errors)
  are retried by tenacity around each HTTP call; the openai client's own retries are off.
- Errors are translated at this boundary: callers see `EndpointError`, `ConfigError`,
  `ValidationFailed`, never openai, instructor or httpx2 types, and never the API key.

`openai` and `instructor` are imported inside the methods, so importing this module is cheap.
"""

from __future__ import annotations

import email.utils
import json
import logging
import math
import os
import random
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar, Literal
from urllib.parse import urlsplit, urlunsplit

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, ValidationInfo, model_validator

from summarizer import validators
from summarizer.engines.base import Engine, EngineResult
from summarizer.errors import ConfigError, EndpointError, EngineError, SummarizerError, ValidationFailed
from summarizer.prompts import PROMPT_VERSION, template_messages
from summarizer.redact import secrets_of
from summarizer.schemas import BriefDraft, Finding, Meta, check_answer_size

if TYPE_CHECKING:
    import httpx2

__all__ = [
    "CONTEXT_TOKENS",
    "PRICES_PER_MTOK",
    "GroundedDraft",
    "OpenAIEngine",
    "OpenAIOptions",
    "compact_history",
    "cost_usd",
    "draft_errors",
    "translate_error",
]

log = logging.getLogger(__name__)

DEFAULT_MODEL = "gpt-4o-mini"
OPENAI_HOST = "api.openai.com"

PRICES_PER_MTOK: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
}
"""USD per million (input, output) tokens, list prices; other models get cost None."""

CONTEXT_TOKENS: dict[str, int] = {
    "gpt-4o-mini": 128_000,
    "gpt-4o": 128_000,
    "gpt-4.1": 1_000_000,
    "gpt-4.1-mini": 1_000_000,
    "gpt-4.1-nano": 1_000_000,
}
DEFAULT_CONTEXT_TOKENS = 32_768
"""Assumed for models not in the table (typical of local servers); override with `context_tokens`."""
PROMPT_TOKENS = 2_000
"""Room the instructions and schema take beside the article."""
URDU_CHARS_PER_TOKEN = 1.5
"""Conservative: tokenizers without much Urdu split it finely."""

Mode = Literal["tools", "json", "json_schema", "md_json"]


class OpenAIOptions(BaseModel):
    """Settings of one engine; a misspelt option is an error, not a silent default."""

    model_config = ConfigDict(extra="forbid")

    model: str = DEFAULT_MODEL
    base_url: str | None = None
    api_key: SecretStr | None = None
    mode: Mode | Literal["tools_strict"] | None = None
    """How instructor asks for structure; default: tools for api.openai.com, json elsewhere."""
    max_reasks: int = Field(2, ge=0, le=10)
    transport_retries: int = Field(4, ge=0, le=20)
    timeout: float = Field(120.0, gt=0)
    max_wait: float = Field(60.0, ge=0)
    """Longest single wait between transport retries (also caps Retry-After)."""
    temperature: float | None = 0.0
    max_tokens: int | None = Field(4096, gt=0)
    token_budget: int | None = Field(60_000, gt=0)
    """Tokens (in + out, all attempts) after which no further re-ask is sent."""
    feedback_chars: int = Field(1500, ge=200)
    feedback_limit: int = Field(12, ge=1)
    context_tokens: int | None = None
    prompt_version: str = PROMPT_VERSION
    record: bool = False
    fixtures: str | None = None
    article_ref: str | None = None
    """Path the recorded fixture names as its article (record mode)."""


# --------------------------------------------------------------------------- validation stage


def draft_errors(source: str, draft: BriefDraft) -> list[Finding]:
    """Error-severity findings for a draft: unfound evidence quotes plus every grounding check."""
    from summarizer.api import ground

    _, report = ground(source, draft)
    return [f for f in report.findings if f.severity == "error"]


class GroundedDraft(BriefDraft):
    """What the model returns for one article."""

    model_config = ConfigDict(title="BriefDraft")

    @model_validator(mode="after")
    def _grounded_in_source(self, info: ValidationInfo) -> GroundedDraft:
        ctx = info.context or {}
        source = ctx.get("source")
        if not source:
            return self
        errors = draft_errors(source, self)
        if errors:
            raise ValueError(validators.reask_message(errors, limit=ctx.get("feedback_limit", 12)))
        return self


@cache
def _response_model() -> type[GroundedDraft]:
    """GroundedDraft wrapped once in instructor's ResponseSchema.

    instructor wraps a plain model anew on every call, which defeats its schema cache and
    rebuilds the JSON Schema each time (milliseconds); a pre-wrapped model is used as is.
    """
    from instructor.v2.core.function_calls import response_schema

    model: type[GroundedDraft] = response_schema(GroundedDraft)
    return model


# --------------------------------------------------------------------------- call policy stage


def compact_history(messages: list[dict[str, Any]], feedback_chars: int = 1500) -> list[dict[str, Any]]:
    """The prompt, stubs for earlier attempts, and the latest output with its (capped) feedback.

    Keeps one assistant message per attempt (replay counts them), but only the latest in full.
    """
    first = next((i for i, m in enumerate(messages) if m.get("role") == "assistant"), None)
    if first is None:
        return messages
    last = max(i for i, m in enumerate(messages) if m.get("role") == "assistant")
    out = list(messages[:first])
    attempt = 0
    i = first
    while i < last:
        if messages[i].get("role") == "assistant":
            attempt += 1
            out.append({"role": "assistant", "content": f"(attempt {attempt}: output omitted, superseded below)"})
            feedback = [m for m in messages[i + 1 : last] if m.get("role") in ("tool", "user")][:1]
            if feedback:
                text = str(feedback[0].get("content") or "")
                out.append({"role": "user", "content": _cap(text, 300)})
        i += 1
    out.append(messages[last])
    for m in messages[last + 1 :]:
        m = dict(m)
        if isinstance(m.get("content"), str):
            m["content"] = _cap(m["content"], feedback_chars)
        out.append(m)
    return out


def _cap(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 20].rstrip() + " ... (truncated)"


@dataclass
class _Stats:
    attempts: int = 0
    http_calls: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    usage_complete: bool = True
    last_completion: Any = None
    last_error: BaseException | None = None
    model: str | None = None


class _BudgetSpent(EngineError):
    pass


def _retry_after(exc: BaseException) -> float | None:
    """Seconds the server asked us to wait (retry-after-ms, retry-after seconds or HTTP date)."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if not headers:
        return None
    try:
        return float(headers["retry-after-ms"]) / 1000
    except (KeyError, TypeError, ValueError):
        pass
    raw = headers.get("retry-after")
    if raw is None:
        return None
    try:
        return float(raw)
    except ValueError:
        parsed = email.utils.parsedate_tz(raw)
        return None if parsed is None else email.utils.mktime_tz(parsed) - time.time()


def _ours(exc: BaseException | None) -> SummarizerError | None:
    """Our own error somewhere in the cause chain (openai wraps transport exceptions)."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, SummarizerError):
            return exc
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return None


def _is_transient(exc: BaseException) -> bool:
    import openai

    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in (408, 409, 429) or exc.status_code >= 500
    if isinstance(exc, openai.APIConnectionError):  # includes APITimeoutError
        return _ours(exc) is None
    return False


def _usage(completion: Any, request: dict[str, Any]) -> tuple[int, int, bool]:
    usage = getattr(completion, "usage", None)
    if usage is not None and usage.prompt_tokens is not None:
        return int(usage.prompt_tokens), int(usage.completion_tokens or 0), True
    sent = sum(len(str(m.get("content") or "")) for m in request.get("messages", []))
    got = len(_completion_text(completion) or "")
    return sent // 4, got // 4, False


def _completion_text(completion: Any) -> str | None:
    try:
        message = completion.choices[0].message
    except (AttributeError, IndexError, TypeError):
        return None
    if getattr(message, "tool_calls", None):
        return str(message.tool_calls[0].function.arguments)
    return getattr(message, "content", None)


@dataclass
class _CallPolicy:
    """Wraps the raw `chat.completions.create`: history bound, token budget, transport retries."""

    options: OpenAIOptions
    base_url: str
    secrets: tuple[str, ...]
    sleep: Callable[[float], Any] | None = None
    stats: _Stats = field(default_factory=_Stats)

    def trim(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        kwargs = dict(kwargs)
        kwargs["messages"] = compact_history(kwargs["messages"], self.options.feedback_chars)
        budget = self.options.token_budget
        if budget is not None and self.stats.attempts and self.stats.tokens_in + self.stats.tokens_out >= budget:
            raise _BudgetSpent(
                f"token budget of {budget:,} spent after {self.stats.attempts} attempt(s) "
                f"({self.stats.tokens_in + self.stats.tokens_out:,} tokens)"
            )
        return kwargs

    def _wait(self, retry_state: Any) -> float:
        exc = retry_state.outcome.exception() if retry_state.outcome else None
        hinted = _retry_after(exc) if exc is not None else None
        if hinted is not None and math.isfinite(hinted):
            return min(max(hinted, 0.0), self.options.max_wait)
        backoff = min(0.5 * 2 ** (retry_state.attempt_number - 1), self.options.max_wait)
        return backoff * (0.75 + 0.25 * random.random())

    def _retrying_kwargs(self) -> dict[str, Any]:
        from tenacity import retry_if_exception, stop_after_attempt

        return {
            "stop": stop_after_attempt(self.options.transport_retries + 1),
            "wait": self._wait,
            "retry": retry_if_exception(_is_transient),
            "reraise": True,
        }

    def _done(self, completion: Any, kwargs: dict[str, Any]) -> Any:
        check_answer_size(_completion_text(completion), attempts=self.stats.attempts + 1)
        tin, tout, real = _usage(completion, kwargs)
        self.stats.attempts += 1
        self.stats.tokens_in += tin
        self.stats.tokens_out += tout
        self.stats.usage_complete &= real
        self.stats.last_completion = completion
        self.stats.model = getattr(completion, "model", None) or self.stats.model
        return completion

    def _fail(self, exc: BaseException) -> SummarizerError:
        self.stats.last_error = exc
        return translate_error(exc, self.base_url, model=self.options.model, secrets=self.secrets,
                               calls=self.stats.http_calls)  # fmt: skip

    def wrap(self, create: Callable[..., Any]) -> Callable[..., Any]:
        from tenacity import Retrying

        def call(*args: Any, **kwargs: Any) -> Any:
            kwargs = self.trim(kwargs)
            extra: dict[str, Any] = {"sleep": self.sleep} if self.sleep else {}
            try:
                for attempt in Retrying(**self._retrying_kwargs(), **extra):
                    with attempt:
                        self.stats.http_calls += 1
                        completion = create(*args, **kwargs)
            except Exception as exc:
                raise self._fail(exc) from None
            return self._done(completion, kwargs)

        return call

    def awrap(self, create: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
        from tenacity import AsyncRetrying

        async def call(*args: Any, **kwargs: Any) -> Any:
            kwargs = self.trim(kwargs)
            extra: dict[str, Any] = {}
            if self.sleep is not None:
                sleep = self.sleep

                async def asleep(seconds: float) -> None:
                    sleep(seconds)

                extra["sleep"] = asleep
            try:
                async for attempt in AsyncRetrying(**self._retrying_kwargs(), **extra):
                    with attempt:
                        self.stats.http_calls += 1
                        completion = await create(*args, **kwargs)
            except Exception as exc:
                raise self._fail(exc) from None
            return self._done(completion, kwargs)

        return call


# --------------------------------------------------------------------------- errors at the boundary


def _public_url(url: str) -> str:
    """The endpoint URL without credentials or query string."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path.rstrip("/"), "", ""))


def _server_message(exc: Any, secrets: tuple[str, ...]) -> str:
    from summarizer.engines.fixtures import scrub

    body = getattr(exc, "body", None)
    msg = body.get("message") if isinstance(body, dict) else None
    if not isinstance(msg, str):
        msg = getattr(exc, "message", "") or ""
    return str(scrub(_cap(" ".join(str(msg).split()), 200), secrets))


def translate_error(exc: BaseException, base_url: str, *, model: str | None = None,
                    secrets: tuple[str, ...] = (), calls: int = 1) -> SummarizerError:  # fmt: skip
    """The SummarizerError a caller sees for an openai/httpx2 failure (no key, no third-party type)."""
    import openai

    ours = _ours(exc)
    if ours is not None:
        return ours
    where = _public_url(base_url)
    tries = f" after {calls} attempt{'s' if calls != 1 else ''}"
    if isinstance(exc, openai.AuthenticationError):
        return EndpointError(
            f"the endpoint {where} rejected the API key (HTTP {exc.status_code}); "
            "check OPENAI_API_KEY or the api_key you passed"
        )
    if isinstance(exc, openai.PermissionDeniedError):
        return EndpointError(f"the endpoint {where} refused access with this API key (HTTP 403)")
    if isinstance(exc, openai.NotFoundError):
        return EndpointError(
            f"the endpoint {where} answered 404: no model {model!r} there, or the base URL is wrong "
            "(OpenAI-compatible servers usually end in /v1)"
        )
    if isinstance(exc, openai.RateLimitError):
        detail = _server_message(exc, secrets)
        if "quota" in detail.lower():
            return EndpointError(f"the endpoint {where} says the account's quota is used up (HTTP 429): {detail}")
        return EndpointError(f"the endpoint {where} kept rate-limiting (HTTP 429){tries}")
    if isinstance(exc, openai.APIStatusError):
        if exc.status_code >= 500 or exc.status_code in (408, 409):
            return EndpointError(f"the endpoint {where} kept failing (HTTP {exc.status_code}){tries}")
        return EndpointError(
            f"the endpoint {where} refused the request (HTTP {exc.status_code}): {_server_message(exc, secrets)}"
        )
    if isinstance(exc, openai.APITimeoutError):
        return EndpointError(f"the endpoint {where} timed out{tries}")
    if isinstance(exc, openai.APIConnectionError):
        cause = exc.__cause__
        reason = f" ({type(cause).__name__}: {_cap(str(cause), 120)})" if cause is not None else ""
        return EndpointError(f"cannot reach the LLM endpoint at {where}{reason}{tries}")
    if isinstance(exc, openai.APIResponseValidationError | openai.APIError):
        return EndpointError(f"the endpoint {where} sent a response that is not a chat completion")
    if isinstance(exc, openai.OpenAIError):
        from summarizer.engines.fixtures import scrub

        return ConfigError(str(scrub(str(exc), secrets)))
    return EngineError(f"the LLM call failed: {type(exc).__name__}: {_cap(str(exc), 200)}")


# --------------------------------------------------------------------------- the engine


def cost_usd(model: str | None, tokens_in: int | None, tokens_out: int | None) -> float | None:
    """List-price cost of a call, for models in `PRICES_PER_MTOK`; None otherwise."""
    if model is None or tokens_in is None or tokens_out is None:
        return None
    price = PRICES_PER_MTOK.get(model) or next(
        (p for name, p in sorted(PRICES_PER_MTOK.items(), key=lambda kv: -len(kv[0])) if model.startswith(name + "-")),
        None,
    )
    if price is None:
        return None
    return round((tokens_in * price[0] + tokens_out * price[1]) / 1_000_000, 6)


def _is_openai(url: str | None) -> bool:
    return url is None or urlsplit(url).hostname == OPENAI_HOST


class OpenAIEngine(Engine):
    """Drafts with an LLM behind any OpenAI-compatible endpoint (OpenAI, vLLM, Ollama, llama.cpp)."""

    name: ClassVar[str] = "openai"

    def __init__(self, *, model: str | None = None, base_url: str | None = None, api_key: str | None = None,
                 transport: httpx2.BaseTransport | httpx2.AsyncBaseTransport | None = None,
                 sleep: Callable[[float], Any] | None = None, **options: Any) -> None:  # fmt: skip
        try:
            self.options = OpenAIOptions(
                model=model or os.environ.get("SUMMARIZER_MODEL") or DEFAULT_MODEL,
                base_url=base_url or os.environ.get("OPENAI_BASE_URL") or None,
                api_key=SecretStr(key) if (key := api_key or os.environ.get("OPENAI_API_KEY")) else None,
                **options,
            )
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(str(p) for p in err["loc"])
            raise ConfigError(f"engine option {where!r}: {err['msg']}") from None
        self.transport = transport
        self.sleep = sleep
        self.last_stats: _Stats | None = None
        self._client: Any = None
        self._client_lock = threading.Lock()

    # -- settings -------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self.options.base_url or f"https://{OPENAI_HOST}/v1"

    @property
    def max_article_chars(self) -> int:
        """Longest article that fits the model's context beside the prompt and the answer."""
        ctx = self.options.context_tokens or CONTEXT_TOKENS.get(self.options.model, DEFAULT_CONTEXT_TOKENS)
        room = ctx - PROMPT_TOKENS - (self.options.max_tokens or 4096)
        return max(0, int(room * URDU_CHARS_PER_TOKEN))

    @property
    def limit_note(self) -> str:
        return f"what fits the context of model {self.options.model!r}"

    def mode_name(self) -> str:
        mode = self.options.mode
        if mode == "tools_strict":  # instructor 1.17 maps TOOLS_STRICT to TOOLS
            mode = "tools"
        return mode or ("tools" if _is_openai(self.options.base_url) else "json")

    def _instructor_mode(self, mode: str) -> Any:
        import instructor

        return {"tools": instructor.Mode.TOOLS, "json": instructor.Mode.JSON,
                "json_schema": instructor.Mode.JSON_SCHEMA, "md_json": instructor.Mode.MD_JSON}[mode]  # fmt: skip

    def _secrets(self) -> tuple[str, ...]:
        key = self.options.api_key.get_secret_value() if self.options.api_key else ""
        return secrets_of(key, self.options.base_url)

    def secrets(self) -> tuple[str, ...]:
        return self._secrets()

    def _client_kwargs(self) -> dict[str, Any]:
        key = self.options.api_key.get_secret_value() if self.options.api_key else None
        if not key:
            if _is_openai(self.options.base_url):
                raise ConfigError(
                    "no API key for api.openai.com: set OPENAI_API_KEY (or pass api_key=); "
                    "for a local server set OPENAI_BASE_URL"
                )
            key = "not-needed"  # local OpenAI-compatible servers ignore it
        return {"api_key": key, "base_url": self.base_url, "max_retries": 0, "timeout": self.options.timeout}

    def _transport(self, *, is_async: bool) -> Any:
        transport = self.transport
        if self.options.record:
            import httpx2

            from summarizer.engines.replay import RecordingTransport

            inner = transport or (httpx2.AsyncHTTPTransport() if is_async else httpx2.HTTPTransport())
            transport = RecordingTransport(inner, self.options.fixtures, article_ref=self.options.article_ref,
                                           prompt_version=self.options.prompt_version, secrets=self._secrets())  # fmt: skip
        return transport

    def _request(self, article: str, model: str) -> dict[str, Any]:
        from summarizer.prompts import neutralise

        request: dict[str, Any] = {
            "response_model": _response_model(),
            "messages": template_messages(self.options.prompt_version),
            "context": {"source": article, "article": neutralise(article), "feedback_limit": self.options.feedback_limit},
            "max_retries": self.options.max_reasks,
            "model": model,
        }
        if self.options.temperature is not None:
            request["temperature"] = self.options.temperature
        if self.options.max_tokens is not None:
            request["max_tokens"] = self.options.max_tokens
        return request

    def _policy(self, sleep: Callable[[float], Any] | None) -> _CallPolicy:
        return _CallPolicy(self.options, self.base_url, self._secrets(), sleep)

    # -- running --------------------------------------------------------------------------

    def run(self, article: str) -> EngineResult:
        return self._run(article)

    async def arun(self, article: str) -> EngineResult:
        return await self._arun(article)

    def _run(self, article: str, *, mode: str | None = None, model: str | None = None,
             extra_headers: dict[str, str] | None = None) -> EngineResult:  # fmt: skip
        import httpx2
        import instructor
        import openai

        with self._client_lock:  # one client per engine: building one costs milliseconds
            if self._client is None:
                kwargs = self._client_kwargs()
                transport = self._transport(is_async=False)
                if transport is not None:
                    kwargs["http_client"] = httpx2.Client(transport=transport, timeout=self.options.timeout)
                self._client = openai.OpenAI(**kwargs)
            client = self._client
        policy, mode, request = self._prepare(article, mode, model, extra_headers)
        start = time.perf_counter()
        create = instructor.patch(create=policy.wrap(client.chat.completions.create), mode=self._instructor_mode(mode))
        try:
            parsed = create(**request)
        except Exception as exc:
            raise self._failure(exc, policy) from None
        finally:
            self.last_stats = policy.stats
        return self._result(parsed, policy.stats, start, mode)

    def close(self) -> None:
        """Close the engine's HTTP client (also closed when the engine is garbage-collected)."""
        with self._client_lock:
            if self._client is not None:
                self._client.close()
                self._client = None

    async def _arun(self, article: str, *, mode: str | None = None, model: str | None = None,
                    extra_headers: dict[str, str] | None = None) -> EngineResult:  # fmt: skip
        import httpx2
        import instructor
        import openai

        kwargs = self._client_kwargs()
        transport = self._transport(is_async=True)
        if transport is not None:
            kwargs["http_client"] = httpx2.AsyncClient(transport=transport, timeout=self.options.timeout)
        policy, mode, request = self._prepare(article, mode, model, extra_headers)
        start = time.perf_counter()
        async with openai.AsyncOpenAI(**kwargs) as client:
            create = instructor.patch(create=policy.awrap(client.chat.completions.create),
                                      mode=self._instructor_mode(mode))  # fmt: skip
            try:
                parsed = await create(**request)
            except Exception as exc:
                raise self._failure(exc, policy) from None
            finally:
                self.last_stats = policy.stats
        return self._result(parsed, policy.stats, start, mode)

    def _prepare(self, article: str, mode: str | None, model: str | None,
                 extra_headers: dict[str, str] | None) -> tuple[_CallPolicy, str, dict[str, Any]]:  # fmt: skip
        """The call policy, the mode and the request kwargs shared by the sync and async paths."""
        request = self._request(article, model or self.options.model)
        if extra_headers:
            request["extra_headers"] = extra_headers
        return self._policy(self.sleep), mode or self.mode_name(), request

    def _result(self, parsed: GroundedDraft, stats: _Stats, start: float, mode: str) -> EngineResult:
        draft = BriefDraft.model_validate(parsed.model_dump())
        model = stats.model or self.options.model
        meta = Meta(
            engine=self.name,
            model=model,
            prompt_version=self.options.prompt_version,
            attempts=max(stats.attempts, 1),
            tokens_in=stats.tokens_in,
            tokens_out=stats.tokens_out,
            latency_ms=round((time.perf_counter() - start) * 1000, 2),
            cost_usd=cost_usd(model, stats.tokens_in, stats.tokens_out) if stats.usage_complete else None,
        )
        log.debug("openai engine: %s attempts, mode %s, %s+%s tokens", meta.attempts, mode, meta.tokens_in, meta.tokens_out)
        return EngineResult(draft=draft, meta=meta)

    def _failure(self, exc: BaseException, policy: _CallPolicy) -> SummarizerError:
        """Translate what instructor raised into one of our errors."""
        from instructor.core import IncompleteOutputException, InstructorRetryException

        stats = policy.stats
        ours = _ours(exc)
        if isinstance(ours, _BudgetSpent):
            return ValidationFailed(f"the model's output still failed validation; {ours}", attempts=stats.attempts,
                                    last_output=_last_output(stats.last_completion))  # fmt: skip
        if ours is not None:
            return ours
        if isinstance(exc, IncompleteOutputException):
            return EngineError(
                f"the model stopped at max_tokens={self.options.max_tokens} before finishing the brief; "
                "raise max_tokens"
            )
        if isinstance(exc, InstructorRetryException):
            failures = getattr(exc, "failed_attempts", None) or []
            last = failures[-1].exception if failures else exc.__cause__
            if isinstance(last, IncompleteOutputException):
                return self._failure(last, policy)
            attempts = getattr(exc, "n_attempts", None) or stats.attempts
            return ValidationFailed(
                f"the model's output still failed validation after {attempts} attempt(s): {_summarize_error(last)}",
                attempts=attempts,
                last_output=_last_output(getattr(exc, "last_completion", None) or stats.last_completion),
            )
        return translate_error(exc, self.base_url, model=self.options.model, secrets=self._secrets(),
                               calls=stats.http_calls)  # fmt: skip


def _summarize_error(exc: BaseException | None) -> str:
    if exc is None:
        return "unknown error"
    if isinstance(exc, ValidationError):
        msgs = [str(e.get("msg", "")).removeprefix("Value error, ") for e in exc.errors()[:3]]
        text = "; ".join(" ".join(m.split()) for m in msgs)
        more = exc.error_count() - 3
        return _cap(text + (f" (+{more} more)" if more > 0 else ""), 400)
    return _cap(f"{type(exc).__name__}: {exc}", 400)


def _last_output(completion: Any) -> Any:
    text = _completion_text(completion)
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text
