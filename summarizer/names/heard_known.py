"""A listed person, place or body in an Urdu spelling no list holds, found by how it sounds.

Foreign names have no one Urdu spelling: the gazetteer lists Laurent Fabius as لوراں فابیوس and an
article writes لورنٹ فیبیس; Anthony Fauci is listed as انتھونی فاؤچی and written اینتھونی فوسی.
The Urdu-to-Urdu near match (`romanize._near_person`) needs the letters to be nearly the same;
this asks the other way round: whether the cross-script matcher, which finds an English name in
Urdu text, hears a listed name's English in the whole spelling (پینٹگان, the listed پینٹاگون, is
the Pentagon). That matcher forgives much (it must find Boehner in بینر), so every word must also
agree with the listed name's word on its own: the same consonants (the Urdu may write an h the
English does not sound), vowels that read alike, the same first consonant, s and sh kept apart,
and a vowel at either end where the other has one; a word the names tables already spell must be
spelt near that. Without those, شامی would be Sami, حامد Hamidi and علیمہ Aleem.
"""

from __future__ import annotations

from functools import cache, lru_cache

from rapidfuzz import fuzz, process

from summarizer.names import gazetteer
from summarizer.names.heard_english import closes_alike, hiss_alike
from summarizer.names.matching import name_index
from summarizer.names.name_db import attested_spellings
from summarizer.names.transliterate import (
    collapse,
    english_readings,
    english_skeleton,
    urdu_mixed_skeleton,
    urdu_skeletons,
)
from summarizer.text.normalize import fold_token

__all__ = ["heard_known"]

_CANDIDATES = 10
_SKELETON_CUTOFF = 70.0
"""rapidfuzz ratio of whole-name consonant skeletons below which a listed name is not tried."""
_HEARD = 0.9
"""Score at which the matcher must hear the listed name in the whole spelling."""
_SPELT_NEAR = 75.0
"""Ratio at which a listed word is one of the spellings the tables give the Urdu word."""
_VOWELS_NEAR = 60.0
"""Ratio of a word's vowelled readings at which they agree (Fabius فیبیس 73; Safyaan سہون 40:
the و there is a vowel, not Safyaan's f)."""
_ONE_WORD_VOWELS = 85.0
"""The same for a place or body written in one word, which has no other word to confirm it:
پینٹگان is the Pentagon (93), بیسٹن no Boston (73) nor مونگلا Mangla (83)."""
_ONE_WORD_MIN = 4
"""Consonants a one-word place or body needs before it is heard in another spelling: shorter
ones sound like too many words."""
_URDU_H = str.maketrans("", "", "h")
"""An h the Urdu writes and the English reads as no sound of its own (چوہدری Chaudhry, لفت ہانزا
Lufthansa); an h the English sounds must be in the Urdu (Kohsar is not کوشر)."""
_VOWELS = frozenset("aeiou")
_VOWEL_LETTERS = frozenset(fold_token(c) for c in "اآعای")


