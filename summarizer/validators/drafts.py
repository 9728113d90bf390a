"""Whole drafts: evidence quotes found in the source, every field checked, and the re-ask message."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass

from summarizer.names.matching import (
    MATCH_THRESHOLD,
    NameIndex,
)
from summarizer.numbers.quantities import extract_quantities
from summarizer.schemas import (
    BriefDraft,
    Evidence,
    Finding,
    FindingKind,
    Lang,
    Quantity,
    QuantityClaim,
    QuantityKind,
    Span,
    ValidationReport,
)
from summarizer.source_index import SourceIndex, as_index
from summarizer.text.normalize import fold, normalize
from summarizer.validators.grounding import claim_findings, read_claims
from summarizer.validators.name_support import name_severity
from summarizer.validators.numbers import judge, number_finding

# --------------------------------------------------------------------------- evidence


def find_quote(source: str, quote: str) -> Span | None:
    """Locate a verbatim quote in the source, tolerant of spelling-variant letters and spacing."""
    if not quote.strip():
        return None
    at = source.find(quote)
    if at >= 0:
        return Span(start=at, end=at + len(quote), text=quote)
    norm = normalize(source)
    key = fold(quote)
    at = norm.text.find(key)
    if at < 0:
        return None
    start, end = norm.to_original(at, at + len(key))
    return Span(start=start, end=end, text=source[start:end])


def resolve_evidence(source: str | SourceIndex, draft: BriefDraft) -> tuple[BriefDraft, list[Finding]]:
    """Fill evidence offsets by finding each quote in the source; unfound quotes become findings."""
    text = source.text if isinstance(source, SourceIndex) else source
    findings: list[Finding] = []

    def fix(items: list[Evidence], where: str) -> list[Evidence]:
        out = []
        for i, ev in enumerate(items):
            span = find_quote(text, ev.quote)
            if span is None:
                findings.append(Finding(
                    kind=FindingKind.EVIDENCE, field=f"{where}.evidence[{i}]",
                    claim=Span(start=0, end=len(ev.quote), text=ev.quote),
                    message="This evidence quote is not in the article. Copy the quote verbatim from the article.",
                ))
                out.append(ev.model_copy(update={"start": None, "end": None}))
            else:
                out.append(ev.model_copy(update={"start": span.start, "end": span.end}))
        return out

    points = [kp.model_copy(update={"evidence": fix(kp.evidence, f"key_points[{i}]")})
              for i, kp in enumerate(draft.key_points)]
    events = [ev.model_copy(update={"evidence": fix(ev.evidence, f"events[{i}]")})
              for i, ev in enumerate(draft.events)]
    return draft.model_copy(update={"key_points": points, "events": events}), findings


# --------------------------------------------------------------------------- whole drafts


def _verbatim(source: SourceIndex, text: str | None, field: str, what: str) -> Iterator[Finding]:
    if text and find_quote(source.text, text) is None and source.names.match_urdu(text).score < MATCH_THRESHOLD:
        yield Finding(
            kind=FindingKind.NAME, field=field, claim=Span(start=0, end=len(text), text=text),
            message=f"{what} '{text}' is not written so in the article. Copy it as the article writes it.",
        )


def _claim_as_quantity(claim: QuantityClaim) -> Quantity | None:
    found = extract_quantities(claim.text_ur, "ur")
    if not found:
        return None
    best = min(found, key=lambda q: abs(q.value - claim.value))
    update: dict[str, object] = {"value": claim.value}
    if best.kind is QuantityKind.COUNT and claim.unit:
        # a bare number whose unit the article gives once for two ('پچاس' of 'چالیس سے بڑھ کر
        # پچاس فیصد'): the claim's declared unit says what it is
        if claim.unit.lower() == "percent":
            update["kind"] = QuantityKind.PERCENT
        elif re.fullmatch(r"[A-Z]{3}", claim.unit):
            update |= {"kind": QuantityKind.MONEY, "unit": claim.unit}
    return best.model_copy(update=update)


def _check_claims(source: SourceIndex, claims: Iterable[QuantityClaim], where: str) -> Iterator[Finding]:
    """A declared quantity: its Urdu text is in the source and its value is a source number.

    When the Urdu text holds no extractable number (a time such as 11 بجے), the verbatim
    check is all that can be said.
    """
    src = list(source.quantities)
    for i, claim in enumerate(claims):
        field = f"{where}[{i}]"
        yield from _verbatim(source, claim.text_ur, f"{field}.text_ur", "Quantity text")
        as_q = _claim_as_quantity(claim)
        if as_q is None:
            continue
        verdict = judge(as_q, src)
        if not verdict.supported:
            yield number_finding(as_q, verdict, f"{field}.value")


_SEPARATOR = "\n.\n"  # a full stop between fields keeps numbers and names from running together


@dataclass(slots=True)
class _Batch:
    """Many short fields checked as one text: extraction and name finding run once, not per field."""

    fields: list[tuple[str, str]]
    lang: Lang
    numbers: int = 0
    names: int = 0

    def check(self, source: SourceIndex, aliases: Container[str]) -> list[Finding]:
        items = [(f, t) for f, t in self.fields if t and t.strip()]
        if not items:
            return []
        starts: list[int] = []
        parts: list[str] = []
        at = 0
        for _, text in items:
            starts.append(at)
            parts.append(text)
            at += len(text) + len(_SEPARATOR)
        joined = _SEPARATOR.join(parts)
        claims = read_claims(source, joined, self.lang)
        self.numbers, self.names = len(claims.numbers), len(claims.names)
        found = claim_findings(source, joined, self.lang, claims, None, aliases)
        out = []
        for f in found:
            k = bisect_right(starts, f.claim.start) - 1
            field, text = items[k]
            start = f.claim.start - starts[k]
            end = min(f.claim.end - starts[k], len(text))
            out.append(f.model_copy(update={"field": field, "claim": Span(start=start, end=end, text=text[start:end])}))
        return out


_ALIAS_FLOOR = 0.5
"""A person's or place's English name vouches for itself in text only when it is at least a
loose transliteration of the entity's own Urdu spelling (Gaddafi Stadium ↔ قذافی اسٹیڈیم)."""


