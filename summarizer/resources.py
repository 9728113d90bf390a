"""The data files the package reads at run time, found in one place with importlib.resources.

    summarizer/data/prompts/      versioned prompt templates (the repository's top-level prompts/)
    summarizer/data/fixtures/     the team's authored replay fixtures (evals/fixtures/)
    summarizer/data/gold.jsonl    the team's gold set (evals/datasets/gold.jsonl)
    summarizer/data/thresholds.toml  eval floors (evals/thresholds.toml)

The wheel carries copies (pyproject.toml force-includes them); a checkout holds symbolic links
to the repository's files, so each file exists once in the source. Nothing here derives a
path from the module's own location: an installed wheel and a checkout resolve the same way.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from summarizer.errors import ConfigError

__all__ = ["data", "data_path", "default_fixtures", "default_thresholds", "gold_dataset", "prompts"]


def data(*parts: str) -> Traversable:
    """A shipped data file or folder (it may not exist: callers check)."""
    node = resources.files("summarizer") / "data"
    for part in parts:
        node = node / part
    return node


def data_path(*parts: str) -> Path:
    """A shipped data file or folder as a filesystem path (fixture folders are globbed)."""
    node = data(*parts)
    if not isinstance(node, Path):
        raise ConfigError(
            f"summarizer/data/{'/'.join(parts)} is inside a zip archive; install the package as files "
            "or pass the path explicitly"
        )
    return node


def prompts() -> Traversable:
    """The folder of prompt versions (`v1/system.j2`, `v1/user.j2`, ...)."""
    return data("prompts")


def default_fixtures() -> Path:
    """The team's authored fixtures: replay answers for the gold set."""
    return data_path("fixtures")


def gold_dataset() -> Path:
    """The team's gold set (`summarizer eval gold`)."""
    return data_path("gold.jsonl")


def default_thresholds() -> Path:
    """The eval floors checked by `--check-thresholds`."""
    return data_path("thresholds.toml")
