"""Names in Urdu text: find them, and decide whether an English (or Urdu) name is in a source.

How matching works, cheapest first (the first hit wins):

1. exact: the name itself is in the source (Latin text inside Urdu, or the Urdu spelling).
2. exonym / demonym: the gazetteer gives the Urdu forms of `India` (بھارت، ہندوستان, ...).
3. acronym: `GHQ` is looked for as letter names (`جی ایچ کیو`, spaced or run together).
4. role: `foreign minister` is looked for as `وزیر خارجہ`.
5. transliteration (English) / variant (Urdu): consonant skeletons. Urdu rarely writes short
   vowels and spells foreign names several ways (لاروف، لاوروف، لاور وف), so both sides are
   reduced to consonant classes (k/q/c → k, s/z/sh/th(ث) → s, f/v/w → v, vowels dropped,
   repeats collapsed) and compared with rapidfuzz's Indel ratio. Each English word is
   matched to one Urdu word or to two/three run-together words, in order, allowing one
   skipped Urdu word (a middle name). A name scores the skeleton-length-weighted mean of its
   words, so a missing word (`Shehbaz` when the source only has `نواز شریف`) drags it below
   the threshold.

The skeletons come from a letter table, not from uroman: uroman takes ~2.5 s to load and
~0.15 ms a word, too slow for grounding checks that must run in a few milliseconds. uroman
is used (lazily, cached per word) for the human-readable English rendering of candidates.

`MATCH_THRESHOLD` (0.8) is the score at or above which a match counts as support; it sits
between the self-consistency scores of true names on UNER and the scores names from other
sentences reach (see benchmarks/bench_names.py). A returned `NameMatch` carries a span
whenever its score is at least `NEAREST_FLOOR`, so checkers can show the nearest candidate.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from itertools import pairwise
from typing import Literal

from nicknames import NickNamer
from rapidfuzz import fuzz, process

from summarizer.errors import InputError
from summarizer.lexicon.words import (
    ADMIN_HEADS,
    COMMON_ACRONYMS,
    COMPASS,
    ENGLISH_HONORIFICS,
    ENGLISH_SMALL_WORDS,
    NAME_INTRODUCERS,
    NAME_PARTS,
    NAME_STOP_AFTER_ROLE,
    NAME_WORD_SINGLES,
    NAME_WORDS,
    NEWS_WORDS,
    ORG_HEADS,
    PARTICLES,
    PLACE_SUFFIXES,
    URDU_COMMON,
    URDU_FUNCTION,
    english_given_names,
    loanwords,
    name_parts,
    paradigm_zipf,
    urdu_inflected,
    urdu_zipf,
)
from summarizer.names import gazetteer
from summarizer.names.acronyms import (
    ACRONYM_PLURAL,
    AMBIGUOUS_LETTER_NAMES,
    is_acronym,
    letter_of,
    split_joined,
)
from summarizer.names.capitals import countries_named, countries_of_place
from summarizer.names.gazetteer import same_sound
from summarizer.names.heard_english import census_name, heard_english
from summarizer.names.name_db import attested_spellings, spelt_apart
from summarizer.names.org_names import org_words
from summarizer.names.roles import ROLES, english_role, role_key, urdu_role
from summarizer.names.roman_urdu import aligned, roman_key, title_keys
from summarizer.names.transliterate import (
    collapse,
    english_loose,
    english_readings,
    english_skeleton,
    romanize_tokens,
    urdu_mixed_skeleton,
    urdu_skeletons,
)
from summarizer.names.world_places import world_place_forms
from summarizer.numbers.codes import SOUNDED_NUMBERS
from summarizer.numbers.english import parse_english_number
from summarizer.numbers.urdu import classify_urdu, parse_urdu_number
from summarizer.schemas import NameMatch, Span
from summarizer.text.normalize import LETTERS, Normalized, fold, fold_token, normalize

__all__ = [
    "COMPOUND_OPENINGS",
    "COPULAS",
    "INFLECTIONS",
    "JOINERS",
    "MATCH_THRESHOLD",
    "NAMED",
    "NEAREST_FLOOR",
    "ORG_TAILS",
    "POSSESSIVE",
    "CandidateType",
    "ClaimStrength",
    "NameCandidate",
    "NameIndex",
    "consonant_key",
    "english_compass",
    "is_everyday_word",
    "match_name",
    "name_index",
    "urdu_zipf",
]

MATCH_THRESHOLD = 0.8
"""Score at or above which a name counts as supported by the source."""
NEAREST_FLOOR = 0.5
"""Below this score a NameMatch carries no span: nothing in the source is close."""

CandidateType = Literal["person", "organization", "location", "other"]
ClaimStrength = Literal["strong", "weak"]
"""How sure `urdu_name_claims` is that a span is a name: strong → error, weak → warning."""

_MAX_NGRAM = 6
_SKEL_NGRAM = 3
_TOKEN_FLOOR = 70.0  # rapidfuzz percent: weaker word matches are not chained
_GAP_PENALTY = 0.08
_LETTER_SLACK = 0.1
"""Urdu-to-Urdu variants may be this much below MATCH_THRESHOLD in letter similarity."""
_KNOWN_SOUND_MIN = 0.95
"""A gazetteer name spelt in none of its known Urdu ways needs a near-exact sound match..."""
_DERIVED_SOUND_MIN = 0.85
"""A demonym guessed by a stem rule (`Abidi` → Abidjan?) yields to a word that sounds this close."""
_UNLISTED_EXACT_MIN = 0.97
"""...or, in a word no list knows, a sound match this close (ساموا for Samoa)..."""
_TAIL_ALIKE = 85.0
"""rapidfuzz ratio at which a body's longer Urdu form ends in the words the source writes."""
_CLAUSE_ZIPF = 3.5
"""Words of a clause a name of several words is not heard in (Zipf: one in three million words)."""
_UNLISTED_ZIPF = 3.0
"""...a word being one no list knows when rarer than this (wordfreq Zipf)."""
_HONORIFICS_BEFORE = frozenset(fold_token(w) for w in (
    "ڈاکٹر", "مسٹر", "مسز", "مس", "محترمہ", "محترم", "جناب", "بیگم", "پروفیسر", "انجینئر", "سید", "شیخ", "مولانا",
    "حافظ", "قاری", "حاجی", "چوہدری", "چودھری", "سردار", "نواب", "میاں", "خواجہ", "مرزا", "رانا", "راجہ",
))  # fmt: skip
"""Titles a Pakistani article puts before a person's name: one before a given name alone marks a
person the article names so, not a star known by one name."""
_KNOWN_SPELLING_MIN = 0.9
_SURNAME_ALONE_WORDS = 3
"""Words of a person's English name that an article's surname alone may stand for (Jonathan
Trott, Mahendra Singh Dhoni)."""
_EVERYDAY_SURNAME_ZIPF = 4.8
"""At or above it a surname is too common to stand for one person (خان، شریف)."""
_RARE_GIVEN_ZIPF = 3.0
"""Below it a name-like word before a surname is another given name, however unlisted (کیلاس)."""
_NEAR_LISTED = 70.0
"""How alike (rapidfuzz percent) a known person's spelling in the source must be to a listed one
when its words are words Urdu knows otherwise."""
"""...or a spelling sharing this share of letters with a known form (سویڈن/سوئیڈن 0.91)."""
_LEADING_NAME_PARTS = frozenset(("muhammad", "mohammad", "mohammed", "muhammed", "mohd", "syed", "sayed", "sayyid", "hafiz",
                                 "mian", "agha"))
"""A given name's everyday first word that Urdu papers often leave out (محمد رفیق تارڑ → رفیق تارڑ)."""
_WALA = frozenset(fold_token(w) for w in ("والا", "والی", "والے"))
"""A function word that also ends a place's name written apart (داروغہ والا: Daroghawala)."""
_RETIRED = frozenset(("r", "retd", "retired", "rtd"))
_SAHIB = frozenset(("sahib", "sahab", "saheb"))
_NAME_PARTICLES = frozenset(("ur", "ul", "ud", "us", "un", "al", "ad", "as", "e", "bin", "ibn", "bint"))
"""Lower-case joining words inside a Muslim name (Baligh ur Rehman, Zia ul Haq)."""


# --------------------------------------------------------------------------- candidates


@dataclass(frozen=True, slots=True)
class NameCandidate:
    """A likely person, place or organisation in an Urdu text."""

    span: Span
    type: CandidateType
    key: str
    """Folded form without spaces: one key per spelling."""
    english: str
    """Gazetteer English name, acronym letters, or a romanization."""
    source: str
    """Which heuristic found it: gazetteer, acronym, role, particle, org_head."""


# --------------------------------------------------------------------------- the index

_JOINING_GAP = re.compile(r"(?=.)[\s\u200c]*(?:[-\u2010\u2011][\s\u200c]*)?", re.S)
POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


@dataclass(slots=True)
class _Hit:
    score: float
    method: str
    start: int
    n: int


def _is_latin(token: str) -> bool:
    return token.isascii()


