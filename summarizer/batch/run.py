"""Eval runs at batch prices: submit, status, collect (with re-ask rounds), join into an eval run.

    submit(DATASET, out)   one request line per distinct article (custom_id = its fixture key,
                           body = what the online engine sends), files split by the API's limits
                           (50,000 requests, 200 MB), uploaded, one batch per file
    status(out)            each batch's status and counts
    collect(out)           downloads output and error files of finished batches; when a round is
                           complete, validates every answer with the grounding validators (the
                           online path, `wire.step`), sends failures as re-asks and errored or
                           expired lines again in the next round's batches (at most `max_rounds`
                           rides per article), and when nothing is left, joins everything into
                           an ordinary eval run (results.jsonl, metrics.json, reports), priced
                           at batch rates

With `local=True` nothing is uploaded: each request file is run by a self-hosted server, e.g.

    vllm run-batch -i runs/NAME/batch/requests/r1-000.jsonl \
                   -o runs/NAME/batch/out/r1-000.output.jsonl --model MODEL

and `collect` reads the output files it finds there.

Every step keeps its progress in the run folder (`state.py`) and can be run again after an
interruption; the batch folder is locked while a command works on it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from summarizer.batch.remote import ENDPOINT, Remote
from summarizer.batch.state import (
    TERMINAL,
    BatchRecord,
    BatchState,
    ItemState,
    batch_dir,
    load_state,
    save_state,
)
from summarizer.batch.wire import BatchSettings, step
from summarizer.engines.base import Engine, EngineResult
from summarizer.engines.fixtures import fixture_key
from summarizer.engines.openai_engine import OpenAIEngine
from summarizer.errors import ConfigError, EndpointError, EngineError, SummarizerError
from summarizer.evals.datasets import load_dataset
from summarizer.evals.runlock import run_folder
from summarizer.input import check_article, write_text_atomic

__all__ = ["CollectResult", "collect", "status", "submit", "vllm_commands"]

log = logging.getLogger("summarizer")

MAX_REQUESTS = 50_000
MAX_BYTES = 200_000_000


# --------------------------------------------------------------------------- articles and files


def _max_chars(settings: BatchSettings) -> int:
    return OpenAIEngine(model=settings.model, base_url="http://batch.invalid/v1").max_article_chars


def _articles(dataset: str, settings: BatchSettings) -> Iterator[tuple[str, str, str]]:
    """(dataset id, fixture key, checked text) for every article the engine can take."""
    limit = _max_chars(settings)
    for article in load_dataset(dataset):
        try:
            text = check_article(article.text, max_chars=limit)
        except SummarizerError:
            continue  # the joined eval run records it as the online run would
        yield article.id, fixture_key(text), text


def _line(key: str, body: dict[str, Any]) -> bytes:
    record = {"custom_id": key, "method": "POST", "url": ENDPOINT, "body": body}
    return (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def _split(lines: list[bytes], max_requests: int, max_bytes: int) -> list[list[bytes]]:
    files: list[list[bytes]] = []
    size = 0
    for line in lines:
        if len(line) > max_bytes:
            raise ConfigError(f"one request is {len(line):,} bytes, over the file limit of {max_bytes:,}")
        if not files or len(files[-1]) >= max_requests or size + len(line) > max_bytes:
            files.append([])
            size = 0
        files[-1].append(line)
        size += len(line)
    return files


def _write_round(out: Path, state: BatchState, lines: list[bytes]) -> None:
    """Request files of the state's round, recorded in the state (then saved)."""
    folder = batch_dir(out) / "requests"
    folder.mkdir(parents=True, exist_ok=True)
    for i, chunk in enumerate(_split(lines, state.max_requests, state.max_bytes)):
        name = f"r{state.round}-{i:03d}.jsonl"
        write_text_atomic(folder / name, b"".join(chunk).decode("utf-8"))
        state.batches.append(BatchRecord(round=state.round, file=name, requests=len(chunk), local=state.local))
        for raw in chunk:
            state.items[json.loads(raw)["custom_id"]].file = name
    save_state(out, state)


