"""One canonical form of Urdu text for matching, with a map back to the original characters.

Folds what writers and keyboards vary but readers do not notice: Arabic vs Urdu letters
(ي/ى→ی, ك→ک, ه/ۀ/ۂ/ة→ہ), hamza carriers (أ/إ/ٱ→ا, ؤ→و, ئ→ی, ۓ→ے, loose hamza marks
dropped), diacritics, tatweel, invisible joiners and direction marks, presentation forms,
Urdu and Arabic-Indic digits (→ ASCII) and their separators (٬→, ٫→. ٪→%), and runs of white
space (→ one space). Every folding maps one original character to zero or one output
characters, except presentation-form ligatures, so `Normalized.to_original` is exact.

The fast path is `str.translate` with one table; the offset map is built only when asked.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, cached_property

__all__ = ["LETTERS", "Normalized", "fold", "fold_token", "is_urdu_letter", "normalize", "urdu_ratio"]

LETTERS = re.compile(r"[^\W\d_]+")
"""A run of letters in any script: a word without its digits and punctuation (how Urdu text is
cut into words for matching and checking)."""


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    pairs = {
        "ي": "ی", "ى": "ی", "ې": "ی", "ئ": "ی", "ك": "ک", "ه": "ہ", "ۀ": "ہ", "ۂ": "ہ",
        "ة": "ہ", "ۃ": "ت", "أ": "ا", "إ": "ا", "ٱ": "ا", "ؤ": "و", "ۓ": "ے",
        "٬": ",", "٫": ".", "٪": "%", "٠": "0", "ـ": "", "\u200c": "", "\u200d": "",
        "\u200b": "", "\u200e": "", "\u200f": "", "\u202a": "", "\u202b": "", "\u202c": "",
        "\u202d": "", "\u202e": "", "\u2066": "", "\u2067": "", "\u2068": "", "\u2069": "",
        "\ufeff": "", "\u00ad": "", "\u0654": "", "\u0655": "",
    }  # fmt: skip
    for src, dst in pairs.items():
        table[ord(src)] = dst
    for i in range(10):
        table[0x06F0 + i] = str(i)
        table[0x0660 + i] = str(i)
    # Harakat and Quranic marks; U+0653 (madda above) is composed into آ by NFC first.
    for cp in [*range(0x064B, 0x0653), *range(0x0656, 0x0660), 0x0670, *range(0x06D6, 0x06EE)]:
        if 0x06E5 <= cp <= 0x06E6:  # small waw / small yeh are letters in some texts
            continue
        table[cp] = ""
    # Presentation forms: let NFKC choose the base letters, then fold those too.
    for cp in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)]:
        ch = chr(cp)
        base = unicodedata.normalize("NFKC", ch)
        if base != ch:
            table[cp] = "".join(table.get(ord(c), c) for c in base)
    return table


_TABLE = _build_table()
_SPACE_RUN = re.compile(r"\s+")
_MADDA = re.compile("\u0627\u0653")


_LOOSE_HEH = re.compile("(?<![بپتٹجچدڈکگڑ])ھ")
"""ھ where no stop is aspirated is a typist's ہ (شاھ، ھاشمی، جمھوریت، انھوں): one letter, so
offsets hold. After a stop it stays: کھا (ate) is not کہا (said)."""


def _heh(text: str) -> str:
    return _LOOSE_HEH.sub("ہ", text) if "ھ" in text else text


@cache
def fold_token(token: str) -> str:
    """The canonical form of one word, cached: texts repeat their words."""
    return _heh(_MADDA.sub("آ", token).translate(_TABLE))


def fold(text: str) -> str:
    """Canonical form of a whole text, without an offset map (the fast path)."""
    return _heh(_SPACE_RUN.sub(" ", _MADDA.sub("آ", text).translate(_TABLE)).strip())


class Normalized:
    """Canonical text plus a lazily built map from its characters back to the original."""

    __slots__ = ("__dict__", "original", "text")

    def __init__(self, original: str) -> None:
        self.original = original
        self.text = fold(original)

    @cached_property
    def offsets(self) -> list[int]:
        """offsets[i] is the original index of canonical character i."""
        out: list[int] = []
        chars: list[str] = []
        pending_space = False
        for i, ch in enumerate(self.original):
            if ch == "\u0653" and chars and chars[-1] == "\u0627":
                chars[-1] = "آ"
                continue
            rep = _TABLE.get(ord(ch), ch)
            if rep.isspace():
                pending_space = bool(chars)
                continue
            if pending_space and rep:
                chars.append(" ")
                out.append(i - 1)
                pending_space = False
            for c in rep:
                chars.append(c)
                out.append(i)
        self.text = _heh("".join(chars))  # identical to fold(); kept so the two can never drift apart
        return out

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map canonical [start, end) to original [start, end)."""
        offs = self.offsets
        if start >= len(offs):
            return len(self.original), len(self.original)
        o_start = offs[start]
        if end <= start:
            return o_start, o_start
        return o_start, _end_after(self.original, offs[min(end, len(offs)) - 1])

    def __repr__(self) -> str:
        return f"Normalized({self.text!r})"


def _end_after(src: str, i: int) -> int:
    """Index just past original char i, swallowing marks that fold to nothing right after it."""
    j = i + 1
    while j < len(src) and _TABLE.get(ord(src[j]), None) == "" and not src[j].isspace():
        j += 1
    return j


def normalize(text: str) -> Normalized:
    """Canonical text for matching, with `to_original` to point spans at the source."""
    return Normalized(text)


def is_urdu_letter(ch: str) -> bool:
    cp = ord(ch)
    return (0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0xFB50 <= cp <= 0xFDFF
            or 0xFE70 <= cp <= 0xFEFF) and ch.isalpha()  # fmt: skip


def urdu_ratio(text: str) -> float:
    """Share of letters that are Arabic-script letters (0..1); 0 for text without letters."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if is_urdu_letter(c)) / len(letters)
