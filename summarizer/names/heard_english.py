"""English words heard in an Urdu transliteration: `گرفتھس` → Griffiths, `ٹرافالگر` → Trafalgar.

Urdu papers write foreign names as they sound, and the names table behind the romanizer holds
Arabic and Persian names, so a Western surname it has never seen comes out letter by letter
(Gurfaths). English spellings of such names are in wordfreq's English word list (built from
Wikipedia, news, subtitles and the web; lower case): a word whose consonant skeleton is the
Urdu word's, whose vowels agree with the Urdu's written vowels, and which is the most frequent
such word, is the spelling English text uses. Dictionary words that are never proper nouns
(Webster's Second, via `english-words`) are left out unless the US census lists them as names.
Short skeletons are left alone (`سٹیسی` has the skeleton of states, cities and Stacey alike).

The index is built from the installed packages on first use (about 1.5 s); nothing of it is stored.
"""

from __future__ import annotations

import math
import re
from functools import cache, lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from summarizer.lexicon.words import english_given_names
from summarizer.names.transliterate import (
    collapse,
    english_readings,
    english_skeleton,
    urdu_mixed_skeleton,
    urdu_skeletons,
)
from summarizer.text.dates import ENGLISH_MONTHS
from summarizer.text.normalize import fold_token

__all__ = ["american_spelling", "census_name", "closes_alike", "given_name_only", "heard_english", "hiss_alike", "in_dictionary", "ordinary_english"]

_MIN_ZIPF = 2.0
"""Words rarer than this (Zipf 2: about one in ten million words) are mostly misspellings."""
_MIN_SKELETON = 4
"""Consonants a word needs: shorter skeletons are shared by too many words."""
_MIN_VOWELS = 80.0
"""rapidfuzz ratio of the English word's vowelled reading to the Urdu's (which writes long vowels)."""


_LONG_WORD = 5
"""Consonants from which an English word inside an institution's name is heard by the vowels
the Urdu writes alone (see `_written_vowels_heard`)."""

_INFLECTIONS = ("s", "es", "ed", "d", "ing", "ers", "er")
_MEN_PLURAL_MIN = 6
"""Letters from which a word in -men is the plural of one in -man (gunmen, policemen; not Yemen)."""


@cache
def _web2() -> frozenset[str]:
    """Webster's Second (public domain, via `english-words`): common words in lower case,
    proper nouns capitalised."""
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["web2"], lower=False, alpha=True))


_SURNAMES = 5000
"""The census's most frequent surnames taken as names: rarer ones are mostly words (Decent, Finders)."""


@cache
def _census_names() -> frozenset[str]:
    """Given names and frequent surnames of the 1990 US census (public domain, via the `names`
    package): Hurst, Childs and Burton are names as well as words."""
    from importlib import resources

    out: set[str] = set()
    for table, most in (("dist.all.last", _SURNAMES), ("dist.female.first", None), ("dist.male.first", None)):
        lines = resources.files("names").joinpath(table).read_text(encoding="ascii").splitlines()
        out.update(line.split(maxsplit=1)[0].lower() for line in lines[:most] if line.strip())
    return frozenset(out)


def census_name(word: str) -> bool:
    """A given name or frequent surname of the US census (`word` in lower case; the census writes
    O'Connell without its apostrophe)."""
    return word.replace("'", "").replace("\u2019", "") in _census_names()


_BRITISH_ISE = re.compile(r"is(e|es|ed|ing|ation|ations)$")


def american_spelling(word: str) -> str:
    """A British -ise spelling as the word lists hold it (authorises: authorizes, denuclearisation:
    denuclearization); any other word as it is. `word` is lower case."""
    return _BRITISH_ISE.sub(r"iz\1", word)


def in_dictionary(word: str) -> bool:
    """A lower-case word the dictionary lists in lower case (an ordinary word, whatever else it
    may also be: day, case, brown)."""
    return word in _web2()


def ordinary_english(word: str) -> bool:
    """A dictionary word that is never a proper noun, or an inflection of one, and no census
    name: decent, necklace, smells, offenders (never the name Decent Kumar is heard as).
    `word` is lower case."""
    if word in _census_names():
        return False
    web2 = _web2()
    return any(f in web2 and f.capitalize() not in web2 for f in _stems(word))


def _stems(word: str) -> list[str]:
    """The word, and what each English ending it may carry leaves (smells: smell, offenders: offend;
    gunmen: gunman)."""
    out = [word] + [word[: -len(end)] for end in _INFLECTIONS if word.endswith(end) and len(word) - len(end) >= 3]
    return [*out, word[:-3] + "man"] if word.endswith("men") and len(word) >= _MEN_PLURAL_MIN else out


