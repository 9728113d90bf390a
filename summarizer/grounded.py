"""A draft grounded in its source: evidence offsets resolved and every check's findings.

    ground(source, draft) -> (draft with evidence offsets, ValidationReport)

Shared by the engines' validation stage (instructor's validator reads the source from its
context) and by the api, which assembles the final `Brief`. It sits below both, so engines
never import the api layer above them.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from summarizer import validators
from summarizer.schemas import BriefDraft, Finding, ValidationReport

__all__ = ["draft_errors", "ground", "remember"]

_MEMO: OrderedDict[tuple[Any, ...], tuple[BriefDraft, ValidationReport]] = OrderedDict()
_MEMO_LOCK = threading.Lock()
_MEMO_SIZE = 16


def _key(source: str, draft_json: str) -> tuple[Any, ...]:
    return (validators.resolve_evidence, validators.validate_draft, source, draft_json)


def remember(source: str, draft_json: str, result: tuple[BriefDraft, ValidationReport]) -> None:
    """Keep a grounding computed elsewhere (a worker process: `engines.offload`) for `ground`."""
    with _MEMO_LOCK:
        _MEMO[_key(source, draft_json)] = result
        while len(_MEMO) > _MEMO_SIZE:
            _MEMO.popitem(last=False)


def ground(source: str, draft: BriefDraft) -> tuple[BriefDraft, ValidationReport]:
    """Evidence offsets filled in, and every check's findings (evidence ones included, once).

    Memoised on (checks, source, draft): the engine's validator already grounded the draft it
    accepted, and the pipeline would otherwise run the same checks on it a second time.
    """
    key = _key(source, draft.model_dump_json())
    with _MEMO_LOCK:
        hit = _MEMO.get(key)
        if hit is not None:
            _MEMO.move_to_end(key)
            return hit
    resolved, _ = validators.resolve_evidence(source, draft)
    result = resolved, validators.validate_draft(source, resolved)  # its findings include evidence ones
    with _MEMO_LOCK:
        _MEMO[key] = result
        while len(_MEMO) > _MEMO_SIZE:
            _MEMO.popitem(last=False)
    return result


def draft_errors(source: str, draft: BriefDraft) -> list[Finding]:
    """Error-severity findings for a draft: unfound evidence quotes plus every grounding check."""
    _, report = ground(source, draft)
    return [f for f in report.findings if f.severity == "error"]