def _request_lines(out: Path, record: BatchRecord) -> dict[str, bytes]:
    path = batch_dir(out) / "requests" / record.file
    return {json.loads(raw)["custom_id"]: raw + b"\n" for raw in path.read_bytes().splitlines() if raw.strip()}


def _output_paths(out: Path, record: BatchRecord) -> tuple[Path, Path]:
    folder = batch_dir(out) / "out"
    stem = record.batch_id if (record.batch_id and not record.local) else Path(record.file).stem
    return folder / f"{stem}.output.jsonl", folder / f"{stem}.errors.jsonl"


def vllm_commands(out: Path, state: BatchState) -> list[str]:
    """The `vllm run-batch` command for each local request file of the current round still unanswered."""
    cmds = []
    for record in state.current():
        if record.local and not record.downloaded:
            output, _ = _output_paths(out, record)
            cmds.append(f"vllm run-batch -i {batch_dir(out) / 'requests' / record.file} -o {output} "
                        f"--model {state.settings.model}")  # fmt: skip
    return cmds


# --------------------------------------------------------------------------- remote steps


def _send(out: Path, state: BatchState, remote: Remote | None) -> None:
    """Upload and create a batch for each file of the round that has none yet."""
    for record in state.current():
        if record.local or record.batch_id:
            continue
        if remote is None:
            raise ConfigError("this batch run talks to an endpoint: pass its settings")
        if record.input_file_id is None:
            record.input_file_id = remote.upload(batch_dir(out) / "requests" / record.file)
            save_state(out, state)
        batch = remote.find(state.token, record.file) or remote.create(record.input_file_id, state.token, record.file)
        record.batch_id = str(batch.id)
        record.status = str(batch.status)
        save_state(out, state)


def _refresh(out: Path, state: BatchState, remote: Remote | None) -> None:
    for record in state.batches:
        if record.local or record.downloaded or not record.batch_id or remote is None:
            continue
        batch = remote.retrieve(record)
        record.status = str(batch.status)
        counts = getattr(batch, "request_counts", None)
        if counts is not None:
            record.counts = {"total": counts.total, "completed": counts.completed, "failed": counts.failed}
        record.output_file_id = getattr(batch, "output_file_id", None)
        record.error_file_id = getattr(batch, "error_file_id", None)
        errors = getattr(getattr(batch, "errors", None), "data", None) or []
        if errors:
            record.note = "; ".join(str(getattr(e, "message", "") or e) for e in errors[:3])[:500]
    save_state(out, state)


def _download(out: Path, state: BatchState, remote: Remote | None) -> None:
    """Output and error files of every finished batch of the round, each saved before the next."""
    for record in state.current():
        if record.downloaded:
            continue
        output, errors = _output_paths(out, record)
        if record.local:
            if output.exists():
                record.status, record.downloaded = "completed", True
                save_state(out, state)
            continue
        if record.status not in TERMINAL or remote is None:
            continue
        for file_id, path in ((record.output_file_id, output), (record.error_file_id, errors)):
            if file_id and not path.exists():
                write_text_atomic(path, remote.download(file_id).decode("utf-8"))
        record.downloaded = True
        save_state(out, state)


# --------------------------------------------------------------------------- judging a round


def _read_output(path: Path) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """Answers (chat completions with status 200) and error reasons by custom_id."""
    answers: dict[str, dict[str, Any]] = {}
    errors: dict[str, str] = {}
    if not path.exists():
        return answers, errors
    for raw in path.read_bytes().splitlines():
        try:
            line = json.loads(raw)
            key = str(line["custom_id"])
        except (ValueError, KeyError, TypeError):
            continue  # a torn line: its article counts as unanswered
        response = line.get("response") or {}
        body = response.get("body")
        if response.get("status_code") == 200 and isinstance(body, dict) and body.get("choices"):
            answers[key] = body
            continue
        error = line.get("error") or {}
        message = error.get("message") if isinstance(error, dict) else None
        if not message and isinstance(body, dict):
            inner = body.get("error")
            message = inner.get("message") if isinstance(inner, dict) else None
        code = (error.get("code") if isinstance(error, dict) else None) or response.get("status_code")
        errors[key] = " ".join(str(p) for p in (code, message) if p) or "error line without a reason"
    return answers, errors


