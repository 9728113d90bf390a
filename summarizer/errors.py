"""The one error tree users catch. Third-party errors are translated at the boundary.

    SummarizerError
     ├── InputError            the article (or a saved brief) is unusable: empty, not Urdu, binary, too long
     ├── ConfigError           engine, model, endpoint or key settings are wrong or missing
     ├── EngineError           the engine could not produce a result
     │    ├── EndpointError    the LLM endpoint is unreachable, refused the key, or kept failing
     │    ├── FixtureMissing   replay has no recorded response for this request
     │    └── ValidationFailed the model's output stayed invalid after every re-ask
     └── DatasetError          an eval dataset line or file cannot be read
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "ConfigError",
    "DatasetError",
    "EndpointError",
    "EngineError",
    "FixtureMissing",
    "InputError",
    "SummarizerError",
    "ValidationFailed",
]


class SummarizerError(Exception):
    """Root of every error this library raises on purpose."""


class InputError(SummarizerError, ValueError):
    """The input text or file cannot be summarized as given."""


class ConfigError(SummarizerError):
    """Settings for an engine are missing or contradictory."""


class EngineError(SummarizerError):
    """An engine failed to produce a result."""


class EndpointError(EngineError):
    """The OpenAI-compatible endpoint failed: unreachable, bad key, or retries exhausted."""


class FixtureMissing(EngineError):
    """Replay found no fixture for a request. `key` names the fixture that would answer it."""

    def __init__(self, message: str, *, key: str) -> None:
        super().__init__(message)
        self.key = key


class ValidationFailed(EngineError):
    """The model's output failed schema or grounding validation on every attempt."""

    def __init__(self, message: str, *, attempts: int, last_output: Any = None) -> None:
        super().__init__(message)
        self.attempts = attempts
        self.last_output = last_output


class DatasetError(SummarizerError):
    """A dataset file or line is malformed."""
