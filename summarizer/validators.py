"""Grounding checks: every number and name in a brief against the Urdu source.

(Being written by the lead. Signatures are fixed; bodies land soon.)
"""

from __future__ import annotations

from typing import Literal

from summarizer.schemas import BriefDraft, Finding, ValidationReport

__all__ = ["check_consistency", "check_grounding", "reask_message", "resolve_evidence", "validate_draft"]


def check_grounding(source: str, text: str, lang: Literal["ur", "en"] = "en") -> list[Finding]:
    """One Finding per number or name in `text` that `source` does not support."""
    raise NotImplementedError


def check_consistency(urdu_text: str, english_text: str) -> list[Finding]:
    """Findings where the Urdu and English versions state different quantities or names."""
    raise NotImplementedError


def resolve_evidence(source: str, draft: BriefDraft) -> tuple[BriefDraft, list[Finding]]:
    """Fill evidence start/end offsets by locating each quote in the source; unfound quotes -> findings."""
    raise NotImplementedError


def validate_draft(source: str, draft: BriefDraft) -> ValidationReport:
    """Run every check over every field of a draft."""
    raise NotImplementedError


def reask_message(findings: list[Finding], limit: int = 12) -> str:
    """Compact, actionable feedback for a re-ask: at most `limit` findings, one line each."""
    raise NotImplementedError
