"""Check a translator's brief against its Urdu article: findings located in the brief, each with
the Urdu sentence it is about, and every number and name linked to its evidence.

    report = check_brief_text(article, brief_text)          # text, Markdown or brief JSON
    report = check_generated(article, brief)                 # a `Brief` from `summarize`

The verdicts are the checker's (`validators.check_grounding` for text, `api.check_brief` for a
brief JSON, `Brief.validation` for a generated brief); this module places them: line and column
in the brief file, the text they sit in, the source sentence around the nearest evidence.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Literal

from pydantic import BaseModel

from summarizer.desk.document import BriefDocument, Location, parse_brief
from summarizer.desk.evidence import Link, link_text, related_sentence, source_sentence
from summarizer.errors import InputError
from summarizer.input import check_article
from summarizer.schemas import Brief, BriefDraft, Finding, Lang, Span, ValidationReport
from summarizer.source_index import SourceIndex

__all__ = [
    "DeskFinding",
    "DeskLink",
    "DeskReport",
    "DeskText",
    "check_brief_text",
    "check_document",
    "check_generated",
]


class DeskText(BaseModel):
    """One checked text: a stretch of a text brief, or one field of a brief."""

    id: str
    field: str | None
    label: str
    lang: Lang
    text: str
    start: int = 0
    """Offset of `text` in the brief file (text briefs); 0 for fields."""


class DeskLink(BaseModel):
    """A number or name of a text (`claim` offsets into it) and its source evidence."""

    text_id: str
    kind: Literal["number", "name"]
    status: Literal["ok", "error", "warning"]
    claim: Span
    evidence: list[Span]
    message: str = ""


class DeskFinding(BaseModel):
    """A checker finding placed in the brief, with the source sentence it is about."""

    text_id: str | None
    """The text the claim sits in (None for fields not shown as text: entities, quantities)."""
    location: Location | None
    finding: Finding
    """As the checker gave it; `claim` offsets are into the text (or the field's value)."""
    source_sentence: Span | None


class DeskReport(BaseModel):
    brief_format: Literal["text", "markdown", "json", "brief"]
    texts: list[DeskText]
    links: list[DeskLink]
    findings: list[DeskFinding]
    errors: int
    warnings: int
    numbers_linked: int
    names_linked: int

    @property
    def passed(self) -> bool:
        return self.errors == 0


def check_brief_text(
    article: str, brief: str, *, lang: Lang | None = None, name: str = "brief"
) -> DeskReport:
    """Check a brief given as plain text, Markdown or brief JSON against the Urdu article."""
    document = parse_brief(brief, name=name, lang=lang)
    return check_document(check_article(article), document)


def check_document(source: str, document: BriefDocument, *, published: date | None = None,
                   outlet: str | None = None) -> DeskReport:
    """Check a parsed brief against an already cleaned article (`input.check_article`).

    `published`, `outlet`: the article's date and who published it, when they come apart from
    the text (`SourceIndex`); a brief may cite them. Text and Markdown briefs only: a brief JSON
    is re-checked as it was made."""
    if document.draft is not None and published is not None:
        raise InputError("--published applies to text and Markdown briefs; a brief JSON is checked against its article alone")
    if document.draft is not None and outlet is not None:
        raise InputError("--outlet applies to text and Markdown briefs; a brief JSON is checked against its article alone")
    if document.draft is not None:
        from summarizer.api import check_brief

        report = check_brief(source, document.draft)
        return _from_draft(source, document.draft, report, document, "json")
    texts: list[DeskText] = []
    pairs: list[tuple[DeskText, list[Finding]]] = []
    from summarizer.validators import check_grounding

    index = SourceIndex(source, published=published, outlet=outlet)  # one per article: every segment is checked and linked against it
    for k, seg in enumerate(document.segments):
        what = "English" if seg.lang == "en" else "Urdu"
        text = DeskText(id=f"t{k}", field=None, label=f"Your brief ({what})", lang=seg.lang,
                        text=document.raw[seg.start : seg.start + len(seg.text)], start=seg.start)  # fmt: skip
        texts.append(text)
        found = check_grounding(index, seg.text, seg.lang)
        pairs.append((text, found))
    return _assemble(
        index, document, document.format, pairs, [], checked_texts=[seg.text for seg in document.segments]
    )


def check_generated(article: str, brief: Brief) -> DeskReport:
    """Place a generated brief's own validation findings and link its claims (no re-check)."""
    source = check_article(article)
    return _from_draft(source, brief, brief.validation, None, "brief")


# --------------------------------------------------------------------------- briefs


def _field_texts(draft: BriefDraft) -> list[tuple[str, str, Lang, str]]:
    """(field, label, lang, text) of every prose field of a brief, in reading order."""
    out: list[tuple[str, str, Lang, str]] = [
        ("headline_en", "Headline", "en", draft.headline_en),
        ("headline_ur", "Headline", "ur", draft.headline_ur),
        ("summary_en", "Summary", "en", draft.summary_en),
        ("summary_ur", "Summary", "ur", draft.summary_ur),
    ]
    for i, kp in enumerate(draft.key_points, 1):
        out += [(f"key_points[{i - 1}].text_en", f"Key point {i}", "en", kp.text_en),
                (f"key_points[{i - 1}].text_ur", f"Key point {i}", "ur", kp.text_ur)]  # fmt: skip
    for i, ev in enumerate(draft.events, 1):
        out.append((f"events[{i - 1}].description_en", f"Event {i} ({ev.type})", "en", ev.description_en))
    return [item for item in out if item[3].strip()]


def _from_draft(source: str, draft: BriefDraft, report: ValidationReport, document: BriefDocument | None,
                fmt: Literal["json", "brief"]) -> DeskReport:  # fmt: skip
    texts = [DeskText(id=f"f{k}", field=f, label=label, lang=lang, text=text)
             for k, (f, label, lang, text) in enumerate(_field_texts(draft))]  # fmt: skip
    by_field = {t.field: t for t in texts}
    pairs = [(t, [f for f in report.findings if f.field == t.field]) for t in texts]
    others = [f for f in report.findings if f.field not in by_field]
    return _assemble(SourceIndex(source), document, fmt, pairs, others, checked_texts=[t.text for t in texts])


# --------------------------------------------------------------------------- placing


def _assemble(index: SourceIndex, document: BriefDocument | None, fmt: Literal["text", "markdown", "json", "brief"],
              pairs: list[tuple[DeskText, list[Finding]]], others: Iterable[Finding],
              checked_texts: list[str]) -> DeskReport:  # fmt: skip
    links: list[DeskLink] = []
    findings: list[DeskFinding] = []
    for (text, found), checked in zip(pairs, checked_texts, strict=True):
        text_links = link_text(index, checked, text.lang, found, field=text.field)
        links += [_desk_link(text.id, ln) for ln in text_links]
        for f in found:
            if f.nearest is not None:
                sentence = source_sentence(index, f.nearest)
            else:
                sentence = related_sentence(index, checked, f.claim.start, text_links)
            findings.append(DeskFinding(text_id=text.id, location=_locate(document, text, f),
                                        finding=f, source_sentence=sentence))  # fmt: skip
    for f in others:
        sentence = source_sentence(index, f.nearest) if f.nearest is not None else None
        where = document.locate(f.field, f.claim.start, f.claim.end) if document is not None else None
        findings.append(DeskFinding(text_id=None, location=where, finding=f, source_sentence=sentence))
    findings.sort(key=lambda d: (d.location.line, d.location.column) if d.location else (1 << 30, 0))
    errors = sum(d.finding.severity == "error" for d in findings)
    return DeskReport(
        brief_format=fmt, texts=[t for t, _ in pairs], links=links, findings=findings,
        errors=errors, warnings=len(findings) - errors,
        numbers_linked=sum(ln.kind == "number" for ln in links),
        names_linked=sum(ln.kind == "name" for ln in links),
    )  # fmt: skip


def _locate(document: BriefDocument | None, text: DeskText, f: Finding) -> Location | None:
    if document is None:
        return None
    if text.field is None:
        return document.locate(None, text.start + f.claim.start, text.start + f.claim.end)
    return document.locate(text.field, f.claim.start, f.claim.end)


def _desk_link(text_id: str, ln: Link) -> DeskLink:
    return DeskLink(text_id=text_id, kind=ln.kind, status=ln.status, claim=ln.claim,
                    evidence=list(ln.evidence), message=ln.message)  # fmt: skip
