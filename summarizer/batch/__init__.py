"""Eval runs through the OpenAI Batch API (half price) or `vllm run-batch`: see `run.py`."""

from summarizer.batch.run import CollectResult, collect, status, submit, vllm_commands
from summarizer.batch.wire import BatchSettings

__all__ = ["BatchSettings", "CollectResult", "collect", "status", "submit", "vllm_commands"]
