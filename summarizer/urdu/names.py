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

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from typing import Any, Literal

from rapidfuzz import fuzz, process
from wordfreq import zipf_frequency

from summarizer.schemas import NameMatch, Span
from summarizer.urdu import gazetteer
from summarizer.urdu._lexicon import (
    ADMIN_HEADS,
    COMPASS,
    ENGLISH_COMMON,
    GENERIC_QUALIFIERS,
    INSTITUTION_HEADS,
    INSTITUTION_TAILS,
    NAME_PARTS,
    NAME_STOP_AFTER_ROLE,
    ORG_HEADS,
    PARTICLES,
    PLACE_HEADS,
    PLACE_SUFFIX_EXCEPTIONS,
    PLACE_SUFFIXES,
    URDU_COMMON,
    URDU_FUNCTION,
)
from summarizer.urdu.acronyms import AMBIGUOUS_LETTER_NAMES, is_acronym, letter_of, split_joined
from summarizer.urdu.normalize import Normalized, fold, fold_token, normalize
from summarizer.urdu.numbers_ur import classify_urdu
from summarizer.urdu.roles import english_role, urdu_role

__all__ = [
    "MATCH_THRESHOLD",
    "NEAREST_FLOOR",
    "CandidateType",
    "ClaimStrength",
    "NameCandidate",
    "NameIndex",
    "english_name_spans",
    "english_readings",
    "english_role_spans",
    "english_skeleton",
    "match_name",
    "name_index",
    "romanize",
    "urdu_name_claims",
    "urdu_name_spans",
    "urdu_skeletons",
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
_KNOWN_SPELLING_MIN = 0.88
"""...or a spelling sharing this share of letters with a known form (سویڈن/سوئیڈن 0.91)."""

# --------------------------------------------------------------------------- skeletons

_UR_CONS: dict[str, str] = {
    "ب": "b", "پ": "p", "ت": "t", "ٹ": "t", "ط": "t", "ث": "s", "س": "s", "ص": "s", "ش": "s",
    "ز": "s", "ذ": "s", "ض": "s", "ظ": "s", "ژ": "s", "ج": "j", "چ": "c", "ح": "h", "خ": "k",
    "د": "d", "ڈ": "d", "ر": "r", "ڑ": "r", "ف": "v", "ق": "k", "ک": "k", "گ": "g", "غ": "g",
    "ل": "l", "م": "m", "ن": "n",
}  # fmt: skip
_UR_LOOSE_VOWEL: dict[str, str] = {"ا": "a", "آ": "a", "ع": "a", "ی": "i", "ے": "i", "و": "u"}
_ALIF = frozenset("اآ")


def _collapse(chars: Iterable[str]) -> str:
    out: list[str] = []
    for c in chars:
        if c and (not out or out[-1] != c):
            out.append(c)
    return "".join(out)


@cache
def urdu_skeletons(token: str) -> tuple[str, str, str]:
    """(skeleton, skeleton with every و as v, loose form with vowels) of one folded Urdu word."""
    n = len(token)
    primary: list[str] = []
    alt: list[str] = []
    loose: list[str] = []
    for i, ch in enumerate(token):
        prev = token[i - 1] if i else ""
        nxt = token[i + 1] if i + 1 < n else ""
        cons = _UR_CONS.get(ch)
        if cons is not None:
            primary.append(cons)
            alt.append(cons)
            loose.append(cons)
        elif ch == "و":
            is_cons = i == 0 or prev in _ALIF or prev == "و" or nxt in _ALIF
            primary.append("v" if is_cons else "")
            alt.append("v")
            loose.append("v" if is_cons else "u")
        elif ch in "یے":
            is_cons = (i == 0 or nxt in _ALIF) and i + 1 < n
            primary.append("y" if is_cons else "")
            alt.append("y" if is_cons else "")
            loose.append("y" if is_cons else "i")
        elif ch in "ہۃ":
            is_cons = i + 1 < n or prev in _ALIF
            primary.append("h" if is_cons else "")
            alt.append("h" if is_cons else "")
            loose.append("h" if is_cons else "a")
        elif ch in _UR_LOOSE_VOWEL:
            loose.append(_UR_LOOSE_VOWEL[ch])
        elif "a" <= ch.lower() <= "z":
            sk = english_skeleton(token)
            return sk, sk, _english_loose(token)
    return _collapse(primary), _collapse(alt), _collapse(loose)


_EN_DIGRAPHS: tuple[tuple[str, str], ...] = (
    ("sch", "s"), ("sh", "s"), ("ch", "c"), ("kh", "k"), ("gh", "g"), ("ph", "v"), ("th", "t"),
    ("dh", "d"), ("bh", "b"), ("jh", "j"), ("zh", "s"), ("ck", "k"), ("qu", "k"), ("wh", "v"),
    ("rh", "r"), ("tt", "t"),
)  # fmt: skip
_EN_SINGLE: dict[str, str] = {
    "b": "b", "d": "d", "f": "v", "g": "g", "h": "h", "j": "j", "k": "k", "l": "l", "m": "m",
    "n": "n", "p": "p", "q": "k", "r": "r", "s": "s", "t": "t", "v": "v", "w": "v", "x": "ks",
    "z": "s",
}  # fmt: skip
_EN_VOWELS = frozenset("aeiouy")
_EN_LOOSE_VOWEL = {"a": "a", "e": "i", "i": "i", "y": "i", "o": "u", "u": "u"}


def _ascii_lower(word: str) -> str:
    word = unicodedata.normalize("NFKD", word)
    return "".join(c for c in word.lower() if "a" <= c <= "z")


def _english_units(word: str) -> list[tuple[str, bool]]:
    """(class, is_vowel) units of an English word."""
    w = _ascii_lower(word)
    out: list[tuple[str, bool]] = []
    i, n = 0, len(w)
    while i < n:
        for dg, cls in _EN_DIGRAPHS:
            if w.startswith(dg, i):
                out.append((cls, False))
                i += len(dg)
                break
        else:
            ch = w[i]
            prev_vowel = i > 0 and w[i - 1] in _EN_VOWELS
            nxt = w[i + 1] if i + 1 < n else ""
            if ch == "c":
                out.append(("s" if nxt in ("e", "i", "y") else "k", False))
            elif ch == "y" and (i == 0 or prev_vowel) and nxt in _EN_VOWELS and nxt:
                out.append(("y", False))
            elif ch in _EN_VOWELS:
                out.append((_EN_LOOSE_VOWEL[ch], True))
            else:
                out.append((_EN_SINGLE.get(ch, ""), False))
            i += 1
    return out


@lru_cache(maxsize=8192)
def english_skeleton(word: str) -> str:
    """Consonant skeleton of an English (Latin-script) word: `Lavrov` → `lvrv`."""
    return _collapse(c for c, vowel in _english_units(word) if not vowel)


@lru_cache(maxsize=8192)
def _english_loose(word: str) -> str:
    return _collapse(c for c, _ in _english_units(word))


_SOFT_READINGS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"ch"), "k"),  # Nicholas نکولس, Michael مائیکل
    (re.compile(r"th"), "d"),  # Netherlands نیدرلینڈ
    (re.compile(r"dge|g(?=[ei])"), "j"),  # Hodge ہوج, George جارج
    (re.compile(r"gh"), ""),  # Waugh وا, Hugh ہیو
    (re.compile(r"(?<=[a-z])h(?!h)"), ""),  # Rihanna ریانا: h after a letter is often silent
    (re.compile(r"^u(?=[^aeiou])"), "yu"),  # Urals یورال, Uganda یوگنڈا
    (re.compile(r"^eu"), "yu"),  # Europe یورپ
    (re.compile(r"(?<=[a-z])i(?=[aou])"), "iy"),  # Maria ماریا, Rihanna ریانا
)
_PLURAL_S = re.compile(r"(?<=[^s])s$")  # Urals یورال: an English plural


