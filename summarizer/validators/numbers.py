"""Whether a number claim is the article's: one quantity against the article's, by kind, tolerance, rounding, scale and date."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial

from summarizer.lexicon.words import URDU_POSTPOSITIONS
from summarizer.names.roles import urdu_role
from summarizer.numbers.listing import listed_count
from summarizer.numbers.misspelt import written_with_a_slip
from summarizer.numbers.quantities import is_vague
from summarizer.numbers.units import converted_measure, other_unit, unit_name
from summarizer.schemas import (
    Finding,
    FindingKind,
    Quantity,
    QuantityKind,
    Span,
)
from summarizer.source_index import SourceIndex, as_index
from summarizer.text.context import share_context
from summarizer.text.normalize import fold_token
from summarizer.validators.number_claims import rank_support

MAX_LISTED = 12


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


def values_agree(claim: Quantity, src: Quantity) -> bool:
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
DAYS_IN = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25, "decade": 3652.5, "century": 36525.0}
_CALENDAR_SLACK = 0.1


def same_span_of_time(claim: Quantity, src: Quantity) -> bool:
    """"six weeks" for ڈیڑھ ماہ, "18 months" for ڈیڑھ سال, "a fortnight" for 14 دن: one span
    of time in another unit, within a tenth (six weeks is 42 days, a month and a half 46).
    Only where the source gives no span in the claim's unit: "eight weeks" against an article
    that says سات ہفتے is a wrong number, though دو ماہ elsewhere is near it."""
    return (claim.kind is src.kind is QuantityKind.DURATION and claim.unit != src.unit
            and claim.unit in DAYS_IN and src.unit in DAYS_IN
            and _rel(claim.value * DAYS_IN[claim.unit], src.value * DAYS_IN[src.unit]) <= _CALENDAR_SLACK)


_UNITS_PER = {("month", "year"): 12, ("day", "week"): 7, ("hour", "day"): 24, ("minute", "hour"): 60,
              ("year", "decade"): 10, ("year", "century"): 100}


def exactly_in_other_unit(claim: Quantity, src: Quantity) -> bool:
    """"18 months" for ڈیڑھ برس: a span of time converted exactly (12 months to a year, 7 days
    to a week) where the article spans other things in the claim's unit (ڈیڑھ ماہ elsewhere):
    a warning to check, since "24 months" may as well be a wrong بارہ ماہ beside a دو سال. The
    near conversions of `same_span_of_time` are not even that: "eight weeks" is no دو ماہ."""
    if not (claim.kind is src.kind is QuantityKind.DURATION) or claim.unit == src.unit:
        return False
    per = _UNITS_PER.get((claim.unit or "", src.unit or ""))
    return per is not None and claim.value == src.value * per


def _hedged_at_other_scale(claim: Quantity, candidates: list[Quantity]) -> bool:
    return claim.qualifier != "exact" and not is_vague(claim) and any(
        s.qualifier == claim.qualifier and s.kind in _COMPATIBLE[claim.kind] and _is_scale_error(claim, s)
        for s in candidates)


def _near_in_another_unit(claim: Quantity, src: Quantity, candidates: list[Quantity]) -> bool:
    """A measure near a number the article gives without the measure's unit, where it gives that
    unit to other numbers (2,000 MW beside its year 2012, where its megawatts are 2500): the
    rounding is of some other thing. Judged only where no context tells what the article's number
    counts (an English brief's): an Urdu text shares the words around it, and an article may leave
    a unit out where the words say it (4لاکھ 63ہزار after کیوسک)."""
    return (claim.kind is QuantityKind.MEASURE and bool(claim.unit) and src.value != claim.value
            and src.unit != claim.unit and any(s.kind is QuantityKind.MEASURE and s.unit == claim.unit for s in candidates))


def judge(claim: Quantity, source_qs: list[Quantity], related: Callable[[Span], bool] = _anything) -> _Verdict:
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
        converted = next((s for s in candidates if same_span_of_time(claim, s)), None)
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
        if values_agree(claim, src) and not (related is _anything and _near_in_another_unit(claim, src, candidates)):
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
        if not is_vague(src) and values_agree(claim, src) and _kinds_agree(claim, src)
    )


def _fmt(v: float) -> str:
    return f"{int(v):,}" if v == int(v) else f"{v:,.4g}"


_THOUSAND_TWICE = re.compile(r"\d[\d,،]*000\s*ہزار")


def _thousand_twice(claim: Quantity, src: Quantity) -> bool:
    """The article's digits already end in a thousand and ہزار follows (14000 ہزار): a typist's
    thousand written twice as often as fourteen million; the claim is the digits alone."""
    return _THOUSAND_TWICE.fullmatch(src.span.text) is not None and claim.value * 1000 == src.value


def number_finding(claim: Quantity, verdict: _Verdict, field: str | None) -> Finding:
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


def is_claim(q: Quantity) -> bool:
    """Word-only "one" (ایک = also "a") and word ordinals up to third (پہلے = also "before",
    دوسری طرف = "on the other hand") are idiom far more often than claims; digits always count."""
    if any(ch.isdigit() for ch in q.span.text):
        return True
    if q.kind is QuantityKind.DURATION and q.value == 1 and q.span.text.lower().startswith("one-") and q.unit != "day":
        return True  # a one-month ban: "one" joined to its unit says the length, never "a" (not
        # one-day, as often cricket's format as a length: the one-day series)
    if q.kind in (QuantityKind.COUNT, QuantityKind.DURATION) and q.value == 1:
        return False  # ایک روز قبل: "a day earlier"
    return not (q.kind is QuantityKind.ORDINAL and q.value <= 3)


def check_numbers(
    source: SourceIndex, claims: list[Quantity], field: str | None, text: str | None = None
) -> Iterator[Finding]:
    """`text` (the Urdu text the claims come from) lets loose matches be checked for context;
    an English text shares no words with the Urdu source, so it passes None."""
    src = list(source.quantities)
    for claim in claims:
        related = _anything if text is None else partial(share_context, text, claim.span, source.context)
        # a rank (سولہویں, the 16th) is no half of a score (25-16)
        verdict = judge(claim, rank_support(source, claim) if claim.kind is QuantityKind.ORDINAL else src, related)
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
        converted = next((s.span for s in src if exactly_in_other_unit(claim, s)), None)
        if converted is not None:
            yield _reading_to_check(claim, converted, "is the same span of time in another unit", field)
            continue
        relative = source.relative_date("year", int(claim.value)) if claim.kind is QuantityKind.YEAR else None
        if relative is not None:
            yield _reading_to_check(claim, relative, f"dates by its {source.published:%Y} dateline", field)
            continue
        yield number_finding(claim, verdict, field)


_OWN_LIST = re.compile(r"[^\n(:]{0,40}[(:]\s*([^()\n]+)")
_UR_ITEM_BREAK = re.compile(r"\s*[،,]\s*|\s+اور\s+")
_OWN_HEAD_MAX = 60
_OWN_ITEM_WORDS = 3


def _own_list_after(text: str, claim: Quantity) -> bool:
    """An Urdu count followed, on its line, by as many items in brackets or after a colon
    (۴ — ممالک (بھارت، جنوبی افریقہ، آسٹریلیا، نیوزی لینڈ)): the brief counts its own list, whose
    names are checked on their own."""
    if claim.kind is not QuantityKind.COUNT or not 2 <= claim.value <= MAX_LISTED:
        return False
    m = _OWN_LIST.match(text, claim.span.end)
    if m is not None:  # the list ends with its sentence (۔), not its paragraph
        items = [i for i in _UR_ITEM_BREAK.split(m.group(1).split("۔")[0].strip(" ۔.")) if i]
        if len(items) == claim.value:
            return True
    # or after the noun and a comma, to the line's end: ۲ — پاکستانی ٹینک، الخالد اور ضرار
    eol = text.find("\n", claim.span.end)
    line = text[claim.span.end : eol if eol >= 0 else None]
    head, comma, listed = line.partition("،")
    listed = _NAMELY.sub("", listed.split("۔")[0], count=1)  # ، یعنی کپتان انضمام الحق، یوسف یوحنا اور شعیب اختر سے
    items = [_item_core(i) for i in _UR_ITEM_BREAK.split(listed.strip(" ۔.")) if i] if (
        comma and len(head) <= _OWN_HEAD_MAX and "۔" not in head) else []  # the list in the count's sentence
    return len(items) == claim.value and all(0 < len(i) <= _OWN_ITEM_WORDS for i in items)


_NAMELY = re.compile(r"^\s*یعنی\s+")


def _item_core(item: str) -> list[str]:
    """A listed item's words without a title before it (کپتان) or what follows a postposition after
    it (the sentence going on after the list's last name)."""
    words = item.split()
    if words and urdu_role(words[0]) is not None:
        words = words[1:]
    cut = next((k for k, w in enumerate(words) if fold_token(w) in URDU_POSTPOSITIONS), len(words))
    return words[:cut]


def _a(noun: str) -> str:
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def _reading_to_check(claim: Quantity, written: Span, why: str, field: str | None) -> Finding:
    """A warning: the claim may be the article's `written`, which reads as more than one number."""
    return Finding(kind=FindingKind.NUMBER, severity="warning", field=field, claim=claim.span, nearest=written,
                   message=f"'{claim.span.text}' may be the article's '{written.text}', which {why}. Check which it means.")
