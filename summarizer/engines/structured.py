"""The structured-call part every LLM engine shares: instructor, the call policy, error translation.

An engine supplies a `create` function (the openai client's `chat.completions.create` over some
httpx2 transport, or llama-cpp's `create_chat_completion_openai_v1`); `StructuredCall` runs it:

    request(article)  ->  instructor (parse, validate with the source in context, re-ask)
                             -> CallPolicy (strict schema, bounded history, token budget,
                                           response cache, rate limits, transport retries)
                                -> create(**kwargs)

- Validation: `GroundedDraft` (a `BriefDraft`) has a model validator that reads
  `info.context["source"]`, runs the grounding checks and raises `ValueError(reask_message(...))`
  on error findings, so instructor's own re-ask loop sends the model compact feedback. Given a
  `GroundingPool` (`offload.py`), an async call grounds each answer on a worker process first
  and the validator reads those findings from the context: the checks are most of an
  article's CPU, and on the loop they hold up every other article in flight.
- The prompt is rendered here (`render_prompt`, templates compiled once) and the validation
  context travels in a context variable (`VALIDATION`), not as instructor's `context`, which
  would make instructor compile both templates again on every call.
- Re-asks are bounded three ways: `max_reasks` (default 2, i.e. at most 3 attempts); each
  re-ask carries only the prompt, the latest output and its feedback (earlier attempts are
  replaced by one-line stubs, feedback capped at `feedback_chars`); and a `token_budget` over
  all attempts. instructor 1.17's re-ask handlers append the whole history, so the bounding is
  done in the create function we hand it (`CallPolicy.trim`) rather than in instructor.
- Strict structured outputs: in `json_schema` mode the request carries
  `response_format={"type": "json_schema", "json_schema": {"name", "schema", "strict": true}}`
  (instructor 1.17 leaves `strict` out; OpenAI enforces the schema with it, vLLM guides
  decoding with the same field); in `tools_strict` mode the function carries `strict: true`.
- Transport failures (429 honouring Retry-After, 408/409/5xx, timeouts, connection errors)
  are retried by tenacity around each call; the openai client's own retries are off.
- Errors are translated at this boundary: callers see `EndpointError`, `ConfigError`,
  `ValidationFailed`, never openai, instructor or httpx2 types, and never the API key.

`openai` and `instructor` are imported inside functions, so importing this module is cheap.
"""

from __future__ import annotations

import email.utils
import json
import math
import random
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache, lru_cache
from textwrap import dedent
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, model_validator

from summarizer import validators
from summarizer.engines.pricing import cost_usd
from summarizer.errors import ConfigError, EndpointError, EngineError, SummarizerError, ValidationFailed
from summarizer.grounded import draft_errors
from summarizer.prompts import PROMPT_VERSION, neutralise, template_messages
from summarizer.redact import public_url
from summarizer.schemas import BriefDraft, Meta, check_answer_size

if TYPE_CHECKING:
    from summarizer.engines.cache import ResponseCache
    from summarizer.engines.offload import GroundingPool

__all__ = [
    "PRIMED",
    "VALIDATION",
    "CallOptions",
    "CallOutcome",
    "CallPolicy",
    "CallStats",
    "GroundedDraft",
    "Mode",
    "StructuredCall",
    "as_templated",
    "compact_history",
    "draft_errors",
    "instructor_mode",
    "render_prompt",
    "response_model",
    "strict_request",
    "translate_error",
]

Mode = Literal["tools", "tools_strict", "json", "json_schema", "md_json"]


class CallOptions(BaseModel):
    """How one structured call behaves; a misspelt option is an error, not a silent default."""

    model_config = ConfigDict(extra="forbid")

    mode: Mode | None = None
    """How instructor asks for structure; default: json_schema (strict) for api.openai.com, json elsewhere."""
    max_reasks: int = Field(2, ge=0, le=10)
    transport_retries: int = Field(4, ge=0, le=20)
    max_wait: float = Field(60.0, ge=0)
    """Longest single wait between transport retries (also caps Retry-After)."""
    temperature: float | None = 0.0
    max_tokens: int | None = Field(4096, gt=0)
    token_budget: int | None = Field(60_000, gt=0)
    """Tokens (in + out, all attempts) after which no further re-ask is sent."""
    feedback_chars: int = Field(1500, ge=200)
    feedback_limit: int = Field(12, ge=1)
    prompt_version: str = PROMPT_VERSION


