"""Weekdays, months and clock times a brief states, against the article and its dateline."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from summarizer.numbers.clock import clock_times
from summarizer.numbers.quantities import extract_quantities
from summarizer.schemas import (
    Finding,
    FindingKind,
    Lang,
    QuantityKind,
)
from summarizer.source_index import SourceIndex
from summarizer.text.dates import DateWord, date_words

_DATE_WORDS = {"weekday": "weekday", "month": "month", "islamic_month": "Islamic month"}


_BESIDE_DATE = 24
"""Characters between a weekday and the date it names (`2 Sep 2014 (Tuesday)`, `Tuesday, 2 September`)."""


def _days_beside(source: SourceIndex, text: str, lang: Lang, d: DateWord) -> list[tuple[str, date]]:
    """(ISO form as the brief gives it, the day) of each full date the brief writes beside a
    weekday, a date without its year taken in the year of the article's dateline."""
    out = []
    for q in extract_quantities(text[max(0, d.span.start - _BESIDE_DATE) : d.span.end + _BESIDE_DATE], lang):
        if q.kind is not QuantityKind.DATE or not q.unit:
            continue
        day = q.unit if not q.unit.startswith("--") else (
            f"{source.published.year}-{q.unit[2:]}" if source.published is not None else "")
        try:
            out.append((q.unit, date.fromisoformat(day)))
        except ValueError:
            continue
    return out


def _weekday_of_stated_date(source: SourceIndex, d: DateWord, beside: list[tuple[str, date]]) -> bool:
    """A weekday written beside a full date the article gives (its dateline included) that
    falls on it by the calendar: a desk's own reckoning, and true."""
    return any(unit in source.stated_days and day.weekday() == d.value for unit, day in beside)


def check_dates(source: SourceIndex, text: str, lang: Lang, field: str | None) -> Iterator[Finding]:
    """A weekday or month the text names must be one the source names (in either language). A
    weekday may also be its dateline's, where the article dates nothing by "today" or "yesterday"
    (an agency story's day, as desks write it); where it does, that is a warning."""
    for d in date_words(text, lang):
        if d.key in source.date_keys:
            continue
        beside = _days_beside(source, text, lang, d) if d.kind == "weekday" else []
        if _weekday_of_stated_date(source, d, beside):
            continue
        relative = source.relative_date(d.kind, d.value)
        if relative is not None:
            yield Finding(kind=FindingKind.DATE, severity="warning", field=field, claim=d.span, nearest=relative,
                          message=(f"'{d.span.text}' is not in the article, which says '{relative.text}' of its "
                                   f"{source.published:%d %B %Y} date: that {'day' if d.kind == 'weekday' else 'month'} by the calendar, if the article "
                                   "means the same event. Check it."))
            continue
        same_kind = [s for s in source.dates if s.kind == d.kind]
        wrong_day = next((day for _, day in beside if day.weekday() != d.value), None)
        if not same_kind and wrong_day is None and d.kind == "weekday" and source.published is not None and (
                d.value == source.published.weekday()):
            other = next((span for kind, _, span in source.relative_dates if kind == "weekday"), None)
            if other is None:
                continue  # the day of the report, where the article dates nothing by it: its dateline's day
            yield Finding(kind=FindingKind.DATE, severity="warning", field=field, claim=d.span, nearest=other,
                          message=(f"'{d.span.text}' is not in the article, which names no weekday; its date, "
                                   f"{source.published:%d %B %Y}, was a {source.published:%A}, but it also says "
                                   f"'{other.text}'. Check the brief means the day of the report."))
            continue
        near = same_kind[0].span if same_kind else None
        says = (f" The article gives the {_DATE_WORDS[d.kind]} as '{near.text}'." if near
                else f" The article names no {_DATE_WORDS[d.kind]}.")
        if wrong_day is not None:
            says += f" The date beside it, {wrong_day:%d %B %Y}, was a {wrong_day:%A}."
        yield Finding(kind=FindingKind.DATE, severity="error", field=field, claim=d.span, nearest=near,
                      message=f"'{d.span.text}' is not a date in the article.{says} Use only the article's dates.")


def check_clock(source: SourceIndex, text: str, lang: Lang, field: str | None) -> Iterator[Finding]:
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