@lru_cache(maxsize=8192)
def english_readings(word: str) -> tuple[tuple[str, str], ...]:
    """(skeleton, loose) of an English word as spelt, then as Urdu often hears it.

    The second reading applies every soft rule at once (ch → k, th → d, dge → j, gh and
    non-initial h silent, initial u → yu, i before a vowel → iy), the third also drops a
    plural s; readings equal to an earlier one are left out.
    """
    w = _ascii_lower(word)
    soft = w
    for pattern, repl in _SOFT_READINGS:
        soft = pattern.sub(repl, soft)
    out = [(english_skeleton(word), _english_loose(word))]
    for form in (soft, _PLURAL_S.sub("", soft) if len(soft) > 4 else soft):
        reading = (english_skeleton(form), _english_loose(form))
        if len(form) >= 2 and reading[0] and reading not in out:
            out.append(reading)
    return tuple(out)


# --------------------------------------------------------------------------- romanization


@cache
def _uroman() -> Any:
    import uroman

    return uroman.Uroman()


@lru_cache(maxsize=65536)
def romanize(token: str) -> str:
    """uroman's romanization of an Urdu word (first call loads uroman: ~2.5 s)."""
    if not token.strip():
        return ""
    out = _uroman().romanize_string(token, lcode="urd")
    return str(out).replace("'", "")


def _render(tokens: Iterable[str]) -> str:
    return " ".join(romanize(t).capitalize() for t in tokens if t)


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