# --------------------------------------------------------------------------- validation stage


_SCHEMAS: dict[Any, str] = {}


class GroundedDraft(BriefDraft):
    """What the model returns for one article."""

    model_config = ConfigDict(title="BriefDraft")

    @classmethod
    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """Pydantic's schema, built once per class and arguments (instructor asks on every call).

        Kept as JSON text: each caller gets a fresh copy it may change, and parsing it again is
        7x faster than deep-copying the dict (0.08 ms against 0.56 ms).
        """
        key = (cls, args, tuple(sorted(kwargs.items(), key=lambda kv: kv[0])))
        schema = _SCHEMAS.get(key)
        if schema is None:
            schema = _SCHEMAS[key] = json.dumps(super().model_json_schema(*args, **kwargs))
        result: dict[str, Any] = json.loads(schema)
        return result

    @model_validator(mode="after")
    def _grounded_in_source(self, info: ValidationInfo) -> GroundedDraft:
        ctx = info.context or VALIDATION.get() or {}
        source = ctx.get("source")
        if not source:
            return self
        primed = ctx.get(PRIMED)
        errors = primed.pop(self.model_dump_json(), None) if primed else None
        if errors is None:
            errors = draft_errors(source, self)
        if errors:
            raise ValueError(validators.reask_message(errors, limit=ctx.get("feedback_limit", 12)))
        return self


PRIMED = "_grounded"
"""Context key of the error findings a grounding pool computed, by draft JSON (async calls)."""

VALIDATION: ContextVar[dict[str, Any] | None] = ContextVar("summarizer_validation", default=None)
"""The validation context of the structured call running in this task or thread.

The call renders its prompt itself (`render_prompt`) and hands instructor no `context`, so
instructor does not recompile the templates on every call (~5 ms: a new Jinja sandbox and a
compile per message); the validator reads the article from here instead. An explicit
validation context, when a caller passes one to pydantic, still wins."""


@lru_cache(maxsize=64)
def _compiled(text: str) -> Any:
    """One prompt template (a version's message with `{{ article }}` in place), compiled once."""
    from jinja2.sandbox import SandboxedEnvironment

    return SandboxedEnvironment().from_string(text)


def as_templated(text: str) -> str:
    """Text without template syntax as instructor's templating returns it: Jinja's newlines
    (one trailing newline dropped, CR LF as LF), then dedent.

    What instructor adds to a rendered system message (JSON modes: the schema) went through
    its templating before the prompt was rendered here; this keeps those requests byte for byte
    (and the response cache's keys) as they were. Text with template syntax is left alone: it
    is never compiled, whatever put it there.
    """
    if "{{" in text or "{%" in text or "{#" in text:
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return dedent(text[:-1] if text.endswith("\n") else text)


def render_prompt(messages: list[dict[str, Any]], context: dict[str, Any]) -> list[dict[str, Any]]:
    """The messages rendered as instructor renders them from a context (a sandboxed Jinja
    template per message, then dedent), with each template compiled once per process."""
    return [{**m, "content": dedent(_compiled(m["content"]).render(**context))} if isinstance(m.get("content"), str)
            else m for m in messages]  # fmt: skip


@cache
def response_model() -> type[GroundedDraft]:
    """GroundedDraft wrapped once in instructor's ResponseSchema.

    instructor wraps a plain model anew on every call, which defeats its schema cache and
    rebuilds the JSON Schema each time (milliseconds); a pre-wrapped model is used as is.
    """
    from instructor.v2.core.function_calls import response_schema

    model: type[GroundedDraft] = response_schema(GroundedDraft)
    return model


def instructor_mode(mode: str) -> Any:
    """instructor's Mode for ours (`tools_strict` is tools plus `strict` added by the policy)."""
    import instructor

    return {"tools": instructor.Mode.TOOLS, "tools_strict": instructor.Mode.TOOLS, "json": instructor.Mode.JSON,
            "json_schema": instructor.Mode.JSON_SCHEMA, "md_json": instructor.Mode.MD_JSON}[mode]  # fmt: skip


