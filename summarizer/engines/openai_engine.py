"""The LLM engine: any OpenAI-compatible endpoint, as one openai client over one httpx2 transport.

    OpenAIEngine = StructuredCall (instructor, call policy, error translation; `structured.py`)
                 + openai.OpenAI(http_client=httpx2.Client(transport=...))

The transport is the only thing that differs between live, replay and recording runs (as httpx
swaps `MockTransport` for a live one): the network by default, `ReplayTransport` for the replay
engine, `RecordingTransport` around either when `record=True` (see `transports.py`). Tests
hand in an `httpx2.MockTransport`.

`openai` and `instructor` are imported inside the methods, so importing this module is cheap.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, ValidationError

from summarizer.engines.base import Engine, EngineResult
from summarizer.engines.pricing import CONTEXT_TOKENS, DEFAULT_CONTEXT_TOKENS, PRICES_PER_MTOK, cost_usd
from summarizer.engines.structured import (
    CallOptions,
    CallOutcome,
    CallStats,
    GroundedDraft,
    StructuredCall,
    compact_history,
    draft_errors,
    translate_error,
)
from summarizer.errors import ConfigError
from summarizer.redact import secrets_of

if TYPE_CHECKING:
    import httpx2

    from summarizer.engines.cache import ResponseCache
    from summarizer.engines.limits import RateLimiter
    from summarizer.engines.offload import GroundingPool

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

DEFAULT_MODEL = "gpt-4o-mini"
OPENAI_HOST = "api.openai.com"
PROMPT_TOKENS = 2_000
"""Room the instructions and schema take beside the article."""
URDU_CHARS_PER_TOKEN = 1.5
"""Conservative: tokenizers without much Urdu split it finely."""


class OpenAIOptions(CallOptions):
    """Settings of one engine: the call's (see `CallOptions`) plus the endpoint's."""

    model: str = DEFAULT_MODEL
    base_url: str | None = None
    api_key: SecretStr | None = None
    timeout: float = Field(120.0, gt=0)
    context_tokens: int | None = None
    record: bool = False
    fixtures: str | None = None
    article_ref: str | None = None
    """Path the recorded fixture names as its article (record mode)."""
    cache: bool | str = False
    """Reuse answers already paid for: True for the default folder, or a folder path."""
    max_in_flight: int | None = Field(None, ge=1)
    rpm: float | None = Field(None, gt=0)
    """Client-side requests per minute (async path); the server's rate-limit headers always count."""
    tpm: float | None = Field(None, gt=0)
    """Client-side tokens per minute (prompt/4 + max_tokens per request, as OpenAI counts them)."""


def _is_openai(url: str | None) -> bool:
    return url is None or urlsplit(url).hostname == OPENAI_HOST


def engine_options(model: str | None, base_url: str | None, api_key: str | None, options: dict[str, Any]) -> OpenAIOptions:
    """Options from arguments, then the environment (SUMMARIZER_MODEL, OPENAI_BASE_URL, OPENAI_API_KEY)."""
    try:
        return OpenAIOptions(
            model=model or os.environ.get("SUMMARIZER_MODEL") or DEFAULT_MODEL,
            base_url=base_url or os.environ.get("OPENAI_BASE_URL") or None,
            api_key=SecretStr(key) if (key := api_key or os.environ.get("OPENAI_API_KEY")) else None,
            **options,
        )
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise ConfigError(f"engine option {where!r}: {err['msg']}") from None