_TOKEN_RE = re.compile(r"[^\W\d_]+")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


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
        for m in _TOKEN_RE.finditer(text):
            toks.append(fold_token(m.group()))
            starts.append(m.start())
            ends.append(m.end())
        self.tokens = toks
        self._starts = starts
        self._ends = ends
        # joined[i] is True when only white space separates token i from token i+1
        self._joined_next = [text[ends[i] : starts[i + 1]].isspace() for i in range(len(toks) - 1)] + [False]
        self._ngrams: dict[str, list[tuple[int, int]]] = {}
        for i in range(len(toks)):
            acc = ""
            for n in range(1, _MAX_NGRAM + 1):
                j = i + n - 1
                if j >= len(toks) or (n > 1 and not self._joined_next[j - 1]):
                    break
                acc += toks[j]
                self._ngrams.setdefault(acc, []).append((i, n))
        self._latin_lower = text.lower() if any(_is_latin(t) for t in toks) else ""

    # ---------------------------------------------------------------- low-level helpers

    def _span(self, i: int, n: int) -> Span:
        cs, ce = self._starts[i], self._ends[i + n - 1]
        s, e = self._norm.to_original(cs, ce)
        return Span(start=s, end=e, text=self.source[s:e])

    def _find_key(self, key: str) -> tuple[int, int] | None:
        hits = self._ngrams.get(key)
        return hits[0] if hits else None

    @cached_property
    def _skeleton_table(self) -> tuple[list[str], list[list[tuple[int, int, str]]]]:
        """Distinct skeleton keys of 1-3 word windows (function words excluded) → positions."""
        table: dict[str, list[tuple[int, int, str]]] = {}
        toks = self.tokens
        for i in range(len(toks)):
            acc_p, acc_a, acc_l = "", "", ""
            for n in range(1, _SKEL_NGRAM + 1):
                j = i + n - 1
                if j >= len(toks) or (n > 1 and not self._joined_next[j - 1]):
                    break
                if toks[j] in URDU_FUNCTION:
                    break
                p, a, loose = urdu_skeletons(toks[j])
                acc_p, acc_a, acc_l = acc_p + p, acc_a + a, acc_l + loose
                if not acc_p:
                    continue
                table.setdefault(_collapse(acc_p), []).append((i, n, acc_l))
                if acc_a != acc_p:
                    table.setdefault(_collapse(acc_a), []).append((i, n, acc_l))
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
                if key[0] != skel[0]:
                    s *= 0.9
                if s < 1.0 and max(len(skel), len(key)) <= 3:
                    s *= 0.85  # one wrong consonant in three is a different name (Ahmed/اہم)
                if short:
                    s = min(s, fuzz.ratio(loose, w_loose) / 100.0)
                    if s < _TOKEN_FLOOR / 100.0:
                        continue
                if s > best.get((i, n), 0.0):
                    best[(i, n)] = s
        return [(s, i, n) for (i, n), s in best.items()]

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
        self, words: list[tuple[str, str]], alts: list[tuple[tuple[str, str], ...]] | None = None
    ) -> _Hit | None:
        """Best in-order alignment of query words (skeleton, loose) to source windows."""
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

    def _concat_hit(self, skel: str, loose: str) -> _Hit | None:
        hits = self._word_hits(skel, loose, min_len=(3 * len(skel) + 3) // 4)
        if not hits:
            return None
        s, i, n = max(hits, key=lambda h: (h[0], -h[1]))
        return _Hit(s, "transliteration", i, n)

    def _transliteration(
        self, words: list[tuple[str, str]], alts: list[tuple[tuple[str, str], ...]] | None = None
    ) -> _Hit | None:
        if alts is not None:
            keep = [k for k, w in enumerate(words) if w[0]]
            words, alts = [words[k] for k in keep], [alts[k] for k in keep]
        words = [w for w in words if w[0]]
        if not words:
            return None
        best = self._chain(words, alts)
        if len(words) > 1:
            concat = self._concat_hit(_collapse("".join(w[0] for w in words)), "".join(w[1] for w in words))
            if concat is not None and (best is None or concat.score > best.score):
                best = concat
        return best

    def _acronym_hit(self, letters: str) -> _Hit | None:
        """Letters spelt as Urdu letter names, spaced or run together."""
        toks = self.tokens
        for i in range(len(toks)):
            acc = ""
            j = i
            while j < len(toks) and len(acc) < len(letters):
                piece = _letter_piece(toks, self._joined_next, j)
                if piece is None:
                    break
                acc += piece[0]
                if not letters.startswith(acc):
                    break
                j += piece[1]
                if acc == letters:
                    return _Hit(1.0, "acronym", i, j - i)
                if not self._joined_next[j - 1]:
                    break
        return None

    def _latin_hit(self, name: str) -> _Hit | None:
        if not self._latin_lower or not name.isascii():
            return None
        target = [t.lower() for t in _TOKEN_RE.findall(name)]
        if not target:
            return None
        lowered = [t.lower() for t in self.tokens]
        for i in range(len(lowered) - len(target) + 1):
            if lowered[i : i + len(target)] == target:
                return _Hit(1.0, "exact", i, len(target))
        return None

    def _urdu_forms_hit(self, forms: Iterable[str], method: str) -> _Hit | None:
        for form in forms:
            key = gazetteer.urdu_key(form)
            pos = self._find_key(key)
            if pos is not None:
                return _Hit(1.0, method, pos[0], pos[1])
        # inflected single words: امریکیوں, پاکستانیوں
        for form in forms:
            key = gazetteer.urdu_key(form)
            if len(key) < 3:
                continue
            for i, tok in enumerate(self.tokens):
                if tok.startswith(key) and tok[len(key) :] in _INFLECTIONS:
                    return _Hit(0.9, method, i, 1)
        return None

    def _result(self, english: str, hit: _Hit | None) -> NameMatch:
        if hit is None:
            return NameMatch(english=english, span=None, score=0.0, method="none")
        score = round(min(max(hit.score, 0.0), 1.0), 4)
        span = self._span(hit.start, hit.n) if score >= NEAREST_FLOOR else None
        return NameMatch(english=english, span=span, score=score, method=hit.method)

    # ---------------------------------------------------------------- public API

    def match_english(self, name: str) -> NameMatch:
        """Where an English name (person, place, organisation, acronym, demonym, role) is."""
        if not isinstance(name, str):
            raise TypeError(f"name must be str, not {type(name).__name__}")
        cleaned = _clean_english(name)
        if not cleaned or not self.tokens:
            return self._result(name, None)
        return self._result(name, self._english_hit(cleaned))

    def _english_hit(self, cleaned: str, split_of: bool = True) -> _Hit | None:
        hit = self._latin_hit(cleaned)
        known = _english_forms(cleaned)
        if hit is None and known:
            hit = self._gazetteer_english(cleaned)
            if hit is None:
                # a known place or organisation must be written one of its known ways (or a
                # close spelling of one): `Poland` is not `پویلین` however alike they sound
                hit = self._known_variant(known)
        if hit is None and is_acronym(cleaned):
            hit = self._acronym_hit(cleaned.replace(".", "").upper())
        if hit is None:
            hit = self._role_english(cleaned)
        if hit is None or hit.score < MATCH_THRESHOLD:
            words = _strip_titles(cleaned.split())
            heard = self._transliteration(
                [(english_skeleton(w), _english_loose(w)) for w in words],
                [english_readings(w) for w in words],
            )
            if heard is not None and is_acronym(cleaned) and heard.score < 1.0:
                heard.score *= 0.7  # GHQ-like letters read as a word only when the word is exact
            if heard is not None and known and heard.score < _KNOWN_SOUND_MIN:
                heard.score = min(heard.score, 0.75)
            if heard is not None and (hit is None or heard.score > hit.score):
                hit = heard
        words = cleaned.split()
        if split_of and (hit is None or hit.score < MATCH_THRESHOLD) and "of" in words[1:-1]:
            # `Rohan Bopanna of India`: two claims, each must be in the source
            at = words.index("of", 1)
            left = self._english_hit(" ".join(words[:at]), False)
            right = self._english_hit(" ".join(words[at + 1 :]))
            if left is not None and right is not None:
                both = _Hit(min(left.score, right.score), left.method, left.start, left.n)
                if hit is None or both.score > hit.score:
                    hit = both
        return hit

    def _gazetteer_english(self, cleaned: str) -> _Hit | None:
        for forms, method in _english_forms(cleaned):
            hit = self._urdu_forms_hit(forms, method)
            if hit is not None:
                return hit
        return None

    def _known_variant(self, known: tuple[tuple[tuple[str, ...], str], ...]) -> _Hit | None:
        best: _Hit | None = None
        for forms, method in known:
            for form in forms[:4]:
                m = self.match_urdu(form)
                if m.span is None or m.method != "variant":
                    continue
                # close spelling only: پولینڈ/پویلین share 0.83 of their letters, too few
                alike = fuzz.ratio(gazetteer.urdu_key(form), gazetteer.urdu_key(m.span.text)) / 100.0
                score = m.score if alike >= _KNOWN_SPELLING_MIN else min(m.score, 0.75)
                if best is None or score > best.score:
                    first = self._token_at(m.span.start)
                    best = _Hit(score, method, first, max(1, len(_TOKEN_RE.findall(m.span.text))))
        return best

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
        if not isinstance(name, str):
            raise TypeError(f"name must be str, not {type(name).__name__}")
        words = [fold_token(w) for w in _TOKEN_RE.findall(fold(name))]
        if not words or not self.tokens:
            return self._result(name, None)
        key = "".join(words)
        pos = self._find_key(key)
        hit: _Hit | None = _Hit(1.0, "exact", pos[0], pos[1]) if pos else None
        entries = gazetteer.lookup_urdu(key) if hit is None else ()
        for entry in entries:
            method = "demonym" if entry.type == "demonym" else "exonym"
            forms = (*entry.urdu, *gazetteer.related_urdu(entry))
            hit = self._urdu_forms_hit(forms, method) or self._latin_hit(entry.english)
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
            if hit is not None:
                hit.method = "variant"
                # Urdu against Urdu: a variant spelling keeps most letters, vowels included
                # (لاروف/لاوروف 0.91), a different word with the same consonants does not
                # (سوات/ساؤتھ 0.67, تہران/ترانوے 0.73). A known place must be spelt closer still.
                window = "".join(self.tokens[hit.start : hit.start + hit.n])
                alike = fuzz.ratio(key, window) / 100.0
                hit.score = min(hit.score, alike + (0.0 if entries else _LETTER_SLACK))
        return self._result(name, hit)

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
            words = [fold_token(w) for w in _TOKEN_RE.findall(fold(c.span.text))]
            last = urdu_skeletons(words[-1])[0] if words else ""
            whole = _collapse("".join(urdu_skeletons(w)[0] for w in words))
            items.append((c.span, c.type, c.key, last, whole))
            covered.update(range(c.span.start, c.span.end))
        for _span, typ, _key, last, _whole in list(items):
            if typ != "person" or len(last) < 3:
                continue
            for score, i, n in self._word_hits(last, ""):
                extra = self._span(i, n)
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
_INFLECTIONS = frozenset(fold_token(s) for s in ("", "وں", "یوں", "ی", "ے", "یں", "ئیں"))
_JOINERS = frozenset(
    ("of", "al", "bin", "ibn", "bint", "ul", "ud", "e", "el", "de", "da", "van", "von", "der")
)


_HYPHEN_TAIL = re.compile(r"-(?:led|based|backed|born|owned|made|run|controlled|administered)$", re.I)


@lru_cache(maxsize=8192)
def _english_forms(cleaned: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """(Urdu forms, method) of an English name the gazetteer knows, best first.

    Direct entries (with the forms of related words: a country's adjective, a demonym's
    country), then composed entries (`Eastern Europe`, `Defence Ministry`), then demonyms
    derived by stem rules (`Italian`, `Iraqis`, `Canadian-led`).
    """
    name = _HYPHEN_TAIL.sub("", cleaned)
    out: list[tuple[tuple[str, ...], str]] = []
    for entry in gazetteer.lookup_english(name) or gazetteer.lookup_composed(name):
        method = "demonym" if entry.type == "demonym" else "exonym"
        out.append(((*entry.urdu, *gazetteer.related_urdu(entry)), method))
    if not out and name[:1].isupper() and not is_acronym(name):
        place = gazetteer.demonym_of(name)
        if place is not None:
            out.append(((*gazetteer.related_urdu(place), *place.urdu), "demonym"))
    return tuple(out)


def _clean_english(name: str) -> str:
    words = []
    for w in name.replace("\u2019", "'").split():
        w = w.strip(" \t\"'“”‘’()[]{},;:!?")
        w = _POSSESSIVE.sub("", w)
        if w:
            words.append(w)
    if words and words[0].lower() == "the" and len(words) > 1:
        words = words[1:]
    return " ".join(words)


def _strip_titles(words: list[str]) -> list[str]:
    """Drop leading titles (`General`, `Prime Minister`, `Mr`) from a person's name."""
    changed = True
    while changed and len(words) > 1:
        changed = False
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


def _is_nameish(tok: str) -> bool:
    return (
        len(tok) >= 2
        and tok not in URDU_COMMON
        and urdu_role(tok) is None
        and not tok.isascii()
        and not gazetteer.lookup_urdu(tok)
    )


def _find_candidates(idx: NameIndex) -> list[NameCandidate]:
    toks = idx.tokens
    n_tok = len(toks)
    taken = [False] * n_tok
    found: list[tuple[int, int, CandidateType, str, str]] = []  # start, n, type, english, source

    def add(i: int, n: int, typ: CandidateType, english: str, source: str) -> None:
        for j in range(i, i + n):
            taken[j] = True
        found.append((i, n, typ, english, source))

    def joined(i: int, n: int) -> bool:
        return all(idx._joined_next[j] for j in range(i, i + n - 1))

    # 1. acronym runs: letter names, at least one unambiguous or three in a row
    i = 0
    while i < n_tok:
        letters = ""
        j = i
        ambiguous_only = True
        while j < n_tok:
            piece = _letter_piece(toks, idx._joined_next, j)
            if piece is None:
                break
            if piece[1] > 1 or toks[j] not in AMBIGUOUS_LETTER_NAMES:
                ambiguous_only = False
            letters += piece[0]
            j += piece[1]
            if not idx._joined_next[j - 1]:
                break
        while j - i > 1 and toks[j - 1] == _KE and len(letters) > 2:
            j -= 1  # the genitive کے after an acronym (آئی ایس پی آر کے مطابق)
            letters = letters[:-1]
        n = j - i
        if len(letters) >= 2 and (n >= 3 or not ambiguous_only) and not (n == 1 and len(letters) < 3):
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
            if key in gaz_keys and not (n == 1 and key in gazetteer.AMBIGUOUS_URDU):
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
        if end >= n_tok or not idx._joined_next[end - 1] or (end < n_tok and taken[end]):
            continue
        j = end
        k = j
        while (
            k < n_tok
            and k - j < 3
            and not taken[k]
            and _is_nameish(toks[k])
            and toks[k] not in NAME_STOP_AFTER_ROLE
        ):
            if k > j and not idx._joined_next[k - 1]:
                break
            k += 1
        if k > j:
            add(j, k - j, "person", _render(toks[j:k]), "role")
    # 4. name-like words before the ergative نے (the agent: usually a person)
    for p in range(1, n_tok):
        if toks[p] not in PARTICLES or taken[p - 1] or not idx._joined_next[p - 1]:
            continue
        j = p
        while j > 0 and p - j < 3 and not taken[j - 1] and _is_nameish(toks[j - 1]):
            if j < p and not idx._joined_next[j - 1]:
                break
            j -= 1
        if j == p:
            continue
        if toks[p - 1] in ORG_HEADS:
            add(j, p - j, "organization", _render(toks[j:p]), "org_head")
        else:
            add(j, p - j, "person", _render(toks[j:p]), "particle")
    found.sort()
    out: list[NameCandidate] = []
    for i, n, typ, english, source in found:
        span = idx._span(i, n)
        out.append(NameCandidate(span, typ, "".join(toks[i : i + n]), english, source))
    return out


# --------------------------------------------------------------------------- module API


@lru_cache(maxsize=64)
def name_index(source: str) -> NameIndex:
    """The NameIndex of a source text, cached for the 64 most recent sources."""
    if not isinstance(source, str):
        raise TypeError(f"source must be str, not {type(source).__name__}")
    return NameIndex(source)


def match_name(english: str, urdu_text: str) -> NameMatch:
    """Where an English name is in an Urdu text: `name_index(urdu_text).match_english(english)`."""
    return name_index(urdu_text).match_english(english)


def urdu_name_spans(text: str, source: str | None = None) -> list[Span]:
    """Names in an Urdu text (e.g. a model's Urdu summary) that a source must support.

    Precision first: gazetteer places and organisations, demonyms, acronym runs, and the
    words after a role (`وزیر خارجہ سرگئی لاروف`). Words merely before a postposition are left
    out: too many are ordinary nouns.

    With `source`, also the name-like words and phrases of `text` that the source does not
    contain (see `urdu_name_claims`, which also says how sure each is).
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if source is None:
        return _known_spans(name_index(text))
    return [span for span, _ in urdu_name_claims(text, source)]


def urdu_name_claims(text: str, source: str) -> list[tuple[Span, ClaimStrength]]:
    """Names in an Urdu text that `source` must support, each with how sure we are it is a name.

    "strong": a gazetteer place or organisation, an acronym, the words after a role, a common
    given name or surname (`NAME_PARTS`), a word with a place ending (میرپور، مظفر گڑھ), an
    Arabic `al-` name (الحسن), or a phrase built like a name whose whole the source lacks:
    an institution (پارلیمنٹ ہاؤس، وزارت دفاع، مسجد X، (ن) لیگ), an administrative unit
    (تحصیل X، ضلع X with X new), a compass word before a place (شمالی امریکہ). An unsupported
    strong claim is almost surely a wrong name: checkers can make it an error.
    "weak": a word merely rare (transliterated names mostly) or before the ergative نے, with
    its unsupported neighbours; a paraphrase's new vocabulary can look the same: a warning.

    A name-shaped phrase replaces the shorter known names inside it (`برطانوی` in `برطانوی
    پارلیمنٹ`). Spans are in text order and do not overlap.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if not isinstance(source, str):
        raise TypeError(f"source must be str, not {type(source).__name__}")
    idx = name_index(text)
    out: list[tuple[Span, ClaimStrength]] = [(sp, "strong") for sp in _known_spans(idx)]
    words = [idx._span(i, 1) for i in range(len(idx.tokens))]
    blocked = {
        i for i, w in enumerate(words) if any(w.start < sp.end and sp.start < w.end for sp, _ in out)
    }  # words of known names: a run stops at them (`شاہد آفریدی` before a known `پٹھان`)
    runs, patterns = _unsupported_claims(idx, name_index(source), blocked)
    ordered = sorted(patterns, key=lambda c: (c[1] != "strong", c[0].start - c[0].end))
    for k, (extra, strength) in enumerate([*ordered, *runs]):
        inside = [c for c in out if extra.start <= c[0].start and c[0].end <= extra.end]
        clash = [c for c in out if c[0].start < extra.end and extra.start < c[0].end and c not in inside]
        if clash or (inside and k >= len(ordered)):
            continue
        out = [c for c in out if c not in inside]
        out.append((extra, strength))
    return sorted(out, key=lambda c: c[0].start)


def _known_spans(idx: NameIndex) -> list[Span]:
    return [c.span for c in idx.candidates() if c.source in {"gazetteer", "acronym", "role"}]


_POSTPOSITIONS = frozenset(fold_token(w) for w in ("نے", "کا", "کی", "کے", "کو", "میں", "سے", "پر"))
_RARE_ZIPF = 3.3
"""Urdu words rarer than this (wordfreq Zipf) are mostly foreign names and places."""
_EVERYDAY_ZIPF = 4.6
"""Words at least this frequent do not join a name span unless another signal says name."""
_DISTINCT_ZIPF = 5.6
"""A word before an institution tail (`جناح انٹرنیشنل`) rarer than this can be a name's word;
more frequent ones are adjectives (`سرکاری ہسپتال`)."""
_COMPASS_NEW_ZIPF = 4.0
_ENGLISH_COMPASS = frozenset(fold_token(w) for w in ("نارتھ", "ساؤتھ", "ساوتھ", "ایسٹ", "ویسٹ", "سینٹرل"))
_SPLIT_SUFFIXES = frozenset(s for s in PLACE_SUFFIXES if s != fold_token("ستان"))
_LETTER_JOIN = re.compile(r"[\s()]*")


@lru_cache(maxsize=65536)
def _zipf(word: str) -> float:
    return float(zipf_frequency(word, "ur"))


def _inflection_of(tok: str, vocab: set[str] | frozenset[str]) -> bool:
    """`tok` is a word of `vocab` with (or without) a plural/oblique/adjective ending."""
    for suf in _INFLECTIONS:
        if suf and tok.endswith(suf) and tok[: -len(suf)] in vocab:
            return True
        if tok + suf in vocab:
            return True
    return False


def _fused(tok: str, vocab: set[str]) -> bool:
    """A function word run into a known word (`افرادمیں`, `نےدوستانہ`): not a name.

    The other part must be a source or everyday word: names are often compounds of
    frequent words (ناصرالملک), and `پالی|کے` is a name before a glued کے.
    """
    for k in range(2, len(tok) - 1):
        a, b = tok[:k], tok[k:]
        if (a in URDU_FUNCTION and (b in vocab or b in URDU_COMMON)) or (
            b in URDU_FUNCTION and (a in vocab or a in URDU_COMMON)
        ):
            return True
    return False


def _place_word(tok: str) -> bool:
    """A word with a place ending and a real stem (میرپور، سیالکوٹ، اوکاڑہ is not one)."""
    if tok in PLACE_SUFFIX_EXCEPTIONS:
        return False
    for suf in PLACE_SUFFIXES:
        stem = tok[: -len(suf)]
        if tok.endswith(suf) and len(stem) >= 2 and stem not in URDU_FUNCTION:
            return True
    return False


def _arabic_name(tok: str) -> bool:
    """`al-` and a given name run together (الحسن، الرحمان): part of an Arabic name."""
    return len(tok) >= 5 and tok.startswith("ال") and tok[2:] in NAME_PARTS


class _Scan:
    """Per-pair facts the claim finder needs: which words of the text the source lacks."""

    def __init__(self, idx: NameIndex, src: NameIndex) -> None:
        self.idx, self.src = idx, src
        toks = idx.tokens
        self.vocab = set(src.tokens)
        self.src_bar = "|" + "|".join(src.tokens) + "|"
        self.surface = [idx._span(i, 1).text for i in range(len(toks))]
        by_len: dict[bool, list[str]] = {True: [], False: []}
        for t in self.vocab:
            if len(t) >= 4:
                by_len[len(t) >= 5].append(t)
        self.novel = [self._novel(i, tok, by_len) for i, tok in enumerate(toks)]

    def _novel(self, i: int, tok: str, by_len: dict[bool, list[str]]) -> bool:
        vocab = self.vocab
        if (
            len(tok) < 2
            or tok in vocab
            or tok in URDU_COMMON
            or tok in NAME_STOP_AFTER_ROLE
            or urdu_role(tok) is not None
            or classify_urdu(tok) is not None
            or letter_of(tok) is not None
            or _inflection_of(tok, vocab)
            or _fused(tok, vocab)
        ):
            return False
        if tok.isascii():
            return tok.lower() not in self.src._latin_lower and self.surface[i][:1].istitle()
        # a spelling variant of a source word (مئمبی / ممبئی): same length, or both of five
        # letters or more; `ایساف` is not a variant of `ایسا`, nor `انڈیز` of `انڈیا`
        if len(tok) >= 4:
            pool = by_len[len(tok) >= 5] if len(tok) >= 5 else [t for t in by_len[False] if len(t) == 4]
            best = process.extractOne(tok, pool, scorer=fuzz.ratio, score_cutoff=86)
            if best is not None and not (len(tok) <= 6 and tok[:2] != best[0][:2]):
                return False
        return True

    def zipf(self, i: int) -> float:
        return max(_zipf(self.surface[i]), _zipf(self.idx.tokens[i]))  # ئ → ی can hide a word

    def joined(self, i: int) -> bool:
        """Token i and i+1 are one phrase: white space between, or `(ن) لیگ` / `لیگ (ن)`."""
        idx = self.idx
        if i + 1 >= len(idx.tokens):
            return False
        if idx._joined_next[i]:
            return True
        if len(idx.tokens[i]) > 1 and len(idx.tokens[i + 1]) > 1:
            return False
        gap = idx._norm.text[idx._ends[i] : idx._starts[i + 1]]
        return bool(_LETTER_JOIN.fullmatch(gap))

    def in_source(self, i: int, n: int) -> bool:
        """Tokens i..i+n-1 as a phrase are in the source (any spacing, any punctuation)."""
        toks = self.idx.tokens[i : i + n]
        return "".join(toks) in self.src._ngrams or ("|" + "|".join(toks) + "|") in self.src_bar

    def known(self, i: int) -> bool:
        """Word i is a demonym, or a known place the source names: `امریکی کمپنی`, `شارجہ
        سٹیڈیم` describe rather than name."""
        tok = self.idx.tokens[i]
        entries = gazetteer.lookup_urdu(tok)
        return bool(entries) and (tok in self.vocab or any(e.type == "demonym" for e in entries))

    def distinct(self, i: int) -> bool:
        """Word i can be a word of an institution's name (not an adjective like سرکاری)."""
        tok = self.idx.tokens[i]
        if tok in URDU_FUNCTION or tok in GENERIC_QUALIFIERS or classify_urdu(tok) is not None:
            return False
        return (
            (tok not in URDU_COMMON and self.zipf(i) < _DISTINCT_ZIPF)
            or tok in NAME_PARTS
            or tok in gazetteer.urdu_keys()
        )


def _pattern_claims(scan: _Scan) -> list[tuple[int, int, ClaimStrength]]:
    """(start, n, strength) of phrases built like names that the source lacks as a whole."""
    toks = scan.idx.tokens
    n_tok = len(toks)
    out: list[tuple[int, int, ClaimStrength]] = []

    def role_before(j: int) -> int:
        """Start of a role ending at word j (وزیر اعظم), else j + 1."""
        for k in (3, 2, 1):
            if (
                j - k + 1 >= 0
                and all(scan.joined(m) for m in range(j - k + 1, j))
                and urdu_role("".join(toks[j - k + 1 : j + 1])) is not None
            ):
                return j - k + 1
        return j + 1

    for i, tok in enumerate(toks):
        # X + institution tail (پارلیمنٹ ہاؤس، آرمی پبلک سکول، (ن) لیگ) or split place ending
        tail = tok in INSTITUTION_TAILS or (tok in _SPLIT_SUFFIXES and i > 0)
        if tail and i > 0 and scan.joined(i - 1):
            start = i
            while start > 0 and i - start < 3 and scan.joined(start - 1):
                r = role_before(start - 1)
                if r <= start - 1:
                    start = r
                    break
                if not scan.distinct(start - 1):
                    break
                start -= 1
            if tok in _SPLIT_SUFFIXES:
                start = max(start, i - 1)
                if start < i and (toks[start] in URDU_COMMON or scan.zipf(start) >= _DISTINCT_ZIPF - 0.4):
                    start = i
            end = i + 1
            if end < n_tok and len(toks[end]) == 1 and scan.joined(i) and letter_of(toks[end]) is None:
                end += 1  # مسلم لیگ ن
            described = all(scan.known(k) for k in range(start, i))
            if start < i and not described and not any(scan.in_source(s, end - s) for s in range(start, i)):
                out.append((start, end - start, "strong"))
        # institution head + X (وزارت دفاع، مسجد امام صادق، تھانہ صدر)
        if tok in INSTITUTION_HEADS and scan.joined(i):
            end = i + 1
            while (
                end < n_tok
                and end - i <= 3
                and toks[end] not in URDU_FUNCTION
                and classify_urdu(toks[end]) is None
            ):
                if end > i + 1 and not (scan.novel[end] or scan.distinct(end)):
                    break
                end += 1
                if not scan.joined(end - 1):
                    break
            if end > i + 1 and not scan.in_source(i, end - i):
                out.append((i, end - i, "strong"))
        # administrative head + a new word (تحصیل دتہ خیل، ضلع کرک)
        if tok in ADMIN_HEADS and scan.joined(i) and scan.novel[i + 1] and scan.zipf(i + 1) < _EVERYDAY_ZIPF:
            end = i + 2
            while end < n_tok and end - i <= 3 and scan.joined(end - 1) and scan.novel[end]:
                end += 1
            out.append((i, end - i, "strong"))
        # compass word + place (شمالی امریکہ، جنوبی وزیرستان)
        if tok in COMPASS and scan.joined(i):
            nxt = toks[i + 1]
            place = nxt in gazetteer.urdu_keys() and nxt not in COMPASS
            # after an English compass word (ویسٹ انڈیز) any new word; after an Urdu one a rare
            # word only: شمالی ساحل is a coast, not a place's name
            limit = _EVERYDAY_ZIPF + 0.4 if tok in _ENGLISH_COMPASS else _COMPASS_NEW_ZIPF
            new = scan.novel[i + 1] and scan.zipf(i + 1) < limit and nxt not in COMPASS
            said = any(
                d == COMPASS[tok] and (w + nxt in scan.src._ngrams or f"|{w}|{nxt}|" in scan.src_bar)
                for w, d in COMPASS.items()
            )
            if (place or new) and not said:
                # a region of a place the source names (جنوبی پنجاب) may be a paraphrase
                out.append((i, 2, "weak" if nxt in scan.vocab else "strong"))
    return out


def _unsupported_claims(
    idx: NameIndex, src: NameIndex, blocked: set[int] | frozenset[int] = frozenset()
) -> tuple[list[tuple[Span, ClaimStrength]], list[tuple[Span, ClaimStrength]]]:
    """(runs of name-like words, name-shaped phrases) of idx's text that `src` lacks.

    Strong signals (one is enough): a gazetteer word (an ambiguous one only when rare or
    before a postposition), a common given name or surname (`NAME_PARTS`), a place-ending
    word, an Arabic `al-` name, a name-shaped phrase (`_pattern_claims`). Also enough for a
    (weak) claim: a rare word (Zipf < 3.3: transliterated foreign names), a word right after a
    role, a less common word before the ergative نے. Other words below everyday frequency
    only join a run, or make one of two words ending in a place/institution head (ٹاؤن).
    """
    scan = _Scan(idx, src)
    for i in blocked:
        scan.novel[i] = False
    toks = idx.tokens
    n_tok = len(toks)
    gaz = gazetteer.urdu_keys()
    novel = scan.novel
    sure = [False] * n_tok  # a name for sure: a strong claim
    strong = [False] * n_tok  # enough for a claim
    weak = [False] * n_tok
    for i, tok in enumerate(toks):
        if not novel[i]:
            continue
        z = scan.zipf(i)
        nxt = toks[i + 1] if i + 1 < n_tok and idx._joined_next[i] else ""
        prev = toks[i - 1] if i > 0 and idx._joined_next[i - 1] else ""
        prev2 = toks[i - 2] + prev if i > 1 and prev and idx._joined_next[i - 2] else ""
        if tok in gaz:
            sure[i] = tok not in gazetteer.AMBIGUOUS_URDU or z < 4.0 or nxt in _POSTPOSITIONS
        if tok in NAME_PARTS or _place_word(tok) or _arabic_name(tok):
            sure[i] = True
        strong[i] = sure[i] or (
            (z < _RARE_ZIPF and len(tok) >= 4)
            or tok.isascii()
            or (prev and urdu_role(prev) is not None and z < _EVERYDAY_ZIPF + 0.4)
            or (prev2 and urdu_role(prev2) is not None and z < _EVERYDAY_ZIPF + 0.4)
            or (nxt in PARTICLES and z < 5.0)
        )
        weak[i] = z < _EVERYDAY_ZIPF or tok in PLACE_HEADS or tok in ORG_HEADS
    out: list[tuple[Span, ClaimStrength]] = []
    i = 0
    while i < n_tok:
        if not (strong[i] or weak[i]):
            i += 1
            continue
        j = i + 1
        while j < n_tok and j - i < 4 and idx._joined_next[j - 1] and (strong[j] or weak[j]):
            j += 1
        run = range(i, j)
        heads = toks[j - 1] in PLACE_HEADS or toks[j - 1] in ORG_HEADS
        if any(strong[k] for k in run) or (j - i >= 2 and heads):
            out.append((idx._span(i, j - i), "strong" if any(sure[k] for k in run) else "weak"))
        i = j
    return out, [(idx._span(i, n), strength) for i, n, strength in _pattern_claims(scan)]


# --------------------------------------------------------------------------- English text

_EN_TOKEN = re.compile(
    r"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’]*(?:[-.][A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’]*)*\.?"
)
_SENTENCE_END = frozenset(".!?:;\n\"“”'‘’()[]—–-•*#")


@dataclass(slots=True)
class _EnTok:
    start: int
    end: int
    text: str
    initial: bool


def _english_tokens(text: str) -> list[_EnTok]:
    out: list[_EnTok] = []
    for m in _EN_TOKEN.finditer(text):
        word = m.group()
        start, end = m.start(), m.end()
        if word.endswith(".") and not re.fullmatch(r"(?:[A-Za-z]\.)+", word):
            word, end = word[:-1], end - 1
        poss = _POSSESSIVE.search(word)
        if poss and len(word) > 2:
            word, end = word[: poss.start()], end - (len(word) - poss.start())
        before = text[:start].rstrip()
        initial = not before or before[-1] in _SENTENCE_END
        out.append(_EnTok(start, end, word, initial))
    return out


_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|ul|ud|bin|ibn)-[A-Z]")


def _is_cap(word: str) -> bool:
    """Capitalised, or a lower-case Arabic article before a capital (`al-Jazeera`)."""
    return word[:1].isupper() or bool(_ARTICLE_PREFIX.match(word))


def _english_runs(text: str) -> list[list[_EnTok]]:
    toks = _english_tokens(text)
    runs: list[list[_EnTok]] = []
    cur: list[_EnTok] = []
    for k, tok in enumerate(toks):
        gap_ok = (
            bool(cur)
            and text[cur[-1].end : tok.start].strip() == ""
            and "\n" not in text[cur[-1].end : tok.start]
        )
        if _is_cap(tok.text):
            if cur and not gap_ok:
                runs.append(cur)
                cur = []
            cur.append(tok)
        elif (
            tok.text.lower() in _JOINERS
            and cur
            and gap_ok
            and k + 1 < len(toks)
            and _is_cap(toks[k + 1].text)
            and text[tok.end : toks[k + 1].start].strip() == ""
        ):
            cur.append(tok)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return runs


def _split_run(run: list[_EnTok], headline: bool) -> tuple[list[list[_EnTok]], list[list[_EnTok]]]:
    """Split a capitalised run into name pieces and role pieces."""
    names: list[list[_EnTok]] = []
    roles: list[list[_EnTok]] = []
    cur: list[_EnTok] = []
    i = 0
    while i < len(run):
        tok = run[i]
        low = tok.text.lower()
        role_len = 0
        for k in range(min(4, len(run) - i), 0, -1):
            if english_role(" ".join(t.text for t in run[i : i + k])) is not None:
                role_len = k
                break
        if role_len:
            if cur:
                names.append(cur)
                cur = []
            roles.append(run[i : i + role_len])
            i += role_len
            continue
        common = low in ENGLISH_COMMON and not (tok.text.isupper() and len(tok.text) > 1)
        if common and (tok.initial or headline or not cur or low in _ALWAYS_DROP):
            if cur:
                names.append(cur)
                cur = []
            i += 1
            continue
        demonym = [e for e in gazetteer.lookup_english(tok.text) if e.type == "demonym"] or (
            tok.text[:1].isupper() and not tok.text.isupper() and gazetteer.demonym_of(tok.text) is not None
        )
        if demonym and (i + 1 == len(run) or not cur):
            if cur:
                names.append(cur)
                cur = []
            names.append([tok])
            i += 1
            continue
        cur.append(tok)
        i += 1
    if cur:
        names.append(cur)
    cleaned: list[list[_EnTok]] = []
    for piece in names:
        while piece and piece[-1].text.lower() in _JOINERS:
            piece = piece[:-1]
        while piece and piece[0].text.lower() in _JOINERS:
            piece = piece[1:]
        if not piece:
            continue
        if len(piece) == 1 and len(piece[0].text.rstrip(".")) < 2:
            continue
        cleaned.append(piece)
    return cleaned, roles


_ALWAYS_DROP = frozenset(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "sunday", "covid", "coronavirus")
)  # fmt: skip


