"""The eval suite: datasets, scoring, run folders, reports, comparison and thresholds.

summarizer eval DATASET [--engine replay|openai|rules] [--model M] [--record] --out runs/NAME
summarizer eval compare runs/A runs/B
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__all__ = ["Article", "Dataset", "DatasetIssue", "EvalConfig", "EvalRun", "load_dataset", "run_eval"]

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