class OpenAIEngine(Engine):
    """Drafts with an LLM behind any OpenAI-compatible endpoint (OpenAI, vLLM, Ollama, llama.cpp)."""

    name: ClassVar[str] = "openai"

    def __init__(self, *, model: str | None = None, base_url: str | None = None, api_key: str | None = None,
                 transport: httpx2.BaseTransport | httpx2.AsyncBaseTransport | None = None,
                 sleep: Callable[[float], Any] | None = None, grounding: GroundingPool | None = None,
                 **options: Any) -> None:  # fmt: skip
        """`grounding`: worker processes that ground async calls' answers (see `offload.py`);
        the engine uses it, the caller owns and closes it."""
        self.options = engine_options(model, base_url, api_key, options)
        self.transport = transport
        self.call = StructuredCall(self.options, endpoint=self.base_url, secrets=self._secrets(), sleep=sleep,
                                   cache=self._cache(), grounding=grounding)  # fmt: skip
        self._limiter: RateLimiter | None = None
        self._aclient: tuple[Any, Any] | None = None
        self._client: Any = None
        self._client_lock = threading.RLock()

    # -- settings -------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self.options.base_url or f"https://{OPENAI_HOST}/v1"

    @property
    def last_stats(self) -> CallStats | None:
        return self.call.last_stats

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
        """The structured-output mode: as configured, else strict json_schema for OpenAI, json elsewhere."""
        return self.options.mode or ("json_schema" if _is_openai(self.options.base_url) else "json")

    def _secrets(self) -> tuple[str, ...]:
        key = self.options.api_key.get_secret_value() if self.options.api_key else ""
        return secrets_of(key, self.options.base_url)

    def secrets(self) -> tuple[str, ...]:
        return self._secrets()

    def _cache(self) -> ResponseCache | None:
        if not self.options.cache:
            return None
        from summarizer.engines.cache import ResponseCache

        return ResponseCache(None if self.options.cache is True else self.options.cache)

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

            from summarizer.engines.transports import RecordingTransport

            inner = transport or (httpx2.AsyncHTTPTransport() if is_async else httpx2.HTTPTransport())
            transport = RecordingTransport(inner, self.options.fixtures, article_ref=self.options.article_ref,
                                           prompt_version=self.options.prompt_version, secrets=self._secrets())  # fmt: skip
        return transport

    def client(self) -> Any:
        """The engine's sync openai client (built once: building one costs milliseconds)."""
        import httpx2
        import openai

        with self._client_lock:
            if self._client is None:
                kwargs = self._client_kwargs()
                transport = self._transport(is_async=False)
                if transport is not None:
                    kwargs["http_client"] = httpx2.Client(transport=transport, timeout=self.options.timeout)
                self._client = openai.OpenAI(**kwargs)
            return self._client

    @property
    def limiter(self) -> RateLimiter:
        """Limits shared by every async call of this engine (in flight, rpm, tpm, server headers)."""
        from summarizer.engines.limits import RateLimiter

        with self._client_lock:
            if self._limiter is None:
                o = self.options
                self._limiter = RateLimiter(max_in_flight=o.max_in_flight, rpm=o.rpm, tpm=o.tpm)
            return self._limiter

    def async_client(self) -> Any:
        """A new async openai client over the engine's transport (async clients bind to one loop)."""
        import httpx2
        import openai

        from summarizer.engines.limits import LimitingTransport

        kwargs = self._client_kwargs()
        transport = LimitingTransport(self._transport(is_async=True) or httpx2.AsyncHTTPTransport(), self.limiter)
        kwargs["http_client"] = httpx2.AsyncClient(transport=transport, timeout=self.options.timeout)
        return openai.AsyncOpenAI(**kwargs)

    # -- running --------------------------------------------------------------------------

    def run(self, article: str) -> EngineResult:
        return self.complete(article)

    async def arun(self, article: str) -> EngineResult:
        return await self.acomplete(article)

    def complete(self, article: str, *, mode: str | None = None, model: str | None = None,
                 headers: dict[str, str] | None = None) -> EngineResult:  # fmt: skip
        """`run` with per-call settings: another mode or model name, extra request headers."""
        client = self.client()
        outcome = self.call.run(client.chat.completions.create, article, mode=mode or self.mode_name(),
                                model=model or self.options.model, extra_headers=headers)  # fmt: skip
        return self._result(outcome)

    async def acomplete(self, article: str, *, mode: str | None = None, model: str | None = None,
                        headers: dict[str, str] | None = None) -> EngineResult:  # fmt: skip
        """Async `complete`."""
        client = self._loop_client()
        outcome = await self.call.arun(client.chat.completions.create, article, mode=mode or self.mode_name(),
                                       model=model or self.options.model, extra_headers=headers)  # fmt: skip
        return self._result(outcome)

    def _loop_client(self) -> Any:
        """One async client per event loop: building one (SSL context, pool) costs tens of ms."""
        import asyncio

        loop = asyncio.get_running_loop()
        with self._client_lock:
            if self._aclient is None or self._aclient[0] is not loop:
                self._aclient = (loop, self.async_client())
            return self._aclient[1]

    def _result(self, outcome: CallOutcome) -> EngineResult:
        model = outcome.stats.model or self.options.model
        meta = outcome.meta(engine=self.name, model=model, prompt_version=self.options.prompt_version)
        return EngineResult(draft=outcome.draft, meta=meta)

    def close(self) -> None:
        """Close the engine's HTTP client (also closed when the engine is garbage-collected)."""
        with self._client_lock:
            if self._client is not None:
                self._client.close()
                self._client = None
