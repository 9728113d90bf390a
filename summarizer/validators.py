"""Grounding checks: every number and name in a brief against the Urdu source.

How close is close enough (the contract the tests hold):
- An unhedged number must equal a source number of a compatible kind (relative difference
  ≤ 0.1%), or be that number rounded to two or three significant figures
  (1,482,000 → "1.5 million", "1.48 million").
- A hedged number ("about", "more than", "nearly", تقریباً، سے زیادہ ...) may sit within
  `HEDGE_TOLERANCE` (10%) of a source number, and "more than X"/"at least X" also holds when
  the source number is above X by at most 25% ("more than 40 percent" for 42 فیصد), and only
  then ("at least 61" is not the source's "at least 60"); "less than" and "up to" mirror that
  (15% for percentages: "more than 40 percent" is not 50 فیصد). Two
  vague plurals agree only when equal ("hundreds" is not ہزاروں).
- Years, dates and ordinals are never approximate (no relative tolerance: 2013 is not 2015).
- Urdu claims only: a loose match (hedge tolerance, rounding, a count against a day of the
  month) must share a content word nearby with the source number (`urdu.context`), or be
  money in the same currency, else the finding "about something else" (a warning). Exact
  restatements need no context.
- A vague plural (درجنوں، ہزاروں) supports only a vague or hedged claim, never "12".
- Kinds must agree: a percent is never grounded by a count, money only by money in the same
  currency (a count may drop the currency), dates agree on every part both state.
- Scale errors (the same significant digits at another power of ten, both numbers ≥ 100:
  lakh vs million, ہزار vs لاکھ) are errors that quote the source number they distort.
- Word-only "one" (ایک is also "a") and word ordinals up to "third" (پہلے is also "before")
  are not claims; digits always are. دونوں / تینوں ground "two" / "three".
- A name holds when the names module matches it in the source at or above its threshold
  (exact, exonym, demonym, acronym letter-names, transliteration, spelling variant, role).
  An unmatched English name made only of common words ("Council of Common Interests", a
  sentence-initial "Floods") is a warning; so is an Urdu word that is only rare and absent
  from the source (so are unknown words and runs of less common new words in a name's slot).
  Gazetteer places, acronyms and institution phrases are errors.

Findings are data (`schemas.Finding`); `reask_message` turns the errors into compact feedback
for the model. The pydantic hook for instructor lives with the OpenAI engine: it calls
`validate_draft` with the source from the validation context.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Container, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache, partial
from itertools import pairwise
from typing import Literal

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from summarizer.errors import InputError
from summarizer.input import require_text
from summarizer.lexicon.words import (
    ADMIN_HEADS,
    COMMON_ACRONYMS,
    COMPASS,
    NAME_INTRODUCERS,
    NAME_PARTS,
    PORTFOLIOS,
    URDU_FUNCTION,
    compass_directions,
    english_given_names,
    english_zipf,
    team_nicknames,
)
from summarizer.names.acronyms import acronym_to_urdu, is_acronym, letter_of
from summarizer.names.capitals import (
    continent_of,
    countries_in,
    countries_named,
    countries_of_capital,
    countries_of_place,
)
from summarizer.names.english_spans import ORG_TAILS, english_name_spans, opens_line, sports_body, unshouted
from summarizer.names.gazetteer import (
    HYPHEN_TAIL,
    GazEntry,
    lookup_english,
    lookup_urdu,
    other_known_person,
    related_urdu,
)
from summarizer.names.heard_english import american_spelling, given_name_only
from summarizer.names.matching import (
    COMPOUND_OPENINGS,
    MATCH_THRESHOLD,
    POSSESSIVE,
    NameIndex,
    english_compass,
    is_everyday_word,
)
from summarizer.names.roles import urdu_role
from summarizer.names.romanize import english_spelling
from summarizer.names.titles import award_after, title_of_a_work
from summarizer.names.transliterate import english_skeleton, urdu_skeletons
from summarizer.names.urdu_claims import urdu_name_claims
from summarizer.names.urdu_support import (
    another_known_person,
    given_name_added,
    loose_variant,
    supported_otherwise,
)
from summarizer.names.world_places import town_name
from summarizer.numbers.clauses import CITED_CLAUSE, worded_clauses
from summarizer.numbers.clock import clock_times
from summarizer.numbers.counted import counted_concepts, related_concepts
from summarizer.numbers.listing import listed_count
from summarizer.numbers.misspelt import written_with_a_slip
from summarizer.numbers.quantities import extract_quantities, is_vague
from summarizer.numbers.ranges import number_ranges
from summarizer.numbers.roman import roman_value, urdu_numeral_forms
from summarizer.numbers.units import converted_measure, other_unit, unit_name
from summarizer.schemas import (
    BriefDraft,
    Evidence,
    Finding,
    FindingKind,
    NameMatch,
    Quantity,
    QuantityClaim,
    QuantityKind,
    Severity,
    Span,
    ValidationReport,
)
from summarizer.source_index import SourceIndex, as_index, dashed_pairs, find_links, link_key
from summarizer.text.context import share_context
from summarizer.text.dateline import find_dateline
from summarizer.text.dates import DateWord, date_words
from summarizer.text.normalize import LETTERS, fold, fold_token, normalize

__all__ = [
    "HEDGE_TOLERANCE",
    "SourceIndex",
    "check_consistency",
    "check_grounding",
    "find_quote",
    "is_rounding",
    "reask_message",
    "resolve_evidence",
    "supporting_numbers",
    "validate_draft",
]

Lang = Literal["ur", "en"]
HEDGE_TOLERANCE = 0.10
EXACT_TOLERANCE = 0.001
ABOVE_TOLERANCE = 0.25
ABOVE_PERCENT_TOLERANCE = 0.15
"""A percentage is read closely: "more than 40 percent" holds for 42 or 45 فیصد, not for 50."""


# --------------------------------------------------------------------------- numbers


@dataclass(frozen=True, slots=True)
class _Verdict:
    supported: bool
    nearest: Quantity | None
    reason: str  # "", "scale", "kind", "value", "unit", "context", "year", "loose"


def _rel(a: float, b: float) -> float:
    if a == b:
        return 0.0
    return abs(a - b) / max(abs(a), abs(b))


def is_rounding(claim: float, source: float) -> bool:
    """claim is source rounded to two or three significant figures (1,482,000 → 1.5 million)."""
    if claim == 0 or source == 0:
        return False
    for sig in (2, 3):
        digits = sig - 1 - math.floor(math.log10(abs(source)))
        if math.isclose(round(source, digits), claim, rel_tol=1e-9):
            return True
    return False


_EXACT_KINDS = frozenset({QuantityKind.YEAR, QuantityKind.DATE, QuantityKind.ORDINAL})


_VAGUE_RENDERINGS = frozenset((frozenset((20.0, 12.0)),))


def _round_number(value: float) -> bool:
    """A number a hedge can round to (about 140, about 1.5 million, about 7): "about 143" is
    no rounding of 134 but another number."""
    return value != int(value) or value < 20 or int(value) % 5 == 0


def _significant(value: float) -> int:
    digits = f"{abs(value):.12g}".split("e")[0].replace(".", "").strip("0")
    return max(len(digits), 1)


def _more_precise(claim: float, source: float) -> bool:
    """The claim states digits the source number does not round to: 49.97 points is not 50,
    1436 is not 1435 (a near miss in the last digits is another number, not float noise);
    Rs10.55 billion is 10 ارب 55 کروڑ 40 لاکھ to the claim's four digits."""
    if claim == 0:
        return source != 0
    places = _significant(claim) - 1 - math.floor(math.log10(abs(claim)))
    return not math.isclose(round(source, places), claim, rel_tol=1e-9)


def _values_agree(claim: Quantity, src: Quantity) -> bool:
    c, s = claim.value, src.value
    if claim.unit == "decade" and claim.kind is QuantityKind.YEAR:
        return src.kind in (QuantityKind.YEAR, QuantityKind.COUNT) and c <= s < c + 10  # the 1970s
    if claim.kind in _EXACT_KINDS or src.kind in _EXACT_KINDS:
        return c == s  # years, dates and ordinals are never approximate: 2013 is not 2015
    if _rel(c, s) <= EXACT_TOLERANCE and not _more_precise(c, s):
        return True
    if is_rounding(c, s):
        return True
    if claim.qualifier == "exact":
        return False  # a hedge in the source alone does not license a different number
    if is_vague(claim):
        if is_vague(src):  # "hundreds" is not ہزاروں: two vague plurals agree only when equal,
            # but for کروڑوں English has only "millions", and "scores" renders درجنوں ("tens of
            # thousands" for ہزاروں is a scale error to the people who wrote the blind sets)
            return (c == 10**6 and s == 10**7) or frozenset((c, s)) in _VAGUE_RENDERINGS
        return 2 * c <= s < 100 * c  # "thousands" for 18,000; not for 1,500 nor for 5 lakh
    if claim.qualifier == "about":  # "around 130" is no hedge of the article's own تقریباً 120
        return _rel(c, s) <= HEDGE_TOLERANCE and _round_number(c) and src.qualifier != "about"
    above = ABOVE_PERCENT_TOLERANCE if claim.kind is QuantityKind.PERCENT else ABOVE_TOLERANCE
    # a bound holds only where the source's number lies on its side: "at least 61" is more than
    # the article's کم از کم ساٹھ says, however alike the two hedges
    if claim.qualifier == src.qualifier:
        return False  # "more than 40" for the article's 50 سے زائد: the same hedge on another number
    if claim.qualifier in ("more_than", "at_least") and c > 0:
        return c <= s <= c * (1 + above)
    if claim.qualifier in ("less_than", "up_to") and c > 0:
        return c * (1 - above) <= s <= c
    return False


_COUNTABLE = frozenset({QuantityKind.COUNT, QuantityKind.MEASURE, QuantityKind.DURATION, QuantityKind.MONEY})
_COMPATIBLE: dict[QuantityKind, frozenset[QuantityKind]] = {
    # A count may drop the unit or currency the source gives ("47,550" for 47 ہزار 550 روپے),
    # but never turns a percent into a count: that changes the claim.
    QuantityKind.COUNT: _COUNTABLE | {QuantityKind.YEAR, QuantityKind.ORDINAL, QuantityKind.DATE},
    QuantityKind.MEASURE: frozenset({QuantityKind.MEASURE, QuantityKind.COUNT}),
    QuantityKind.DURATION: frozenset({QuantityKind.DURATION, QuantityKind.COUNT}),
    QuantityKind.YEAR: frozenset({QuantityKind.YEAR, QuantityKind.COUNT, QuantityKind.DATE}),
    QuantityKind.PERCENT: frozenset({QuantityKind.PERCENT}),
    QuantityKind.MONEY: frozenset({QuantityKind.MONEY, QuantityKind.COUNT}),
    QuantityKind.ORDINAL: frozenset({QuantityKind.ORDINAL, QuantityKind.DATE} | _COUNTABLE),
    QuantityKind.DATE: frozenset({QuantityKind.DATE, QuantityKind.ORDINAL, QuantityKind.COUNT, QuantityKind.YEAR}),
}


def _kinds_agree(claim: Quantity, src: Quantity) -> bool:
    if src.kind not in _COMPATIBLE[claim.kind]:
        return False
    if other_unit(claim, src):
        return False  # the same number of another unit: miles are no kilometres
    if claim.kind is QuantityKind.MONEY and src.kind is QuantityKind.MONEY:
        return claim.unit is None or src.unit is None or claim.unit == src.unit
    if claim.kind is QuantityKind.DATE and src.kind is QuantityKind.DATE:
        return _same_date(claim.unit, src.unit)
    return True


def _same_date(a: str | None, b: str | None) -> bool:
    """ISO-like dates agree on every part both state ('--12-01' agrees with '2021-12-01')."""
    if not a or not b:
        return True
    pa, pb = a.lstrip("-").split("-"), b.lstrip("-").split("-")
    return pa[-2:] == pb[-2:] and (len(pa) < 3 or len(pb) < 3 or pa[0] == pb[0])


def _date_year(q: Quantity) -> str | None:
    if q.kind is QuantityKind.YEAR:
        return str(int(q.value))
    if q.kind is QuantityKind.DATE and q.unit and not q.unit.startswith("--"):
        return q.unit.split("-")[0]
    return None


def _unstated_year(claim: Quantity, src: Quantity, source_qs: list[Quantity]) -> _Verdict | None:
    """A date whose year the matching source date leaves out ("6 August 2013" for "6 اگست")
    holds only when the source states that year somewhere; else the added year is unsupported."""
    year = _date_year(claim) if claim.kind is QuantityKind.DATE else None
    if year is None or _date_year(src) is not None:
        return None
    if any(_date_year(q) == year for q in source_qs):
        return None
    return _Verdict(False, src, "year")


_SCALE_FLOOR = 100


def _is_scale_error(claim: Quantity, src: Quantity) -> bool:
    """The same significant digits at another magnitude: 1.5 million vs ڈیڑھ لاکھ, 5 ہزار vs 5 لاکھ.

    Both numbers must be at least 100 and neither a year, so that "two" against 2002 or 206
    against 2 is reported as a wrong number, not as a scale slip.
    """
    c, s = claim.value, src.value
    if min(c, s) < _SCALE_FLOOR or _rel(c, s) <= EXACT_TOLERANCE:
        return False
    if QuantityKind.YEAR in (claim.kind, src.kind):
        return False
    ratio = math.log10(c / s)
    return abs(ratio - round(ratio)) < 1e-6 and round(ratio) != 0


_DAY_AND_COUNT = frozenset({QuantityKind.COUNT, QuantityKind.DATE})
"""A count against a day of the month ("تیس میچ" against "30 اکتوبر") agrees only loosely.
A count against an ordinal stays firm: "تین سنچریاں" for "تیسری سنچری" is a fair paraphrase
(requiring context there doubled the false alarms on human summaries for no recall)."""


def _firm(claim: Quantity, src: Quantity) -> bool:
    """The source states this very number: the same value, not a vague plural, and kinds that
    agree without a stretch."""
    return (
        claim.value == src.value
        and {claim.kind, src.kind} != _DAY_AND_COUNT
        and (not is_vague(src) or is_vague(claim))  # ہزاروں restates ہزاروں
    )


def _same_currency(claim: Quantity, src: Quantity) -> bool:
    """Both are sums in one named currency: the currency word is what the two numbers are
    about, as a counted noun is ('10 ارب روپے سے اوپر' for '10 ارب 55 کروڑ ... روپے')."""
    return claim.kind is src.kind is QuantityKind.MONEY and claim.unit is not None and claim.unit == src.unit


def _anything(_: Span) -> bool:
    return True


def _fraction_as_percent(claim: Quantity, src: Quantity) -> bool:
    """"half the votes" for پچاس فیصد, "a third" for 33 فیصد, "50%" for نصف: one share, two
    notations. Exact words allow the rounding of a percent (33 for a third), hedged ones five points."""
    pairs = ((claim, src), (src, claim))
    for frac, pct in pairs:
        if frac.kind is QuantityKind.COUNT and 0 < frac.value < 1 and pct.kind is QuantityKind.PERCENT:
            slack = 1.5 if claim.qualifier == "exact" else 5.0
            return abs(100 * frac.value - pct.value) <= slack
    return False


_YEARS_IN = {"decade": 10, "century": 100}
_LOOSE_PLURALS = frozenset(((1e6, 1e5),))
""""millions" for لاکھوں: English has no plural for lakhs, and desks write "millions" (of
refugees, of people) where the article means hundreds of thousands. A warning, not an error."""
_DAYS_IN = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25, "decade": 3652.5, "century": 36525.0}
_CALENDAR_SLACK = 0.1


def _same_span_of_time(claim: Quantity, src: Quantity) -> bool:
    """"six weeks" for ڈیڑھ ماہ, "18 months" for ڈیڑھ سال, "a fortnight" for 14 دن: one span
    of time in another unit, within a tenth (six weeks is 42 days, a month and a half 46).
    Only where the source gives no span in the claim's unit: "eight weeks" against an article
    that says سات ہفتے is a wrong number, though دو ماہ elsewhere is near it."""
    return (claim.kind is src.kind is QuantityKind.DURATION and claim.unit != src.unit
            and claim.unit in _DAYS_IN and src.unit in _DAYS_IN
            and _rel(claim.value * _DAYS_IN[claim.unit], src.value * _DAYS_IN[src.unit]) <= _CALENDAR_SLACK)


_UNITS_PER = {("month", "year"): 12, ("day", "week"): 7, ("hour", "day"): 24, ("minute", "hour"): 60,
              ("year", "decade"): 10, ("year", "century"): 100}


def _exactly_in_other_unit(claim: Quantity, src: Quantity) -> bool:
    """"18 months" for ڈیڑھ برس: a span of time converted exactly (12 months to a year, 7 days
    to a week) where the article spans other things in the claim's unit (ڈیڑھ ماہ elsewhere):
    a warning to check, since "24 months" may as well be a wrong بارہ ماہ beside a دو سال. The
    near conversions of `_same_span_of_time` are not even that: "eight weeks" is no دو ماہ."""
    if not (claim.kind is src.kind is QuantityKind.DURATION) or claim.unit == src.unit:
        return False
    per = _UNITS_PER.get((claim.unit or "", src.unit or ""))
    return per is not None and claim.value == src.value * per


def _hedged_at_other_scale(claim: Quantity, candidates: list[Quantity]) -> bool:
    return claim.qualifier != "exact" and not is_vague(claim) and any(
        s.qualifier == claim.qualifier and s.kind in _COMPATIBLE[claim.kind] and _is_scale_error(claim, s)
        for s in candidates)


