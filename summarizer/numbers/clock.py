"""Clock times in Urdu and English text, as minutes past twelve on a twelve-hour dial.

دس بجے, ساڑھے چار بجے, 9:30 بجے; 10am, 7.30 pm, 10 o'clock. A time a brief gives is a claim the
article must make: "at 11am" where the article says صبح دس بجے is a changed fact. The dial is
twelve hours because Urdu marks the half of the day with a word apart (صبح, شام, رات) that a
brief may render or leave out; the hour and the minutes must agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.numbers.urdu import parse_urdu_number
from summarizer.schemas import Span

__all__ = ["ClockTime", "clock_times"]

_DIAL = 12 * 60

_URDU_HOURS = {w: k for k, w in enumerate(
    ("ایک", "دو", "تین", "چار", "پانچ", "چھ", "سات", "آٹھ", "نو", "دس", "گیارہ", "بارہ"), start=1)}
_URDU_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_QUARTERS = {"ساڑھے": 30, "سوا": 15, "پونے": -15}
_HALVES = {"ڈیڑھ": 90, "ڈھائی": 150}
_DIGIT = "[0-9۰-۹٠-٩]"
_HOUR = rf"{_DIGIT}{{1,2}}|" + "|".join(sorted(_URDU_HOURS, key=len, reverse=True))
_URDU_CLOCK = re.compile(
    rf"(?<![\w])(?:(?P<half>{'|'.join(_HALVES)})|(?P<hour>{_HOUR})(?:[:.](?P<minute>{_DIGIT}{{2}}))?)\s*"
    rf"(?:(?P<bajay>بجے|بجتے|بجنے)|بج\s*کر\s*(?P<after>{_DIGIT}{{1,2}}|[^\W\d]+)\s*منٹ|(?P<minutes>منٹ))")
"""دس بجے, 9:30 بجے, سات بج کر 30 منٹ (thirty minutes past seven), 2:09 منٹ (as papers write it);
پانچ بجتے ہی (as it struck five) and بارہ بجنے میں (before twelve) name the hour too."""
_QUARTER_BEFORE = re.compile(rf"({'|'.join(_QUARTERS)})\s*$")
"""A quarter word before the hour, also run into the word before it (توساڑھے دس بجے)."""
_ENGLISH_CLOCK = re.compile(
    r"\b(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*(?:(?P<ampm>[ap]\.m\.|[ap]m\b)|(?P<oclock>o['’]clock\b))", re.I)


@dataclass(frozen=True, slots=True)
class ClockTime:
    span: Span
    minutes: int
    """Minutes past twelve, 0 to 719."""


def _hour_value(word: str) -> int | None:
    if word in _URDU_HOURS:
        return _URDU_HOURS[word]
    digits = word.translate(_URDU_DIGITS)
    return int(digits) if digits.isdigit() else None


def _urdu_minutes(m: re.Match[str]) -> int | None:
    if m.group("half"):
        return _HALVES[m.group("half")] if m.group("bajay") else None
    hour = _hour_value(m.group("hour"))
    if hour is None or not 0 < hour <= 24:
        return None
    if m.group("minutes") is not None and m.group("minute") is None:
        return None  # "دس منٹ" is a span of time, not a time of day
    if m.group("after") is not None:
        minute = parse_urdu_number(m.group("after"))
    else:
        minute = int(m.group("minute").translate(_URDU_DIGITS)) if m.group("minute") else 0
    if minute is None or not 0 <= minute < 60 or minute != int(minute):
        return None
    return hour * 60 + int(minute)


def clock_times(text: str, lang: str) -> list[ClockTime]:
    """Every clock time in `text` (Urdu: "N بجے" with its quarter words; English: am/pm, o'clock)."""
    out: list[ClockTime] = []
    if lang == "ur":
        for m in _URDU_CLOCK.finditer(text):
            minutes = _urdu_minutes(m)
            if minutes is None:
                continue
            start = m.start()
            quarter = _QUARTER_BEFORE.search(text, max(0, start - 8), start)
            if quarter is not None and m.group("half") is None:
                minutes += _QUARTERS[quarter.group(1)]
                start = quarter.start()
            out.append(ClockTime(Span(start=start, end=m.end(), text=text[start : m.end()]), minutes % _DIAL))
    else:
        for m in _ENGLISH_CLOCK.finditer(text):
            hour = int(m.group("hour"))
            minute = int(m.group("minute") or 0)
            if not 0 < hour <= 24 or minute >= 60:
                continue
            out.append(ClockTime(Span(start=m.start(), end=m.end(), text=m.group(0)), (hour * 60 + minute) % _DIAL))
    return out
