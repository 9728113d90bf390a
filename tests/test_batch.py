"""Batch runs against a loopback stub of the Files and Batches endpoints (a real HTTP server).

Covers: request files (custom_id = fixture key, the online engine's body, split by count and
size), upload and creation, completed / expired / failed / cancelled batches, partial output,
error-file lines and HTTP errors in the output, re-ask rounds (bounded), the join into an
ordinary eval run at batch prices, resuming an interrupted submit and an interrupted collect,
and the same files through `vllm run-batch` (simulated by writing its output file).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx2
import pytest
from openai_stub import OpenAIStub, _completion
from pipeline_support import article, bad_draft, good_draft, install_fake_validators

from summarizer.batch import BatchSettings, collect, status, submit, vllm_commands
from summarizer.batch.remote import Remote
from summarizer.batch.state import load_state
from summarizer.engines.fixtures import fixture_key
from summarizer.engines.openai_engine import OpenAIEngine
from summarizer.engines.pricing import cost_usd
from summarizer.evals.runner import read_results

MODEL = "gpt-4o-mini"
# Team-written extra sentences that make distinct articles from the test article.
EXTRA = ["یہ خبر پہلی بار شائع ہوئی۔", "مزید تفصیلات بعد میں آئیں گی۔", "اس پر ردعمل آنا باقی ہے۔",
         "حکام نے تصدیق کر دی۔"]  # fmt: skip


@pytest.fixture(autouse=True)
def _fake_validators(monkeypatch: pytest.MonkeyPatch) -> None:
    install_fake_validators(monkeypatch)
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL"):
        monkeypatch.delenv(var, raising=False)


def _texts(n: int) -> list[str]:
    return [article() + "\n\n" + EXTRA[i] for i in range(n)]


def _dataset(tmp_path: Path, n: int, *, duplicate: bool = False) -> Path:
    rows = [{"id": f"a{i}", "text": t} for i, t in enumerate(_texts(n))]
    if duplicate:
        rows.append({"id": "copy0", "text": rows[0]["text"]})
    path = tmp_path / "toy.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def _remote(stub: OpenAIStub) -> Remote:
    return Remote(model=MODEL, base_url=stub.base_url, api_key="sk-test")


def _settings(stub: OpenAIStub, **kw: Any) -> BatchSettings:
    return BatchSettings(model=MODEL, base_url=stub.base_url, **kw)


def _drive(out: Path, stub: OpenAIStub, limit: int = 20) -> Any:
    for _ in range(limit):
        result = collect(out, remote=_remote(stub), baselines=False)
        if result.finished:
            return result
    raise AssertionError("the batch run never finished")


def _answers_by_key(keys_bad_first: set[str]) -> Any:
    """Answer each article's first request with the bad draft when its key is listed."""

    def answer(custom_id: str, body: dict[str, Any]) -> dict[str, Any]:
        asked = sum(1 for m in body["messages"] if m["role"] == "assistant")
        return {"draft": bad_draft() if custom_id in keys_bad_first and asked == 0 else good_draft()}

    return answer


# --------------------------------------------------------------------------- request files


def test_submit_writes_the_online_request_body_split_by_the_limits(tmp_path: Path) -> None:
    data = _dataset(tmp_path, 3, duplicate=True)
    out = tmp_path / "run"
    with OpenAIStub([{"draft": good_draft()}], model=MODEL) as stub:
        state = submit(str(data), out, _settings(stub), max_requests=2, remote=_remote(stub))
        files = sorted((out / "batch" / "requests").glob("*.jsonl"))
        assert [f.name for f in files] == ["r1-000.jsonl", "r1-001.jsonl"]
        lines = [json.loads(x) for f in files for x in f.read_text(encoding="utf-8").splitlines()]
        assert len(lines) == 3  # the duplicate text rides once; both ids get its answer
        assert [ln["custom_id"] for ln in lines] == [fixture_key(t) for t in _texts(3)]
        assert all(ln["url"] == "/v1/chat/completions" and ln["method"] == "POST" for ln in lines)
        assert len(stub.files) == 2 and len(stub.batches) == 2
        assert {b["metadata"]["file"] for b in stub.batches.values()} == {"r1-000.jsonl", "r1-001.jsonl"}
        assert state.items[fixture_key(_texts(1)[0])].ids == ["a0", "copy0"]

    seen: list[dict[str, Any]] = []

    def capture(request: httpx2.Request) -> httpx2.Response:
        body = json.loads(request.read())
        seen.append(body)
        return httpx2.Response(200, json=_completion(good_draft(), body, MODEL, 0))

    OpenAIEngine(model=MODEL, base_url="http://online.test/v1", mode="json_schema",
                 transport=httpx2.MockTransport(capture)).run(_texts(1)[0])  # fmt: skip
    assert lines[0]["body"] == seen[0]
    assert lines[0]["body"]["response_format"]["json_schema"]["strict"] is True


