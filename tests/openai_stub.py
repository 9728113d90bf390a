"""A tiny OpenAI-compatible HTTP server on 127.0.0.1 (ephemeral port) for tests.

    with OpenAIStub([{"draft": {...}}, {"status": 429, "headers": {"Retry-After": "0"}}]) as stub:
        summarize(text, engine="openai", base_url=stub.base_url, api_key="sk-test")
        stub.requests   # the JSON bodies received, in order

Each queued item answers one POST /v1/chat/completions, in order (the last one repeats):
- {"draft": {...}}: a chat.completion carrying the draft, shaped like the request (a tool call
  when the request has `tools`, JSON content otherwise), with usage numbers;
- {"body": {...}}: that JSON, verbatim, with status 200;
- {"status": 500, "body": {...}, "headers": {...}}: an error response.
With `api_key=...` set, requests without `Authorization: Bearer <api_key>` get a 401.
With `echo_auth=True`, the Authorization header is copied into the completion's
`system_fingerprint` (to prove that recorded fixtures scrub it). GET /v1/models lists `model`.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["OpenAIStub"]


def _completion(draft: dict[str, Any], request: dict[str, Any], model: str, n: int) -> dict[str, Any]:
    arguments = json.dumps(draft, ensure_ascii=False)
    tools = request.get("tools") or []
    if tools:
        message: dict[str, Any] = {"role": "assistant", "content": None, "tool_calls": [
            {"id": f"call_{n}", "type": "function",
             "function": {"name": tools[0]["function"]["name"], "arguments": arguments}}]}  # fmt: skip
    else:
        message = {"role": "assistant", "content": arguments}
    return {
        "id": f"chatcmpl-stub-{n}", "object": "chat.completion", "created": 1700000000, "model": model,
        "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls" if tools else "stop"}],
        "usage": {"prompt_tokens": 1000 + n, "completion_tokens": 200 + n, "total_tokens": 1200 + 2 * n},
    }  # fmt: skip


class OpenAIStub:
    """Scripted OpenAI-compatible endpoint; use as a context manager."""

    def __init__(self, responses: list[dict[str, Any]], *, model: str = "stub-model",
                 api_key: str | None = None, echo_auth: bool = False) -> None:  # fmt: skip
        if not responses:
            raise ValueError("queue at least one response")
        self.responses = list(responses)
        self.model = model
        self.api_key = api_key
        self.echo_auth = echo_auth
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def __enter__(self) -> OpenAIStub:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def _next(self, request: dict[str, Any], headers: dict[str, str]) -> tuple[int, dict[str, str], dict[str, Any]]:
        with self._lock:
            n = len(self.requests)
            self.requests.append(request)
            self.headers.append(headers)
            item = self.responses[min(n, len(self.responses) - 1)]
        auth = headers.get("authorization", "")
        if self.api_key is not None and auth != f"Bearer {self.api_key}":
            shown = auth.removeprefix("Bearer ")
            body = {"error": {"message": f"Incorrect API key provided: {shown}", "type": "invalid_request_error",
                              "code": "invalid_api_key"}}  # fmt: skip
            return 401, {}, body
        if "draft" in item:
            body = _completion(item["draft"], request, self.model, n)
            if self.echo_auth:
                body["system_fingerprint"] = auth
            return 200, {}, body
        return int(item.get("status", 200)), dict(item.get("headers", {})), item.get("body", {})

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
                pass

            def _send(self, status: int, headers: dict[str, str], body: dict[str, Any]) -> None:
                data = json.dumps(body, ensure_ascii=False).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                if self.path.rstrip("/").endswith("/models"):
                    self._send(200, {}, {"object": "list", "data": [{"id": stub.model, "object": "model"}]})
                else:
                    self._send(404, {}, {"error": {"message": "not found"}})

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self._send(404, {}, {"error": {"message": f"no route {self.path}"}})
                    return
                try:
                    request = json.loads(raw or b"{}")
                except ValueError:
                    self._send(400, {}, {"error": {"message": "body is not JSON"}})
                    return
                headers = {k.lower(): v for k, v in self.headers.items()}
                self._send(*stub._next(request, headers))

        return Handler
