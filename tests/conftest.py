from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.corpora import corpora_dir

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def corpora() -> Path:
    """The shared corpora folder; skips the test, saying why, when it is absent."""
    path = corpora_dir()
    if path is None:
        pytest.skip("corpora absent: set SUMMARIZER_CORPORA or place them at ../shared/corpora")
    return path
