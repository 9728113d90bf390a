"""Controlled corruptions of a text's numbers and names, for measuring the grounding checker.

Each function changes exactly ONE number or name in a text and returns a `Corruption`: the new
text, what changed, and where (the span in the original text and the span in the new text).
Everything is deterministic: the choice of target and replacement comes from
`random.Random(seed)` (string seeds hash with SHA-512, so they are stable across runs).

Number corruptions (Urdu and English):
- `digit_edit`     one digit changes (2,500 -> 2,600); an Urdu/English number word becomes
                   another (تین -> سات, three -> seven).
- `times_ten`      the number is multiplied by 10 (150 -> 1500, تین -> تیس, five -> fifty).
- `scale_swap`     the scale word changes: ہزار↔لاکھ, لاکھ↔کروڑ, ملین↔ارب; thousand↔million,
                   lakh↔million, crore↔billion.
- `percent_count`  a percentage loses its percent word (40 فیصد -> 40) or a count gains one.
Name corruption:
- `name_swap`      one name that occurs in the text is replaced by a name from elsewhere.

Pass `source=` (the article the text is checked against) so that a corruption never lands
on a value or name the source happens to contain too: such a change would not be an error.
Functions return None when the text offers nothing they can corrupt.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Literal

from summarizer.errors import InputError
from summarizer.schemas import Lang, Span
from summarizer.text.normalize import fold

__all__ = [
    "CORRUPTORS",
    "NUMBER_HOWS",
    "Corruption",
    "Lang",
    "NumberMention",
    "claim_numbers",
    "corrupt",
    "digit_edit",
    "find_numbers",
    "name_swap",
    "percent_count",
    "scale_swap",
    "source_values",
    "times_ten",
]

How = Literal["digit edit", "x10", "scale swap", "percent-count", "name swap"]
NUMBER_HOWS: tuple[How, ...] = ("digit edit", "x10", "scale swap", "percent-count")


@dataclass(frozen=True)
class Corruption:
    """One changed number or name."""

    text: str
    """The whole corrupted text."""
    how: How
    kind: Literal["number", "name"]
    original: Span
    """The phrase that was replaced, in the original text."""
    changed: Span
    """The phrase that replaced it, in the corrupted text."""
    description: str
    factor: float | None = None
    """For number corruptions whose value is known: new value / old value."""


# --------------------------------------------------------------------------- vocabulary

_UR_WORDS: dict[str, int] = {
    "ایک": 1, "دو": 2, "تین": 3, "چار": 4, "پانچ": 5, "چھ": 6, "سات": 7, "آٹھ": 8, "نو": 9,
    "دس": 10, "گیارہ": 11, "بارہ": 12, "تیرہ": 13, "چودہ": 14, "پندرہ": 15, "سولہ": 16,
    "سترہ": 17, "اٹھارہ": 18, "انیس": 19, "بیس": 20, "پچیس": 25, "تیس": 30, "چالیس": 40,
    "پچاس": 50, "ساٹھ": 60, "ستر": 70, "نوے": 90,
}  # fmt: skip
_EN_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_UR_SCALES: dict[str, float] = {
    "سو": 1e2, "ہزار": 1e3, "لاکھ": 1e5, "ملین": 1e6, "کروڑ": 1e7, "ارب": 1e9, "بلین": 1e9,
    "کھرب": 1e11,
}  # fmt: skip
_EN_SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "lakh": 1e5, "lakhs": 1e5, "million": 1e6, "crore": 1e7,
    "crores": 1e7, "billion": 1e9, "trillion": 1e12,
}  # fmt: skip
# Which scale each scale word may become (the first is preferred, others by seeded choice).
_UR_SWAPS: dict[str, tuple[str, ...]] = {
    "ہزار": ("لاکھ",), "لاکھ": ("ہزار", "کروڑ"), "کروڑ": ("لاکھ", "ارب"), "ملین": ("ارب",),
    "ارب": ("ملین", "کروڑ"), "بلین": ("ملین",), "کھرب": ("ارب",),
}  # fmt: skip
_EN_SWAPS: dict[str, tuple[str, ...]] = {
    "thousand": ("million",), "million": ("thousand", "lakh"), "lakh": ("million",),
    "lakhs": ("million",), "crore": ("billion", "lakh"), "crores": ("billion",),
    "billion": ("million",), "trillion": ("billion",),
}  # fmt: skip
_INDEFINITE = frozenset({"ایک", "one"})

_UR_LETTER = "\u0600-\u06ff\u0750-\u077f"
_DIGIT = "0-9\u06f0-\u06f9\u0660-\u0669"
_NUM_DIGITS = rf"[{_DIGIT}](?:[{_DIGIT}]|[,.\u066b\u066c](?=[{_DIGIT}]))*"


def _alternation(words: Collection[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_UR_NUM = re.compile(
    rf"(?<![{_DIGIT}{_UR_LETTER}])(?P<num>{_NUM_DIGITS}|{_alternation(_UR_WORDS)})(?![{_DIGIT}{_UR_LETTER}])"
    rf"(?:(?P<sp>\s*)(?P<scale>{_alternation(_UR_SCALES)})(?![{_UR_LETTER}]))?"
    rf"(?:(?P<psp>\s*)(?P<pct>فیصد|%|٪)(?![{_UR_LETTER}]))?"
)
_EN_NUM = re.compile(
    rf"(?<![\w.,:])(?<![A-Za-z]-)(?P<num>{_NUM_DIGITS}|(?i:{_alternation(_EN_WORDS)}))(?![\w]|:\d)"
    rf"(?:(?P<sp>[\s-]*)(?P<scale>(?i:{_alternation(_EN_SCALES)}))(?![\w]))?"
    rf"(?:(?P<psp>\s*)(?P<pct>(?i:per\s?cent)|%)(?![\w]))?"
)
_TO_ASCII = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٫٬", "01234567890123456789.,")
_TO_URDU = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


@dataclass(frozen=True)
class NumberMention:
    """A number as written: digits or a number word, with an optional scale and percent word."""

    start: int
    end: int
    num_start: int
    num_end: int
    num: str
    scale: str | None
    scale_start: int
    percent: bool
    pct_start: int
    pct_end: int
    value: float | None


def _num_value(num: str, lang: Lang) -> float | None:
    words = _UR_WORDS if lang == "ur" else _EN_WORDS
    key = num if lang == "ur" else num.lower()
    if key in words:
        return float(words[key])
    try:
        return float(num.translate(_TO_ASCII).replace(",", ""))
    except ValueError:
        return None


def find_numbers(text: str, lang: Lang) -> list[NumberMention]:
    """Every number mention in `text` (digits in any script, common number words, scale words)."""
    pattern = _UR_NUM if lang == "ur" else _EN_NUM
    scales = _UR_SCALES if lang == "ur" else _EN_SCALES
    out: list[NumberMention] = []
    for m in pattern.finditer(text):
        base = _num_value(m["num"], lang)
        scale = m["scale"]
        value = (
            None
            if base is None
            else base * (scales[scale.lower() if lang == "en" else scale] if scale else 1)
        )
        out.append(
            NumberMention(
                start=m.start(), end=m.end(), num_start=m.start("num"), num_end=m.end("num"),
                num=m["num"], scale=scale, scale_start=m.start("scale") if scale else -1,
                percent=m["pct"] is not None, pct_start=m.start("pct") if m["pct"] else -1,
                pct_end=m.end("pct") if m["pct"] else -1, value=value,
            )
        )  # fmt: skip
    return out


def claim_numbers(text: str, lang: Lang) -> list[NumberMention]:
    """The number mentions the extractor reads as quantities: the corruption targets.

    Digits inside names and codes (T20, PM 2.5, Article 184/3) and clock times are not number
    claims (see summarizer.numbers.quantities), so changing them is a name edit, not a number
    corruption, and is left out of the number corruptions.
    """
    from summarizer.numbers.quantities import extract_quantities

    spans = [(q.span.start, q.span.end) for q in extract_quantities(text, lang)]
    return [m for m in find_numbers(text, lang) if any(s < m.num_end and m.num_start < e for s, e in spans)]


def source_values(source: str, lang: Lang = "ur") -> set[float]:
    """Values a source states (with and without their scale), used to keep corruptions wrong."""
    values: set[float] = set()
    for mention in find_numbers(source, lang):
        if mention.value is not None:
            values.add(round(mention.value, 6))
        raw = _num_value(mention.num, lang)
        if raw is not None:
            values.add(round(raw, 6))
    return values


def _is_year(m: NumberMention) -> bool:
    digits = m.num.translate(_TO_ASCII)
    return digits.isdigit() and len(digits) == 4 and 1500 <= int(digits) <= 2100 and not m.scale


def _replace(text: str, start: int, end: int, new: str) -> tuple[str, Span]:
    out = text[:start] + new + text[end:]
    return out, Span(start=start, end=start + len(new), text=new)


def _pick(rng: random.Random, items: Sequence[NumberMention]) -> list[NumberMention]:
    """Targets in seeded order; a bare ایک / one is skipped (it is mostly the article "a")."""
    order = [m for m in items if m.scale or m.percent or m.num.lower() not in _INDEFINITE]
    rng.shuffle(order)
    return order


def _avoid(source: str | None, lang: Lang, avoid_values: Collection[float] | None) -> set[float]:
    values = set(avoid_values or ())
    if source is not None:
        values |= source_values(source, lang)
    return {round(v, 6) for v in values}


def _scale_of(m: NumberMention, lang: Lang) -> float:
    if not m.scale:
        return 1.0
    return (_UR_SCALES if lang == "ur" else _EN_SCALES)[m.scale if lang == "ur" else m.scale.lower()]


def _same_script_digits(old: str, new_ascii: str) -> str:
    return new_ascii.translate(_TO_URDU) if any("\u06f0" <= c <= "\u06f9" for c in old) else new_ascii


def _words_for(lang: Lang) -> dict[str, int]:
    return _UR_WORDS if lang == "ur" else _EN_WORDS


def _fresh(value: float | None, avoid: set[float], m: NumberMention, lang: Lang, text: str = "") -> bool:
    """The new value is wrong for the source, so a checker that accepts it is wrong.

    Rejected: the value (or its unscaled number) appears in the source, or is a source value
    rounded to one to three significant figures (a legitimate way to write it), or -- when
    the mention is hedged ("about", تقریباً ...) -- it lies within 30% of the old value.
    """
    if value is None:
        return True
    scaled = round(value, 6)
    if scaled in avoid or round(value / _scale_of(m, lang), 6) in avoid:
        return False
    if any(_round_sig(v, sig) == scaled for v in avoid for sig in (1, 2, 3)):
        return False
    return not (text and m.value and _hedged(text, m, lang) and abs(value / m.value - 1) < 0.3)


def _round_sig(value: float, sig: int) -> float:
    if value == 0:
        return 0.0
    return round(float(f"{value:.{sig}g}"), 6)


_EN_HEDGE_BEFORE = re.compile(
    r"(?i:about|around|nearly|almost|some|roughly|approximately|over|more than|less than|fewer than|"
    r"at least|up to|under|close to)\s+\$?$"
)
_UR_HEDGE_BEFORE = re.compile(r"(?:تقریباً|تقریبا|لگ بھگ|قریب|کم از کم|کوئی)\s*$")
_UR_HEDGE_AFTER = re.compile(r"^\s*(?:سے زیادہ|سے زائد|سے کم|کے قریب|کے لگ بھگ|تک)")


def _hedged(text: str, m: NumberMention, lang: Lang) -> bool:
    before = text[max(0, m.start - 20) : m.start]
    if lang == "en":
        return _EN_HEDGE_BEFORE.search(before) is not None
    after = text[m.end : m.end + 20]
    return bool(_UR_HEDGE_BEFORE.search(before.translate(_TO_ASCII)) or _UR_HEDGE_AFTER.match(after))


# --------------------------------------------------------------------------- number corruptions


def digit_edit(
    text: str, seed: int | str, lang: Lang, *, source: str | None = None,
    avoid_values: Collection[float] | None = None, source_lang: Lang | None = None,
) -> Corruption | None:  # fmt: skip
    """Change one digit of one number (or swap one number word for another)."""
    rng = random.Random(f"digit edit|{seed}")
    avoid = _avoid(source, source_lang or lang, avoid_values)
    words = _words_for(lang)
    for m in _pick(rng, claim_numbers(text, lang)):
        key = m.num if lang == "ur" else m.num.lower()
        if key in words:
            options = [w for w, v in words.items() if v != words[key] and v <= 12 and v != 1]
            rng.shuffle(options)
            for word in options:
                new_value: float | None = words[word] * _scale_of(m, lang)
                if not _fresh(new_value, avoid, m, lang, text):
                    continue
                new = word.capitalize() if m.num[:1].isupper() else word
                return _number_result(text, m, new, "digit edit", new_value, lang)
            continue
        positions = [i for i, c in enumerate(m.num) if c.translate(_TO_ASCII).isdigit()]
        rng.shuffle(positions)
        for pos in positions:
            old_digit = int(m.num[pos].translate(_TO_ASCII))
            choices = [d for d in range(10) if d != old_digit and not (d == 0 and pos == _first_digit(m.num))]
            rng.shuffle(choices)
            for d in choices:
                new_num = m.num[:pos] + _same_script_digits(m.num, str(d)) + m.num[pos + 1 :]
                edited = _num_value(new_num, lang)
                new_value = None if edited is None else edited * _scale_of(m, lang)
                if not _fresh(new_value, avoid, m, lang, text):
                    continue
                return _number_result(text, m, new_num, "digit edit", new_value, lang)
    return None


def _first_digit(num: str) -> int:
    """Index of the first digit (a leading zero there would change the number's look, not just value)."""
    for i, c in enumerate(num):
        if c.translate(_TO_ASCII).isdigit():
            return i
    return 0


_UR_TIMES_TEN = {1: "دس", 2: "بیس", 3: "تیس", 4: "چالیس", 5: "پچاس", 6: "ساٹھ", 7: "ستر", 9: "نوے"}
_EN_TIMES_TEN = {1: "ten", 2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}  # fmt: skip


def _format_like(old: str, value: float) -> str:
    """`value` written the way `old` is written: same digit script, thousands commas, decimals."""
    ascii_old = old.translate(_TO_ASCII)
    decimals = len(ascii_old.split(".")[1]) if "." in ascii_old else 0
    if decimals:
        body = f"{value:,.{decimals}f}" if "," in ascii_old else f"{value:.{decimals}f}"
        body = body.rstrip("0").rstrip(".") if body.endswith("0") and "." in body else body
    else:
        body = f"{round(value):,}" if "," in ascii_old else str(round(value))
    if "٬" in old or "٫" in old:
        body = body.replace(",", "٬").replace(".", "٫")
    return _same_script_digits(old, body)


def times_ten(
    text: str, seed: int | str, lang: Lang, *, source: str | None = None,
    avoid_values: Collection[float] | None = None, source_lang: Lang | None = None,
) -> Corruption | None:  # fmt: skip
    """Multiply one number by ten (years are left alone: 20150 is not a plausible slip)."""
    rng = random.Random(f"x10|{seed}")
    avoid = _avoid(source, source_lang or lang, avoid_values)
    words = _words_for(lang)
    tens = _UR_TIMES_TEN if lang == "ur" else _EN_TIMES_TEN
    for m in _pick(rng, [m for m in claim_numbers(text, lang) if not _is_year(m)]):
        if m.value is None:
            continue
        new_value = m.value * 10
        if not _fresh(new_value, avoid, m, lang, text):
            continue
        key = m.num if lang == "ur" else m.num.lower()
        if key in words:
            base = words[key]
            if base in tens:
                new = tens[base]
            elif base % 10 == 0 and base // 10 in (tens if lang == "en" else _UR_TIMES_TEN):
                new = f"{_num_word(base // 10, lang)} {'سو' if lang == 'ur' else 'hundred'}"
            else:
                continue
            new = new.capitalize() if m.num[:1].isupper() else new
        else:
            base_value = _num_value(m.num, lang)
            if base_value is None:
                continue
            new = _format_like(m.num, base_value * 10)
        return _number_result(text, m, new, "x10", new_value, lang)
    return None


def _num_word(n: int, lang: Lang) -> str:
    words = _words_for(lang)
    return next(w for w, v in words.items() if v == n)


def scale_swap(
    text: str, seed: int | str, lang: Lang, *, source: str | None = None,
    avoid_values: Collection[float] | None = None, source_lang: Lang | None = None,
) -> Corruption | None:  # fmt: skip
    """Replace one scale word by another: ہزار↔لاکھ, لاکھ↔کروڑ, ملین↔ارب, thousand↔million, ..."""
    rng = random.Random(f"scale swap|{seed}")
    avoid = _avoid(source, source_lang or lang, avoid_values)
    swaps = _UR_SWAPS if lang == "ur" else _EN_SWAPS
    scales = _UR_SCALES if lang == "ur" else _EN_SCALES
    for m in _pick(rng, [m for m in claim_numbers(text, lang) if m.scale]):
        assert m.scale is not None
        key = m.scale if lang == "ur" else m.scale.lower()
        options = list(swaps.get(key, ()))
        rng.shuffle(options)
        for new_scale in options:
            factor = scales[new_scale] / scales[key]
            new_value = None if m.value is None else m.value * factor
            if not _fresh(new_value, avoid, m, lang, text):
                continue
            written = new_scale.capitalize() if m.scale[:1].isupper() else new_scale
            scale_end = m.scale_start + len(m.scale)
            out, _ = _replace(text, m.scale_start, scale_end, written)
            delta = len(written) - len(m.scale)
            changed = Span(start=m.start, end=scale_end + delta, text=out[m.start : scale_end + delta])
            return Corruption(
                text=out, how="scale swap", kind="number",
                original=Span(start=m.start, end=scale_end, text=text[m.start : scale_end]),
                changed=changed, factor=factor,
                description=f"scale {m.scale!r} -> {written!r} (x{factor:g})",
            )  # fmt: skip
    return None


def percent_count(
    text: str, seed: int | str, lang: Lang, *, source: str | None = None,
    avoid_values: Collection[float] | None = None, source_lang: Lang | None = None,
) -> Corruption | None:  # fmt: skip
    """Turn a percentage into a bare count (drop فیصد / percent), or a count into a percentage.

    Percentages are preferred: dropping the word keeps the sentence natural. A count becomes a
    percentage only when the text has no percentage, and only if the source states no
    percentage of that value.
    """
    rng = random.Random(f"percent-count|{seed}")
    mentions = claim_numbers(text, lang)
    pcts = _pick(rng, [m for m in mentions if m.percent])
    for m in pcts:
        # Cut from the end of the number (or its scale word) through the percent word.
        cut_start = m.scale_start + len(m.scale) if m.scale else m.num_end
        out, _ = _replace(text, cut_start, m.pct_end, "")
        end = cut_start
        return Corruption(
            text=out, how="percent-count", kind="number",
            original=Span(start=m.start, end=m.end, text=text[m.start : m.end]),
            changed=Span(start=m.start, end=end, text=out[m.start : end]),
            description=f"percent dropped: {text[m.start : m.end]!r} -> {out[m.start : end]!r}",
        )  # fmt: skip
    source_pcts = (
        {
            round(p.value, 6)
            for p in find_numbers(source, source_lang or lang)
            if p.percent and p.value is not None
        }
        if source is not None
        else set()
    )
    word = "فیصد" if lang == "ur" else "percent"
    for m in _pick(rng, [m for m in mentions if not _is_year(m) and m.value is not None]):
        assert m.value is not None
        if round(m.value, 6) in source_pcts or m.value > 100:
            continue
        end = m.end
        out, _ = _replace(text, end, end, f" {word}")
        return Corruption(
            text=out, how="percent-count", kind="number",
            original=Span(start=m.start, end=m.end, text=text[m.start : m.end]),
            changed=Span(start=m.start, end=end + len(word) + 1, text=out[m.start : end + len(word) + 1]),
            description=f"count became a percentage: {text[m.start : m.end]!r} -> {out[m.start : end + len(word) + 1]!r}",
        )  # fmt: skip
    return None


def _number_result(
    text: str, m: NumberMention, new_num: str, how: How, new_value: float | None, lang: Lang
) -> Corruption:
    out, _ = _replace(text, m.num_start, m.num_end, new_num)
    delta = len(new_num) - len(m.num)
    changed = Span(start=m.start, end=m.end + delta, text=out[m.start : m.end + delta])
    factor = None if (new_value is None or not m.value) else new_value / m.value
    return Corruption(
        text=out, how=how, kind="number",
        original=Span(start=m.start, end=m.end, text=text[m.start : m.end]), changed=changed,
        description=f"{how}: {text[m.start : m.end]!r} -> {changed.text!r}", factor=factor,
    )  # fmt: skip


# --------------------------------------------------------------------------- names


def _name_pattern(name: str, lang: Lang) -> re.Pattern[str]:
    letter = _UR_LETTER if lang == "ur" else r"\w"
    return re.compile(rf"(?<![{letter}]){re.escape(name)}(?![{letter}])")


def _mentions_name(haystack: str, name: str, lang: Lang) -> bool:
    if lang == "ur":
        return _name_pattern(fold(name), lang).search(fold(haystack)) is not None
    return _name_pattern(name.lower(), lang).search(haystack.lower()) is not None


def _mentions_entity(haystack: str, name: str, lang: Lang) -> bool:
    """The name, or another listed spelling of the entity it names (مسلم لیگ ن, مسلم لیگ نواز)."""
    from summarizer.names.gazetteer import lookup_english, lookup_urdu

    entries = lookup_urdu(name) if lang == "ur" else lookup_english(name)
    forms = {name, *(f for e in entries for f in (e.urdu if lang == "ur" else (e.english, *e.aliases)))}
    return any(_mentions_name(haystack, f, lang) for f in forms if f)


def name_swap(
    text: str, names: Sequence[str], pool: Sequence[str], seed: int | str, lang: Lang, *,
    source: str | None = None,
) -> Corruption | None:  # fmt: skip
    """Replace one occurrence of one of `names` (found in `text`) with a name from `pool`.

    The replacement is never one of `names`, never mentioned in `text`, and never mentioned in
    `source` under any listed spelling (so the swapped-in name is really unsupported).
    """
    rng = random.Random(f"name swap|{seed}")
    present = [n for n in dict.fromkeys(names) if n and _name_pattern(n, lang).search(text)]
    rng.shuffle(present)
    candidates = [p for p in dict.fromkeys(pool) if p and p not in names]
    rng.shuffle(candidates)
    for old in present:
        occurrences = list(_name_pattern(old, lang).finditer(text))
        m = occurrences[rng.randrange(len(occurrences))]
        for new in candidates:
            if _mentions_name(text, new, lang) or (source is not None and _mentions_entity(source, new, lang)):
                continue
            if _mentions_name(new, old, lang) or _mentions_name(old, new, lang):
                continue
            out, changed = _replace(text, m.start(), m.end(), new)
            return Corruption(
                text=out, how="name swap", kind="name",
                original=Span(start=m.start(), end=m.end(), text=old), changed=changed,
                description=f"name {old!r} -> {new!r}",
            )  # fmt: skip
    return None


# --------------------------------------------------------------------------- dispatch

NumberCorruptor = Callable[..., Corruption | None]
CORRUPTORS: dict[str, NumberCorruptor] = {
    "digit edit": digit_edit,
    "x10": times_ten,
    "scale swap": scale_swap,
    "percent-count": percent_count,
}


def corrupt(
    text: str, how: str, seed: int | str, lang: Lang, *, source: str | None = None,
    avoid_values: Collection[float] | None = None, source_lang: Lang | None = None,
) -> Corruption | None:  # fmt: skip
    """Apply the number corruption named `how` (one of NUMBER_HOWS)."""
    try:
        fn = CORRUPTORS[how]
    except KeyError:
        raise InputError(f"unknown corruption {how!r}; expected one of {', '.join(CORRUPTORS)}") from None
    return fn(text, seed, lang, source=source, avoid_values=avoid_values, source_lang=source_lang)