def _answers(out: Path, state: BatchState) -> tuple[dict[str, dict[int, dict[str, Any]]], dict[str, dict[int, str]]]:
    answers: dict[str, dict[int, dict[str, Any]]] = {}
    errors: dict[str, dict[int, str]] = {}
    for record in state.batches:
        if not record.downloaded:
            continue
        output, error_file = _output_paths(out, record)
        for path in (output, error_file):
            got, failed = _read_output(path)
            for key, body in got.items():
                answers.setdefault(key, {})[record.round] = body
            for key, reason in failed.items():
                errors.setdefault(key, {})[record.round] = reason
    return answers, errors


def _in_order(answers: dict[int, dict[str, Any]]) -> list[dict[str, Any]]:
    return [answers[r] for r in sorted(answers)]


def _judge(out: Path, state: BatchState) -> None:
    """Validate the round's answers; the next round carries re-asks and resends."""
    answers, errors = _answers(out, state)
    texts = {key: text for _, key, text in _articles(state.dataset, state.settings)}
    records = {r.file: r for r in state.current()}
    requests: dict[str, bytes] = {}
    for record in state.current():
        requests.update(_request_lines(out, record))
    nxt: list[bytes] = []
    for key, item in state.waiting().items():
        if item.round != state.round:
            continue
        got = answers.get(key, {})
        carrier = records.get(item.file or "")
        if state.round in got:
            outcome = step(texts[key], _in_order(got), state.settings)
            if outcome.result is not None:
                item.status = "done"
            elif outcome.request is not None:
                _again(state, item, key, _line(key, outcome.request), nxt, "re-asks")
            else:
                _fail(item, outcome.error or EngineError("no result"))
            continue
        batch_status = carrier.status if carrier else None
        reason = errors.get(key, {}).get(state.round) or f"no answer in batch {carrier.name if carrier else '?'} ({batch_status})"
        if batch_status in ("cancelled", "failed"):
            note = f": {carrier.note}" if carrier and carrier.note else ""
            _fail(item, EndpointError(f"batch {carrier.name if carrier else '?'} {batch_status}{note}; {reason}"))
        else:
            _again(state, item, key, requests[key], nxt, reason)
    if nxt:
        state.round += 1
        for item in state.waiting().values():
            if item.round == state.round - 1:
                item.round = state.round
        _write_round(out, state, nxt)
    else:
        save_state(out, state)


def _again(state: BatchState, item: ItemState, key: str, line: bytes, nxt: list[bytes], why: str) -> None:
    if item.rides >= state.settings.max_rounds:
        _fail(item, EndpointError(f"no answer after {item.rides} batch(es): {why}"))
        return
    item.rides += 1
    nxt.append(line)


def _fail(item: ItemState, exc: SummarizerError) -> None:
    item.status, item.error, item.error_kind = "failed", str(exc), type(exc).__name__


# --------------------------------------------------------------------------- joining


_FAILURES: dict[str, type[SummarizerError]] = {cls.__name__: cls for cls in (EngineError, EndpointError, ConfigError)}


class _Answered(Engine):
    """An engine that answers from a finished batch run (for the eval runner)."""

    name: ClassVar[str] = "openai-batch"

    def __init__(self, state: BatchState, answers: dict[str, dict[int, dict[str, Any]]]) -> None:
        self.state = state
        self.answers = answers
        self.max_article_chars = _max_chars(state.settings)

    def run(self, article: str) -> EngineResult:
        key = fixture_key(article)
        item = self.state.items.get(key)
        if item is None:
            raise EngineError(f"article {key} was not part of this batch run")
        if item.status == "failed" and item.error_kind != "ValidationFailed":
            # The kind it failed with (an answer cut at max_tokens is an EngineError, a batch
            # that failed an EndpointError), so the joined run reports it as an online run would.
            kind = _FAILURES.get(item.error_kind or "", EndpointError)
            raise kind(item.error or "failed in the batch")
        outcome = step(article, _in_order(self.answers.get(key, {})), self.state.settings)
        if outcome.result is not None:
            return outcome.result
        raise outcome.error or EngineError(f"article {key} has no final answer in this batch run")


