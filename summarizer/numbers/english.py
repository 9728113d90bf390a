"""English number words as South Asian newsrooms write them: 'fifty thousand', 'twenty-three',
'a hundred', 'one and a half million', '1.5 million', '150k', '5 lakh', '3.2 crore', '2bn'.

Tokens become the same items as Urdu ones (`numbers_ur.Item`) and are combined by the shared
grammar `numbers_ur.combine`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.numbers.urdu import DIGITS_PATTERN, Item, combine, digits_value

__all__ = [
    "ENGLISH_ORDINALS",
    "ENGLISH_SCALES",
    "ENGLISH_UNITS",
    "ENGLISH_VAGUE",
    "classify_english",
    "english_items",
    "parse_english_number",
]

ENGLISH_UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
         "seventy": 70, "eighty": 80, "ninety": 90}  # fmt: skip
ENGLISH_SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "lakh": 10**5, "lakhs": 10**5, "lac": 10**5, "lacs": 10**5, "crore": 10**7, "crores": 10**7,
    "bn": 10**9, "mn": 10**6, "mln": 10**6, "tn": 10**12, "dozen": 12,
}  # fmt: skip
"""Scale words (lower case) to values; lakh and crore as South Asian English uses them."""
_SUFFIX_SCALES = {"k": 1000, "m": 10**6, "b": 10**9, "bn": 10**9, "mn": 10**6, "tn": 10**12, "cr": 10**7}
"""Scales written straight after digits: 150k, $2bn, $10m (m is million only beside money)."""
ENGLISH_ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000, "millionth": 10**6,
}  # fmt: skip
ENGLISH_VAGUE: dict[str, int] = {
    "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "millions": 10**6,
    "billions": 10**9, "lakhs": 10**5, "lacs": 10**5, "crores": 10**7,
}  # fmt: skip
"""'thousands of', 'cost crores': extracted as COUNT value=scale with qualifier more_than.
'lakhs' and 'crores' are also plural scales after a number ('5 crores'); only alone are they vague."""
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")


@lru_cache(maxsize=16384)
def classify_english(lower: str) -> Item | None:
    """The number item of one lower-cased English token, ignoring context ('a', 'and')."""
    if lower[:1].isdigit():
        v = digits_value(lower)
        return None if v is None else ("D", v, False)
    if lower in ENGLISH_UNITS:
        return ("N", float(ENGLISH_UNITS[lower]), False)
    if lower in _TENS:
        return ("T", float(_TENS[lower]), False)
    if lower in ENGLISH_SCALES:
        v = ENGLISH_SCALES[lower]
        return ("H" if v == 100 else "S", float(v), False)
    if lower in ENGLISH_ORDINALS:
        v = ENGLISH_ORDINALS[lower]
        cls = "H" if v == 100 else ("S" if v >= 1000 else ("T" if v >= 20 else "N"))
        return (cls, float(v), True)
    if lower == "half":
        return ("N", 0.5, False)
    if lower in ("point", "decimal"):
        return ("X", 0.0, False)
    if lower in ("minus", "negative"):
        return ("M", 0.0, False)
    if lower == "and":
        return ("A", 0.0, False)
    return None


def english_items(tokens: list[str], gaps: list[str]) -> list[tuple[int, Item]]:
    """Items for a run of tokens, each paired with the token index it came from.

    `gaps[k]` is the text between token k-1 and token k ('' when joined). Handles context:
    'a'/'an' before a scale is 1, 'and a half' is +0.5, 'half a million' is 0.5 million, and
    digits with a joined scale suffix (150k, 2bn) or ordinal suffix (5th).
    """
    out: list[tuple[int, Item]] = []
    n = len(tokens)
    k = 0
    while k < n:
        low = tokens[k].lower()
        if k > 0 and not _joinable(gaps[k]):
            break
        if low in ("a", "an"):
            nxt = classify_english(tokens[k + 1].lower()) if k + 1 < n else None
            if out and out[-1][1] == ("N", 0.5, False):  # half a million
                k += 1
                continue
            if nxt is not None and nxt[0] in ("H", "S") and not nxt[2]:
                out.append((k, ("N", 1.0, False)))
                k += 1
                continue
            break
        if low == "and" and k + 2 < n and tokens[k + 1].lower() == "a" and tokens[k + 2].lower() == "half":
            out.append((k + 2, ("Q", 0.5, False)))
            k += 3
            continue
        if gaps[k] == "" and k > 0 and out and out[-1][1][0] == "D":
            if low in _SUFFIX_SCALES:
                out.append((k, ("S", float(_SUFFIX_SCALES[low]), False)))
                k += 1
                continue
            if low in ORDINAL_SUFFIXES:
                prev = out.pop()
                out.append((k, (prev[1][0], prev[1][1], True)))
                k += 1
                break
            break
        item = classify_english(low)
        if item is None:
            break
        out.append((k, item))
        k += 1
        if item[2]:
            break
    return out


def _joinable(gap: str) -> bool:
    return gap == "" or gap.isspace() or gap.strip() == "-"


_TOKEN = re.compile(DIGITS_PATTERN + r"|[^\W\d_]+")


def parse_english_number(text: str) -> float | None:
    """The value of a phrase that is entirely one English number, else None.

    'fifty thousand' → 50000.0, 'twenty-three' → 23.0, 'one and a half million' → 1500000.0,
    '1.5 million' → 1500000.0, '150k' → 150000.0, '3.2 crore' → 32000000.0, 'fifth' → 5.0.
    """
    if not isinstance(text, str):
        return None
    matches = list(_TOKEN.finditer(text))
    if not matches:
        return None
    tokens = [m.group() for m in matches]
    gaps = [text[: matches[0].start()]] + [
        text[matches[k - 1].end() : matches[k].start()] for k in range(1, len(matches))
    ]
    if gaps[0].strip() or text[matches[-1].end() :].strip():
        return None
    pairs = english_items(tokens, gaps)
    if not pairs or pairs[-1][0] != len(tokens) - 1:
        return None
    items = [it for _, it in pairs]
    res = combine(items)
    if res is None or res[0] != len(items):
        return None
    return res[1]