def _judge(claim: Quantity, source_qs: list[Quantity], related: Callable[[Span], bool] = _anything) -> _Verdict:
    """Is `claim` supported by a source number? `related(span)` says whether the claim and the
    source number at `span` are about the same thing (their words nearby overlap); a loose
    match (hedge tolerance, rounding, a count against a day of the month) needs it, an exact
    one does not."""
    exact_claim = claim.qualifier == "exact"
    if claim.kind is QuantityKind.DURATION and claim.unit in _YEARS_IN and not any(  # two decades for بیس سال
            s.kind is QuantityKind.DURATION and s.unit == claim.unit for s in source_qs):
        claim = claim.model_copy(update={"value": claim.value * _YEARS_IN[claim.unit], "unit": "year"})
    candidates = [s for s in source_qs if not (exact_claim and is_vague(s))]  # 12 is not "dozens"
    if claim.kind is QuantityKind.DURATION and "-" in claim.span.text and any(
            s.kind is QuantityKind.DURATION and s.unit == claim.unit for s in candidates):
        # a compound span ("three-day match") where the article spans time in that unit: a bare
        # count is no support (it says چار روزہ, and has "3" wickets); a plain "12 hours" may
        # restate an elliptic count (ایک بس 30 جبکہ دوسری 45 منٹ کے لیے)
        candidates = [s for s in candidates if s.kind is not QuantityKind.COUNT]
    for src in candidates:  # fast path: most claims restate a source number exactly
        if _firm(claim, src) and _kinds_agree(claim, src):
            return _unstated_year(claim, src, source_qs) or _Verdict(True, src, "")
        if _fraction_as_percent(claim, src) or converted_measure(claim, src):
            return _Verdict(True, src, "")
    if claim.kind is QuantityKind.DURATION and (claim.value < 1 or not any(
            s.kind is QuantityKind.DURATION and s.unit == claim.unit for s in candidates)):
        # (a fraction of a unit, half a year, is always another unit's span: چھ ماہ)
        converted = next((s for s in candidates if _same_span_of_time(claim, s)), None)
        if converted is not None:
            return _Verdict(True, converted, "")
    if claim.kind is QuantityKind.YEAR:  # "in 2014" where the article dates it 17 اکتوبر 2014
        year = _date_year(claim)
        dated = next((s for s in candidates if s.kind is QuantityKind.DATE and _date_year(s) == year), None)
        if dated is not None:
            return _Verdict(True, dated, "")
    nearest: Quantity | None = None
    best = math.inf
    scale: Quantity | None = None
    kind_clash: Quantity | None = None
    unrelated: Quantity | None = None
    loose: Quantity | None = None
    # a day of a month the article gives in another month (یکم مارچ where it dates the day یکم
    # فروری) is that date misstated, not a count of one elsewhere in the article
    other_month = claim.kind is QuantityKind.DATE and any(
        s.kind is QuantityKind.DATE and s.value == claim.value and not _same_date(claim.unit, s.unit) for s in candidates)
    for src in candidates:
        if other_month and src.kind in (QuantityKind.COUNT, QuantityKind.ORDINAL):
            continue
        if is_vague(claim) and is_vague(src) and (claim.value, src.value) in _LOOSE_PLURALS:
            loose = loose or src
            continue
        if _values_agree(claim, src):
            if not _kinds_agree(claim, src):
                kind_clash = kind_clash or src
            elif (related(src.span) or _same_currency(claim, src)) and not (
                    related is _anything and {claim.kind, src.kind} == _DAY_AND_COUNT) and not (
                    claim.kind is QuantityKind.COUNT and src.kind is QuantityKind.MONEY and any(
                        s.kind in _COMPATIBLE[claim.kind] and _is_scale_error(claim, s) for s in candidates)) and not (
                    src.value != claim.value and _hedged_at_other_scale(claim, candidates)):
                # (a count near a sum of money is no support where the article has the count's
                # digits at another scale: "16 million" people for سولہ لاکھ, not ڈیڑھ کروڑ روپے)
                # (an English claim cannot show its context: "eleven times" is not 11 ستمبر, nor
                # "October 3" a 3 of wickets where the article's 3 is of November)
                # (a hedge's slack is no support where the article hedges the claim's very
                # digits at another scale: "more than Rs9 million" for 9 ارب سے زائد, not 1 کروڑ)
                return _unstated_year(claim, src, source_qs) or _Verdict(True, src, "")
            else:
                unrelated = unrelated or src
            continue
        compatible = src.kind in _COMPATIBLE[claim.kind]
        if compatible and scale is None and _is_scale_error(claim, src):
            scale = src
        if compatible and claim.value > 0 and src.value > 0:
            d = abs(math.log(claim.value / src.value))
            if d < best:
                best, nearest = d, src
    if loose is not None:
        return _Verdict(False, loose, "loose")
    if kind_clash is not None:
        return _Verdict(False, kind_clash, "kind")
    if scale is not None:
        return _Verdict(False, scale, "scale")
    if unrelated is not None:
        return _Verdict(False, unrelated, "context")
    return _Verdict(False, nearest, "value")


def supporting_numbers(claim: Quantity, source: str | SourceIndex) -> tuple[Span, ...]:
    """Every source number that supports `claim` by the checker's own rules (value, hedge and
    rounding tolerances, kinds that agree), vague plurals left out: the evidence a reader is
    shown for an accepted number."""
    index = as_index(source)
    return tuple(
        src.span for src in index.quantities
        if not is_vague(src) and _values_agree(claim, src) and _kinds_agree(claim, src)
    )


def _fmt(v: float) -> str:
    return f"{int(v):,}" if v == int(v) else f"{v:,.4g}"


_THOUSAND_TWICE = re.compile(r"\d[\d,،]*000\s*ہزار")


def _thousand_twice(claim: Quantity, src: Quantity) -> bool:
    """The article's digits already end in a thousand and ہزار follows (14000 ہزار): a typist's
    thousand written twice as often as fourteen million; the claim is the digits alone."""
    return _THOUSAND_TWICE.fullmatch(src.span.text) is not None and claim.value * 1000 == src.value


def _number_finding(claim: Quantity, verdict: _Verdict, field: str | None) -> Finding:
    near = verdict.nearest
    said = f"'{claim.span.text}' ({_fmt(claim.value)}{' ' + claim.kind.value if claim.kind != QuantityKind.COUNT else ''})"
    if verdict.reason == "scale" and near is not None:
        msg = (f"Scale error: {said} but the article says '{near.span.text}' = {_fmt(near.value)}. "
               "Use the article's magnitude (lakh = 100,000; crore = 10 million; ارب = billion).")
    elif verdict.reason == "kind" and near is not None and other_unit(claim, near):
        msg = (f"{said} is in {unit_name(claim.unit)} where the article's '{near.span.text}' is in "
               f"{unit_name(near.unit)}. "
               "Use the article's unit, or convert the number.")
    elif verdict.reason == "kind" and near is not None and near.kind == claim.kind:
        msg = f"{said} differs from '{near.span.text}' in the article (another {near.kind.value}). State it as the article does."
    elif verdict.reason == "kind" and near is not None:
        msg = (f"{said} matches '{near.span.text}' in the article only as {_a(near.kind.value)}, "
               f"not as {_a(claim.kind.value)}. State it as the article does.")
    elif verdict.reason == "year" and near is not None:
        msg = (f"{said} adds a year: the article gives the date as '{near.span.text}' and states no such "
               "year. Give the date as the article does.")
    elif verdict.reason == "context" and near is not None:
        msg = (f"{said} is in the article only as '{near.span.text}', which is about something else "
               "(no word around the two is shared). State the number the article gives for this.")
    elif verdict.reason == "loose" and near is not None:
        msg = (f"{said} renders '{near.span.text}' = {_fmt(near.value)}s loosely. Say 'hundreds of thousands' "
               "unless the article means millions.")
    elif near is not None:
        msg = f"{said} is not in the article; the closest number there is '{near.span.text}' = {_fmt(near.value)}."
    else:
        msg = f"{said} is not in the article. Remove it or use a number the article states."
    return Finding(
        kind=FindingKind.NUMBER,
        # "about something else" rests on nearby words only: a paraphrase can defeat it
        severity="warning" if verdict.reason in ("context", "loose") else "error",
        field=field,
        claim=claim.span,
        nearest=near.span if near is not None else None,
        message=msg,
    )


# --------------------------------------------------------------------------- sources


def _is_claim(q: Quantity) -> bool:
    """Word-only "one" (ایک = also "a") and word ordinals up to third (پہلے = also "before",
    دوسری طرف = "on the other hand") are idiom far more often than claims; digits always count."""
    if any(ch.isdigit() for ch in q.span.text):
        return True
    if q.kind in (QuantityKind.COUNT, QuantityKind.DURATION) and q.value == 1:
        return False  # ایک روز قبل: "a day earlier"
    return not (q.kind is QuantityKind.ORDINAL and q.value <= 3)


def _check_numbers(
    source: SourceIndex, claims: list[Quantity], field: str | None, text: str | None = None
) -> Iterator[Finding]:
    """`text` (the Urdu text the claims come from) lets loose matches be checked for context;
    an English text shares no words with the Urdu source, so it passes None."""
    src = list(source.quantities)
    unpaired = list(source.unpaired_quantities)
    for claim in claims:
        related = _anything if text is None else partial(share_context, text, claim.span, source.context)
        # a rank (سولہویں, the 16th) is no half of a score (25-16)
        verdict = _judge(claim, unpaired if claim.kind is QuantityKind.ORDINAL else src, related)
        if verdict.supported or (text is not None and (listed_count(text, claim, source.text)
                                                        or _own_list_after(text, claim))):
            continue
        if claim.kind is QuantityKind.DURATION and (claim.value, claim.unit) in source.nth_units_of_time:
            continue  # "won inside three days" where the match was decided on its third day
        near = verdict.nearest
        if verdict.reason == "scale" and near is not None and _thousand_twice(claim, near):
            yield _reading_to_check(claim, near.span, "writes the thousand twice (in the digits and as ہزار)", field)
            continue
        slip = written_with_a_slip(source.names.tokens, source.names.surfaces, claim.value,
                                   ordinal=claim.kind is QuantityKind.ORDINAL) if verdict.reason == "value" else None
        if slip is not None and slip.sure:
            continue  # the article's پنچ ہزار is 5,000 with a typist's slip
        if slip is not None:
            written = source.names.span(slip.start, slip.n)
            yield _reading_to_check(claim, written, "writes number words with a slip that reads as more than one number",
                                    field)
            continue
        if claim.kind is QuantityKind.DATE and claim.unit in source.reckoned_days:
            continue  # "Sunday, 21 September" where a story dated the 22nd says اتوار
        said = source.relative_day(claim.unit or "") if claim.kind is QuantityKind.DATE else None
        if said is not None:
            yield _reading_to_check(claim, said, f"dates by its {source.published:%d %B %Y} dateline", field)
            continue
        converted = next((s.span for s in src if _exactly_in_other_unit(claim, s)), None)
        if converted is not None:
            yield _reading_to_check(claim, converted, "is the same span of time in another unit", field)
            continue
        relative = source.relative_date("year", int(claim.value)) if claim.kind is QuantityKind.YEAR else None
        if relative is not None:
            yield _reading_to_check(claim, relative, f"dates by its {source.published:%Y} dateline", field)
            continue
        yield _number_finding(claim, verdict, field)


_OWN_LIST = re.compile(r"[^\n(:]{0,40}[(:]\s*([^()\n]+)")
_UR_ITEM_BREAK = re.compile(r"\s*[،,]\s*|\s+اور\s+")
_OWN_HEAD_MAX = 60
_OWN_ITEM_WORDS = 3


def _own_list_after(text: str, claim: Quantity) -> bool:
    """An Urdu count followed, on its line, by as many items in brackets or after a colon
    (۴ — ممالک (بھارت، جنوبی افریقہ، آسٹریلیا، نیوزی لینڈ)): the brief counts its own list, whose
    names are checked on their own."""
    if claim.kind is not QuantityKind.COUNT or not 2 <= claim.value <= _MAX_LISTED:
        return False
    m = _OWN_LIST.match(text, claim.span.end)
    if m is not None:
        items = [i for i in _UR_ITEM_BREAK.split(m.group(1).strip(" ۔.")) if i]
        if len(items) == claim.value:
            return True
    # or after the noun and a comma, to the line's end: ۲ — پاکستانی ٹینک، الخالد اور ضرار
    eol = text.find("\n", claim.span.end)
    line = text[claim.span.end : eol if eol >= 0 else None]
    head, comma, listed = line.partition("،")
    items = [i for i in _UR_ITEM_BREAK.split(listed.strip(" ۔.")) if i] if comma and len(head) <= _OWN_HEAD_MAX else []
    return len(items) == claim.value and all(len(i.split()) <= _OWN_ITEM_WORDS for i in items)


def _a(noun: str) -> str:
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def _reading_to_check(claim: Quantity, written: Span, why: str, field: str | None) -> Finding:
    """A warning: the claim may be the article's `written`, which reads as more than one number."""
    return Finding(kind=FindingKind.NUMBER, severity="warning", field=field, claim=claim.span, nearest=written,
                   message=f"'{claim.span.text}' may be the article's '{written.text}', which {why}. Check which it means.")


_COMMON_WORD_ZIPF = 3.5
_INITIAL_WORD_ZIPF = 2.5  # the first word of a sentence or headline is capitalised anyway
_NOT_NAMES = frozenset({
    "rs", "pkr", "usd", "inr", "eur", "gbp", "rupees", "celsius", "fahrenheit", "km", "kg", "odi", "odis",
    "t20", "test", "am", "pm", "ce", "ad", "bc", "ah",
})  # fmt: skip
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")
_UNITS = frozenset({"mw", "kw", "gw", "mwh", "gwh", "kv", "cusecs", "cusec", "mmcfd", "bcf", "mbps", "gb", "mb", "cc", "maf"})
_NUMBER_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
    "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "dozens", "hundreds",
    "thousands", "millions", "several", "some", "many", "both", "all",
})  # fmt: skip


_ACRONYM_TAIL = re.compile(r"^([A-Z]{2,4})-[a-z]+$")
"""An acronym's lower-case tail (CNN-commissioned, BBC-funded): the name is the acronym."""


def _trim(words: list[str]) -> list[str]:
    """A name's words without counts, units and letters around it ("Twenty-two Democrats" →
    Democrats, "50 MW Jhimpir" → Jhimpir, "Group B" → Group, "Marathi-language" → Marathi)."""
    words = [_ACRONYM_TAIL.sub(r"\1", HYPHEN_TAIL.sub("", w)).rstrip(".") for w in words]
    words = [w for w in words if w]
    def noise(w: str) -> bool:
        parts = w.lower().split("-")
        return all(p in _NUMBER_WORDS or p in _UNITS or p in _NOT_NAMES for p in parts if p)
    while words and noise(words[0]):
        words = words[1:]
    while words and (noise(words[-1]) or (len(words[-1]) == 1 and len(words) > 1)):
        words = words[:-1]
    return words


@lru_cache(maxsize=8192)
def _common_english_word(word: str, floor: float = _COMMON_WORD_ZIPF) -> bool:
    """A capitalised word English uses mostly as an ordinary word (Floods, Federal, Ministry).

    Only the uncommon words of a name are its proper core ("Punjab" in "Punjab Agriculture
    Department"); a gazetteer place or an acronym is never treated as common.
    """
    if word.isupper() or lookup_english(word):
        return False
    if town_name(word):
        return False  # a world city (Salvador, Santiago) is a name however often English prints it
    if given_name_only(word.lower()):
        return False  # Jason, Diane: a person's name however often English prints it
    if _ABSTRACT_NOUN.search(word.lower()):
        return True  # Denuclearisation, Privatization: an abstract noun English makes, never a name
    return english_zipf(word.lower()) >= floor or english_zipf(american_spelling(word.lower())) >= floor


_ABSTRACT_NOUN = re.compile(r"[a-z]{4}i[sz]ations?$")


_NUMBERED_NAME = re.compile(
    r"(?:[A-Z][A-Za-z]+ )+(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty)")
"""A name that ends in a number word (the Big Three, BBC Radio Five, Group Four)."""


@lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    """Every word of a gazetteer name (North, New, Saint, Gulf): words a name begins with."""
    from summarizer.names.gazetteer import entries

    return frozenset(w.lower() for e in entries() for n in (e.english, *e.aliases) for w in _WORD.findall(n))


def _sentence_opener(word: str) -> bool:
    """An ordinary word that opens a sentence before a name ("Past", "Resuming", "Another"):
    common English, no given name, and no word any known name is made of (so "North
    Waziristan" and "New Delhi" keep their first word)."""
    low = word.lower()
    return (_common_english_word(word) and low not in english_given_names() and low not in _name_words()
            and lookup_english(word) == ())


_COMBINING_FORMS = {
    "indo": "India", "pak": "Pakistan", "sino": "China", "afghan": "Afghanistan", "anglo": "Britain",
    "franco": "France", "russo": "Russia", "irano": "Iran", "iran": "Iran", "us": "United States",
    "saudi": "Saudi Arabia", "turko": "Turkey", "indian": "India", "pakistani": "Pakistan",
}  # fmt: skip
_COMBINED_COUNTRIES = re.compile(
    rf"({'|'.join(_COMBINING_FORMS)})-({'|'.join(_COMBINING_FORMS)})", re.I)
