"""Which numbers in a text are claims: cricket scores, targets, ranked events, tournament stages and
list markers are told apart from counts."""

from __future__ import annotations

import re

from summarizer.lexicon.words import URDU_FUNCTION
from summarizer.numbers.quantities import urdu_time_unit
from summarizer.schemas import (
    Lang,
    Quantity,
    QuantityKind,
    Span,
)
from summarizer.source_index import SourceIndex
from summarizer.text.normalize import fold, fold_token

_CRICKET_NOUNS = frozenset(("six", "four"))
_BARE_HUNDRED = re.compile(r"(?:a\s+)?hundred\b", re.I)
_CENTURY_WORDS = re.compile(r"سنچری|سنچریاں|سنچریوں|سینچری")
_HUNDRED_RUNS = (100, 500)
"""An innings of this many runs is a hundred (a century); a double hundred too."""


def english_cricket(source: SourceIndex, text: str, found: list[Quantity], numbers: list[Quantity]) -> list[Quantity]:
    """Cricket's nouns are no numbers: `one six and nine fours` (ایک چھکا اور نو چوکے) counts
    a six, and a bare `hundred` (`his fifth Test hundred`, `a double hundred`) is a century
    where the article speaks of سنچری or gives an innings of a hundred runs or more (121 رنز)."""
    centuries = _CENTURY_WORDS.search(source.text) is not None or any(
        _HUNDRED_RUNS[0] <= q.value < _HUNDRED_RUNS[1] and "run" in c for q, c in source.counted)
    ends = {q.span.end for q in found}
    out: list[Quantity] = []
    for q in numbers:
        after_count = any(text[e : q.span.start].isspace() for e in ends if e < q.span.start)
        if q.span.text.lower() in _CRICKET_NOUNS and after_count:
            continue
        if centuries and _BARE_HUNDRED.match(q.span.text) and " and " not in q.span.text:
            continue
        if _a_target(text, q) and any(s.value == q.value - 1 for s in source.quantities):
            continue  # setting them 275 to win: one more than the 274 the article gives
        out.append(q)
    return out


_TARGET_AFTER = re.compile(r"\s+(?:runs\s+)?to\s+win\b", re.I)
_TARGET_BEFORE = re.compile(r"\btarget\s+of\s+$", re.I)


def _a_target(text: str, q: Quantity) -> bool:
    """A run chase's target (275 to win, a target of 275): the other side's total and one."""
    return q.kind is QuantityKind.COUNT and q.value == int(q.value) and (
        _TARGET_AFTER.match(text, q.span.end) is not None
        or _TARGET_BEFORE.search(text[max(0, q.span.start - 12) : q.span.start]) is not None)


_RANKED_EVENTS = frozenset(fold_token(w) for w in (
    "ٹیسٹ", "میچ", "راؤنڈ", "دور", "سیٹ", "گیم", "اننگز", "سیزن", "مرحلے", "مرحلہ", "ون", "فلم", "ایڈیشن",
    "سیڈ", "پوزیشن", "نمبر", "شکست", "ہار", "فتح", "جیت", "کامیابی", "مرتبہ", "بار", "دفعہ", "موقع", "موقعہ", "دورہ", "دورے",
    "مدت", "سیمی", "منزل", "درجے", "درجہ"))
"""Nouns a word ordinal second or third ranks as a claim (تیسرے ٹیسٹ, دوسرے راؤنڈ): no idiom
(پہلے = before, دوسری طرف = on the other hand) stands before them."""


_RANKED_EVENTS_EN = frozenset((
    "test", "match", "round", "term", "set", "game", "innings", "season", "stage", "phase", "edition", "film",
    "seed", "seeded", "position", "one-day", "odi", "t20", "leg", "place", "defeat", "loss", "win", "victory",
    "time", "day"))
"""The same in English (a third term, the second Test, third-seeded, the third day: not Urdu's
دوسرے روز, which is also "the next day")."""


_RUN_OF = re.compile(r"[\s-]+(?:straight|consecutive|successive|running)\b", re.I)
"""Between an ordinal and what it ranks: the third straight win, a fourth consecutive title."""


_AND_LAST_AFTER = re.compile(r"\s+(?:and\s+(?:final|last)|(?:اور|و)\s+آخری)\b", re.I)
"""After an ordinal: the third and final, تیسرے اور آخری."""


