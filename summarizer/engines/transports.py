"""httpx2 transports under the real openai client: replay from fixtures, and recording.

As httpx composes a client with a transport, the openai engine composes one client with one of:
- the live network (httpx2's own transport),
- `ReplayTransport`: `handle_request(request) -> Response` answers chat-completion requests
  from fixture files (see `fixtures.py`), so instructor's parsing, validation and re-ask loop
  run unchanged in tests and offline demos. It finds the article in the request's user message
  (or takes the key from the `X-Summarizer-Fixture-Key` header), and serves `responses[n]`
  where n is the number of assistant messages already in the request. A `draft` response is
  wrapped into a chat.completion shaped like the request (a tool call when the request has
  `tools`, JSON content otherwise) with estimated usage (characters / 4); a `body` is served
  verbatim.
- `RecordingTransport`: wraps another transport, forwards each request and writes what the
  endpoint answered as a fixture (origin "recorded"), with credentials scrubbed. Fixture files
  are named `<article stem>.<key>.json`, so two articles that share a file name
  (`a/story.ur.txt`, `b/story.ur.txt`) keep one fixture each.

Nothing here imports an engine.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import httpx2

from summarizer.engines.fixtures import Fixture, FixtureStore, fixture_key, save_fixture
from summarizer.errors import FixtureMissing
from summarizer.prompts import PROMPT_VERSION, extract_article

__all__ = ["KEY_HEADER", "RecordingTransport", "ReplayTransport", "completion_for_draft", "how_to_record"]

KEY_HEADER = "X-Summarizer-Fixture-Key"


def how_to_record(article_ref: str) -> str:
    return (f"record it with `summarizer summarize {article_ref} --engine openai --record` "
            "(or `summarizer eval ... --record`), or write an authored fixture")  # fmt: skip


def _request_key(request: httpx2.Request, body: dict[str, Any]) -> str:
    """The fixture key for a request: the engine's header, else the key of the article in it."""
    hinted = request.headers.get(KEY_HEADER)
    if hinted:
        return hinted
    article = None
    for message in body.get("messages", []):
        if message.get("role") == "user" and isinstance(message.get("content"), str):
            article = extract_article(message["content"])
            if article is not None:
                break
    if article is None:
        raise FixtureMissing("replay: the request holds no article between the prompt's markers", key="")
    return fixture_key(article)


def _assistant_count(body: dict[str, Any]) -> int:
    return sum(1 for m in body.get("messages", []) if m.get("role") == "assistant")