"""Two countries joined as one adjective (Indo-Pak duo, Pak-Afghan border, Sino-Indian war)."""


_SOURCE_LANGUAGE = "urdu"
_CAPITALS_HYPHENED = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+")


_TIME_ZONE = re.compile(r"(.+?)\s+(?:Standard|Summer|Daylight)\s+Time")
_TIME_WORD = re.compile(r"(?:معیاری|مقامی)\s+وقت|وقت\s+کے\s+مطابق|ٹائم")


def _known_person_swapped(name: str, match: NameMatch) -> bool:
    """The brief's name is a known person and the article's words it matched are another known
    person (Hassan Nawaz against حسین نواز, his brother): a vowel apart, two people."""
    return (match.span is not None and len(name.split()) == len(LETTERS.findall(match.span.text))
            and other_known_person(lookup_english(name), lookup_urdu(match.span.text)))


def _name_severity(
    index: NameIndex, name: str, aliases: Container[str], *, initial: bool = False
) -> tuple[Severity | None, Span | None]:
    """None when the source supports the name; else the severity and the nearest source name.

    Order: a direct match; a declared alias (an organisation's English name from the draft's
    entity table whose Urdu spelling is verified in the source); a gazetteer place or acronym
    must match as a whole; otherwise the name's uncommon words must each match, and a name
    made only of common words ("Council of Common Interests", a sentence-initial "Floods")
    is a translation the spelling cannot verify: a warning.
    """
    if name.lower() == _SOURCE_LANGUAGE:
        return None, None  # "Urdu spellings", "in Urdu": the language the article is written in
    match = index.match_english(name)
    if match.score >= MATCH_THRESHOLD and _known_person_swapped(name, match):
        return "error", match.span  # Hassan Nawaz where the article writes حسین نواز: his brother
    if _CAPITALS_HYPHENED.fullmatch(name) and index.match_english(name.replace("-", " ")).score >= MATCH_THRESHOLD:
        return None, None  # Asia-Pacific for ایشیا پیسیفک: one name, hyphened in English, spaced in Urdu
    zone = _TIME_ZONE.fullmatch(name)
    if zone is not None:  # Pakistan Standard Time for پاکستان کے معیاری وقت: the place and a clock's time
        said = index.match_english(zone.group(1)).score >= MATCH_THRESHOLD and _TIME_WORD.search(index.source)
        return (None, None) if said else ("error", match.span)
    pair = _PLACE_PAIR.fullmatch(name)
    if pair is not None and all(any(e.type == "location" for e in lookup_english(p)) for p in pair.groups()):
        # two known places joined (the Razmak-Bannu road): each must be there, not one heard for both
        found = all(index.match_english(p).score >= MATCH_THRESHOLD for p in pair.groups())
        return (None, None) if found else ("error", match.span)
    lead, *after = name.split()
    if (match.score >= MATCH_THRESHOLD and after and is_acronym(lead) and not lookup_english(name)
            and any(_common_english_word(w) for w in after) and index.match_english(lead).score < MATCH_THRESHOLD):
        return "error", match.span  # `ACC Cricket World ...` heard in کرکٹ ورلڈ: the acronym leads the name
    if match.score >= MATCH_THRESHOLD or name.lower() in aliases or _code_in_source(index.source, name):
        return None, None
    first, _, rest = name.partition(" ")
    if rest and ((initial and _sentence_opener(first)) or first.lower().rstrip(".") in ("st", "saint")) and (
            index.match_english(rest).score >= MATCH_THRESHOLD):
        return None, None  # "Past Palme d'Or winners"; St Vincent's ↔ ونسنٹ (not St Petersburg ↔ پیٹرز)
    if _parts_named(index, name):
        return None, None
    if _body_of_person_absent(index, name):
        return "error", match.span
    portfolio = _portfolio_written(index, name)
    if portfolio is not None:  # `Home Office` where the article has وزیر داخلہ: the portfolio's body
        return (None, None) if portfolio else ("error", match.span)
    team = next(((country, forms) for nick, forms, country in team_nicknames()
                 if nick.lower() == name.lower().removeprefix("the ")), None)
    if team is not None:  # the Windies, the Proteas: the side of a country the article names, or the nickname it writes
        country, forms = team
        found = index.match_english(country).score >= MATCH_THRESHOLD or any(
            index.match_urdu(form).score >= 1.0 for form in forms)
        return (None, None) if found else ("error", match.span)
    pair = _COMBINED_COUNTRIES.fullmatch(name)
    if pair is not None:  # `Indo-Pak`, `Sino-Indian`: each country must be in the source
        found = all(index.match_english(_COMBINING_FORMS[p.lower()]).score >= MATCH_THRESHOLD for p in pair.groups())
        return (None, None) if found else ("error", match.span)
    if _NUMBERED_NAME.fullmatch(name):
        return "error", match.span  # the Big Four, Radio Four: Urdu writes them as they sound (بگ تھری)
    if sports_body(name.split()):
        return "error", match.span  # Cricket Victoria is a body: the sport and the place apart are not it
    words = _trim(_WORD.findall(name))
    if not words or (len(words) == 1 and re.sub(r"(?<=[A-Z])s$", "", words[0].replace(".", "")).upper() in COMMON_ACRONYMS):
        return None, None  # TV, FIR, DNA (and FIRs): everyday nouns
    if len(words) < len(_WORD.findall(name)):  # "50 MW Jhimpir", "Twenty-two Democrats", "Group B"
        name = " ".join(words)
        match = index.match_english(name)
        if match.score >= MATCH_THRESHOLD or name.lower() in aliases:
            return None, None
    known = lookup_english(name) or lookup_english(" ".join(words))  # Abu Dhabi-based is Abu Dhabi
    if known and len(words) >= 2 and all(e.type == "person" for e in known):
        severity = _name_in_pieces(index, words)  # a known person written apart
        if severity == "error" and _known_form_misspelt(index, known):
            return "warning", match.span
        return severity, match.span
    if known or name.replace(" ", "").isupper():
        bodies = [e for e in known if e.type == "organization"]
        if bodies and len(bodies) == len(known) and _known_body_misspelt(index, bodies):
            return "warning", match.span
        return "error", match.span
    if len(words) > 1 and any(e.type == "location" for w in words for e in lookup_english(w)) and any(
            index.match_english(w).score < MATCH_THRESHOLD for w in words
            if any(e.type == "location" for e in lookup_english(w))):
        return "error", match.span  # `Air India`, `State Bank of India`: the place must be there
    floors = [_INITIAL_WORD_ZIPF if initial and k == 0 else _COMMON_WORD_ZIPF for k in range(len(words))]
    core = [w for w, fl in zip(words, floors, strict=True) if w.lower() not in _NOT_NAMES and not _common_english_word(w, fl)]
    if not core:
        if len(words) == 2 and words[0].lower() in english_given_names():
            return _name_in_pieces(index, words), match.span  # "David Warner": a person, though both words are common
        # ordinary words capitalised (a sentence's first word, "World Cup", "Police"): not a
        # name the spelling can check; a longer phrase of them may be a translated name
        if len(words) == 2 and not initial and words[1].lower() in ORG_TAILS:
            return "warning", match.span  # `Smile Foundation`: a body's name, though of everyday words
        return (None, None) if len(words) <= 2 else ("warning", match.span)
    core_found = len(core) < len(words) and (
        index.match_english(" ".join(core)).score >= MATCH_THRESHOLD
        or all(index.match_english(w).score >= MATCH_THRESHOLD for w in core))
    if core_found:
        if _other_place_heads(index, words) or _other_compass_before(index, words, core):
            return "error", match.span
        if _other_surname(index, words, core):
            return "error", match.span
        return _unverified_words(index, words, core), match.span
    severity = _name_in_pieces(index, core)
    if severity == "error" and _spelt_otherwise(words, match):
        return "warning", match.span
    return severity, match.span


_MISSPELT_KNOWN = 85.0
"""A window of the article this close (rapidfuzz ratio, spaces dropped) to a known person's Urdu
spelling is that person with a letter slipped (فیتھن لیون for نیتھن لیون, Nathan Lyon)."""


def _known_form_misspelt(index: NameIndex, known: Iterable[GazEntry]) -> bool:
    """The article writes a known person's name a letter or so off its known Urdu spellings: a
    typist's slip, which a brief that spells the name right need not be blamed for (a warning)."""
    for entry in known:
        for form in entry.urdu:
            words = [fold_token(w) for w in LETTERS.findall(fold(form))]
            key = "".join(words)
            for window, hits in index.windows():
                at = next(((i, n) for i, n in hits if n == len(words)), None)
                if at is None or fuzz.ratio(key, window) < _MISSPELT_KNOWN:
                    continue
                if not lookup_urdu(index.span(*at).text):  # not another known name (کم جونگ ان, not ال)
                    return True
    return False


_MISSPELT_BODY_LEN = 5
"""Letters a known body's one-word Urdu name needs before a one-letter slip in it can be told
from another word."""


def _known_body_misspelt(index: NameIndex, known: Iterable[GazEntry]) -> bool:
    """The article writes a known body's one-word name with one letter changed and nothing else
    (عنہوا for شنہوا, Xinhua), where that word is no everyday word nor another known name: a
    typist's slip, a warning for a brief that spells the body right."""
    for entry in known:
        for form in entry.urdu:
            key = fold_token(form)
            if " " in form or len(key) < _MISSPELT_BODY_LEN:
                continue
            for token in index.vocab:
                if (len(token) == len(key) and Levenshtein.distance(token, key) == 1 and not is_everyday_word(token)
                        and not lookup_urdu(token)):
                    return True
    return False


def _other_surname(index: NameIndex, words: list[str], core: list[str]) -> bool:
    """A person's given names the article has, then an everyday last word (Khan, Shah, Ali) where
    the article goes on with another one (ظفر اقبال اعوان for Zafar Iqbal Khan): another person."""
    if len(words) < 3 or core != words[:-1] or words[-1][:1].islower():
        return False
    given = index.match_english(" ".join(core))
    if given.span is None or given.score < MATCH_THRESHOLD:
        return False
    after = LETTERS.findall(normalize(index.source[given.span.end : given.span.end + 30]).text)
    if not after or fold_token(after[0]) in URDU_FUNCTION:
        return False
    return NameIndex(f"{given.span.text} {after[0]}").match_english(" ".join(words)).score < MATCH_THRESHOLD and (
        NameIndex(after[0]).match_english(words[-1]).score < MATCH_THRESHOLD)


_NEAR_SPELLING = 0.68
"""A whole-name match this close, under the threshold, may be the article's own spelling."""
_NEAR_WORD = 60.0
"""Each word's consonant skeleton must open alike and be this close (rapidfuzz ratio) to its Urdu word's."""
_NEAR_WORD_LETTERS = 3
"""Initials (A.R.) say too little of a spelling to be heard in a word."""


def _spelt_otherwise(words: list[str], match: NameMatch) -> bool:
    """A name of no known person, place or body, of two words or more, that the article writes
    word for word in a spelling a little apart (مفید الفظیہ for Mufid Elfgeeh, دون فین for Dong
    Feng), none of its words an everyday Urdu word: Urdu writes foreign names by ear, so this is
    a name the spelling cannot confirm, a warning, not a name the article lacks. A swapped-in
    name rarely passes: its words differ from the article's in sound (Marc Turner / مارک سکنر)."""
    if match.span is None or match.score < _NEAR_SPELLING or len(words) < 2:
        return False
    tokens = LETTERS.findall(normalize(match.span.text).text)
    if len(tokens) != len(words) or urdu_role(match.span.text) is not None:
        return False  # ائیر مارشل is a rank, not A.R. Murugadoss
    for word, token in zip(words, tokens, strict=True):
        ours, theirs = english_skeleton(word), urdu_skeletons(fold_token(token))[0]
        if (len(word.strip(".")) < _NEAR_WORD_LETTERS or is_everyday_word(token) or urdu_role(token) is not None
                or not ours or not theirs or ours[0] != theirs[0] or fuzz.ratio(ours, theirs) < _NEAR_WORD):
            return False
    return True


def _written_a_letter_apart(index: NameIndex, name: str) -> bool:
    """An Urdu brief's name of two words or more that the article writes with a word the same
    and each other word a letter apart, none an everyday word (فیتھن لیون for نیتھن لیون, وانگ
    پی for وانگ یی): the article's slip or its own spelling of a foreign name, which the brief
    may have put right. A name to check, a warning; a swapped-in name differs by more."""
    ours = [fold_token(t) for t in LETTERS.findall(normalize(name).text)]
    if len(ours) < 2 or urdu_role(name) is not None:
        return False
    toks, n = index.tokens, len(ours)
    for i in range(len(toks) - n + 1):
        window = toks[i : i + n]
        if window[0] != ours[0] and window[-1] != ours[-1]:
            continue
        if sum(a == b for a, b in zip(ours, window, strict=True)) < n and all(
                a == b or (min(len(a), len(b)) >= 2 and Levenshtein.distance(a, b) <= 1
                           and not is_everyday_word(a) and not is_everyday_word(b))
                for a, b in zip(ours, window, strict=True)):
            return True
    return False


_LONG_VOWELS = frozenset("اوی")
_VOWEL_APART_MIN = 4


def _vowel_apart(index: NameIndex, name: str) -> bool:
    """A one-word place the gazetteer knows that the article spells with one long vowel more or
    less (سسلی for the article's سیسلی): the same place spelt two ways, a warning to check."""
    word = fold_token(name.strip())
    if " " in name.strip() or len(word) < _VOWEL_APART_MIN or not any(e.type == "location" for e in lookup_urdu(name)):
        return False
    def apart(a: str, b: str) -> bool:
        return len(a) == len(b) + 1 and any(a[k] in _LONG_VOWELS and a[:k] + a[k + 1:] == b for k in range(len(a)))
    return any(apart(t, word) or apart(word, t) for t in index.vocab if abs(len(t) - len(word)) == 1)


_OF_NAME = re.compile(r"(\S+(?: \S+)+) of (\S.*)")
_COUNTRY_BODY = re.compile(r"(US|UK|U\.S\.|UN) (\S.*)")
_PLACE_PAIR = re.compile(r"([A-Z][a-z]{2,})-([A-Z][a-z]{2,})")


def _parts_named(index: NameIndex, name: str) -> bool:
    """A person and the body they belong to in one run (`Mustafa Kamal of Pak Sarzameen`), or a
    country's body (`US Senate` where the article names the US and its سینیٹ), an ally and a
    party (`BJP-allied Akali Dal`), or two places
    joined by a hyphen (the `Razmak-Miranshah` road): each part is a name the article has.
    One-word heads stay whole (`Bank of England`, `Council of ...`)."""
    lead, _, rest = name.partition(" ")
    if rest and HYPHEN_TAIL.search(lead):  # `BJP-allied Akali Dal`: the ally and the party, each there
        return all(index.match_english(p).score >= MATCH_THRESHOLD for p in (HYPHEN_TAIL.sub("", lead), rest))
    of, body, pair = _OF_NAME.fullmatch(name), _COUNTRY_BODY.fullmatch(name), _PLACE_PAIR.fullmatch(name)
    if pair is not None and not any(e.type == "location" for p in pair.groups() for e in lookup_english(p)):
        pair = None
    if of is not None and _body_named_of(of):
        of = None
    parts = body or pair or (of if not lookup_english(name) else None)
    return parts is not None and all(
        index.match_english(p).score >= MATCH_THRESHOLD for p in parts.groups())


def _body_named_of(of: re.Match[str]) -> bool:
    """`X of Y` is a body's own name (Muslim Association of Britain), not a person of a body: X
    holds an everyday word and Y is no known body (Syed Ali Shah of Geo TV is a person of one)."""
    return any(_common_english_word(w) for w in of.group(1).split()) and not any(
        e.type == "organization" for e in lookup_english(of.group(2)))


def _body_of_person_absent(index: NameIndex, name: str) -> bool:
    """A person the article names and a body they are of (`Iqbal Qasim of Habib Bank`) whose
    own distinctive word the article never writes: another body. The person's words would
    otherwise carry the whole name (two of its three uncommon words found)."""
    of = _OF_NAME.fullmatch(name)
    if of is None or lookup_english(name) or _body_named_of(of):
        return False
    body = [w for w in _trim(_WORD.findall(of.group(2))) if w.lower() not in _NOT_NAMES and not _common_english_word(w)]
    return bool(body) and index.match_english(of.group(1)).score >= MATCH_THRESHOLD and any(
        index.match_english(w).score < MATCH_THRESHOLD for w in body)


_MINISTRY_URDU = {subject: forms for subject, forms in PORTFOLIOS.items() if forms}
_SUBJECTS = "|".join(sorted(_MINISTRY_URDU, key=len, reverse=True))
_PORTFOLIO_BODY = re.compile(
    rf"(?:({_SUBJECTS}) (?:Ministry|Department|Office|Minister|Secretary)|(?:Ministry|Department) of ({_SUBJECTS}))",
    re.I)


def _portfolio_written(index: NameIndex, name: str) -> bool | None:
    """For a ministry or office named by its portfolio (`Defense Department`, `Home Office`,
    `Ministry of Interior`), whether the article writes a word of that portfolio (دفاع، داخلہ),
    as the ministry's or its minister's (وزیر داخلہ); None for other names. Its words are
    everyday ones, which the name check would otherwise let pass or fail whatever the article says."""
    m = _PORTFOLIO_BODY.fullmatch(name)
    if m is None:
        return None
    return _writes_any("".join(index.tokens), _MINISTRY_URDU[(m.group(1) or m.group(2)).lower()])


