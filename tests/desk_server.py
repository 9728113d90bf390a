"""The desk server for tests: the rules engine, a temp history, uvicorn on a free loopback port."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "examples" / "lavrov-visit.ur.txt"
ARTIFACTS = REPO / "tmp" / "artifacts"


def seed_article() -> str:
    from summarizer.input import read_article

    return read_article(SEED)


@contextmanager
def desk_server(db: Path, *, max_bytes: int = 2_000_000) -> Iterator[str]:
    """Serve the desk (rules engine) until the block ends; yields its base URL."""
    from summarizer.web.app import create_app, settings_for
    from summarizer.web.local import serve_in_background

    with serve_in_background(create_app(settings_for("rules", db, max_bytes))) as url:
        yield url
