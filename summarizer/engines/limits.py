"""Client-side limits for live endpoints: requests in flight, requests and tokens per minute,
and the server's own rate-limit headers, as an httpx2 transport around the real one.

    LimitingTransport(inner, RateLimiter(max_in_flight=16, rpm=500, tpm=200_000))

- `max_in_flight`: at most this many requests on the wire at once;
- `rpm` / `tpm`: token buckets (capacity one minute's worth, refilled continuously); a request
  costs one request and its estimated tokens (prompt characters / 4 + `max_tokens`, as OpenAI
  counts them against the limit);
- the server's word wins: `Retry-After` / `retry-after-ms` on a 429 or 503, and
  `x-ratelimit-remaining-requests|tokens: 0` with `x-ratelimit-reset-requests|tokens`
  (`1s`, `6m0s`, `20ms`), pause every request until then.

Async only (the eval runner's live path is async); the sync path keeps tenacity's per-call
back-off.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx2

__all__ = ["LimitingTransport", "RateLimiter", "parse_duration"]

_DURATION = re.compile(r"(\d+(?:\.\d+)?)(ms|h|m|s)")
_UNIT = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}


def parse_duration(text: str | None) -> float | None:
    """Seconds in OpenAI's reset format (`1s`, `6m0s`, `20ms`, `1h2m`), or a plain number."""
    if not text:
        return None
    text = text.strip()
    try:
        return float(text)
    except ValueError:
        pass
    parts = _DURATION.findall(text)
    if not parts:
        return None
    return sum(float(n) * _UNIT[u] for n, u in parts)


@dataclass
class _Bucket:
    per_minute: float
    level: float = -1.0
    stamp: float = 0.0

    def wait_for(self, amount: float, now: float) -> float:
        """Seconds until `amount` is available (0: take it now)."""
        if self.level < 0:
            self.level, self.stamp = self.per_minute, now
        self.level = min(self.per_minute, self.level + (now - self.stamp) * self.per_minute / 60.0)
        self.stamp = now
        amount = min(amount, self.per_minute)  # a request larger than the bucket waits for a full one
        if self.level >= amount:
            self.level -= amount
            return 0.0
        return (amount - self.level) * 60.0 / self.per_minute


@dataclass
class RateLimiter:
    """Shared by every request of one engine (one event loop at a time)."""

    max_in_flight: int | None = None
    rpm: float | None = None
    tpm: float | None = None
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    paused_until: float = 0.0
    waits: list[float] = field(default_factory=list)
    """Seconds each throttled request waited (for tests and reports)."""
    _requests: _Bucket | None = None
    _tokens: _Bucket | None = None
    _sem: tuple[Any, asyncio.Semaphore] | None = None
    _lock: tuple[Any, asyncio.Lock] | None = None

    def __post_init__(self) -> None:
        self._requests = _Bucket(self.rpm) if self.rpm else None
        self._tokens = _Bucket(self.tpm) if self.tpm else None

    def _loop_bound(self) -> tuple[asyncio.Semaphore | None, asyncio.Lock]:
        loop = asyncio.get_running_loop()
        if self._lock is None or self._lock[0] is not loop:
            self._lock = (loop, asyncio.Lock())
            self._sem = (loop, asyncio.Semaphore(self.max_in_flight)) if self.max_in_flight else None
        return (self._sem[1] if self._sem else None), self._lock[1]

    async def acquire(self, tokens: int) -> None:
        sem, lock = self._loop_bound()
        if sem is not None:
            await sem.acquire()
        try:
            async with lock:  # one request at a time takes from the buckets, in arrival order
                waited = 0.0
                while True:
                    now = self.clock()
                    delay = max(0.0, self.paused_until - now)
                    if not delay and self._requests is not None:
                        delay = self._requests.wait_for(1, now)
                    if not delay and self._tokens is not None:
                        delay = self._tokens.wait_for(tokens, now)
                        if delay and self._requests is not None:
                            self._requests.level += 1  # give the request back while waiting for tokens
                    if not delay:
                        break
                    waited += delay
                    await self.sleep(delay)
                if waited:
                    self.waits.append(waited)
        except BaseException:
            if sem is not None:
                sem.release()
            raise

    def release(self) -> None:
        if self._sem is not None:
            self._sem[1].release()

    def observe(self, status: int, headers: Any) -> None:
        """Pause everyone when the server says so."""
        now = self.clock()
        pause = 0.0
        if status in (429, 503):
            ms = headers.get("retry-after-ms")
            hinted = float(ms) / 1000 if ms and ms.replace(".", "", 1).isdigit() else parse_duration(headers.get("retry-after"))
            pause = max(pause, hinted or 0.0)
        for kind in ("requests", "tokens"):
            remaining = headers.get(f"x-ratelimit-remaining-{kind}")
            if remaining is not None and remaining.strip() == "0":
                pause = max(pause, parse_duration(headers.get(f"x-ratelimit-reset-{kind}")) or 1.0)
        if pause:
            self.paused_until = max(self.paused_until, now + min(pause, 120.0))


def _estimate_tokens(request: httpx2.Request) -> int:
    try:
        body = json.loads(request.content or b"{}")
    except ValueError:
        return len(request.content) // 4
    prompt = sum(len(str(m.get("content") or "")) for m in body.get("messages", []))
    return prompt // 4 + int(body.get("max_tokens") or body.get("max_completion_tokens") or 0)


class LimitingTransport(httpx2.AsyncBaseTransport):
    """Waits for the limiter before each request and tells it what the server answered."""

    def __init__(self, inner: httpx2.AsyncBaseTransport, limiter: RateLimiter) -> None:
        self.inner = inner
        self.limiter = limiter

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        await request.aread()
        # Reading the body back costs a JSON parse per request: only a token budget needs it.
        await self.limiter.acquire(_estimate_tokens(request) if self.limiter.tpm else 0)
        try:
            response = await self.inner.handle_async_request(request)
            await response.aread()
        finally:
            self.limiter.release()
        self.limiter.observe(response.status_code, response.headers)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()
