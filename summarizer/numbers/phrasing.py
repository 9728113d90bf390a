"""Corrections to scanned quantities that need a look at their neighbours.

The scanner reads one number at a time; these passes see pairs and the characters around:
- "hundreds of thousands" / "tens of millions" is one vague quantity, not two numbers
  (grounded by لاکھوں / کروڑوں like any vague plural);
- a scale after a range belongs to both ends: "4 سے 5 لاکھ", "25 یا 30 ہزار", "4 to 5 lakh", "2-3 million";
- digits glued to فیصد ("8فیصدافراد") are a percent;
- a unit after a range, a change or a pair of parallel phrases belongs to both numbers:
  "چھیالیس سے گھٹ کر پونے پینتیس فیصد", "پنجاب کو گیارہ اور سندھ کو اکیس فیصد", "دس یا بارہ روپے";
- "one-day" (international, series, match ...) and "Twenty20" name cricket formats, not quantities;
  nor is the "half" of half-time or the second half, nor "the last four" (a knock-out stage);
- a capitalised number word inside a name ("the Big Three", "BBC Radio Five") is the name's
  word, checked as a name, not a count.
"""

from __future__ import annotations

import re

from summarizer.numbers.english import ENGLISH_SCALES
from summarizer.numbers.urdu import URDU_SCALES, URDU_VAGUE
from summarizer.schemas import Quantity, QuantityKind, Span
from summarizer.text.normalize import fold
from summarizer.text.sentences import is_title_case

__all__ = ["refine"]

_VAGUE_TENS = {"tens": 10, "hundreds": 100, "thousands": 1000}
_VAGUE_BIG = {"thousands": 1000, "millions": 10**6, "billions": 10**9}
_RANGE_UR = re.compile(r"^\s*(?:سے|تا|-|–|سے لے کر|اور|یا)\s*$")
_RANGE_EN = re.compile(r"^\s*(?:to|-|–|or|and)\s*$", re.I)
_LEADING = re.compile(r"[0-9\u06f0-\u06f9\u0660-\u0669]+(?:[.,][0-9\u06f0-\u06f9\u0660-\u0669]+)*")
_SCALES = (10**3, 10**5, 10**6, 10**7, 10**9, 10**12)
_PERCENT_GLUED = ("فیصد", "فی صد")
_PERCENT_GLUED_FOLDED = tuple((p, fold(p)) for p in _PERCENT_GLUED)
_FORMAT_AFTER = re.compile(
    r"^[\s-]*(?:day|days)?[\s-]*(?:internationals?|series|matches|match|cup|format|games?|sides?|squads?|"
    r"rankings?|teams?|tournaments?|cricket|leg|encounters?|fixtures?|odis?|careers?|hundreds?|centur(?:y|ies)|debuts?|caps?|specialists?|players?|captains?|wins?|victor(?:y|ies)|defeats?)\b", re.I)


def _digits_value(text: str) -> float | None:
    m = _LEADING.search(text)
    if m is None:
        return None
    raw = m.group(0).translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")).replace(",", "")
    try:
        return float(raw)
    except ValueError:
        return None


_SCALE_WORDS = {fold(w).lower(): s for w, s in (*URDU_SCALES.items(), *ENGLISH_SCALES.items()) if s >= 1000}
"""Scales of a thousand and more, from the number parsers' own tables (not سو, hundred, dozen)."""


def _word_scale(text: str) -> int | None:
    """The scale a number written in words ends with (پانچ ہزار, five million)."""
    words = fold(text).lower().split()
    return next((_SCALE_WORDS[w] for w in reversed(words) if w in _SCALE_WORDS), None)


def _base(q: Quantity) -> float | None:
    """The number before any scale: its digits, or the value of a number in words with no scale."""
    digits = _digits_value(q.span.text)
    if digits is not None:
        return digits
    return q.value if _word_scale(q.span.text) is None else None


def _scale_of(q: Quantity) -> int | None:
    base = _digits_value(q.span.text)
    if not base:
        scale = _word_scale(q.span.text)
        return scale if scale and q.value >= scale else None
    ratio = q.value / base
    return next((s for s in _SCALES if abs(ratio - s) <= 1e-9 * s), None)


_VAGUE_LEAD = re.compile(r"\b(tens|hundreds)\s+of\s+$", re.I)


