"""Everyday English words an Urdu text writes by their sound: ریڈز raids, لوکیشنز locations,
سویلینز civilians, ہیومن رائٹس human rights.

Urdu papers and writers borrow English words freely and spell them as they are said, not as
they are written, so their English spelling is a poor guide (`heard_english` matches spelling
skeletons, which is right for names read off a page but misses -tion as ش, plural s as ز, th as
د). This module matches by pronunciation instead: gruut's English lexicon (`gruut-lang-en`, MIT;
about 129k words in IPA, from CMUdict) gives each word's phonemes, which are turned into the
consonants an Urdu writer would put down and the vowel slots between them. An Urdu word is heard
as an English word when the consonants agree exactly and every vowel letter the Urdu writes is
one the English says there (ی for i, e, ai; و for o, u, w; ا for a and a word's opening vowel),
and every long English vowel is written.

Only frequent, ordinary English words are indexed (wordfreq Zipf >= 3, never a proper noun in
Webster's Second, no US census name, no gazetteer name), so that a name said like a word (Brown,
Rose, Victoria) stays a name. The index is built from the installed packages on first use
(about 2 s); nothing of it is stored.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib.resources import as_file, files

from summarizer.text.normalize import fold_token

__all__ = ["spoken_english", "spoken_english_pair"]

_MIN_ZIPF = 3.0
"""English words at least this frequent (about one in a million words) are indexed."""
_MIN_CONSONANTS = 3
"""Shorter skeletons are shared by too many words (مین: man, main, mine)."""

# s, z and zh are one class: Urdu writes English z with س as often as with ز (سیسمک seismic).
# Letters only Arabic and Persian words use (ع ح خ ص ض ط ظ ث ذ ق غ) are in neither table: no English word is
# written with them, so a word holding one is never heard as English (عمران, صدر).
# IPA consonant -> the Urdu consonant class an Urdu writer uses for it ("" drops it: w, j and v
# are written with و and ی, which Urdu also uses for vowels, so they are vowel slots here)
_IPA_CONSONANT = {
    "p": "P", "b": "B", "t": "T", "θ": "T", "d": "D", "ð": "D", "k": "K", "ɡ": "G", "g": "G",
    "f": "F", "s": "S", "z": "S", "ʒ": "S", "ʃ": "X", "t͡ʃ": "C", "tʃ": "C", "d͡ʒ": "J", "dʒ": "J",
    "h": "H", "m": "M", "n": "N", "ŋ": "N", "l": "L", "ɹ": "R", "r": "R", "ɚ": "R", "ɝ": "R",
}  # fmt: skip
_IPA_GLIDE = {"w": "w", "v": "w", "j": "y"}
_IPA_LONG = {"i": "y", "eɪ": "y", "aɪ": "a", "oʊ": "w", "u": "w", "ɔɪ": "w", "aʊ": "a", "ɑ": "a", "ɔ": "wa"}
"""Vowels an Urdu writer always writes, with one of these letters (ٹائم, راؤنڈر: ai and au take ا)."""
# which written Urdu vowel letters each English vowel (or glide) licenses: y = ی ے ئ, w = و, a = ا آ
_IPA_VOWEL = {
    "i": "y", "ɪ": "y", "eɪ": "y", "ɛ": "ya", "æ": "ya", "aɪ": "ay", "ɔɪ": "way", "oʊ": "w",
    "u": "w", "ʊ": "w", "ɔ": "wa", "aʊ": "aw", "ɑ": "a", "ʌ": "aw", "ə": "", "ɚ": "", "ɝ": "",
    "w": "w", "y": "y",
}  # fmt: skip

_URDU_CONSONANT = {
    "پ": "P", "ب": "B", "ت": "T", "ٹ": "T", "د": "D", "ڈ": "D", "ک": "K",
    "گ": "G", "ف": "F", "س": "S", "ز": "S",
    "ژ": "S", "ش": "X", "چ": "C", "ج": "J", "ہ": "H", "م": "M", "ن": "N",
    "ں": "N", "ل": "L", "ر": "R", "ڑ": "R",
}  # fmt: skip
_URDU_VOWEL = {"ا": "a", "آ": "a", "و": "w", "ی": "y", "ے": "y", "ئ": "y", "ۓ": "y", "ء": ""}
_SILENT = frozenset("ھ\u0651\u064e\u064f\u0650\u0670\u0654")  # do-chashmi (تھ is th), shadda, harakat


Shape = tuple[str, tuple[str, ...]]
"""(consonant classes, the vowel letters or sounds in each of the len + 1 slots around them)."""


def _urdu_shape(word: str) -> Shape | None:
    consonants: list[str] = []
    slots: list[str] = [""]
    for k, ch in enumerate(word):
        if ch in _SILENT:
            continue
        if ch == "ہ" and k == len(word) - 1 and consonants:
            slots[-1] += "a"  # a final ہ is a vowel (ایریاز has none; کمرہ camera)
            continue
        if ch in _URDU_CONSONANT:
            consonants.append(_URDU_CONSONANT[ch])
            slots.append("")
        elif ch in _URDU_VOWEL:
            slots[-1] += _URDU_VOWEL[ch]
        else:
            return None  # a digit, a Latin letter: no word said in English
    return "".join(consonants), tuple(slots)


def _ipa_shapes(phonemes: str) -> Iterator[Shape]:
    """The word's shape, and with ŋ also as نگ (ring, رنگ) where the Urdu writes the g."""
    consonants: list[str] = []
    slots: list[list[str]] = [[]]
    ng: list[int] = []
    for raw in phonemes.split():
        p = raw.replace("ˈ", "").replace("ˌ", "").replace("ː", "")
        if p in _IPA_CONSONANT:
            if p in ("ɚ", "ɝ"):
                slots[-1].append("ə")  # a vowel then r: the Urdu may write a vowel letter before ر
            if p == "ŋ":
                ng.append(len(consonants))
            consonants.append(_IPA_CONSONANT[p])
            slots.append([])
        elif p in _IPA_GLIDE:
            slots[-1].append(_IPA_GLIDE[p])
        elif p in _IPA_VOWEL:
            slots[-1].append(p)
        else:
            return
    base = "".join(consonants), tuple(" ".join(s) for s in slots)
    yield base
    for k in ng:
        with_g = [*consonants[: k + 1], "G", *consonants[k + 1 :]]
        yield "".join(with_g), (*base[1][: k + 2], "", *base[1][k + 2 :])


