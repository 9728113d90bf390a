"""The replay engine: the openai engine over a `ReplayTransport`, no network, same code path.

    ReplayEngine(fixtures=DIR) = OpenAIEngine(transport=ReplayTransport(FixtureStore(DIR)))

For each article it looks up the fixture (to name its key, model and the mode its recorded
answers were made in), runs the openai engine's `complete` with those settings, and marks the
result with the fixture's origin: `authored` fixtures cost nothing, `recorded` ones are priced
as the model that answered them.
"""

from __future__ import annotations

import os
from typing import Any, ClassVar

from summarizer.engines.base import Engine, EngineResult
from summarizer.engines.fixtures import Fixture, FixtureStore, fixture_key
from summarizer.engines.openai_engine import OpenAIEngine
from summarizer.engines.pricing import cost_usd
from summarizer.engines.transports import (
    KEY_HEADER,
    RecordingTransport,
    ReplayTransport,
    completion_for_draft,
    how_to_record,
)
from summarizer.errors import FixtureMissing

__all__ = ["KEY_HEADER", "RecordingTransport", "ReplayEngine", "ReplayTransport", "completion_for_draft"]


class ReplayEngine(Engine):
    """Answers from fixture files through the real openai client and instructor."""

    name: ClassVar[str] = "replay"

    def __init__(self, *, model: str | None = None, base_url: str | None = None, api_key: str | None = None,
                 fixtures: str | os.PathLike[str] | None = None, **options: Any) -> None:  # fmt: skip
        self.store = FixtureStore(fixtures)
        self.replay = ReplayTransport(self.store)
        self.engine = OpenAIEngine(model=model or "replay", base_url="http://replay.invalid/v1", api_key="replay",
                                   transport=self.replay, **options)  # fmt: skip
        self.options = self.engine.options

    def _fixture(self, article: str) -> Fixture:
        key = fixture_key(article)
        fixture = self.store.get(key)
        if fixture is None:
            raise FixtureMissing(
                f"no replay fixture with key {key} in {self.store.directory} for the article starting "
                f"{article[:40]!r}; " + how_to_record("ARTICLE"),
                key=key,
            )
        return fixture

    def _mode_for(self, fixture: Fixture) -> str:
        """The configured mode, else the one the fixture's first answer was made in."""
        if self.options.mode:
            return self.options.mode
        first = fixture.responses[0] if fixture.responses else {}
        if "body" in first:
            message = (first["body"].get("choices") or [{}])[0].get("message") or {}
            return "tools" if message.get("tool_calls") else "json"
        return "tools"

    def _finish(self, result: EngineResult, fixture: Fixture) -> EngineResult:
        update: dict[str, Any] = {"engine": self.name, "model": fixture.model, "fixture_origin": fixture.origin}
        if fixture.origin == "authored":
            update["cost_usd"] = None
        else:
            update["cost_usd"] = cost_usd(fixture.model, result.meta.tokens_in, result.meta.tokens_out)
        return EngineResult(result.draft, result.meta.model_copy(update=update))

    def run(self, article: str) -> EngineResult:
        fixture = self._fixture(article)
        result = self.engine.complete(article, mode=self._mode_for(fixture), model=fixture.model,
                                      headers={KEY_HEADER: fixture.key})  # fmt: skip
        return self._finish(result, fixture)

    async def arun(self, article: str) -> EngineResult:
        fixture = self._fixture(article)
        result = await self.engine.acomplete(article, mode=self._mode_for(fixture), model=fixture.model,
                                             headers={KEY_HEADER: fixture.key})  # fmt: skip
        return self._finish(result, fixture)

    @property
    def max_article_chars(self) -> int:
        from summarizer.input import DEFAULT_MAX_CHARS

        return DEFAULT_MAX_CHARS

    @property
    def limit_note(self) -> str:
        return ""

    def close(self) -> None:
        self.engine.close()
