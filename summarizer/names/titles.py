"""Titles of works and awards in an English brief: names no person, place or organisation.

A film, book or song title ('Chak De India', the Marathi film Lai Bhaari, Kya Kehna) is a name the
article may translate or spell as it sounds, and not one a brief could swap for another entity:
an unmatched title is a warning, not an error. The same holds for an award named after a body
the article has (FIFA World Player of the Year).
"""

from __future__ import annotations

import re

from summarizer.schemas import Span

__all__ = ["award_after", "title_of_a_work"]

_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")
_WORK_BEFORE = re.compile(r"\b(?:film|films|movie|movies|book|books|novel|novels|song|songs|album|drama|serial|"
                          r"titled|entitled)\s+$", re.I)
_OPENING_QUOTE = re.compile(r"(?:^|(?<=[\s(]))['‘\"“]")
_CLOSING_QUOTE = re.compile(r"['’\"”](?![A-Za-z])")
_TITLE_REACH = 60
_AWARD_AFTER = re.compile(r"\s+of\s+the\s+(?:Year|Tournament|Match|Series|Month|Decade|Century)\b")
"""FIFA World Player of the Year, Man of the Match: an award's name, not the body's."""


_HINDUSTANI_WORDS = frozenset(("ka", "ki", "ke", "ko", "se", "hai", "hain", "kya", "koi", "yeh", "woh", "mein",
                               "o", "aur", "na", "nahin", "nahi", "mera", "meri", "tera", "teri", "dil", "ek", "thi", "tha"))
_RUN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _hindustani_title(text: str, span: Span) -> bool:
    """The name stands in a run of capitalised words with an Urdu or Hindi function word in it
    (One Two Ka One, Dil To Pagal Hai, Hammal o Mahganj): a film's or song's title."""
    words = list(_RUN_WORD.finditer(text[max(0, span.start - 40) : span.end + 40]))
    base = max(0, span.start - 40)
    inside = [k for k, w in enumerate(words) if base + w.start() < span.end and span.start < base + w.end()]
    if not inside:
        return False

    def part(k: int) -> bool:
        w = words[k].group()
        return w[0].isupper() or w.lower() in _HINDUSTANI_WORDS

    lo, hi = inside[0], inside[-1]
    while lo > 0 and part(lo - 1) and not text[base + words[lo - 1].end() : base + words[lo].start()].strip(" "):
        lo -= 1
    while hi + 1 < len(words) and part(hi + 1) and not text[base + words[hi].end() : base + words[hi + 1].start()].strip(" "):
        hi += 1
    run = [words[k].group() for k in range(lo, hi + 1)]
    return len(run) >= 2 and any(w.lower() in _HINDUSTANI_WORDS for w in run if not w.isupper())


def title_of_a_work(text: str, span: Span) -> bool:
    """The name is, or is inside, the title of a film, book or song ('Chak De India', the Marathi
    film Lai Bhaari): a title the article may translate or spell as it sounds, and no person,
    place or organisation the brief could have swapped. A warning, not an error."""
    if _WORK_BEFORE.search(text[max(0, span.start - 12) : span.start]) or _hindustani_title(text, span):
        return True
    before = text[max(0, span.start - _TITLE_REACH) : span.start]
    opening = list(_OPENING_QUOTE.finditer(before))
    if not opening or _CLOSING_QUOTE.search(before, opening[-1].end()):
        return False
    after = text[span.end : span.end + _TITLE_REACH]
    closing = _CLOSING_QUOTE.search(after)
    if closing is None:
        return False
    words = _TITLE_WORD.findall(before[opening[-1].end() :] + span.text + after[: closing.start()])
    # a title is capitalised word by word ('Clash of Civilisations'); quoted speech is not
    return 0 < len(words) <= 8 and all(w[0].isupper() or w.lower() in _TITLE_JOINERS for w in words)


_TITLE_JOINERS = frozenset(("of", "the", "and", "a", "an", "in", "on", "at", "to", "for", "de", "ka", "ki", "ke", "se"))


def award_after(text: str, span: Span) -> bool:
    """The name is followed by "of the Year" (of the Match, of the Tournament ...)."""
    return _AWARD_AFTER.match(text[span.end :]) is not None
