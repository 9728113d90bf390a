"""The eval suite: datasets, scoring, run folders, reports, comparison and thresholds.

summarizer eval DATASET [--engine replay|openai|rules] [--model M] [--record] --out runs/NAME
summarizer eval compare runs/A runs/B
"""

from __future__ import annotations

from summarizer.evals.datasets import Article, Dataset, DatasetIssue, load_dataset
from summarizer.evals.runner import EvalConfig, EvalRun, run_eval

__all__ = ["Article", "Dataset", "DatasetIssue", "EvalConfig", "EvalRun", "load_dataset", "run_eval"]