_URDU_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def _numeral_beside_name(index: NameIndex, name: str, numeral: int) -> bool | None:
    """Whether the article writes the numeral right after the name it numbers (الیگزینڈر دوم for
    Alexander II, not سوم for III because تین بیٹیاں is elsewhere); None when the article does not
    write the name, and the numeral can only be looked for anywhere."""
    if not name or index.match_english(name).score < MATCH_THRESHOLD:
        return None
    forms = urdu_numeral_forms(numeral)
    toks = index.tokens
    for i, tok in enumerate(toks):
        if tok not in forms or not i:
            continue
        before = index.span(max(0, i - 3), min(3, i)).text
        if NameIndex(before).match_english(name).score >= MATCH_THRESHOLD:
            return True
    digits = str(numeral), str(numeral).translate(_URDU_DIGITS)
    for m in re.finditer(rf"(?<![\d۰-۹])(?:{'|'.join(digits)})(?![\d۰-۹])", index.source):  # بلاک 2 for Block II
        words = LETTERS.findall(index.source[max(0, m.start() - 40) : m.start()])[-3:]
        if words and NameIndex(" ".join(words)).match_english(name).score >= MATCH_THRESHOLD:
            return True
    return False


def _name_in_pieces(index: NameIndex, core: list[str]) -> Severity | None:
    """A person's name the source does not write whole. Its words side by side in another
    order (دلشان تلکارتنے for Tillakaratne Dilshan): supported. Its distinctive words apart
    (سٹیون … سمتھ), or a distinctive surname alone where the brief adds a given name the article
    leaves out (طیب اردوگان for Recep Tayyip Erdogan): a warning. A surname after another name
    word (نواز شریف for Shehbaz Sharif), words that are everyday name parts (خان، احمد، صدیقی:
    Salman Khan is not in an article because خان is), or no surname at all: an error."""
    if len(core) < 2:
        return "error"
    found = [index.match_english(w) for w in core]
    spans = [m.span for m in found if m.score >= MATCH_THRESHOLD and m.span is not None]
    if len(spans) == len(core):
        spans.sort(key=lambda s: s.start)
        # side by side: only white space between the words (a comma parts two people)
        together = all(a.end <= b.start and not index.source[a.end : b.start].strip() for a, b in pairwise(spans))
        if together or _of_named_family(index, found):
            return None
        return "error" if any(_name_part(s) for s in spans) else "warning"
    tail = next((k for k in range(1, len(core)) if index.match_english(" ".join(core[k:])).score >= MATCH_THRESHOLD), None)
    if tail is None:
        return _middle_name_alone(index, core, found)
    if any(m.score >= MATCH_THRESHOLD for m in found[:tail]):
        return "error"
    where = index.match_english(" ".join(core[tail:])).span
    if where is None or _name_part(where):
        return "error"
    before = LETTERS.findall(index.source[: where.start])[-1:]
    other_name = bool(before) and ((not is_everyday_word(before[0]) and urdu_role(before[0]) is None
                                    and fold_token(before[0]) not in NAME_INTRODUCERS)  # اوپنر فنچ: the opener
                                   or _sounds_as(core[tail - 1], before[0]))
    return "error" if other_name else "warning"


_FAMILY = re.compile(r"\s+(?:خاندان|گھران[ےہا]|فیملی)(?!\w)")
"""After a surname, the family that bears it: صدیقی خاندان, the Siddiqui family."""


def _of_named_family(index: NameIndex, found: list[NameMatch]) -> bool:
    """A given name the article writes alone, then the surname of a family it names (عافیہ …
    صدیقی خاندان for Aafia Siddiqui): the person by the family's name, though صدیقی is an
    everyday name part."""
    if len(found) != 2 or found[0].span is None or found[1].span is None:
        return False
    given, surname = found[0].span, found[1].span
    if _name_part(given):
        return False
    return any(_FAMILY.match(index.source, m.end())
               for m in re.finditer(rf"(?<!\w){re.escape(surname.text)}", index.source))  # the word, not a tail (جعلی)


def _middle_name_alone(index: NameIndex, core: list[str], found: list[NameMatch]) -> Severity:
    """The one word of a name of three, after an English given name, that the article writes
    alone between words that are no names (سواریز for Carla Suarez Navarro, a given name and a
    second surname the desk adds): a warning. Beside another name word in the article, or an
    everyday name part: an error."""
    hits = [k for k, m in enumerate(found) if m.score >= MATCH_THRESHOLD]
    if (len(core) != 3 or not all(w[:1].isupper() for w in core) or not given_name_only(core[0].lower())
            or hits != [1] or (where := found[1].span) is None or _name_part(where)):
        return "error"
    before = LETTERS.findall(index.source[: where.start])[-1:]
    after = LETTERS.findall(index.source[where.end :])[:1]
    beside = [w for w in before + after if not is_everyday_word(w) and urdu_role(w) is None]
    return "error" if beside else "warning"


def _sounds_as(word: str, token: str) -> bool:
    """The Urdu word spells the English word's consonants exactly, everyday word or not (کم for
    Kim in کم جونگ ان): the article names the person in full, and the brief's tail is another."""
    ours = english_skeleton(word)
    return len(ours) >= 2 and ours == urdu_skeletons(fold_token(token))[0]


def _name_part(span: Span) -> bool:
    """The span holds an everyday name part (خان، احمد، علی، صدیقی): weak evidence for one person."""
    return any(fold_token(w) in NAME_PARTS for w in LETTERS.findall(span.text))


_GENERIC_WORDS = frozenset(("of", "the", "and", "for", "&", "in", "on", "at", "de", "al"))


def _other_compass_before(index: NameIndex, words: list[str], core: list[str]) -> bool:
    """A compass word before a place the article writes after another one (East Midnapore where
    it has ویسٹ مدناپور, West Midnapore): another place, though the name's last words are there."""
    mine = english_compass(words)
    where = index.match_english(" ".join(core)).span
    if not mine or where is None:
        return False
    before = [fold_token(w) for w in LETTERS.findall(index.source[max(0, where.start - 20) : where.start])[-1:]]
    theirs = {COMPASS[w] for w in before if w in COMPASS}
    return bool(theirs) and not mine & theirs


def _other_place_heads(index: NameIndex, words: list[str]) -> bool:
    """A place and a body (Punjab Netball Association) where the article writes that body after
    another place (سندھ نیٹ بال ایسوسی ایشن): the body of another province, though the article
    names both the place and a body of that name."""
    if len(words) < 3 or not any(e.type == "location" for e in lookup_english(words[0])):
        return False
    body = index.match_english(" ".join(words[1:]))
    if body.score < MATCH_THRESHOLD or body.span is None:
        return False
    before = LETTERS.findall(index.source[: body.span.start])[-1:]
    places = [e for e in lookup_urdu(before[0]) if e.type == "location"] if before else []
    return bool(places) and not any(e.english.lower() == words[0].lower() for e in places)


def _unverified_words(index: NameIndex, words: list[str], core: list[str]) -> Severity | None:
    """A name whose uncommon words the source has, and whose ordinary words it has too, as
    words or their translations (`Pakistan Cricket Board` ↔ پاکستان کرکٹ بورڈ): supported.
    An ordinary word after the core found nowhere (`China Daily` where the source has only چین,
    `Saudi Gazette`) makes it another organisation: an error."""
    # a body named "X of Y" holds its words on both sides (Muslim Council of Britain: Association
    # is another body's word)
    first = -1 if "of" in (w.lower() for w in words[1:-1]) else words.index(core[0])
    if first > 0 and words[first - 1].lower() in _BODY_WORDS:
        first = -1  # `Combined Military Hospital Dera`: a body's name, then its place
    rest = [w for w in words[first + 1 :] if w not in core and w.lower() not in _GENERIC_WORDS]
    # only words after the name's proper core: before it, a desk puts descriptions (Former
    # India, Analyst Moeed Yusuf, Cyclone Yaas) that the span finder takes in with the name
    return "error" if any(not index.has_word(w) for w in rest) else None


_BODY_WORDS = ORG_TAILS | {"hospital", "court", "department", "ministry", "office", "school", "college", "police"}
"""Last words of a body's name: before a name's proper core, they end the body's own name
(the body's words, not a description of the place after them)."""


_AUXILIARIES = frozenset(("also", "has", "had", "have", "would", "will", "could", "did", "does", "is", "was", "now",
                          "then", "already", "still", "again", "must", "should", "may", "might", "can"))
_IRREGULAR_PAST = frozenset(("gave", "said", "says", "took", "made", "sent", "saw", "told", "began", "got", "put",
                             "set", "cut", "led", "kept", "sought", "brought", "paid", "won", "lost", "chose", "came",
                             "went", "held", "stood", "struck", "broke", "drew", "fought", "knew", "meant", "spent", "withdrew"))
_NOT_ACTS = frozenset(("is", "was", "has", "does", "this", "its", "his", "us", "as", "news", "times", "press", "post"))


def _acting_capital(text: str, span: Span) -> bool:
    """The capital is a sentence's actor (`Washington gave`, `since Washington recognised`,
    `Washington's aid`): the government a desk names by its seat, not the city itself."""
    if re.match(r"['’]s\b", text[span.end :]):
        return True
    before = re.findall(r"[A-Za-z]+", text[max(0, span.start - 20) : span.start])
    if before and before[-1].lower() in ("in", "to", "from", "at", "near", "the", "a", "visit", "visited", "via", "outside"):
        return False
    after = [w.lower() for w in re.findall(r"[A-Za-z]+", text[span.end : span.end + 40])]
    while after and after[0] in _AUXILIARIES and len(after) > 1:
        after = after[1:]
    if not after or not text[span.end : span.end + 1].isspace():
        return False
    verb = after[0]
    return verb in _IRREGULAR_PAST or (verb not in _NOT_ACTS and (verb.endswith("ed") or verb.endswith("es")
                                                                  or (verb.endswith("s") and not verb.endswith("ss"))))


def _names_go_on(text: str, span: Span, lang: Lang) -> bool:
    """The word after the span goes on with a name (European Union, یورپی یونین): the demonym
    is part of a body's name, not a description of a place."""
    if lang == "en":
        return bool(re.match(r"\s+[A-Z]", text[span.end :]))
    after = LETTERS.findall(text[span.end : span.end + 30])[:1]
    return bool(after) and not is_everyday_word(after[0])


def _urdu_place_english(text: str) -> str | None:
    """The English of the place or demonym an Urdu word names (افریقی → African)."""
    return next((e.english for e in lookup_urdu(text) if e.type in ("location", "demonym")), None)


_KIND_OF_PLACE_AFTER = re.compile(
    r"\s*(?:کے\s+|کی\s+)?(?:دارالحکومت|ریاست|صوبے|صوبہ|شہر|ملک|علاقے|علاقہ)\s+(\S+(?:\s+\S+)?)")


def _country_of_place_named(index: NameIndex, text: str, span: Span) -> Span | None:
    """An Urdu country, demonym or continent before a kind of place and a place of it that the
    article names (افریقی ملک گنی، افغان دارالحکومت کابل): the article's place, or None. A brief
    says where the place is; a continent it names so is true, a country for a translator to check.
    A country is read only before its capital: other places share names across borders (گجرات)."""
    named_as = _urdu_place_english(span.text)
    after = _KIND_OF_PLACE_AFTER.match(text, span.end)
    if named_as is None or after is None:
        return None
    continent = continent_of(named_as, regions=False)
    countries = {c.lower() for c in countries_named(named_as)} | (set(countries_in(continent)) if continent else set())
    for place in dict.fromkeys((after.group(1), after.group(1).split()[0])):  # the words, then the first alone
        english = _urdu_place_english(place)
        if english is None:
            continue
        capital = {c.lower() for c in countries_of_capital(english)}
        theirs = capital | {c.lower() for c in {*countries_of_place(english), *countries_named(english)}}
        if (theirs if continent else capital) & countries:  # a country's place by its capital only
            found = index.match_urdu(place)
            return found.span if found.score >= MATCH_THRESHOLD else None
    return None


def _continent_of_named_place(index: NameIndex, name: str | None, regions: bool) -> bool:
    """The name is a continent or its demonym (African, یورپی), or with `regions` a region (Middle
    East), and the article names a country of it, or a place in one. Regions are an English desk's
    framing (a tour of the Middle East); an Urdu brief writes what the article writes, and a swap of
    a country for its region (جنوبی ایشیا for سری لنکا) is not framing."""
    continent = continent_of(POSSESSIVE.sub("", name), regions) if name else None
    if continent is None:
        return False
    members = countries_in(continent)
    return any(c.type == "location" and c.source == "gazetteer"
               and ({n.lower() for n in countries_named(c.english) | countries_of_place(c.english)} | {c.english.lower()})
               & members for c in index.candidates())


_ACTING_AFTER = re.compile(
    r"\s*(?:نے(?!\w)|سے\s+(?:[^\s۔]+\s+){0,6}?(?:درخواست|مطالبہ|مطالبے|اپیل|رابطہ|رابطے|مذاکرات)(?!\w)"
    r"|کے\s+(?:درمیان|تعلقات)(?!\w)|کا\s+(?:موقف|مؤقف|کہنا)(?!\w))")
"""After a capital, what makes it the government acting or dealt with: واشنگٹن نے, تہران سے ...
درخواست (asked Tehran), ماسکو کے درمیان, بیجنگ کا موقف."""


def _urdu_capital_country(index: NameIndex, text: str, span: Span) -> str | None:
    """The country an Urdu capital acting in the sentence stands for (واشنگٹن نے where the article
    names امریکہ), when the article names that country."""
    if not _ACTING_AFTER.match(text[span.end :]):
        return None
    return next((c for e in lookup_urdu(span.text) if e.type == "location"
                 for c in (_named_country(index, e.english),) if c is not None), None)


_CAPITAL = fold_token("دارالحکومت")
_GENITIVES = frozenset(fold_token(w) for w in ("کا", "کی", "کے"))


_FEDERAL = fold("وفاقی")


def _capital_described(index: NameIndex, name: str | None) -> bool:
    """The article calls this city its country's capital without naming it (افغانستان کے
    دارالحکومت میں for Kabul): the brief names the city the article describes."""
    if not name:
        return False
    toks = index.tokens
    places = [i for i, n in index.occurrences(_CAPITAL) if n == 1]
    if not places:
        return False
    for country in countries_of_capital(name):
        if country == "Pakistan" and any(i and toks[i - 1] == _FEDERAL for i in places):
            return True  # وفاقی دارالحکومت: the Urdu press's name for Islamabad
        forms = {fold(u) for e in lookup_english(country) if e.type == "location" for u in (*e.urdu, *related_urdu(e))}
        for i in places:
            end = i - 1 if i and toks[i - 1] in _GENITIVES else i
            if any(" ".join(toks[end - n : end]) in forms for n in (1, 2, 3) if end - n >= 0):
                return True
    return False


def _named_country(index: NameIndex, name: str) -> str | None:
    """The country a capital stands for, when the article names that country."""
    for country in countries_of_capital(name):
        if index.match_english(country).score >= MATCH_THRESHOLD:
            return country
    return None


def _urdu_country(text: str, span: Span) -> str | None:
    """The English of a country or its demonym an Urdu brief names on its own (امارات میں →
    United Arab Emirates), or ends a line or a clause (مقام: ریاست راجستھان، بھارت); not one inside
    a longer name (آل پاکستان صراف ایسوسی ایشن)."""
    after = LETTERS.findall(re.split(r"[\n۔؛،,:;]", text[span.end : span.end + 30], maxsplit=1)[0])[:1]
    if after and fold_token(after[0]) not in URDU_FUNCTION and fold_token(after[0]) not in ADMIN_HEADS:
        return None  # (بھارتی ریاست گجرات, the Indian state: a description, not a longer name)
    return _urdu_place_english(span.text)


def _place_in_country(index: NameIndex, name: str | None) -> tuple[Span, bool] | None:
    """A place the article names (a province or a city of 100,000 people) in the country `name`
    names or is the demonym of: a brief may say `India` of a story about کرناٹک from general
    knowledge, which a translator should check, not strike. With it, whether every place the
    article names lies in that country alone: then the country is the story's own (`Pakistan` of
    a story that names only ہنگو and کوہاٹ), and nothing needs checking; not so when a place is
    also another country's (پنجاب, حیدرآباد)."""
    countries = countries_named(POSSESSIVE.sub("", name)) if name else frozenset()
    if not countries:
        return None
    inside: Span | None = None
    outside = False
    for c in index.candidates():
        if c.type != "location" or c.source != "gazetteer":
            continue
        where = countries_of_place(c.english) | countries_named(c.english)
        if where & countries:
            inside = inside or c.span
        if where - countries:  # (پنجاب lies in two countries: which one is meant needs checking)
            outside = True
    return (inside, not outside) if inside is not None else None


def _name_hint(index: NameIndex, near: Span | None) -> Span | None:
    """The article's name the nearest match falls in, or None: the hint offers names, never an
    ordinary word ('مزید', 'خوراکیں') nor half of another name (لاور of لاور وف)."""
    if near is None or is_everyday_word(near.text):
        return None
    return next((c.span for c in index.candidates() if c.span.start <= near.start and near.end <= c.span.end), None)


@dataclass(frozen=True, slots=True)
class _Claims:
    """What a text claims: its numbers, and its name spans with how sure we are each is a name."""

    numbers: list[Quantity]
    names: list[tuple[Span, Severity]]


