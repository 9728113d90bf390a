"""Numbers a thing is known by (No. 2, world number one, وارڈ نمبر تین, سات نمبر ٹرین): labels,
which name one thing rather than count any.

Urdu writes the label after نمبر or before it, in figures, in words or as the English word sounds
(نمبر ون); English after No. or number. An ordinal before نمبر (چوتھے نمبر پر, in fourth place)
is a place in a ranking, which a brief may say otherwise (سرفہرست, top): no label."""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.numbers.codes import SOUNDED_NUMBERS
from summarizer.numbers.english import parse_english_number
from summarizer.numbers.urdu import classify_urdu, parse_urdu_number
from summarizer.text.normalize import fold_token

__all__ = ["Label", "labels"]


@dataclass(frozen=True, slots=True)
class Label:
    value: int
    start: int
    end: int


_WORD = r"[0-9۰-۹]{1,4}(?![0-9۰-۹])|[^\W\d_]+"
_URDU_AFTER = re.compile(rf"(?<!\w)نمبر\s*({_WORD})")
_URDU_BEFORE = re.compile(rf"(?<!\w)({_WORD})\s+نمبر(?!\w)")
_ENGLISH = re.compile(r"\b(?:No\.|no\.|[Nn]umber)\s*(\d{1,4})\b|\b[Ww]orld\s+[Nn]umber\s+([A-Za-z]+)\b")
"""A label in figures (No. 2, number 10), or a player's place in the world in words (world number
one). Other words after "number" are as often idiom (the number one priority, the group's number
two) as a label."""
_ENGLISH_MARK = re.compile(r"No\.|no\.|[Nn]umber")
"""What every English label holds: its patterns, slow to try at every word, are tried only then."""
_ENGLISH_WORDS = frozenset(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                            "twelve"))  # fmt: skip


def _urdu_value(word: str, ranks: bool) -> int | None:
    sounded = SOUNDED_NUMBERS.get(fold_token(word))
    if sounded is not None:
        return sounded
    items = classify_urdu(fold_token(word))
    if items is None or (not ranks and any(item[2] for item in items)):
        return None  # an ordinal before نمبر is a place in a ranking (چوتھے نمبر پر), said many ways
    value = parse_urdu_number(word)
    return int(value) if value is not None and value == int(value) and value >= 1 else None


def _english_value(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    if word.lower() not in _ENGLISH_WORDS:
        return None
    value = parse_english_number(word.lower())
    return None if value is None else int(value)


def labels(text: str, *, ranks: bool = False) -> list[Label]:
    """Every label in a text, in either script; with `ranks`, places in a ranking too (دوسرے
    نمبر پر): an article's rank is a label a brief may give (world number two), though a brief's
    rank is not judged as one."""
    out = [Label(v, m.start(), m.end()) for m in _ENGLISH.finditer(text)
           if (v := _english_value(m.group(1) or m.group(2))) is not None] if _ENGLISH_MARK.search(text) else []
    for pattern in (_URDU_AFTER, _URDU_BEFORE) if "نمبر" in text else ():
        out += [Label(v, m.start(), m.end()) for m in pattern.finditer(text) if (v := _urdu_value(m.group(1), ranks)) is not None]
    return sorted(out, key=lambda label: label.start)
