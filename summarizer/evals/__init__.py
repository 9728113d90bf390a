"""The eval suite: datasets, scoring, run folders, reports, comparison and thresholds.

summarizer eval DATASET [--engine replay|openai|rules] [--model M] [--record] --out runs/NAME
summarizer eval compare runs/A runs/B
"""

from __future__ import annotations

import importlib.util
from importlib import import_module
from typing import TYPE_CHECKING, Any

from summarizer.errors import ConfigError

__all__ = ["EVAL_EXTRA", "Article", "Dataset", "DatasetIssue", "EvalConfig", "EvalRun", "load_dataset",
           "require_eval_tools", "run_eval"]  # fmt: skip

EVAL_EXTRA = ("rouge_score", "sacrebleu", "portalocker")
"""Modules of the optional `urdu-brief[eval]` extra."""


def require_eval_tools() -> None:
    """A ConfigError saying how to install the eval extra when one of its modules is missing."""
    missing = [m for m in EVAL_EXTRA if importlib.util.find_spec(m) is None]
    if missing:
        raise ConfigError(f"the eval tools need {', '.join(missing)}: pip install 'urdu-brief[eval]'")

_WHERE = {
    "Article": "summarizer.evals.datasets",
    "Dataset": "summarizer.evals.datasets",
    "DatasetIssue": "summarizer.evals.datasets",
    "load_dataset": "summarizer.evals.datasets",
    "EvalConfig": "summarizer.evals.runner",
    "EvalRun": "summarizer.evals.runner",
    "run_eval": "summarizer.evals.runner",
}

if TYPE_CHECKING:
    from summarizer.evals.datasets import Article, Dataset, DatasetIssue, load_dataset
    from summarizer.evals.runner import EvalConfig, EvalRun, run_eval


def __getattr__(name: str) -> Any:
    """Lazy, so `summarizer --help` does not pay for rouge-score, nltk and sacrebleu."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'summarizer.evals' has no attribute {name!r}")
    return getattr(import_module(module), name)
