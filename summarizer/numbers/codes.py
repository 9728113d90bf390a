"""Serial codes: letters and numbers in turn naming one thing (H5N1, A320, TMA-12M), read alike
from Latin text and from Urdu, which spells the letters by their names and says the numbers in
figures, in Urdu words or as the English words sound (ایچ فائیو این 8 is H5N8).

A code is compared by its shape, its letters with each number a slot (H#N#): H5N1 is another
virus than the H5N8 an article names, however much of it agrees."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from summarizer.names.acronyms import letter_of
from summarizer.text.normalize import fold_token

__all__ = ["SOUNDED_NUMBERS", "SerialCode", "serial_codes"]

_SOUNDED = {
    "ون": 1, "ٹو": 2, "تھری": 3, "فور": 4, "فائیو": 5, "فائو": 5, "سکس": 6, "سیون": 7, "ایٹ": 8,
    "نائن": 9, "ٹین": 10, "الیون": 11, "ٹوئیلو": 12, "ٹویلو": 12, "ٹوئنٹی": 20, "ٹوینٹی": 20,
    "تھرٹین": 13, "فورٹین": 14, "ففٹین": 15, "سکسٹین": 16, "سیونٹین": 17, "ایٹین": 18, "نائنٹین": 19,
    "تھرٹی": 30, "فورٹی": 40, "ففٹی": 50, "سکسٹی": 60, "سیونٹی": 70, "ایٹی": 80, "نائنٹی": 90,
}  # fmt: skip
SOUNDED_NUMBERS = {fold_token(w): n for w, n in _SOUNDED.items()}
"""English number words as Urdu writes them in codes (جی سیون G7, ایف ایٹ F-8, جی ٹوئنٹی G20)."""


@dataclass(frozen=True, slots=True)
class SerialCode:
    code: str
    """Letters in capitals and numbers in figures, run together: H5N8."""
    shape: str
    """The letters with # for each number: H#N#."""
    start: int
    end: int


_LATIN = re.compile(r"(?<![\w-])[A-Za-z]{1,3}-?\d{1,4}(?:[A-Za-z]{1,3}-?\d{1,4})+[A-Za-z]{0,2}(?![\w-])")
"""A Latin code of two numbers or more (H5N1, H1N1); one number (G7, F-16) is `check_codes`' to judge."""
_LETTER_THEN_FIGURE = re.compile(r"\d(?:(?<=[A-Za-z]\d)|(?<=[A-Za-z]-\d))")
"""A figure right after a letter (or a letter and a hyphen): found from the figures, which is quick."""
_PIECE = re.compile(r"[A-Za-z]+|\d+")
"""The letters and the numbers of a Latin code, in turn."""
_URDU_TOKEN = re.compile(r"[0-9۰-۹]+|[^\W\d_]+")
"""A figure or a word of an Urdu text: a letter's name or a sounded number may be either's part."""
_JOIN = re.compile(r"[ \t-]*")
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")
_URDU_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")


def _code(pieces: list[str]) -> tuple[str, str]:
    code = "".join(p.upper() if p.isalpha() else str(int(p)) for p in pieces)
    return code, "".join(p.upper() if p.isalpha() else "#" for p in pieces)


def _latin(text: str) -> Iterator[SerialCode]:
    if _LETTER_THEN_FIGURE.search(text) is None:
        return  # (the full pattern is slow to try at every letter)
    for m in _LATIN.finditer(text):
        code, shape = _code(_PIECE.findall(m.group()))
        yield SerialCode(code, shape, m.start(), m.end())


@lru_cache(maxsize=16384)
def _urdu_piece(word: str) -> tuple[str, str] | None:
    """("letter", L) for a letter's name, ("number", n) for a figure or a sounded English number."""
    if word[0].isdigit():
        return "number", word.translate(_URDU_DIGITS)
    letter = letter_of(word)
    if letter is not None:
        return "letter", letter
    sounded = SOUNDED_NUMBERS.get(fold_token(word))
    return ("number", str(sounded)) if sounded is not None else None


_NUMBER_WORD = re.compile(r"[0-9۰-۹]+|(?<!\w)(?:" + "|".join(sorted(_SOUNDED, key=len, reverse=True)) + r")(?!\w)")
_BEFORE_NUMBER = 12
"""Characters before a number read for the letter's name a code puts there."""


def _letter_before_a_number(text: str) -> bool:
    """Whether a letter's name comes right before some number: every Urdu code has one (ایف 16,
    این 8, ایچ فائیو), and most texts have none, so the word-by-word reading can be skipped."""
    for m in _NUMBER_WORD.finditer(text):
        before = text[max(0, m.start() - _BEFORE_NUMBER) : m.start()].replace("-", " ").split()
        if before and letter_of(before[-1]) is not None:
            return True
    return False


def _urdu(text: str) -> Iterator[SerialCode]:
    """Runs of letter names and numbers side by side (ایچ فائیو این 8), from a letter to a number:
    two numbers or more, or two letters or more and a number (ڈی ایف 41)."""
    if not _letter_before_a_number(text):
        return
    run: list[tuple[str, str, int, int]] = []
    for m in [*_URDU_TOKEN.finditer(text), None]:
        piece = None if m is None else _urdu_piece(m.group())
        joined = m is not None and bool(run) and _JOIN.fullmatch(text, run[-1][3], m.start()) is not None
        if piece is not None and m is not None and (joined or not run):
            run.append((*piece, m.start(), m.end()))
            continue
        yield from _codes_in(run)
        run = [] if piece is None or m is None else [(*piece, m.start(), m.end())]


_SINGLE_LETTERS = 2
"""Letters a code of one number needs in Urdu (ڈی ایف 41, پی کے 303): one letter's name before a
figure is as often a word (کے 11 کھلاڑی)."""


def _tens_then_unit(tens: str, unit: str) -> bool:
    return len(tens) == 2 and tens.endswith("0") and len(unit) == 1


def _codes_in(run: list[tuple[str, str, int, int]]) -> Iterator[SerialCode]:
    groups: list[tuple[str, str, int, int]] = []  # letters run together, numbers said in one go
    for kind, value, start, end in run:
        if groups and groups[-1][0] == kind and kind == "letter":
            groups[-1] = (kind, groups[-1][1] + value, groups[-1][2], end)
        elif groups and groups[-1][0] == kind == "number" and _tens_then_unit(groups[-1][1], value):
            groups[-1] = (kind, str(int(groups[-1][1]) + int(value)), groups[-1][2], end)  # فورٹی ون: 41
        elif groups and groups[-1][0] == kind:
            break  # two numbers side by side: the second a count after the code, no part of it
        else:
            groups.append((kind, value, start, end))
    if groups and groups[0][0] == "number":
        groups = groups[1:]
    if groups and groups[-1][0] == "letter":
        groups = groups[:-1]
    numbers = sum(kind == "number" for kind, *_ in groups)
    if numbers < 1 or (numbers == 1 and len(groups[0][1]) < _SINGLE_LETTERS):
        return
    code, shape = _code([value for _, value, _, _ in groups])
    yield SerialCode(code, shape, groups[0][2], groups[-1][3])


def serial_codes(text: str) -> list[SerialCode]:
    """Every code in a text: in Latin letters, of two numbers or more; in Urdu, also of two
    letters and one number."""
    return [*_latin(text), *(_urdu(text) if _ARABIC_SCRIPT.search(text) else ())]
