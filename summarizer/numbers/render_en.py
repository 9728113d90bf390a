"""Numbers in English, for fact sheets: a Quantity rendered so the English extractor reads it back.

`render_quantity` writes "150,000", "40 percent", "5 billion dollars", "1 December", "5th",
"more than 150"; it returns None for a quantity it cannot state so that the English number
extractor (`summarizer.numbers.quantities`) reads back the same value and kind, so a fact sheet
never carries a number the validators would reject. Currency codes (PKR, USD) are written as
currency words, because the English name finder would take a bare code for a name.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from summarizer.names.english_spans import english_name_spans
from summarizer.numbers.english import ENGLISH_VAGUE
from summarizer.numbers.quantities import extract_quantities, is_vague
from summarizer.schemas import Qualifier, Quantity, QuantityKind, Span

__all__ = ["claim_unit", "render_quantity", "worth_stating"]


_QUALIFIER_EN = {"about": "about ", "more_than": "more than ", "less_than": "less than ",
                 "up_to": "up to ", "at_least": "at least ", "exact": ""}  # fmt: skip
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")  # fmt: skip
_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))
_PLURALS = {"inch": "inches", "ft": "ft", "km": "km", "m": "m", "cm": "cm", "kg": "kg", "g": "g",
            "l": "l", "ha": "ha", "MW": "MW", "kW": "kW", "mg": "mg", "mm": "mm"}  # fmt: skip
# Currency codes read as names by the English name finder (PKR, USD), so money is written
# with currency words the English number extractor reads back to the same code.
_CURRENCY_WORDS: dict[str, tuple[tuple[str, str], ...]] = {
    "PKR": (("rupee", "rupees"),), "USD": (("dollar", "dollars"),), "EUR": (("euro", "euros"),),
    "GBP": (("pound", "pounds"),), "SAR": (("riyal", "riyals"),), "AED": (("dirham", "dirhams"),),
    "CNY": (("yuan", "yuan"),), "JPY": (("yen", "yen"),), "RUB": (("rouble", "roubles"), ("ruble", "rubles")),
    "AFN": (("afghani", "afghanis"),), "BDT": (("taka", "taka"),), "TRY": (("lira", "lira"),),
    "INR": (("Indian rupee", "Indian rupees"),),
}  # fmt: skip
_URDU_DIGITS = re.compile(r"[0-9\u06f0-\u06f9\u0660-\u0669]")


def _plain(value: float) -> str:
    """12 → '12', 150000 → '150,000', 6.5 → '6.5'."""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def _scaled(value: float) -> str:
    """Large values with a scale word when that stays exact: 5e9 → '5 billion'."""
    for scale, word in _SCALES:
        if value >= scale:
            short = value / scale
            if math.isclose(round(short, 3), short, rel_tol=1e-12, abs_tol=1e-9):
                return f"{_plain(round(short, 3))} {word}"
    return _plain(value)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _date_en(unit: str | None) -> str | None:
    """'2021-12-01' → '1 December 2021'; '--12-01' → '1 December'; None when unreadable."""
    if not unit:
        return None
    m = re.fullmatch(r"(\d{4}|-)-(\d{2})-(\d{2})", unit)
    if m is None:
        m2 = re.fullmatch(r"(\d{4})-(\d{2})", unit)
        if m2 and 1 <= int(m2.group(2)) <= 12:
            return f"{_MONTHS[int(m2.group(2)) - 1]} {m2.group(1)}"
        return None
    month, day = int(m.group(2)), int(m.group(3))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    out = f"{day} {_MONTHS[month - 1]}"
    return f"{out} {m.group(1)}" if m.group(1) != "-" else out


def _unit_word(unit: str, value: float) -> str:
    if value == 1 or not unit.isalpha():
        return unit
    return _PLURALS.get(unit, unit if unit.endswith("s") else unit + "s")


def _renderings(q: Quantity) -> list[str]:
    """English renderings of a quantity, preferred first (each is checked before use)."""
    qual = _QUALIFIER_EN[q.qualifier]
    v = q.value
    kind = q.kind
    if kind is QuantityKind.PERCENT:
        return [f"{qual}{_plain(v)} percent", f"{qual}{_plain(v)}%"]
    if kind is QuantityKind.MONEY:
        words = _CURRENCY_WORDS.get(q.unit or "", ())
        out = []
        for singular, plural in words:
            word = singular if v == 1 else plural
            out += [f"{qual}{_scaled(v)} {word}", f"{qual}{_plain(v)} {word}"]
        return out
    if kind is QuantityKind.YEAR:
        return [f"{int(v)}" if v == int(v) else _plain(v)]
    if kind is QuantityKind.ORDINAL and v == int(v) and v > 0:
        return [_ordinal(int(v))]
    if kind is QuantityKind.DATE:
        date = _date_en(q.unit)
        return [date] if date else []
    if kind in (QuantityKind.MEASURE, QuantityKind.DURATION) and q.unit:
        return [f"{qual}{_scaled(v)} {_unit_word(q.unit, v)}", f"{qual}{_plain(v)} {_unit_word(q.unit, v)}",
                f"{qual}{_plain(v)} {q.unit}"]
    return [f"{qual}{_scaled(v)}", f"{qual}{_plain(v)}"]


_KIND_OK: dict[QuantityKind, frozenset[QuantityKind]] = {
    QuantityKind.COUNT: frozenset({QuantityKind.COUNT}),
    QuantityKind.YEAR: frozenset({QuantityKind.YEAR, QuantityKind.COUNT}),
    QuantityKind.MEASURE: frozenset({QuantityKind.MEASURE}),
    QuantityKind.DURATION: frozenset({QuantityKind.DURATION}),
    QuantityKind.PERCENT: frozenset({QuantityKind.PERCENT}),
    QuantityKind.MONEY: frozenset({QuantityKind.MONEY}),
    QuantityKind.ORDINAL: frozenset({QuantityKind.ORDINAL}),
    QuantityKind.DATE: frozenset({QuantityKind.DATE}),
}


def render_quantity(q: Quantity) -> str | None:
    """English for a quantity (see `_render`), cached by what the rendering depends on.

    A vague plural (ہزاروں، درجنوں) becomes its English plural ("thousands"), never a number:
    "more than 1,000" would state a bound the article does not give. لاکھوں and کروڑوں have no
    English plural that reads back, so they are left out.
    """
    if is_vague(q):
        return _vague_plural(q.value)
    return _render(q.value, q.kind, q.unit, q.qualifier)


_VAGUE_EN = {float(v): w for w, v in ENGLISH_VAGUE.items() if w not in ("scores", "lakhs", "lacs", "crores")}
"""The extractor reads "lakhs" and "crores" alone as vague, but the brief does not write them:
see `render_quantity` (لاکھوں and کروڑوں are left out)."""


@lru_cache(maxsize=16)
def _vague_plural(value: float) -> str | None:
    """The English plural for a vague scale ("thousands"), if the extractor reads it back."""
    word = _VAGUE_EN.get(value)
    if word is None:
        return None
    back = extract_quantities(word, "en")
    return word if len(back) == 1 and back[0].value == value and back[0].qualifier != "exact" else None


@lru_cache(maxsize=4096)
def _render(value: float, kind: QuantityKind, unit: str | None, qualifier: Qualifier) -> str | None:
    """English for a quantity that the English extractor reads back as the same value and kind.

    150000 → '150,000'; 40 percent → '40 percent'; 5e9 USD → '5 billion USD'; a date
    '--12-01' → '1 December'. None when no rendering reads back exactly (the number is then
    left out of English text rather than stated loosely).
    """
    q = Quantity(value=value, kind=kind, unit=unit, qualifier=qualifier, span=Span(start=0, end=0, text=""))
    for text in _renderings(q):
        if english_name_spans(text):
            continue  # a unit the name finder would take for a name (PKR, Rs)
        back = extract_quantities(text, "en")
        if len(back) != 1:
            continue
        b = back[0]
        if not math.isclose(b.value, q.value, rel_tol=1e-9, abs_tol=1e-9) or b.kind not in _KIND_OK[q.kind]:
            continue
        if q.kind is QuantityKind.MONEY and b.unit != q.unit:
            continue
        if q.kind is QuantityKind.DATE and b.unit != q.unit:
            continue
        return text
    return None


def worth_stating(q: Quantity) -> bool:
    """Small counts and ordinals written as words (ایک، دونوں، پہلے) are grammar, not facts."""
    if q.kind in (QuantityKind.COUNT, QuantityKind.ORDINAL) and q.value <= 10:
        return bool(_URDU_DIGITS.search(q.span.text))
    return q.value != 0 or bool(_URDU_DIGITS.search(q.span.text))


def claim_unit(q: Quantity) -> str | None:
    if q.kind is QuantityKind.PERCENT:
        return "percent"
    if q.kind in (QuantityKind.MONEY, QuantityKind.MEASURE, QuantityKind.DURATION):
        return q.unit
    return None