_CRICKET_NOUNS = frozenset(("six", "four"))
_BARE_HUNDRED = re.compile(r"(?:a\s+)?hundred\b", re.I)
_CENTURY_WORDS = re.compile(r"سنچری|سنچریاں|سنچریوں|سینچری")
_HUNDRED_RUNS = (100, 500)
"""An innings of this many runs is a hundred (a century); a double hundred too."""


def _english_cricket(source: SourceIndex, text: str, found: list[Quantity], numbers: list[Quantity]) -> list[Quantity]:
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
    "سیڈ", "پوزیشن", "نمبر", "شکست", "فتح", "جیت", "مرتبہ", "بار", "دفعہ"))
"""Nouns a word ordinal second or third ranks as a claim (تیسرے ٹیسٹ, دوسرے راؤنڈ): no idiom
(پہلے = before, دوسری طرف = on the other hand) stands before them."""


_RANKED_EVENTS_EN = frozenset((
    "test", "match", "round", "term", "set", "game", "innings", "season", "stage", "phase", "edition", "film",
    "seed", "seeded", "position", "one-day", "odi", "t20", "leg", "place", "defeat", "loss", "win", "victory",
    "time", "day"))
"""The same in English (a third term, the second Test, third-seeded, the third day: not Urdu's
دوسرے روز, which is also "the next day")."""


_AND_LAST_AFTER = re.compile(r"\s+(?:and\s+(?:final|last)|(?:اور|و)\s+آخری)\b", re.I)
"""After an ordinal: the third and final, تیسرے اور آخری."""


def _ranked_event(text: str, q: Quantity, lang: Lang = "ur") -> bool:
    if q.kind is not QuantityKind.ORDINAL or q.value < 2:  # پہلا سیٹ: a first a brief infers
        return False
    if _AND_LAST_AFTER.match(text, q.span.end):
        return True  # تیسرے اور آخری, the third and final: a rank in a series, never an idiom
    if lang == "en":
        nxt = re.match(r"[\s-]+([\w-]+)", text[q.span.end :])
        return nxt is not None and nxt.group(1).lower() in _RANKED_EVENTS_EN
    nxt = re.match(r"\s+(\w+)", text[q.span.end :])
    return nxt is not None and fold_token(nxt.group(1)) in _RANKED_EVENTS


_STAGE_BEFORE = re.compile(r"\bthe\s+last\s+$", re.I)
_STAGE_AFTER = re.compile(r"\s*(?:[,.;:)]|$|(?:by|with|after|in|on|of|and|for|at|stage|round|before|when|where"
                          r"|teams|sides|nations|clubs|players)\b)", re.I)
_STAGES = frozenset((4.0, 8.0, 16.0, 32.0))


def _tournament_stage(text: str, q: Quantity) -> bool:
    """"the last eight" (the quarter-finals), "the last 16": a stage's name, not a count the
    article must give."""
    return (q.value in _STAGES and q.kind is QuantityKind.COUNT
            and _STAGE_BEFORE.search(text[max(0, q.span.start - 12) : q.span.start]) is not None
            and _STAGE_AFTER.match(text[q.span.end :]) is not None)


_US = frozenset(("US", "U.S.", "American"))
_DOLLAR_AFTER = re.compile(r"\s+dollars?\b", re.I)


def _dollar_of_us(source: SourceIndex, text: str, span: Span) -> bool:
    """"the US dollar" where the article says ڈالر: the dollar's usual name, no claim about the US."""
    return (span.text in _US and _DOLLAR_AFTER.match(text, span.end) is not None
            and "ڈالر" in source.text)


_LIST_MARKER = re.compile(
    r"(?m)(?:^[ \t]*[(\[]?([0-9۰-۹٠-٩]{1,2})[).:\]-]|(?<=[۔.!?؟])[ \t]+([0-9۰-۹٠-٩]{1,2})\))(?=\s)")
"""A numbered point's marker at a line's start (1. 2) 3-) or after a sentence's end (۔ 2) ...)."""


_NAMED_NUMBER = re.compile(r"\b[A-Z][a-z]+ of (?=[A-Z][a-z]+\b(?! [A-Z]))")
"""A capitalised number word after "Group of" (the Group of Eight, the Council of Ten): part of a
name, not a count, unless a capitalised word follows as in a title-case headline (Deaths of Eight Miners)."""


def _list_markers(text: str) -> set[tuple[int, int]]:
    """Spans of the numbers that mark numbered points, when the text has at least two of them:
    a list's count, not a claim about the article."""
    found = [m.span(1) if m.group(1) else m.span(2) for m in _LIST_MARKER.finditer(text)]
    return set(found) if len(found) >= 2 else set()


def _claims(source: SourceIndex, text: str, lang: Lang) -> _Claims:
    markers = _list_markers(text)
    if lang == "en":
        markers |= {(m.end(), m.end() + len(w.group(0))) for m in _NAMED_NUMBER.finditer(text)
                    if (w := re.match(r"[A-Za-z]+", text[m.end():])) is not None}  # fmt: skip
    found = [q for q in extract_quantities(text, lang) if (q.span.start, q.span.end) not in markers]
    numbers = [q for q in found if _is_claim(q) or _ranked_event(text, q, lang)]
    if lang == "en":
        numbers = [q for q in _english_cricket(source, text, found, numbers) if not _tournament_stage(text, q)]
        return _Claims(numbers, [(span, "error") for span in english_name_spans(text)
                                 if not _dollar_of_us(source, text, span)])
    # Strong name signals (gazetteer, acronyms, after a role, place endings, institution
    # phrases) are errors when unsupported; a word that is only rare and absent from the
    # source may be a paraphrase's vocabulary: a warning.
    return _Claims(numbers, [(part, "error" if strength == "strong" else "warning")
                             for sp, strength in urdu_name_claims(text, source.names)
                             for part in _latin_part(text, _team_of(text, sp))])  # fmt: skip


_SPORT_THEN_TEAM = re.compile(r"\s+(?:کرکٹ|ہاکی|فٹبال|فٹ بال)$")
_TEAM_AFTER = re.compile(r"\s*(?:ٹیم|ٹیموں|ٹیمیں)\b")


def _team_of(text: str, span: Span) -> Span:
    """زمبابوے کرکٹ ٹیم is a country's side, not the board زمبابوے کرکٹ: the claim is the country."""
    sport = _SPORT_THEN_TEAM.search(span.text)
    if sport is None or sport.start() == 0 or _TEAM_AFTER.match(text, span.end) is None:
        return span
    return Span(start=span.start, end=span.start + sport.start(), text=span.text[: sport.start()])


_LATIN_IN_SPAN = re.compile(r"[A-Za-z][A-Za-z0-9&.'’ -]*[A-Za-z0-9.]|[A-Za-z]")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")
_AROUND_NAME = " \t()[]،,:;-–—"


def _latin_part(text: str, span: Span) -> list[Span]:
    """A claim of an Urdu text that joins Urdu words to a name in Latin letters (شہر Bhakkar,
    علاقے Hayatabad: a place's kind and its name, written as a code-mixed brief writes them) is
    the Latin name, read as English; any other claim is itself."""
    latin = list(_LATIN_IN_SPAN.finditer(span.text))
    if not latin or not _ARABIC_LETTER.search(span.text):
        return [span]
    parts = [(m.start(), m.end()) for m in latin]
    at = 0
    for a, b in [*parts, (len(span.text), len(span.text))]:  # the Urdu between: a name of its own (MNA رشید اکبر)
        words = LETTERS.findall(span.text[at:a])
        if len(words) >= 2 or (words and (fold_token(words[0]) in NAME_PARTS or lookup_urdu(words[0]))):
            piece = span.text[at:a]
            lead = at + len(piece) - len(piece.lstrip(_AROUND_NAME))
            parts.append((lead, lead + len(piece.strip(_AROUND_NAME))))
        at = b
    return [Span(start=span.start + a, end=span.start + b, text=span.text[a:b]) for a, b in sorted(parts)]


_EVERYDAY_TAIL = re.compile(r"(?:[ \t]+[A-Z][a-z]+){1,2}")


def _whole_with_everyday_tail(index: NameIndex, text: str, span: Span) -> bool:
    """The name goes on with capitalised everyday words the span finder left out (Jang News,
    Dawn News: "news" is an everyday word) and the whole is the article's name (جنگ نیوز), where
    the span alone would be an everyday Urdu word (جنگ: war)."""
    tail = _EVERYDAY_TAIL.match(text, span.end)
    return tail is not None and index.match_english(span.text + tail.group(0)).score >= MATCH_THRESHOLD


def _joined_with_neighbour(index: NameIndex, text: str, spans: list[Span], k: int) -> bool:
    """Span k is a piece the span finder cut out of one name the source writes whole, with the
    span just before or after it: a demonym or a second word split off (Danish | Kaneria ↔
    دانش کنیریا, Shyam | Saran)."""
    for a, b in ((k - 1, k), (k, k + 1)):
        if a >= 0 and b < len(spans) and text[spans[a].end : spans[b].start] == " " and (
                not HYPHEN_TAIL.search(spans[a].text)  # NATO-led | ISAF: two names, cut on purpose
                and index.match_english(text[spans[a].start : spans[b].end]).score >= MATCH_THRESHOLD):
            return True
    return False


def _joined_in_source(index: NameIndex, text: str, span: Span) -> bool:
    """The word before the claim and its first word are one word of the article, written
    apart here (اظہار الحسن ↔ اظہارالحسن, سٹیو او کیف ↔ اوکیف)."""
    before = LETTERS.findall(text[max(0, span.start - 30) : span.start])
    words = LETTERS.findall(span.text)
    if not (before and words and text[: span.start].endswith(before[-1] + " ")):
        return False
    joined = [fold_token(before[-1] + words[0]), *(fold_token(w) for w in words[1:])]
    return f"|{'|'.join(joined)}|" in index.bar


_RESPELT_ALIKE = 75.0
"""How alike (rapidfuzz ratio, letters or consonant skeletons) a foreign name's word and the
article's word beside the same neighbour must be to be one word spelt two ways."""


_COMPOUND_OPENINGS = (*COMPOUND_OPENINGS, *(fold_token(w) for w in ("عبد", "ابو")))
"""The compound openings, and the same written apart (عبد الصبور)."""


def _after_opening(word: str) -> str:
    """A compound Arabic name past its opening (عبدالفتاح → فتاح), where two names differ."""
    return next((word[len(o):] for o in _COMPOUND_OPENINGS if word.startswith(o) and len(word) > len(o) + 1), word)


def _word_beside(text: str, span: Span, *, before: bool) -> str | None:
    """The word right before (or after) the span, with only white space between."""
    if before:
        words = LETTERS.findall(text[max(0, span.start - 30) : span.start])
        return words[-1] if words and text[: span.start].rstrip().endswith(words[-1]) else None
    words = LETTERS.findall(text[span.end : span.end + 30])
    return words[0] if words and text[span.end :].lstrip().startswith(words[0]) else None


def _anchored_respelling(index: NameIndex, text: str, span: Span) -> bool:
    """A one-word claim beside a word of the article that the article writes, on the same side,
    next to a word spelt a little otherwise (کرس راجرز ↔ کرس راجڑ, پیٹر کیسگ ↔ پیٹر کاسنگ): the same
    person's name respelt by the desk. Not for a given name or surname the desk's lists know
    (حسن ↔ حسین, خادم ↔ خالد are two people), nor past a compound's shared opening
    (عبدالصبور ↔ عبدالجبار)."""
    words = LETTERS.findall(span.text)
    if len(words) != 1:
        return False
    mine = fold_token(words[0])
    if len(mine) < 3 or mine in NAME_PARTS:
        return False
    toks = index.tokens
    for anchor, step in ((_word_beside(text, span, before=True), 1), (_word_beside(text, span, before=False), -1)):
        key = fold_token(anchor) if anchor is not None else ""
        if key in URDU_FUNCTION or len(key) < 3:
            continue
        for p, n in index.occurrences(key):
            q = p + step
            if n != 1 or not 0 <= q < len(toks) or not index.joined_next[min(p, q)]:
                continue
            theirs = toks[q]
            if theirs in NAME_PARTS or len(theirs) < 4 or abs(len(theirs) - len(mine)) > 2:
                continue  # (ایڈ of ایڈ کاک is half a word the article splits)
            a, b = _after_opening(mine), _after_opening(theirs)  # عبدالصبور ↔ عبدالجبار: one opening, two names
            alike = max(fuzz.ratio(a, b), fuzz.ratio(urdu_skeletons(a)[0], urdu_skeletons(b)[0]))
            if alike >= _RESPELT_ALIKE:
                return True
    return False


_DE = fold_token("ڈی")


def _initials_before_de(index: NameIndex, text: str, span: Span) -> bool:
    """Letter names ending in ڈی before a surname: initials and "de" (اے بی ڈی ویلیئرز, AB de
    Villiers), which the article holds as a whole name (اے بی ڈولیئرز), not an acronym ABD."""
    words = LETTERS.findall(span.text)
    after = LETTERS.findall(text[span.end : span.end + 40])
    return (len(words) >= 2 and fold_token(words[-1]) == _DE and all(letter_of(w) is not None for w in words)
            and bool(after) and text[span.end : span.end + 1] == " " and letter_of(after[0]) is None
            and index.match_urdu(f"{span.text} {after[0]}").score >= MATCH_THRESHOLD)


_INITIALS_MAX = 3


def _initials_before_name(index: NameIndex, text: str, span: Span) -> bool:
    """Initials in letter names before a name (ایم ایس دھونی) where the article writes the given
    names out (مہندرا سنگھ دھونی): the initials and the name, read in English (M. S. Dhoni), are
    the article's person, not an acronym MS of its own."""
    words = LETTERS.findall(span.text)
    after = LETTERS.findall(text[span.end : span.end + 40])
    if not (0 < len(words) <= _INITIALS_MAX and all(letter_of(w) is not None for w in words) and after
            and text[span.end : span.end + 1] == " " and letter_of(after[0]) is None):
        return False
    letters = [letter_of(w) or "" for w in words]
    surname = english_spelling(after[0]).split()[-1:]  # دھونی is listed as MS Dhoni: its last word
    match = index.match_english("".join(f"{c}." for c in letters) + f" {' '.join(surname)}")
    if match.score < MATCH_THRESHOLD or match.span is None:
        return False
    given = LETTERS.findall(match.span.text)[:-1]  # the given names the article writes, each for one initial
    return len(given) == len(letters) and all(
        english_spelling(g)[:1].upper() == c for g, c in zip(given, letters, strict=True))


def _award_of(index: NameIndex, text: str, span: Span) -> bool:
    """`FIFA World Player of the Year` where the article names FIFA: an award of a body the
    article has (`UEFA World Player` where it names only FIFA stays an error)."""
    first = span.text.split()[0]
    return (award_after(text, span) and " " in span.text
            and index.match_english(first).score >= MATCH_THRESHOLD)


_DATELINE_AFTER = re.compile(r"\s*(?:[:,(]|\u2014|--)")
_DATELINE_WORDS = frozenset(("occupied",))


def _dateline_case(text: str, span: Span) -> str:
    """A dateline's place in capitals (OCCUPIED JERUSALEM:, INCHEON, Oct 2) read in title case,
    not as an acronym; words a dateline adds (Occupied) are dropped."""
    name = span.text
    line_start = text.rfind("\n", 0, span.start) + 1
    if not (name.isupper() and len(name.replace(" ", "")) >= 5 and not text[line_start : span.start].strip()
            and _DATELINE_AFTER.match(text, span.end)):
        return name
    words = [w for w in name.title().split() if w.lower() not in _DATELINE_WORDS]
    return " ".join(words) or name


_EN_DATELINE_AFTER = re.compile(r"\s*(?::|,\s*[A-Z][a-z]{2}|\u2014|--|\s-\s)")
"""After a dateline's place: a colon, a dash, or a comma and a month (KARACHI, Jan. 5 —)."""


def _in_own_dateline(text: str, span: Span, lang: Lang) -> bool:
    """The span is a capital city opening a line of the brief as its dateline (ISLAMABAD:,
    اسلام آباد (نمائندہ خصوصی)): where a desk files a country's news from."""
    line_start = text.rfind("\n", 0, span.start) + 1
    if text[line_start : span.start].strip():
        return False
    english = _dateline_case(text, span) if lang == "en" else _urdu_place_english(span.text)
    if not english or not countries_of_capital(english):
        return False
    if lang == "en":
        return _EN_DATELINE_AFTER.match(text, span.end) is not None
    line_end = text.find("\n", span.end)
    found = find_dateline(text[line_start : line_end if line_end >= 0 else len(text)], line_start)
    return found is not None and found.place is not None and found.place.start <= span.start < found.place.end


_OUTLET_BEFORE = re.compile(r"(?i)\b(?:this|the)\s+$")
_OUTLET_AFTER = re.compile(
    r"(?:\s+Urdu(?:'s)?)?\s+(?:analysis|column|article|piece|report|story|editorial|feature|commentary|blog|op-ed)\b")


def _own_outlet(text: str, span: Span) -> bool:
    """`This BBC Urdu analysis argues ...`: the brief names the outlet that carried the article it
    sums up, which an article's own text seldom says (a warning, not an error)."""
    return (_OUTLET_BEFORE.search(text, max(0, span.start - 8), span.start) is not None
            and _OUTLET_AFTER.match(text, span.end) is not None)


_TITLE_BEFORE = re.compile(
    r"(?:\b(?:journal|newspaper|daily|weekly|magazine|tabloid|paper|broadcaster|channel)\s+(?:The\s+)?|(?<=[a-z,] )The\s+)$")
