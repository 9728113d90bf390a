"""A response cache on disk: a chat completion already paid for is never paid for again.

    cache = ResponseCache("~/.cache/summarizer/responses")
    key = cache.key(endpoint, request)     # model, messages, schema and sampling parameters
    cache.get(key) -> ChatCompletion | None;  cache.put(key, completion)

The key is the SHA-256 of the canonical JSON of the request as it goes on the wire (model,
messages, response_format / tools, temperature, max_tokens, ...; not headers) plus the
endpoint's public URL, so two servers that share a model name never share answers. Entries are
`<dir>/<key[:2]>/<key>.json`, written atomically; a damaged entry is a miss, not an error.
Only successful completions are stored (the policy stores after the call returned).

Default folder: `$SUMMARIZER_CACHE`, else `$XDG_CACHE_HOME/summarizer/responses`, else
`~/.cache/summarizer/responses`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from summarizer.engines.fixtures import scrub
from summarizer.input import write_text_atomic

__all__ = ["ResponseCache", "default_cache_dir"]

_NOT_KEYED = frozenset({"extra_headers", "extra_query", "extra_body_headers", "timeout", "stream_options"})


def default_cache_dir() -> Path:
    env = os.environ.get("SUMMARIZER_CACHE")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "summarizer" / "responses"


def _plain(value: Any) -> Any:
    """JSON-ready form of request values (pydantic models and other objects by their dump)."""
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return repr(value)


class ResponseCache:
    """Completions on disk, keyed by what was asked and where."""

    def __init__(self, directory: str | os.PathLike[str] | None = None) -> None:
        self.directory = Path(directory).expanduser() if directory is not None else default_cache_dir()
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(endpoint: str, request: dict[str, Any]) -> str:
        """`endpoint` should be the public URL (no credentials): it is hashed, never stored."""
        keyed = {k: _plain(v) for k, v in request.items() if k not in _NOT_KEYED}
        canonical = json.dumps({"endpoint": endpoint, "request": keyed}, sort_keys=True,
                               ensure_ascii=False, separators=(",", ":"))  # fmt: skip
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> Any:
        """The cached ChatCompletion for `key`, or None."""
        from openai.types.chat import ChatCompletion

        path = self._path(key)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            completion = ChatCompletion.model_validate(data)
        except (OSError, ValueError):
            self.misses += 1
            return None
        self.hits += 1
        return completion

    def put(self, key: str, completion: Any) -> None:
        data = completion.model_dump(mode="json") if hasattr(completion, "model_dump") else dict(completion)
        with contextlib.suppress(OSError):  # a cache that cannot be written costs money, never the result
            write_text_atomic(self._path(key), json.dumps(scrub(data), ensure_ascii=False) + "\n")