def strict_request(kwargs: dict[str, Any], mode: str) -> dict[str, Any]:
    """The request with `strict: true` on its schema (json_schema and tools_strict modes)."""
    if mode == "json_schema":
        fmt = kwargs.get("response_format")
        if isinstance(fmt, dict) and fmt.get("type") == "json_schema":
            kwargs = {**kwargs, "response_format": {**fmt, "json_schema": {**fmt["json_schema"], "strict": True}}}
    elif mode == "tools_strict":
        tools = kwargs.get("tools")
        if tools:
            kwargs = {**kwargs, "tools": [{**t, "function": {**t["function"], "strict": True}} for t in tools]}
    return kwargs


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
class CallStats:
    """What one structured call cost: attempts, HTTP calls, tokens (all, and served from cache)."""

    attempts: int = 0
    http_calls: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    cached_in: int = 0
    cached_out: int = 0
    cache_hits: int = 0
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


def _out_of_quota(exc: BaseException) -> bool:
    """A 429 that waiting will not cure: the account has no quota left (OpenAI's insufficient_quota)."""
    body = getattr(exc, "body", None)
    marks = {getattr(exc, "code", None), getattr(exc, "type", None)}
    if isinstance(body, dict):
        marks |= {body.get("code"), body.get("type")}
    return "insufficient_quota" in marks


def _describe(completion: Any) -> str:
    text = completion if isinstance(completion, str) else None
    if text is not None:
        return "an HTML page" if text.lstrip()[:15].lower().startswith(("<!doctype", "<html")) else "plain text"
    return f"no choices in a {type(completion).__name__}"


