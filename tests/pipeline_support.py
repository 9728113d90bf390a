"""Shared helpers for the pipeline tests: a small stand-in for the grounding validators, the
team-written test article and its drafts.

`fake_validators` checks only ASCII/Urdu digit numbers and verbatim evidence quotes, which is
enough to drive instructor's re-ask loop deterministically whatever the real validators flag.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

from summarizer import validators
from summarizer.schemas import BriefDraft, Finding, FindingKind, Span, ValidationReport
from summarizer.source_index import SourceIndex
from summarizer.text.normalize import fold

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
ARTICLE_PATH = FIXTURES / "schools.ur.txt"
_NUM = re.compile(r"\d+(?:[.,]\d+)*")


def article() -> str:
    from summarizer.input import check_article, read_article

    return check_article(read_article(ARTICLE_PATH))


def good_draft() -> dict[str, Any]:
    return json.loads((FIXTURES / "schools.draft.json").read_text(encoding="utf-8"))


def bad_draft() -> dict[str, Any]:
    """The good draft with an ungrounded number (300 schools, the article says 250)."""
    draft = copy.deepcopy(good_draft())
    draft["summary_en"] = draft["summary_en"].replace("250", "300")
    return draft


def _numbers(text: str) -> set[str]:
    return {m.group().replace(",", "") for m in _NUM.finditer(fold(text))}


def fake_resolve_evidence(source: str | SourceIndex, draft: BriefDraft) -> tuple[BriefDraft, list[Finding]]:
    source = source.text if isinstance(source, SourceIndex) else source  # as the real one takes either
    data = draft.model_dump()
    findings: list[Finding] = []
    for i, kp in enumerate(data["key_points"]):
        for j, ev in enumerate(kp["evidence"]):
            start = source.find(ev["quote"])
            if start < 0:
                findings.append(Finding(kind=FindingKind.EVIDENCE, field=f"key_points[{i}].evidence[{j}]",
                                        claim=Span(start=0, end=len(ev["quote"]), text=ev["quote"]),
                                        message=f"quote not found in the article: {ev['quote'][:30]}"))
            else:
                ev["start"], ev["end"] = start, start + len(ev["quote"])
    return BriefDraft.model_validate(data), findings


def fake_validate_draft(source: str | SourceIndex, draft: BriefDraft) -> ValidationReport:
    source = source.text if isinstance(source, SourceIndex) else source
    have = _numbers(source)
    findings = []
    for name in ("headline_en", "summary_en", "headline_ur", "summary_ur"):
        text = getattr(draft, name)
        for m in _NUM.finditer(text):
            if m.group().replace(",", "") not in have:
                findings.append(Finding(kind=FindingKind.NUMBER, field=name,
                                        claim=Span(start=m.start(), end=m.end(), text=m.group()),
                                        message=f"{name}: {m.group()} is not in the article"))
    _, ev = fake_resolve_evidence(source, draft)
    findings += ev
    return ValidationReport(passed=not findings, findings=findings, numbers_checked=len(have))


def fake_reask_message(findings: list[Finding], limit: int = 12) -> str:
    lines = [f"- {f.message}" for f in findings[:limit]]
    return "Fix these unsupported claims:\n" + "\n".join(lines)


def install_fake_validators(monkeypatch: Any) -> None:
    monkeypatch.setattr(validators, "resolve_evidence", fake_resolve_evidence)
    monkeypatch.setattr(validators, "validate_draft", fake_validate_draft)
    monkeypatch.setattr(validators, "reask_message", fake_reask_message)


def write_fixture(directory: Path, responses: list[dict[str, Any]], *, origin: str = "authored",
                  model: str = "authored", name: str = "schools") -> Path:
    from summarizer.engines.fixtures import fixture_key

    data = {"key": fixture_key(article()), "article": "tests/fixtures/schools.ur.txt", "origin": origin,
            "model": model, "prompt_version": "v1", "note": "test", "responses": responses}
    path = directory / f"{name}.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path