def _vague_compound(text: str, qs: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    for q in qs:
        big = _VAGUE_BIG.get(q.span.text.lower())
        lead = _VAGUE_LEAD.search(text, 0, q.span.start) if big else None
        if big and lead is not None:
            out = [o for o in out if o.span.end <= lead.start()]
            span = Span(start=lead.start(), end=q.span.end, text=text[lead.start():q.span.end])
            q = q.model_copy(update={"value": float(_VAGUE_TENS[lead.group(1).lower()] * big), "span": span})
        out.append(q)
    return out


def _range_scale(text: str, qs: list[Quantity], lang: str) -> list[Quantity]:
    sep = _RANGE_UR if lang == "ur" else _RANGE_EN
    out = list(qs)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if not sep.match(text[a.span.end:b.span.start]) or _scale_of(a) is not None:
            continue
        a_base = _base(a)  # 4 سے 5 لاکھ, چار سے پانچ ہزار
        scale = _scale_of(b)
        b_base = b.value / scale if scale else None
        if scale is None or a_base is None or b_base is None or a.value != a_base or a_base >= b_base:
            continue
        if a.kind not in (QuantityKind.COUNT, b.kind):
            continue
        out[k] = a.model_copy(update={"value": a.value * scale, "kind": b.kind, "unit": b.unit})
    return out


def _glued_percent(text: str, qs: list[Quantity]) -> list[Quantity]:
    out = []
    for q in qs:
        if q.kind is not QuantityKind.COUNT:
            out.append(q)
            continue
        after = fold(text[q.span.end:q.span.end + 6])
        glued = next((p for p, folded in _PERCENT_GLUED_FOLDED if after.startswith(folded)), None)
        if glued is not None:
            end = q.span.end + len(glued)
            q = q.model_copy(update={"kind": QuantityKind.PERCENT, "unit": None,
                                     "span": Span(start=q.span.start, end=end, text=text[q.span.start:end])})
        out.append(q)
    return out


_CHANGE_UR = re.compile(r"^\s*(?:سے|تا|-|–)\s*(?:(?:بڑھ|گھٹ|گر|کم|بڑھا|گھٹا)\s+(?:ہو\s+)?کر\s*)?$")
"""Between two numbers of one quantity that changes or spans a range: 46 سے گھٹ کر 35 فیصد."""
_COORD_UR = re.compile(r"^\s*(?:اور|یا|،|,)\s*$")
_PARALLEL_UR = re.compile(r"^\s*(?:اور|جبکہ|،|,)\s*(?:[^\W\d_]+\s+){1,2}(کو|کا|کی|کے|میں|نے)\s*$")
"""'X کو 11 اور Y کو 21 فیصد': the same slot on both sides, so the same unit."""
_VAGUE_UR = frozenset(fold(w) for w in URDU_VAGUE)


def _vague_ur(q: Quantity) -> bool:
    """ہزاروں, درجنوں: a plural scale word stands for no number and takes no unit from a neighbour."""
    return fold(q.span.text.strip()) in _VAGUE_UR


_SPREAD_KINDS = frozenset({QuantityKind.PERCENT, QuantityKind.MONEY, QuantityKind.MEASURE})


_COORD_EN = re.compile(r"^\s*(?:and|or|to|-|–)\s*$", re.I)
"""'by 27 and 28 percent', 'from 46 to 35 percent'."""


def _unit_spread(text: str, qs: list[Quantity], lang: str = "ur") -> list[Quantity]:
    """A bare count followed by a number with a unit, joined as a range, a change or two
    parallel phrases, takes that unit: the article states both as percents (or rupees)."""
    out = list(qs)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.kind is not QuantityKind.COUNT or a.unit is not None or b.kind not in _SPREAD_KINDS or _vague_ur(a):
            continue
        between = fold(text[a.span.end:b.span.start])
        if len(between) > 40:
            continue
        if lang == "en":
            ok = bool(_COORD_EN.match(between))
        else:
            ok = bool(_CHANGE_UR.match(between) or _COORD_UR.match(between))
        if not ok and lang == "ur" and (m := _PARALLEL_UR.match(between)) is not None:
            before = fold(text[max(0, a.span.start - 8):a.span.start]).split()
            ok = bool(before) and before[-1] == m.group(1)
        if ok:
            out[k] = a.model_copy(update={"kind": b.kind, "unit": b.unit})
    return out


_MATCH_HALF_BEFORE = re.compile(r"\b(?:first|second)[\s-]*$", re.I)
_MATCH_HALF_AFTER = re.compile(r"^[\s-]*time\b", re.I)
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][A-Za-z]*[ ]+(?:of[ ]+the[ ]+)?$")
"""A capitalised word right before, or before "of the" (Custodian of the Two Holy Mosques)."""
_NUMBER_WORD = re.compile(r"[A-Z][a-z]+")
_CHANNEL_BEFORE = re.compile(r"\b(?:Channel|Radio)[ ]+$")