def _join(out: Path, state: BatchState, *, progress: bool, baselines: bool) -> Any:
    from summarizer import api
    from summarizer.evals.runner import EvalConfig, run_eval

    answers, _ = _answers(out, state)
    engine = _Answered(state, answers)
    config = EvalConfig(dataset=state.dataset, engine="openai-batch", model=state.settings.model,
                        base_url=state.settings.base_url, baselines=baselines, cache=False)  # fmt: skip
    run = run_eval(config, out, summarize=lambda text: api.summarize(text, engine=engine, fallback=False),
                   progress=progress)  # fmt: skip
    state.joined = True
    save_state(out, state)
    return run


# --------------------------------------------------------------------------- commands


def _remote(state: BatchState, api_key: str | None, remote: Remote | None) -> Remote | None:
    if remote is not None or state.local:
        return remote
    return Remote(model=state.settings.model, base_url=state.settings.base_url, api_key=api_key)


def submit(dataset: str, out: Path, settings: BatchSettings | None = None, *, local: bool = False,
           max_requests: int = MAX_REQUESTS, max_bytes: int = MAX_BYTES, api_key: str | None = None,
           remote: Remote | None = None) -> BatchState:  # fmt: skip
    """Write the round-1 request files and (unless `local`) upload them and create the batches.

    Run again on the same folder, it finishes what an interrupted submit left (no file is
    uploaded twice once recorded, no batch created twice).
    """
    settings = settings or BatchSettings()
    with run_folder(batch_dir(out)):
        state = load_state(out)
        if state is None:
            state = BatchState(dataset=dataset, settings=settings, local=local, max_requests=max_requests,
                               max_bytes=max_bytes)  # fmt: skip
            items: dict[str, ItemState] = {}
            lines: list[bytes] = []
            for article_id, key, text in _articles(dataset, settings):
                if key in items:
                    items[key].ids.append(article_id)
                    continue
                outcome = step(text, [], settings)
                if outcome.request is None:
                    raise outcome.error or EngineError(f"no request could be built for {article_id}")
                items[key] = ItemState(ids=[article_id])
                lines.append(_line(key, outcome.request))
            if not lines:
                raise ConfigError(f"dataset {dataset} has no article to submit")
            state.items = items
            _write_round(out, state, lines)
        elif state.dataset != dataset or state.settings != settings or state.local != local:
            raise ConfigError(f"{out} holds a batch run of {state.dataset} with other settings; choose another --out")
        remote = _remote(state, api_key, remote)
        _send(out, state, remote)
        return state


def status(out: Path, *, api_key: str | None = None, remote: Remote | None = None) -> BatchState:
    """Every batch's latest status (asked of the endpoint for batches not yet downloaded)."""
    with run_folder(batch_dir(out)):
        state = _require(out)
        _refresh(out, state, _remote(state, api_key, remote))
        return state


@dataclass
class CollectResult:
    state: BatchState
    waiting_batches: list[BatchRecord] = field(default_factory=list)
    run: Any = None
    """The joined EvalRun, once every article is answered or failed."""

    @property
    def finished(self) -> bool:
        return self.run is not None


def collect(out: Path, *, api_key: str | None = None, remote: Remote | None = None, progress: bool = False,
            baselines: bool = True) -> CollectResult:  # fmt: skip
    """Download what finished, judge complete rounds, send the next round, join when done."""
    with run_folder(batch_dir(out)):
        state = _require(out)
        remote = _remote(state, api_key, remote)
        while True:
            _send(out, state, remote)  # a round whose files were written but not yet sent
            _refresh(out, state, remote)
            _download(out, state, remote)
            waiting = [r for r in state.current() if not r.downloaded]
            if waiting:
                return CollectResult(state, waiting)
            if state.waiting():
                before = state.round
                _judge(out, state)
                if state.round != before:
                    continue  # the next round is written: send it (and collect it if it is already done)
            if state.waiting():
                raise EngineError("batch state is inconsistent: articles wait but no batch carries them")
            return CollectResult(state, [], _join(out, state, progress=progress, baselines=baselines))


def _require(out: Path) -> BatchState:
    state = load_state(out)
    if state is None:
        raise ConfigError(f"{out} holds no batch run; start one with `summarizer batch submit DATASET --out {out}`")
    return state
