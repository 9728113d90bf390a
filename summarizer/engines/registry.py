"""Engines by name (a plain dict, imported lazily) and the choice of engine for a call.

Choice: an explicit name or Engine wins; else an LLM endpoint when OPENAI_API_KEY or
OPENAI_BASE_URL is set (model: argument, else SUMMARIZER_MODEL, else gpt-4o-mini); else the
rules engine, with a logged warning saying so (the CLI shows it on stderr).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from importlib import import_module
from typing import Any

from summarizer.engines.base import Engine
from summarizer.errors import ConfigError

__all__ = ["ENGINES", "choose_engine", "engine_class", "get_engine"]

log = logging.getLogger("summarizer")

ENGINES: dict[str, str] = {
    "openai": "summarizer.engines.openai_engine:OpenAIEngine",
    "replay": "summarizer.engines.replay:ReplayEngine",
    "rules": "summarizer.engines.rules:RulesEngine",
    "llama": "summarizer.engines.llama:LlamaEngine",
}
_LLM_ENGINES = frozenset({"openai", "replay", "llama"})


def engine_class(name: str) -> type[Engine]:
    """The Engine class registered under `name`."""
    target = ENGINES.get(name)
    if target is None:
        raise ConfigError(f"unknown engine {name!r}; choose one of: {', '.join(sorted(ENGINES))}")
    module_name, _, attr = target.partition(":")
    try:
        module = import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            raise ConfigError(f"the {name} engine is not available in this installation ({module_name} missing)") from None
        raise
    cls: type[Engine] = getattr(module, attr)
    return cls


def choose_engine(engine: str | None, env: Mapping[str, str] | None = None) -> str:
    """The engine name for a call: explicit, else from the environment, else rules."""
    if engine:
        return engine
    env = os.environ if env is None else env
    if env.get("OPENAI_API_KEY") or env.get("OPENAI_BASE_URL"):
        return "openai"
    log.warning("no LLM endpoint configured (set OPENAI_API_KEY or OPENAI_BASE_URL): using the rules engine")
    return "rules"


def get_engine(engine: str | Engine | None = None, *, model: str | None = None, base_url: str | None = None,
               api_key: str | None = None, **options: Any) -> Engine:  # fmt: skip
    """An Engine instance: `engine` itself, or one built by name with the given settings."""
    if isinstance(engine, Engine):
        if model or base_url or api_key or options:
            raise ConfigError("model, base_url, api_key and options apply to engines chosen by name, not to an Engine instance")
        return engine
    name = choose_engine(engine)
    cls = engine_class(name)
    if name in _LLM_ENGINES:
        return cls(model=model, base_url=base_url, api_key=api_key, **options)  # type: ignore[call-arg]
    if options:
        raise ConfigError(f"the {name} engine takes no options (got {', '.join(sorted(options))})")
    return cls()