def _in_title_case_line(text: str, at: int) -> bool:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return is_title_case(text[start:end if end >= 0 else len(text)])


def _name_word(text: str, q: Quantity) -> bool:
    """"the Big Three", "BBC Radio Five", "Custodian of the Two Holy Mosques": a capitalised
    number word right after a capitalised word (or its "of the"), mid-sentence and outside a
    title-case headline, is part of a name."""
    word = q.span.text
    if word.isdigit() and _CHANNEL_BEFORE.search(text[max(0, q.span.start - 12):q.span.start]):
        return True  # Channel 4, Radio 1: the station's name, as چینل فور
    if not _NUMBER_WORD.fullmatch(word):
        return False
    before = text[max(0, q.span.start - 40):q.span.start]
    return bool(_CAPITALISED_BEFORE.search(before)) and not _in_title_case_line(text, q.span.start)


_KNOCKOUT_SIZES = frozenset((4.0, 8.0, 16.0, 32.0))
_LAST_BEFORE = re.compile(r"\b(?:last|final|round\s+of)\s+$", re.I)
_SCORES_OF = re.compile(r"^\s+of\b", re.I)
_INNINGS_BEFORE = re.compile(r"\b(?:double|triple|quadruple|ODI|ODIs|Test|T20I?|one-day|first-class|international)[\s-]+$",
                             re.I)
"""Before "hundreds", a kind of innings or its format (double hundreds, ODI hundreds): centuries."""
_CRICKET_SHOT_AFTER = re.compile(
    r"^(?=[\s,.;]|$)(?!\s+(?:months?|years?|weeks?|days?|hours?|minutes?|per|percent|million|billion|thousand|hundred|lakh|crore)\b)",
    re.I)
_KNOCKOUT_AFTER = re.compile(r"(?:\s*[.,;:)]|\s*$|\s+(?:stage|round|of|in|at|and|with|after|before|for|on)\b)", re.I)


_FIGURE_AFTER = re.compile(r"-figures?\b", re.I)
"""`three-figure mark`, `six-figure sum`: how many digits a number has, not a count of anything."""
_FIGURES_AFTER = re.compile(r"\s+figures\b", re.I)
_FIGURES_BEFORE = re.compile(r"\b(?:reach(?:ed|es|ing)?|into|past|passed|of|to)\s+$", re.I)
"""`reached three figures`, `into double figures`: the same, written apart after a verb of getting there."""
_NINE_ELEVEN = re.compile(r"(?<![\d/.])9/11(?![\d/]|\.\d)")


def _not_formats(text: str, qs: list[Quantity]) -> list[Quantity]:
    out = []
    for q in qs:
        low = q.span.text.lower()
        if low == "twenty" and text[q.span.end:q.span.end + 2] == "20":
            continue  # Twenty20
        if low.startswith("one") and q.value == 1 and _FORMAT_AFTER.match(text[q.span.start + 3:]):
            continue  # one-day international, one-day series
        if q.kind is QuantityKind.COUNT and q.value in (1, 2, 3, 4, 5, 6, 7) and (
                _FIGURE_AFTER.match(text, q.span.end)
                or (_FIGURES_AFTER.match(text, q.span.end) and _FIGURES_BEFORE.search(text, 0, q.span.start))):
            continue  # the three-figure mark, double figures, a six-figure salary: a size of number, no count
        if low == "half" and (_MATCH_HALF_AFTER.match(text[q.span.end:])
                              or _MATCH_HALF_BEFORE.search(text[max(0, q.span.start - 10):q.span.start])):
            continue  # half-time, the second half
        if _name_word(text, q):
            continue
        if any(m.start() <= q.span.start < m.end() for m in _NINE_ELEVEN.finditer(text, max(0, q.span.start - 2))):
            continue  # 9/11: the attacks' name, not the numbers nine and eleven
        if low in ("hundreds", "centuries") and _INNINGS_BEFORE.search(
                text[max(0, q.span.start - 14) : q.span.start]):
            continue  # "the most double hundreds", "his ODI hundreds": innings, no count of hundreds
        if low == "scores" and not _SCORES_OF.match(text[q.span.end:]):
            continue  # "the set scores were 29-27": results, not "scores of" (a score is twenty)
        if low in ("six", "four") and re.search(r"\ba\s+$", text[max(0, q.span.start - 3):q.span.start], re.I) and (
                _CRICKET_SHOT_AFTER.match(text[q.span.end:])):
            continue  # "with a six and nine fours": a shot, not a count
        if q.value in _KNOCKOUT_SIZES and _LAST_BEFORE.search(text[max(0, q.span.start - 12):q.span.start]) and (
                _KNOCKOUT_AFTER.match(text[q.span.end:])):
            continue  # "into the last four": a stage (سیمی فائنل), not a count
        out.append(q)
    return out