def ranked_event(text: str, q: Quantity, lang: Lang = "ur") -> bool:
    if q.kind is not QuantityKind.ORDINAL or q.value < 2:  # پہلا سیٹ: a first a brief infers
        return False
    if _AND_LAST_AFTER.match(text, q.span.end):
        return True  # تیسرے اور آخری, the third and final: a rank in a series, never an idiom
    if lang == "en":
        run = _RUN_OF.match(text, q.span.end)
        nxt = re.match(r"[\s-]+([\w-]+)", text[run.end() if run is not None else q.span.end :])
        if nxt is not None and q.value == _THIRD and _third_of_en(nxt.group(1)):
            return True
        return nxt is not None and nxt.group(1).lower() in _RANKED_EVENTS_EN
    nxt = _NEXT_WORDS.match(text, q.span.end)
    if nxt is not None and q.value == _THIRD and _third_of(fold_token(nxt.group(1))):
        return True
    return nxt is not None and (_names_event(nxt) or _elided_rank(text, q, fold_token(nxt.group(1))))


_THIRD = 3
_THIRD_IDIOMS = frozenset(fold_token(w) for w in ("دنیا", "فریق", "جنس", "صنف", "پہر"))
"""Nouns after تیسرا that make an idiom, not a rank: the Third World, a third party, the third
gender, تیسرے پہر (the afternoon)."""


_THIRD_IDIOMS_EN = frozenset(("world", "party", "parties", "gender", "person", "persons", "wheel", "rate", "way"))
_EN_NOT_NOUNS = frozenset(("of", "and", "or", "to", "in", "on", "at", "for", "by", "with", "from", "as", "is", "was",
                           "were", "are", "be", "the", "a", "an"))
"""Small words after "third" that start no noun it ranks (a third of the vote is a share)."""


def _third_of_en(word: str) -> bool:
    """The English "third" before a noun ranks it (the third floor, the third prisoner, the third
    Bangladeshi), bar the same idioms (the Third World, a third party)."""
    low = word.lower()
    return word[:1].isalpha() and low not in _THIRD_IDIOMS_EN and low not in _EN_NOT_NOUNS


def _third_of(word: str) -> bool:
    """تیسرے before a noun ranks it (تیسرے قیدی, تیسری منزل, تیسرے دن): unlike دوسرے (other, and
    دوسرے دن the next day) and پہلے (before), third is rarely idiom."""
    return urdu_time_unit(word) in _RANKED_UNITS or (
        word[:1].isalpha() and word not in URDU_FUNCTION and word not in _THIRD_IDIOMS)


_RANKED_UNITS = frozenset(("day", "week", "month", "year"))
"""Units of time a third ranks though the function words hold their words (ہفتے is also
Saturday): اکتوبر کے تیسرے ہفتے, the third week of October."""


_NEXT_WORDS = re.compile(r"\s+(\w+)(?:\s+(\w+))?")
"""The one or two words after an Urdu ordinal: what it ranks (ون ڈے, ایک روزہ)."""


def _names_event(nxt: re.Match[str]) -> bool:
    """The words after an ordinal (`_NEXT_WORDS`) are an event it ranks."""
    return fold_token(nxt.group(1)) in _RANKED_EVENTS or (
        nxt.group(2) is not None and (fold_token(nxt.group(1)), fold_token(nxt.group(2))) in _RANKED_PAIRS)


_ELIDED_BEFORE = 80
"""Characters back to the ordinal whose event an elliptical one ranks (دوسرے ون ڈے میں ... جبکہ تیسرے میں)."""
_POSTPOSITIONS = frozenset(fold_token(w) for w in ("میں", "کو", "سے", "پر"))
_WORD_ORDINAL = re.compile(r"(?:دوسر|تیسر|چوتھ|پانچوی?|چھٹ)[ےیا]\w*")


def _elided_rank(text: str, q: Quantity, after: str) -> bool:
    """A word ordinal with its noun left out (تیسرے میں: in the third), in a sentence whose
    ordinal just before ranks an event (دوسرے ون ڈے میں بھارت نے ... جبکہ تیسرے میں): the same event."""
    if after not in _POSTPOSITIONS:
        return False
    before = text[max(0, q.span.start - _ELIDED_BEFORE) : q.span.start]
    before = before[before.rfind("۔") + 1 :]
    return any((nxt := _NEXT_WORDS.match(before, m.end())) is not None and _names_event(nxt)
               for m in _WORD_ORDINAL.finditer(before))


_RANKED_PAIRS = frozenset((fold_token("ایک"), fold_token(w)) for w in ("روزہ", "روزے"))
"""Two-word events a word ordinal ranks: تیسرے ایک روزہ (the third one-day international), whose
ایک is no count of its own."""


