"""A number an article writes in words with a typist's slip: پنچ ہزار (پانچ), چونتسیویں
(چونتیسویں), چاتھا (چوتھا).

The parser cannot read such words (a slip may land on any letter, and listing every slip is
endless), so the article's number is missing from its quantities and a brief that states it
correctly is flagged. Here the question is asked the other way round, for one claimed value
only: does the article write that value's Urdu words with each word as written or one edit
(insertion, deletion, substitution or swap of two letters) away? A slipped word must not be
another number word (تیس is 30, not a slip of بیس), and, within a number phrase, at least one
word of it must be exact, and a lone word needs five letters.

`sure=False` where the article's word reads otherwise too, and which reading it means is for a
reader to check: a slip one edit from two number words (چرانوے: چورانوے 94 or ترانوے 93; پچس:
پچیس or پچاس), and a lone word that is, as written, an everyday word (اٹھائی, raised, is a letter
from اٹھاسی, 88) unless an ordinal's ending marks it (چونتسیویں).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from rapidfuzz.distance import OSA

from summarizer.lexicon.words import urdu_zipf
from summarizer.numbers.spellout import OrdinalForm, render_urdu
from summarizer.numbers.urdu import URDU_SCALES, URDU_UNITS, Item, classify_urdu
from summarizer.text.normalize import fold_token

__all__ = ["Slip", "written_with_a_slip"]

_POINT = fold_token("اعشاریہ")
_HUNDRED = fold_token("سو")
_LONE_LETTERS = 5
_SLIP_LETTERS = 3
_MAX_VALUE = 10**12
_ORDINAL_FORMS: tuple[OrdinalForm, ...] = ("oblique", "masculine", "feminine")


def _readings(value: float, ordinal: bool) -> Iterator[list[str]]:
    """The Urdu words papers write `value` in: CLDR's cardinal (or ordinal) words, years and
    other numbers of 1,100-9,999 in hundreds (انیس سو چورانوے), and decimals of one or two places
    as whole, اعشاریہ, then the digits after the point as a number (اکاون اعشاریہ پچیس)."""
    if not 0 < value < _MAX_VALUE:
        return
    whole = int(value)
    if value != whole:
        places = f"{value:.2f}".rstrip("0").split(".")[1]
        if ordinal or len(places) > 2 or places.startswith("0"):
            return
        yield [*render_urdu(whole).split(), _POINT, *render_urdu(int(places)).split()]
        return
    if ordinal:
        for form in _ORDINAL_FORMS:
            yield render_urdu(whole, ordinal=form).split()
        return
    yield render_urdu(whole).split()
    hundreds, rest = divmod(whole, 100)
    if 1100 <= whole <= 9999 and hundreds % 10:
        yield [*render_urdu(hundreds).split(), _HUNDRED, *(render_urdu(rest).split() if rest else [])]


def _same(ours: str, theirs: str) -> bool:
    """The same word, or another spelling of the same number word (اکیاون، اکاون)."""
    return ours == theirs or ((read := classify_urdu(ours)) is not None and read == classify_urdu(theirs))


@cache
def _number_words() -> dict[str, tuple[Item, ...]]:
    """Every number word (cardinals with their variants, ordinals, scales, the decimal point),
    folded, with its reading."""
    words = [*URDU_UNITS, *(fold_token(w) for w in URDU_SCALES), _POINT]
    for n in range(1, 100):
        words += [fold_token(render_urdu(n, ordinal=form)) for form in _ORDINAL_FORMS]
    return {w: read for w in words if (read := classify_urdu(w)) is not None}


@cache
def _readings_of_slip(theirs: str) -> frozenset[tuple[Item, ...]]:
    """The readings of the number words the article's word is one edit from."""
    return frozenset(read for w, read in _number_words().items() if OSA.distance(w, theirs) == 1)


def _slip(ours: str, theirs: str) -> bool:
    """The article's word is ours with one typist's edit, and no number word itself."""
    return (min(len(ours), len(theirs)) >= _SLIP_LETTERS and classify_urdu(theirs) is None
            and OSA.distance(ours, theirs) == 1)


@dataclass(frozen=True, slots=True)
class Slip:
    """Where the article writes the value with a slip: tokens `start`..`start + n`; `sure`
    when every slipped word is one edit from one reading only."""

    start: int
    n: int
    sure: bool


def written_with_a_slip(tokens: Sequence[str], surfaces: Sequence[str], value: float, *,
                        ordinal: bool = False) -> Slip | None:  # fmt: skip
    """Where the article writes `value` in number words with a slip, or None. `tokens` are its
    folded words, `surfaces` the same words as written (folding hides a word from wordfreq)."""
    found: Slip | None = None
    for reading in _readings(value, ordinal):
        words = [fold_token(w) for w in reading]
        n = len(words)
        for i in range(len(tokens) - n + 1):
            window = tokens[i : i + n]
            pairs = list(zip(words, window, strict=True))
            exact = sum(_same(a, b) for a, b in pairs)
            if exact == n or not all(_same(a, b) or _slip(a, b) for a, b in pairs):
                continue
            if n > 1 and exact == 0:
                continue
            if n == 1 and len(window[0]) < _LONE_LETTERS:
                continue
            sure = all(len(_readings_of_slip(b)) == 1 for a, b in pairs if not _same(a, b)) and not (
                n == 1 and not ordinal and urdu_zipf(surfaces[i]) > 0)
            if sure:
                return Slip(i, n, True)
            found = found or Slip(i, n, False)
    return found
