"""English acronyms and the Urdu letter names that spell them (GHQ ↔ جی ایچ کیو).

Urdu news writes Latin acronyms by the English names of their letters, usually one word a
letter (`آئی ایس پی آر`), sometimes run together (`آئیایسپیآر`) or with a letter spelt
differently (`ایچ`/`اچ`, `زیڈ`/`زی`). Everything here works on folded forms
(`normalize.fold_token`), so hamza and yeh variants need no extra entries.

Some letter names are also everyday words (`کے` is the genitive, `پی` means "drank",
`آئی` "came"); `AMBIGUOUS_LETTER_NAMES` lists them so that callers looking for acronyms in
free text can demand an unambiguous letter in a run.
"""

from __future__ import annotations

import re
from functools import cache

from summarizer.text.normalize import fold_token

__all__ = [
    "ACRONYM_PLURAL",
    "AMBIGUOUS_LETTER_NAMES",
    "LETTER_NAMES",
    "acronym_to_urdu",
    "is_acronym",
    "letter_of",
    "split_joined",
    "urdu_to_acronym",
]

ACRONYM_PLURAL = re.compile(r"[A-Z]{2,6}s")
"""An acronym's English plural (MNAs, IPPs): the members of a kind, read through its singular."""

LETTER_NAMES: dict[str, tuple[str, ...]] = {
    "A": ("اے",),
    "B": ("بی",),
    "C": ("سی",),
    "D": ("ڈی",),
    "E": ("ای",),
    "F": ("ایف",),
    "G": ("جی",),
    "H": ("ایچ", "اچ", "ایچھ"),
    "I": ("آئی", "آی"),
    "J": ("جے",),
    "K": ("کے",),
    "L": ("ایل",),
    "M": ("ایم",),
    "N": ("این",),
    "O": ("او",),
    "P": ("پی",),
    "Q": ("کیو", "کیوں"),
    "R": ("آر",),
    "S": ("ایس",),
    "T": ("ٹی",),
    "U": ("یو",),
    "V": ("وی",),
    "W": ("ڈبلیو", "ڈبلو", "ڈبلیوں"),
    "X": ("ایکس",),
    "Y": ("وائی", "وای"),
    "Z": ("زیڈ", "زی", "زیٹ", "زیڈی"),
}
"""Each English letter's Urdu names, the usual spelling first."""

_REVERSE: dict[str, str] = {}
for _letter, _names in LETTER_NAMES.items():
    for _name in _names:
        _REVERSE.setdefault(fold_token(_name), _letter)
_REVERSE.pop(fold_token("کیوں"), None)  # "why": far more often the word than the letter Q

AMBIGUOUS_LETTER_NAMES: frozenset[str] = frozenset(
    fold_token(w) for w in ("اے", "سی", "جی", "آئی", "کے", "او", "پی", "وی", "آر", "ای", "یو", "زی")
)
"""Folded letter names that are also common Urdu words (or parts of them)."""

_ACRONYM_RE = re.compile(r"^(?:[A-Z]\.?){2,8}$")


def is_acronym(text: str) -> bool:
    """True for 2-8 capital Latin letters, optionally dotted: `GHQ`, `U.S.`, `ISPR`."""
    return bool(_ACRONYM_RE.match(text.strip()))


def letter_of(token: str) -> str | None:
    """The English letter a single Urdu letter-name token stands for, or None."""
    return _REVERSE.get(fold_token(token))


@cache
def split_joined(token: str) -> str | None:
    """Letters of a token made only of run-together letter names (`آئیایسپیآر` → `ISPR`).

    Needs at least two letters; returns None when the token cannot be read that way.
    """
    tok = fold_token(token)
    n = len(tok)
    # best[i]: letters spelling tok[:i], or None
    best: list[str | None] = [None] * (n + 1)
    best[0] = ""
    for i in range(n):
        prefix = best[i]
        if prefix is None:
            continue
        for j in range(i + 2, min(n, i + 6) + 1):
            letter = _REVERSE.get(tok[i:j])
            if letter is not None and best[j] is None:
                best[j] = prefix + letter
    out = best[n]
    return out if out is not None and len(out) >= 2 else None


def acronym_to_urdu(acronym: str) -> str:
    """The usual Urdu spelling of an acronym, one letter name per word: `GHQ` → `جی ایچ کیو`.

    Raises ValueError when the text has a character that is not a Latin letter or a dot.
    """
    letters = acronym.replace(".", "").strip().upper()
    if not letters or not all("A" <= c <= "Z" for c in letters):
        raise ValueError(f"not an acronym of Latin letters: {acronym!r}")
    return " ".join(LETTER_NAMES[c][0] for c in letters)


def urdu_to_acronym(text: str) -> str | None:
    """Letters spelt by an Urdu text made only of letter names (`جی ایچ کیو` → `GHQ`), else None."""
    out: list[str] = []
    for word in text.split():
        single = _REVERSE.get(fold_token(word))
        if single is not None:
            out.append(single)
            continue
        joined = split_joined(word)
        if joined is None:
            return None
        out.append(joined)
    letters = "".join(out)
    return letters if len(letters) >= 2 else None
