"""The Files and Batches endpoints, through the openai client, errors translated at the boundary.

Works against api.openai.com and any server that implements the same endpoints. Each call is
retried by the openai client (transient errors) and any failure reaches callers as an
`EndpointError` or `ConfigError` without the key.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from summarizer.batch.state import BatchRecord
from summarizer.engines.openai_engine import OpenAIEngine
from summarizer.engines.structured import translate_error

__all__ = ["Remote"]

T = TypeVar("T")
ENDPOINT = "/v1/chat/completions"


class Remote:
    """Upload, create, look up and download batches for one endpoint."""

    def __init__(self, *, model: str, base_url: str | None, api_key: str | None, timeout: float = 120.0,
                 retries: int = 3) -> None:  # fmt: skip
        self.engine = OpenAIEngine(model=model, base_url=base_url, api_key=api_key, timeout=timeout)
        self.retries = retries

    def _call(self, fn: Callable[[Any], T]) -> T:
        client = self.engine.client().with_options(max_retries=self.retries)
        try:
            return fn(client)
        except Exception as exc:
            raise translate_error(exc, self.engine.base_url, model=self.engine.options.model,
                                  secrets=self.engine.call.secrets) from None  # fmt: skip

    def upload(self, path: Path) -> str:
        data = path.read_bytes()
        created = self._call(lambda c: c.files.create(file=(path.name, data, "application/jsonl"), purpose="batch"))
        return str(created.id)

    def find(self, token: str, file: str) -> Any:
        """A batch this run created for `file` before a crash kept its id out of the state."""

        def scan(c: Any) -> Any:
            for batch in c.batches.list(limit=100):
                meta = batch.metadata or {}
                if meta.get("summarizer_run") == token and meta.get("file") == file:
                    return batch
            return None

        return self._call(scan)

    def create(self, input_file_id: str, token: str, file: str) -> Any:
        return self._call(lambda c: c.batches.create(input_file_id=input_file_id, endpoint=ENDPOINT,
                                                     completion_window="24h",
                                                     metadata={"summarizer_run": token, "file": file}))  # fmt: skip

    def retrieve(self, record: BatchRecord) -> Any:
        batch_id = record.batch_id
        return self._call(lambda c: c.batches.retrieve(batch_id))

    def download(self, file_id: str) -> bytes:
        return self._call(lambda c: c.files.content(file_id).content)

    def close(self) -> None:
        self.engine.close()