_AND_A_HALF = re.compile(r"\b(?:(?:a|an|one)\s+)?(year|month|week|day|hour|decade|century)\s+and\s+a\s+half\b", re.I)


def _and_a_half(text: str, qs: list[Quantity]) -> list[Quantity]:
    """"a year and a half" is one duration, 1.5 (ڈیڑھ برس), not a bare "half"."""
    for m in _AND_A_HALF.finditer(text):
        inside = [q for q in qs if q.span.start >= m.start() and q.span.end <= m.end()]
        if not inside:
            continue
        whole = Quantity(value=1.5, kind=QuantityKind.DURATION, unit=m.group(1).lower(), qualifier=inside[0].qualifier,
                         span=Span(start=m.start(), end=m.end(), text=m.group(0)))
        qs = sorted([q for q in qs if q not in inside] + [whole], key=lambda q: q.span.start)
    return qs


_FRACTION_OF_UNIT = re.compile(
    r"\b(a\s+quarter|quarter|half|a\s+half|three[\s-]quarters|a\s+third|two[\s-]thirds)\s+(?:of\s+)?(?:a|an)\s+"
    r"(century|decade|year|month|week|day|hour)\b", re.I)
_FRACTIONS = {"quarter": 0.25, "half": 0.5, "three quarters": 0.75, "third": 1 / 3, "two thirds": 2 / 3}


def _fraction_of_a_unit(text: str, qs: list[Quantity]) -> list[Quantity]:
    """"a quarter of a century", "half a decade", "half a year": one span of time (0.25 century,
    ربع صدی or پچیس برس), not a bare fraction."""
    for m in _FRACTION_OF_UNIT.finditer(text):
        inside = [q for q in qs if q.span.start >= m.start() and q.span.end <= m.end()]
        if not inside:
            continue
        part = re.sub(r"^(?:a|an)\s+|[\s-]+", " ", m.group(1).lower()).strip()
        span = Span(start=m.start(), end=m.end(), text=m.group(0))
        whole = Quantity(value=_FRACTIONS[part], kind=QuantityKind.DURATION, unit=m.group(2).lower(),
                         qualifier=inside[0].qualifier, span=span)
        qs = sorted([q for q in qs if q not in inside] + [whole], key=lambda q: q.span.start)
    return qs


_YEAR_JOINER = re.compile(r"^\s*(?:اور|سے|تا|یا|،|,)\s*$")


def _elided_century(text: str, qs: list[Quantity]) -> list[Quantity]:
    """انیس سو اٹھانوے اور ننانوے: the second year drops its century (1998 and 1999), as does
    "1998-99"; a number word of two digits joined to a year is that year's century's."""
    out = list(qs)
    for k in range(1, len(out)):
        year, q = out[k - 1], out[k]
        if (year.kind in (QuantityKind.YEAR, QuantityKind.COUNT) and 1900 <= year.value < 2100
                and year.value == int(year.value) and q.kind is QuantityKind.COUNT
                and 0 < q.value < 100 and q.value == int(q.value) and not any(c.isdigit() for c in q.span.text)
                and _YEAR_JOINER.match(text[year.span.end : q.span.start])
                and 0 < q.value - year.value % 100 <= 10):  # a pair of years is close together
            century = year.value // 100 * 100
            out[k] = q.model_copy(update={"value": century + q.value, "kind": QuantityKind.YEAR})
    return out