def given_name_only(word: str) -> bool:
    """A census given name that the dictionary does not list as an ordinary word, nor a month:
    Jason, Diane, Paula (not Will, Grace, Young, Mark, Numbers, April). `word` is lower case."""
    if word not in english_given_names() or word in ENGLISH_MONTHS:
        return False
    web2 = _web2()
    return not any(f in web2 for f in _stems(word))  # Numbers is the census's, and number a word


@cache
def _index(words: bool = False) -> dict[str, tuple[tuple[str, float], ...]]:
    """Consonant skeleton → (word, Zipf frequency), most frequent first; dictionary words too
    when `words`."""
    from wordfreq import get_frequency_dict  # lazy: its tables load in ~200 ms

    out: dict[str, list[tuple[str, float]]] = {}
    for word, freq in get_frequency_dict("en", "large").items():  # most frequent first
        zipf = math.log10(freq) + 9
        if zipf < _MIN_ZIPF:
            break
        if (
            len(word) - sum(map(word.count, "aeiou")) >= _MIN_SKELETON
            and word.isascii()
            and word.isalpha()
            and (not ordinary_english(word) if not words else not word.endswith("ed"))  # no verb in a name: Pink Followed
        ):
            skeleton = english_skeleton(word)
            if len(skeleton) >= _MIN_SKELETON:
                out.setdefault(skeleton, []).append((word, zipf))
    return {k: tuple(v) for k, v in out.items()}


_VOWELS = frozenset("aeiou")


def _opens_alike(english: str, urdu: str) -> bool:
    """Both open with a vowel or both with a consonant: Ashworth is not سورت."""
    return (english[:1] in _VOWELS) == (urdu[:1] in _VOWELS)


def closes_alike(word: str, english: str, urdu: str) -> bool:
    """Both end in a vowel or both in a consonant (a final silent e is no vowel): Ottomans is
    not اتمانزئی, Barton not برتھانہ."""
    silent_e = word.endswith("e") and len(word) > 2 and word[-2] not in _VOWELS
    return (english[-1:] in _VOWELS and not silent_e) == (urdu[-1:] in _VOWELS)


_SH = fold_token("ش")
_S_LETTERS = frozenset(fold_token(c) for c in "سصثش")


def hiss_alike(word: str, urdu: str) -> bool:
    """An opening s and an opening sh are two sounds, which Urdu writes with two letters: Sialkot
    is not شالکوٹ, Schengen not سنگن."""
    if urdu[:1] not in _S_LETTERS or word[:1] not in "sc":
        return True
    return (urdu[:1] == _SH) == word.startswith(("sh", "sch"))


def _cap(word: str) -> str:
    if word.startswith("mc") and len(word) > 3:
        return "Mc" + word[2:].capitalize()
    return word.capitalize()


def _written_vowels_heard(reading: str, loose: str) -> float:
    """Share of the Urdu's letters (consonants and the long vowels it writes) heard in order in
    the English reading. Urdu leaves short vowels unwritten, so a long loan word (سپرویژن
    supervision, لاجسٹک logistics) differs from its full English reading by more vowels than a
    short name does; what the Urdu does write must still be there."""
    return 100.0 * LCSseq.similarity(loose, reading) / max(len(loose), 1)


@lru_cache(maxsize=8192)
def heard_english(token: str, *, words: bool = False) -> str | None:
    """The English word an Urdu word spells as it sounds, or None when none is clear. With
    `words`, any English word (inside an institution's name: اوبزرویٹری Observatory, پبلشنگ
    Publishing); without, only names."""
    folded = fold_token(token)
    primary, alt, loose = urdu_skeletons(folded)
    keys = dict.fromkeys((collapse(primary), collapse(alt), urdu_mixed_skeleton(folded)))  # ordered: ties go the same way each run
    best: tuple[float, str] | None = None
    for key in keys:
        if len(key) < _MIN_SKELETON:
            continue
        for word, zipf in _index(words).get(key, ()):
            if not hiss_alike(word, folded):
                continue
            readings = [
                r
                for _, r in english_readings(word)
                if _opens_alike(r, loose) and closes_alike(word, r, loose)
            ]
            agree = _written_vowels_heard if words and len(key) >= _LONG_WORD else fuzz.ratio
            vowels = max((agree(r, loose) for r in readings), default=0.0)
            if vowels >= _MIN_VOWELS and (best is None or zipf > best[0]):
                best = (zipf, word)
    return _cap(best[1]) if best is not None else None