def completion_for_draft(draft: dict[str, Any], body: dict[str, Any], *, model: str, n: int) -> dict[str, Any]:
    """A chat.completion carrying `draft`, shaped for the request (tool call or JSON content)."""
    arguments = json.dumps(draft, ensure_ascii=False)
    tools = body.get("tools") or []
    if tools:
        message: dict[str, Any] = {
            "role": "assistant",
            "content": None,
            "tool_calls": [{"id": f"call_replay_{n}", "type": "function",
                            "function": {"name": tools[0]["function"]["name"], "arguments": arguments}}],
        }  # fmt: skip
        finish = "tool_calls"
    else:
        message = {"role": "assistant", "content": arguments}
        finish = "stop"
    sent = sum(len(str(m.get("content") or "")) for m in body.get("messages", []))
    usage = {"prompt_tokens": sent // 4, "completion_tokens": len(arguments) // 4}
    usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
    return {
        "id": f"chatcmpl-replay-{n}",
        "object": "chat.completion",
        "created": 0,
        "model": model,
        "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
        "usage": usage,
        "system_fingerprint": "replay-estimated-usage",
    }


class ReplayTransport(httpx2.BaseTransport, httpx2.AsyncBaseTransport):
    """Answers chat-completion requests from a fixture folder."""

    def __init__(self, store: FixtureStore | None = None) -> None:
        self.store = store or FixtureStore()
        self.served: list[tuple[str, int]] = []

    def _answer(self, request: httpx2.Request) -> httpx2.Response:
        body = json.loads(request.content or b"{}")
        key = _request_key(request, body)
        fixture = self.store.get(key)
        if fixture is None:
            raise FixtureMissing(
                f"no replay fixture with key {key} in {self.store.directory} for this article; "
                + how_to_record("ARTICLE"),
                key=key,
            )
        n = _assistant_count(body)
        if n >= len(fixture.responses):
            raise FixtureMissing(
                f"fixture {key} ({fixture.article}) has {len(fixture.responses)} response(s) but the request "
                f"needs response {n + 1} (a re-ask); add one or re-record: " + how_to_record(fixture.article),
                key=key,
            )
        self.served.append((key, n))
        response = fixture.responses[n]
        if "body" in response:
            payload = response["body"]
        else:
            payload = completion_for_draft(response["draft"], body, model=fixture.model, n=n)
        return httpx2.Response(200, json=payload, request=request)

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        request.read()
        return self._answer(request)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        await request.aread()
        return self._answer(request)


class RecordingTransport(httpx2.BaseTransport, httpx2.AsyncBaseTransport):
    """Forwards to a real transport and writes each chat completion into a fixture file."""

    def __init__(self, inner: Any, directory: str | os.PathLike[str] | None = None, *, article_ref: str | None = None,
                 prompt_version: str = PROMPT_VERSION, secrets: tuple[str, ...] = ()) -> None:  # fmt: skip
        self.inner = inner
        self.store = FixtureStore(directory)
        self.article_ref = article_ref
        self.prompt_version = prompt_version
        self.secrets = secrets
        self.written: list[Path] = []
        self._responses: dict[str, list[dict[str, Any]]] = {}

    def _record(self, request: httpx2.Request, response: httpx2.Response) -> httpx2.Response:
        content = response.content
        headers = [(k, v) for k, v in response.headers.items() if k.lower() not in ("content-encoding", "content-length")]
        fresh = httpx2.Response(response.status_code, headers=headers, content=content, request=request)
        if response.status_code != 200 or not request.url.path.endswith("/chat/completions"):
            return fresh
        try:
            body = json.loads(request.content or b"{}")
            answer = json.loads(content)
        except ValueError:
            return fresh
        key = _request_key(request, body)
        n = _assistant_count(body)
        responses = self._responses.get(key, []) if n else []
        responses = [*responses[:n], {"body": answer}]
        self._responses[key] = responses
        ref = self.article_ref or "<stdin>"
        fixture = Fixture(key=key, article=ref, origin="recorded", model=str(answer.get("model") or "unknown"),
                          prompt_version=self.prompt_version, note="recorded by summarizer --record",
                          responses=responses)  # fmt: skip
        existing = self.store.path_for(key)
        name = existing.stem if existing else _fixture_name(self.article_ref, key)
        path = save_fixture(fixture, self.store.directory, name=name, secrets=self.secrets)
        self.store.forget()
        if path not in self.written:
            self.written.append(path)
        return fresh

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        request.read()
        response = self.inner.handle_request(request)
        response.read()
        return self._record(request, response)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        await request.aread()
        response = await self.inner.handle_async_request(request)
        await response.aread()
        return self._record(request, response)

    def close(self) -> None:
        if hasattr(self.inner, "close"):
            self.inner.close()

    async def aclose(self) -> None:
        if hasattr(self.inner, "aclose"):
            await self.inner.aclose()


def _fixture_name(article_ref: str | None, key: str) -> str:
    """`<stem>.<key>`: readable, and unique per article whatever the file is called."""
    if not article_ref or article_ref == "-":
        return key
    name = Path(article_ref).name
    for suffix in (".ur.txt", ".txt", ".html", ".htm"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    else:
        name = Path(name).stem
    return f"{name}.{key}" if name else key
