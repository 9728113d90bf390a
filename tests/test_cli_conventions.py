"""CLI conventions: --version, shell completion, environment variables in --help, timeouts and
retries for live engines, and endpoint answers that must not be retried or re-asked."""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from openai_stub import OpenAIStub
from pipeline_support import ARTICLE_PATH, article
from typer.testing import CliRunner

from summarizer import __version__, summarize
from summarizer.cli import app
from summarizer.errors import EndpointError

runner = CliRunner()


@pytest.fixture(autouse=True)
def _no_endpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL", "SUMMARIZER_FIXTURES"):
        monkeypatch.delenv(var, raising=False)


def _plain(output: str) -> str:
    """Help text without rich's box drawing and line wrapping."""
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", output).split())


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and f"urdu-brief {__version__}" in result.output


def test_help_offers_completion_and_names_environment_variables() -> None:
    top = runner.invoke(app, ["--help"], terminal_width=200)
    assert "--install-completion" in top.output and "--show-completion" in top.output
    text = _plain(runner.invoke(app, ["summarize", "--help"]).output)
    for var in ("OPENAI_BASE_URL", "SUMMARIZER_MODEL", "SUMMARIZER_FIXTURES", "OPENAI_API_KEY"):
        assert var in text, var
    assert "--timeout" in text and "--retries" in text


def test_an_environment_value_behaves_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    # OPENAI_BASE_URL is shown as the --base-url variable but must not reach an engine that takes
    # no base URL: rules still answers.
    monkeypatch.setenv("SUMMARIZER_FIXTURES", "/nonexistent")
    result = runner.invoke(app, ["summarize", str(ARTICLE_PATH), "--engine", "rules"])
    assert result.exit_code == 0, result.output


def test_eval_jobs_help_matches_the_readme() -> None:
    text = _plain(runner.invoke(app, ["eval", "run", "--help"]).output)
    assert "worker processes for replay and rules" in text and "threads for a network engine" in text


@contextmanager
def _silent_server() -> Iterator[str]:
    """Accepts connections and never answers."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        sock.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(sock.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/v1"
    finally:
        stop.set()
        thread.join(timeout=5)
        for conn in held:
            conn.close()
        sock.close()


def test_timeout_and_retries_bound_a_silent_server() -> None:
    with _silent_server() as url:
        started = time.monotonic()
        result = runner.invoke(app, ["summarize", str(ARTICLE_PATH), "--engine", "openai", "--base-url", url,
                                     "--timeout", "1", "--retries", "1", "--no-fallback"])  # fmt: skip
        elapsed = time.monotonic() - started
    assert result.exit_code == 2 and "timed out after 2 attempts" in result.output, result.output
    assert elapsed < 60  # two 1-second attempts and a short backoff, not 5 x 120 s


def test_a_429_without_quota_is_not_retried() -> None:
    quota = {"status": 429, "body": {"error": {"message": "You exceeded your current quota, please check your plan.",
                                              "type": "insufficient_quota", "code": "insufficient_quota"}}}  # fmt: skip
    with OpenAIStub([quota]) as stub:
        with pytest.raises(EndpointError, match="quota is used up"):
            summarize(article(), engine="openai", base_url=stub.base_url, api_key="sk-test-000000", fallback=False)
        assert len(stub.requests) == 1


def test_a_plain_429_is_still_retried() -> None:
    busy = {"status": 429, "headers": {"Retry-After": "0"}, "body": {"error": {"message": "slow down"}}}
    with OpenAIStub([busy]) as stub:
        with pytest.raises(EndpointError, match="kept rate-limiting"):
            summarize(article(), engine="openai", base_url=stub.base_url, api_key="sk-test-000000", fallback=False,
                      transport_retries=2)  # fmt: skip
        assert len(stub.requests) == 3


@contextmanager
def _html_server() -> Iterator[tuple[str, list[int]]]:
    hits: list[int] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            hits.append(1)
            data = b"<!doctype html><html><body><h1>Welcome to nginx!</h1></body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", hits
    finally:
        server.shutdown()
        server.server_close()


def test_an_html_page_with_status_200_is_an_endpoint_error() -> None:
    with _html_server() as (url, hits), pytest.raises(EndpointError, match="not a chat completion"):
        summarize(article(), engine="openai", base_url=url, api_key="sk-test-000000", fallback=False)
    assert len(hits) == 1  # no re-asks
