"""Metric floors (and ceilings) per dataset and engine, read from evals/thresholds.toml.

Layout::

    [gold.replay.min]          # dataset name . engine (or "any") . min|max
    schema_valid_rate = 1.0
    "recall.entities" = 0.8    # dotted names of metrics.json leaves (see metrics.flatten)
    [gold.replay.max]
    errors_per_article = 0.5

A metric with a floor that the run did not produce (None: no references, no gold) fails:
a threshold that silently stops applying is worse than a red build.
"""

from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

from summarizer.errors import ConfigError
from summarizer.resources import default_thresholds

__all__ = ["ThresholdResult", "check_thresholds", "default_thresholds", "load_thresholds", "rules_for"]

Bound = Literal["min", "max"]


@dataclass(slots=True, frozen=True)
class ThresholdResult:
    metric: str
    bound: Bound
    limit: float
    value: float | None
    passed: bool

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def load_thresholds(path: Path | None = None) -> dict[str, Any]:
    """The parsed TOML table; a missing or broken file is a ConfigError naming it."""
    path = path or default_thresholds()
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"thresholds file not found: {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"thresholds file {path} is not valid TOML: {exc}") from None


def rules_for(table: dict[str, Any], dataset: str, engine: str) -> dict[tuple[str, Bound], float]:
    """The bounds that apply: ``[dataset.any]`` overridden by ``[dataset.<engine>]``."""
    section = table.get(dataset, {})
    out: dict[tuple[str, Bound], float] = {}
    for eng in ("any", engine):
        for bound in ("min", "max"):
            for metric, limit in section.get(eng, {}).get(bound, {}).items():
                if not isinstance(limit, int | float) or isinstance(limit, bool):
                    raise ConfigError(
                        f"threshold {dataset}.{eng}.{bound}.{metric} must be a number, not {limit!r}"
                    )
                out[(metric, bound)] = float(limit)
    return out


def check_thresholds(flat: dict[str, float], rules: dict[tuple[str, Bound], float]) -> list[ThresholdResult]:
    """Each bound against the run's flattened metrics, in the table's order."""
    results: list[ThresholdResult] = []
    for (metric, bound), limit in rules.items():
        value = flat.get(metric)
        if value is None:
            passed = False
        elif bound == "min":
            passed = value >= limit - 1e-12
        else:
            passed = value <= limit + 1e-12
        results.append(ThresholdResult(metric, bound, limit, value, passed))
    return results
