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


@pytest.fixture(autouse=True)
def _private_response_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Live engines in tests cache into a fresh folder, never the user's ~/.cache."""
    monkeypatch.setenv("SUMMARIZER_CACHE", str(tmp_path_factory.mktemp("response-cache")))
