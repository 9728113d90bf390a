"""Where the shared evaluation corpora live: `SUMMARIZER_CORPORA`, else `../shared/corpora`
relative to the current folder (the repository's root when `make test` runs)."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["corpora_dir"]


def corpora_dir() -> Path | None:
    """The corpora folder, or None when it is absent (tests then skip and say why)."""
    env = os.environ.get("SUMMARIZER_CORPORA")
    path = Path(env) if env else Path.cwd().parent / "shared" / "corpora"
    return path if path.is_dir() else None
