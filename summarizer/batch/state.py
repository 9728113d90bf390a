"""What a batch run keeps in its run folder, so every step resumes where it stopped.

    runs/NAME/batch/state.json                 settings, every article's standing, every batch
    runs/NAME/batch/requests/r1-000.jsonl      request files, as uploaded (or run by vLLM)
    runs/NAME/batch/out/<batch>.output.jsonl   output and error files, as downloaded
    runs/NAME/batch/out/<batch>.errors.jsonl

The state file is rewritten atomically after each step that changes it (a file written, an
upload, a batch created, a file downloaded, a round judged), and every step checks the state
before acting, so an interrupted command run again does the rest and nothing twice.
"""

from __future__ import annotations

import json
import secrets
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from summarizer.batch.wire import BatchSettings
from summarizer.errors import ConfigError
from summarizer.input import write_text_atomic

__all__ = ["TERMINAL", "BatchRecord", "BatchState", "ItemState", "batch_dir", "load_state", "save_state"]

TERMINAL = frozenset({"completed", "expired", "failed", "cancelled"})
"""Batch statuses after which nothing more will be answered."""


class ItemState(BaseModel):
    """One distinct article (a fixture key) and the dataset ids that share its text."""

    model_config = ConfigDict(extra="forbid")

    ids: list[str]
    status: Literal["waiting", "done", "failed"] = "waiting"
    round: int = 1
    """The round whose batch carries its latest request."""
    file: str | None = None
    """The request file that carries its latest request."""
    rides: int = 1
    """Batches it has ridden in (bounded by max_rounds)."""
    error: str | None = None
    error_kind: str | None = None


class BatchRecord(BaseModel):
    """One request file and the batch that runs it."""

    model_config = ConfigDict(extra="forbid")

    round: int
    file: str
    requests: int
    local: bool = False
    input_file_id: str | None = None
    batch_id: str | None = None
    status: str | None = None
    counts: dict[str, int] = Field(default_factory=dict)
    output_file_id: str | None = None
    error_file_id: str | None = None
    downloaded: bool = False
    note: str | None = None

    @property
    def name(self) -> str:
        return self.batch_id or Path(self.file).stem


class BatchState(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: Literal[1] = 1
    token: str = Field(default_factory=lambda: secrets.token_hex(8))
    """Marks this run's batches (metadata), so a batch created before a crash is found, not made twice."""
    dataset: str
    settings: BatchSettings
    local: bool = False
    max_requests: int = 50_000
    max_bytes: int = 200_000_000
    round: int = 1
    items: dict[str, ItemState] = Field(default_factory=dict)
    batches: list[BatchRecord] = Field(default_factory=list)
    joined: bool = False

    def current(self) -> list[BatchRecord]:
        return [b for b in self.batches if b.round == self.round]

    def waiting(self) -> dict[str, ItemState]:
        return {k: v for k, v in self.items.items() if v.status == "waiting"}


def batch_dir(out: Path) -> Path:
    return out / "batch"


def load_state(out: Path) -> BatchState | None:
    path = batch_dir(out) / "state.json"
    if not path.exists():
        return None
    try:
        return BatchState.model_validate_json(path.read_text(encoding="utf-8"))
    except (OSError, ValidationError, ValueError) as exc:
        raise ConfigError(f"{path} is damaged ({type(exc).__name__}); move it away to start the batch run afresh") from None


def save_state(out: Path, state: BatchState) -> None:
    write_text_atomic(batch_dir(out) / "state.json", json.dumps(state.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n")
