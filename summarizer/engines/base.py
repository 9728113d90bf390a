"""One interface for every engine: article text in, a draft brief and its run metadata out."""

from __future__ import annotations

import asyncio
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import ClassVar

from summarizer.schemas import BriefDraft, Meta

__all__ = ["Engine", "EngineResult"]


@dataclass(slots=True)
class EngineResult:
    draft: BriefDraft
    meta: Meta


class Engine(ABC):
    """An engine fills one method; validation, evidence offsets and fallback live in the api."""

    name: ClassVar[str]

    @abstractmethod
    def run(self, article: str) -> EngineResult:
        """Produce a draft for one (already checked and cleaned) Urdu article."""

    def check_ready(self) -> None:
        """Raise a ConfigError when the engine cannot run at all (an optional package missing).
        The api calls it before judging the article against the engine's limits."""
        return None

    def secrets(self) -> tuple[str, ...]:
        """Strings (API key, URL password) that must never reach an output, log or error."""
        return ()

    async def arun(self, article: str) -> EngineResult:
        """Async form; engines with a native async client override it."""
        return await asyncio.to_thread(self.run, article)
