"""The desk's history: checked articles in one local SQLite file, listed and deletable.

Default path: `$SUMMARIZER_DESK_DB`, else `desk.sqlite3` in the user data folder
(platformdirs: ~/.local/share/summarizer on Linux). Each row keeps the cleaned article, the
brief as given (for a check) and the result as JSON (a check's report; a generated brief with
its placed report), so a page is shown again without running the engine or the checks again.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from summarizer.errors import ConfigError

__all__ = ["Entry", "History", "default_db_path"]

Kind = Literal["summary", "check"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('summary', 'check')),
    title TEXT NOT NULL,
    article TEXT NOT NULL,
    brief TEXT,
    result TEXT NOT NULL,
    errors INTEGER NOT NULL
)
"""


def default_db_path() -> Path:
    env = os.environ.get("SUMMARIZER_DESK_DB")
    if env:
        return Path(env)
    from platformdirs import user_data_path

    return user_data_path("summarizer", appauthor=False) / "desk.sqlite3"


@dataclass(frozen=True, slots=True)
class Entry:
    id: int
    created: str
    kind: Kind
    title: str
    article: str
    brief: str | None
    result: str
    errors: int


class History:
    """One SQLite file; each call opens its own connection (the app answers from threads)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._connect() as db:
                db.execute(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise ConfigError(f"cannot open the history file {self.path}: {exc}") from None

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=10)
        try:
            with db:
                yield db
        finally:
            db.close()

    def add(self, kind: Kind, title: str, article: str, brief: str | None, result: str, errors: int) -> int:
        created = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        with self._lock, self._connect() as db:
            cur = db.execute(
                "INSERT INTO entries (created, kind, title, article, brief, result, errors) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (created, kind, title, article, brief, result, errors),
            )
            return int(cur.lastrowid or 0)

    def get(self, entry_id: int) -> Entry | None:
        with self._connect() as db:
            row = db.execute(
                "SELECT id, created, kind, title, article, brief, result, errors FROM entries WHERE id = ?", (entry_id,)
            ).fetchone()
        return Entry(*row) if row else None

    def list(self, limit: int = 200) -> list[Entry]:
        with self._connect() as db:
            rows = db.execute(
                "SELECT id, created, kind, title, '', NULL, '', errors FROM entries ORDER BY id DESC LIMIT ?", (limit,)
            ).fetchall()
        return [Entry(*row) for row in rows]

    def delete(self, entry_id: int) -> bool:
        with self._lock, self._connect() as db:
            return db.execute("DELETE FROM entries WHERE id = ?", (entry_id,)).rowcount > 0