class _Aliases:
    """English names the draft's entity table ties to an Urdu spelling found in the source.

    Organisations and other entities are named by translation (Pakistan Bureau of Statistics
    ↔ ادارہ شماریات), which spelling cannot check; people and places must also sound alike.
    Judged lazily: most names match the source directly and never ask.
    """

    def __init__(self, source: SourceIndex, draft: BriefDraft) -> None:
        self._source = source.text
        self._entities = {e.name_en.lower(): e for e in draft.entities if e.name_ur}
        self._verdicts: dict[str, bool] = {}

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str) or (key := name.lower()) not in self._entities:
            return False
        if key not in self._verdicts:
            e = self._entities[key]
            self._verdicts[key] = find_quote(self._source, e.name_ur) is not None and (
                e.type in ("organization", "other")
                or NameIndex(e.name_ur).match_english(e.name_en).score >= _ALIAS_FLOOR
            )
        return self._verdicts[key]



def _entity_findings(source: SourceIndex, draft: BriefDraft, aliases: Container[str]) -> Iterator[Finding]:
    index = source.names
    for i, ent in enumerate(draft.entities):
        yield from _verbatim(source, ent.name_ur, f"entities[{i}].name_ur", "Urdu name")
        severity, near = name_severity(index, ent.name_en, aliases)
        if severity is not None and ent.name_en[:1].isupper():
            yield Finding(
                kind=FindingKind.NAME, severity=severity, field=f"entities[{i}].name_en",
                claim=Span(start=0, end=len(ent.name_en), text=ent.name_en), nearest=near,
                message=f"Name '{ent.name_en}' is not in the article as '{ent.name_ur}' or otherwise.",
            )


def _reference_findings(draft: BriefDraft) -> Iterator[Finding]:
    ids = {e.id for e in draft.entities}
    for i, ev in enumerate(draft.events):
        for role in ("actors", "targets"):
            for ref in getattr(ev, role):
                if ref not in ids:
                    yield Finding(
                        kind=FindingKind.REFERENCE, field=f"events[{i}].{role}",
                        claim=Span(start=0, end=len(ref), text=ref),
                        message=f"'{ref}' is not the id of an entity; use ids from the entities list.",
                    )


def _english_fields(draft: BriefDraft) -> list[tuple[str, str]]:
    fields = [("headline_en", draft.headline_en), ("summary_en", draft.summary_en)]
    fields += [(f"key_points[{i}].text_en", kp.text_en) for i, kp in enumerate(draft.key_points)]
    fields += [(f"quantities[{i}].text_en", q.text_en) for i, q in enumerate(draft.quantities)]
    for i, ev in enumerate(draft.events):
        fields.append((f"events[{i}].description_en", ev.description_en))
        fields += [(f"events[{i}].quantities[{j}].text_en", q.text_en) for j, q in enumerate(ev.quantities)]
    return fields


def _urdu_fields(draft: BriefDraft) -> list[tuple[str, str]]:
    fields = [("headline_ur", draft.headline_ur), ("summary_ur", draft.summary_ur)]
    return fields + [(f"key_points[{i}].text_ur", kp.text_ur) for i, kp in enumerate(draft.key_points)]


def validate_draft(source: str | SourceIndex, draft: BriefDraft) -> ValidationReport:
    """Run every check over every field of a draft (evidence included)."""
    source = as_index(source)
    _, findings = resolve_evidence(source, draft)
    aliases = _Aliases(source, draft)
    english, urdu = _Batch(_english_fields(draft), "en"), _Batch(_urdu_fields(draft), "ur")
    findings += english.check(source, aliases)
    findings += urdu.check(source, aliases)
    findings += _entity_findings(source, draft, aliases)
    findings += _check_claims(source, draft.quantities, "quantities")
    findings += _reference_findings(draft)
    for i, ev in enumerate(draft.events):
        findings += _verbatim(source, ev.place_ur, f"events[{i}].place_ur", "Place")
        findings += _check_claims(source, ev.quantities, f"events[{i}].quantities")
    findings += _verbatim(source, draft.dateline.place_ur, "dateline.place_ur", "Dateline place")
    return ValidationReport(
        passed=not any(f.severity == "error" for f in findings),
        findings=findings,
        numbers_checked=english.numbers + urdu.numbers + len(draft.quantities),
        names_checked=english.names + urdu.names + len(draft.entities),
    )


def reask_message(findings: list[Finding], limit: int = 12) -> str:
    """Compact, actionable feedback for a re-ask: errors only, at most `limit`, one line each."""
    errors = [f for f in findings if f.severity == "error"]
    if not errors:
        return ""
    lines = [f"{len(errors)} claim(s) in your JSON are not supported by the article. Fix each, keep the rest:"]
    for f in errors[:limit]:
        where = f.field or "text"
        lines.append(f"- {where}: {f.message[:300]}")
    if len(errors) > limit:
        lines.append(f"- ... and {len(errors) - limit} more of the same kind.")
    return "\n".join(lines)
