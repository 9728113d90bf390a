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

Files and Batches (the Batch API): POST /v1/files (multipart), GET /v1/files/ID/content,
POST /v1/batches, GET /v1/batches/ID, GET /v1/batches. A batch is `validating`, then
`in_progress` on the first look-up, and finishes on the second as `plans[n]` says for the n-th
batch created (default: completed):
    {"status": "completed" | "expired" | "cancelled" | "failed", "answer": N (answer only the
     first N lines; the rest go to the error file as batch_expired / batch_cancelled),
     "errors": {custom_id: status} (that line answers with an HTTP error in the output file),
     "error_lines": {custom_id: message} (that line goes to the error file)}
Each answered line takes the next queued chat response, or `batch_answer(custom_id, body)` when given.
With `latency=L`, each chat completion is answered after L seconds (`max_in_flight` records
the most requests it held at once). With `keep_alive=True` it speaks HTTP/1.1 and keeps
connections open (`connections` holds the client address of each chat completion). With `echo_auth=True`, the Authorization header is copied into the completion's
`system_fingerprint` (to prove that recorded fixtures scrub it). GET /v1/models lists `model`.
"""

from __future__ import annotations

import email.parser
import json
import re
import threading
import time
from collections.abc import Callable
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


class _Server(ThreadingHTTPServer):
    request_queue_size = 256  # many clients connect at once in the concurrency tests
    daemon_threads = True


class OpenAIStub:
    """Scripted OpenAI-compatible endpoint; use as a context manager."""

    def __init__(self, responses: list[dict[str, Any]], *, model: str = "stub-model",
                 api_key: str | None = None, echo_auth: bool = False, latency: float = 0.0,
                 keep_alive: bool = False) -> None:  # fmt: skip
        if not responses:
            raise ValueError("queue at least one response")
        self.responses = list(responses)
        self.model = model
        self.api_key = api_key
        self.echo_auth = echo_auth
        self.latency = latency
        self.keep_alive = keep_alive
        self.connections: list[tuple[str, int]] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.files: dict[str, bytes] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self.plans: list[dict[str, Any]] = []
        self.batch_answer: Callable[[str, dict[str, Any]], dict[str, Any]] | None = None
        self.downloads: list[str] = []
        self._looks: dict[str, int] = {}
        self._lock = threading.RLock()
        self._server = _Server(("127.0.0.1", 0), self._handler())
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

    # -- Files and Batches ------------------------------------------------------------------

    def _new_file(self, name: str, data: bytes, purpose: str) -> dict[str, Any]:
        with self._lock:
            file_id = f"file-{len(self.files) + 1}"
            self.files[file_id] = data
        return {"id": file_id, "object": "file", "bytes": len(data), "created_at": 1700000000,
                "filename": name, "purpose": purpose, "status": "processed"}  # fmt: skip

    def _upload(self, content_type: str, raw: bytes) -> tuple[int, dict[str, str], dict[str, Any]]:
        msg = email.parser.BytesParser().parsebytes(b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + raw)
        fields: dict[str, tuple[str | None, bytes]] = {}
        for part in msg.get_payload():  # type: ignore[union-attr]
            payload = part.get_payload(decode=True) or b""
            fields[part.get_param("name", header="content-disposition")] = (part.get_filename(), payload)
        name, data = fields.get("file", (None, b""))
        purpose = fields.get("purpose", (None, b""))[1].decode()
        return 200, {}, self._new_file(name or "upload.jsonl", data, purpose)

    def _batch_view(self, batch: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in batch.items() if not k.startswith("_")}

    def _create_batch(self, request: dict[str, Any]) -> tuple[int, dict[str, str], dict[str, Any]]:
        if request.get("input_file_id") not in self.files:
            return 400, {}, {"error": {"message": "no such input file"}}
        with self._lock:
            n = len(self.batches)
            batch_id = f"batch_{n + 1}"
            lines = [json.loads(x) for x in self.files[request["input_file_id"]].splitlines() if x.strip()]
            self.batches[batch_id] = {
                "id": batch_id, "object": "batch", "endpoint": request.get("endpoint"), "errors": None,
                "input_file_id": request["input_file_id"], "completion_window": request.get("completion_window"),
                "status": "validating", "output_file_id": None, "error_file_id": None, "created_at": 1700000000,
                "metadata": request.get("metadata"),
                "request_counts": {"total": len(lines), "completed": 0, "failed": 0},
                "_plan": self.plans[n] if n < len(self.plans) else {}, "_lines": lines,
            }  # fmt: skip
        return 200, {}, self._batch_view(self.batches[batch_id])

    def _answer_line(self, line: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if self.batch_answer is not None:
            item = self.batch_answer(line["custom_id"], line["body"])
            if "draft" in item:
                return 200, _completion(item["draft"], line["body"], self.model, len(self.requests))
            return int(item.get("status", 200)), item.get("body", {})
        status, _, body = self._next(line["body"], {"authorization": f"Bearer {self.api_key}"})
        return status, body

    def _finish(self, batch: dict[str, Any]) -> None:
        plan = batch["_plan"]
        status = plan.get("status", "completed")
        lines = batch["_lines"]
        if status == "failed":
            batch.update(status="failed", errors={"object": "list", "data": [
                {"code": "invalid_request", "message": plan.get("message", "the input file is invalid"), "line": 1}]})  # fmt: skip
            return
        answer_n = plan.get("answer", len(lines))
        outputs, errors = [], []
        for i, line in enumerate(lines):
            cid = line["custom_id"]
            if cid in plan.get("error_lines", {}):
                errors.append({"id": f"req_{i}", "custom_id": cid, "response": None,
                               "error": {"code": "server_error", "message": plan["error_lines"][cid]}})  # fmt: skip
            elif i >= answer_n:
                code = "batch_expired" if status == "expired" else "batch_cancelled"
                errors.append({"id": f"req_{i}", "custom_id": cid, "response": None,
                               "error": {"code": code, "message": f"This request could not be executed ({code})."}})  # fmt: skip
            elif cid in plan.get("errors", {}):
                code = int(plan["errors"][cid])
                outputs.append({"id": f"req_{i}", "custom_id": cid, "error": None, "response": {
                    "status_code": code, "request_id": f"r{i}", "body": {"error": {"message": f"status {code}"}}}})  # fmt: skip
            else:
                code, body = self._answer_line(line)
                outputs.append({"id": f"req_{i}", "custom_id": cid, "error": None,
                                "response": {"status_code": code, "request_id": f"r{i}", "body": body}})  # fmt: skip
        for rows, key in ((outputs, "output_file_id"), (errors, "error_file_id")):
            if rows:
                data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
                batch[key] = self._new_file(f"{batch['id']}-{key}.jsonl", data, "batch_output")["id"]
        ok = sum(1 for r in outputs if r["response"]["status_code"] == 200)
        batch.update(status=status, request_counts={"total": len(lines), "completed": ok, "failed": len(lines) - ok})

    def _look(self, batch_id: str) -> tuple[int, dict[str, str], dict[str, Any]]:
        batch = self.batches.get(batch_id)
        if batch is None:
            return 404, {}, {"error": {"message": f"no batch {batch_id}"}}
        with self._lock:
            looks = self._looks[batch_id] = self._looks.get(batch_id, 0) + 1
            if batch["status"] == "validating":
                batch["status"] = "in_progress"
            elif batch["status"] == "in_progress" and looks >= 2:
                self._finish(batch)
        return 200, {}, self._batch_view(batch)

    def _get(self, path: str) -> tuple[int, dict[str, str], Any]:
        if path.endswith("/models"):
            return 200, {}, {"object": "list", "data": [{"id": self.model, "object": "model"}]}
        if m := re.search(r"/files/([^/]+)/content$", path):
            if m.group(1) not in self.files:
                return 404, {}, {"error": {"message": "no such file"}}
            self.downloads.append(m.group(1))
            return 200, {"Content-Type": "application/octet-stream"}, self.files[m.group(1)]
        if m := re.search(r"/batches/([^/]+)$", path):
            return self._look(m.group(1))
        if path.endswith("/batches"):
            data = [self._batch_view(b) for b in reversed(list(self.batches.values()))]
            return 200, {}, {"object": "list", "data": data, "has_more": False,
                             "first_id": data[0]["id"] if data else None, "last_id": data[-1]["id"] if data else None}  # fmt: skip
        return 404, {}, {"error": {"message": "not found"}}

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1" if stub.keep_alive else "HTTP/1.0"
            disable_nagle_algorithm = stub.keep_alive

            def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
                pass

            def _send(self, status: int, headers: dict[str, str], body: Any) -> None:
                data = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode("utf-8")
                self.send_response(status)
                if "Content-Type" not in headers:
                    self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                self._send(*stub._get(self.path.split("?")[0].rstrip("/")))

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                path = self.path.split("?")[0].rstrip("/")
                if path.endswith("/files"):
                    self._send(*stub._upload(self.headers.get("Content-Type", ""), raw))
                    return
                if path.endswith("/batches"):
                    self._send(*stub._create_batch(json.loads(raw or b"{}")))
                    return
                if not path.endswith("/chat/completions"):
                    self._send(404, {}, {"error": {"message": f"no route {self.path}"}})
                    return
                try:
                    request = json.loads(raw or b"{}")
                except ValueError:
                    self._send(400, {}, {"error": {"message": "body is not JSON"}})
                    return
                headers = {k.lower(): v for k, v in self.headers.items()}
                with stub._lock:
                    stub.connections.append(self.client_address[:2])
                    stub.in_flight += 1
                    stub.max_in_flight = max(stub.max_in_flight, stub.in_flight)
                try:
                    if stub.latency:
                        time.sleep(stub.latency)
                    answer = stub._next(request, headers)
                finally:
                    with stub._lock:
                        stub.in_flight -= 1
                self._send(*answer)

        return Handler
