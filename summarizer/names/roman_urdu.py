"""Roman Urdu: Urdu words written in Latin letters, as film, song and poem titles are in English
text (Kal Ho Naa Ho ↔ کل ہو نہ ہو, Naya Hukmnama ↔ نیا حکم نامہ).

Such a title is made of everyday Urdu words, so the name matcher, which rightly refuses an
everyday word as evidence for a transliterated name, cannot find it; and Roman Urdu spells
by its own habits, not English ones: h after a consonant is aspiration (Phasee پھنسی, Thi
تھی), a final h after a short vowel is silent (Toh تو), and a nasal n before a consonant is
often left out (Hasee ہنسی). `title_keys` and `roman_key` reduce both sides to the same
consonant classes as `transliterate` (semivowels y, w/v left out, as either script may write
them as vowels), and `aligned` says whether a title's words spell a run of Urdu words, each
English word one Urdu word or two written apart (Milegi ملے گی), or two English words one
Urdu word (Bhaiyya ji بھیاجی).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache, lru_cache

from summarizer.names.transliterate import collapse, urdu_skeletons

__all__ = ["aligned", "roman_key", "title_keys"]

_ASPIRATED = re.compile(r"(?<=[bcdgjkpt])h")
"""bh, ch, dh, gh, jh, kh, ph, th: one letter each in the classes below (h after c, g, k, s
belongs to the digraphs ch, gh, kh, sh, which the classes read as c, g, k, s)."""
_SILENT_FINAL_H = re.compile(r"(?<=[eiou])h$")
"""Toh تو, Yeh یہ, Kuhu: a final h after a vowel other than a marks the vowel (Shah شاہ keeps it)."""
_CLASSES = {
    "b": "b", "c": "c", "d": "d", "f": "v", "g": "g", "h": "h", "j": "j", "k": "k", "l": "l", "m": "m",
    "n": "n", "p": "p", "q": "k", "r": "r", "s": "s", "t": "t", "x": "ks", "z": "s",
}  # fmt: skip
"""Consonant classes of `transliterate._UR_CONS` (s/z/sh/zh one class, f with v, q with k);
v, w and y are left out on both sides."""
_DIGRAPHS = (("chh", "c"), ("sh", "s"), ("zh", "s"))
_HARD_C = re.compile(r"c(?!h)")
"""A c outside ch is the k of an English spelling kept in Roman Urdu (Crorepati کروڑ پتی)."""


@lru_cache(maxsize=4096)
def roman_key(word: str) -> str:
    """The consonant classes of a Roman Urdu word: `Phasee` → `ps`, `Kehna` → `khn`."""
    w = "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if "a" <= c <= "z")
    w = _SILENT_FINAL_H.sub("", w)
    w = _HARD_C.sub("k", w)
    for digraph, cls in _DIGRAPHS:
        w = w.replace(digraph, cls.upper())  # kept apart from the aspiration rule below
    w = _ASPIRATED.sub("", w)
    return collapse(_CLASSES.get(c.lower(), "") if c.islower() else c.lower() for c in w)


_NASAL_N = re.compile(r"(?<=.)n(?=[^n])")


@lru_cache(maxsize=8192)
def title_keys(token: str) -> frozenset[str]:
    """Keys of one folded Urdu word: its skeleton without semivowels, and also without a nasal
    n before a consonant (ہنسی: hns and hs)."""
    key = collapse(c for c in urdu_skeletons(token)[0] if c not in "vy")
    return frozenset({key, collapse(_NASAL_N.sub("", key))})


def aligned(words: Sequence[str], tokens: Sequence[str]) -> bool:
    """Every English word and every Urdu token is used, in order, each step pairing one word
    with one or two tokens or two words with one token, their keys equal. A step of words
    without consonants (O, Aa) pairs only with tokens without them."""
    keys = [roman_key(w) for w in words]
    toks = [title_keys(t) for t in tokens]

    @cache
    def go(i: int, j: int) -> bool:
        if i == len(keys) or j == len(toks):
            return i == len(keys) and j == len(toks)
        if keys[i] in toks[j] and go(i + 1, j + 1):
            return True
        if j + 1 < len(toks) and any(keys[i] == collapse(a + b) for a in toks[j] for b in toks[j + 1]) and go(i + 1, j + 2):
            return True
        return i + 1 < len(keys) and collapse(keys[i] + keys[i + 1]) in toks[j] and go(i + 2, j + 1)

    return go(0, 0)