def _headline_lines(text: str) -> set[int]:
    """Start offsets of lines written in title case (most words capitalised)."""
    out: set[int] = set()
    pos = 0
    for line in text.splitlines(keepends=True):
        words = re.findall(r"[A-Za-z][A-Za-z'’-]*", line)
        if len(words) >= 4 and sum(1 for w in words if w[0].isupper()) / len(words) >= 0.6:
            out.add(pos)
        pos += len(line)
    return out


def _english_pieces(text: str) -> tuple[list[Span], list[Span]]:
    heads = sorted(_headline_lines(text))
    names: list[Span] = []
    roles: list[Span] = []

    def in_headline(offset: int) -> bool:
        line_start = text.rfind("\n", 0, offset) + 1
        return line_start in heads

    for run in _english_runs(text):
        piece_names, piece_roles = _split_run(run, in_headline(run[0].start))
        for piece in piece_names:
            s, e = piece[0].start, piece[-1].end
            names.append(Span(start=s, end=e, text=text[s:e]))
        for piece in piece_roles:
            s, e = piece[0].start, piece[-1].end
            roles.append(Span(start=s, end=e, text=text[s:e]))
    return names, roles


def english_name_spans(text: str) -> list[Span]:
    """Candidate names in English text, each a claim the Urdu source must support.

    Capitalised word runs (joined by `of`, `al`, `bin`, ... and hyphens), acronyms (`GHQ`),
    demonyms as their own spans (`Russian`). Dropped: sentence-initial and headline common
    words (`The`, `According`), months and weekdays, and titles/roles (`Foreign Minister`,
    `Prime Minister`, `General`, `Mr`): roles are returned by `english_role_spans` instead.
    Possessive `'s` is left outside the span.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    return _english_pieces(text)[0]


def english_role_spans(text: str) -> list[Span]:
    """Capitalised titles/roles in English text (`Foreign Minister`, `President`)."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    return _english_pieces(text)[1]
