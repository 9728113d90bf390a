"""Fixture files: recorded or team-authored model responses, keyed by the article they answer.

    {"key": "<16 hex>", "article": "examples/NAME.ur.txt", "origin": "authored" | "recorded",
     "model": "<model name, or 'authored'>", "prompt_version": "v1", "note": "free text",
     "responses": [{"draft": {...BriefDraft JSON...}} | {"body": {...raw chat.completion...}}, ...]}

Files are named `<article stem>.<key>.json` (or `<key>.json`), so a lookup reads one file;
other names are found through an index of every file's key, built on first need.

`key` is `fixture_key(article)`: the first 16 hex digits of the SHA-256 of the folded
(`summarizer.text.normalize.fold`) checked article, so spelling variants that fold alike and
white space do not matter. `responses[n]` answers the request that already holds n assistant
messages: 0 for the first attempt, 1 after one re-ask, and so on.

Nothing secret is written: `scrub` drops credential-like keys and masks `sk-...` strings and any
known key before a fixture is saved.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from summarizer.errors import DatasetError
from summarizer.input import write_text_atomic
from summarizer.redact import scrub
from summarizer.resources import default_fixtures
from summarizer.text.normalize import fold

__all__ = [
    "Fixture",
    "FixtureStore",
    "fixture_key",
    "fixtures_dir",
    "load_fixture",
    "save_fixture",
    "scrub",
]



class Fixture(BaseModel):
    """One article's canned responses."""

    model_config = ConfigDict(extra="forbid")

    key: str
    article: str
    origin: Literal["authored", "recorded"]
    model: str
    prompt_version: str
    note: str = ""
    responses: list[dict[str, Any]]


def fixture_key(article: str) -> str:
    """The key of the fixture that answers `article` (a checked, cleaned article text)."""
    return hashlib.sha256(fold(article).encode("utf-8")).hexdigest()[:16]


def fixtures_dir(directory: str | os.PathLike[str] | None = None) -> Path:
    """`directory`, else `$SUMMARIZER_FIXTURES`, else `<repo>/evals/fixtures`."""
    if directory is not None:
        return Path(directory)
    env = os.environ.get("SUMMARIZER_FIXTURES")
    return Path(env) if env else default_fixtures()


def load_fixture(path: str | os.PathLike[str]) -> Fixture:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        fixture = Fixture.model_validate(data)
    except (OSError, ValueError) as exc:
        reason = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else str(exc)
        raise DatasetError(f"fixture {path} is unreadable: {reason}") from None
    for i, resp in enumerate(fixture.responses):
        if len(resp) != 1 or next(iter(resp)) not in ("draft", "body"):
            raise DatasetError(f"fixture {path}: responses[{i}] must be {{'draft': ...}} or {{'body': ...}}")
        kind, payload = next(iter(resp.items()))
        if not isinstance(payload, dict):
            raise DatasetError(f"fixture {path}: responses[{i}].{kind} must be a JSON object, not {_json_type(payload)}")
    return fixture


def _json_type(value: Any) -> str:
    names = {str: "a string", list: "a list", bool: "a boolean", int: "a number", float: "a number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def save_fixture(fixture: Fixture, directory: str | os.PathLike[str], *, name: str | None = None,
                 secrets: tuple[str, ...] = ()) -> Path:  # fmt: skip
    """Write `fixture` (scrubbed) as `<directory>/<name or key>.json`, atomically."""
    data = scrub(fixture.model_dump(), secrets)
    path = Path(directory) / f"{name or fixture.key}.json"
    write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return path


class FixtureStore:
    """The fixtures of one folder, indexed by key on first use."""

    def __init__(self, directory: str | os.PathLike[str] | None = None) -> None:
        self.directory = fixtures_dir(directory)
        self._index: dict[str, Path] | None = None
        self._cache: dict[str, Fixture] = {}

    def _build_index(self) -> dict[str, Path]:
        """key -> file; a file that cannot be read or has no key, and two files with one key, are errors."""
        index: dict[str, Path] = {}
        if self.directory.is_dir():
            for path in sorted(self.directory.glob("*.json")):
                try:
                    data = json.loads(path.read_text(encoding="utf-8"))
                except OSError as exc:
                    raise DatasetError(f"fixture {path} is unreadable: {exc.strerror or exc}") from None
                except ValueError as exc:
                    raise DatasetError(f"fixture {path} is not valid UTF-8 JSON: {exc}") from None
                key = data.get("key") if isinstance(data, dict) else None
                if not isinstance(key, str):
                    raise DatasetError(f"fixture {path} has no string 'key' (every fixture file needs one)")
                if key in index:
                    raise DatasetError(f"fixtures {index[key]} and {path} both have key {key}; keep one")
                index[key] = path
        return index

    def path_for(self, key: str) -> Path | None:
        """The file holding `key`: named by it (`<key>.json`, `<stem>.<key>.json`) without reading
        any file, else found through the index of every file's key (built once, on first need)."""
        if self._index is None:
            named = self.directory / f"{key}.json"
            if named.is_file():
                return named
            if self.directory.is_dir() and (found := sorted(self.directory.glob(f"*.{key}.json"))):
                if len(found) > 1:
                    raise DatasetError(f"fixtures {', '.join(map(str, found))} all have key {key}; keep one")
                return found[0]
            self._index = self._build_index()
        return self._index.get(key)

    def get(self, key: str) -> Fixture | None:
        if key in self._cache:
            return self._cache[key]
        path = self.path_for(key)
        if path is None:
            return None
        fixture = self._cache[key] = load_fixture(path)
        return fixture

    def forget(self) -> None:
        """Drop the index (after fixtures were written)."""
        self._index = None
        self._cache.clear()
