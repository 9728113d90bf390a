"""One writer per run folder: a lock, and clean errors for an `--out` that cannot be a run folder.

    with run_folder(out):      # ConfigError if out is a file, unwritable, or another run holds it
        ...

The lock is an OS lock (portalocker: flock / LockFileEx) on `<out>/.lock`, so it dies with the
process that held it: a lock file left by a killed run is stale and simply taken over. The file
names its holder (pid, host, start time) for the message a second run gets.
"""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

import portalocker

from summarizer.errors import ConfigError

__all__ = ["LOCK_NAME", "prepare_out", "run_folder"]

LOCK_NAME = ".lock"


def prepare_out(out: Path) -> None:
    """Create `out` as a folder, or say in one line why it cannot be one."""
    if out.exists() and not out.is_dir():
        raise ConfigError(f"--out {out} is a file, not a run folder; choose a folder path")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise ConfigError(f"--out {out}: a parent of it is a file, not a folder") from None
    except NotADirectoryError:
        raise ConfigError(f"--out {out}: a parent of it is a file, not a folder") from None
    except PermissionError:
        raise ConfigError(f"--out {out}: permission denied creating the run folder") from None
    except OSError as exc:
        raise ConfigError(f"--out {out}: cannot create the run folder ({exc.strerror or exc})") from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise ConfigError(f"--out {out}: the run folder is not writable")


def _holder(fh: IO[str]) -> str:
    try:
        fh.seek(0)
        info = json.loads(fh.read() or "{}")
    except (OSError, ValueError):
        return "another run"
    return f"another run (pid {info.get('pid', '?')} on {info.get('host', '?')}, since {info.get('started', '?')})"


@contextmanager
def run_folder(out: Path) -> Iterator[Path]:
    """Hold the run folder's lock for the duration; a second holder gets a ConfigError at once."""
    prepare_out(out)
    path = out / LOCK_NAME
    try:
        fh = path.open("a+", encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"--out {out}: cannot create its lock file ({exc.strerror or exc})") from None
    try:
        try:
            portalocker.lock(fh, portalocker.LOCK_EX | portalocker.LOCK_NB)
        except portalocker.LockException:
            raise ConfigError(
                f"{out} is in use by {_holder(fh)}; wait for it to finish or choose another --out"
            ) from None
        fh.seek(0)
        fh.truncate()
        fh.write(json.dumps({"pid": os.getpid(), "host": socket.gethostname(),
                             "started": datetime.now(UTC).isoformat(timespec="seconds")}))  # fmt: skip
        fh.flush()
        try:
            yield out
        finally:
            fh.seek(0)
            fh.truncate()
            portalocker.unlock(fh)
    finally:
        fh.close()