@cache
def _listed(kind: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """Every listed name of one kind (person, location, organization): the usual English and each
    alias, as (words, consonant skeleton); people of two or more words only."""
    rows: list[tuple[tuple[str, ...], str]] = []
    for entry in gazetteer.entries():
        if entry.type != kind:
            continue
        for name in (entry.english, *entry.aliases):
            words = tuple(name.replace(".", " ").split())
            if len(words) >= 2 or (kind != "person" and words and not name.isupper()):
                rows.append((words, "".join(english_skeleton(w) for w in words)))
    return tuple(rows)


@cache
def _by_first_sound(kind: str) -> dict[str, tuple[list[int], list[str]]]:
    """The listed names of a kind by the first letter of their skeleton (a word must open with
    the Urdu word's sound): row numbers and skeletons, for the search to run on a twentieth of
    the list."""
    out: dict[str, tuple[list[int], list[str]]] = {}
    for i, (_, skeleton) in enumerate(_listed(kind)):
        rows, skeletons = out.setdefault(skeleton[:1], ([], []))
        rows.append(i)
        skeletons.append(skeleton)
    return out


def _word_agrees(english: str, urdu: str, spelt: frozenset[str], vowels: float = _VOWELS_NEAR) -> bool:
    """One word of a listed name against the Urdu word it is aligned with (see the module's
    docstring); `vowels` is the ratio their vowelled readings need."""
    folded = fold_token(urdu)
    primary, alt, loose = urdu_skeletons(folded)
    if spelt and not any(fuzz.ratio(english.lower(), s) >= _SPELT_NEAR for s in spelt):
        return False
    if (english[:1].lower() in _VOWELS) != (folded[:1] in _VOWEL_LETTERS) or not hiss_alike(english.lower(), folded):
        return False
    readings = english_readings(english)
    if not {r[:1] for r, _ in readings} & {primary[:1], alt[:1]}:
        return False
    keys = (primary, alt, urdu_mixed_skeleton(folded))
    theirs = {*keys, *(collapse(k.translate(_URDU_H)) for k in keys)}
    if not {r for r, _ in readings} & theirs:
        return False
    if max(fuzz.ratio(r, loose) for _, r in readings) < vowels:
        return False
    return any(closes_alike(english.lower(), r, loose) for _, r in readings)


def _aligned(listed: tuple[str, ...], words: list[str]) -> list[tuple[str, str]] | None:
    """The listed name's words against the spelling's: word for word, or one English word
    against the spelling's words run together (Manhattan, مین ہٹن)."""
    if len(listed) == len(words):
        return list(zip(listed, words, strict=True))
    return [(listed[0], "".join(words))] if len(listed) == 1 else None


@lru_cache(maxsize=8192)
def heard_known(urdu: str, kind: str, spelt: tuple[frozenset[str], ...] | None = None) -> str | None:
    """The English of a listed name of `kind` (person, location, organization: as listed, alias
    included) heard word for word in an unlisted Urdu spelling, or None. A person needs two
    words or more. `spelt`: per word, the Latin spellings the names tables give it (empty where
    they give none)."""
    words = urdu.split()
    if not words or (kind == "person" and len(words) < 2):
        return None
    if spelt is None:
        spelt = tuple(frozenset(attested_spellings(w)) for w in words)
    skeletons = [urdu_skeletons(fold_token(w)) for w in words]
    keys = {collapse("".join(s[k] for s in skeletons)) for k in (0, 1)}
    if len(words) == 1 and min(len(k) for k in keys) < _ONE_WORD_MIN:
        return None
    rows = _listed(kind)
    tried: set[int] = set()
    for first in {skeletons[0][0][:1], skeletons[0][1][:1]}:
        numbers, listed_skeletons = _by_first_sound(kind).get(first, ([], []))
        for key in keys:
            for _, _, k in process.extract(key, listed_skeletons, scorer=fuzz.ratio, limit=_CANDIDATES,
                                           score_cutoff=_SKELETON_CUTOFF):
                tried.add(numbers[k])
    best: tuple[float, str] | None = None
    for i in sorted(tried):
        listed = rows[i][0]
        pairs = _aligned(listed, words)
        if pairs is None:
            continue
        known = spelt if len(pairs) == len(words) else (frozenset(),)
        vowels = _ONE_WORD_VOWELS if len(words) == 1 else _VOWELS_NEAR
        if not all(_word_agrees(e, u, s, vowels) for (e, u), s in zip(pairs, known, strict=True)):
            continue
        name = " ".join(listed)
        match = name_index(urdu).match_english(name)
        whole = match.span is not None and match.span.start == 0 and match.span.end >= len(urdu) - 1
        if whole and match.score >= _HEARD and (best is None or match.score > best[0]):
            best = (match.score, name)
    return best[1] if best is not None else None
