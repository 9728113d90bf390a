"""Batch request bodies and batch answers, through the very path an online call takes.

A batch line must carry the request the online engine would send, and an answer must be
validated (and re-asked) exactly as online. Both come from running the openai engine over an
`AnswerTransport`: it serves the answers already known for an article in order, and when the
engine asks for one more it stops the call and hands back that request body. So

    step(article, [])                -> Step(request=<first request body>)
    step(article, [answer1])         -> Step(result=...)         answer1 passed validation
                                     -> Step(request=<re-ask>)   it failed; instructor re-asks
                                     -> Step(error=ValidationFailed)  no re-asks left

Nothing here talks to a network.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import httpx2
from pydantic import BaseModel, ConfigDict, Field

from summarizer.engines.base import EngineResult
from summarizer.engines.openai_engine import OpenAIEngine
from summarizer.engines.pricing import cost_usd
from summarizer.engines.structured import Mode
from summarizer.errors import EngineError, SummarizerError

__all__ = ["AnswerTransport", "BatchSettings", "Step", "step"]

OFFLINE_URL = "http://batch.invalid/v1"


class BatchSettings(BaseModel):
    """What every request of one batch run shares (kept in the run folder's state)."""

    model_config = ConfigDict(extra="forbid")

    model: str = "gpt-4o-mini"
    base_url: str | None = None
    mode: Mode = "json_schema"
    max_reasks: int = Field(default=2, ge=0, le=10)
    max_rounds: int = Field(default=4, ge=1, le=20)
    """Batches an article may ride in (answer, re-asks and resends after expired or errored lines)."""
    temperature: float | None = 0.0
    max_tokens: int | None = 4096


class _NextRequest(EngineError):
    """The engine asked for an answer not known yet; `body` is the request it would send."""

    def __init__(self, body: dict[str, Any]) -> None:
        super().__init__("request captured for a batch")
        self.body = body


class AnswerTransport(httpx2.BaseTransport):
    """Serves known chat completions in order; the request after them is captured, not sent."""

    def __init__(self, answers: list[dict[str, Any]]) -> None:
        self.answers = answers

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        body = json.loads(request.read() or b"{}")
        n = sum(1 for m in body.get("messages", []) if m.get("role") == "assistant")
        if n < len(self.answers):
            return httpx2.Response(200, json=self.answers[n], request=request)
        raise _NextRequest(body)


@dataclass(slots=True)
class Step:
    """Where an article stands given its answers: a result, the next request, or an error."""

    result: EngineResult | None = None
    request: dict[str, Any] | None = None
    error: SummarizerError | None = None


def engine_for(settings: BatchSettings, answers: list[dict[str, Any]]) -> OpenAIEngine:
    return OpenAIEngine(model=settings.model, base_url=OFFLINE_URL, api_key="batch", transport=AnswerTransport(answers),
                        mode=settings.mode, max_reasks=settings.max_reasks, temperature=settings.temperature,
                        max_tokens=settings.max_tokens, transport_retries=0, token_budget=None)  # fmt: skip


def step(article: str, answers: list[dict[str, Any]], settings: BatchSettings) -> Step:
    """Run the online path over `answers` for one (checked) article."""
    engine = engine_for(settings, answers)
    try:
        result = engine.run(article)
    except _NextRequest as nxt:
        return Step(request=nxt.body)
    except SummarizerError as exc:
        return Step(error=exc)
    finally:
        engine.close()
    meta = result.meta.model_copy(update={
        "engine": "openai-batch",
        "cost_usd": cost_usd(result.meta.model, result.meta.tokens_in, result.meta.tokens_out, batch=True),
    })  # fmt: skip
    return Step(result=EngineResult(result.draft, meta))