_HOUR = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_CLOCK_EN = re.compile(rf"\b(?:(?:half|quarter|twenty|ten|five)\s+(?:past|to)\s+{_HOUR}|{_HOUR}\s+o['’]clock)\b", re.I)
"""A time of day in words (half past ten, ten o'clock): a clock reading, like ساڑھے دس بجے, not a count."""


_PLAYING_ELEVEN = re.compile(r"\b(?:(?:playing|starting)[ \t]+eleven|T[- ]?twenty)\b", re.I)
"""The side picked for a match (the playing eleven, like "the XI"): a team, not a count; and
cricket's T-twenty (T20), a format."""


def _not_clock_times(text: str, qs: list[Quantity]) -> list[Quantity]:
    return _outside(qs, [m.span() for m in _CLOCK_EN.finditer(text)])


def _not_sides(text: str, qs: list[Quantity]) -> list[Quantity]:
    return _outside(qs, [m.span() for m in _PLAYING_ELEVEN.finditer(text)])


def _outside(qs: list[Quantity], spans: list[tuple[int, int]]) -> list[Quantity]:
    return [q for q in qs if not any(s <= q.span.start and q.span.end <= e for s, e in spans)]


_SPOKEN_YEAR_GAP = re.compile(r"[ \t]+")


def _spoken_years(text: str, qs: list[Quantity]) -> list[Quantity]:
    """"nineteen ninety-four", "twenty fourteen": a year said as two numbers of two digits, as
    Urdu says انیس سو چورانوے; one YEAR, not the counts 19 and 94."""
    out: list[Quantity] = []
    for q in qs:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind in (QuantityKind.COUNT, QuantityKind.DATE) and q.kind is QuantityKind.COUNT
                and prev.value in _CENTURIES and 10 <= q.value <= 99 and q.value == int(q.value)
                and not any(c.isdigit() for c in prev.span.text + q.span.text)
                and _SPOKEN_YEAR_GAP.fullmatch(text[prev.span.end : q.span.start])):
            # (after a month the century was read as its day: March twenty thirteen is 2013)
            start = prev.span.start if prev.kind is QuantityKind.COUNT else prev.span.end - len(prev.span.text.split()[-1])
            span = Span(start=start, end=q.span.end, text=text[start : q.span.end])
            out[-1] = prev.model_copy(update={"value": prev.value * 100 + q.value, "kind": QuantityKind.YEAR,
                                              "unit": None, "span": span})
            continue
        out.append(q)
    return out


_CENTURIES = frozenset((18.0, 19.0, 20.0))


_ENUMERATOR = re.compile(r"(?:^|\n)[ \t]*(?:[-*•–][ \t]*)?([0-9۰-۹٠-٩]{1,2})[ \t]*[./)][ \t]+(?=\S)")
"""A list's or a thread's item number at a line's start: "1. ", "2) ", "۳/ ", "- 4. "."""


_LABELLED_ITEM = re.compile(
    r"(?im)^[ \t]*(?:[-*•–][ \t]*)?(?:event|item|point|step|record|entry|fact|part|story|claim|note|update|"
    r"واقعہ|نکتہ|خبر)[ \t]+(?:no\.?[ \t]*)?([0-9۰-۹٠-٩]{1,2})[ \t]*(?=[—–:.)\-]|$)")
"""A labelled record's number at a line's start: "Event 1 — Who: ...", "Point 2:", "واقعہ ۳:"."""


def _not_enumerators(text: str, qs: list[Quantity]) -> list[Quantity]:
    starts = {m.start(1) for m in _ENUMERATOR.finditer(text)} | {m.start(1) for m in _LABELLED_ITEM.finditer(text)}
    if not starts:
        return qs
    return [q for q in qs if not (q.span.start in starts and q.span.text.strip().isdigit())]


def refine(text: str, qs: list[Quantity], lang: str) -> list[Quantity]:
    qs = _not_enumerators(text, qs)
    if lang == "en":
        qs = _not_sides(text, _spoken_years(text, qs))
        qs = _fraction_of_a_unit(text, _and_a_half(text, _not_formats(text, _not_clock_times(text, qs))))
        return _unit_spread(text, _range_scale(text, _vague_compound(text, qs), lang), lang)
    return _elided_century(text, _unit_spread(text, _range_scale(text, _glued_percent(text, qs), lang)))
