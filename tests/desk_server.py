"""A real desk server for tests: uvicorn in a thread on a free loopback port, a temp history."""

from __future__ import annotations

import socket
import threading
import time
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
    import uvicorn

    from summarizer.web.app import create_app, settings_for

    app = create_app(settings_for("rules", db, max_bytes))
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the desk server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()
