"""Datelines: the place, date and agency that open an Urdu news story.

Shapes handled (at the start of a line):
- `اسلام آباد (اے پی پی) ...`                       place (agency)
- `راولپنڈی (مانیٹرنگ ڈیسک، نیوز ایجنسیاں) ...`      place (desk, agencies)
- `ڈھاکہ ۔ یکم دسمبر (اے پی پی) ...`                 place ۔ date (agency)
- `سٹینفورڈ۔ 02 اگست (اے پی پی)...`                  place۔ date (agency)
- `کراچی: ...` / `کراچی — ...`                        place (one or two words), then a colon or dash

A line that opens with a name and its acronym in brackets (`پاکستان تحریک انصاف (پی ٹی آئی) نے`)
is not a dateline: an unknown bracket must be followed by the start of a sentence, not by a
postposition, and its place may have at most two words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from summarizer.names.acronyms import urdu_to_acronym
from summarizer.schemas import Span
from summarizer.text.normalize import fold

__all__ = ["DatelineMatch", "agency_english", "find_dateline", "find_datelines"]

_L = "\u0620-\u064a\u064b-\u065f\u066e-\u06d3\u06d5\u0670\u06fa-\u06ff\u0750-\u077f"
_WORD = f"[{_L}]+"
_ONE_PLACE = f"{_WORD}(?:[ \u00a0]{_WORD}){{0,2}}"
_PLACE = f"{_ONE_PLACE}(?:\\s*[/+،,]\\s*{_ONE_PLACE}){{0,2}}"  # `سرینگر/ نئی دہلی`, `لاہور + اسلام آباد`
_MONTHS = (
    "جنوری|فروری|مارچ|اپریل|اپریل|مئی|مئ|جون|جولائی|جولائ|اگست|ستمبر|اکتوبر|نومبر|دسمبر"
    "|محرم|صفر|رمضان|شوال"
)
_DAY = r"(?:یکم|پہلی|[0-9\u06f0-\u06f9\u0660-\u0669]{1,2})"
_YEAR = r"(?:\s*[,،]?\s*[0-9\u06f0-\u06f9\u0660-\u0669]{4}(?:\s*ء)?)"
_DATE = f"{_DAY}\\s*(?:{_MONTHS}){_YEAR}?"
_SEP = r"[۔.\-–—,،:]"

_BRACKETED = re.compile(
    rf"^(?P<lead>\s*)(?P<place>{_PLACE})\s*(?:{_SEP}\s*)?(?:(?P<date>{_DATE})\s*{_SEP}?\s*)?"
    r"\(\s*(?P<agency>[^()\n]{2,80}?)\s*\)\s*(?:[:\-–—۔]\s*)?"
)
_COLON = re.compile(rf"^(?P<lead>\s*)(?P<place>{_ONE_PLACE})\s*(?:{_SEP}\s*(?P<date>{_DATE})\s*)?(?::|\s[\-–—])\s+")

# Words after a bracket that show it belongs to the sentence (an acronym), not a dateline.
_POSTPOSITIONS = {
    "نے", "کے", "کی", "کا", "کو", "سے", "میں", "پر", "اور", "نیز", "تک", "والے", "والی", "کیلئے",
    "کےلیے", "کیخلاف", "کےخلاف", "ہے", "ہیں", "تھا", "تھی", "تھے", "،", ",",
}  # fmt: skip

# Desk and agency words (folded) with their English; acronyms are spelled from letter names.
_DESKS: dict[str, str] = {
    "مانیٹرنگ ڈیسک": "monitoring desk", "نیوز ڈیسک": "news desk", "ویب ڈیسک": "web desk",
    "نیوز ایجنسیاں": "news agencies", "نیوز ایجنسی": "news agency", "خبر ایجنسیاں": "news agencies",
    "ایجنسیاں": "agencies", "سٹاف رپورٹر": "staff reporter", "اسٹاف رپورٹر": "staff reporter",
    "نمائندہ خصوصی": "special correspondent", "خصوصی نمائندہ": "special correspondent",
    "نامہ نگار": "correspondent", "نمائندہ": "correspondent", "خبر نگار": "correspondent",
    "بیورو رپورٹ": "bureau report", "کامرس رپورٹر": "commerce reporter",
    "سپورٹس رپورٹر": "sports reporter", "سپورٹس ڈیسک": "sports desk",
    "رائٹرز": "Reuters", "روئٹرز": "Reuters", "آن لائن": "Online", "ثنا نیوز": "Sana News",
    "شنہوا": "Xinhua", "ژنہوا": "Xinhua",
}  # fmt: skip
_DESKS_FOLDED = {fold(k): v for k, v in _DESKS.items()}
_AGENCY_HINTS = ("ڈیسک", "ایجنسی", "اینجسی", "رپورٹر", "رپورٹ", "نمائند", "نگار", "بیورو", "رائٹرز", "روئٹرز",
                 "آن لائن", "نیوز", "مانیٹرنگ")  # a paper's or channel's desk: (وقت نیوز), (نوائے وقت رپورٹ)

_PARTS = re.compile(r"\s*(?:[،,/]|\sاور\s)\s*")


@dataclass(frozen=True, slots=True)
class DatelineMatch:
    """Where a dateline sits; every span points at the original text."""

    span: Span
    """The whole dateline including its closing bracket or colon; the story starts at span.end."""
    place: Span | None
    agency: Span | None
    date: Span | None


def _acronym(part: str) -> str | None:
    return urdu_to_acronym(part) if part.strip() else None


def agency_english(agency: str) -> str | None:
    """English for the agencies and desks in a dateline bracket, or None when none is known.

    `اے پی پی` → `APP`; `مانیٹرنگ ڈیسک، نیوز ایجنسیاں` → `monitoring desk, news agencies`.
    Unknown parts are left out rather than guessed.
    """
    out: list[str] = []
    for raw in _PARTS.split(fold(agency)):
        part = raw.strip(" .۔-")
        if not part:
            continue
        english = _DESKS_FOLDED.get(part) or _acronym(part)
        if english and english not in out:
            out.append(english)
    return ", ".join(out) or None


def _span(text: str, m: re.Match[str], group: str, offset: int) -> Span | None:
    if m.group(group) is None:
        return None
    s, e = m.span(group)
    return Span(start=s + offset, end=e + offset, text=text[s:e])


_KNOWN_ACRONYMS = {"APP", "INN", "NNI", "PPI", "AFP", "AP", "UNI", "IRNA", "ANI", "BBC", "DPA", "IANS", "INP", "NNA", "TASS"}


def _known_agency(agency: str) -> bool:
    """Whether a bracket names a news agency or desk we know (not any acronym)."""
    folded = fold(agency)
    if any(fold(h) in folded for h in _AGENCY_HINTS):
        return True
    for raw in _PARTS.split(folded):
        part = raw.strip(" .۔-")
        if part in _DESKS_FOLDED or _acronym(part) in _KNOWN_ACRONYMS:
            return True
    return False


def _next_word(text: str, pos: int) -> str:
    m = re.match(r"\s*([^\s]+)", text[pos:])
    return m.group(1) if m else ""


def find_dateline(line: str, offset: int = 0, *, is_place: Callable[[str], bool] | None = None) -> DatelineMatch | None:
    """The dateline at the start of `line` (leading white space allowed), or None.

    `offset` is added to every span, for a line cut out of a longer text. `is_place`, when
    given, must accept the place of a colon dateline (`کراچی:`): without a bracketed agency a
    headline such as `ضمنی انتخاب: ...` has the same shape.
    """
    m = _BRACKETED.match(line)
    if m is not None:
        agency = m.group("agency")
        has_date = m.group("date") is not None
        next_word = _next_word(line, m.end())
        known = _known_agency(agency)
        ok = known or has_date
        if not ok:
            is_acronym = _acronym(fold(agency)) is not None
            ok = (
                is_acronym
                and len(m.group("place").split()) <= 2
                and bool(next_word)
                and next_word.strip("،,") not in _POSTPOSITIONS
            )
        if ok and next_word:
            return _match(line, m, offset, with_agency=True)
    m = _COLON.match(line)
    if (m is not None and len(m.group("place").split()) <= 2 and _next_word(line, m.end())
            and (is_place is None or is_place(m.group("place")))):
        return _match(line, m, offset, with_agency=False)
    return None


def _match(line: str, m: re.Match[str], offset: int, *, with_agency: bool) -> DatelineMatch:
    start = len(m.group("lead"))
    end = m.end()
    while end > start and line[end - 1].isspace():
        end -= 1
    return DatelineMatch(
        span=Span(start=start + offset, end=end + offset, text=line[start:end]),
        place=_span(line, m, "place", offset),
        agency=_span(line, m, "agency", offset) if with_agency else None,
        date=_span(line, m, "date", offset),
    )


def find_datelines(text: str, *, is_place: Callable[[str], bool] | None = None) -> list[DatelineMatch]:
    """Every dateline that opens a line of `text` (a page may carry several stories)."""
    out: list[DatelineMatch] = []
    for m in re.finditer(r"[^\n]+", text):
        found = find_dateline(m.group(0), m.start(), is_place=is_place)
        if found is not None:
            out.append(found)
    return out