class NameIndex:
    """Everything matching needs about one source text, computed once (see `name_index`)."""

    def __init__(self, source: str) -> None:
        self.source = source
        self._norm: Normalized = normalize(source)
        text = self._norm.text
        toks: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        for m in LETTERS.finditer(text):
            word = fold_token(m.group())
            at = m.start()
            for part in _split_glued(word):
                toks.append(part)
                starts.append(at)
                ends.append(at + len(part))
                at += len(part)
        self.tokens = toks
        self._starts = starts
        self._ends = ends
        # joined_next[i] is True when only white space (or a hyphen: کے- الیکٹرک) separates token i
        # from token i+1; the pieces of a word split for matching are not joined; a party's
        # letter or word in brackets belongs to its name (مسلم لیگ(ن), مسلم لیگ (نواز))
        self.joined_next = [_JOINING_GAP.fullmatch(gap := text[ends[i] : starts[i + 1]]) is not None
                            or (gap.strip() == "(" and (len(toks[i + 1]) == 1
                                                        or text[ends[i + 1] : ends[i + 1] + 1] == ")"))
                            for i in range(len(toks) - 1)] + [False]
        self._ngrams: dict[str, list[tuple[int, int]]] = {}
        for i in range(len(toks)):
            acc = ""
            for n in range(1, _MAX_NGRAM + 1):
                j = i + n - 1
                if j >= len(toks) or (n > 1 and not self.joined_next[j - 1]):
                    break
                acc += toks[j]
                self._ngrams.setdefault(acc, []).append((i, n))
        self._latin_lower = text.lower() if any(_is_latin(t) for t in toks) else ""
        self._english_memo: dict[str, NameMatch] = {}

    # ---------------------------------------------------------------- low-level helpers

    def _split_word_at(self, i: int) -> bool:
        """Tokens i and i+1 are pieces of one written word, split for matching (عبدال|قدیر)."""
        return self._ends[i] == self._starts[i + 1]

    def bounds(self, i: int, n: int) -> tuple[int, int]:
        """Original offsets of tokens i .. i+n-1 (no Span built: the claim finders ask it of
        every word)."""
        return self._norm.to_original(self._starts[i], self._ends[i + n - 1])

    def span(self, i: int, n: int) -> Span:
        """Tokens i .. i+n-1 as the source writes them, with their offsets in the source text."""
        s, e = self.bounds(i, n)
        return Span(start=s, end=e, text=self.source[s:e])

    def occurrences(self, key: str) -> list[tuple[int, int]]:
        """Where the folded letters `key` are written as one run of joined tokens: (first token,
        token count) for each place."""
        return self._ngrams.get(key, [])

    def windows(self) -> Iterator[tuple[str, list[tuple[int, int]]]]:
        """Every run of up to `_MAX_NGRAM` joined tokens as folded letters, with its places."""
        return iter(self._ngrams.items())

    def _find_key(self, key: str) -> tuple[int, int] | None:
        hits = self._ngrams.get(key)
        return hits[0] if hits else None

    @cached_property
    def _letter_sounds(self) -> dict[str, tuple[int, int]]:
        """Word windows by `same_sound` of their letters: a name spelt with another letter of one
        sound (ذکی for زکی, صابر for سابر) is the name as written."""
        out: dict[str, tuple[int, int]] = {}
        for key, hits in self._ngrams.items():
            out.setdefault(same_sound(key), hits[0])
        return out

    @cached_property
    def bar(self) -> str:
        """The tokens between bars (`|a|b|c|`): a run of whole tokens is found with `in`."""
        return "|" + "|".join(self.tokens) + "|"

    @cached_property
    def run_end(self) -> list[int]:
        """run_end[i]: the last token joined to token i by white space alone through the tokens
        between (the claim finder asks whether a run of n tokens is one phrase hundreds of times)."""
        out = list(range(len(self.tokens)))
        for i in range(len(self.tokens) - 2, -1, -1):
            if self.joined_next[i]:
                out[i] = out[i + 1]
        return out

    @cached_property
    def surfaces(self) -> tuple[str, ...]:
        """Each token as the source writes it (اٹھائی, which folds to اٹھایی), for word lists
        such as wordfreq's that know only written forms."""
        bounds = (self.bounds(i, 1) for i in range(len(self.tokens)))
        return tuple(self.source[s:e] for s, e in bounds)

    @cached_property
    def vocab(self) -> frozenset[str]:
        """The text's distinct tokens, once per text: what another text's words are looked up in."""
        return frozenset(self.tokens)

    @cached_property
    def _consonant_keys(self) -> dict[str, tuple[int, int]]:
        """Word windows by their consonants (`پاناما` and `پناما` are one): where a known name's
        unlisted spelling is found. Windows holding an everyday or function word are left out."""
        out: dict[str, tuple[int, int]] = {}
        for key, hits in self._ngrams.items():
            i, n = hits[0]
            if any(_everyday(t) or t in URDU_FUNCTION or (n > 1 and len(t) < 3) for t in self.tokens[i : i + n]):
                continue  # Busan is not با آسانی
            out.setdefault(consonant_key(key), (i, n))
        return out

    @cached_property
    def _sound_keys(self) -> dict[str, tuple[int, int]]:
        """Word windows by `sound_key` (`بان گی مون` and the listed `بان کی مون` are one). Windows
        that begin with an everyday or function word, or end with a function word, are left out; a
        name split before an everyday word is kept (نیڈر لینڈ), and so is a last word with a
        postposition run into it (فور ٹالیزامیں: Fortaleza)."""
        out: dict[str, tuple[int, int]] = {}
        for key, hits in self._ngrams.items():
            i, n = hits[0]
            first, last = self.tokens[i], self.tokens[i + n - 1]
            if _everyday(first) or first in URDU_FUNCTION or last in URDU_FUNCTION:
                continue
            if n == 1 and urdu_zipf(key) >= _UNLISTED_ZIPF and not gazetteer.lookup_urdu(key):
                continue  # a word of the language (برتنے) is no unlisted spelling of برطانوی
            out.setdefault(sound_key(key), (i, n))
            tail = next((p for p in _GLUE_SUFFIXES if last.endswith(p) and len(last) - len(p) >= 3), None)
            if n > 1 and tail is not None and len(key) - len(tail) >= _SOUND_KEY_MIN + 2:
                out.setdefault(sound_key(key[: -len(tail)]), (i, n))
            final = _final_vowel_key(key)
            if final is not None:  # برازیلیہ and برازیلیا, دھرم شالا and دھرم شالہ
                out.setdefault(final, (i, n))
            swapped = _final_swap_key(key)
            if swapped is not None:  # نینوہ and نینوا
                out.setdefault(swapped, (i, n))
        return out

    @cached_property
    def _skeleton_table(self) -> tuple[list[str], list[list[tuple[int, int, str]]]]:
        """Distinct skeleton keys of 1-3 word windows (function words excluded) → positions."""
        table: dict[str, list[tuple[int, int, str]]] = {}
        toks = self.tokens
        for i in range(len(toks)):
            acc_p, acc_a, acc_m, acc_l = "", "", "", ""
            for n in range(1, _SKEL_NGRAM + 1):
                j = i + n - 1
                # the pieces of a word split for matching are one window too (روزن|بائر: Rosenbauer)
                glued = n > 1 and j < len(toks) and self._split_word_at(j - 1) and toks[j - 1] != _ABD_AL
                if j >= len(toks) or (n > 1 and not self.joined_next[j - 1] and not glued):
                    break
                if toks[j] in URDU_FUNCTION and not (n > 1 and toks[j] in _WALA) and not (n == 1 and toks[j] == _HAR):
                    break
                p, a, loose = urdu_skeletons(toks[j])
                acc_p, acc_a, acc_m, acc_l = acc_p + p, acc_a + a, acc_m + urdu_mixed_skeleton(toks[j]), acc_l + loose
                if n == 1 and toks[i] == _ABD_AL:
                    table.setdefault(_ABDUL_KEY, []).append((i, 1, acc_l))
                    continue  # عبدال split off عبدالعلیم is no name on its own (not Abdullah)
                if n == 1 and toks[i] == _HAR:
                    continue  # ہر جوت، ہر برٹ: Harjot, Herbert; ہر alone is 'every'
                if not acc_p:
                    continue
                table.setdefault(collapse(acc_p), []).append((i, n, acc_l))
                if acc_a != acc_p:
                    table.setdefault(collapse(acc_a), []).append((i, n, acc_l))
                if acc_m not in (acc_p, acc_a):  # اولیور: Oliver, its first و a vowel, its second v
                    table.setdefault(collapse(acc_m), []).append((i, n, acc_l))
                if n == 1 and len(toks[i]) >= 4 and toks[i].endswith(_FINAL_WA):
                    # a final وا is also the vowels oa (ساموا Samoa, not Samva; گوا Goa)
                    bare = collapse(urdu_skeletons(toks[i][:-2] + "ا")[0])
                    if bare and bare != collapse(acc_p):
                        table.setdefault(bare, []).append((i, 1, acc_l[:-2] + "ua"))
                if n == 1:
                    for piece in _glued_name_pieces(toks[i]):  # رونچیاور: Ronchi; ریکارڈانضمام: Inzamam
                        piece_p, _, piece_l = urdu_skeletons(piece)
                        if piece_p:  # (marked: a piece is found by its exact skeleton only)
                            table.setdefault(collapse(piece_p), []).append((i, 1, _PIECE + piece_l))
                arabic = _arabic_reading(toks[i]) if n == 1 else None
                if arabic is not None:
                    # ذ ض ظ ث as Arabic sounds them, as English prints Arab names (قذافی Qaddafi,
                    # عثمان Uthman), where Urdu reads them z and s
                    table.setdefault(arabic, []).append((i, 1, acc_l))
                if n == 1 and toks[i].startswith(_ARTICLE) and len(toks[i]) >= 5 and not _everyday(toks[i]):
                    # the Arabic article written on: العربیہ is also heard as Arabiya
                    bare_p, _, bare_l = urdu_skeletons(toks[i][2:])
                    if bare_p:
                        table.setdefault(collapse(bare_p), []).append((i, 1, bare_l))
        keys = list(table)
        return keys, [table[k] for k in keys]

    def _word_hits(self, skel: str, loose: str, min_len: int = 0) -> list[tuple[float, int, int]]:
        """(score 0..1, start, n) of windows matching one query word's skeleton.

        Score is rapidfuzz's Indel ratio of the skeletons, times 0.9 when their first
        consonants differ (Ahmed/محمود), and for skeletons of one or two consonants also
        capped by the ratio of the vowel-bearing loose forms (Ali/علی vs Ali/لا); inexact
        matches between words of at most three consonants are scaled by 0.85.
        """
        if not skel:
            return []
        keys, positions = self._skeleton_table
        short = len(skel) <= 2
        cutoff = 100.0 if short else _TOKEN_FLOOR
        best: dict[tuple[int, int], float] = {}
        for key, score, idx in process.extract(
            skel, keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
        ):
            if len(key) < min_len:
                continue
            for i, n, w_loose in positions[idx]:
                s = score / 100.0
                if w_loose[:1] == _PIECE:
                    if key != skel:
                        continue  # a name run into a word: no near miss (خیرس|گالی is not Karachi)
                    w_loose = w_loose[1:]
                    s *= _PIECE_SHARE  # the whole word wins where the name is written alone too
                if key[0] != skel[0]:
                    s *= 0.9
                if s < 1.0 and max(len(skel), len(key)) <= 3:
                    s *= 0.85  # one wrong consonant in three is a different name (Ahmed/اہم)
                if w_loose[:1] == "a" and loose[:1] not in _VOWEL_SOUNDS and not (
                        loose[:1] == "s" and w_loose[1:2] == "s"):
                    s *= 0.85  # Swann is not ایشون: an alif opens a vowel (bar اسکول's before s)
                if short:
                    heard = _opening_vowel_heard(loose, w_loose, self.tokens[i][:1])
                    if self._oblique_a(i, n, loose, heard):
                        heard = heard[:-1] + "a"
                    s = min(s, max(fuzz.ratio(loose, heard), fuzz.ratio(_short_a_unwritten(loose, heard), heard)) / 100.0)
                    if s < _TOKEN_FLOOR / 100.0:
                        continue
                if s > best.get((i, n), 0.0):
                    best[(i, n)] = s
        return [(s, i, n) for (i, n), s in best.items()]

    def _oblique_a(self, i: int, n: int, english: str, heard: str) -> bool:
        """The window's last word is a name in -a in the oblique case, its ا turned ے before a
        postposition (چبھابھے نے: Chibhabha), so the final e heard is the English a."""
        j = i + n
        return (english.endswith("a") and heard.endswith("i") and j < len(self.tokens) and self.joined_next[j - 1]
                and self.tokens[j - 1].endswith(_OBLIQUE) and self.tokens[j] in _POSTPOSITION_OPENINGS)

    def _alt_hits(self, readings: tuple[tuple[str, str], ...]) -> list[tuple[float, int, int]]:
        """Word hits of the best reading of a word at each window (a soft reading scores 0.97x)."""
        if len(readings) == 1:
            return self._word_hits(*readings[0])
        best: dict[tuple[int, int], float] = {}
        for k, (skel, loose) in enumerate(readings):
            for sc, i, n in self._word_hits(skel, loose):
                sc = sc if k == 0 else sc * 0.97
                if sc > best.get((i, n), 0.0):
                    best[(i, n)] = sc
        return [(sc, i, n) for (i, n), sc in best.items()]

    def _chain(
        self, words: list[tuple[str, str]], alts: list[tuple[tuple[str, str], ...]] | None = None,
        opening: bool = False,
    ) -> _Hit | None:
        """Best in-order alignment of query words (skeleton, loose) to source windows; `opening`:
        a first word may be a function word (`_function_word_opening`)."""
        weights = [max(len(s), 1) for s, _ in words]
        total = float(sum(weights))
        if alts is not None:
            hits = [self._alt_hits(r) for r in alts]
        else:
            hits = [self._word_hits(s, loose) for s, loose in words]
        best: _Hit | None = None
        # states: (end_token, start_token, accumulated weighted score)
        states: list[tuple[int, int, float]] = []
        for k, word_hits in enumerate(hits):
            new_states: list[tuple[int, int, float]] = []
            if k and len(words[k][0]) <= _FUNCTION_NAME_WORD:
                word_hits = word_hits + self._function_word_hits(words[k], states)
            elif not k and opening and len(words) == 2 and len(words[0][0]) <= 2:
                word_hits = word_hits + self._function_word_opening(words[0])
            for s, i, n in word_hits:
                gain = s * weights[k]
                cand = [(i + n, i, gain)]  # chain starting here (earlier words skipped)
                for end, start, acc in states:
                    gap = i - end
                    if 0 <= gap <= 1:
                        cand.append((i + n, start, acc + gain - _GAP_PENALTY * gap * weights[k]))
                new_states.append(max(cand, key=lambda t: t[2]))
            # a word may also be skipped: keep previous states alive
            states = new_states + states
            states.sort(key=lambda t: -t[2])
            del states[64:]
        for end, start, acc in states:
            score = acc / total
            if best is None or score > best.score + 1e-9:
                best = _Hit(score, "transliteration", start, end - start)
        return best

    def _function_word_hits(
        self, word: tuple[str, str], states: list[tuple[int, int, float]]
    ) -> list[tuple[float, int, int]]:
        """A short name word that Urdu spells like a function word (Key کی, Ko کو), right after
        the earlier words of the same name: only as a continuation, never a name on its own."""
        out = []
        for end, _, _ in states:
            if end < len(self.tokens) and self.tokens[end] in URDU_FUNCTION and self.joined_next[end - 1]:
                skel, _, loose = urdu_skeletons(self.tokens[end])
                if skel == word[0] and fuzz.ratio(loose, word[1]) >= 80:
                    out.append((1.0, end, 1))
        return out

    def _in_run(self, hit: _Hit) -> bool:
        """The hit is exactly a piece of a long run of words written without spaces
        (`_run_pieces`), where a name's other readings are tried too."""
        return hit.n == 1 and hit.score >= _PIECE_SHARE and len(self.tokens[hit.start]) >= _RUN_MIN

    def _function_word_opening(self, word: tuple[str, str]) -> list[tuple[float, int, int]]:
        """The short first word of a two-word name that Urdu spells like a function word (Wally
        والی, in والی ہیمنڈز): a start for the second word, which must follow for it to count (in
        a longer name a later word could go missing: Kim Jong-il is not کم جونگ ان)."""
        out = []
        for i, tok in enumerate(self.tokens[:-1]):
            if tok in URDU_FUNCTION and self.joined_next[i] and self.tokens[i + 1] not in URDU_FUNCTION:
                skel, _, loose = urdu_skeletons(tok)
                if skel == word[0] and fuzz.ratio(loose, word[1]) >= 80:
                    out.append((1.0, i, 1))
        return out

    def _concat_hit(self, skel: str, loose: str) -> _Hit | None:
        hits = self._word_hits(skel, loose, min_len=(3 * len(skel) + 3) // 4)
        # a name split otherwise across scripts (Ban Ki-moon, بان کی مون) starts with the same
        # sound: Saeed Akbar Nawani is not رشید اکبر نوانی however much of the rest agrees
        hits = [h for h in hits if (loose[:1] in "aeiou" and self.tokens[h[1]][:1] in _VOWEL_CARRIERS)  # Amedy احمدے: a vowel may be written ح or ع
                or letter_of(self.tokens[h[1]]) is not None  # initials: H D ایچ ڈی
                or _sound_class(skel[:1]) & {_c for t in (self.tokens[h[1]], *_glued_name_pieces(self.tokens[h[1]]))
                                               for r in urdu_skeletons(t)[:2] for _c in _sound_class(r[:1])}]
        if not hits:
            return None
        s, i, n = max(hits, key=lambda h: (h[0], -h[1]))
        return _Hit(s, "transliteration", i, n)

    def _transliteration(
        self, words: list[tuple[str, str]], alts: list[tuple[tuple[str, str], ...]] | None = None,
        opening: bool = False,
    ) -> _Hit | None:
        if alts is not None:
            keep = [k for k, w in enumerate(words) if w[0]]
            words, alts = [words[k] for k in keep], [alts[k] for k in keep]
        words = [w for w in words if w[0]]
        if not words:
            return None
        best = self._chain(words, alts, opening)
        if len(words) > 1:
            for k, combo in enumerate(_reading_combos(words, alts)):
                concat = self._concat_hit(collapse("".join(w[0] for w in combo)), "".join(w[1] for w in combo))
                if concat is not None and (best is None or concat.score > best.score) and (
                        not k or self._in_run(concat)):
                    best = concat
        return best

    def _acronym_hit(self, letters: str, at: int | None = None) -> _Hit | None:
        """Letters spelt as Urdu letter names, spaced or run together, as a whole acronym of their
        own (from token `at` only, if given: there the caller reads what follows)."""
        toks = self.tokens
        for i in range(len(toks)) if at is None else range(at, min(at + 1, len(toks))):
            acc = ""
            j = i
            while j < len(toks) and len(acc) < len(letters):
                piece = _letter_piece(toks, self.joined_next, j)
                if piece is None:
                    break
                acc += piece[0]
                if not letters.startswith(acc):
                    break
                j += piece[1]
                if acc == letters:
                    if at is None and self._letters_before(i) == 1:
                        break  # پی ڈی ایم inside اے پی ڈی ایم is APDM's, not PDM
                    return _Hit(1.0, "acronym", i, j - i)
                if not self.joined_next[j - 1]:
                    break
        return None

    def _plural_acronym_hit(self, letters: str) -> _Hit | None:
        """An acronym's plural in letter names, the last letter's name taking ز (IPPs ↔ آئی پی
        پیز, MNAs ↔ ایم این ایز); or its singular where the article writes that."""
        toks = self.tokens
        for i in range(len(toks)):
            head = self._acronym_hit(letters[:-1], at=i)
            k = i + head.n if head is not None else -1
            if (head is not None and k < len(toks) and self.joined_next[k - 1] and toks[k].endswith(_ZE)
                    and letter_of(toks[k][:-1]) == letters[-1]):
                return _Hit(1.0, "acronym", i, k + 1 - i)
        return self._acronym_hit(letters)

    def coded_numbers(self, letters: str) -> frozenset[int]:
        """Every number the source writes after these letters (G: جی 20، جی سیون، G8), in digits,
        Urdu words or as the English word sounds; empty when it never writes them so."""
        out: set[int] = {int(m.group(1)) for m in re.finditer(rf"\b{re.escape(letters)}[- ]?(\d{{1,4}})\b", self._norm.text, re.I)}
        for i in range(len(self.tokens)):
            hit = self._acronym_hit(letters, at=i)
            if hit is not None:
                out |= self._numbers_after(hit)
        return frozenset(out)

    def numbers_after_name(self, english: str) -> frozenset[int]:
        """The number the source writes right after where it names this English word exactly
        (ڈونگ فینگ 41، ڈونگ فینگ فورٹی ون: Dongfeng-41); empty where it names it with none."""
        found = self.match_english(english)
        if found.span is None or found.score < 1.0:
            return frozenset()
        start = self._token_at(found.span.start)
        return frozenset(self._numbers_after(_Hit(1.0, found.method, start, len(LETTERS.findall(found.span.text)))))

    def _numbers_after(self, hit: _Hit) -> set[int]:
        """The number the source writes right after a hit: in digits, in Urdu words, or in English
        number words said one group after another (سی ون تھرٹی C-130, ڈی ایف فورٹی ون DF-41)."""
        end = self._ends[hit.start + hit.n - 1]
        m = _CODE_NUMBER.match(self._norm.text[end : end + 16])
        if m is None:
            return set()
        said = m.group(1)
        out: set[int] = set()
        value = int(said) if said.isdigit() else (parse_urdu_number(said) if not said.isascii() else None)
        if value is not None and value == int(value):
            out.add(int(value))
        first, second = ([SOUNDED_NUMBERS.get(t) for t in self.tokens[hit.start + hit.n : hit.start + hit.n + 2]]
                         + [None, None])[:2]
        if first is not None:
            out.add(first)
            if second is not None:
                tens = first >= 20 and first % 10 == 0 and second < 10
                out.add(first + second if tens else first * (10 if second < 10 else 100) + second)
        return out

    def _coded_hit(self, letters: str, number: int) -> _Hit | None:
        """Letters and a number (G20, F-8, G7): the letters' Urdu names, then the number in digits,
        in Urdu words or as the English word sounds (جی 20، ایف ایٹ، جی سیون)."""
        for i in range(len(self.tokens)):
            hit = self._acronym_hit(letters, at=i)
            if hit is not None and number in self._numbers_after(hit):
                return _Hit(1.0, "acronym", hit.start, hit.n)
        return None

    def _expansion_hit(self, acronym: str) -> _Hit | None:
        """An acronym the source writes out in words it translates or sounds (KU ↔ جامعہ کراچی,
        MoD ↔ وزارت دفاع, NPP ↔ نیشنل پیپلز پارٹی): one capital per word, in the Urdu order or with
        a Persian-order head put last; small letters stand for small words (the o of UoP)."""
        letters = "".join(c for c in acronym if c.isupper())
        if not 2 <= len(letters) <= 5:
            return None
        toks = self.tokens
        size = len(letters)
        for i in range(len(toks)):
            for units in self._word_units(i, size):
                options = [_english_initials(u) for u in units]
                if not all(options[:-1]):
                    continue
                if not options[-1] and size >= 3 and units[-1] in _DESCRIPTIVE_WORDS and any(
                        e.type in ("location", "demonym") for u in units[:-1] for e in gazetteer.lookup_urdu(u)):
                    # a named body's head: یورپی خلائی ادارے (European Space Agency); a bare
                    # description (تحقیقاتی ادارے, investigating agencies) gives no initial
                    options[-1] = _BODY_INITIALS
                if not options[-1]:
                    continue
                for order in (options, options[1:] + options[:1]):
                    if all(ch in opts for ch, opts in zip(letters, order, strict=True)):
                        return _Hit(0.9, "acronym", i, sum(len(u.split()) for u in units))
        return None

    def _word_units(self, i: int, size: int) -> list[list[str]]:
        """Ways to read `size` name words from token i on, each one token or two joined tokens
        the name-word table lists as one word (بین الاقوامی)."""
        if size == 0:
            return [[]]
        out = []
        for width in (1, 2):
            j = i + width
            if j > len(self.tokens) or (width == 2 and not self.joined_next[i]):
                continue
            unit = " ".join(self.tokens[i:j])
            if width == 2 and unit.replace(" ", "") not in _initials_table():
                continue
            if size > 1 and (j >= len(self.tokens) or not self.joined_next[j - 1]):
                continue
            out += [[unit, *rest] for rest in self._word_units(j, size - 1)]
        return out

    def _initials_hit(self, letters: str) -> _Hit | None:
        """An acronym whose expansion the source writes out in Urdu letters: ZTBL for
        زرعی ترقیاتی بینک لمیٹڈ, NBP for نیشنل بینک آف پاکستان (آف، اینڈ skipped inside).
        Three letters or more, no function word or letter name, and (for three) words that are not all
        everyday Urdu, so that chance initials of ordinary prose do not count."""
        if len(letters) < 3 or not letters.isalpha():
            return None
        toks = self.tokens
        for i in range(len(toks)):
            j, k = i, 0
            while k < len(letters) and j < len(toks):
                if k and toks[j] in _INITIALS_SKIP and j + 1 < len(toks):
                    j += 1
                    continue
                if (toks[j] in URDU_FUNCTION or toks[j][:1] not in _INITIALS.get(letters[k], "")
                        or self._inside_letter_run(j, 1)):
                    break  # a letter's name is part of another acronym (یو این ایچ سی آر), not a word
                j, k = j + 1, k + 1
            if k < len(letters) or not all(self.joined_next[i : j - 1]):
                continue
            if len(letters) == 3 and (sum(not _everyday(t) for t in toks[i:j]) < 2
                                      or any(t in NAME_PARTS for t in toks[i:j])):
                continue  # (nor a person's name: ISI is no اطلاعات شرجیل انعام, information's Sharjeel Inam)
            return _Hit(0.9, "acronym", i, j - i)
        return None

    def _latin_hit(self, name: str) -> _Hit | None:
        if not self._latin_lower or not name.isascii():
            return None
        target = [t.lower() for t in LETTERS.findall(name)]
        if not target:
            return None
        lowered = [t.lower() for t in self.tokens]
        for i in range(len(lowered) - len(target) + 1):
            if lowered[i : i + len(target)] == target:
                return _Hit(1.0, "exact", i, len(target))
        return None

    def _town_hit(self, cleaned: str) -> _Hit | None:
        """A world town written one of the ways GeoNames records, exactly: its forms are many and
        in three languages' spellings, so a near one is too often another word (سکور for Sukkur)."""
        town = world_place_forms(cleaned)
        return self._urdu_forms_hit(town, "world_place") if town else None

    def _urdu_forms_hit(self, forms: Iterable[str], method: str) -> _Hit | None:
        forms = _with_letter_names(tuple(forms))
        for form in forms:
            key = gazetteer.urdu_key(form)
            for pos in self._ngrams.get(key, ()):
                if not self._inside_letter_run(*pos):
                    return _Hit(1.0, method, pos[0], pos[1])
        for form in forms:
            glued = self._glued_form(form)
            if glued is not None:
                return _Hit(0.95, method, glued[0], glued[1])
        for form in forms:
            words = form.split()
            if len(words) == 2 and fold_token(words[1]) in ADMIN_HEADS:
                # the kind of place on either side of its name (سرے کاؤنٹی, کاؤنٹی سرے; ضلع سوات)
                for pos in self._ngrams.get(gazetteer.urdu_key(f"{words[1]} {words[0]}"), ()):
                    return _Hit(1.0, method, pos[0], pos[1])
        # inflected single words: امریکیوں, پاکستانیوں
        for form in forms:
            key = gazetteer.urdu_key(form)
            if len(key) < 3:
                continue
            for i, tok in enumerate(self.tokens):
                if tok.startswith(key) and tok[len(key) :] in INFLECTIONS:
                    return _Hit(0.9, method, i, 1)
        # a place in -ia as its English adjective in -ian (وکٹوریہ → وکٹورین, Victorian)
        keys = [gazetteer.urdu_key(f) for f in forms if " " not in f and len(f) >= 5]
        written = {k[:-1] + _NOON for k in keys if k[-2:] in _IA_ENDINGS} & self.vocab
        if written:  # (looked up in the text's vocabulary first: most texts have none)
            return _Hit(0.9, method, next(i for i, tok in enumerate(self.tokens) if tok in written), 1)
        return None

    def _glued_form(self, form: str) -> tuple[int, int] | None:
        """(start, n) of a known form whose first word the text ran into the word before it
        (ریکارڈانضمام الحق: انضمام الحق), when that word is a postposition or a frequent word."""
        words = [fold_token(w) for w in form.split()]
        if not words or len(words[0]) < _GLUED_FORM_MIN:
            return None
        needle = "|".join(words) + "|"
        at = self.bar.find(needle, 1)
        while at > 0:
            if self.bar[at - 1] != "|":
                i = self.bar.count("|", 0, at) - 1
                prefix = self.tokens[i][: -len(words[0])]
                if prefix in _GLUE_PARTICLES or _plain_word(prefix):
                    return i, len(words)
            at = self.bar.find(needle, at + 1)
        return None

    def _glued_after(self, words: list[str]) -> tuple[int, int] | None:
        """(start, n) of a name whose last word the text ran into the word after it (ایشین
        گیمزویمنز: ایشین گیمز), when what follows is a postposition or a frequent word."""
        if not words or len(words[-1]) < _GLUED_FORM_MIN or letter_of(words[-1]) is not None:
            return None  # (not a letter's name: آئی in آئیگی)
        needle = "|" + "|".join(words)
        at = self.bar.find(needle)
        while at >= 0:
            end = at + len(needle)
            if self.bar[end] != "|":
                i = self.bar.count("|", 0, at)
                tail = self.tokens[i + len(words) - 1][len(words[-1]) :]
                if _plain_word(tail):
                    return i, len(words)
            at = self.bar.find(needle, at + 1)
        return None

    def _result(self, english: str, hit: _Hit | None) -> NameMatch:
        if hit is None:
            return NameMatch(english=english, span=None, score=0.0, method="none")
        score = round(min(max(hit.score, 0.0), 1.0), 4)
        span = self.span(hit.start, hit.n) if score >= NEAREST_FLOOR else None
        return NameMatch(english=english, span=span, score=score, method=hit.method)

    # ---------------------------------------------------------------- public API

    def match_english(self, name: str, *, completed: bool = False) -> NameMatch:
        """Where an English name (person, place, organisation, acronym, demonym, role) is.
        `completed`: also find a person's full name where the source writes the surname alone
        (method `surname`), as a reader would; the checks that judge a name's parts leave it off."""
        if not isinstance(name, str):
            raise TypeError(f"name must be str, not {type(name).__name__}")
        found = self._match_english(name)
        if completed and found.score < MATCH_THRESHOLD and (cleaned := _clean_english(name)) and self.tokens:
            part = self._surname_alone(cleaned) or self._given_name_alone(cleaned)
            if part is not None:
                return self._result(name, part)
        return found

    def _match_english(self, name: str) -> NameMatch:
        known = self._english_memo.get(name)
        if known is None:  # a brief names the same people again; a re-ask re-checks them all
            cleaned = _clean_english(name)
            hit = self._english_hit(cleaned, asked=True) if cleaned and self.tokens else None
            if _INNER_POSSESSIVE.search(name) and cleaned and (hit is None or hit.score < MATCH_THRESHOLD):
                plural = _clean_english(_INNER_POSSESSIVE.sub("s ", name))
                hit = self._english_hit(plural, asked=True) or hit  # People's Party is the Peoples Party
            # other forms of the opening, each tried while no form is found: United States Naval
            # Observatory, which Urdu writes یو ایس نیول آبزرورٹی; S. Korea, a headline's compass initial
            if (hit is None or hit.score < MATCH_THRESHOLD) and (people := _demonym_of_person(cleaned)) is not None:
                hit = max((h for h in (hit, self._english_hit(people, asked=True)) if h is not None),
                          key=lambda h: h.score, default=None)  # an Irishman: آئرش
            for other in _opening_forms(cleaned):
                if other != cleaned and (hit is None or hit.score < MATCH_THRESHOLD):
                    hit = max((h for h in (hit, self._english_hit(other, asked=True)) if h is not None),
                              key=lambda h: h.score, default=None)
            if hit is None or hit.score < MATCH_THRESHOLD:
                hit = self._given_name_form_hit(cleaned) or hit
            if (hit is not None and hit.score >= MATCH_THRESHOLD and cleaned
                    and self._other_body_kind(cleaned, hit)):
                hit = _Hit(min(hit.score, 0.75), hit.method, hit.start, hit.n)
            if (hit is not None and hit.method == "transliteration" and is_acronym(cleaned)
                    and not _sayable(cleaned) and all(len(t) > 1 for t in self.tokens[hit.start : hit.start + hit.n])):
                hit = None  # PTI is not پتی (کروڑ پتی, a millionaire): letters said one by one are their names
            known = self._english_memo[name] = self._result(name, hit)
        return known

    def _english_hit(self, cleaned: str, split_of: bool = True, *, asked: bool = False) -> _Hit | None:
        """The best hit of a cleaned English name; `asked`: the name as `match_english` was given
        it, not a part or a shorter form tried for it."""
        hit = self._latin_hit(cleaned)
        known = _english_forms(cleaned)
        plain = _plain_person(cleaned) if not known and hit is None else None
        if plain is not None:
            found = self._english_hit(plain, split_of)
            if found is not None and found.score >= MATCH_THRESHOLD:
                return found  # Colonel Gaddafi, Muammar al-Gaddafi: the known Muammar Gaddafi
        # A known place or organisation must be written one of its known ways (or a close
        # spelling of one): `Poland` is not `پویلین` however alike they sound. A known person's
        # English name is a transliteration: how it sounds still counts.
        restricted = any(method not in ("known_person", "derived_demonym") for _, method in known)
        if hit is None and known:
            hit = self._gazetteer_english(cleaned) or self._known_sound_variant(known)
            if hit is None and restricted:
                hit = self._known_variant(known)
            if (hit is None or hit.score < MATCH_THRESHOLD) and restricted:
                hit = self._town_hit(cleaned) or hit  # a known city as GeoNames also spells it
        if hit is not None and hit.method == "known_person" and self._other_surname_follows(cleaned, hit):
            hit = _Hit(min(hit.score, 0.75), hit.method, hit.start, hit.n)
        if hit is not None and hit.score >= MATCH_THRESHOLD and self._other_place_heads_body(cleaned, hit):
            hit = _Hit(min(hit.score, 0.75), hit.method, hit.start, hit.n)
        coded = _LETTERS_NUMBER.fullmatch(cleaned)
        if hit is None and coded is not None:
            hit = self._coded_hit(coded.group(1).upper(), int(coded.group(2)))
        if (hit is None or hit.score < MATCH_THRESHOLD) and is_acronym(cleaned):
            # a known acronym spelt in letter names (آئی سی ایل) where only its expansion is listed
            letters = cleaned.replace(".", "").upper()
            hit = self._acronym_hit(letters) or self._initials_hit(letters) or hit
        if (hit is None or hit.score < MATCH_THRESHOLD) and ACRONYM_PLURAL.fullmatch(cleaned):
            hit = self._plural_acronym_hit(cleaned[:-1]) or hit
            single = self._english_hit(cleaned[:-1], split_of) if hit is None or hit.score < MATCH_THRESHOLD else None
            hit = single if single is not None and single.score >= MATCH_THRESHOLD else hit  # APCs: the known APC
        if (hit is None or hit.score < MATCH_THRESHOLD) and _ACRONYM_SHAPE.fullmatch(cleaned):
            hit = self._expansion_hit(cleaned) or hit
        weak = hit is None or hit.score < MATCH_THRESHOLD
        initials = None if not weak or is_acronym(cleaned) else _initials_of(cleaned)
        if initials is not None:
            lettered = self._acronym_hit(initials)
            if lettered is not None and (hit is None or (len(initials) >= 3 and self._letter_names(lettered))):
                # the source writes the name as its acronym (ڈبلیو ایف پی); over a weak hit only
                # when spelt out in three letter names or more (آئی سی ایل for Indian Cricket League)
                lettered.score = 0.9
                hit = lettered
        if hit is None:
            hit = self._role_english(cleaned)
        size = len(_strip_titles(cleaned.split()))
        # a known form of other length than the name (لاوروف for Sergei Lavrov, قمر جاوید باجوہ for
        # Bajwa); not initials written letter by letter (اے پی جے عبدالکلام for APJ Abdul Kalam)
        partial = hit is not None and hit.method == "known_person" and hit.n != size and not (
            hit.n > size and letter_of(self.tokens[hit.start]) is not None)
        if hit is None or hit.score < MATCH_THRESHOLD or partial:
            words = _abdul_apart(_strip_titles(cleaned.split()))
            # a name asked as two words may open with a word spelt like a function word (never a
            # part of a longer one: Kim Jong Il, Kim Jong-il are not کم جونگ ان)
            heard = self._heard(words, opening=asked and len(cleaned.split()) == 2)
            apart = _article_apart(words) or _hyphens_apart(words)
            if apart is not None and (heard is None or heard.score < MATCH_THRESHOLD):
                other = self._heard(apart)
                if other is not None and (heard is None or other.score > heard.score):
                    heard = other
            if len(words) == 1 and _AL_PREFIX.match(words[0]) and (heard is None or heard.score < MATCH_THRESHOLD):
                other = self._heard([_AL_PREFIX.sub("", words[0])])  # al-Jaafari ↔ جعفری: Urdu often drops the article
                if other is not None and other.score >= 1.0 and not self._ordinary(other):
                    heard = other  # (only spelt exactly: al-Zawahiri is not زور)
            if heard is not None and is_acronym(cleaned) and heard.score < 1.0 and not (
                    _pronounceable(cleaned) and heard.score >= _SPOKEN_ACRONYM_MIN and heard.n <= 2
                    and not self._ordinary(heard)):
                heard.score *= 0.7  # GHQ-like letters read as a word only when the word is exact
                # (a spoken one may be written in two pieces: یونا میڈ for UNAMID)
            derived = any(method == "derived_demonym" for _, method in known)
            if heard is not None and derived and not restricted and heard.score < _DERIVED_SOUND_MIN:
                heard.score = min(heard.score, 0.75)
            # a demonym written as the English word sounds (انڈین for Indian, فرنچ for French)
            loanword = (heard is not None and heard.n == 1 and heard.score >= _KNOWN_SOUND_MIN
                        and all(method == "demonym" for _, method in known) and len(english_skeleton(cleaned)) >= 3
                        and _english_loanword(cleaned, self.tokens[heard.start])
                        and (bool(known) or _ENGLISH_TD.search(cleaned) is not None
                             or _written_as(cleaned, self.tokens[heard.start])))
            if heard is not None and restricted and not loanword and not self._place_named(heard, cleaned) and not (
                    heard.score >= _KNOWN_SOUND_MIN and (
                    self._used_as_name(heard) or (heard.n >= 2 and len(_HYPHENS.split(" ".join(words))) >= 2)
                    or (heard.score >= _UNLISTED_EXACT_MIN and self._unlisted_word(heard)))):
                # a known name is written one of its known ways: `Lahore` is not `لاور`,
                # `Karachi` not `خوراکیں`, however alike they sound; unless the source uses the
                # word as a name (`چینل جیو` for Geo, `کرکٹر دانش` for Danish the cricketer) or
                # writes a name of several words out as it sounds (یونائیٹڈ بینک لمیٹڈ)
                heard.score = min(heard.score, 0.75)
            if (heard is not None and MATCH_THRESHOLD <= heard.score < _UNLISTED_EXACT_MIN and known
                    and all(method == "known_person" for _, method in known)
                    and self._another_word(heard) and not self._near_listed(heard, known)):
                heard.score = 0.75  # Asad Qaiser (اسد قیصر) is not خوف زدہ شہری, however alike they sound
            if (heard is not None and MATCH_THRESHOLD <= heard.score < _UNLISTED_EXACT_MIN and not known
                    and self._clause_words(heard)):
                heard.score = 0.75  # Cricket Victoria is not کھڑکی ٹوٹ (a window broke): words, not a name
            spelt = heard is not None and heard.n == len(words) > 1 and all(
                _written_as(w, tok) for w, tok in zip(words, self.tokens[heard.start : heard.start + heard.n], strict=True)
            ) and (self._used_as_name(heard) or self._named_after(heard))
            if (heard is not None and heard.score >= MATCH_THRESHOLD and not loanword and not spelt and self._ordinary(heard)
                    and not self._word_of_known_form(heard, known) and not (heard.n == 1 and self._used_as_name(heard))):
                heard = self._name_not_word(words) or heard
                if self._ordinary(heard):
                    heard.score = 0.75  # a frequent Urdu word is no evidence for a transliterated name
            if heard is not None and (hit is None or heard.score > hit.score or (
                    partial and heard.score >= _KNOWN_SPELLING_MIN and abs(heard.n - size) < abs(hit.n - size))):
                hit = heard  # `ولادیمیر پوتن` whole rather than the known `پوتن`; `Bajwa` is `باجوہ` alone
        if hit is None or hit.score < MATCH_THRESHOLD:
            translated = self._translated_hit(cleaned) or self._alias_translated(cleaned)
            if translated is not None:
                hit = translated
        if (hit is None or hit.score < MATCH_THRESHOLD) and not known:
            placed = self._town_hit(cleaned)  # Sousse ↔ سوسہ as GeoNames spells it
            if placed is not None and (hit is None or placed.score > hit.score):
                hit = placed
        if hit is None or hit.score < MATCH_THRESHOLD:
            initialled = self._initials_then_name(cleaned)
            if initialled is not None:
                hit = initialled
        if hit is None or hit.score < MATCH_THRESHOLD:
            shorter = self._given_and_surname(cleaned)
            if shorter is not None:
                hit = shorter
        if hit is None or hit.score < MATCH_THRESHOLD:
            titled = self._titled_name(cleaned)
            if titled is not None:
                hit = titled
        if (hit is None or hit.score < MATCH_THRESHOLD) and restricted:
            first = self._first_word_only(cleaned)
            if first is not None:
                hit = first
        if (hit is None or hit.score < MATCH_THRESHOLD) and cleaned.lower() in _HOME_COUNTRY:
            home = self._home_country()
            if home is not None:
                hit = home
        words = cleaned.split()
        if (split_of and (hit is None or hit.score < MATCH_THRESHOLD) and "of" in words[1:-1]
                and not any(w.lower() in NAME_WORDS for w in words[: words.index("of", 1)])):
            # `Rohan Bopanna of India`: two claims, each must be in the source; not a body's
            # name (Organisation of American States: "Organisation" is no name to hear alone)
            at = words.index("of", 1)
            left = self._english_hit(" ".join(words[:at]), False)
            right = self._english_hit(" ".join(words[at + 1 :]))
            if left is not None and right is not None:
                both = _Hit(min(left.score, right.score), left.method, left.start, left.n)
                if hit is None or both.score > hit.score:
                    hit = both
        if (hit is None or hit.score < MATCH_THRESHOLD) and len(words) >= 2 and is_acronym(words[0]) and not is_acronym(cleaned):
            # `ICC Division Five` ↔ آئی سی سی کے ڈویژن پانچ: the body's acronym, then what of it is named
            left = self._english_hit(words[0], False)
            right = self._english_hit(" ".join(words[1:]), split_of)
            if left is not None and right is not None and min(left.score, right.score) >= MATCH_THRESHOLD:
                hit = _Hit(min(left.score, right.score), right.method, right.start, right.n)
        if (hit is None or hit.score < MATCH_THRESHOLD) and len(words) >= 4:
            hit = self._lineage_cut(words, split_of) or hit
        group = _GROUP_OF.fullmatch(cleaned) if hit is None or hit.score < MATCH_THRESHOLD else None
        count = parse_english_number(group.group(1)) if group is not None else None
        if count is not None and count == int(count):
            hit = self._coded_hit("G", int(count)) or hit  # Group of Seven ↔ جی سیون، جی 7
        place = _STATE_FORM.fullmatch(cleaned) if hit is None or hit.score < MATCH_THRESHOLD else None
        if place is not None and any(e.type != "person" for e in gazetteer.lookup_english(place.group(1))):
            # Sultanate of Oman ↔ عمان, occupied West Bank ↔ مغربی کنارے: the place the words qualify
            core = self._english_hit(place.group(1), split_of)
            if core is not None and core.score >= MATCH_THRESHOLD:
                hit = core
        tail = 2 if " ".join(words[-2:]).lower() in _UNWRITTEN_PAIRS else 1
        if (hit is None or hit.score < MATCH_THRESHOLD) and len(words) > tail and (
                tail == 2 or words[-1].lower().rstrip(".") in _UNWRITTEN_TAILS):
            # `Gadap Town` ↔ گڈاپ, `Apple Inc` ↔ ایپل, `Shalkot police station` ↔ تھانہ شالکوٹ:
            # the place or company without the words
            core = self._english_hit(" ".join(words[:-tail]), split_of)
            if core is not None and core.score >= MATCH_THRESHOLD:
                hit = core
        if (hit is None or hit.score < MATCH_THRESHOLD) and len(words) > 1 and words[0].lower() in _UNWRITTEN_HEADS:
            core = self._english_hit(" ".join(words[1:]), split_of)
            if core is not None and core.score >= MATCH_THRESHOLD:
                hit = core
        glued = _ACRONYM_GLUED.fullmatch(cleaned) if hit is None or hit.score < MATCH_THRESHOLD else None
        if glued is not None:  # ESPNcricinfo ↔ ای ایس پی این کرک انفو: the acronym, then the word
            unglued = self._english_hit(f"{glued.group(1)} {glued.group(2).capitalize()}", split_of)
            if unglued is not None and unglued.score >= MATCH_THRESHOLD:
                hit = unglued
        if hit is None or hit.score < MATCH_THRESHOLD:
            hit = self._title_hit(words) or hit
        if (hit is None or hit.score < MATCH_THRESHOLD) and asked:
            hit = self._other_name_hit(cleaned) or hit
        if (hit is None or hit.score < MATCH_THRESHOLD) and asked and not known and _PLURAL_NAME.fullmatch(cleaned):
            hit = self._plural_hit(cleaned[:-1]) or hit
        if hit is not None and hit.score >= MATCH_THRESHOLD and self._other_place_qualifies(cleaned, hit):
            hit = _Hit(min(hit.score, 0.75), hit.method, hit.start, hit.n)
        if hit is not None and hit.score >= MATCH_THRESHOLD and self._alias_place_missing(cleaned, hit):
            hit = _Hit(min(hit.score, 0.75), hit.method, hit.start, hit.n)
        if hit is not None and hit.score >= MATCH_THRESHOLD and self._compass_differs(cleaned, hit):
            hit = _Hit(min(hit.score, 0.75), hit.method, hit.start, hit.n)
        if (hit is not None and hit.score >= MATCH_THRESHOLD and hit.n > 1 and hit.method == "transliteration"
                and self._word_swapped(cleaned, hit)):
            hit = _Hit(min(hit.score, 0.75), hit.method, hit.start, hit.n)
        return hit

    def _given_name_form_hit(self, cleaned: str) -> _Hit | None:
        """The name with its given name's other English form (`_given_name_forms`), heard word
        for word and exactly: a short form heard loosely is any word (Day Warner in دورانیے)."""
        words = cleaned.split()
        for other in _given_name_forms(cleaned):
            hit = self._english_hit(other, asked=True)
            if (hit is not None and hit.score >= _UNLISTED_EXACT_MIN and hit.n == len(words)
                    and all(_is_nameish(t) for t in self.tokens[hit.start : hit.start + hit.n])):
                return hit
        return None

    def _surname_alone(self, cleaned: str) -> _Hit | None:
        """`Jonathan Trott` where the article writes only ٹروٹ: a desk completes a person's name
        the article gives by the surname alone. Found (method `surname`, which the grounding check
        reports as a warning to verify) only where the surname is written as the name sounds, is
        no everyday word, and stands alone wherever the article writes it: not after another
        given name (مائیکل کلارک is not Shane Clarke) nor before another name word."""
        words = _strip_titles(cleaned.split())
        if not 2 <= len(words) <= _SURNAME_ALONE_WORDS:
            return None
        hit = self._part_heard(cleaned, words, -1)
        if hit is None:
            return None
        given, _ = _name_part_forms()
        for i, n in self._occurrences(hit):
            prev = self.tokens[i - 1] if i > 0 and self.joined_next[i - 1] else ""
            before = prev in given or prev in NAME_PARTS or (
                prev and prev not in URDU_FUNCTION and letter_of(prev) is not None) or (
                _is_nameish(prev) and (urdu_zipf(prev) < _RARE_GIVEN_ZIPF or (
                    not _everyday(prev) and bool(attested_spellings(prev)))))
            # (کیلاس اولسن: an unlisted given name; شاکر بنگش: one the names resource knows, Shakir)
            if before or self._name_follows(_Hit(hit.score, hit.method, i, n)):
                return None
        return _Hit(MATCH_THRESHOLD, "surname", hit.start, 1)

    def _part_heard(self, cleaned: str, words: list[str], at: int) -> _Hit | None:
        """Where the source writes one word of a person's name (`at`: 0 the given name, -1 the
        surname) as a name of its own: the known person's Urdu word, or the word as it sounds;
        no everyday word (خان، شریف، احمد stand for no one person; نکلے, came out, is no Angelo)."""
        known = gazetteer.lookup_english(cleaned)
        if not person_like(words) or any(e.type != "person" for e in known):
            return None
        hit = self._known_word_hit(known, at) or self._english_hit(words[at], False)
        if hit is None or hit.n != 1 or hit.score < _KNOWN_SPELLING_MIN or self._ordinary(hit):
            return None
        tok = self.tokens[hit.start]
        if not _is_nameish(tok) or urdu_zipf(tok) >= _EVERYDAY_SURNAME_ZIPF or urdu_inflected(tok):
            return None
        return hit

    def _known_word_hit(self, known: Sequence[gazetteer.GazEntry], at: int) -> _Hit | None:
        """The source's first token that is word `at` (0 the given name, -1 the surname) of a known
        person's Urdu spelling: شیکھر دھون's دھون, not the دھونی a sound match would take first."""
        forms = {fold_token(u.split()[at]) for e in known for u in e.urdu if " " in u.strip()}
        return next((_Hit(1.0, "known_person", i, 1) for i, tok in enumerate(self.tokens) if tok in forms), None)

    def _given_name_alone(self, cleaned: str) -> _Hit | None:
        """`Alia Bhatt` where the article writes only عالیہ: a film star or a player the article
        names by the given name alone, which the desk completes (method `surname` too: a warning to
        verify). Only where that given name is written as it sounds, is no everyday word, and
        stands alone wherever the article writes it: after no other name word and before none
        (عالیہ بھٹ is not Alia Kapoor)."""
        words = _strip_titles(cleaned.split())
        hit = self._part_heard(cleaned, words, 0) if len(words) == 2 else None
        if hit is None:
            return None
        given, _ = _name_part_forms()
        for i, n in self._occurrences(hit):
            prev = self.tokens[i - 1] if i > 0 and self.joined_next[i - 1] else ""
            if (prev in given or prev in NAME_PARTS or prev in _HONORIFICS_BEFORE or not self._whole_word(i)
                    or self._name_follows(_Hit(hit.score, hit.method, i, n))):
                return None  # (ڈاکٹر نادیہ: a Pakistani woman the article names by title and given
                # name, whose surname a brief must not supply; عبدال of عبدالعلیم is no name alone)
        return _Hit(MATCH_THRESHOLD, "surname", hit.start, 1)

    def _whole_word(self, i: int) -> bool:
        """Token i is a word the source writes whole, not a piece the index split off (عبدال)."""
        start, end = self.bounds(i, 1)
        return not (self.source[start - 1 : start].isalpha() or self.source[end : end + 1].isalpha())

    def _word_swapped(self, cleaned: str, hit: _Hit) -> bool:
        """A people or sect of the name (Shia شیعہ) is missing from the hit, which holds another
        in its stead (سنی Sunni): the Shia Waqf Board is not سنی وقف بورڈ, however much of the
        rest sounds alike."""
        written = self.tokens[hit.start : hit.start + hit.n]
        toks = [t[len(_ARTICLE):] if t.startswith(_ARTICLE) and len(t) > 4 else t for t in written]
        here = set(toks) | set(written) | {a + b for a, b in pairwise(toks)}
        # the word may stand just beside the hit, past an Urdu word the name leaves out: not missing
        near = here | set(self.tokens[max(hit.start - _SWAP_REACH, 0) : hit.start + hit.n + _SWAP_REACH])
        latin = re.findall(r"[A-Za-z]+", cleaned)
        mine = {_singular(w.lower()) for w in latin}
        acronyms = {w.lower() for w in latin if is_acronym(w)}  # a word in capitals (THAI) is letters, not a people
        forms = _word_forms()
        if not any(w in forms and w not in acronyms
                   and not any(fuzz.ratio(f, t) >= _SWAP_SOUND_ALIKE for f in forms[w] for t in near) for w in mine):
            return False
        words_of = _words_of_forms()
        skeletons = [english_skeleton(w) for w in mine]
        return any(words_of.get(t) and not words_of[t] & mine
                   and not any(fuzz.ratio(english_skeleton(o), s) >= _SWAP_SOUND_ALIKE for o in words_of[t] for s in skeletons)
                   and not any(fuzz.ratio(urdu_skeletons(t)[0], s) >= _SWAP_SOUND_ALIKE for s in skeletons)
                   for t in here)

    def _plural_hit(self, stem: str) -> _Hit | None:
        """A name in the plural (the three Khans, the Kapoors) where the source writes the Urdu
        plural of the name (تینوں خانوں): a word that is also everyday (خانوں, of خانہ) counts here,
        as both sides say the name is many."""
        for i, tok in enumerate(self.tokens):
            if not tok.endswith(_OBLIQUE_PLURAL) or urdu_zipf(tok) >= _PLURAL_NAME_ZIPF:
                continue
            singular = tok[: -len(_OBLIQUE_PLURAL)]
            if len(singular) >= 3 and NameIndex(singular).match_english(stem).score >= MATCH_THRESHOLD:
                return _Hit(0.9, "transliteration", i, 1)
        return None

    def _compass_differs(self, cleaned: str, hit: _Hit) -> bool:
        """The name's compass word and the hit's are other directions (South Waziristan is not
        شمالی وزیرستان, however much of it sounds alike)."""
        mine = english_compass(cleaned.split())
        theirs = self._compass_at(hit)
        return bool(mine) and bool(theirs) and not mine & theirs

    def _urdu_compass_differs(self, words: list[str], hit: _Hit) -> bool:
        """`_compass_differs` for an Urdu name."""
        mine = {COMPASS[w] for w in words if w in COMPASS}
        theirs = self._compass_at(hit)
        return bool(mine) and bool(theirs) and not mine & theirs

    def _compass_at(self, hit: _Hit) -> set[int]:
        """The directions of the compass words in the hit or right before it (South Korea's
        کوریا in شمالی کوریا is North Korea's)."""
        start = hit.start - 1 if hit.start and self.joined_next[hit.start - 1] else hit.start
        return {COMPASS[t] for t in self.tokens[start : hit.start + hit.n] if t in COMPASS}

    def _letter_names(self, hit: _Hit) -> bool:
        """Every word of the hit is a letter's name (آئی سی ایل)."""
        return all(letter_of(t) is not None for t in self.tokens[hit.start : hit.start + hit.n])

    def _other_name_hit(self, cleaned: str) -> _Hit | None:
        """A place's or body's other English name found where this one is not: the source's
        آزاد جماں کشمیر (a slip for جموں) is Azad Kashmir, so Azad Jammu and Kashmir too."""
        low = cleaned.lower()
        asked = set(low.split())
        for entry in gazetteer.lookup_english(cleaned):
            if entry.type == "person":
                continue
            for other in (entry.english, *entry.aliases):
                # not an acronym (AP for Associated Press), nor a body's name of fewer of the same
                # words (Cricket West Indies, found in ویسٹ انڈیز کرکٹ ٹیم, for West Indies Cricket Board)
                fewer = entry.type != "location" and set(other.lower().split()) < asked
                if other.lower() != low and not is_acronym(other) and not fewer:
                    found = self._english_hit(_clean_english(other), False)
                    if found is not None and found.score >= MATCH_THRESHOLD:
                        return found
        return None

    def _alias_place_missing(self, cleaned: str, hit: _Hit) -> bool:
        """The name is another English name of a known body with a place added (Sindh Rangers,
        Punjab Ombudsman beside Pakistan Rangers ↔ رینجرز, Provincial Ombudsman ↔ صوبائی محتسب),
        and the source names that place nowhere: a province's force or office is not another's."""
        entries = gazetteer.lookup_english(cleaned)
        key = gazetteer.english_key(cleaned)
        if not entries or any(gazetteer.english_key(e.english) == key or e.type != "organization" for e in entries):
            return False
        words = cleaned.split()
        canonical = {w.lower() for e in entries for w in e.english.split()}
        joined = "".join(self.tokens[hit.start : hit.start + hit.n])
        for n in (2, 1):
            for i in range(len(words) - n + 1 if n < len(words) else 0):
                place = " ".join(words[i : i + n])
                places = gazetteer.lookup_english(place)
                if not places or any(e.type != "location" for e in places) or place.lower() in canonical or (
                        place.lower() in _HOME_COUNTRY):
                    continue
                if any(fold_token(f).replace(" ", "") in joined for e in places for f in e.urdu):
                    continue
                if self.match_english(place).score < MATCH_THRESHOLD:
                    return True
        return False

    def _lineage_cut(self, words: list[str], split_of: bool) -> _Hit | None:
        """An Arabic name whose later lineage or family name the Urdu leaves out (King Abdullah
        bin Abdulaziz Al Saud ↔ شاہ عبداللہ بن عبدالعزیز; Khalid bin Salman bin Abdulaziz ↔ خالد بن
        سلمان): the name up to a later bin or Al, keeping at least one bin and the name after it."""
        low = [w.lower() for w in words]
        for k in range(len(words) - 1, 2, -1):
            cut_here = low[k] in _BIN_WORDS or low[k] == "al" or low[k].startswith("al-")
            if cut_here and low[k - 1] not in _BIN_WORDS and any(w in _BIN_WORDS for w in low[1 : k - 1]):
                found = self._english_hit(" ".join(words[:k]), split_of)
                if found is not None and found.score >= MATCH_THRESHOLD:
                    return found
        return None

    def _heard(self, words: list[str], opening: bool = False) -> _Hit | None:
        readings = [english_readings(w) if w.lower() not in _ABDUL_FORMS
                    else ((_ABDUL_KEY, "abdul"), *english_readings(w)) for w in words]
        opening = opening and len(words) == 2 and "-" not in words[1]
        hit = self._transliteration([(english_skeleton(w), english_loose(w)) for w in words], readings, opening)
        if hit is not None and MATCH_THRESHOLD <= hit.score < 1.0 and self._other_given_names(words, hit):
            hit.score = min(hit.score, 0.75)  # Tariq Ahmed Pirzada is not طارق محمود پیرزادہ
        if hit is not None and hit.score >= MATCH_THRESHOLD and self._other_place_word(words, hit):
            hit.score = min(hit.score, 0.75)  # Quetta Dolphins is not کراچی ڈولفنز
        if hit is not None and hit.score < 1.0 and hit.n < len(words) and person_like(words) and (
                self._name_follows(hit)) and not self._in_run(hit) and not any(
                hit.start <= i <= hit.start + hit.n for _, i, _ in self._alt_hits(readings[-1])):
            # the brief's last word is not in the run, and the source's run goes on with another
            # name word: طارق محمود پیرزادہ is not Tariq Mahmood Khokhar
            hit.score = min(hit.score, 0.75)
        if (hit is not None and MATCH_THRESHOLD <= hit.score < 1.0 and len(words) >= 3 and hit.n == len(words)
                and person_like(words) and len(words[-1]) >= 4
                and not _known_other_than_person(words)
                and not self._surname_heard(readings[-1], hit.start + hit.n - 1)):
            # every word but the surname heard: ظفر اقبال اعوان is not Zafar Iqbal Khan
            hit.score = min(hit.score, 0.75)
        if (hit is None or hit.score < MATCH_THRESHOLD) and len(words) == 2 and person_like([_AL_PREFIX.sub("", w) for w in words]):
            hit = self._middle_names_left_out(words) or hit
        if hit is not None:
            hit.score = round(hit.score, 4)  # as reported: a 0.79999 heard is judged as the 0.8 it is shown as
        return hit

    def _other_place_word(self, words: list[str], hit: _Hit) -> bool:
        """Word for word, an English word is a known place and the source's word another known
        place (Quetta Dolphins against کراچی ڈولفنز): the rest of the name alike, another team."""
        toks = self.tokens[hit.start : hit.start + hit.n]
        if len(toks) != len(words) or len(words) < 2:
            return False
        for w, t in zip(words, toks, strict=True):
            ours = {e.english for e in gazetteer.lookup_english(w) if e.type == "location"}
            theirs = {e.english for e in gazetteer.lookup_urdu(t) if e.type == "location"}
            if ours and theirs and not ours & theirs:
                return True
        return False

    def _other_given_names(self, words: list[str], hit: _Hit) -> bool:
        """Word for word, some English word and the source's word are two different names."""
        toks = self.tokens[hit.start : hit.start + hit.n]
        table, _ = _name_part_forms()
        # a name written in two words (ثنا اللہ) need not align one to one; عبدال split off its name
        # by the index does (Abdul Rashid is not عبدالرحمٰن)
        if any(a + b in table and a != _ABD_AL for a, b in pairwise(toks)):
            return False
        return len(toks) == len(words) >= 1 and any(_other_given_name(w, t) for w, t in zip(words, toks, strict=True))

    def _surname_heard(self, readings: tuple[tuple[str, str], ...], at: int) -> bool:
        """The name's last word is heard in the source's token `at` on its own."""
        return any(i <= at < i + n and sc >= _SURNAME_HEARD for sc, i, n in self._alt_hits(readings))

    def _middle_names_left_out(self, words: list[str]) -> _Hit | None:
        """A given name and a surname the source writes with everyday middle names between
        (اویس احمد لغاری for Awais Leghari, عمر حسن احمد البشیر for Omar al-Bashir): the two
        words around one or two name parts, read as one name without them."""
        toks, name = self.tokens, " ".join(words)
        for i in range(len(toks) - 2):
            for gap in (1, 2):
                j = i + gap + 1
                if j >= len(toks) or not all(self.joined_next[i:j]) or not all(t in NAME_PARTS for t in toks[i + 1 : j]):
                    continue
                if urdu_zipf(toks[j]) >= 4.8 or toks[j] in URDU_FUNCTION:
                    continue  # a surname that is an everyday name part (علی، خان) is no evidence
                pair = NameIndex(f"{toks[i]} {toks[j]}")
                if pair.match_english(words[-1]).score >= MATCH_THRESHOLD and (
                        pair.match_english(name).score >= MATCH_THRESHOLD):
                    return _Hit(0.9, "transliteration", i, j - i + 1)
        return None

    def _first_word_only(self, cleaned: str) -> _Hit | None:
        """A known organisation the source names by its first word alone, a word that begins no
        other known name (Amnesty International ↔ ایمنسٹی کے مطابق): as `_short_form` for Urdu."""
        for entry in gazetteer.lookup_english(gazetteer.HYPHEN_TAIL.sub("", cleaned)):
            hit = self._first_word_of(entry) if entry.type == "organization" else None
            if hit is not None:
                return hit
        return None

    def _first_word_of(self, entry: gazetteer.GazEntry) -> _Hit | None:
        """Where the source writes the first word of one of the entry's Urdu forms alone, when
        that word begins no other known name and is no everyday word (ایمنسٹی of ایمنسٹی انٹرنیشنل).
        Only the full name's first word: a short form's (صرافہ of صرافہ ایسوسی ایشن) is often a
        word of the trade (صرافہ مارکیٹ, the bullion market)."""
        for form in entry.urdu[:1]:
            words = [fold_token(w) for w in form.split()]
            if len(words) >= 2 and words[0] in gazetteer.distinctive_first_words() and not _everyday(words[0]):
                # not where the source goes on with the name's next word: جنتا دل سیکولر names
                # another Janata Dal than the brief's (United)
                where = [(i, n) for i, n in self._ngrams.get(words[0], [])
                         if not (i + n < len(self.tokens) and self.joined_next[i + n - 1] and self.tokens[i + n] == words[1])]
                if where:
                    return _Hit(0.9, "alias", where[0][0], where[0][1])
        return None

    def _initials_then_name(self, cleaned: str) -> _Hit | None:
        """Initials and a surname. `APJ Abdul Kalam`, `G M Srivastava`: the source spells the
        initials as letter names (اے پی جے) right before the rest of the name; `AQ Khan`: it writes
        the given names the initials stand for (عبدالقدیر خان); `Ibrahim Ismail Chundrigar`: the
        brief writes in full the given names the source gives as initials (آئی آئی چندریگر)."""
        words = _strip_titles(cleaned.split())
        letters, k = _leading_initials(words)
        spelt_out = False
        if not 2 <= len(letters) <= 4 or k >= len(words):
            if len(words) < 3 or not all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in words):
                return None
            letters, k, spelt_out = "".join(w[0] for w in words[:-1]), len(words) - 1, True
        rest = self._english_hit(" ".join(words[k:]), False)
        if rest is None or rest.score < MATCH_THRESHOLD:
            return None
        n = rest.n
        for start, _ in self._occurrences(rest):
            for i in range(max(0, start - 2 * len(letters)), start):
                got = self._acronym_hit(letters, i)
                if got is not None and got.start + got.n == start:
                    return _Hit(rest.score, rest.method, i, start + n - i)
            given = None if spelt_out else self._given_names_of(letters, start)
            if given is not None:
                return _Hit(rest.score, rest.method, given, start + n - given)
        return None

    def _given_names_of(self, letters: str, start: int) -> int | None:
        """Where the name words right before token `start` begin, when their English initials
        are these letters (عبدالقدیر for AQ, ذوالفقار علی for ZA)."""
        from summarizer.names.romanize import english_spelling

        for j in range(start - 1, max(-1, start - 1 - len(letters)), -1):
            if not (self.joined_next[j] or self._split_word_at(j)) or not _is_nameish(self.tokens[j]):
                return None
            spelt = english_spelling(self._norm.text[self._starts[j] : self._ends[start - 1]], "person")
            if "".join(w[0] for w in spelt.replace("-", " ").split() if w[:1].isupper()) == letters:
                return j
        return None

    def _given_and_surname(self, cleaned: str) -> _Hit | None:
        """`Muhammad Rafiq Tarar` for رفیق تارڑ, `Samsam Ali Shah Bukhari` for صمصام بخاری: a desk
        prints a person's full name where Urdu papers write a shorter one. Tried, each as a run of
        two words or more in the source: the first and last words; the name without its leading
        Muhammad, Syed or Agha; without a Khan (ثنا اللہ زہری for Sanaullah Khan Zehri); and
        without its family name (حسین نواز for Hussain Nawaz Sharif), only where the source's run
        is not followed by another name word (طارق محمود پیرزادہ is not Tariq Mahmood Khokhar)."""
        words = _strip_titles(cleaned.split())
        if len(words) < 3 or not all(
                (w[:1].isupper() or w.lower() in _NAME_PARTICLES) and w.replace("-", "").replace("'", "").isalpha()
                for w in words):
            return None
        if words[0].lower() in _NAME_PARTICLES or words[-1].lower() in _NAME_PARTICLES:
            return None
        if any(w.lower() in NAME_WORDS or any(e.type != "person" for e in gazetteer.lookup_english(w))
               for w in words[:-1]) or words[-1].lower() in NAME_WORDS:
            return None  # `Awami National Party`, `Shah Faisal Colony`: not a person's name
        surname_kind = [e.type for e in gazetteer.lookup_english(words[-1])]
        core = words
        while len(core) > 2 and core[0].lower() in _LEADING_NAME_PARTS:
            core = core[1:]
        tries = [[words[0], words[-1]]] if not surname_kind or surname_kind == ["person"] else []
        if core is not words:
            tries += [core, [core[0], core[-1]]]
        no_khan = [w for w in core if w.lower() != "khan"]
        if 2 <= len(no_khan) < len(core):
            tries.append(no_khan)
        for kept in tries:
            hit = self._english_hit(" ".join(kept), False)
            if hit is not None and hit.score >= _KNOWN_SPELLING_MIN and hit.n >= 2:  # close: two words only
                if (kept is no_khan and core[-1].lower() == "khan" and self._name_follows(hit)
                        and not _known_other_than_person(words)):
                    continue  # ظفر اقبال اعوان is not Zafar Iqbal Khan: the source's run goes on with another surname
                if hit.n == len(words) and self._other_given_names(words, hit):
                    continue  # طارق محمود پیرزادہ is not Tariq Ahmed Pirzada: its middle name is another
                return hit
        if "-" in words[-1] or surname_kind:
            return None  # Quaid-i-Azam, Sargodha: a title or a place, not a family name to leave out
        for full in (core, no_khan):
            if len(full) >= 3 and full[-2].lower() not in _NAME_PARTICLES:
                hit = self._english_hit(" ".join(full[:-1]), False)
                if hit is not None and hit.score >= _KNOWN_SPELLING_MIN and hit.n >= 2 and not self._name_follows(hit):
                    return hit
        return None

    def _titled_name(self, cleaned: str) -> _Hit | None:
        """`Allama Mohammad Iqbal` ↔ علامہ اقبال, `Capt (retd) Muhammad Safdar` ↔ کیپٹن ریٹائرڈ
        صفدر, `Pir Sahib Pagara` ↔ پیر پگارا: a title and one name word, with the title written
        right before the name, when the brief adds a Muhammad or a Sahib the Urdu leaves out."""
        words = cleaned.split()
        rest = _strip_titles(words)
        titles = [w for w in words[: len(words) - len(rest)] if w.lower().strip(".") not in _RETIRED]
        rest = [w for w in rest if w.lower().strip(".") not in _RETIRED | _SAHIB]
        while len(rest) > 1 and rest[0].lower() in _LEADING_NAME_PARTS:
            rest = rest[1:]
        if not titles or len(rest) != 1 or len(rest) == len(words) - len(titles):
            return None  # no word left out: matched as written already
        hit = self._english_hit(rest[0], False)
        if hit is None or hit.score < _KNOWN_SPELLING_MIN:
            return None
        title_at = self._title_places(titles[-1])
        for start, n in self._occurrences(hit):
            for i in (start - 1, start - 2):  # ریٹائرڈ may stand between
                if i in title_at and all(self.joined_next[i:start]):
                    return _Hit(hit.score, hit.method, i, start + n - i)
        return None

    def _title_places(self, title: str) -> frozenset[int]:
        """Tokens where the source writes this English title (its listed Urdu or as it sounds)."""
        role = english_role(title)
        if role is not None:
            forms = {fold_token(f) for f in role.urdu}
            return frozenset(i for i, t in enumerate(self.tokens) if t in forms)
        return frozenset(i for sc, i, n in self._alt_hits(english_readings(title)) if n == 1 and sc >= MATCH_THRESHOLD)

    def _other_body_kind(self, cleaned: str, hit: _Hit) -> bool:
        """The English name calls the body one kind (Union) and the source's words it lands on,
        written in English as they sound, another (فیڈریشن Federation): another body, however
        alike the rest of the name."""
        said = {w.lower() for w in cleaned.split()} & _BODY_KINDS
        if not said:
            return False
        table = loanwords()
        written = {table[t].lower() for t in self.tokens[hit.start : hit.start + hit.n] if t in table}
        return bool(written & _BODY_KINDS) and not (written & said)

    def _other_place_heads_body(self, cleaned: str, hit: _Hit) -> bool:
        """A known body's short form (صرافہ ایسوسی ایشن) that the source heads with another place
        than the body's full name does (آل سندھ صراف ایسوسی ایشن for the All Pakistan Sarafa
        Association): a regional body, not the one named."""
        if not (hit.start > 0 and self.joined_next[hit.start - 1]):
            return False
        before = self.tokens[hit.start - 1]
        if not any(e.type == "location" for e in gazetteer.lookup_urdu(before)):
            return False
        written = "".join(self.tokens[hit.start : hit.start + hit.n])
        heads = [words[-hit.n - 1] for e in gazetteer.lookup_english(cleaned) if e.type == "organization"
                 for form in e.urdu if len(words := [fold_token(w) for w in form.split()]) > hit.n
                 and fuzz.ratio("".join(words[-hit.n :]), written) >= _TAIL_ALIKE]
        return bool(heads) and before not in heads

    def _other_place_qualifies(self, cleaned: str, hit: _Hit) -> bool:
        """A name qualified by a place (Punjab Netball Association, Balochistan High Court) found
        where the source writes its other words right after another place (سندھ نیٹ بال ایسوسی
        ایشن, سندھ ہائی کورٹ): the source names another place's body."""
        if hit.start == 0 or not self.joined_next[hit.start - 1]:
            return False
        words = cleaned.split()
        places = [" ".join(words[i : i + n]) for n in (2, 1) for i in range(len(words) - n + 1)
                  if n < len(words) and gazetteer.names_a_place(" ".join(words[i : i + n]), english=True)]
        if not places or gazetteer.names_a_place(cleaned, english=True):
            return False
        placed = " ".join(places).split()
        if not any(w.lower() in NAME_WORDS for w in words if w not in placed):
            return False  # a body's words (Association, Court), not a person's (Abdullah of Jordan)
        inside = self.tokens[hit.start : hit.start + hit.n]
        if any(gazetteer.names_a_place(t) for t in inside) or any(gazetteer.names_a_place(f"{a} {b}") for a, b in itertools.pairwise(inside)):
            return False  # the source writes a place inside what was found
        before = [(hit.start - 1, self.tokens[hit.start - 1])]
        if hit.start >= 2 and self.joined_next[hit.start - 2]:
            before.append((hit.start - 2, f"{self.tokens[hit.start - 2]} {self.tokens[hit.start - 1]}"))
        at = [i for i, text in before if gazetteer.names_a_place(text) and not _holds_places(text, places)]
        wheres = [w for place in places if (w := self._english_hit(place, False)) is not None and w.score >= MATCH_THRESHOLD]
        if not at:
            # the same place two words before, with a word of the source's name between (پاکستان
            # اسلامک میڈیکل ایسوسی ایشن is not the Pakistan Medical Association)
            j = hit.start - 2
            if not (j >= 0 and self.joined_next[j] and self.tokens[j + 1] not in URDU_FUNCTION
                    and _is_nameish(self.tokens[j + 1])
                    and any(s <= j < s + n for w in wheres for s, n in self._occurrences(w))):
                return False
            others = [w for w in words if w not in placed and w.lower() not in _NAME_JOINERS]
            return not any(s <= j + 1 < s + n for w in others if (h := self._english_hit(w, False)) is not None
                           for s, n in self._occurrences(h))  # (انڈین نیشنل کانگریس: National is the name's)
        # the same place written before it (امریکی خفیہ سروس: US Secret Service)
        return not any(s <= i < s + n for w in wheres for s, n in self._occurrences(w) for i in at)

    def _other_surname_follows(self, cleaned: str, hit: _Hit) -> bool:
        """A known person's shorter form (سمیع اللہ for Samiullah Khan) that the source goes on
        with another surname than the person's (سمیع اللہ نیازی): another person of that name."""
        if not self._name_follows(hit):
            return False
        written = [fold_token(w) for w in LETTERS.findall(self.span(hit.start, hit.n).text)]
        longer = [f.split() for e in gazetteer.lookup_english(cleaned) if e.type == "person" for f in e.urdu
                  if len(f.split()) > len(written) and f.split()[: len(written)] == written]
        return bool(longer) and all(f[len(written)] != self.tokens[hit.start + hit.n] for f in longer)

    def _name_follows(self, hit: _Hit) -> bool:
        """The source's run goes on with another name word, no punctuation between (a surname
        other than the brief's)."""
        after = hit.start + hit.n
        return 0 < after < len(self.tokens) and self.joined_next[after - 1] and _is_nameish(self.tokens[after])

    def _occurrences(self, hit: _Hit) -> list[tuple[int, int]]:
        """(start, n) of every place the source writes the hit's words, the hit's own first."""
        return self._ngrams.get("".join(self.tokens[hit.start : hit.start + hit.n]), [(hit.start, hit.n)])

    def has_word(self, word: str) -> bool:
        """The source has this English word of a name, translated (`name_words.tsv`, a known
        name's forms) or as it sounds (Bank ↔ بینک, Cricket ↔ کرکٹ)."""
        if self._named_places(word):
            return True
        # as it sounds, loanwords Urdu uses every day included (گراؤنڈ, مانیٹرنگ)
        return any(sc >= _LOANWORD_MIN for sc, _, _ in self._alt_hits(english_readings(word)))

    def _word_places(self, word: str) -> list[tuple[int, int, bool]]:
        """(start, n, translated) of the source windows one English name word can be: its Urdu
        translations (`name_words.tsv`), a known name's forms (UN ↔ اقوام متحدہ), or as it sounds."""
        out = self._named_places(word)
        if not is_acronym(word):
            out += [(i, n, False) for sc, i, n in self._alt_hits(english_readings(word))
                    if sc >= _SOUND_WORD_MIN and (sc >= _EVERYDAY_SOUND_MIN or not all(_everyday(t) for t in self.tokens[i : i + n]))]
        return out

    def _named_places(self, word: str) -> list[tuple[int, int, bool]]:
        """The windows of `_word_places` found by translation, a known name's forms or acronym."""
        out: list[tuple[int, int, bool]] = []
        low = word.lower()
        # a plural the table lists only in the singular (Forests ↔ جنگلات under forest)
        forms = NAME_WORDS.get(low, ()) + (NAME_WORDS.get(low[:-1], ()) if low.endswith("s") and len(low) > 4 else ())
        # and a singular used as a modifier, which Urdu makes a plural genitive (refugee agency ↔
        # پناہ گزینوں کا ادارہ)
        forms += NAME_WORDS.get(low + "s", ()) if not low.endswith("s") else ()
        # a masculine noun in -ہ/-ا before a postposition or in a plural ends in ے (ادارہ → یورپی خلائی ادارے)
        forms += tuple(f[:-1] + _OBLIQUE for f in forms if len(f) >= 4 and f[-1] in _DIRECT_ENDINGS and " " not in f)
        for form in forms:
            out += [(i, n, True) for i, n in self._ngrams.get(form, ())]
        for forms, _ in _english_forms(word)[:2]:
            for form in forms:
                out += [(i, n, True) for i, n in self._ngrams.get(gazetteer.urdu_key(form), ())]
        if is_acronym(word):
            hit = self._acronym_hit(word.replace(".", "").upper())
            if hit is not None:
                out.append((hit.start, hit.n, True))
        return out

    def _translated_hit(self, cleaned: str) -> _Hit | None:
        """`_translated_words` on the name's words, then, when they fail, with a known
        organisation inside it kept as one unit (British House of Commons ↔ برطانوی دارالعوام)."""
        words = []
        for w in cleaned.split():
            w = w.strip(".,;:")
            if w.lower() in NAME_WORDS or "-" not in w:
                words.append(w)
            else:
                words += [p for p in w.split("-") if p]
        if len(words) == 1:
            return self._phrase_translated(words[0])
        runs = _known_runs(words)
        hit = self._translated_words(runs)
        if hit is None:
            with_orgs = _known_runs(words, translated_orgs=True)
            hit = self._translated_words(with_orgs) if with_orgs != runs else None
        if hit is None and runs != words:
            hit = self._translated_words(words)  # Central Asia Regional ... ↔ وسطی ایشیائی علاقائی ...: the place as its adjective
        return hit

    def _phrase_translated(self, word: str) -> _Hit | None:
        """A one-word name that Urdu translates by a phrase (Commonwealth ↔ دولت مشترکہ,
        Archaeology ↔ آثار قدیمہ): the phrase names it. A translation of one word is no evidence
        for a one-word name (Police ↔ پولیس, an everyday word)."""
        for form in NAME_WORDS.get(word.lower(), ()):
            if form not in NAME_WORD_SINGLES:
                for i, n in self._ngrams.get(form, ()):
                    if n >= 2:
                        return _Hit(0.95, "translation", i, n)
        return None

    def _alias_translated(self, cleaned: str) -> _Hit | None:
        """A listed body's English name of several words, translated in the source, for a name
        the brief writes as its acronym (UNHCR ↔ UN Refugee Agency ↔ اقوام متحدہ کے پناہ گزینوں کے
        ادارے). Only for an acronym: a name of words is matched as its own words."""
        if not is_acronym(cleaned):
            return None
        for entry in gazetteer.lookup_english(cleaned):
            if entry.type != "organization":
                continue
            for alias in (entry.english, *entry.aliases):
                if alias.lower() != cleaned.lower() and len(alias.split()) >= 2:
                    hit = self._translated_hit(alias)
                    if hit is not None:
                        return hit
        return None

    def _translated_words(self, words: list[str]) -> _Hit | None:
        """A name of two or more words that the source translates, wholly or in part, in any
        order and within one short stretch: `Meteorological Department` ↔ محکمہ موسمیات,
        `National Action Plan` ↔ قومی ایکشن پلان, `UN Human Rights Council` ↔ اقوام متحدہ کی
        ہیومن رائٹس کونسل. At least one word must be found by translation (sound alone is the
        transliteration path's job), and the stretch may hold only one other word that is not a
        function word."""
        # the Arabic article of a hyphened word (Imam al-Sadiq Mosque ↔ مسجد امام صادق) need not be written
        content = [w for w in words if w.lower() not in _NAME_JOINERS and w.lower() not in ("al", "el") and w]
        if any(w.lower() == "provincial" for w in content) and any(
                e.type == "location" for w in content for e in gazetteer.lookup_english(w)):
            content = [w for w in content if w.lower() != "provincial"]  # Punjab Provincial Assembly ↔ پنجاب اسمبلی
        while len(content) > 2 and content[-1].lower().rstrip(".") in _LEGAL_SUFFIXES:
            content = content[:-1]  # Meezan Bank Limited ↔ میزان بینک: papers drop the company's legal form
        if len(content) < 2 or len(content) > 6:
            return None
        places = [self._word_places(w) for w in content]
        if not all(places) or not any(t for p in places for _, _, t in p):
            return None
        width = 2 * len(content) + 2
        starts = sorted({i for p in places for i, _, _ in p})
        best: tuple[int, int] | None = None
        for s0 in starts:
            chosen = []
            for p in places:
                inside = [(i, n, t) for i, n, t in p if s0 <= i and i + n <= s0 + width]
                if not inside:
                    break
                chosen.append(min(inside, key=lambda h: h[0]))
            else:
                if not any(t for _, _, t in chosen):
                    continue
                lo, hi = min(i for i, _, _ in chosen), max(i + n for i, n, _ in chosen)
                covered = {j for i, n, _ in chosen for j in range(i, i + n)}
                extra = [j for j in range(lo, hi) if j not in covered and self.tokens[j] not in URDU_FUNCTION]
                if any(_names_a_part(self.tokens[j]) and not self._in_place_name(j) for j in extra):
                    continue  # پاکستان اسلامک میڈیکل ایسوسی ایشن is not the Pakistan Medical Association
                if len(extra) <= 1 and all(self.joined_next[lo : hi - 1]) and (best is None or hi - lo < best[1]):
                    best = (lo, hi - lo)
        return _Hit(0.95, "translation", best[0], best[1]) if best is not None else None

    def _in_place_name(self, j: int) -> bool:
        """Token j is one word of a place of two words (عرب of سعودی عرب)."""
        pairs = [(j - 1, j), (j, j + 1)]
        return any(a >= 0 and b < len(self.tokens) and self.joined_next[a] and any(
            e.type == "location" for e in gazetteer.lookup_urdu(f"{self.tokens[a]} {self.tokens[b]}")) for a, b in pairs)

    def _inside_letter_run(self, i: int, n: int) -> bool:
        """Letter names that are part of a longer acronym: پی پی in اے پی پی is not PPP's."""
        words = self.tokens[i : i + n]
        if not words or not all(letter_of(w) for w in words):
            return False
        before = i > 0 and self.joined_next[i - 1] and letter_of(self.tokens[i - 1]) is not None and not (
            self._everyday_letters_end(i))
        after = (i + n < len(self.tokens) and self.joined_next[i + n - 1] and self.tokens[i + n] != _KE
                 and letter_of(self.tokens[i + n]) is not None)
        return before or after

    def _letters_before(self, i: int) -> int:
        """How many letter names run on before token i (کے, "of", is no letter here). One stray
        letter opens a longer acronym (اے + پی ڈی ایم); two or more are usually an acronym or a
        title of their own (ڈی جی + آئی ایس پی آر). A letter after is often a suffix the name
        drops (او جی ڈی سی + ایل, Limited; جے ڈی + ایس, Secular), so it is not counted."""
        toks, joined = self.tokens, self.joined_next
        before = 0
        while i - before - 1 >= 0 and joined[i - before - 1] and toks[i - before - 1] != _KE and (
                letter_of(toks[i - before - 1]) is not None):
            before += 1
        return before

    def _everyday_letters_end(self, i: int) -> bool:
        """The letter names before token i are an everyday acronym of their own (ٹی وی این بی سی:
        the TV channel NBC), not the start of a longer one."""
        for k in (2, 3):
            if i - k >= 0 and all(self.joined_next[i - k : i]) and (
                    i - k == 0 or not self.joined_next[i - k - 1] or letter_of(self.tokens[i - k - 1]) is None):
                letters = [letter_of(t) for t in self.tokens[i - k : i]]
                if all(letters) and "".join(str(x) for x in letters) in COMMON_ACRONYMS:
                    return True
        return False

    def _home_country(self) -> _Hit | None:
        """A compound that clips Pakistan to پاک before another country (پاک بھارت میچ). And
        Pakistani agency copy says قومی ٹیم / قومی اسمبلی for Pakistan's team and assembly and
        credits the agency (اے پی پی): with both, Pakistan is the nation the text calls قومی.
        (The credit alone is not enough: the agencies also file foreign stories.)"""
        for i, tok in enumerate(self.tokens[:-1]):  # پاک بھارت، پاک افغان سرحد: Pakistan clipped before a country
            if tok == "پاک" and any(e.type == "location" for e in gazetteer.lookup_urdu(self.tokens[i + 1])):
                return _Hit(0.9, "home_country", i, 1)
        national = next((i for i, tok in enumerate(self.tokens) if tok in _NATIONAL), None)
        if national is None:
            return None
        for i in range(len(self.tokens)):
            for n in range(3, 0, -1):
                if "".join(self.tokens[i : i + n]) in _PAKISTANI_AGENCIES and all(self.joined_next[i : i + n - 1]):
                    return _Hit(0.85, "home_country", national, 1)
        return None

    def _word_of_known_form(self, hit: _Hit, known: tuple[tuple[tuple[str, ...], str], ...]) -> bool:
        """The hit is the last word of a known Urdu form of this very English name (جناح of
        محمد علی جناح for "Jinnah"): the list vouches for it however everyday the word is."""
        words = self.tokens[hit.start : hit.start + hit.n]
        return bool(words) and any(
            tuple(form.split()[-len(words):]) == tuple(words) and len(form.split()) > len(words)
            for forms, _ in known for form in forms)

    def _ordinary(self, hit: _Hit) -> bool:
        """The hit's words are all everyday Urdu words (`قابل`, `مزید`), not a name's, and
        the source does not use them in a name slot (`کرکٹر دانش`, `چینل جیو`, `ڈسٹرکٹ جرم`)."""
        words = self.tokens[hit.start : hit.start + hit.n]
        if len(words) >= 2 and any(w.startswith(_ARTICLE) and len(w) > 3 for w in words[1:]):
            return False  # a compound with the Arabic article is a name (مومن الحق, نور الدین)
        if len(words) >= 2 and words[-1] in PLACE_SUFFIXES:
            return False  # a place's name written apart before its ending (قائد آباد)
        declined = len(words) >= 2 and words[-1].endswith(_PLURAL_NASAL) and urdu_inflected(words[-1])
        return (bool(words) and (declined or all(_everyday(w) for w in words)) and not self._used_as_name(hit)
                and not self._body_word_after(hit))  # (مشین گنوں, machine guns, is no Sangin: a name is not
        # declined as a plural)

    def _name_not_word(self, words: list[str]) -> _Hit | None:
        """For a one-word name heard best in an everyday word (موجود for Amjad, سائٹ for Sith), the
        best window heard well enough that is no everyday word (امجد, ستھ later in the text), or
        None: the everyday word hides no name the text does write."""
        if len(words) != 1:
            return None
        best: _Hit | None = None
        skeleton = english_skeleton(words[0])
        for s, i, n in self._word_hits(skeleton, english_loose(words[0])):
            hit = _Hit(s, "transliteration", i, n)
            longer = len("".join(urdu_skeletons(t)[0] for t in self.tokens[i : i + n])) > len(skeleton) + 1
            if s >= MATCH_THRESHOLD - 1e-9 and not longer and not self._ordinary(hit) and (
                    best is None or s > best.score + 1e-9 or (abs(s - best.score) <= 1e-9 and i < best.start)):
                best = hit
        return best

    def _named_after(self, hit: _Hit) -> bool:
        """The hit is followed by نامی (named): منظور ملک نامی نوجوان, a youth named Manzoor Malik."""
        j = hit.start + hit.n
        return j < len(self.tokens) and self.tokens[j] == NAMED

    def _body_word_after(self, hit: _Hit) -> bool:
        """The hit's words head a body's name (صادق دوست گروپ, the Sadiq Dost group): a name there,
        however ordinary each word is."""
        j = hit.start + hit.n
        return hit.n >= 2 and j < len(self.tokens) and self.tokens[j] in _BODY_AFTER

    def _unlisted_word(self, hit: _Hit) -> bool:
        """The hit is a word of its own that no list knows, neither an everyday word, a function
        word nor another known name: a known name spelt in an unlisted way (ساموا, انگلش)."""
        toks = self.tokens[hit.start : hit.start + hit.n]
        return all(len(t) >= 3 and t not in URDU_FUNCTION and urdu_zipf(t) < _UNLISTED_ZIPF
                   and not _glued_name_pieces(t) for t in toks) and not gazetteer.lookup_urdu(" ".join(toks))
        # (a word run into another, خیرسگالی, is no spelling of a known name: not Karachi)

    def _place_named(self, heard: _Hit, cleaned: str) -> bool:
        """A known place heard in the article in a spelling of its own, which the article uses as
        a place's name (`_place_word_after`); never an organisation (Xinhua is not کنشان شہر)."""
        return (heard.score >= MATCH_THRESHOLD and self._place_word_after(heard)
                and any(e.type == "location" for e in gazetteer.lookup_english(cleaned)))

    def _place_word_after(self, hit: _Hit) -> bool:
        """The hit is followed by a word for a kind of place, maybe after کے (نینوہ صوبے, اورال کے
        علاقے): the article uses it as a place's name, in a spelling of its own."""
        j = hit.start + hit.n
        if j < len(self.tokens) and self.tokens[j] in _OF_WORDS:
            j += 1
        return j < len(self.tokens) and self.tokens[j] in _PLACE_AFTER

    def _used_as_name(self, hit: _Hit) -> bool:
        """The hit's first word stands in a name slot somewhere in the source, or the hit opens
        a short quotation or is most of one (a title: ’دل‘, ’یادوں کی بارات‘, ’چوری میرا کام‘). A
        word inside a quoted phrase is no name's use of it (خطرے in ’معدوم ہونے کے خطرے سے‘ is
        danger, not Kotri)."""
        return self.tokens[hit.start] in self._slot_words or any(
            i <= hit.start and hit.start + hit.n <= i + n and (i == hit.start or n <= hit.n + 1)
            for i, n in self._short_quotes)

    @cached_property
    def _slot_words(self) -> frozenset[str]:
        return frozenset(t for i, t in enumerate(self.tokens) if self._name_slot(i))

    @cached_property
    def _quoted_runs(self) -> tuple[tuple[int, int], ...]:
        """(start, n) of the token runs a short quotation holds (’کیا کہنا،‘, 'نیا حکم نامہ')."""
        out = []
        for m in _TITLE_QUOTE.finditer(self._norm.text):
            i, j = bisect_left(self._starts, m.start(1)), bisect_left(self._starts, m.end(1))
            if 0 < j - i <= _TITLE_WORDS:
                out.append((i, j - i))
        return tuple(out)

    def _title_hit(self, words: list[str]) -> _Hit | None:
        """A title in Roman Urdu (Kal Ho Naa Ho, Hasee Toh Phasee) spelling the whole of a quoted
        run of Urdu words, or, when it has three words or more, any run of them (زندگی نہ ملے گی
        دوبارہ is seldom quoted, and four everyday words in a row in that order are no chance)."""
        if not words or len(words) > _TITLE_WORDS or not all(w.isalpha() and not (len(w) > 1 and w.isupper()) for w in words):
            return None  # (letters in capitals, ODI, are an acronym, no Roman Urdu word)
        for i, n in self._quoted_runs:
            if aligned(words, self.tokens[i : i + n]):
                return _Hit(1.0, "title", i, n)
        if len(words) < 3 or sum(len(roman_key(w)) for w in words) < _TITLE_MIN_CONSONANTS:
            return None
        first = roman_key(words[0])
        for i in range(len(self.tokens)):
            # the first word opens here: it is this word, begins with it (Milegi ملے گی) or is
            # its start (Bhaiyya Ji بھیاجی)
            if not first or not any(k and (first.startswith(k) or k.startswith(first)) for k in title_keys(self.tokens[i])):
                continue
            for n in range((len(words) + 1) // 2, min(2 * len(words), len(self.tokens) - i) + 1):
                if all(self.joined_next[k] for k in range(i, i + n - 1)) and aligned(words, self.tokens[i : i + n]):
                    return _Hit(1.0, "title", i, n)
        return None

    @cached_property
    def _short_quotes(self) -> tuple[tuple[int, int], ...]:
        """(start, n) of the tokens inside each short quotation (’چوری میرا کام‘, ’دل‘): a title the
        article marks as one, whose words may be everyday words (دل, عشق) and still be a film's name."""
        out = []
        for m in _SHORT_QUOTE.finditer(self._norm.text):  # token starts are in text order
            i, j = bisect_right(self._starts, m.start()), bisect_left(self._starts, m.end())
            if j > i:
                out.append((i, j - i))
        return tuple(out)

    def _name_slot(self, i: int) -> bool:
        """Token i follows (run together or spaced) a title, an office or a word such as
        کرکٹر، چینل، ضلع that introduces a name."""
        if i == 0 or not self.joined_next[i - 1]:
            return False
        prev = self.tokens[i - 1]
        if prev in NAME_INTRODUCERS or prev in ADMIN_HEADS or urdu_role(prev) is not None or prev.endswith(_AGED):
            return True  # ... or an age: گیارہ سالہ سردار, eleven-year-old Sardar
        return i > 1 and self.joined_next[i - 2] and urdu_role(self.tokens[i - 2] + prev) is not None

    def _gazetteer_english(self, cleaned: str) -> _Hit | None:
        size = len(cleaned.split())
        for forms, method in _english_forms(cleaned):
            if method == "known_person":  # `Lavrov` is لاروف, not the whole سرگئی لاروف
                forms = tuple(sorted(forms, key=lambda f: abs(len(f.split()) - size)))
            hit = self._urdu_forms_hit(forms, method)
            if hit is not None:
                return hit
        return None

    def _known_variant(self, known: tuple[tuple[tuple[str, ...], str], ...]) -> _Hit | None:
        same_consonants = self._listed_form_at(  # an unlisted vowel spelling
            known, self._consonant_keys, lambda folded: (key,) if len(key := consonant_key(folded)) >= 3 else ())
        if same_consonants is not None and not (self._another_word(same_consonants)
                                                and not self._near_listed(same_consonants, known, same_end=True)):
            return same_consonants
        best: _Hit | None = None
        for forms, method in known:
            for form in forms[:4]:
                if any(len(w) == 1 for w in form.replace("(", " ").replace(")", " ").split()):
                    continue  # a letter tells entities apart (مسلم لیگ ق / ن): no near spelling
                m = self._match_urdu(form, short_forms=False)  # an "alias" hit is no variant anyway
                if m.span is None or m.method != "variant":
                    continue
                # close spelling only: پولینڈ/پویلین share 0.83 of their letters, too few
                alike = fuzz.ratio(gazetteer.urdu_key(form), gazetteer.urdu_key(m.span.text)) / 100.0
                score = m.score if alike >= _KNOWN_SPELLING_MIN else min(m.score, 0.75)
                if best is None or score > best.score:
                    first = self._token_at(m.span.start)
                    best = _Hit(score, method, first, max(1, len(LETTERS.findall(m.span.text))))
        return best

    def _near_listed(self, hit: _Hit, known: tuple[tuple[tuple[str, ...], str], ...], *, same_end: bool = False) -> bool:
        """The hit is spelt near a listed Urdu form (عمران خاں for عمران خان, تلگو for تیلگو), or
        near a part of one (a surname alone); `same_end`: and ends in its letter (ایران, a word
        of its own, is not near ایرنا)."""
        words = self.tokens[hit.start : hit.start + hit.n]
        window = gazetteer.urdu_key(" ".join(words))
        for forms, _ in known:
            for form in forms:
                parts = form.split()
                pieces = [" ".join(parts[k : k + len(words)]) for k in range(len(parts) - len(words) + 1)]
                for piece in (gazetteer.urdu_key(p) for p in (form, *pieces)):
                    if fuzz.ratio(window, piece) >= _NEAR_LISTED and (not same_end or window[-1:] == piece[-1:]):
                        return True
        return False

    def _everyday_homograph(self, hit: _Hit) -> bool:
        """A known name found in another spelling that is an everyday word the lists call
        ambiguous (عمان, Oman, in امن امان, law and order): a word, not the name."""
        words = self.tokens[hit.start : hit.start + hit.n]
        return all(gazetteer.urdu_key(w) in gazetteer.AMBIGUOUS_URDU or _everyday(w) for w in words)

    def _clause_words(self, hit: _Hit) -> bool:
        """The window is two words or more of a clause, none a name's: each a word Urdu writes
        often (no name part, letter name or Arabic article), the last a verb's or a declined
        noun's form before a function word (کھڑکی ٹوٹ گئی, a window broke)."""
        words = self.tokens[hit.start : hit.start + hit.n]
        after = hit.start + hit.n
        return (len(words) >= 2 and urdu_inflected(words[-1]) and after < len(self.tokens)
                and self.tokens[after] in URDU_FUNCTION and not self._used_as_name(hit)
                and all(urdu_zipf(w) >= _CLAUSE_ZIPF and w not in NAME_PARTS and letter_of(w) is None
                        and not w.startswith(_ARTICLE) for w in words))

    def _another_word(self, hit: _Hit) -> bool:
        """The window a listed name's unlisted spelling was found in is a word Urdu writes often
        enough to know (سٹیل for Seattle's سیاٹل, آمنے for Oman's اومان), and the source never
        uses it as a name: another word, not a spelling of the name."""
        words = self.tokens[hit.start : hit.start + hit.n]
        return all(urdu_zipf(w) >= _UNLISTED_ZIPF for w in words) and not self._used_as_name(hit)

    def _known_sound_variant(self, known: tuple[tuple[tuple[str, ...], str], ...]) -> _Hit | None:
        """A known name written with a letter of the same sound as a listed form (گ for ک, ٹ for
        ت, ص for س): the listed name, not a near one."""
        def keys(folded: str) -> tuple[str, ...]:
            key = sound_key(folded)
            swapped = _final_swap_key(folded)
            if len(key) < _SOUND_KEY_MIN:
                return () if swapped is None else (swapped,)
            # a final ہ and a final ا are one vowel (برازیلیہ, برازیلیا), not ہ and ی (برطانیہ, برطانوی)
            final = _final_vowel_key(folded)
            return tuple(k for k in (key, final, swapped) if k is not None)

        return self._listed_form_at(known, self._sound_keys, keys)

    def _listed_form_at(self, known: tuple[tuple[tuple[str, ...], str], ...], windows: dict[str, tuple[int, int]],
                        keys: Callable[[str], tuple[str, ...]]) -> _Hit | None:
        """The first window whose key is a key of a listed Urdu form (`keys` of its folded key),
        and which is not one word of the form alone: a key drops vowels and doubled letters, so
        پاکستان has the key of پاکستان نیوی (Pakistan Navy)."""
        for forms, method in known:
            for form in forms:
                if all(letter_of(w) is not None for w in form.split()):
                    continue  # letter names (اے سی سی) are spelt exactly or not at all: not ایسوسی
                words = [gazetteer.urdu_key(w) for w in form.split()]
                for key in keys("".join(words)):
                    if key in windows:
                        i, n = windows[key]
                        if len(words) > 1 and "".join(self.tokens[i : i + n]) in words:
                            continue
                        if _other_name_part(words, self.tokens[i : i + n]):
                            continue
                        return _Hit(0.9, method, i, n)
        return None

    def _token_at(self, original_offset: int) -> int:
        for i in range(len(self.tokens)):
            if self._norm.to_original(self._starts[i], self._ends[i])[0] >= original_offset:
                return i
        return max(0, len(self.tokens) - 1)

    def _role_english(self, cleaned: str) -> _Hit | None:
        words = cleaned.split()
        # "Russian foreign minister": an optional demonym/place, then a role
        for k in range(0, min(3, len(words))):
            role = english_role(" ".join(words[k:]))
            if role is None:
                continue
            hit = self._urdu_forms_hit(role.urdu, "role")
            if hit is None:
                return _Hit(0.0, "role", 0, 1)
            if k == 0:
                return hit
            qualifier = self._gazetteer_english(" ".join(words[:k]))
            if qualifier is None:
                return _Hit(0.6, "role", hit.start, hit.n)
            return _Hit(1.0, "role", min(hit.start, qualifier.start),
                        max(hit.start + hit.n, qualifier.start + qualifier.n) - min(hit.start, qualifier.start))  # fmt: skip
        return None

    def match_urdu(self, name: str) -> NameMatch:
        """Where an Urdu name as written in a brief is, accepting spelling and spacing variants."""
        return self._match_urdu(name, short_forms=True)

    def _match_urdu(self, name: str, *, short_forms: bool) -> NameMatch:
        if not isinstance(name, str):
            raise TypeError(f"name must be str, not {type(name).__name__}")
        words = [fold_token(w) for w in LETTERS.findall(fold(name))]
        if not words or not self.tokens:
            return self._result(name, None)
        key = "".join(words)
        pos = self._find_key(key) or self._glued_after(words)
        hit: _Hit | None = _Hit(1.0, "exact", pos[0], pos[1]) if pos else None
        sounded = self._letter_sounds.get(same_sound(key)) if hit is None and len(key) >= _SAME_SOUND_MIN else None
        if sounded is not None:
            hit = _Hit(_SAME_SOUND_SCORE, "variant", *sounded)
        entries = gazetteer.lookup_urdu(key) if hit is None else ()
        for entry in entries:
            method = "demonym" if entry.type == "demonym" else "exonym"
            forms = (*entry.urdu, *gazetteer.related_urdu(entry))
            hit = self._urdu_forms_hit(forms, method)
            if hit is not None and "".join(self.tokens[hit.start : hit.start + hit.n]) != key and self._everyday_homograph(hit):
                hit = None  # the brief's عمان is not the article's امان (امن امان), though Amman is written so
            hit = hit or self._latin_hit(entry.english)
            if hit is None:
                sound = self._known_sound_variant(((tuple(entry.urdu), method),))
                hit = sound if sound is not None and not self._everyday_homograph(sound) else None
            if hit is not None:
                break
        if hit is None:
            letters = _urdu_letters(words)
            if letters:
                hit = self._acronym_hit(letters) or self._latin_hit(letters)
        if hit is None:
            role = urdu_role(key)
            if role is not None:
                hit = self._urdu_forms_hit(role.urdu, "role")
        if hit is None:
            query = [(urdu_skeletons(w)[0], urdu_skeletons(w)[2]) for w in words if w not in URDU_FUNCTION]
            hit = self._transliteration(query)
            if query and len(query[0][0]) > 0:
                # the و-as-consonant reading of the query, for names like باجوہ
                alt = self._transliteration(
                    [(urdu_skeletons(w)[1], urdu_skeletons(w)[2]) for w in words if w not in URDU_FUNCTION]
                )
                if alt is not None and (hit is None or alt.score > hit.score):
                    hit = alt
            if hit is not None and self._other_urdu_name(words, hit):
                hit = None  # قدیر for the article's قادر, حسین for حسن: two names of the table
            if hit is not None:
                hit.method = "variant"
                # Urdu against Urdu: a variant spelling keeps most letters, vowels included
                # (لاروف/لاوروف 0.91), a different word with the same consonants does not
                # (سوات/ساؤتھ 0.67, تہران/ترانوے 0.73). A known place must be spelt closer still.
                window = "".join(self.tokens[hit.start : hit.start + hit.n])
                opening = next((h for h in COMPOUND_OPENINGS if key.startswith(h) and window.startswith(h)), "")
                # (a compound is told by what follows its shared opening: عبدالجبار is not عبدالصبور)
                alike = fuzz.ratio(key[len(opening) :], window[len(opening) :]) / 100.0
                hit.score = min(hit.score, alike + (0.0 if entries else _LETTER_SLACK))
                if (entries and hit.score >= MATCH_THRESHOLD and len(words) == hit.n == 1 and window != key
                        and self._everyday_homograph(hit)):
                    # a known name heard in an everyday word: دلی (Delhi) is not دل (heart), a letter
                    # shorter, though a name part may be (گرینڈ سلیم for the article's گرینڈ سلام)
                    hit.score = min(hit.score, 0.75)
        if hit is None or hit.score < MATCH_THRESHOLD:
            hit = self._pieces_variant(words) or hit
        if (hit is None or hit.score < MATCH_THRESHOLD) and len(words) >= 2 and short_forms:
            english = self._urdu_in_english(words, entries)  # (short_forms: asked, not a known form tried)
            if english is not None and english.score >= MATCH_THRESHOLD:
                hit = english
        if (hit is None or hit.score < MATCH_THRESHOLD) and len(words) >= _REORDERED_MIN:
            hit = self._reordered(words) or hit
        if (hit is None or hit.score < MATCH_THRESHOLD) and any(e.english.lower() in _HOME_COUNTRY for e in entries):
            hit = self._home_country() or hit  # پاکستان کی ٹیم where agency copy says قومی ٹیم
        if (hit is None or hit.score < MATCH_THRESHOLD) and entries and short_forms:
            short = self._short_form(entries)
            if short is not None:
                return short
        if hit is not None and hit.score >= MATCH_THRESHOLD and self._urdu_compass_differs(words, hit):
            hit = _Hit(min(hit.score, 0.75), hit.method, hit.start, hit.n)  # جنوبی کوریا is not شمالی کوریا
        if hit is not None and hit.score >= MATCH_THRESHOLD and self._regnal_differs(words, hit):
            hit = _Hit(min(hit.score, 0.75), hit.method, hit.start, hit.n)
        return self._result(name, hit)

    def _regnal_differs(self, words: list[str], hit: _Hit) -> bool:
        """A ruler's number (الیگزینڈر سوم, Alexander III) where the source numbers the found name
        otherwise (الیگزینڈر دوم): another ruler, however alike the words are written."""
        if words[-1] not in REGNAL_WORDS:
            return False
        end = hit.start + hit.n
        written = [t for t in self.tokens[hit.start : end + 1] if t in REGNAL_WORDS]
        return bool(written) and words[-1] not in written

    def _other_urdu_name(self, words: list[str], hit: _Hit) -> bool:
        """A brief's Urdu name and the article's word at the hit are two rows of the desk's
        name-part table (قدیر Qadeer, قادر Qadir; عبدالرحیم, عبدالرحمان), not two spellings of one."""
        table = name_parts()
        toks = self.tokens[hit.start : hit.start + hit.n]
        pairs = zip(words, toks, strict=True) if len(toks) == len(words) else [("".join(words), "".join(toks))]
        for ours, theirs in pairs:
            a, b = table.get(ours), table.get(theirs)
            if a is None or b is None or ours == theirs:
                continue
            a_words, b_words = a.lower().split(), b.lower().split()
            if len(a_words) != len(b_words) or any(
                    fuzz.ratio(x, y) < _OTHER_NAME_MAX for x, y in zip(a_words, b_words, strict=True)):
                return True
        return False

    def _pieces_variant(self, words: list[str]) -> _Hit | None:
        """A name the index reads as pieces (عبدال|فتح), written with a letter more or less: its
        pieces in order, the first as written and each later one within a letter (عبدالفتاح for
        the article's عبدالفتح; عبدالرحیم is not عبدالرحمان)."""
        pieces = [p for w in words for p in _split_glued(w)]
        n = len(pieces)
        if n == len(words):
            return None
        for i, _ in self._ngrams.get(pieces[0], ()):
            if i + n > len(self.tokens) or not all(self.joined_next[k] or self._split_word_at(k) for k in range(i, i + n - 1)):
                continue
            score = min(fuzz.ratio(p, t) / 100.0 for p, t in zip(pieces[1:], self.tokens[i + 1 : i + n], strict=True))
            if score >= MATCH_THRESHOLD:
                return _Hit(score, "variant", i, n)
        return None

    def _reordered(self, words: list[str]) -> _Hit | None:
        """A body's English name, written with آف, in the other English word order, the source's
        words all there (ہانگ کانگ فیڈریشن آف سٹوڈنٹس for ہانگ کانگ سٹوڈنٹس فیڈریشن): its words in
        a window of the source, with or without آف, and nothing else."""
        content = sorted(w for w in words if w not in _SOUNDED_SMALL_WORDS)
        if len(content) < _REORDERED_MIN - 1 or len(content) == len(words):  # a person's names reordered are another's
            return None
        for n in (len(content), len(content) + 1):
            for i in range(len(self.tokens) - n + 1):
                window = self.tokens[i : i + n]
                if (all(self.joined_next[i : i + n - 1])
                        and sorted(w for w in window if w not in _SOUNDED_SMALL_WORDS) == content):
                    return _Hit(_REORDERED_SCORE, "reordered", i, n)
        return None

    def _urdu_in_english(self, words: list[str], entries: Iterable[gazetteer.GazEntry]) -> _Hit | None:
        """A name the brief translates and the source writes as English sounds, or the other way
        round (وسطی ایشیا ↔ سنٹرل ایشیاء, تحقیقی گروپ ↔ ریسرچ گروپ): its words read in English, at
        least one by translation, found as the English matcher finds a translated name or heard
        whole, each place among them written as itself. Never a known body's name: it must be
        written one of its ways (not ایئر انڈیا in بھارتی اےئر لائن)."""
        if any(entry.type != "location" for entry in entries):
            return None
        content = [w for w in words if w not in URDU_FUNCTION]
        english: list[str] = []
        places: list[str] = []
        translated = False
        for w in content:
            word = org_words().get(w)
            place = gazetteer.lookup_urdu(w) if word is None else ()
            by_ear = heard_english(w, words=True) if word is None and not place else None
            if word is not None:
                english.append(word)
                translated = True
            elif place:
                english.append(place[0].english)
                places.append(w)
            elif by_ear is not None:  # an English word the tables lack, written as it sounds (ٹرائبل: Tribal)
                english.append(by_ear)
            else:
                return None
        if not translated or len(english) < 2:
            return None
        words_en = " ".join(english).split()
        hit = self._translated_words(words_en)
        if hit is None:  # every word written as it sounds, none missing: سنٹرل ایشیاء
            heard = self._heard(words_en)
            hit = heard if heard is not None and heard.score >= _URDU_HEARD_MIN and heard.n >= len(words_en) else None
        if hit is None:
            return None
        window = self.tokens[hit.start : hit.start + hit.n]
        if not all(any(fuzz.ratio(p, t) >= _PLACE_WRITTEN_MIN for t in window) for p in places):
            return None  # a place is written as itself (ایشیاء for ایشیا), not heard in انڈیز for بھارتی
        return _Hit(min(hit.score, 0.9), "translation", hit.start, hit.n)

    def _short_form(self, entries: Iterable[gazetteer.GazEntry]) -> NameMatch | None:
        """A known name the source gives by its short form (ایمنسٹی for ایمنسٹی انٹرنیشنل,
        Amnesty International): found through the entry's English aliases."""
        for entry in entries:
            compass = english_compass(entry.english.split())
            for alias in entry.aliases:
                # (not an alias without the name's compass word: Republic of Korea for جنوبی کوریا
                # would find the article's شمالی کوریا)
                if len(alias) >= 4 and not alias.isupper() and english_compass(alias.split()) == compass:
                    found = self.match_english(alias)
                    if found.score >= MATCH_THRESHOLD and "demonym" not in found.method:  # not برطانوی
                        return found.model_copy(update={"method": "alias"})
            first = self._first_word_of(entry)  # the source writes the name's first word alone
            if first is not None:
                return self._result(entry.english, first)
        return None

    # ---------------------------------------------------------------- candidates

    @cached_property
    def _candidates(self) -> tuple[NameCandidate, ...]:
        return tuple(_find_candidates(self))

    def candidates(self) -> list[NameCandidate]:
        """Likely people, places and organisations in the source, in text order."""
        return list(self._candidates)

    def variants(self) -> list[list[Span]]:
        """Spans of one name spelt differently in the source (لاروف / لاوروف / لاور وف), grouped.

        Groups candidates of one type (person, organisation, location) whose skeletons are at
        least 0.85 alike, or (people) whose last words' skeletons are at least 0.8 alike. A
        person's surname is also looked up in the whole text, so a spelling that no heuristic
        found as a candidate (`سر گئی لاوروف کا`) still joins the group. Only groups with two
        or more distinct spellings are returned.
        """
        items: list[tuple[Span, str, str, str, str]] = []  # span, type, key, last skel, whole skel
        covered: set[int] = set()
        for c in self._candidates:
            if c.type == "other":
                continue
            words = [fold_token(w) for w in LETTERS.findall(fold(c.span.text))]
            last = urdu_skeletons(words[-1])[0] if words else ""
            whole = collapse("".join(urdu_skeletons(w)[0] for w in words))
            items.append((c.span, c.type, c.key, last, whole))
            covered.update(range(c.span.start, c.span.end))
        for _span, typ, _key, last, _whole in list(items):
            if typ != "person" or len(last) < 3:
                continue
            for score, i, n in self._word_hits(last, ""):
                extra = self.span(i, n)
                if score >= MATCH_THRESHOLD and extra.start not in covered and extra.end - 1 not in covered:
                    key = "".join(self.tokens[i : i + n])
                    items.append((extra, "person", key, last, last))
                    covered.update(range(extra.start, extra.end))
        parent = list(range(len(items)))

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for a in range(len(items)):
            for b in range(a + 1, len(items)):
                _, ta, ka, sa, wa = items[a]
                _, tb, kb, sb, wb = items[b]
                if ta != tb:
                    continue
                if (
                    ka == kb
                    or (len(wa) >= 4 and len(wb) >= 4 and fuzz.ratio(wa, wb) >= 85)
                    or (ta == "person" and len(sa) >= 3 and len(sb) >= 3 and fuzz.ratio(sa, sb) >= 80)
                ):
                    parent[find(b)] = find(a)
        groups: dict[int, list[int]] = {}
        for i in range(len(items)):
            groups.setdefault(find(i), []).append(i)
        out: list[list[Span]] = []
        for members in groups.values():
            if len({items[i][2] for i in members}) >= 2:
                out.append(sorted((items[i][0] for i in members), key=lambda s: s.start))
        return out


_SIR = fold_token("سر")
_KE = fold_token("کے")
INFLECTIONS = frozenset(fold_token(s) for s in ("", "وں", "یوں", "ی", "ے", "یں", "ئیں"))
COPULAS = frozenset(fold_token(w) for w in (
    "ہے", "ہیں", "تھا", "تھے", "تھی", "تھیں", "ہوں", "ہوا", "ہوئے", "ہوئی", "ہوگا", "ہوگی",
))  # fmt: skip
"""A copula or a form of ہونا after a word makes it a predicate (برسرپیکار ہیں، ڈاکٹر پرامید
ہیں), not a name: a name is a subject or an object, followed by a postposition."""


JOINERS = frozenset(
    ("of", "al", "bin", "ibn", "bint", "ul", "ud", "e", "el", "de", "da", "du", "van", "von", "der", "le", "la")
)


_AGED = fold_token("سالہ")
_PLURAL_NAME = re.compile(r"[A-Z][a-z]{2,}[^suiye\W]s")
"""One capitalised word in the English plural (Khans, Kapoors; not Paris, Cyprus, Wales)."""
_OBLIQUE_PLURAL = fold_token("وں")
_PLURAL_NAME_ZIPF = 5.0
"""Above it an Urdu plural is a function word's (والوں: of those), not a name's (خانوں, 4.3)."""
_INNER_POSSESSIVE = re.compile(r"['’]s (?=\w)")
_SOUND_CLASSES = ("kgqcx", "szcxj", "td", "pbfv", "jgz", "wv", "lr")


_OTHER_NAME_MAX = 75.0
"""Two rows' English this alike are spellings of one name (Luis and Louis, Kolhi and Kohli). The
bound itself is read two ways: `_other_urdu_name` takes two words alike by exactly 75 as one name,
`_other_given_name` as two (Raza and Riaz are alike by 75)."""


@cache
def _name_part_forms() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """The desk's name parts (`name_parts_en.tsv`): Urdu form → English, and English (lower
    case) → its Urdu forms."""
    table = name_parts()
    forms: dict[str, set[str]] = {}
    for urdu, english in table.items():
        forms.setdefault(english.lower(), set()).add(urdu)
    return table, {k: frozenset(v) for k, v in forms.items()}


@lru_cache(maxsize=1)
def _name_part_forms_by_sound() -> dict[str, tuple[str, ...]]:
    """The desk's English name parts by their consonants (Shehbaz and Shahbaz both `shbs`).
    Asked only with three consonants or more: two (Emmys `ms`) fit too many names to say which."""
    out: dict[str, list[str]] = {}
    for english in _name_part_forms()[1]:
        out.setdefault(english_readings(english)[0][0], []).append(english)
    return {k: tuple(v) for k, v in out.items()}


_SPELT_ALIKE = 80.0
"""An English name part this close (rapidfuzz ratio) to a table one of the same consonants is
that name spelt another way (Shahbaz, Shehbaz), not another name that sounds near it."""


REGNAL_WORDS = frozenset(fold_token(w) for w in ("اول", "دوم", "سوم", "چہارم", "پنجم", "ششم", "ہفتم", "ہشتم"))
"""Persian ordinals that number a ruler or a pope after the name (الزبتھ دوم: Elizabeth II)."""


def _holds_places(urdu: str, places: list[str]) -> bool:
    """The Urdu names a country every English place lies in: پاکستان رینجرز are the Punjab
    Rangers' force, not another place's."""
    countries = {c for e in gazetteer.lookup_urdu(urdu) for c in countries_named(e.english)}
    return bool(countries) and all(countries & countries_of_place(p) for p in places)


_ARABIC_SOUNDS = str.maketrans({fold_token(a)[0]: fold_token(b)[0] for a, b in (("ذ", "د"), ("ض", "د"), ("ظ", "د"), ("ث", "ت"))})


def _arabic_reading(token: str) -> str | None:
    """The skeleton of a word with ذ ض ظ ث read d, d, d and t, as English prints Arab names, or
    None where the word has none of them or is a name part a Pakistani desk spells with z and s
    (ناظر is Nazir, not Nadir)."""
    turned = token.translate(_ARABIC_SOUNDS)
    if turned == token or token in NAME_PARTS or token in name_parts() or _everyday(token):
        return None
    key = collapse(urdu_skeletons(turned)[0])
    seen = attested_spellings(token)
    if seen and not any(collapse(english_skeleton(s)) == key for s in seen):
        return None  # the names resource spells it as Urdu reads it (ناظر Nazir, ضمیر Zameer)
    return key


def _other_given_name(english: str, token: str) -> bool:
    """The English word and the source's word are two different names of the names table
    (Ahmed and محمود, Mahesh and مکیش, which sound alike enough to pass), not two spellings of one."""
    table, forms = _name_part_forms()
    theirs = table.get(token)
    ours = forms.get(english.lower())
    if theirs is None and (ours is not None or census_name(english.lower())) and not _everyday(token):
        # a word the desk's table lacks that the names resource knows (شاکر Shakir, against the
        # table's Shafiq شفیق): another name unless it spells it near the brief's; or a Western
        # name the source's word spells as it sounds (ہنسن Hansen, against the brief's Harris)
        if ours is not None and (token in ours or spelt_apart(english, token)):
            return token not in ours
        heard = heard_english(token)
        return (heard is not None and census_name(heard.lower())
                and fuzz.ratio(english.lower(), heard.lower()) < _SPELT_ALIKE
                and english_skeleton(english) not in urdu_skeletons(token)[0])  # not glued on: بتائیتھامس
    if theirs is None or fuzz.ratio(english.lower(), theirs.lower()) > _OTHER_NAME_MAX:
        return False
    if ours is not None:
        return token not in ours
    sound = english_readings(english)[0][0]
    alike = [k for k in _name_part_forms_by_sound().get(sound, ()) if fuzz.ratio(k, english.lower()) >= _SPELT_ALIKE]
    if len(sound) >= 3 and alike:  # Shahbaz, the table's Shehbaz spelt another way: شہباز, not نواز
        return all(token not in forms[k] for k in alike) and english_readings(theirs)[0][0] != sound
    # a census given name the desk's table lacks (Patricia, against the table's پیٹر Peter), unless
    # it is the table's name in another spelling or sound (Mohamed for محمد Muhammad, John for جان Jan)
    return english.lower() in english_given_names() and not (
        {r[0] for r in english_readings(english)} & {r[0] for r in english_readings(theirs)})


def _other_name_part(listed: list[str], written: list[str]) -> bool:
    """Word for word, a listed form and the source's words hold two different names of the
    desk's table (ندیم رضا Nadeem Raza against ندیم ریاض Nadeem Riaz): one key without vowel
    letters, two names."""
    if len(listed) != len(written):
        return False
    table = name_parts()
    for ours, theirs in zip(listed, written, strict=True):
        a, b = table.get(ours), table.get(theirs)
        if ours != theirs and a is not None and b is not None and fuzz.ratio(a.lower(), b.lower()) < _SPELT_ALIKE:
            return True
    return False


def _sound_class(c: str) -> set[str]:
    """Letters a first consonant may be written as across scripts (Exit ایگزٹ: e-x as g-z)."""
    if not c:
        return {""}
    return {c} | {x for cls in _SOUND_CLASSES if c in cls for x in cls}


_SWAP_REACH = 2
"""Tokens either side of a hit where a people missing from it may still stand."""
_SWAP_SOUND_ALIKE = 75.0
"""Ratio at which a people's Urdu form is written in the hit however spelt, and at which the
English of a word in the hit is the name's own word spelt another way (Mohajir, Muhajir): no swap."""


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 4 and not word.endswith("ss") else word


@cache
def _word_forms() -> dict[str, frozenset[str]]:
    """English word of a name (lower case, singular) that names a people or a sect → its folded
    Urdu words (Shia شیعہ، شیعوں). Only these: a translated or sounded word of a body's name
    (Cup کپ) is left out by Urdu writers too often (سلطان جوہر ہاکی ٹورنامنٹ for the Johor Cup)."""
    out: dict[str, set[str]] = {}
    for e in gazetteer.entries():
        if e.type == "demonym":
            for name in (e.english, *e.aliases):
                if " " not in name:
                    out.setdefault(_singular(name.lower()), set()).update(gazetteer.urdu_key(u) for u in e.urdu)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _words_of_forms() -> dict[str, frozenset[str]]:
    """The inverse of `_word_forms`: folded Urdu word → the English words it is a form of."""
    out: dict[str, set[str]] = {}
    for english, forms in _word_forms().items():
        for f in forms:
            out.setdefault(f, set()).add(english)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=8192)
