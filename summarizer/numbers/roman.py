"""Roman numerals of a name (Episode III, Nicholas II, World War II) and how Urdu writes them:
a Persian ordinal (دوم، سوم), the English word in Urdu letters (تھری), or the number itself."""

from __future__ import annotations

import re

from summarizer.text.normalize import fold_token

__all__ = ["roman_value", "urdu_numeral_forms"]

_ROMAN = re.compile(r"X?(?:IX|IV|V?I{0,3})")
_VALUES = {"I": 1, "V": 5, "X": 10}
_PERSIAN = ("اول", "دوم", "سوم", "چہارم", "پنجم", "ششم", "ہفتم", "ہشتم", "نہم", "دہم", "یازدہم", "دوازدہم")
_SOUNDED = ("ون", "ٹو", "تھری", "فور", "فائیو", "سکس", "سیون", "ایٹ", "نائن", "ٹین", "الیون", "ٹویلو")


def roman_value(text: str) -> int | None:
    """2 to 12 for II to XII written in capitals; None for anything else (I is a pronoun)."""
    if len(text) < 2 or not _ROMAN.fullmatch(text):
        return None
    total = 0
    for a, b in zip(text, text[1:] + " ", strict=True):
        v = _VALUES[a]
        total += -v if b != " " and _VALUES[b] > v else v
    return total if 2 <= total <= len(_PERSIAN) else None


def urdu_numeral_forms(value: int) -> frozenset[str]:
    """Folded words an Urdu text writes a Roman numeral's value with besides the number itself."""
    return frozenset(fold_token(w) for w in (_PERSIAN[value - 1], _SOUNDED[value - 1]))