_TITLE_AFTER = re.compile(r"^['’]?s?\s+(?:newspaper|daily|weekly|magazine|journal|tabloid)\b")


_PLURAL_NAME = re.compile(r"[A-Z][a-z]{3,}s")
"""A plural of everyday words capitalised after a lower-case `the` names a side or a force; not
`the Games`, which stands for an event the article names otherwise (اولمپکس)."""


_OUTLET_WORDS = frozenset(("the", "s", "news", "online", "service", "world", "radio", "tv", "television", "com"))
"""Words a brief adds to an outlet's own name (`BBC News`, `the BBC's`, `BBC Online`)."""


def _names_outlet(name: str, outlet: str) -> bool:
    """`BBC`, `BBC Urdu`, `the BBC's` for the outlet `BBC Urdu`: the outlet's first word, then
    only its other words or words every outlet takes."""
    words = re.findall(r"[a-z0-9]+", name.lower())
    own = re.findall(r"[a-z0-9]+", outlet.lower())
    words = words[1:] if words[:1] == ["the"] and own[:1] != ["the"] else words
    return bool(words and own) and words[0] == own[0] and set(words) <= set(own) | _OUTLET_WORDS


_CREDIT_AFTER = re.compile(
    r"(?:\s+(?:Urdu|News|Online|World\s+Service))*(?:['’]s)?(?:\s+[a-z]+)?\s+(?:analysis|column|article|piece|"
    r"report|reports|reported|story|editorial|feature|commentary|blog|op-ed|correspondent|reporter|interview|"
    r"says|said|website|programme|team)\b")
_CREDIT_AFTER_UR = re.compile(r"\s*(?:اردو\s+)?(?:کے\s+(?:نامہ\s*نگار|نمائندے|مطابق)|کی\s+(?:رپورٹ|خبر))")


def _outlet_named(text: str, span: Span, lang: Lang, outlet: str) -> bool:
    """The brief credits the article's outlet as the one that reports (`the BBC Urdu report
    says`, `the BBC's correspondent`, `بی بی سی کے نامہ نگار کے مطابق`): who published the article,
    as the caller gave it. Not as the one told (`told the BBC`, `بی بی سی سے بات کرتے ہوئے`: the
    article may credit another outlet there) nor in another role (`a BBC film`)."""
    if lang == "en" or _LATIN_ONLY.fullmatch(span.text):
        return _CREDIT_AFTER.match(text, span.end) is not None and _names_outlet(span.text, outlet)
    return (_CREDIT_AFTER_UR.match(text, span.end) is not None
            and any(_names_outlet(e.english, outlet) for e in lookup_urdu(span.text) if e.type == "organization"))


def _title_marked(text: str, span: Span) -> Severity | None:
    """A name of ordinary words that its context marks as a title: a publication's or a
    channel's (the journal Nature, The Lancet mid-sentence, the Dawn newspaper), an error where
    the article lacks it, as any name; a capitalised plural after `the` (the Rangers, the
    Titans), a warning, as it may be a desk's own word for a side or a force. None otherwise."""
    before = text[max(0, span.start - 40) : span.start]
    after = text[span.end : span.end + 30]
    if span.text.startswith("The ") and re.search(r"[a-z,]\s+$", before):
        return "error"  # `in The Lancet`: a capitalised article mid-sentence opens a title
    if _TITLE_BEFORE.search(before) is not None or (
            before.rstrip().lower().endswith("the") and _TITLE_AFTER.match(after) is not None):
        return "error"
    if _PLURAL_NAME.fullmatch(span.text) and span.text != "Games" and re.search(r"[a-z,]\s+the\s+$", before):
        return "warning"
    return None


def _compass_turned(index: NameIndex, name: str) -> Span | None:
    """Where an Urdu brief's place opens with a compass word (جنوبی وزیرستان) and the article
    writes the same place only after another one (شمالی وزیرستان): the article's phrase. The
    brief has turned the place to another part of it, a wrong place."""
    words = name.split()
    direction = COMPASS.get(fold_token(words[0])) if len(words) >= 2 else None
    if direction is None:
        return None
    rest = [fold_token(w) for w in words[1:]]
    toks, n = index.tokens, len(rest)
    turned: Span | None = None
    for i in range(1, len(toks) - n + 1):
        if toks[i : i + n] != rest:
            continue
        said = COMPASS.get(toks[i - 1])
        if said == direction:
            return None  # the article also writes this part (the claim failed for another reason)
        if said is not None and turned is None:
            turned = index.span(i - 1, n + 1)
    return turned


_PLURAL_HEADS = {
    "stadiums": "Stadium", "hospitals": "Hospital", "universities": "University", "colleges": "College",
    "schools": "School", "rivers": "River", "provinces": "Province", "districts": "District", "agencies": "Agency",
    "airports": "Airport", "roads": "Road", "streets": "Street", "valleys": "Valley", "mosques": "Mosque",
    "parks": "Park", "bridges": "Bridge", "markets": "Market", "bazaars": "Bazaar", "dams": "Dam", "lakes": "Lake",
    "islands": "Island", "prisons": "Prison", "jails": "Jail", "camps": "Camp", "towns": "Town", "squares": "Square",
}
_LISTED_NAME = r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}"
_PLURAL_HEAD_AFTER = re.compile(
    rf"(?:\s*,\s*{_LISTED_NAME})*(?:,?\s+(?:and|&)\s+{_LISTED_NAME})?\s+({'|'.join(_PLURAL_HEADS)})\b")
"""A name in a list that one plural noun closes (the Fortress, Ayub and Qaddafi stadiums): each
item is "<item> Stadium"."""


def _plural_head_after(text: str, span: Span) -> str | None:
    m = _PLURAL_HEAD_AFTER.match(text, span.end)
    return _PLURAL_HEADS[m.group(1)] if m else None


_DEFINED_ACRONYM = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|the|and|on|in|at|to|&)\s+)*)+)\(([A-Z]{2,6})\)")
_ACRONYM_WORD_BREAK = re.compile(r"\s+|-(?=[A-Z])")


def _acronyms_defined(text: str) -> dict[str, str]:
    """Acronyms a text defines in brackets after the name they shorten, each with that name:
    "Pakistan Netball Federation (PNF)" gives PNF; the initials of the name's last capitalised
    words must spell the acronym."""
    out: dict[str, str] = {}
    for m in _DEFINED_ACRONYM.finditer(text):
        name, acronym = m.group(1).strip(), m.group(2)
        words = _ACRONYM_WORD_BREAK.split(name)  # Inter-Services: I, S
        capitals = [k for k, w in enumerate(words) if w[:1].isupper()][-len(acronym):]
        if len(capitals) == len(acronym) and "".join(words[k][0] for k in capitals) == acronym:
            out[acronym] = name[name.index(words[capitals[0]]):]
    for m in _TITLED_RUN.finditer(text):  # and a name the brief spells out elsewhere (CAS in a
        # headline, Chief of the Air Staff inside a longer name in its body): any stretch of a run
        parts = [w for w in _WORD_AT.finditer(m.group(0)) if w.group(0).lower() not in _RUN_JOINERS]
        for i in range(len(parts)):
            for j in range(i + 2, min(len(parts), i + _ACRONYM_LEN_MAX) + 1):
                spelt = m.group(0)[parts[i].start() : parts[j - 1].end()]
                out.setdefault("".join(w.group(0)[0] for w in parts[i:j]), spelt)
    return out


_ACRONYM_LEN_MAX = 6
_WORD_AT = re.compile(r"\S+")


_RUN_JOINERS = frozenset(("of", "the", "and", "for", "&"))
_TITLED_RUN = re.compile(r"[A-Z][a-z]+(?:\s+(?:(?:of|the|and|for|&)\s+)*[A-Z][a-z]+)+")


def _check_names(
    source: SourceIndex, text: str, names: list[tuple[Span, Severity]], lang: Lang, field: str | None,
    aliases: Container[str] = frozenset(),
) -> Iterator[Finding]:  # fmt: skip
    index = source.names
    named: set[str] = set()  # words of names of two or more words the source supports, in this text
    defined = _acronyms_defined(text) if lang == "en" else {}
    spans = [span for span, _ in names]
    for k, (span, strength) in enumerate(names):
        last = span.text.rsplit(maxsplit=1)[-1]
        if lang == "en" and (numeral := roman_value(last)) is not None:
            # Episode III (ایپیسوڈ تھری), Nicholas II (نکولس دوم): a number, checked as one
            beside = _numeral_beside_name(index, span.text[: -len(last)].strip(), numeral)
            if beside is False or (beside is None and not (
                    any(q.value == numeral for q in source.quantities) or index.vocab & urdu_numeral_forms(numeral))):
                at = span.end - len(last)
                yield Finding(kind=FindingKind.NUMBER, severity="error", field=field,
                              claim=Span(start=at, end=span.end, text=last), nearest=None,
                              message=(f"'{last}' ({numeral}) is not in the article, which numbers this "
                                       "otherwise or not at all. State the number the article gives."))
            if last == span.text:
                continue
        if span.text in defined and _name_severity(index, defined[span.text], aliases)[0] is None:
            continue  # `Pakistan Netball Federation (PNF)`: the brief's own short form of a name the article gives
        if lang == "en":
            before = text[: span.start].rstrip()
            initial = not before or before[-1] in ".!?:;\n\"'‘“(-—" or opens_line(text, span.start)
            severity, near = _name_severity(index, _dateline_case(text, span), aliases, initial=initial)
            if severity is not None and (_joined_with_neighbour(index, text, spans, k)
                                         or _whole_with_everyday_tail(index, text, span)):
                severity = None
            titled = _title_marked(text, span) if severity is None else None
            if titled is not None and (alone := index.match_english(span.text)).score < MATCH_THRESHOLD:
                severity, near = titled, alone.span  # the journal Nature
            words = [re.sub(r"['’]s$", "", w.lower()) for w in _WORD.findall(span.text)]
            if severity is None and len(words) >= 2:
                named.update(words)
            elif severity is not None and len(words) == 1 and words[0] in named:
                severity = None  # `Moin said` after `Moin Khan`: the name again, shortened
        elif _LATIN_ONLY.fullmatch(span.text):
            # an acronym or name an Urdu brief writes in Latin letters (PTI, ISPR, UN): the English
            # names of the whole Latin phrases it lies in (Faf du Plessis, not Faf), which the article
            # spells in letter names or by its Urdu name. What the English reading clears (a short
            # phrase of everyday words or a format: World Cup, ODIs) is none; a longer phrase (Press
            # Trust of India) must be the article's
            missing = [sev for m in _LATIN_PHRASE.finditer(text, max(0, span.start - _LATIN_REACH), span.end + _LATIN_REACH)
                       if m.start() < span.end and span.start < m.end()
                       for s in english_name_spans(m.group(0))
                       if m.start() + s.start < span.end and span.start < m.start() + s.end
                       and index.match_english(s.text).score < MATCH_THRESHOLD
                       and ((sev := _name_severity(index, s.text, aliases)[0]) is not None or len(m.group(0).split()) > 2)]
            # (a place, body or acronym the English reading is sure of is an error, however weakly
            # the Urdu finder held the word: Sargodha, PEMRA)
            severity = None if not missing else "error" if "error" in missing else strength
            near = None
        else:
            match = index.match_urdu(span.text)
            swapped = match.score >= MATCH_THRESHOLD and another_known_person(span.text, match)
            held = match.score >= MATCH_THRESHOLD and not loose_variant(span.text, match) and not swapped
            severity, near = (None, None) if held else (strength, match.span)
            turned = _compass_turned(index, span.text) if severity is not None else None
            if turned is None and severity is not None and not swapped and (
                    supported_otherwise(index, span.text) or _joined_in_source(index, text, span)
                    or _initials_before_de(index, text, span) or _initials_before_name(index, text, span)
                    or _anchored_respelling(index, text, span)):
                severity, near = None, None  # (not a place turned to another part: شمال said elsewhere is no
                # شمالی وزیرستان where the article writes جنوبی وزیرستان)
            elif severity == "error" and not swapped and (_written_a_letter_apart(index, span.text) or _vowel_apart(index, span.text)
                                          or given_name_added(index, span.text)
                                          or _known_body_misspelt(
                    index, [e for e in lookup_urdu(span.text) if e.type == "organization"])):
                severity = "warning"  # (شنہوا where the article writes عنہوا: a known body, slipped)
            if severity is not None and turned is not None:
                yield Finding(kind=FindingKind.NAME, severity="error", field=field, claim=span, nearest=turned,
                              message=(f"'{span.text}' is not in the article, which says '{turned.text}': "
                                       "another part of the place. Use the article's."))
                continue
        if severity is not None and lang == "en" and (head := _plural_head_after(text, span)) is not None and (
                index.match_english(f"{span.text} {head}").score >= MATCH_THRESHOLD):
            continue  # the Ayub and Qaddafi stadiums: قذافی اسٹیڈیم
        if severity is None or (source.outlet is not None and _outlet_named(text, span, lang, source.outlet)):
            continue  # (`the BBC Urdu report says` of an article the caller says BBC Urdu published)
        if not _names_go_on(text, span, lang) and _continent_of_named_place(
                index, span.text if lang == "en" else _urdu_place_english(span.text), regions=lang == "en"):
            continue  # `African` where the article names گنی: a desk's knowledge, and true
        english = span.text if lang == "en" or _LATIN_ONLY.fullmatch(span.text) else _urdu_place_english(span.text)
        if _capital_described(index, english):
            continue  # `Kabul` where the article writes افغانستان کے دارالحکومت: the capital it describes
        described = _country_of_place_named(index, text, span) if lang == "ur" else None
        if described is not None and continent_of(_urdu_place_english(span.text) or "", regions=False):
            continue  # افریقی ملک گنی where the article names گنی: the place's continent, and true
        if described is not None:  # افغان دارالحکومت کابل where the article names only کابل
            yield Finding(kind=FindingKind.NAME, severity="warning", field=field, claim=span, nearest=described,
                          message=(f"'{span.text}' is not in the article; it names '{described.text}', which lies "
                                   "there. Check the country is the one meant."))
            continue
        country = _named_country(index, span.text) if lang == "en" else _urdu_capital_country(index, text, span)
        if country is not None and (lang == "ur" or _acting_capital(text, span)):
            continue  # `Washington gave it $370m`: the capital stands for the government the article names
        if country is not None:  # `in Washington` where the article says امریکہ
            yield Finding(kind=FindingKind.NAME, severity="warning", field=field, claim=span, nearest=None,
                          message=(f"'{span.text}' is not in the article, which names {country} ('{span.text}' is its "
                                   "capital). Name the country unless the city itself is meant."))
            continue
        lying = _place_in_country(index, span.text if lang == "en" else _urdu_country(text, span))
        if lying is not None and lying[1]:
            continue  # `Pakistan` of a story whose every place is Pakistan's
        if lying is not None:  # `India` where the article names only کرناٹک: the desk's knowledge
            place = lying[0]
            yield Finding(kind=FindingKind.NAME, severity="warning", field=field, claim=span, nearest=place,
                          message=(f"'{span.text}' is not in the article; it names '{place.text}', which lies there. "
                                   "Check the country is the one meant."))
            continue
        if severity == "error" and not source.has_dateline and _in_own_dateline(text, span, lang):
            yield Finding(kind=FindingKind.NAME, severity="warning", field=field, claim=span, nearest=None,
                          message=(f"'{span.text}' opens the brief as its dateline, a capital the article does not "
                                   "name; it has no dateline of its own. Check the story was filed there."))
            continue
        if lang == "en" and severity == "error" and _own_outlet(text, span):
            yield Finding(kind=FindingKind.NAME, severity="warning", field=field, claim=span, nearest=None,
                          message=(f"'{span.text}' names the outlet the brief says published the article, which "
                                   "the article's text does not state. Check where it came from."))
            continue
        if lang == "en" and severity == "error" and (title_of_a_work(text, span) or _award_of(index, text, span)):
            yield Finding(kind=FindingKind.NAME, severity="warning", field=field, claim=span, nearest=None,
                          message=(f"'{span.text}' reads as the title of a work, which the article may translate "
                                   "or spell otherwise. Check it against the article."))
            continue
        near = _name_hint(index, near)
        hint = f" The closest name in the article is '{near.text}'." if near is not None else ""
        yield Finding(
            kind=FindingKind.NAME,
            severity=severity,
            field=field,
            claim=span,
            nearest=near,
            message=f"Name '{span.text}' is not in the article.{hint} Use only people, places and organisations the article names.",
        )


_DATE_WORDS = {"weekday": "weekday", "month": "month", "islamic_month": "Islamic month"}


_BESIDE_DATE = 24
"""Characters between a weekday and the date it names (`2 Sep 2014 (Tuesday)`, `Tuesday, 2 September`)."""


def _weekday_of_stated_date(source: SourceIndex, text: str, lang: Lang, d: DateWord) -> bool:
    """A weekday written beside a full date the article gives (its dateline included) that
    falls on it by the calendar: a desk's own reckoning, and true."""
    if d.kind != "weekday":
        return False
    for q in extract_quantities(text[max(0, d.span.start - _BESIDE_DATE) : d.span.end + _BESIDE_DATE], lang):
        if q.kind is not QuantityKind.DATE or q.unit not in source.stated_days:
            continue
        day = q.unit if not q.unit.startswith("--") else (
            f"{source.published.year}-{q.unit[2:]}" if source.published is not None else "")
        try:
            if date.fromisoformat(day).weekday() == d.value:
                return True
        except ValueError:
            continue
    return False