def _is_transient(exc: BaseException) -> bool:
    import openai

    if isinstance(exc, openai.APIStatusError):
        if exc.status_code == 429 and _out_of_quota(exc):
            return False
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
class CallPolicy:
    """Wraps a raw `create`: strict schema, history bound, token budget, cache, limits, retries."""

    options: CallOptions
    endpoint: str
    mode: str
    secrets: tuple[str, ...] = ()
    sleep: Callable[[float], Any] | None = None
    cache: ResponseCache | None = None
    model: str = ""
    stats: CallStats = field(default_factory=CallStats)
    prepare: Callable[[Any], Awaitable[None]] | None = None
    """Awaited with each accepted completion before instructor parses it (async calls only)."""
    context: dict[str, Any] | None = None
    """Set when the prompt was rendered before instructor saw it: `trim` then finishes the
    system message as instructor's templating would have (`as_templated`)."""

    def trim(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        kwargs = strict_request(dict(kwargs), self.mode)
        kwargs["messages"] = compact_history(kwargs["messages"], self.options.feedback_chars)
        if self.context is not None:
            kwargs["messages"] = [{**m, "content": as_templated(m["content"])}
                                  if m.get("role") == "system" and isinstance(m.get("content"), str) else m
                                  for m in kwargs["messages"]]  # fmt: skip
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

    def _done(self, completion: Any, kwargs: dict[str, Any], *, cached: bool = False) -> Any:
        if not getattr(completion, "choices", None):  # e.g. a proxy's HTML page sent with status 200
            raise EndpointError(
                f"the endpoint {public_url(self.endpoint)} answered with something that is not a chat completion "
                f"({_describe(completion)}); check the base URL (OpenAI-compatible servers usually end in /v1)"
            )
        check_answer_size(_completion_text(completion), attempts=self.stats.attempts + 1)
        tin, tout, real = _usage(completion, kwargs)
        self.stats.attempts += 1
        self.stats.tokens_in += tin
        self.stats.tokens_out += tout
        if cached:
            self.stats.cache_hits += 1
            self.stats.cached_in += tin
            self.stats.cached_out += tout
        self.stats.usage_complete &= real
        self.stats.last_completion = completion
        self.stats.model = getattr(completion, "model", None) or self.stats.model
        return completion

    def _fail(self, exc: BaseException) -> SummarizerError:
        self.stats.last_error = exc
        return translate_error(exc, self.endpoint, model=self.model, secrets=self.secrets,
                               calls=self.stats.http_calls)  # fmt: skip

    def _cached(self, kwargs: dict[str, Any]) -> tuple[str | None, Any]:
        if self.cache is None:
            return None, None
        key = self.cache.key(public_url(self.endpoint) or "", kwargs)
        return key, self.cache.get(key)

    def _store(self, key: str | None, completion: Any) -> None:
        if self.cache is not None and key is not None:
            self.cache.put(key, completion)

    def wrap(self, create: Callable[..., Any]) -> Callable[..., Any]:
        from tenacity import Retrying

        def call(*args: Any, **kwargs: Any) -> Any:
            kwargs = self.trim(kwargs)
            key, hit = self._cached(kwargs)
            if hit is not None:
                return self._done(hit, kwargs, cached=True)
            extra: dict[str, Any] = {"sleep": self.sleep} if self.sleep else {}
            try:
                for attempt in Retrying(**self._retrying_kwargs(), **extra):
                    with attempt:
                        self.stats.http_calls += 1
                        completion = create(*args, **kwargs)
            except Exception as exc:
                raise self._fail(exc) from None
            self._store(key, completion)
            return self._done(completion, kwargs)

        return call

    def awrap(self, create: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
        from tenacity import AsyncRetrying

        async def call(*args: Any, **kwargs: Any) -> Any:
            kwargs = self.trim(kwargs)
            key, hit = self._cached(kwargs)
            if hit is not None:
                return await self._prepared(self._done(hit, kwargs, cached=True))
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
            self._store(key, completion)
            return await self._prepared(self._done(completion, kwargs))

        return call

    async def _prepared(self, completion: Any) -> Any:
        if self.prepare is not None:
            await self.prepare(completion)
        return completion


# --------------------------------------------------------------------------- errors at the boundary


def _server_message(exc: Any, secrets: tuple[str, ...]) -> str:
    from summarizer.redact import scrub

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
    where = public_url(base_url)
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
        if _out_of_quota(exc) or "quota" in detail.lower():
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
        from summarizer.redact import scrub

        return ConfigError(str(scrub(str(exc), secrets)))
    return EngineError(f"the LLM call failed: {type(exc).__name__}: {_cap(str(exc), 200)}")


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


# --------------------------------------------------------------------------- the call


@dataclass(slots=True)
class CallOutcome:
    """A validated draft and what getting it cost."""

    draft: BriefDraft
    stats: CallStats
    latency_ms: float
    mode: str

    def meta(self, *, engine: str, model: str, prompt_version: str, priced: bool = True) -> Meta:
        """Run metadata; `priced=False` for calls that cost nothing (local, authored fixtures)."""
        stats = self.stats
        paid_in, paid_out = stats.tokens_in - stats.cached_in, stats.tokens_out - stats.cached_out
        cost = cost_usd(model, paid_in, paid_out) if priced and stats.usage_complete else None
        return Meta(engine=engine, model=model, prompt_version=prompt_version, attempts=max(stats.attempts, 1),
                    tokens_in=stats.tokens_in, tokens_out=stats.tokens_out, latency_ms=self.latency_ms,
                    cost_usd=cost)  # fmt: skip


class StructuredCall:
    """One article -> one validated draft through instructor, for any `create` function.

    `endpoint` names where calls go (in error messages and cache keys); `secrets` are masked in
    every message; `sleep` replaces time.sleep between transport retries (tests pass a fake);
    `grounding` grounds async calls' answers on worker processes.
    """

    def __init__(self, options: CallOptions, *, endpoint: str, secrets: tuple[str, ...] = (),
                 sleep: Callable[[float], Any] | None = None, cache: ResponseCache | None = None,
                 grounding: GroundingPool | None = None) -> None:  # fmt: skip
        self.options = options
        self.endpoint = endpoint
        self.secrets = secrets
        self.sleep = sleep
        self.cache = cache
        self.grounding = grounding
        self.last_stats: CallStats | None = None

    def request(self, article: str, model: str, extra_headers: dict[str, str] | None = None) -> dict[str, Any]:
        """instructor's kwargs for one article: the rendered prompt and the validation context
        (`context`, popped by `_validating` before the call and set as `VALIDATION`)."""
        context = {"source": article, "article": neutralise(article), "feedback_limit": self.options.feedback_limit}
        request: dict[str, Any] = {
            "response_model": response_model(),
            "messages": render_prompt(template_messages(self.options.prompt_version), context),
            "context": context,
            "max_retries": self.options.max_reasks,
            "model": model,
        }
        if self.options.temperature is not None:
            request["temperature"] = self.options.temperature
        if self.options.max_tokens is not None:
            request["max_tokens"] = self.options.max_tokens
        if extra_headers:
            request["extra_headers"] = extra_headers
        return request

    @staticmethod
    @contextmanager
    def _validating(request: dict[str, Any]) -> Iterator[dict[str, Any]]:
        """The request without `context` (the prompt is rendered already), with the context
        set for the validator for the duration of the call."""
        token = VALIDATION.set(request.pop("context"))
        try:
            yield request
        finally:
            VALIDATION.reset(token)

    def policy(self, mode: str, model: str) -> CallPolicy:
        return CallPolicy(self.options, self.endpoint, mode, self.secrets, self.sleep, self.cache, model)

    def run(self, create: Callable[..., Any], article: str, *, mode: str, model: str,
            extra_headers: dict[str, str] | None = None) -> CallOutcome:  # fmt: skip
        import instructor

        policy = self.policy(mode, model)
        request = self.request(article, model, extra_headers)
        policy.context = request["context"]
        patched = instructor.patch(create=policy.wrap(create), mode=instructor_mode(mode))
        start = time.perf_counter()
        try:
            with self._validating(request) as request:
                parsed = patched(**request)
        except Exception as exc:
            raise self.failure(exc, policy) from None
        finally:
            self.last_stats = policy.stats
        return self._outcome(parsed, policy.stats, start, mode)

    async def arun(self, create: Callable[..., Awaitable[Any]], article: str, *, mode: str, model: str,
                   extra_headers: dict[str, str] | None = None) -> CallOutcome:  # fmt: skip
        """`run` on an event loop; with a grounding pool, each answer is grounded on a worker."""
        import instructor

        policy = self.policy(mode, model)
        request = self.request(article, model, extra_headers)
        policy.context = request["context"]
        if self.grounding is not None:
            policy.prepare = self._grounder(article, request["context"])
        patched = instructor.patch(create=policy.awrap(create), mode=instructor_mode(mode))
        start = time.perf_counter()
        try:
            with self._validating(request) as request:
                parsed = await patched(**request)
        except Exception as exc:
            raise self.failure(exc, policy) from None
        finally:
            self.last_stats = policy.stats
        return self._outcome(parsed, policy.stats, start, mode)

    def _grounder(self, article: str, context: dict[str, Any]) -> Callable[[Any], Awaitable[None]]:
        """Ground each answer on the pool: its errors for the validator, its result for `ground`."""
        from summarizer.grounded import remember

        pool = self.grounding
        primed: dict[str, list[Any]] = {}
        context[PRIMED] = primed

        async def prepare(completion: Any) -> None:
            text = _completion_text(completion)
            done = await pool.ground(article, text) if pool is not None and text else None
            if done is not None:
                key, result = done
                primed[key] = [f for f in result[1].findings if f.severity == "error"]
                remember(article, key, result)

        return prepare

    @staticmethod
    def _outcome(parsed: GroundedDraft, stats: CallStats, start: float, mode: str) -> CallOutcome:
        draft = BriefDraft.model_validate(parsed.model_dump())
        return CallOutcome(draft, stats, round((time.perf_counter() - start) * 1000, 2), mode)

    def failure(self, exc: BaseException, policy: CallPolicy) -> SummarizerError:
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
                return self.failure(last, policy)
            attempts = getattr(exc, "n_attempts", None) or stats.attempts
            return ValidationFailed(
                f"the model's output still failed validation after {attempts} attempt(s): {_summarize_error(last)}",
                attempts=attempts,
                last_output=_last_output(getattr(exc, "last_completion", None) or stats.last_completion),
            )
        return translate_error(exc, self.endpoint, model=policy.model, secrets=self.secrets,
                               calls=stats.http_calls)  # fmt: skip
