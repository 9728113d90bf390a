"""Live concurrency: articles in flight on one event loop, client-side rate limits, server headers."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx2
import pytest
from openai_stub import OpenAIStub
from pipeline_support import article, good_draft, install_fake_validators

from summarizer.engines.limits import RateLimiter, parse_duration
from summarizer.engines.openai_engine import OpenAIEngine
from summarizer.engines.transports import completion_for_draft
from summarizer.evals.runner import EvalConfig, read_results, run_eval

EXTRA = "مزید تفصیلات بعد میں آئیں گی۔"  # team-written


@pytest.fixture(autouse=True)
def _fake_validators(monkeypatch: pytest.MonkeyPatch) -> None:
    install_fake_validators(monkeypatch)
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL"):
        monkeypatch.delenv(var, raising=False)


class FakeTime:
    """A clock that moves only when the limiter sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def _limiter(**kw: Any) -> tuple[RateLimiter, FakeTime]:
    t = FakeTime()
    return RateLimiter(clock=t.clock, sleep=t.sleep, **kw), t


def test_parse_duration() -> None:
    assert parse_duration("6m0s") == 360 and parse_duration("20ms") == pytest.approx(0.02)
    assert parse_duration("1.5") == 1.5 and parse_duration("1h2m3s") == 3723 and parse_duration("soon") is None


def test_requests_per_minute_spaces_requests() -> None:
    limiter, t = _limiter(rpm=2)

    async def go() -> None:
        for _ in range(4):
            await limiter.acquire(10)
            limiter.release()

    asyncio.run(go())
    assert t.now == pytest.approx(60.0)  # 2 at once (a full bucket), then one every 30 s
    assert t.slept == [pytest.approx(30.0), pytest.approx(30.0)]


def test_tokens_per_minute_wait_for_room() -> None:
    limiter, t = _limiter(tpm=1000)

    async def go() -> None:
        await limiter.acquire(800)
        await limiter.acquire(800)

    asyncio.run(go())
    assert t.now == pytest.approx(36.0)  # 600 tokens short at 1000/min


def test_server_headers_pause_everyone() -> None:
    limiter, t = _limiter()
    limiter.observe(429, httpx2.Headers({"retry-after": "7"}))
    limiter.observe(200, httpx2.Headers({"x-ratelimit-remaining-tokens": "0", "x-ratelimit-reset-tokens": "2s"}))

    async def go() -> None:
        await limiter.acquire(1)

    asyncio.run(go())
    assert t.now == pytest.approx(7.0)
    limiter.observe(200, httpx2.Headers({"x-ratelimit-remaining-requests": "0", "x-ratelimit-reset-requests": "1m"}))
    asyncio.run(go())
    assert t.now == pytest.approx(67.0)
    limiter.observe(200, httpx2.Headers({"x-ratelimit-remaining-requests": "5"}))
    asyncio.run(go())
    assert t.now == pytest.approx(67.0)


def test_engine_honours_a_429_with_headers_on_the_async_path() -> None:
    calls: list[int] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        calls.append(1)
        if len(calls) == 1:
            return httpx2.Response(429, headers={"retry-after-ms": "1500"}, json={"error": {"message": "slow down"}})
        body = json.loads(request.read())
        return httpx2.Response(200, json=completion_for_draft(good_draft(), body, model="gpt-4o-mini", n=0))

    sleeps: list[float] = []
    engine = OpenAIEngine(api_key="sk-test", transport=httpx2.MockTransport(handler), sleep=sleeps.append)
    result = asyncio.run(engine.arun(article()))
    assert len(calls) == 2 and result.meta.attempts == 1
    assert sleeps == [1.5]  # tenacity waited as the server asked
    assert engine.limiter.paused_until > 0  # and every other request would have too


def test_connections_stay_open_for_every_request_in_flight() -> None:
    """More in flight than httpx2 keeps alive by default (20): every round would close the
    extra connections and open new ones. The engine's pool keeps one per request in flight."""
    in_flight = 32

    async def rounds(engine: OpenAIEngine) -> None:
        for _ in range(3):
            await asyncio.gather(*(engine.arun(article()) for _ in range(in_flight)))

    with OpenAIStub([{"draft": good_draft()}], model="gpt-4o-mini", latency=0.2, keep_alive=True) as stub:
        asyncio.run(rounds(OpenAIEngine(base_url=stub.base_url, max_in_flight=in_flight, cache=False)))
    assert len(stub.connections) == 3 * in_flight and stub.max_in_flight == in_flight
    assert len(set(stub.connections)) == in_flight  # opened in the first round, reused after


def _dataset(tmp_path: Path, n: int) -> Path:
    rows = [{"id": f"a{i:03d}", "text": article() + "\n\n" + EXTRA + f" {i}"} for i in range(n)]
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_eval_keeps_jobs_articles_in_flight_and_no_more(tmp_path: Path) -> None:
    data = _dataset(tmp_path, 12)
    with OpenAIStub([{"draft": good_draft()}], model="gpt-4o-mini", latency=0.2) as stub:
        config = EvalConfig(dataset=str(data), engine="openai", base_url=stub.base_url, jobs=4, baselines=False,
                            cache=False)  # fmt: skip
        run = run_eval(config, tmp_path / "run", progress=False)
        assert stub.max_in_flight == 4  # bounded, and actually concurrent
        assert len(stub.requests) == 12
    assert run.new == 12 and sorted(r["id"] for r in read_results(tmp_path / "run")) == [f"a{i:03d}" for i in range(12)]
    assert all(r["status"] == "ok" for r in run.records)


def test_async_eval_stops_on_a_config_error(tmp_path: Path) -> None:
    from summarizer.errors import ConfigError

    data = _dataset(tmp_path, 3)
    config = EvalConfig(dataset=str(data), engine="openai", jobs=3, baselines=False, cache=False)  # no key, no URL
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        run_eval(config, tmp_path / "run", progress=False)