def _check_dates(source: SourceIndex, text: str, lang: Lang, field: str | None) -> Iterator[Finding]:
    """A weekday or month the text names must be one the source names (in either language)."""
    for d in date_words(text, lang):
        if d.key in source.date_keys or _weekday_of_stated_date(source, text, lang, d):
            continue
        relative = source.relative_date(d.kind, d.value)
        if relative is not None:
            yield Finding(kind=FindingKind.DATE, severity="warning", field=field, claim=d.span, nearest=relative,
                          message=(f"'{d.span.text}' is not in the article, which says '{relative.text}' of its "
                                   f"{source.published:%d %B %Y} date: that {'day' if d.kind == 'weekday' else 'month'} by the calendar, if the article "
                                   "means the same event. Check it."))
            continue
        same_kind = [s for s in source.dates if s.kind == d.kind]
        if not same_kind and d.kind == "weekday" and source.published is not None and (
                d.value == source.published.weekday()):
            yield Finding(kind=FindingKind.DATE, severity="warning", field=field, claim=d.span, nearest=None,
                          message=(f"'{d.span.text}' is not in the article, which names no weekday; its date, "
                                   f"{source.published:%d %B %Y}, was a {source.published:%A}. Check the brief "
                                   "means the day of the report."))
            continue
        near = same_kind[0].span if same_kind else None
        says = (f" The article gives the {_DATE_WORDS[d.kind]} as '{near.text}'." if near
                else f" The article names no {_DATE_WORDS[d.kind]}.")
        yield Finding(kind=FindingKind.DATE, severity="error", field=field, claim=d.span, nearest=near,
                      message=f"'{d.span.text}' is not a date in the article.{says} Use only the article's dates.")


def _check_clock(source: SourceIndex, text: str, lang: Lang, field: str | None) -> Iterator[Finding]:
    """A clock time the text gives must be one the article gives, on a twelve-hour dial (`11am`
    where the article says صبح دس بجے is a changed fact). Where the article gives no time at all
    the brief's is a warning: it may be the article's dateline or a desk's conversion."""
    given = source.clock_minutes
    for c in clock_times(text, lang):
        if c.minutes in given:
            continue
        near = next(iter(given.values()), None)
        says = f" The article gives '{near.text}'." if near is not None else " The article gives no time."
        yield Finding(kind=FindingKind.NUMBER, severity="error" if given else "warning", field=field, claim=c.span,
                      nearest=near, message=f"'{c.span.text}' is not a time in the article.{says} Use the article's time.")


def _check_links(source: SourceIndex, text: str, field: str | None) -> Iterator[Finding]:
    """A URL, e-mail address, phone number or @handle must be in the article: injected links
    (from a page's boxes or a prompt injection) are how a brief gets weaponised."""
    for m in find_links(text):
        if link_key(m.group(0)) not in source.links:
            yield Finding(kind=FindingKind.LINK, severity="error", field=field,
                          claim=Span(start=m.start(), end=m.end(), text=m.group(0)),
                          message=f"'{m.group(0)}' is not in the article. Do not add links, addresses, phone numbers or handles.")


def _check_pairs(source: SourceIndex, text: str, claims: list[Quantity], field: str | None) -> Iterator[Finding]:
    """A dashed pair (a score 7-5, a tally 3-1) is one claim: both numbers may each be in the
    article and the pair still wrong (7-6). Judged only where the article writes pairs itself."""
    if not source.number_pairs:
        return
    stated = ", ".join(sorted({f"{x:g}-{y:g}" for x, y in source.number_pairs if x >= y})[:6])
    for a, b in dashed_pairs(text, claims):
        if (a.value, b.value) not in source.number_pairs | source.bowling_figures:
            said = text[a.span.start : b.span.end]
            yield Finding(
                kind=FindingKind.NUMBER, severity="error", field=field,
                claim=Span(start=a.span.start, end=b.span.end, text=said),
                message=(f"'{said}' is not a score or pair the article states (it gives "
                         f"{stated}, in either order). State the pair as the article does."),
            )  # fmt: skip


_ORDINAL_KIND = frozenset((QuantityKind.ORDINAL,))
_SERIES_MAX = 7
"""Ranks up to this are matches of a series or rounds (the second ODI is not two ODIs); above
it a rank is a milestone, which an article may write as the count reached (his 30th hundred)."""
_COUNT_KINDS = frozenset((QuantityKind.COUNT, QuantityKind.DURATION))


_AGE_AFTER = re.compile(r"[\s-]*old\b|(?<=سالہ)|\s*(?:سالہ|برس\s+کی\s+عمر|سال\s+کی\s+عمر)", re.I)
"""An age at or after the end of its number (25-year-old; 25 سالہ, whose span may hold سالہ; 25 برس
کی عمر): no span of time."""
_UNIT_MAY_FOLLOW = re.compile(r"\s*(?:[،,\-–]|(?:اور|یا|جبکہ|سے|تا|و)(?!\w)|\d|(?!(?:کی|کے|کا|کو|نے|پر|ہی)(?!\w))[^\W\d_]{1,2}(?!\w)|"
                              r"(?:ایک|دو|تین|چار|پانچ|چھ|سات|آٹھ|نو|دس|گیارہ|بارہ|تیرہ|چودہ|پندرہ|سولہ|سترہ|اٹھارہ|انیس|بیس)(?!\w))")
"""What may follow a number whose unit comes after a later one: a list's comma or conjunction, the
next number of a range in words (پندرہ سولہ برسوں), or a word broken by a stray space (دس بر سوں);
not a postposition (چار کی شناخت: four of them identified)."""


def _check_ranges(source: SourceIndex, text: str, claims: list[Quantity], field: str | None) -> Iterator[Finding]:
    """A range is one claim: "80 to 90 percent" where the article's range is ستر سے اسی فیصد is
    wrong though it writes 90 elsewhere. Judged only against a range of the article that shares
    one end with the claim's."""
    for low, high in number_ranges(text, claims):
        if (low.value, high.value) in source.ranges:
            continue
        shifted = sorted((a, b) for a, b in source.ranges if {a, b} & {low.value, high.value})
        if not shifted:
            continue
        said = text[low.span.start : high.span.end]
        given = ", ".join(f"{a:g}-{b:g}" for a, b in shifted[:3])
        yield Finding(
            kind=FindingKind.NUMBER, severity="error", field=field,
            claim=Span(start=low.span.start, end=high.span.end, text=said),
            message=f"'{said}' is not a range the article gives (it gives {given}). State the range as the article does.",
        )  # fmt: skip


def _other_span_of_time(source: SourceIndex, claim: Quantity) -> Quantity | None:
    """A span of time whose number the article gives only for other things, where it measures
    time in the same unit otherwise: "two hours" where its hours are تین گھنٹے and its دو is
    دونوں کنارے. None when any span the article gives agrees (in any unit: 48 hours, دو دن)."""
    if claim.kind is not QuantityKind.DURATION or claim.unit not in _DAYS_IN:
        return None
    spans = [q for q in source.quantities if q.kind is QuantityKind.DURATION and q.unit in _DAYS_IN and not is_vague(q)]
    if any((q.unit == claim.unit and _values_agree(claim, q)) or _same_span_of_time(claim, q) for q in spans):
        return None
    if any(q.value == claim.value and _UNIT_MAY_FOLLOW.match(source.text, q.span.end) for q in source.quantities):
        return None  # 30 جبکہ دوسری 45 منٹ, پندرہ سولہ برسوں: the later number's unit is its too
    ages = {(q.span.start, q.span.end) for q, c in source.counted if "age" in c}  # 25 سالہ: an age, no other span
    return next((q for q in spans if q.unit == claim.unit and (q.span.start, q.span.end) not in ages), None)


def _check_counted(source: SourceIndex, text: str, lang: Lang, claims: list[Quantity],
                   field: str | None) -> Iterator[Finding]:  # fmt: skip
    """A number the article gives, attached to another thing it counts: "18 wickets" where
    the article's 18 are runs and its wickets are 16. Judged only where every time the article
    writes the number (as a rank for a rank, a count for a count) it names what it counts, none
    of them the claim's noun or a broader or narrower one, and the article counts the claim's
    very noun with another number."""
    for claim in claims:
        kinds = _ORDINAL_KIND if claim.kind is QuantityKind.ORDINAL else _COUNT_KINDS
        if claim.kind not in kinds or is_vague(claim):
            continue
        span_of_time = None if _AGE_AFTER.match(text, claim.span.end) else _other_span_of_time(source, claim)
        if span_of_time is not None:
            yield Finding(
                kind=FindingKind.NUMBER, severity="error", field=field, claim=claim.span, nearest=span_of_time.span,
                message=(f"'{claim.span.text}' is a span of time the article does not give: it gives "
                         f"'{span_of_time.span.text}' in {claim.unit}s. State the time the article gives."),
            )  # fmt: skip
            continue
        concepts = counted_concepts(text, claim, lang)
        if not concepts:
            continue
        scored = [(q, c) for q, c in source.counted if q.value == claim.value and q.kind in kinds]
        same = [c for q, c in scored if c or (q.span.start, q.span.end) not in source.paired_spans]
        if any(not c or related_concepts(c, concepts) for c in same):
            continue  # the article writes the number for this thing, or without naming what it counts
        if not same and kinds is _COUNT_KINDS and any(
                q.kind is QuantityKind.ORDINAL and q.value == claim.value and c and related_concepts(c, concepts)
                for q, c in source.counted):
            continue  # three blasts where the article counts the first two and then the third
        if not same and not scored and claim.kind is QuantityKind.DURATION and (
                not claim.value.is_integer() or any(_exactly_in_other_unit(claim, q) for q in source.quantities)):
            continue  # a span of time the article writes in another unit (half a year: چھ ماہ; ڈیڑھ برس)
        if kinds is _ORDINAL_KIND and claim.value > _SERIES_MAX and any(
                q.value == claim.value and related_concepts(c, concepts) for q, c in source.counted):
            continue  # a milestone the article writes as a count of the same thing (30 سنچری: his 30th hundred)
        other = next((q for q, c in source.counted if c & concepts and q.value != claim.value
                      and q.kind in kinds and not is_vague(q)), None)
        if other is None:
            continue
        counts = ", ".join(sorted(concepts))
        severity: Severity
        if not same and not scored and kinds is _COUNT_KINDS:
            # the article writes this number nowhere as a count: a desk may have reckoned it (three
            # wickets from a list of three, a margin from two totals), or changed it
            severity = "warning"
            message = (f"'{claim.span.text}' counts {counts} here; the article gives no such count, and gives "
                       f"'{other.span.text}' for that. Check the number, unless it is reckoned from the article.")
        else:
            where = (f"where the article writes this number it counts {', '.join(sorted(set().union(*same)))}" if same
                     else "the article gives it only in a score" if scored else "the article gives no such rank")
            severity = "error"
            message = (f"'{claim.span.text}' counts {counts} here, but {where}; it gives '{other.span.text}' for "
                       f"that. State the number the article gives for it.")
        yield Finding(kind=FindingKind.NUMBER, severity=severity, field=field, claim=claim.span, nearest=other.span,
                      message=message)


_BACK_REFERENCE = re.compile(
    r"\b(?:the|both|these|those|their|its)\s+(?:two|three|four)\s+(?:main\s+|major\s+|big\s+|other\s+|rival\s+)?(?:sides|teams|currencies|companies|firms|banks|cities|countries|nations|men|women|leaders|"
    r"parties|groups|players|brothers|sisters|sons|daughters|governments|states|blasts|bombs|attacks|cases|suspects)\b"
    r"|\b(?:the|all)\s+(?:two|three|four)\b(?=\s+(?:were|are|was|is|had|have|has|will|would|could|can|may|might|must|"
    r"should|came|returned|went|later|also|then|now|all|both|together|of\s+them|who|remain|remains|remained|met|"
    r"agreed|signed|discussed|spoke|talked|shared|worked|played|appeared|starred|landed)\b|\s*[,.;])", re.I)
"""Also the count as a pronoun ("The three came back aboard …", "all three were freed")."""


def _back_reference(text: str, claim: Span) -> bool:
    """"the two sides", "the three men": a count of what the brief has just named, which an
    article rarely states as a number (نیوزی لینڈ اور آئرلینڈ): shown, not an error."""
    return any(m.start() <= claim.start and claim.end <= m.end() for m in _BACK_REFERENCE.finditer(text))


_MAX_LISTED = 12
_NAME_RUN = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|de|al|bin))*"
_LISTED = re.compile(rf"{_NAME_RUN}(?:\s*,\s*(?:the\s+)?{_NAME_RUN})*,?\s+and\s+(?:the\s+)?{_NAME_RUN}")


_RESULT_BETWEEN = re.compile(
    r"\s+(?:beat|defeated|drew\s+with|lost\s+to|edged(?:\s+past)?|thrashed|routed|crushed|overcame|"
    r"knocked\s+out|held|played|met|faced|against|v|vs\.?)\s+")
"""What stands between the two sides of a match or a meeting (Pakistan beat Saudi Arabia)."""
_PAIR_OF_PLACES = re.compile(r"\s+(?:countries|nations|states|neighbours|neighbors|capitals)\b")


def _pair_named_before(text: str, claim: Span) -> bool:
    """The pair a back reference to two refers to: the sentence before it and its own sentence up
    to it name exactly two, or name two either side of a result (`Pakistan beat Saudi Arabia`,
    whatever else the dateline adds), or, for `the two countries`, the brief names exactly two
    countries."""
    before = text[max(0, claim.start - 400) : claim.start]
    window = " ".join(re.split(r"(?<=[.!?])\s+", before)[-2:])
    spans = english_name_spans(window)
    if len({s.text for s in spans}) == 2:
        return True
    if any(_RESULT_BETWEEN.fullmatch(window, a.end, b.start) for a, b in pairwise(spans)):
        return True  # `Pakistan beat Saudi Arabia ... the two sides`: a result names its pair
    if _PAIR_OF_PLACES.match(text, claim.end) is None:
        return False
    whole = text[: claim.start]
    countries = {c for s in english_name_spans(whole) for c in countries_named(POSSESSIVE.sub("", s.text))}
    return len(countries) == 2


def _listed_before(text: str, claim: Span, count: float) -> bool:
    """The brief has just named that many (New Zealand XI and Ireland ... the two sides;
    Skvortsov, Artemyev and Swanson ... the three): the count is of its own list."""
    before = text[max(0, claim.start - 300) : claim.start]
    sentences = re.split(r"(?<=[.!?])\s+", before)
    window = " ".join(sentences[-2:])
    for m in _LISTED.finditer(window):
        items = [w for w in re.split(r"\s*,\s*|\s+and\s+", m.group()) if w]
        if len(items) == count:
            return True
    return False


_LIST_REACH = 80
"""Characters between a count and the list it announces ("four: Pakistan, India, ...")."""
_INTRODUCED = re.compile(r"\s*(?:[\w'’-]+\s+){0,5}[\w'’-]+\s*[:—–]\s*")
"""A count's noun, then a colon or dash that opens what it counts (two loans: ...)."""
_DETERMINER_LED = re.compile(r"(?:the|its|his|her|their|a|an)\s", re.I)
_ITEM_BREAK = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _listed_after(text: str, claim: Span, count: float) -> bool:
    """The brief names right after a count as many items as it counts, in its own sentence
    (four teams: Pakistan, India, Bangladesh and Thailand; two loans: $600m for ... and $100
    million for ...): the count is of its own list, whose items are checked on their own."""
    rest = text[claim.end :]
    stop = re.search(r"(?<!\b[A-Z])[.;!?](?:\s|$)|\n", rest)  # (not an initial's: Samuel L. Jackson; a line ends it)
    sentence = rest[: stop.start()] if stop else rest
    names = _LISTED.search(sentence)
    if (names is not None and names.start() <= _LIST_REACH and not any(c.isdigit() for c in sentence[: names.start()])
            and len([w for w in _ITEM_BREAK.split(names.group()) if w]) == count):
        return True
    opener = _INTRODUCED.match(sentence)
    if opener is None:
        return False
    listed = sentence[opener.end() :]
    commas = [p for p in re.split(r"\s*,\s+", listed) if p]
    if len(commas) >= 2 and re.search(r"\sand\s", commas[-1]) and len(commas) + 1 == count:
        return True  # "government bodies, businesses and private individuals": a comma list's
        # items, however ordinary their words; its last "and" joins the last two
    items: list[str] = []
    for piece in _ITEM_BREAK.split(listed):
        if items and not (piece[:1].isupper() or piece[:1].isdigit() or piece[:1] in "$£€₨"
                          or _DETERMINER_LED.match(piece)):  # (missiles and the nuclear programme: two)
            items[-1] += " and " + piece  # "a Sindh water and irrigation scheme": one item
        elif piece:
            items.append(piece)
    return len(items) == count


def _english_numbers(source: SourceIndex, text: str, claims: list[Quantity], field: str | None) -> Iterator[Finding]:
    for f in _check_numbers(source, claims, field):
        value = _claim_value(claims, f.claim)
        if 2 <= value <= _MAX_LISTED and value == int(value) and _listed_after(text, f.claim, value):
            continue  # the brief counts the items it goes on to name
        listed = source.named_lists.get(int(value)) if f.severity == "error" and value == int(value) else None
        if listed is not None and _counted(text, f.claim):
            yield f.model_copy(update={"severity": "warning", "message": (
                f"'{f.claim.text}' is not in the article as a number; it may count the {int(value)} names the "
                f"article lists ({listed}). Check that it does.")})
            continue
        if _back_reference(text, f.claim):
            if _listed_before(text, f.claim, value) or (value == 2 and _pair_named_before(text, f.claim)):
                continue  # the brief counts the names it has just listed
            yield f.model_copy(update={"severity": "warning"}) if f.severity == "error" else f
        else:
            yield f