_BOTH = frozenset(fold_token(w) for w in ("دونوں", "دونو"))
_IDIOM_MAX = 3
"""Word ordinals up to third are idiom as often as ranks (پہلے = before, دوسری = other)."""
_HAT_TRICK = 3
_HAT_TRICKS = tuple(fold(w).replace(" ", "") for w in ("ہیٹ ٹرک", "ہیٹرک"))


def rank_support(source: SourceIndex, claim: Quantity) -> list[Quantity]:
    """The article's numbers that may stand for the rank `claim` (the brief's second round).
    A low rank is read only where the article ranks something too: its word ordinals up to third
    that rank nothing are idiom (دوسری سیاسی جماعتیں: other parties), and دونوں (both) is no
    second. Digits, higher ranks and counts of other things are all kept."""
    if claim.value > _IDIOM_MAX or (claim.value == _HAT_TRICK and any(t in source.spaceless for t in _HAT_TRICKS)):
        return list(source.unpaired_quantities)  # a third straight win: the article's hat-trick of wins
    counted = {(q.span.start, q.span.end): c for q, c in source.counted}
    return [q for q in source.unpaired_quantities
            if any(ch.isdigit() for ch in q.span.text) or q.value > _IDIOM_MAX or not (
                (q.kind is QuantityKind.ORDINAL and not counted.get((q.span.start, q.span.end))
                 and not ranked_event(source.text, q))
                or (q.kind is QuantityKind.COUNT and fold_token(q.span.text) in _BOTH))]


_STAGE_BEFORE = re.compile(r"\bthe\s+last\s+$", re.I)
_STAGE_AFTER = re.compile(r"\s*(?:[,.;:)]|$|(?:by|with|after|in|on|of|and|for|at|stage|round|before|when|where"
                          r"|teams|sides|nations|clubs|players)\b)", re.I)
_STAGES = frozenset((4.0, 8.0, 16.0, 32.0))


def tournament_stage(text: str, q: Quantity) -> bool:
    """"the last eight" (the quarter-finals), "the last 16": a stage's name, not a count the
    article must give."""
    return (q.value in _STAGES and q.kind is QuantityKind.COUNT
            and _STAGE_BEFORE.search(text[max(0, q.span.start - 12) : q.span.start]) is not None
            and _STAGE_AFTER.match(text[q.span.end :]) is not None)


_US = frozenset(("US", "U.S.", "American"))
_DOLLAR_AFTER = re.compile(r"\s+dollars?\b", re.I)


def dollar_of_us(source: SourceIndex, text: str, span: Span) -> bool:
    """"the US dollar" where the article says ڈالر: the dollar's usual name, no claim about the US."""
    return (span.text in _US and _DOLLAR_AFTER.match(text, span.end) is not None
            and "ڈالر" in source.text)


_LIST_MARKER = re.compile(
    r"(?m)(?:^[ \t]*[(\[]?([0-9۰-۹٠-٩]{1,2})[).:\]-]|(?<=[۔.!?؟])[ \t]+([0-9۰-۹٠-٩]{1,2})\))(?=\s)")
"""A numbered point's marker at a line's start (1. 2) 3-) or after a sentence's end (۔ 2) ...)."""


NAMED_NUMBER = re.compile(r"\b[A-Z][a-z]+ of (?=[A-Z][a-z]+\b(?! [A-Z]))")
"""A capitalised number word after "Group of" (the Group of Eight, the Council of Ten): part of a
name, not a count, unless a capitalised word follows as in a title-case headline (Deaths of Eight Miners)."""


def list_markers(text: str) -> set[tuple[int, int]]:
    """Spans of the numbers that mark numbered points, when the text has at least two of them:
    a list's count, not a claim about the article."""
    found = [m.span(1) if m.group(1) else m.span(2) for m in _LIST_MARKER.finditer(text)]
    return set(found) if len(found) >= 2 else set()


_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][A-Za-z'-]+)\s$")


def numbered_name(source: SourceIndex, text: str, span: Span) -> bool:
    """A number a name carries (Singham 2, Dhoom 3), which the article writes after the name's
    Urdu form, in digits or said in English (سنگم ٹو): the name's number, not a count."""
    m = _NAME_BEFORE.search(text[max(0, span.start - 40) : span.start])
    return (m is not None and span.text.isdigit()
            and int(span.text) in source.names.numbers_after_name(m.group(1)))