def _english_forms(cleaned: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """(Urdu forms, method) of an English name the gazetteer knows, best first.

    Direct entries (with the forms of related words: a country's adjective, a demonym's
    country), then composed entries (`Eastern Europe`, `Defence Ministry`), then demonyms
    derived by stem rules (`Italian`, `Iraqis`, `Canadian-led`).
    """
    name = gazetteer.HYPHEN_TAIL.sub("", cleaned)
    out: list[tuple[tuple[str, ...], str]] = []
    for entry in (gazetteer.lookup_english(name) or gazetteer.lookup_composed(name) or _spelt_out(name)
                  or _reworded(name)):
        method = {"demonym": "demonym", "person": "known_person"}.get(entry.type, "exonym")
        out.append(((*entry.urdu, *gazetteer.related_urdu(entry)), method))
    if not out and name[:1].isupper() and not is_acronym(name):
        place = gazetteer.demonym_of(name)
        if place is not None:  # a stem rule's guess (`Haris` → Haripur?): not a known name
            out.append(((*gazetteer.related_urdu(place), *place.urdu), "derived_demonym"))
    return tuple(out)


_OF_HEAD = re.compile(r"^(?P<pre>(?:U\.S\.|US|UK|U\.K\.)\s+)?(?P<head>Department|Ministry|Directorate|Office|Bureau)"
                      r"\s+of\s+(?:the\s+)?(?P<x>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)$")


def _reworded(name: str) -> list[gazetteer.GazEntry]:
    """A listed body or place named in other words: `Department of State` as the listed State
    Department (with its country: `U.S. Department of State`), `Pakistani Army` as the listed
    Pakistan Army (a demonym for its country)."""
    m = _OF_HEAD.fullmatch(name)
    if m is not None:
        pre = (m.group("pre") or "").replace(".", "")
        found = gazetteer.lookup_english(f"{pre}{m.group('x')} {m.group('head')}")
        if found:
            return [e for e in found if e.type != "person"]
    first, _, rest = name.partition(" ")
    if rest and first[:1].isupper():
        place = gazetteer.demonym_of(first) if any(e.type == "demonym" for e in gazetteer.lookup_english(first)) else None
        if place is not None:
            return [e for e in gazetteer.lookup_english(f"{place.english} {rest}") if e.type == "organization"]
    return []


_SHORT_COUNTRY = re.compile(r"^(UN|US|UK)\s+")
_LONG_COUNTRY = {"UN": "United Nations", "US": "United States", "UK": "United Kingdom"}
_SHORT_FORMS = {long: short for short, long in _LONG_COUNTRY.items()}
_LONG_COUNTRY_OPENING = re.compile(rf"^({'|'.join(_SHORT_FORMS)})\s+(?=[A-Z])")
ORG_TAILS = frozenset((
    "council", "league", "board", "association", "party", "committee", "commission", "federation",
    "union", "organisation", "organization", "bank", "corporation", "authority", "agency", "foundation",
    "front", "movement", "alliance", "club", "institute", "university", "academy", "society", "trust",
    "forum", "company", "airlines", "airways", "bureau", "congress", "conference", "network",
    "pictures", "films", "studios", "productions", "records", "coalition", "list",
))  # fmt: skip
"""Last words that make a run of capitalised words an organisation's name."""
_BODY_KINDS = (ORG_TAILS - {"airlines", "airways"}) | {
    "assembly", "college", "school", "hospital", "court", "tribunal", "ministry", "department"}
"""Words that say what kind of body a name is (the Students' Union is no Federation of Students)."""
_COMPASS_WORDS = {"N": "North", "S": "South", "E": "East", "W": "West"}
_COMPASS_INITIAL = re.compile(r"^([NSEW])\.?\s+(?=[A-Z][a-z])")
"""A compass word cut to its initial before a place, as headlines write it (S. Korea, N Waziristan)."""


def _opening_forms(cleaned: str) -> tuple[str, ...]:
    """The name with a long country opening shortened (United States → US) and with a compass
    initial written out (S. Korea → South Korea); each is the name itself where it does not apply."""
    if not cleaned:
        return ()
    return (_LONG_COUNTRY_OPENING.sub(lambda m: _SHORT_FORMS[m.group(1)] + " ", cleaned),
            _COMPASS_INITIAL.sub(lambda m: _COMPASS_WORDS[m.group(1)] + " ", cleaned),
            _SUN_ARTICLE.sub("al-", cleaned))


@cache
def _nicknamer() -> NickNamer:
    return NickNamer()


_GIVEN_FORMS_MAX = 8


@lru_cache(maxsize=4096)
def _given_name_forms(cleaned: str) -> tuple[str, ...]:
    """A person's name with the given name's other English forms (Matthew Dixon ↔ Matt Dixon,
    Mike Hussey ↔ Michael Hussey), from the `nicknames` table: Urdu writes the form the article's
    source used, a desk may print the other."""
    words = cleaned.split()
    if not 2 <= len(words) <= _SURNAME_ALONE_WORDS or not person_like(words):
        return ()
    names = _nicknamer()
    given = words[0].lower()
    others = sorted(n for n in names.nicknames_of(given) | names.canonicals_of(given) if len(n) >= 3 and n != given)
    return tuple(" ".join([n.capitalize(), *words[1:]]) for n in others[:_GIVEN_FORMS_MAX])


_SUN_ARTICLE = re.compile(r"\b(?:a([dnrstz]|sh)-(?=\1))", re.I)
"""The Arabic article said as the letter after it (Ar-Raqqah, As-Sadr, Ash-Shabab): Urdu writes
it ال all the same (الرقہ)."""


_SPELT_SMALL = frozenset(("of", "and", "the", "for", "on", "in", "&"))


def _spelt_out(name: str) -> list[gazetteer.GazEntry]:
    """A known organisation the name spells out: `UN Children's Fund` as the listed United
    Nations Children's Fund, or a name of three words or more whose initials are a listed
    organisation's acronym (National Aeronautics and Space Administration: NASA)."""
    longer = _SHORT_COUNTRY.sub(lambda m: _LONG_COUNTRY[m.group(1)] + " ", name)
    if longer != name:
        found = [e for e in gazetteer.lookup_english(longer) if e.type == "organization"]
        if found:
            return found
    words = [w for w in re.split(r"[\s,-]+", longer) if w and w.lower() not in _SPELT_SMALL]
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return []
    letters = "".join(w[0] for w in words)
    return [e for e in gazetteer.lookup_english(letters) if e.type == "organization"]


_INITIALS: dict[str, str] = {k: fold_token(v) for k, v in {
    "A": "اآع", "B": "ب", "C": "کس", "D": "دڈ", "E": "اای", "F": "ف", "G": "گج", "H": "ہحھ",
    "I": "اآ", "J": "ج", "K": "کقخ", "L": "ل", "M": "م", "N": "ن", "O": "اآع", "P": "پ",
    "Q": "قک", "R": "ر", "S": "سصثش", "T": "تٹط", "U": "یاع", "V": "و", "W": "و", "Y": "ی",
    "Z": "زذضظ",
}.items()}  # fmt: skip
"""First Urdu letters of a word an English acronym letter can stand for."""
_INITIALS_SKIP = ENGLISH_SMALL_WORDS | {fold_token("دی"), fold_token("اور")}

def _known_runs(words: list[str], *, translated_orgs: bool = False) -> list[str]:
    """Words of a longer name that are a known place or organisation together kept as one word
    (United States Navy → United States, Navy; British House of Commons → British, House of
    Commons): found by its Urdu forms and demonym (امریکی بحریہ، برطانوی دارالعوام), not word by
    word (United ↔ متحدہ). An organisation named by words the table translates (Central Bank,
    Electoral Commission, House of Commons) is left to them unless `translated_orgs`: its listed
    forms name one such body, not every one, so they are tried only when the words fail."""
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in (3, 2):
            if i + n > len(words) or n == len(words):
                continue
            piece = words[i : i + n]
            kinds = ("location",) if not translated_orgs and all(
                w.lower() in NAME_WORDS or w.lower() in _NAME_JOINERS for w in piece) else ("location", "organization")
            if any(e.type in kinds for e in gazetteer.lookup_english(" ".join(piece))):
                out.append(" ".join(piece))
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return out


def _initials_of(name: str) -> str | None:
    """The acronym of a name of three or more capitalised words (World Food Programme → WFP,
    UN Development Programme → UNDP), or None."""
    words = [w for w in re.split(r"[\s\-]+", name.replace(",", "")) if w and w.lower() not in _NAME_JOINERS]
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return None
    return "".join(w if w.isupper() and w.isalpha() else w[0] for w in words).upper()


_VOWEL_SOUNDS = frozenset("aeiouy")


_AIN = "ع"
_PLACE_AFTER = frozenset(fold_token(w) for w in (
    "صوبہ", "صوبے", "علاقہ", "علاقے", "شہر", "ضلع", "ضلعے", "گاؤں", "پہاڑ", "پہاڑوں", "خطہ", "خطے", "ریاست",
    "جزیرہ", "جزیرے", "دریا", "وادی"))  # fmt: skip
"""Words for a kind of place that follow its name (نینوہ صوبے, اورال کے علاقے)."""
_OF_WORDS = frozenset(fold_token(w) for w in ("کے", "کی", "کا"))
def english_compass(words: Iterable[str]) -> set[int]:
    """The directions (as `COMPASS` numbers them) of the English compass words among `words`."""
    return {_ENGLISH_COMPASS[w.lower()] for w in words if w.lower() in _ENGLISH_COMPASS}


_ENGLISH_COMPASS = {"north": 0, "northern": 0, "south": 1, "southern": 1, "east": 2, "eastern": 2, "west": 3,
                    "western": 3, "central": 4}
"""English compass words → the direction of `COMPASS` (lexicon/words.py)."""
_SOUNDED_SMALL_WORDS = ENGLISH_SMALL_WORDS | {fold_token("دی")}
"""English of / the / and / for as Urdu writes them inside an English body's name."""
_REORDERED_MIN = 4
_REORDERED_SCORE = 0.9
"""A body's name written with آف in the other word order needs this many words, and scores this."""
_BODY_AFTER = ORG_HEADS | {fold_token("گروپ")}
_VOWEL_CARRIERS = frozenset(fold("اآعحیوہ"))
"""Letters an Urdu word opening with a vowel sound begins with (not کھوسہ for Awais)."""


_INNER_A = re.compile(r"(?<=[^aeiouy])a(?=[^aeiouy])")


def _short_a_unwritten(loose: str, heard: str) -> str:
    """An English loose form with its short a between consonants left out, as Urdu writes it
    (Gagan گگن, Mamata ممتا): no letter there is no evidence against the vowel. Only where both
    open with a consonant and the Urdu word writes no vowel inside (not Assam for اعظم)."""
    if loose[:1] in _VOWEL_SOUNDS or heard[:1] in _VOWEL_SOUNDS or any(c in _VOWEL_SOUNDS for c in heard[1:-1]):
        return loose
    return collapse(_INNER_A.sub("", loose))


def _opening_vowel_heard(english: str, urdu: str, letter: str) -> str:
    """The Urdu reading with its opening vowel heard as the English one, by the word's first letter:
    - an ain before a consonant carries an unwritten a, i or u (عمر Umar, عبید Ubaid, عزیر Uzair),
      so the reading's 'a' there is no evidence against an English u or i;
    - an alif before ی or و only carries the long vowel after it (ایدک Edak, اوچ Uch), not an a
      then the vowel. An alif before a consonant keeps its a: امر is a word (a matter)."""
    if english[:1] not in ("e", "i", "o", "u"):
        return urdu
    if letter == _AIN and urdu[:1] == "a" and urdu[1:2] and urdu[1] not in _VOWEL_SOUNDS:
        return english[0] + urdu[1:]
    if letter != _AIN and urdu[:2] in ("ai", "au") and urdu[2:3] and urdu[2] not in _VOWEL_SOUNDS:
        return urdu[1:]
    return urdu


_NAME_JOINERS = frozenset(("of", "the", "and", "for", "&", "on", "in", "de", "du", "e", "i", "affairs"))
"""Words a translated name need not show: small words, the izafat of a transliterated name
(Ruet-i-Hilal), and "affairs", which Urdu leaves in the ministry's name (Ministry of Foreign
Affairs ↔ وزارت خارجہ)."""
_LEGAL_SUFFIXES = frozenset(("limited", "ltd", "inc", "plc", "llc", "pvt"))
_UNWRITTEN_TAILS = _LEGAL_SUFFIXES | frozenset((
    "town", "city", "district", "tehsil", "valley", "village", "area", "region", "division", "province", "forest",
    "county", "governorate", "prefecture", "township", "group", "fc"))
"""A last word a desk adds that Urdu often leaves out: a company's legal form, what kind of
place a place is (Gadap Town ↔ گڈاپ, Shawal valley ↔ شوال, Erie County ↔ ایری), a business group's or football
club's label (Midea Group ↔ مائیڈیا, Liverpool FC ↔ لیورپول)."""
_UNWRITTEN_HEADS = frozenset(("fc",))
"""The same label first (FC Barcelona ↔ بارسلونا)."""
_STATE_FORM = re.compile(
    r"(?:(?:(?:Islamic|Federal|Democratic|People's|United|Arab|Socialist|Hashemite|Federative|Plurinational|Bolivarian)"
    r"\s+)*(?:Republic|Kingdom|State|Sultanate|Emirate|Principality|Commonwealth|Federation|Grand\s+Duchy)\s+of"
    r"|[Oo]ccupied)\s+(?:the\s+)?(.+)")
"""A country's formal style, or "occupied", before a place the Urdu names plainly (Sultanate of
Oman ↔ عمان, Kingdom of Bahrain ↔ بحرین, occupied West Bank ↔ مغربی کنارے)."""
_GROUP_OF = re.compile(r"Group\s+of\s+(\w+)")
"""Group of Seven, Group of 20: the G7 and G20 the Urdu writes as letters and a number."""
_HYPHENED_INITIALS = re.compile(r"[A-Z](?:-[A-Z])+")
_UNWRITTEN_PAIRS = frozenset(("police station", "tribal district", "tribal agency", "tribal area", "tribal areas"))
"""Two last words of the same kind (Shalkot police station ↔ تھانہ شالکوٹ, Khyber tribal district
↔ خیبر ایجنسی): what kind of place the place is."""
_SOUND_WORD_MIN = 0.9
"""A name word found by sound inside a translated name must sound this close."""
_SURNAME_HEARD = 0.75
"""How well a three-word name's last word must sound like the source's word it is aligned with:
a name whose other words match passes only with its own surname."""
_EVERYDAY_SOUND_MIN = 0.97
"""An everyday Urdu word inside a translated name counts only when it sounds exactly like the
name's word (Ehtesab Commission ↔ احتساب کمیشن: the desk keeps the Urdu word)."""
_LOANWORD_MIN = 0.85
"""An ordinary word of a name is in the source when a word there sounds this close (گراؤنڈ)."""

_HOME_COUNTRY = frozenset(("pakistan", "pakistani", "pakistanis"))
_NATIONAL = frozenset(fold_token(w) for w in ("قومی",))
_PAKISTANI_AGENCIES = frozenset(
    fold_token(w).replace(" ", "") for w in ("اے پی پی", "این این آئی", "آئی این پی", "پی پی آئی", "آن لائن"))
"""Pakistani news agencies as their credits are written (APP, NNI, INP, PPI, Online)."""

_LETTER_NAMES = {"ق": "قاف", "ن": "نون", "م": "میم", "ج": "جیم", "ع": "عین", "ش": "شین", "ف": "فے",
                 "ل": "لام", "ک": "کاف", "گ": "گاف", "ب": "بے", "پ": "پے"}


@lru_cache(maxsize=8192)
def _with_letter_names(forms: tuple[str, ...]) -> tuple[str, ...]:
    """Known forms plus their single letters spelt as letter names: مسلم لیگ ق is also
    مسلم لیگ قاف, مسلم لیگ ن also مسلم لیگ نون."""
    out = list(forms)
    for form in forms:
        words = form.replace("(", " ").replace(")", " ").split()
        if any(w in _LETTER_NAMES for w in words):
            spelt = " ".join(_LETTER_NAMES.get(w, w) for w in words)
            if spelt not in out:
                out.append(spelt)
    return tuple(out)


_NOON = fold_token("ن")
_IA_ENDINGS = frozenset(fold_token(e) for e in ("یا", "یہ"))
_GLUE_SUFFIXES = tuple(fold_token(w) for w in ("سے", "کے", "کی", "کا", "کو", "نے", "میں", "پر", "اور"))
_ARTICLE = fold_token("ال")
_ABD = fold_token("عبد")
_ABD_AL = _ABD + _ARTICLE
COMPOUND_OPENINGS = (_ABD_AL, fold_token("ابوال"))
"""`Abd al-` and `Abu al-` run into the name after them (عبدالفتاح، ابوالحسن): compound Arabic names,
told apart by what follows the opening."""
_FINAL_WA = fold_token("وا")
_HAR = fold_token("ہر")
"""'every', and the opening of names an Urdu hand writes apart (ہر جوت، ہر برٹ: Harjot, Herbert)."""
_ALLAH = fold_token("اللہ")
_BIN = fold_token("بن")
_ABDUL_KEY = "<abdul>"
"""The skeleton key of عبدال split off a name (عبدالمالک), which only `Abdul` and its forms reach."""
_ABDUL_FORMS = frozenset(("abdul", "abdel", "abdal", "abdus", "abdur", "abdush", "abdun", "abduz", "abd-al", "abd-el"))
"""`Abd al-` as English prints it, the article's l often assimilated (Abdus Salam, Abdur Rehman)."""
_ABDUL_GLUED = re.compile(r"^(abd(?:ul|el|al|us|ur|un|uz))(?:-)?([a-z]{4,})$", re.I)


_ENGLISH_TD = re.compile(r"[td](?!h)", re.I)


def _written_as(english: str, urdu: str) -> bool:
    """The English word is this very Urdu word in Latin letters: a listed loan word (سائنس
    Science), or the Urdu's letters with only the short vowels Urdu leaves unwritten added
    (اکرم Akram, منظور Manzoor, روشنی Roshni). A name that is also an everyday word is heard in
    it; another name whose consonants it merely shares is not (Iqbal is no قبل: Urdu writes a
    word's opening vowel, اقبال)."""
    if loanwords().get(urdu, "").lower() == english.lower():
        return True
    ours, theirs = english_loose(english), urdu_skeletons(urdu)[2]
    if not ours or not theirs or ours[0] != theirs[0]:
        return False
    k = 0
    for c in ours:
        if k < len(theirs) and c == theirs[k]:
            k += 1
        elif c not in "aiu":
            return False
    return k == len(theirs)


def _english_loanword(english: str, urdu: str) -> bool:
    """An Urdu word spelt as Urdu writes English words: English t and d as the retroflex ٹ ڈ
    (انڈین for Indian), never the dental ت د of native words (دانش is wisdom, not Danish)."""
    if not _ENGLISH_TD.search(english):
        return True
    return any(c in urdu for c in "ٹڈ") and not any(c in urdu for c in "تد")


_SPOKEN_ACRONYM_MIN = 0.85
_SPOKEN = re.compile(r"^(?:[BCDFGHJKLMNPQRSTVWXZ]?[AEIOU][BCDFGHJKLMNPQRSTVWXYZ]{0,2})+$")


_SAYABLE = re.compile(r"(?:[B-DF-HJ-NP-TV-Z]{0,2}[AEIOU][B-DF-HJ-NP-TV-Z]{0,2})+")


def _sayable(acronym: str) -> bool:
    """An acronym that may be said as a word, clusters allowed (PRISM پرزم, NATO), four letters or
    more: every `_pronounceable` one, and those opening a syllable on two consonants."""
    letters = acronym.replace(".", "").upper()
    return len(letters) >= 4 and _SAYABLE.fullmatch(letters) is not None


def _pronounceable(acronym: str) -> bool:
    """An acronym said as a word (ISAF ایساف, NATO نیٹو), not letter by letter (GHQ): four
    letters or more in syllables of at most one consonant, a vowel, two consonants."""
    letters = acronym.replace(".", "").upper()
    return len(letters) >= 4 and _SPOKEN.fullmatch(letters) is not None


_ARTICLE_TAIL = re.compile(r"^([a-z]{3,})(?:-)?(ul|ud|us|ur|un|uz|ut|ush)$", re.I)


_LETTERS_NUMBER = re.compile(r"([A-Za-z]{1,3})[- ]?(\d{1,3})")
_CODE_NUMBER = re.compile(r"\s*-?\s*(\d+|[^\W\d_]+)")
_AL_PREFIX = re.compile(r"^(?:al|el|as|ad|ar|ash|az|an|at)-(?=\w)", re.I)


_BIN_WORDS = frozenset(("bin", "ibn", "bint", "ben"))
_ACRONYM_SHAPE = re.compile(r"(?:[A-Z]\.?|o(?=[A-Z]))+")
"""Capitals, with an `o` for "of" between two (UoP, MoD, DoJ)."""
_ACRONYM_GLUED = re.compile(r"([A-Z]{2,})([a-z]{3,})")
"""An acronym run into a lower-case word, as brands write themselves (ESPNcricinfo)."""


_DESCRIPTIVE_WORDS = frozenset(fold_token(w) for w in ("ادارہ", "ادارے", "اداروں", "حکام", "اہلکار", "اہلکاروں", "افسران"))
"""Words that describe a body rather than name it (تحقیقاتی ادارے "investigating agencies"): no
initial of an acronym."""
_BODY_INITIALS = frozenset("AOIC")
"""Agency, Organisation, Institute, Centre: what ادارہ heads in a named body's English."""


@lru_cache(maxsize=8192)
def _english_initials(token: str) -> frozenset[str]:
    """Capitals an English name may start one Urdu word's translation or sound with (کراچی K,
    جامعہ U, وزارت M, نیشنل N, عالمی W or I): from the name-word tables and the gazetteer; none
    for a word they do not know or a function word."""
    if token in URDU_FUNCTION or token in _DESCRIPTIVE_WORDS:
        return frozenset()
    out = set(_initials_table().get(token.replace(" ", ""), ()))
    out |= {english[:1].upper() for english in (org_words().get(token.replace(" ", "")),) if english}
    out |= {e.english[:1].upper() for e in gazetteer.lookup_urdu(token) if e.type in ("location", "demonym")}
    return frozenset(c for c in out if c.isalpha())


@cache
def _initials_table() -> dict[str, frozenset[str]]:
    """Folded Urdu form (spaces removed) → the capitals of every English word the name-word
    table gives it (عالمی: World and International)."""
    table: dict[str, set[str]] = {}
    for english, forms in NAME_WORDS.items():
        for form in forms:
            table.setdefault(fold_token(form).replace(" ", ""), set()).add(english[:1].upper())
    return {k: frozenset(v) for k, v in table.items()}


def _leading_initials(words: list[str]) -> tuple[str, int]:
    """(letters, words used) of a name's leading initials: `GM`, `G.M.`, `G M`, `G. M.`."""
    first = words[0].replace(".", "") if words else ""
    if len(words) >= 2 and 2 <= len(first) <= 4 and first.isalpha() and first.isupper():
        return first, 1
    k = 0
    while k < len(words) - 1 and len(words[k].rstrip(".")) == 1 and words[k][:1].isupper():
        k += 1
    return "".join(w[0] for w in words[:k]), k


def _names_a_part(token: str) -> bool:
    """An Urdu word that is itself a word of an organisation's English name (اسلامک Islamic,
    قومی National) or a place: inside a translated name, a part the English would have."""
    return org_words().get(token.replace(" ", "")) is not None or any(
        e.type in ("location", "demonym") for e in gazetteer.lookup_urdu(token))


def person_like(words: list[str]) -> bool:
    """Two capitalised words or more that name no known place or organisation, and no word a
    place's or organisation's name is made of: the words of a person's name."""
    return len(words) >= 2 and all(
        w[:1].isupper() and w.isalpha() and not w.isupper() and w.lower() not in NAME_WORDS
        and all(e.type == "person" for e in gazetteer.lookup_english(w)) for w in words)


def _plain_person(cleaned: str) -> str | None:
    """A name that is no known name as written but a known person's without its title or the
    Arabic article on a later word (Colonel Gaddafi, Muammar al-Gaddafi ↔ Muammar Gaddafi)."""
    words = _strip_titles(cleaned.split())
    words = words[:1] + [_AL_PREFIX.sub("", w) for w in words[1:]]
    plain = " ".join(words)
    if plain == cleaned or not any(method == "known_person" for _, method in _english_forms(plain)):
        return None
    return plain


def _article_apart(words: list[str]) -> list[str] | None:
    """`Mominul Haque` as `Momin al-Haque`, the way Urdu writes it (مومن الحق): a name word
    ending in the Arabic article before the next word (Inamul Haq, Zahoorul Islam)."""
    out: list[str] = []
    changed = False
    for k, w in enumerate(words):
        m = _ARTICLE_TAIL.match(w)
        if m and k + 1 < len(words) and w.lower() not in _ABDUL_FORMS and out[-1:] != ["al"]:
            out += [m.group(1), "al"]
            changed = True
        elif out[-1:] == ["al"]:
            out[-1] = "al" + w.lower()
        else:
            out.append(w)
    return out if changed else None


def _hyphens_apart(words: list[str]) -> list[str] | None:
    """A place whose words English joins with hyphens (Shah-ji-ki-Dheri ↔ شاہ جی کی ڈھیری): the
    words apart, the small ones kept to follow the name's words as Urdu writes them."""
    if not any(w.count("-") >= 2 for w in words):
        return None
    return [p for w in words for p in (w.split("-") if w.count("-") >= 2 else [w]) if p]


def _abdul_apart(words: list[str]) -> list[str]:
    """`Abdelmadjid` as `Abdel madjid`, the way Urdu's عبدالمجید is split for matching."""
    out: list[str] = []
    for w in words:
        m = _ABDUL_GLUED.match(w)
        out += [m.group(1), m.group(2)] if m and not m.group(2).lower().startswith("lah") else [w]
    return out


@cache
def _name_trades() -> frozenset[str]:
    """Trades and titles that stand right before a person's name (اوپنرشان مسعود, ڈاکٹرکمال):
    the titles, and the longer trades (پروڈیوسرجل, کرکٹرشاہد)."""
    titles = {fold_token(w) for w in ("ڈاکٹر", "مسٹر", "مولانا", "پروفیسر", "محترمہ", "علامہ", "مفتی")}
    return frozenset(titles | {w for w in NAME_INTRODUCERS if len(w) >= 5})


_NAME_LIKE_ZIPF = 5.7
"""Given names that are also words (شان 4.9, کمال 4.9, عالم 5.4) are less frequent than the
grammar words a trade word is run into (کی, سے, گا: 6 and over)."""


def _name_like_word(word: str) -> bool:
    return word not in URDU_COMMON and urdu_zipf(word) < _NAME_LIKE_ZIPF


@cache
def _glue_prefixes() -> frozenset[str]:
    """Offices and titles that papers run into the name after them (صدرحسنی، وزیررشید)."""
    singles = {role_key(f) for role in ROLES for f in role.urdu if " " not in f}
    return frozenset(w for w in singles | _name_trades() | _GLUED_HONORIFICS if len(w) >= 3)


_GLUED_HONORIFICS = frozenset(fold_token(w) for w in ("ملا", "مولانا", "مولوی", "مفتی", "علامہ", "حاجی"))
"""Religious honorifics papers run into the name after them (ملاخدائی رحیم, مولانافضل)."""
_NOT_WORD_STARTS = frozenset(fold_token("ئیاوے")) | frozenset("ئیاوے")
"""Letters a word after a glued honorific does not open on: the word goes on (ملائیشیا)."""


_PLURAL_ENDINGS = tuple(fold_token(e) for e in ("وں", "یں", "ز", "ے", "ائیں", "اؤں", "ائوں"))


def _plural_of_whole(token: str) -> bool:
    """The word is a plural or oblique of a word kept whole: شاہینوں of شاہین, not شاہ + ینوں."""
    for end in _PLURAL_ENDINGS:
        stem = token[: -len(end)]
        if token.endswith(end) and len(stem) >= 4 and _split_glued(stem) == (stem,):
            return True
    return False


_PERSON_OF = re.compile(r"(?P<people>[A-Z][a-z]+)(?:man|men|woman|women)")


def _demonym_of_person(cleaned: str) -> str | None:
    """`Irish` for `Irishman`, `French` for `Frenchwomen`: a person named by his people, which
    Urdu writes with the demonym alone (آئرش گالفر)."""
    m = _PERSON_OF.fullmatch(cleaned)
    if m is None:
        return None
    people = m.group("people")
    return people if any(e.type == "demonym" for e in gazetteer.lookup_english(people)) else None


@lru_cache(maxsize=65536)
def _split_glued(token: str) -> tuple[str, ...]:
    """A folded word as the words it runs together, for matching names inside it:
    a title before a name (صدرحسنی → صدر حسنی, وزیررشید), عبدال before a name
    (عبدالحسیم → عبدال حسیم: Haseem alone) and a postposition after a known place
    (آسٹریلیاسے → آسٹریلیا سے). Everyday words, known names and one-word forms of the name-word
    tables (جوائنٹ, not جو + اینٹ) are kept whole."""
    if len(token) < 5 or token.isascii() or _everyday(token) or gazetteer.lookup_urdu(token) or token in NAME_WORD_SINGLES:
        return (token,)
    for pre in _glue_prefixes():
        if pre in _GLUED_HONORIFICS and token[len(pre):len(pre) + 1] in _NOT_WORD_STARTS:
            continue  # ملائشیا: Malaysia, not ملا + ئشیا
        if token.startswith(pre) and not _plural_of_whole(token) and len(token) - len(pre) >= (2 if len(pre) >= 6 else 3) and (
                not _everyday(token[len(pre):]) or (pre in _name_trades() and _name_like_word(token[len(pre):]))):
            return (pre, *_split_glued(token[len(pre):]))
    if token.startswith(_ABD + _ARTICLE) and len(token) >= 8:
        return (token[:5], token[5:])
    head, hamza, rest = token.partition(_HAMZA)
    if hamza and len(rest) >= 3 and rest[0] in _ALIFS and (head in NAME_PARTS or head + hamza in NAME_PARTS):
        return (head + hamza, *_split_glued(rest))  # a name ending in ء run into the next (ضیاءاصفہانی)
    for suf in _GLUE_SUFFIXES:
        stem = token[: -len(suf)]
        if token.endswith(suf) and len(stem) >= 3 and gazetteer.lookup_urdu(stem):
            return (stem, suf)
    return _segmented(token)


_HAMZA = "ء"
_ALIFS = frozenset("اآ")
_OBLIQUE = fold_token("ے")
_DIRECT_ENDINGS = frozenset(fold_token(c) for c in "ہا")


_GLUED_PIECE_ZIPF = 3.0
_GLUED_BEFORE = frozenset(fold_token(w) for w in ("اور", "ہر", "یا", "جو", "کہ", "بھی", "اس", "ان"))
"""Short words that copy runs into the word after them (اورمغربی، ہرچینل)."""
_DEMONSTRATIVES = frozenset(fold_token(w) for w in ("اس", "ان"))
_DEMONSTRATIVE_PIECE_ZIPF = 4.5
_PLACE_BEFORE = frozenset(fold_token(w) for w in ("صوبہ", "صوبے", "ضلع", "ضلعے", "شہر", "قصبہ", "قصبے", "گاؤں"))
"""Words for a province, district, town or village, which copy runs into the place named after
them (صوبےجیانگ سو): what follows is a name however rare."""
_PLACE_NAME_MIN = 4


def _glued_pair(left: str, right: str) -> bool:
    """`left + right` is two words run together: a conjunction or particle before a word, a
    postposition after one, or a known name beside a word (براجمانپیرس)."""
    if left in _GLUED_BEFORE:
        # names begin with اس/ان (اندوری, not ان دوری): after them only a very frequent word
        floor = _DEMONSTRATIVE_PIECE_ZIPF if left in _DEMONSTRATIVES else _GLUED_PIECE_ZIPF
        return len(right) >= 3 and (urdu_zipf(right) >= floor or bool(gazetteer.lookup_urdu(right)))
    if left in _PLACE_BEFORE and len(right) >= _PLACE_NAME_MIN:
        return True
    if left in _GLUE_SUFFIXES and len(right) >= 3 and _unambiguous_name(right):
        return True  # the word before's postposition run into a known name (سنکیانگ میںیغور)
    if right in _GLUE_SUFFIXES:  # a known name only: پالیکے is a place, not پالی + کے
        return len(left) >= 3 and _unambiguous_name(left)
    if min(len(left), len(right)) < 4:
        return False
    if _unambiguous_name(right):
        return urdu_zipf(left) >= _GLUED_PIECE_ZIPF
    if _unambiguous_name(left):
        return urdu_zipf(right) >= _GLUED_PIECE_ZIPF
    return False


_PIECE = "\x00"
"""Marks a skeleton-table window that is a name's piece of a glued word."""
_PIECE_SHARE = 0.99
_GLUED_WORD_ZIPF = 4.0
_GLUED_NAME_MIN = 3


@lru_cache(maxsize=65536)
def _glued_name_pieces(token: str) -> tuple[str, ...]:
    """The unlisted name inside a word that newspaper copy ran into the word before or after
    it (لیوک رونچیاور, ریکارڈانضمام, موڈولونے, کوعمر, فٹبالرزیکو): the rest once a particle, a
    frequent word or a news word is taken off either end. Only for a token that is no
    word itself; the piece is looked up by skeleton alone, where an English name is searched."""
    if len(token) < 5 or urdu_zipf(token) > 0 or token in NAME_PARTS or gazetteer.lookup_urdu(token):
        return ()
    out = []
    for k in range(2, len(token) - 1):
        left, right = token[:k], token[k:]
        if _plain_word(left) and _name_piece(right, left in _GLUE_PARTICLES):
            out.append(right)
        if _plain_word(right) and _name_piece(left, right in _GLUE_PARTICLES):
            out.append(left)
    if len(token) >= _RUN_MIN:
        out += [p for p in _run_pieces(token) if p not in out]
    return tuple(out)


_RUN_MIN = 10
_ZE = fold_token("ز")
_GLUED_FORM_MIN = 4
_COMBOS_MAX = 4


def _reading_combos(words: list[tuple[str, str]],
                    alts: list[tuple[tuple[str, str], ...]] | None) -> list[tuple[tuple[str, str], ...]]:
    """The first readings of a name's words, then each word's other readings with the rest
    first (Suarez as svrs: سواریز run into کارلا...نیوارو), at most `_COMBOS_MAX` in all."""
    out = [tuple(words)]
    if alts is None:
        return out
    for k, readings in enumerate(alts):
        for other in readings[1:]:
            if len(out) >= _COMBOS_MAX:
                return out
            out.append((*words[:k], other, *words[k + 1 :]))
    return out


_AND = fold_token("اور")


def _run_pieces(token: str) -> list[str]:
    """The names in a long run of words copy lost its spaces in (گاربین مگروزاورکارلاسواریزنیواروکو:
    Muguruza and Carla Suarez Navarro): the pieces between its ands, a postposition off the end."""
    parts = token.split(_AND)
    if len(parts) < 2 or any(len(p) < _GLUED_NAME_MIN for p in parts):
        return []
    out = []
    for part in parts:
        for suf in _GLUE_SUFFIXES:
            if part.endswith(suf) and len(part) - len(suf) >= _GLUED_NAME_MIN + 1:
                part = part[: -len(suf)]
                break
        if _name_piece(part, True):
            out.append(part)
    return out


_GLUE_PARTICLES = frozenset(_GLUE_SUFFIXES) | (_GLUED_BEFORE - _DEMONSTRATIVES)
"""Postpositions after a word and the short words run into the next one (not اس/ان, which
open names): what a glued name's piece may be taken from with 3 letters left."""
_NOT_OPENING = frozenset("ھںےۓٔ")
_NAME_PIECE_ZIPF = 5.5


def _plain_word(word: str) -> bool:
    return word in _GLUE_PARTICLES or (len(word) >= 4 and (
        urdu_zipf(word) >= _GLUED_WORD_ZIPF or word in NEWS_WORDS or word in _name_trades()))


def _name_piece(word: str, by_particle: bool) -> bool:
    """A name's piece: 3 letters beside a particle (کوعمر), else 4 (فٹبالرزیکو: not یکو)."""
    return (len(word) >= (_GLUED_NAME_MIN if by_particle else _GLUED_NAME_MIN + 1) and word[0] not in _NOT_OPENING and word not in URDU_FUNCTION
            and urdu_zipf(word) < _NAME_PIECE_ZIPF)


@lru_cache(maxsize=65536)
def _segmented(token: str) -> tuple[str, ...]:
    """A word Urdu text ran together without a space (اورمغربی، بنگالکی، براجمانپیرس) as its two
    words, when it is no word itself and one side is a conjunction, a postposition or a known
    name. Any two frequent pieces are not enough: unlisted names split so (ابھیشک → ابھی شک)."""
    if len(token) < 6:
        return (token,)
    if urdu_zipf(token) > 0 or token in NAME_PARTS:
        return (token,)
    for k in range(2, len(token) - 1):
        if _glued_pair(token[:k], token[k:]):
            return (token[:k], token[k:])
    return (token,)


_EVERYDAY_ZIPF = 4.8
_VOWEL_LETTERS = str.maketrans("", "", "اآوؤیےئٰءأ")


def consonant_key(key: str) -> str:
    """A folded Urdu key without its vowel letters after the first letter (پاناما → پنم):
    foreign names are written with and without them, while a different name changes consonants."""
    return key[:1].replace("آ", "ا") + key[1:].translate(_VOWEL_LETTERS)  # آرین and ارین: one name


_SOUND_LETTERS = str.maketrans("گقٹطڈڑصثذضظھحۃں", "ککتتدرسسزززہہہن")
_SOUND_KEY_MIN = 4
_DOUBLED = re.compile(r"(.)\1+")
_N_BEFORE_B = re.compile(r"ن(?=ب)")
_HE, _ALIF = fold_token("ہ"), fold_token("ا")


_FINAL_SWAP_MIN = 3


def _final_swap_key(key: str) -> str | None:
    """A key of three letters or more that ends in the vowel ہ or ا, the same for both and with
    every other letter as written (نینوا and نینوہ): the one difference Urdu writers make in a
    foreign name's final a, where the consonants alone (نن) are too few to go by."""
    if len(key) >= _FINAL_SWAP_MIN and key[-1:] in (_HE, _ALIF):
        return "\x01" + key[:-1]
    return None


def _final_vowel_key(key: str) -> str | None:
    """`sound_key` of a key that ends in the vowel ہ or ا, the same for both and marked apart
    from every other key; None for other endings."""
    if key.endswith(_HE):
        return "\x00" + sound_key(key)[:-1]
    if key.endswith(_ALIF):
        return "\x00" + sound_key(key)
    return None


def sound_key(key: str) -> str:
    """`consonant_key` with letters of one sound made one (گ ک ق, ت ٹ ط, س ص ث, ز ذ ض ظ ...):
    Urdu writers differ in which they pick for a foreign name; a letter written twice is one
    (رام اللہ and رملّہ for Ramallah), also once letters of one sound are made one (ہانگ کانگ and
    ہانک کانگ); n before b is heard as m (ایڈمبرا for ایڈنبرا, استمبول)."""
    return _N_BEFORE_B.sub("م", consonant_key(_DOUBLED.sub(r"\1", key.translate(_SOUND_LETTERS))))


def _known_other_than_person(words: list[str]) -> bool:
    """The words are a known place or body, not a person (Dera Ismail Khan): the person-name
    rules about surnames do not apply."""
    return any(e.type != "person" for e in gazetteer.lookup_english(" ".join(words)))


def _unambiguous_name(token: str) -> bool:
    """A known name's Urdu spelling that is not also an everyday word (مری, باغ are)."""
    return bool(gazetteer.lookup_urdu(token)) and gazetteer.urdu_key(token) not in gazetteer.AMBIGUOUS_URDU


@lru_cache(maxsize=65536)
def _everyday(token: str) -> bool:
    """A folded token Urdu uses mostly as an ordinary word (and no known name spells so)."""
    if token in URDU_COMMON:
        return True
    if token in NAME_PARTS or _unambiguous_name(token):
        return False
    zipf = urdu_zipf(token)
    return (zipf >= _EVERYDAY_ZIPF or (token.endswith(_PLURAL_NASAL) and urdu_inflected(token))
            or (len(token) >= _PARADIGM_FORM_LETTERS and zipf >= _PARADIGM_FORM_ZIPF and paradigm_zipf(token) >= _EVERYDAY_ZIPF))


_PARADIGM_FORM_ZIPF = 3.5
"""How frequent a form of an everyday paradigm must be on its own to be that word (قرضہ, a loan,
is no Qureshi): a rarer form coincides with names more often than with the word."""
_PARADIGM_FORM_LETTERS = 4
"""Letters such a form needs: a shorter one is spelt as names are too (وجے of وجہ, Vijay)."""


NAMED = fold_token("نامی")
"""نامی, "named": the words before it are a name (منظور ملک نامی نوجوان)."""
_PLURAL_NASAL = ("وں", "یں", "اں")
"""Plural endings (قیدیوں, جائیدادیں, لڑکیاں): a declined form of an everyday word with one of
them is that word's plural, never a name's (no name is written so), however rare the form is:
Kevin is not heard in قیدیوں, nor Jonathan in جائیدادیں."""


def is_everyday_word(text: str) -> bool:
    """Every word of `text` is an everyday Urdu word (a nearest-name hint must not offer one)."""
    toks = [fold_token(t) for t in LETTERS.findall(normalize(text).text)]
    return bool(toks) and all(_everyday(t) for t in toks)


_SHORT_QUOTE = re.compile(r"[‘’“”\"«»]([^‘’“”\"«».،؟!\n]{1,40}?)[‘’“”\"«»]")
"""A quotation of a few words: a title (a film's, a book's, a campaign's) more often than speech."""
_TITLE_QUOTE = re.compile(r"[‘’“”\"«»']\s*([^‘’“”\"«»'.،؟!\n]{1,40}?)\s*،?\s*[‘’“”\"«»']")
"""A short quotation as a title is quoted: any quotation mark (an apostrophe too), the title
perhaps followed by the comma of a list inside the marks (’عشق،‘)."""
_URDU_HEARD_MIN = 0.9
"""How well an Urdu name read in English must be heard, every word, in the source's sounds."""
_FUNCTION_NAME_WORD = 3
"""Consonants of a later name word Urdu may spell as a function word (Key کی, Jahan جہاں in افسر جہاں)."""
_PLACE_WRITTEN_MIN = 80
_TITLE_WORDS = 8
_TITLE_MIN_CONSONANTS = 6
"""Consonants an unquoted title needs (Zindagi Na Milegi Dobara has nine, Kal Ho Naa Ho four)."""
_HYPHENS = re.compile(r"[\s-]+")
_WRITTEN_OUT = {"st": "Saint", "ste": "Sainte", "mt": "Mount", "ft": "Fort", "xi": "Eleven"}
"""Abbreviations a name is said in full in Urdu (St Lucia سینٹ لوشیا, President's XI پریذیڈنٹ الیون)."""


def _clean_english(name: str) -> str:
    words = []
    listed = bool(gazetteer.lookup_english(name.strip()))  # Indian-held Kashmir keeps its -held
    for w in name.replace("\u2019", "'").split():
        w = w.strip(" \t\"'“”‘’()[]{},;:!?")
        w = POSSESSIVE.sub("", w)
        if not listed:
            w = gazetteer.HYPHEN_TAIL.sub("", w)
        if _HYPHENED_INITIALS.fullmatch(w):
            w = w.replace("-", "")  # K-P is KP
        short = w.lower().rstrip(".")
        if short in _WRITTEN_OUT and w[:1].isupper() and (short != "xi" or w == "XI"):  # not Xi Jinping
            w = _WRITTEN_OUT[short]
        if w:
            words.append(w)
    if words and words[0].lower() == "the" and len(words) > 1:
        words = words[1:]
    return " ".join(words)


def _strip_titles(words: list[str]) -> list[str]:
    """Drop leading titles (`General`, `Prime Minister`, `Mr`, `Gen`, `Sheikh`, `(retd)`) from
    a person's name: the Urdu may write them or not, and a name is matched on what follows."""
    changed = True
    while changed and len(words) > 1:
        changed = False
        if words[0].lower().strip(".") in ENGLISH_HONORIFICS:
            words = words[1:]
            changed = True
            continue
        for k in range(min(4, len(words) - 1), 0, -1):
            if english_role(" ".join(words[:k])) is not None:
                words = words[k:]
                changed = True
                break
    return words


def _urdu_letters(words: list[str]) -> str | None:
    out = ""
    for w in words:
        piece = letter_of(w) or split_joined(w)
        if piece is None:
            return None
        out += piece
    return out if len(out) >= 2 else None


_POSTPOSITION_OPENINGS = frozenset(fold_token(w) for w in ("کا", "کی", "کو", "نے", "سے", "میں", "پر"))


def _postposition_apart(first: str, key: str, last: str = "") -> bool:
    """A name of one word read across a postposition and the next word: کا بل (a bill's) is no
    کابل (Kabul), nor a word and the postposition after it: باس کی (the boss's) is no باسکی
    (Basque); unless a listed form is written apart so (کے is also the letter K: کے ٹو)."""
    forms = [fold(form) for e in gazetteer.lookup_urdu(key) for form in e.urdu]
    return (first in _POSTPOSITION_OPENINGS and not any(f.startswith(first + " ") for f in forms)) or (
        last in _POSTPOSITION_OPENINGS and not any(f.endswith(" " + last) for f in forms))


def _letter_piece(toks: list[str], joined_next: list[bool], j: int) -> tuple[str, int] | None:
    """(letters, words used) for the letter name(s) at word j: `جی`, `آئیایس`, or a split `آ ر`."""
    single = letter_of(toks[j])
    if single is not None:
        return single, 1
    if j + 1 < len(toks) and joined_next[j] and len(toks[j]) + len(toks[j + 1]) <= 5:
        pair = letter_of(toks[j] + toks[j + 1])
        if pair is not None and letter_of(toks[j + 1]) is None:
            return pair, 2
    if toks[j] in URDU_COMMON:
        return None
    joined = split_joined(toks[j])
    return (joined, 1) if joined is not None else None


def _role_letters(toks: list[str], i: int, j: int) -> int:
    """Words of a police or army rank written in letter names (ڈی آئی جی, ایس پی, سی سی پی او) at
    the start of the letter run toks[i:j], longest first; 0 when there is none, or when the
    whole run is a listed acronym that merely begins like one (ایس پی ڈی, Germany's SPD)."""
    if "".join(toks[i:j]) in gazetteer.urdu_keys():
        return 0
    for k in range(j, i, -1):
        if urdu_role("".join(toks[i:k])) is not None:
            return k - i
    return 0


def _ordinary_before_agent(tok: str) -> bool:
    """An everyday word that no name is made of: the agent before نے does not reach back over it
    (وکیل، امیدوار، بلے باز، ٹیم). Arabic name parts are everyday words too (اللہ بخش، سیف اللہ،
    صلاح الدین، بن), and so are initials as letter names (ڈی، سی): they do not stop it."""
    return (_everyday(tok) and tok not in NAME_PARTS and tok not in name_parts()
            and not tok.startswith(_ARTICLE) and not tok.endswith(_ALLAH) and tok != _BIN and letter_of(tok) is None)


def _is_nameish(tok: str) -> bool:
    return (
        len(tok) >= 2
        and tok not in URDU_COMMON
        and urdu_role(tok) is None
        and not tok.isascii()
        and classify_urdu(tok) is None  # کپتان اینڈریو سٹراس اٹھہتر رنز: the count is not his name
        and all(e.type == "person" for e in gazetteer.lookup_urdu(tok))
    )


_SAME_SOUND_MIN = 3
_SAME_SOUND_SCORE = 0.95


_NA, _NE = fold_token("نا"), fold_token("نے")


def _infinitive(tok: str) -> bool:
    """A frequent verb's infinitive (نائب صدر بنانے: to make vice-president), which the lemma
    table lists in -نا: no name after a role. A name in -نے (جے وردھنے) is no verb there."""
    return (len(tok) >= 4 and tok.endswith((_NA, _NE)) and urdu_zipf(tok) >= _INFINITIVE_ZIPF
            and urdu_inflected(tok[:-2] + _NA))


_INFINITIVE_ZIPF = 4.0


_ROLE_RUN_ZIPF = 4.0
"""Words after a role this frequent, none a name part, make no person together (جواب دہ)."""


def _find_candidates(idx: NameIndex) -> list[NameCandidate]:
    toks = idx.tokens
    n_tok = len(toks)
    taken = [False] * n_tok
    found: list[tuple[int, int, CandidateType, str, str]] = []  # start, n, type, english, source

    def add(i: int, n: int, typ: CandidateType, english: str, source: str) -> None:
        for j in range(i, i + n):
            taken[j] = True
        found.append((i, n, typ, english, source))

    run_end = idx.run_end

    def joined(i: int, n: int) -> bool:
        return run_end[i] >= i + n - 1

    # 1. acronym runs: letter names, at least one unambiguous or three in a row
    i = 0
    while i < n_tok:
        letters = ""
        j = i
        ambiguous_only = True
        while j < n_tok:
            piece = _letter_piece(toks, idx.joined_next, j)
            if piece is None:
                break
            if piece[1] > 1 or toks[j] not in AMBIGUOUS_LETTER_NAMES:
                ambiguous_only = False
            letters += piece[0]
            j += piece[1]
            if not idx.joined_next[j - 1]:
                break
        while j - i > 1 and toks[j - 1] == _KE and len(letters) > 2:
            j -= 1  # the genitive کے after an acronym (آئی ایس پی آر کے مطابق)
            letters = letters[:-1]
        if (toks[i] == _KE and j - i > 2 and i > 0 and idx.joined_next[i - 1] and letter_of(toks[i - 1]) is None
                and _role_letters(toks, i + 1, j)):
            i += 1  # the genitive کے before a rank (رینج کے ڈی آئی جی، انٹیلیجنس کے ایس پی), not K
            letters = letters[1:]
        n = j - i
        rank = _role_letters(toks, i, j)
        if rank:
            i += rank  # ڈی آئی جی, ایس پی: a rank, read as a role below (the letters after it are
            continue   # the holder's initials or another acronym: ڈی جی آئی ایس پی آر)
        if letters in COMMON_ACRONYMS:
            i = j  # ٹی وی, ایف آئی آر: an everyday noun
        elif len(letters) >= 2 and (n >= 3 or not ambiguous_only) and not (n == 1 and len(letters) < 3):
            add(i, n, "organization", letters, "acronym")
            i = j
        else:
            i += 1
    # 2. gazetteer and roles, longest first
    gaz_keys = gazetteer.urdu_keys()
    role_ends: list[int] = []
    i = 0
    while i < n_tok:
        matched = False
        for n in range(min(_MAX_NGRAM, n_tok - i), 0, -1):
            if any(taken[i : i + n]) or not joined(i, n):
                continue
            key = "".join(toks[i : i + n])
            role = urdu_role(key) if n <= 4 else None
            if role is not None and key != _SIR:
                role_ends.append(i + n)
                for j in range(i, i + n):
                    taken[j] = True
                i += n
                matched = True
                break
            if key in gaz_keys and key not in gazetteer.AMBIGUOUS_URDU and not (n == 1 and all(
                    e.type == "person" for e in gazetteer.lookup_urdu(key))) and not (  # جان, ترین, آن لائن: words too
                    n > 1 and _postposition_apart(toks[i], key, toks[i + n - 1])):
                entry = gazetteer.lookup_urdu(key)[0]
                typ: CandidateType = "other" if entry.type == "demonym" else entry.type
                add(i, n, typ, entry.english, "gazetteer")
                i += n
                matched = True
                break
        if not matched:
            i += 1
    # 3. words after a role: a person (up to three name-like words)
    for end in role_ends:
        if end >= n_tok or not idx.joined_next[end - 1] or (end < n_tok and taken[end]):
            continue
        j = end
        k = j
        while (
            k < n_tok
            and k - j < 3
            and not taken[k]
            and _is_nameish(toks[k])
            and toks[k] not in NAME_STOP_AFTER_ROLE
            and not (k == j and _infinitive(toks[k]))  # a surname may spell one: ایڈم ملنے
            # after a known person's whole name, an everyday word no name is made of ends it
            # (صدر اوباما پابندی لگا چکے; سردار شیر باز مزاری goes on)
            and not (k > j and _everyday(toks[k]) and toks[k] not in NAME_PARTS and toks[k] not in name_parts()
                     and any(e.type == "person" for e in gazetteer.lookup_urdu(" ".join(toks[j:k]))))
        ):
            if k > j and not idx.joined_next[k - 1]:
                break
            k += 1
        everyday_run = k - j >= 2 and all(urdu_zipf(t) >= _ROLE_RUN_ZIPF and t not in NAME_PARTS and t not in name_parts()
                                          and not gazetteer.lookup_urdu(t) for t in toks[j:k])
        # (a role, then everyday words: ایس ایس پی جواب دہ ہوں گے, رہنما نامعلوم مقام پر: no person)
        if k > j and not everyday_run and not (k == j + 1 and k < n_tok and idx.joined_next[k - 1] and toks[k] in COPULAS):
            add(j, k - j, "person", romanize_tokens(toks[j:k]), "role")
    # 4. name-like words before the ergative نے (the agent: usually a person)
    for p in range(1, n_tok):
        if toks[p] not in PARTICLES or taken[p - 1] or not idx.joined_next[p - 1]:
            continue
        j = p
        while j > 0 and p - j < 3 and not taken[j - 1] and _is_nameish(toks[j - 1]):
            if j < p and not idx.joined_next[j - 1]:
                break
            if _ordinary_before_agent(toks[j - 1]):
                break  # a word no name is made of ends it: امیدوار کروز نے, بلے باز ڈراوڈ نے are Cruz, Dravid
            j -= 1
        if j == p:
            continue
        if toks[p - 1] in ORG_HEADS:
            add(j, p - j, "organization", romanize_tokens(toks[j:p]), "org_head")
        else:
            add(j, p - j, "person", romanize_tokens(toks[j:p]), "particle")
    found.sort()
    out: list[NameCandidate] = []
    for i, n, typ, english, source in found:
        span = idx.span(i, n)
        out.append(NameCandidate(span, typ, "".join(toks[i : i + n]), english, source))
    return out


# --------------------------------------------------------------------------- module API


def name_index(source: str) -> NameIndex:
    """The NameIndex of a source text. Build it once per article (`SourceIndex.names` does)."""
    if not isinstance(source, str):
        raise InputError(f"the Urdu text must be a str, not {type(source).__name__}")
    return NameIndex(source)


def match_name(english: str, urdu_text: str | NameIndex) -> NameMatch:
    """Where an English name is in an Urdu text (or in a prebuilt `NameIndex`); a person's full
    name is found (method `surname`) where the text writes the surname alone."""
    from summarizer.input import require_text

    english = require_text(english, "the English name")
    if isinstance(urdu_text, NameIndex):
        return urdu_text.match_english(english, completed=True)
    return name_index(require_text(urdu_text, "the Urdu text")).match_english(english, completed=True)