_COUNTED = re.compile(r"^\s+(?:[A-Za-z][\w-]*\s+){0,2}(?:countries|nations|states|provinces|cities|towns|districts|"
                      r"villages|capitals|teams|sides|clubs|parties|groups|organisations|organizations|companies|"
                      r"banks|men|women|people|leaders|players|members|journalists|officials|brothers|sisters|"
                      r"sons|daughters|children|suspects|militants|soldiers|ministers)\b")
"""A count word before a noun for named things, at most two words apart (three European countries)."""


def _counted(text: str, claim: Span) -> bool:
    """A spelt-out count of a plural noun ("three European countries"), not a figure or a total."""
    return claim.text.lower() in _COUNT_WORDS and _COUNTED.match(text[claim.end :]) is not None


_COUNT_WORDS = frozenset(("three", "four", "five", "six"))


_LATIN_PHRASE = re.compile(r"[A-Za-z0-9&.'’-]+(?: [A-Za-z0-9&.'’-]+)*")
"""Latin words one space apart inside Urdu text: one English phrase (Press Trust of India)."""
_LATIN_REACH = 80
_LATIN_ONLY = re.compile(r"[\sA-Za-z0-9&.()'’-]*[A-Za-z][\sA-Za-z0-9&.()'’-]*")
"""A span of Latin letters only (with digits and name punctuation), inside Urdu text."""


def _claim_at(claims: list[Quantity], span: Span) -> Quantity | None:
    """The claim whose span a finding quotes."""
    return next((q for q in claims if q.span.start == span.start and q.span.end == span.end), None)


def _claim_value(claims: list[Quantity], span: Span) -> float:
    q = _claim_at(claims, span)
    return -1.0 if q is None else q.value


_MARGIN = re.compile(r"^\s+(?:runs?\b|رنز?\s+سے)")
"""A win's margin in runs: "by 10 runs", "10 رنز سے"."""


def _margin_of_totals(source: SourceIndex, text: str, claim: Span, numbers: list[Quantity]) -> bool:
    """A win by runs the brief reckons from the two totals the article gives (Zimbabwe 145, India
    135: won by 10 runs). Any other margin is still judged as a number."""
    q = _claim_at(numbers, claim)
    if q is None or q.kind is not QuantityKind.COUNT or _MARGIN.match(text[claim.end :]) is None:
        return False  # (ten percent runs is no margin)
    return source.two_largest_totals_apart == q.value


def _sum_of_two(source: SourceIndex, text: str, lang: Lang, claim: Quantity) -> tuple[Quantity, Quantity] | None:
    """Two counts the article gives of what the claim counts, which add up to it ("six militants
    killed in two raids" where it gives چار and دو killed): a desk's own sum, or a wrong number."""
    if claim.kind is not QuantityKind.COUNT or is_vague(claim) or not claim.value.is_integer():
        return None
    concepts = counted_concepts(text, claim, lang)
    if not concepts:
        return None
    parts = [q for q, c in source.counted if q.kind is QuantityKind.COUNT and c & concepts and not is_vague(q)
             and 1 < q.value < claim.value]  # (not ایک, "a" as often as one)
    for i, a in enumerate(parts):
        b = next((b for b in parts[i + 1:] if a.value + b.value == claim.value and b.span.start != a.span.start), None)
        if b is not None:
            return a, b
    return None


def _as_sum(source: SourceIndex, text: str, lang: Lang, finding: Finding, numbers: list[Quantity]) -> Finding:
    if finding.kind is not FindingKind.NUMBER or finding.severity != "error":
        return finding
    claim = _claim_at(numbers, finding.claim)
    parts = None if claim is None else _sum_of_two(source, text, lang, claim)
    if parts is None:
        return finding
    a, b = parts
    return finding.model_copy(update={"severity": "warning", "nearest": a.span, "message": (
        f"'{finding.claim.text}' is not a count the article gives, but its '{a.span.text}' and "
        f"'{b.span.text}' of the same thing add up to it. Check the sum, or state the two numbers.")})


def _findings(source: SourceIndex, text: str, lang: Lang, claims: _Claims, field: str | None,
              aliases: Container[str]) -> list[Finding]:  # fmt: skip
    numbers = [_as_sum(source, text, lang, f, claims.numbers)
               for f in (_english_numbers(source, text, claims.numbers, field) if lang == "en"
                         else _check_numbers(source, claims.numbers, field, text))
               if not _margin_of_totals(source, text, f.claim, claims.numbers)]
    judged = {(f.claim.start, f.claim.end) for f in numbers}
    passed = [q for q in claims.numbers if (q.span.start, q.span.end) not in judged  # the main check held these
              and not _margin_of_totals(source, text, q.span, claims.numbers)]  # (a margin is no count of runs)
    names = list(_check_names(source, text, claims.names, lang, field, aliases))
    directions = [f for f in _check_directions(source, text, lang, field)
                  if not any(n.claim.start <= f.claim.start and f.claim.end <= n.claim.end for n in names)]
    return [*numbers,
            *_check_pairs(source, text, claims.numbers, field),
            *_check_counted(source, text, lang, passed, field),
            *_check_ranges(source, text, passed, field),
            *names,
            *_check_dates(source, text, lang, field), *_check_clock(source, text, lang, field),
            *_check_links(source, text, field), *_check_references(source, text, field),
            *directions,  # (not again inside a name already found wanting: جنوبی وزیرستان)
            *(_check_ministries(source, text, field) if lang == "en" else ()),
            *(_check_forces(source, text, field) if lang == "en" else ())]  # fmt: skip


def _check_references(source: SourceIndex, text: str, field: str | None) -> Iterator[Finding]:
    """The clause a brief cites (Article 294, دفعہ 302) must be one the article gives: its digits
    name a clause, so they are no quantity, but another clause is another charge or right."""
    def cited(number: str) -> bool:
        return number in source.digit_runs or int(number) in source.clauses_in_words

    for m in CITED_CLAUSE.finditer(text):
        number = fold(m.group(1) or m.group(3))
        sub = m.group(2)  # Article 184(3): the article's ذیلی شق تین, or its (3)
        if cited(number) and (sub is None or cited(sub)):
            continue
        span = Span(start=m.start(), end=m.end(), text=m.group(0))
        yield Finding(kind=FindingKind.NUMBER, severity="error", field=field, claim=span, nearest=None,
                      message=f"'{m.group(0)}' is not in the article, which cites no {number}. Cite the clause it gives.")
    for start, end, value in worded_clauses(text):
        if cited(str(value)):
            continue
        span = Span(start=start, end=end, text=text[start:end])
        yield Finding(kind=FindingKind.NUMBER, severity="error", field=field, claim=span, nearest=None,
                      message=f"'{span.text}' ({value}) is not in the article, which cites no {value}. Cite the clause it gives.")
    for m in _NUMBERED_LABEL.finditer(text):
        number = fold(m.group(1) or m.group(2))
        if number in source.digit_runs or any(q.value == int(number) for q in source.quantities):
            continue  # (the article may write the number in words: بیرک نمبر دو)
        span = Span(start=m.start(), end=m.end(), text=m.group(0))
        yield Finding(kind=FindingKind.NUMBER, severity="error", field=field, claim=span, nearest=None,
                      message=f"'{m.group(0)}' is not in the article, which gives no {number}. Use the number it gives.")


_NUMBERED_LABEL = re.compile(r"\b(?:No\.|no\.|Number|number)\s*(\d{1,4})\b|نمبر\s*([0-9۰-۹]{1,4})(?![0-9۰-۹])")
"""A thing's number (barrack No. 2, وارڈ نمبر ۳): a label, no quantity, but another number is
another thing. Its digits must be a number the article gives."""


_MINISTRY = re.compile(
    rf"\b(?:({_SUBJECTS})\s+(?:ministry|ministers?|secretary)|(?:ministry|minister)\s+(?:of|for)\s+({_SUBJECTS}))\b", re.I)


def _writes_any(spaceless: str, forms: Iterable[str]) -> bool:
    """A text (folded, without spaces) writes one of these Urdu forms, spaced or not (پانی وبجلی)."""
    return any(fold(u).replace(" ", "") in spaceless for u in forms)


def _check_ministries(source: SourceIndex, text: str, field: str | None) -> Iterator[Finding]:
    """A ministry named in lower case (`the interior ministry`, `the health minister`): the
    article must name the same one (وزارت داخلہ, وزیر داخلہ, داخلہ کے وزیر); another one is a swap
    (`defence ministry` for وزارت داخلہ). A warning: a desk may name a ministry the article
    only implies."""
    for m in _MINISTRY.finditer(text):
        if text[max(0, m.start() - 1) : m.start()].isalpha() or not m.group(0)[0].islower():
            continue  # a capitalised Interior Ministry is a name the name check reads
        subject = (m.group(1) or m.group(2)).lower()
        if _writes_any(source.spaceless, _MINISTRY_URDU[subject]):
            continue
        span = Span(start=m.start(), end=m.end(), text=m.group(0))
        yield Finding(kind=FindingKind.NAME, severity="warning", field=field, claim=span, nearest=None,
                      message=f"'{m.group(0)}' is not in the article, which names no such ministry. Name the one it does.")


_FORCE_URDU = {
    "police": ("پولیس",), "army": ("فوج", "آرمی", "افواج"), "navy": ("بحریہ", "نیوی"),
    "air force": ("فضائیہ", "ایئر فورس", "ائیر فورس"), "coast guard": ("کوسٹ گارڈ", "ساحلی محافظ"),
    "fire brigade": ("فائر بریگیڈ",),
}  # fmt: skip
_FORCE = re.compile(rf"\b({'|'.join(_FORCE_URDU)})\b")
"""Lower case only: a capitalised Army or Police is a name the name check reads."""


_DIRECTION = re.compile(r"\b(north|south)(?:[- ]?(east|west))?(?:ern|erly|wards?)?\b|\b(east|west)(?:ern|erly|wards?)?\b")
"""Compass words in lower case (`the southern part`, `north-east`, `in the west of`): a
direction the brief asserts. Capitalised ones open names (South Africa, West Indies), which the
name check weighs."""
_DIRECTION_OF = {"north": COMPASS[fold_token("شمال")], "south": COMPASS[fold_token("جنوب")],
                 "east": COMPASS[fold_token("مشرق")], "west": COMPASS[fold_token("مغرب")]}


def _asserted_directions(text: str, lang: Lang) -> Iterator[tuple[Span, set[int]]]:
    if lang == "en":
        for m in _DIRECTION.finditer(text):
            yield (Span(start=m.start(), end=m.end(), text=m.group(0)),
                   {_DIRECTION_OF[g] for g in m.groups() if g})
        return
    words = list(LETTERS.finditer(text))
    for direction, i in compass_directions([fold_token(w.group()) for w in words]):
        yield Span(start=words[i].start(), end=words[i].end(), text=words[i].group()), {direction}


def _check_directions(source: SourceIndex, text: str, lang: Lang, field: str | None) -> Iterator[Finding]:
    """A compass direction the brief gives must be one the article writes: `the southern part`
    where the article says شمالی حصے is the other end of the country. An error when the article
    gives another direction, a warning when it gives none (a desk may know where a place lies)."""
    written = source.directions
    for span, directions in _asserted_directions(text, lang):
        if directions <= written.keys():
            continue
        others = [written[d].text for d in sorted(written)]
        yield Finding(kind=FindingKind.NAME, severity="error" if others else "warning", field=field, claim=span,
                      nearest=written[min(written)] if written else None,
                      message=(f"'{span.text}' is not a direction the article gives"
                               + (f"; it writes {', '.join(repr(o) for o in others)}." if others else ".")
                               + " Use the article's direction."))


def _check_forces(source: SourceIndex, text: str, field: str | None) -> Iterator[Finding]:
    """A security force or service named in lower case (`the army`, `Israeli police`): the
    article must name the same one (فوج, پولیس); a swap (`the army` for پولیس) is a warning,
    as a desk may name a force the article only implies."""
    for m in _FORCE.finditer(text):
        force = m.group(1)
        if _writes_any(source.spaceless, _FORCE_URDU[force]):
            continue
        span = Span(start=m.start(1), end=m.end(1), text=force)
        yield Finding(kind=FindingKind.NAME, severity="warning", field=field, claim=span, nearest=None,
                      message=f"'{force}' is not in the article, which names no {force}. Name the force it does.")


def check_grounding(
    source: str | SourceIndex,
    text: str,
    lang: Lang = "en",
    *,
    field: str | None = None,
    aliases: Collection[str] = (),
) -> list[Finding]:
    """One Finding for each number or name in `text` that the Urdu `source` does not support.

    `aliases` are English names already vouched for (e.g. organisation names whose Urdu
    spelling a draft's entity table shows in the source); they pass as names.
    """
    if not isinstance(source, SourceIndex):
        source = require_text(source, "the source article")
    text = require_text(text, "the text to check")
    if lang not in ("ur", "en"):
        raise InputError(f"lang must be 'ur' or 'en', not {lang!r}")
    index = as_index(source)
    if not text.strip():
        return []
    known = frozenset(a.lower() for a in aliases)
    read = unshouted(text) if lang == "en" else text
    found = [t for f in _findings(index, read, lang, _claims(index, read, lang), field, known)
             if (t := _as_tag(text, f)) is not None]
    if read is text:
        return found
    return [f.model_copy(update={"claim": f.claim.model_copy(update={"text": text[f.claim.start : f.claim.end]})})
            for f in found]  # the claim as the brief writes it, in capitals


_HASHTAG = re.compile(r"(?<!\S)#[^\s#]+")


_RUN_TOGETHER = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]|[A-Za-z]\d|\d[A-Za-z]|[A-Z]v[A-Z]")
"""Words run together in a tag (#PAKvAUS, #TeamIndia, #PSLT20): no name the span finder can read."""


def _as_tag(text: str, finding: Finding) -> Finding | None:
    """A finding inside a hashtag (#KP, #کراچی_دھماکہ) is a warning: a tag names the topic a post
    is filed under, in the poster's shorthand, not a fact the brief states. In a tag of words run
    together (#TeamIndia, #PAKvAUS) it is none."""
    if "#" not in text:
        return finding
    tag = next((m for m in _HASHTAG.finditer(text)
                if m.start() < finding.claim.start and finding.claim.end <= m.end()), None)
    if tag is None:
        return finding
    if _RUN_TOGETHER.search(tag.group(0)):
        return None
    return finding.model_copy(update={"severity": "warning"})


def check_consistency(urdu_text: str, english_text: str, *, field: str | None = None) -> list[Finding]:
    """The two language versions of one summary state the same quantities and names.

    Every English number must be a number of the Urdu text and every Urdu number one of the
    English text (same closeness rules as grounding); every English name must be found in the
    Urdu text. Findings point into the English text, or the Urdu text for Urdu-only numbers.
    """
    urdu_text = require_text(urdu_text, "the Urdu text")
    english_text = require_text(english_text, "the English text")
    findings: list[Finding] = []
    ur_qs = extract_quantities(urdu_text, "ur")
    en_qs = extract_quantities(english_text, "en")
    for claim in en_qs:
        if not _judge(claim, ur_qs).supported:
            findings.append(Finding(
                kind=FindingKind.CONSISTENCY, field=field, claim=claim.span, severity="warning",
                message=f"The English text states '{claim.span.text}' but the Urdu text does not.",
            ))
    for claim in ur_qs:
        if not _judge(claim, en_qs).supported:
            findings.append(Finding(
                kind=FindingKind.CONSISTENCY, field=field, claim=claim.span, severity="warning",
                message=f"The Urdu text states '{claim.span.text}' but the English text does not.",
            ))
    index = NameIndex(urdu_text)
    for span in english_name_spans(english_text):
        if index.match_english(span.text).score < MATCH_THRESHOLD:
            findings.append(Finding(
                kind=FindingKind.CONSISTENCY, field=field, claim=span, severity="warning",
                message=f"The English text names '{span.text}' but the Urdu text does not.",
            ))
    return findings


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
        verdict = _judge(as_q, src)
        if not verdict.supported:
            yield _number_finding(as_q, verdict, f"{field}.value")


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
        claims = _claims(source, joined, self.lang)
        self.numbers, self.names = len(claims.numbers), len(claims.names)
        found = _findings(source, joined, self.lang, claims, None, aliases)
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


_CODE = re.compile(r"^([A-Z]{1,4})[- ]?(\d{1,4})$")


def _code_in_source(source: str, name: str) -> bool:
    """A constituency or model code (PP-88, NA-120) written in Urdu letter names (پی پی 88)."""
    m = _CODE.match(name.strip())
    if m is None:
        return False
    letters = fold(acronym_to_urdu(m.group(1)))
    return re.search(rf"{re.escape(letters)}\s*[-–]?\s*{m.group(2)}(?!\d)", fold(source)) is not None


def _entity_findings(source: SourceIndex, draft: BriefDraft, aliases: Container[str]) -> Iterator[Finding]:
    index = source.names
    for i, ent in enumerate(draft.entities):
        yield from _verbatim(source, ent.name_ur, f"entities[{i}].name_ur", "Urdu name")
        severity, near = _name_severity(index, ent.name_en, aliases)
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