def _slot_agrees(urdu: str, english: str, first: bool, late: bool) -> bool:
    """The Urdu vowel letters of one slot are what the English says there. `late`: the word's
    last or next-to-last slot, where a weak vowel is often written ا (ایریاز areas, ایجنڈا)."""
    sounds = english.split()
    licensed = set("".join(_IPA_VOWEL.get(s, "") for s in sounds))
    if sounds and first:
        licensed.add("a")  # ا carries a word's opening vowel (ایجنٹ agent, اوپینین opinion)
    if late and "ə" in sounds:
        licensed.update("ay")  # and ی for a weak a (سپوکس مین spokesman)
    if len(sounds) > 1:
        licensed.add("y")  # ئ between two vowels (انٹیریئر interior)
    for glide in ("w", "y"):
        if glide in sounds and glide not in urdu:
            return False  # a w, v or y the English says is written (not سیمیں for swimming)
    if any(ch not in licensed for ch in urdu):
        return False
    # each long vowel is written, with its own letter (بلوز is no believes, کریٹر no creator,
    # روندر no rounder); و is written no more often than the English says o, u or w (استروو no straw)
    long = [s for s in sounds if s in _IPA_LONG]
    if urdu.count("w") > sum("w" in _IPA_VOWEL.get(s, "") for s in sounds):
        return False
    return len(urdu) >= len(long) and all(any(ch in _IPA_LONG[s] for ch in urdu) for s in long)


def _agrees(urdu: Shape, english: Shape) -> bool:
    if urdu[1][0] == "a" and not english[1][0] and not english[1][1] and english[0][:1] == "S":
        urdu = urdu[0], ("", *urdu[1][1:])  # the Urdu opens s and a consonant with ا (اسکول school)
    last = len(urdu[1]) - 1
    return urdu[0] == english[0] and all(
        _slot_agrees(u, e, k == 0, k >= last - 1) for k, (u, e) in enumerate(zip(urdu[1], english[1], strict=True))
    )


@cache
def _index() -> dict[str, tuple[tuple[str, float, Shape], ...]]:
    """Consonant classes -> (word, Zipf, shape) of frequent ordinary English words, most
    frequent first."""
    from wordfreq import zipf_frequency

    from summarizer.names import gazetteer
    from summarizer.names.heard_english import ordinary_english

    out: dict[str, list[tuple[str, float, Shape]]] = {}
    with as_file(files("gruut_lang_en") / "lexicon.db") as path:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = con.execute("SELECT word, phonemes FROM word_phonemes").fetchall()
        finally:
            con.close()
    for word, phonemes in rows:
        if not word.isascii() or not word.isalpha() or not word.islower():
            continue
        zipf = zipf_frequency(word, "en")
        if zipf < _MIN_ZIPF or not ordinary_english(word) or gazetteer.lookup_english(word):
            continue
        for shape in _ipa_shapes(phonemes):
            if len(shape[0]) >= _MIN_CONSONANTS:
                out.setdefault(shape[0], []).append((word, zipf, shape))
    return {k: tuple(sorted(v, key=lambda t: -t[1])) for k, v in out.items()}


@lru_cache(maxsize=16384)
def spoken_english(token: str, least: int = _MIN_CONSONANTS) -> str | None:
    """The everyday English word an Urdu word writes by its sound (ریکروٹمنٹ recruitment), or
    None; `least`: the consonants the word must have."""
    shape = _urdu_shape(fold_token(token))
    if shape is None or len(shape[0]) < max(least, _MIN_CONSONANTS):
        return None
    for word, _, english in _index().get(shape[0], ()):
        if _agrees(shape, english):
            return word
    return None


def spoken_english_pair(first: str, second: str) -> str | None:
    """The everyday English word two Urdu words write apart (سپوکس مین spokesman), or None."""
    return spoken_english(fold_token(first) + fold_token(second))