def test_files_split_by_size(tmp_path: Path) -> None:
    data = _dataset(tmp_path, 3)
    whole = submit(str(data), tmp_path / "one", BatchSettings(model=MODEL), local=True)
    assert len(whole.batches) == 1
    sizes = [len(x) + 1 for x in (tmp_path / "one" / "batch" / "requests" / "r1-000.jsonl").read_bytes().splitlines()]
    state = submit(str(data), tmp_path / "run", BatchSettings(model=MODEL), local=True, max_bytes=max(sizes) * 3 // 2)
    assert [b.requests for b in state.batches] == [1, 1, 1]
    for b in state.batches:
        assert (tmp_path / "run" / "batch" / "requests" / b.file).stat().st_size <= max(sizes) * 3 // 2


# --------------------------------------------------------------------------- full runs


def test_completed_batches_with_a_reask_round_join_an_eval_run_at_batch_prices(tmp_path: Path) -> None:
    data = _dataset(tmp_path, 3)
    out = tmp_path / "run"
    keys = [fixture_key(t) for t in _texts(3)]
    with OpenAIStub([{"draft": good_draft()}], model=MODEL) as stub:
        stub.batch_answer = _answers_by_key({keys[1]})
        submit(str(data), out, _settings(stub), remote=_remote(stub))
        first = collect(out, remote=_remote(stub), baselines=False)
        assert not first.finished and first.waiting_batches  # in progress
        result = _drive(out, stub)
        assert len(stub.batches) == 2  # round 1, then one re-ask round
        reask = [json.loads(x) for x in (out / "batch" / "requests" / "r2-000.jsonl").read_text().splitlines()]
        assert [r["custom_id"] for r in reask] == [keys[1]]
        assert "300 is not in the article" in reask[0]["body"]["messages"][-1]["content"]
    records = {r["id"]: r for r in read_results(out)}
    assert sorted(records) == ["a0", "a1", "a2"] and all(r["status"] == "ok" for r in records.values())
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["completion_rate"] == 1.0 and (out / "report.html").exists()
    assert records["a1"]["attempts"] == 2 and records["a0"]["attempts"] == 1
    meta = result.run.records[0]
    tin, tout = meta["tokens_in"], meta["tokens_out"]
    assert meta["cost_usd"] == pytest.approx(cost_usd(MODEL, tin, tout) / 2, abs=1e-6)
    # Collecting again changes nothing and asks nothing new.
    downloads = len(stub.downloads)
    again = collect(out, remote=_remote(stub), baselines=False)
    assert again.finished and len(read_results(out)) == 3 and len(stub.downloads) == downloads


def test_expired_batch_partial_output_is_resent(tmp_path: Path) -> None:
    data = _dataset(tmp_path, 3)
    out = tmp_path / "run"
    with OpenAIStub([{"draft": good_draft()}], model=MODEL) as stub:
        stub.plans = [{"status": "expired", "answer": 1}]
        submit(str(data), out, _settings(stub), remote=_remote(stub))
        _drive(out, stub)
        assert len(stub.batches) == 2
        resent = [json.loads(x)["custom_id"] for x in (out / "batch" / "requests" / "r2-000.jsonl").read_text().splitlines()]
        assert resent == [fixture_key(t) for t in _texts(3)[1:]]
    assert [r["status"] for r in read_results(out)] == ["ok"] * 3


def test_failed_batch_fails_its_articles_with_the_reason(tmp_path: Path) -> None:
    data = _dataset(tmp_path, 2)
    out = tmp_path / "run"
    with OpenAIStub([{"draft": good_draft()}], model=MODEL) as stub:
        stub.plans = [{"status": "failed", "message": "line 1: model not found"}]
        submit(str(data), out, _settings(stub), remote=_remote(stub))
        _drive(out, stub)
        assert len(stub.batches) == 1
    records = read_results(out)
    assert [r["status"] for r in records] == ["failed", "failed"]
    assert all(r["error_kind"] == "EndpointError" and "model not found" in r["reason"] for r in records)


def test_cancelled_batch_keeps_its_partial_output(tmp_path: Path) -> None:
    data = _dataset(tmp_path, 3)
    out = tmp_path / "run"
    with OpenAIStub([{"draft": good_draft()}], model=MODEL) as stub:
        stub.plans = [{"status": "cancelled", "answer": 2}]
        submit(str(data), out, _settings(stub), remote=_remote(stub))
        _drive(out, stub)
        assert len(stub.batches) == 1  # a cancelled batch is not resent
    records = {r["id"]: r for r in read_results(out)}
    assert records["a0"]["status"] == records["a1"]["status"] == "ok"
    assert records["a2"]["status"] == "failed" and "cancelled" in records["a2"]["reason"]


def test_error_lines_are_resent_until_rounds_run_out(tmp_path: Path) -> None:
    data = _dataset(tmp_path, 3)
    out = tmp_path / "run"
    keys = [fixture_key(t) for t in _texts(3)]
    with OpenAIStub([{"draft": good_draft()}], model=MODEL) as stub:
        always = {"error_lines": {keys[2]: "server overloaded"}}
        stub.plans = [{"errors": {keys[1]: 500}, **always}, always, always]
        submit(str(data), out, _settings(stub, max_rounds=3), remote=_remote(stub))
        _drive(out, stub)
        assert len(stub.batches) == 3  # bounded: keys[2] rode three batches, then failed
    records = {r["id"]: r for r in read_results(out)}
    assert records["a0"]["status"] == records["a1"]["status"] == "ok"
    assert records["a2"]["status"] == "failed" and "server overloaded" in records["a2"]["reason"]
    assert "3 batch(es)" in records["a2"]["reason"]


def test_reasks_are_bounded_and_end_in_validation_failed(tmp_path: Path) -> None:
    data = _dataset(tmp_path, 1)
    out = tmp_path / "run"
    with OpenAIStub([{"draft": bad_draft()}], model=MODEL) as stub:
        submit(str(data), out, _settings(stub, max_reasks=1), remote=_remote(stub))
        _drive(out, stub)
        assert len(stub.batches) == 2
    (record,) = read_results(out)
    assert record["status"] == "failed" and record["error_kind"] == "ValidationFailed" and record["attempts"] == 2


# --------------------------------------------------------------------------- resuming


def test_collect_interrupted_half_way_resumes_without_doubling(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = _dataset(tmp_path, 4)
    out = tmp_path / "run"
    with OpenAIStub([{"draft": good_draft()}], model=MODEL) as stub:
        submit(str(data), out, _settings(stub), max_requests=2, remote=_remote(stub))
        collect(out, remote=_remote(stub))  # both batches now in progress
        remote = _remote(stub)
        real = remote.download
        calls: list[str] = []

        def flaky(file_id: str) -> bytes:
            calls.append(file_id)
            if len(calls) == 2:
                raise KeyboardInterrupt  # killed while downloading the second batch's output
            return real(file_id)

        monkeypatch.setattr(remote, "download", flaky)
        with pytest.raises(KeyboardInterrupt):
            collect(out, remote=remote)
        state = load_state(out)
        assert state is not None and [b.downloaded for b in state.batches] == [True, False]
        _drive(out, stub)
        assert stub.downloads.count(calls[0]) == 1  # the first output was not fetched again
    ids = [r["id"] for r in read_results(out)]
    assert sorted(ids) == ["a0", "a1", "a2", "a3"]


def test_submit_interrupted_after_upload_creates_each_batch_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = _dataset(tmp_path, 2)
    out = tmp_path / "run"
    with OpenAIStub([{"draft": good_draft()}], model=MODEL) as stub:
        remote = _remote(stub)
        real = remote.create

        def create_then_crash(*args: Any) -> Any:
            real(*args)  # the batch exists on the server ...
            raise KeyboardInterrupt  # ... but the process died before recording its id

        monkeypatch.setattr(remote, "create", create_then_crash)
        with pytest.raises(KeyboardInterrupt):
            submit(str(data), out, _settings(stub), remote=remote)
        state = submit(str(data), out, _settings(stub), remote=_remote(stub))
        assert len(stub.files) == 1 and len(stub.batches) == 1
        assert state.batches[0].batch_id == "batch_1"
        assert status(out, remote=_remote(stub)).batches[0].status == "in_progress"


def test_another_dataset_into_the_same_folder_refuses(tmp_path: Path) -> None:
    from summarizer.errors import ConfigError

    submit(str(_dataset(tmp_path, 1)), tmp_path / "run", BatchSettings(model=MODEL), local=True)
    with pytest.raises(ConfigError, match="other settings"):
        submit(str(_dataset(tmp_path, 1)), tmp_path / "run", BatchSettings(model="other"), local=True)


# --------------------------------------------------------------------------- vLLM run-batch


def _vllm_run_batch(requests: Path, output: Path, answer: Any) -> None:
    """What `vllm run-batch -i REQUESTS -o OUTPUT` writes: one response line per request line."""
    rows = []
    for i, raw in enumerate(requests.read_text(encoding="utf-8").splitlines()):
        line = json.loads(raw)
        body = _completion(answer(line["custom_id"], line["body"])["draft"], line["body"], "Qwen/Qwen2.5-7B", i)
        rows.append({"id": f"vllm-{i}", "custom_id": line["custom_id"],
                     "response": {"status_code": 200, "request_id": f"vllm-batch-{i}", "body": body}, "error": None})  # fmt: skip
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def test_vllm_run_batch_files_round_trip(tmp_path: Path) -> None:
    data = _dataset(tmp_path, 2)
    out = tmp_path / "run"
    keys = [fixture_key(t) for t in _texts(2)]
    answer = _answers_by_key({keys[0]})
    settings = BatchSettings(model="Qwen/Qwen2.5-7B")
    state = submit(str(data), out, settings, local=True)
    for _ in range(3):
        (cmd,) = vllm_commands(out, state)
        assert cmd.startswith("vllm run-batch -i ") and "--model Qwen/Qwen2.5-7B" in cmd
        _vllm_run_batch(Path(cmd.split()[3]), Path(cmd.split()[5]), answer)
        result = collect(out, baselines=False)
        state = result.state
        if result.finished:
            break
    assert result.finished and len(state.batches) == 2  # round 2 carried the one re-ask
    records = {r["id"]: r for r in read_results(out)}
    assert records["a0"]["attempts"] == 2 and records["a1"]["attempts"] == 1
    assert all(r["status"] == "ok" and r["cost_usd"] is None for r in records.values())  # unpriced model


# --------------------------------------------------------------------------- CLI


def test_cli_submit_status_collect(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from summarizer.cli import app

    data = _dataset(tmp_path, 2)
    out = tmp_path / "run"
    runner = CliRunner()
    with OpenAIStub([{"draft": good_draft()}], model=MODEL) as stub:
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-cli")
        base = ["--base-url", stub.base_url]
        res = runner.invoke(app, ["batch", "submit", str(data), "--out", str(out), "--model", MODEL, *base])
        assert res.exit_code == 0, res.output
        assert "2 requests in 1 file" in res.output
        res = runner.invoke(app, ["batch", "status", str(out)])
        assert res.exit_code == 0 and "in_progress" in res.output
        for _ in range(5):
            res = runner.invoke(app, ["batch", "collect", str(out), "--no-baselines", "-q"])
            assert res.exit_code == 0, res.output
            if "joined" in res.output:
                break
        assert "joined" in res.output
        res = runner.invoke(app, ["batch", "collect", str(tmp_path / "none")])
        assert res.exit_code == 2 and "holds no batch run" in res.output
    assert len(read_results(out)) == 2
