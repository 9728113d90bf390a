"""Urdu number words and their arithmetic: 0..99 with spelling variants, the lakh/crore scales,
fractions (ڈیڑھ، ڈھائی، سوا، ساڑھے، پونے، آدھا), ordinals, digits with separators, and the
combining grammar shared with English (`combine`).

Every table is keyed by the canonical form of `normalize.fold_token`, so ئ→ی, diacritics and
Urdu digits are already folded when a word is looked up. Words written joined without spaces
(دوہزارچھ، نوسودو) are split into number words when every piece is one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from summarizer.text.normalize import fold_token

__all__ = [
    "DIGITS_PATTERN",
    "URDU_SCALES",
    "URDU_UNITS",
    "URDU_VAGUE",
    "WORD_PATTERN",
    "Item",
    "classify_urdu",
    "combine",
    "digits_value",
    "parse_urdu_number",
    "sounded_ordinals",
]

Item = tuple[str, float, bool]
"""(class, value, ordinal). Classes: D digits, N number word, T tens word (English: may take a
unit after it), H hundred, S scale, P prefix offset (سوا +0.25 ...), X decimal point word,
M minus, A connector ('and'), Q '+0.5' ('and a half')."""

URDU_SCALES: dict[str, int] = {
    "سو": 100, "ہزار": 1000, "لاکھ": 10**5, "کروڑ": 10**7, "ارب": 10**9, "کھرب": 10**11,
    "ملین": 10**6, "بلین": 10**9, "بلیں": 10**9, "ٹریلین": 10**12,
}  # fmt: skip
"""Scale words (canonical forms) and their values; the validator classifies scale errors by them."""

# Canonical spellings first (as CLDR writes them), then variants seen in print; the Persian
# سہ (3) and چہار (4) of compounds (سہ فریقی، چہار ملکی) are numbers only in such compounds
# (`quantities` checks the word after them: سہ پہر is afternoon, چہار سو "all around").
_UNIT_WORDS: dict[int, tuple[str, ...]] = {
    0: ("صفر",), 1: ("ایک", "یکم"), 2: ("دو",), 3: ("تین", "سہ"), 4: ("چار", "چہار"), 5: ("پانچ",),
    6: ("چھ", "چھے", "چھہ"), 7: ("سات",), 8: ("آٹھ",), 9: ("نو",), 10: ("دس",),
    11: ("گیارہ", "گیارا", "گیارھ", "گیاره"), 12: ("بارہ", "بارا"), 13: ("تیرہ",), 14: ("چودہ",),
    15: ("پندرہ",), 16: ("سولہ",), 17: ("سترہ",), 18: ("اٹھارہ", "اٹھارا"), 19: ("انیس", "اونیس"),
    20: ("بیس",), 21: ("اکیس",), 22: ("بائیس", "بایس"), 23: ("تئیس", "تیئس"), 24: ("چوبیس",),
    25: ("پچیس",), 26: ("چھبیس",), 27: ("ستائیس", "ستایس"), 28: ("اٹھائیس", "اٹھایس"),
    29: ("انتیس", "انتس", "اونتیس"), 30: ("تیس",), 31: ("اکتیس", "اکتس"), 32: ("بتیس", "بتس"),
    33: ("تینتیس", "تینتس", "تیتیس"), 34: ("چونتیس", "چوتیس"), 35: ("پینتیس", "پیتیس", "پنتیس"),
    36: ("چھتیس",), 37: ("سینتیس", "سیتیس", "سنتیس"), 38: ("اڑتیس", "اٹھتیس"), 39: ("انتالیس", "انچالیس", "اونتالیس"),
    40: ("چالیس",), 41: ("اکتالیس", "اکتالس"), 42: ("بیالیس", "بیالس"),
    43: ("تینتالیس", "ترتالیس", "ترالیس", "تیتالیس"), 44: ("چوالیس", "چوالس"),
    45: ("پینتالیس", "پیتالیس", "پنتالیس"), 46: ("چھیالیس", "چھیالس"), 47: ("سینتالیس", "سیتالیس", "سنتالیس"),
    48: ("اڑتالیس",), 49: ("انچاس", "اننچاس", "اونچاس"), 50: ("پچاس",), 51: ("اکیاون", "اکاون"), 52: ("باون",),
    53: ("تریپن", "ترپن"), 54: ("چون", "چوون"), 55: ("پچپن",), 56: ("چھپن",), 57: ("ستاون",),
    58: ("اٹھاون",), 59: ("انسٹھ", "اونسٹھ"), 60: ("ساٹھ",), 61: ("اکسٹھ",), 62: ("باسٹھ",),
    63: ("تریسٹھ", "ترسٹھ"), 64: ("چونسٹھ", "چوسٹھ"), 65: ("پینسٹھ", "پنسٹھ"), 66: ("چھیاسٹھ", "چھاسٹھ"),
    67: ("سڑسٹھ", "ستسٹھ", "سرسٹھ"), 68: ("اڑسٹھ",), 69: ("انہتر", "انھتر", "اونہتر"), 70: ("ستر",),
    71: ("اکہتر", "اکھتر"), 72: ("بہتر", "بھتر"), 73: ("تہتر", "تھتر"), 74: ("چوہتر", "چوھتر"),
    75: ("پچہتر", "پچھتر", "پچھہتر"), 76: ("چھہتر", "چھتر", "چھیتر"), 77: ("ستہتر", "ستتر", "ستھتر"),
    78: ("اٹھہتر", "اٹھتر"), 79: ("انیاسی", "اناسی", "اونیاسی"), 80: ("اسی",),
    81: ("اکیاسی", "اکاسی"), 82: ("بیاسی",), 83: ("تراسی", "تیراسی"), 84: ("چوراسی",),
    85: ("پچاسی",), 86: ("چھیاسی",), 87: ("ستاسی",), 88: ("اٹھاسی",), 89: ("نواسی",),
    90: ("نوے",), 91: ("اکیانوے", "اکانوے"), 92: ("بانوے",), 93: ("ترانوے", "تیرانوے"), 94: ("چورانوے",),
    95: ("پچانوے",), 96: ("چھیانوے",), 97: ("ستانوے",), 98: ("اٹھانوے",), 99: ("ننانوے", "نناوے", "ننیانوے"),
}  # fmt: skip

_FRACTIONS = {"ڈیڑھ": 1.5, "ڈیڈھ": 1.5, "ڈھائی": 2.5, "اڑھائی": 2.5, "آدھا": 0.5, "آدھی": 0.5,
              "آدھے": 0.5, "آدھ": 0.5, "نصف": 0.5, "پون": 0.75}  # fmt: skip
_PREFIXES = {"سوا": 0.25, "ساڑھے": 0.5, "ساڑے": 0.5, "ساڑھ": 0.5, "پونے": -0.25}
_DECIMAL = {"اعشاریہ"}
_MINUS = {"منفی"}
URDU_VAGUE: dict[str, int] = {
    "درجنوں": 12, "سینکڑوں": 100, "سیکڑوں": 100, "سینکڑون": 100, "ہزاروں": 1000, "ہزارہا": 1000,
    "لاکھوں": 10**5, "کروڑوں": 10**7, "اربوں": 10**9, "کھربوں": 10**11,
}  # fmt: skip
"""Plural scale words ('thousands of'): extracted as COUNT value=scale, qualifier more_than."""

_ORD_IRREGULAR = {
    "پہلا": 1, "پہلی": 1, "پہلے": 1, "دوسرا": 2, "دوسری": 2, "دوسرے": 2, "تیسرا": 3, "تیسری": 3,
    "تیسرے": 3, "چوتھا": 4, "چوتھی": 4, "چوتھے": 4, "پانچواں": 5, "پانچویں": 5, "پانچوان": 5,
    "چھٹا": 6, "چھٹی": 6, "چھٹے": 6, "ساتواں": 7, "ساتویں": 7, "آٹھواں": 8, "آٹھویں": 8,
    "نواں": 9, "نویں": 9,
}  # fmt: skip
_ORD_SUFFIXES = ("واں", "ویں", "وان", "وین", "وے")


def _variants(word: str) -> set[str]:
    """Spellings of one number word: hamza written as ء, and آ for a leading ا."""
    base = fold_token(word)
    out = {base, base.replace("ای", "اءی"), base.replace("یی", "ءی")}
    for w in list(out):
        if w.startswith("ا") and not w.startswith("آ"):
            out.add("آ" + w[1:])
    for w in list(out):
        if w.startswith("آٹھ"):  # a typist's اآٹھارہ
            out.add("ا" + w)
    if len(base) >= 4 and base.count("ی") == 1 and "یی" not in base and not base.endswith("ی"):
        out.add(base.replace("ی", "یی"))  # a typist's doubled ی (انییس سو سنتالیس)
    return out


def _build_units() -> dict[str, int]:
    table: dict[str, int] = {}
    for value, words in _UNIT_WORDS.items():
        for word in words:
            for v in _variants(word):
                if table.get(v, value) != value:
                    raise AssertionError(f"number word {v} means both {table[v]} and {value}")
                table[v] = value
    return table


URDU_UNITS: dict[str, int] = _build_units()
"""Canonical (folded) number words 0..99, with spelling variants, to their values."""
# "اٹھ" (rise) must not be 8: only آٹھ is eight; the variant generator never makes "اٹھ".
_SCALES_C = {fold_token(k): v for k, v in URDU_SCALES.items()}
_SCALES_C["درجن"] = 12
_SCALES_C[fold_token("کڑوڑ")] = 10**7  # a frequent misprint of کروڑ
_FRACTIONS_C = {fold_token(k): v for k, v in _FRACTIONS.items()}
_PREFIXES_C = {fold_token(k): v for k, v in _PREFIXES.items()}
_ORD_C = {fold_token(k): v for k, v in _ORD_IRREGULAR.items()}
_VAGUE_C = {fold_token(k): v for k, v in URDU_VAGUE.items()}

# Pieces allowed inside a word written joined (دوہزارچھ): units and scales, longest first.
_PIECES = sorted([*URDU_UNITS, *_SCALES_C], key=len, reverse=True)
_JOIN_HINT = ("سو", "ہزار", "لاکھ", "کروڑ", "ارب")
_DIGITS = re.compile(r"(?:\d{1,3}(?:[,،]\d{3})+(?!\d)|\d{1,2}(?:[,،]\d{2})+[,،]\d{3}(?!\d)|\d+)(?:\.\d+)?")


def digits_value(token: str) -> float | None:
    """'50,000' / '1,50,000' / '50،000' / '24.3' (already folded to ASCII digits) → value."""
    token = token.replace("٬", ",").replace("٫", ".")
    if not _DIGITS.fullmatch(token):
        return None
    try:
        return float(token.replace(",", "").replace("،", ""))
    except ValueError:
        return None


def _word_item(c: str) -> Item | None:
    if c in URDU_UNITS:
        return ("N", float(URDU_UNITS[c]), False)
    if c in _SCALES_C:
        v = _SCALES_C[c]
        return ("H" if v == 100 else "S", float(v), False)
    if c in _FRACTIONS_C:
        return ("N", _FRACTIONS_C[c], False)
    return None


def _ordinal_item(c: str) -> Item | None:
    if c in _ORD_C:
        return ("N", float(_ORD_C[c]), True)
    for suf in _ORD_SUFFIXES:
        if c.endswith(suf) and len(c) > len(suf) + 1:
            stem = c[: -len(suf)]
            item = _word_item(stem)
            if item is None and stem.endswith("ھ"):  # گیارھویں → گیارہ
                item = _word_item(stem[:-1] + "ہ")
            if item is None:  # اٹھارویں، پندرویں: the teen's final ہ dropped before the suffix
                item = _word_item(stem + "ہ")
            if item is not None and item[1] == int(item[1]):
                return (item[0], item[1], True)
    return None


def _split_joined(c: str) -> tuple[Item, ...] | None:
    """Items of a token written joined (نوسودو → 9, 100, 2) when every piece is a number word."""
    if len(c) > 40 or not any(h in c for h in _JOIN_HINT):
        return None
    best: list[str] | None = None

    def walk(pos: int, acc: list[str]) -> None:
        nonlocal best
        if best is not None and len(acc) >= len(best):
            return
        if pos == len(c):
            if len(acc) >= 2:
                best = list(acc)
            return
        for p in _PIECES:
            if c.startswith(p, pos):
                acc.append(p)
                walk(pos + len(p), acc)
                acc.pop()

    walk(0, [])
    if best is None:
        return None
    items = tuple(i for p in best if (i := _word_item(p)) is not None)
    got = combine(items)
    return items if got is not None and got[0] == len(items) else None


@lru_cache(maxsize=65536)
def classify_urdu(canonical: str) -> tuple[Item, ...] | None:
    """Number items of one canonical token, or None when it is not part of a number."""
    if not canonical:
        return None
    if canonical[0].isdigit():
        v = digits_value(canonical)
        return None if v is None else (("D", v, False),)
    item = _word_item(canonical)
    if item is not None:
        return (item,)
    if canonical in _PREFIXES_C:
        return (("P", _PREFIXES_C[canonical], False),)
    if canonical in _DECIMAL:
        return (("X", 0.0, False),)
    if canonical in _MINUS:
        return (("M", 0.0, False),)
    item = _ordinal_item(canonical)
    if item is not None:
        return (item,)
    return _split_joined(canonical) or _shared_sin(canonical) or _after_particle(canonical)


def _shared_sin(c: str) -> tuple[Item, ...] | None:
    """A number ending in س run into سو with one س for both (انیسو = انیس سو, 1900s)."""
    k = c.find("سو")
    if k <= 0 or len(c) > 12:
        return None
    head = c[: k + 1]
    if head not in URDU_UNITS:
        return None
    rest = c[k + 2 :]
    tail = () if not rest else classify_urdu(rest)
    if tail is None:
        return None
    items = (("N", float(URDU_UNITS[head]), False), ("H", 100.0, False), *tail)
    got = combine(items)
    return items if got is not None and got[0] == len(items) else None


_GLUED_PARTICLES = tuple(fold_token(p) for p in ("نے", "اور", "سے", "میں", "کے", "کو"))
_NINE = fold_token("نو")


def _after_particle(c: str) -> tuple[Item, ...] | None:
    """A number word a typist ran into the particle before it (نےدو، اورتین): the number.
    نو stays out (کونو, اورنو read as "new" as often as nine), as does a scale alone (سو)."""
    for p in _GLUED_PARTICLES:
        if c.startswith(p) and len(c) > len(p) + 1:
            rest = c[len(p):]
            if rest in URDU_UNITS and rest != _NINE:
                return (("N", float(URDU_UNITS[rest]), False),)
    return None


def combine(items: Sequence[Item]) -> tuple[int, float, bool] | None:
    """The longest prefix of `items` that reads as one number: (items used, value, ordinal).

    Indian and Western scales mix freely: 'ایک لاکھ تئیس ہزار' = 123000, 'انیس سو اکتالیس' = 1941,
    'سوا دو سو' = 225. A scale larger than every group before it multiplies all of them (the
    standard rule): 'دس ہزار کروڑ' = 10^11, '2 ہزار 100 ارب' = 2.1 * 10^12, 'سات ہزار تین سو ارب'
    = 7.3 * 10^12; a scale equal to an earlier one starts a new number ('2 ارب 3 ارب').
    Two numbers side by side ('پانچ صفر', '10 12') do not combine: the first stands alone.
    """
    total = 0.0
    cur: float | None = None
    prev: str | None = None
    pend = 0.0
    neg = False
    groups: list[tuple[float, float]] = []  # (scale, amount) of each finished group
    last_scale = 0.0
    best: tuple[int, float, bool] | None = None
    snap_before_cur: tuple[int, float] | None = None  # (items used, value) before `cur` began
    n = len(items)
    i = 0
    while i < n:
        cls, v, ordinal = items[i]
        if cls == "M":
            if prev is not None:
                break
            neg = True
            prev = "M"
            i += 1
            continue
        if cls == "P":
            if prev not in (None, "M"):
                break
            pend = v
            prev = "P"
            i += 1
            continue
        if cls in ("N", "D", "T"):
            if prev == "H" and cur is not None:
                if v >= 100:
                    break
                cur += v
            elif prev == "T" and cls == "N" and cur is not None and 0 < v < 10 and v == int(v):
                cur += v
            elif prev == "S" and v >= last_scale:
                break  # ترالیس ہزار 43000: digits restating the number are a second number
            elif prev in (None, "M", "P", "S", "A"):
                if prev == "A" and cur is not None:
                    if v >= 100:
                        break
                    cur += v
                else:
                    snap_before_cur = (i, total)
                    cur = v + pend
                    pend = 0.0
            else:
                break
            prev = "T" if cls == "T" else "N"
        elif cls == "H":
            if prev == "H" or (cur is not None and cur >= 100 and prev == "N"):
                break
            if prev == "P":
                cur = (1 + pend) * 100
                pend = 0.0
            elif prev in ("N", "T") and cur is not None:
                cur *= 100
            else:
                snap_before_cur = (i, total)
                cur = 100.0
            prev = "H"
        elif cls == "S":
            if prev == "P":
                base = 1 + pend
                pend = 0.0
            elif cur is not None:
                base = cur
            elif prev == "S":
                if v <= last_scale:
                    break
                base = 0.0  # دس ہزار کروڑ: the groups below multiply (popped next)
            elif prev == "A":
                break
            else:
                base = 1.0
            # The groups below this scale, with the pending one, form its multiplier:
            # 2 ہزار 100 ارب = 2,100 ارب; ایک لاکھ تئیس ہزار keeps its groups (ہزار < لاکھ).
            k = len(groups)
            while k and groups[k - 1][0] < v:
                k -= 1
            if k and groups[k - 1][0] == v:
                # 2 ارب 3 ارب: the same scale again after a finished group is a second number.
                if snap_before_cur is None or prev == "S":
                    break
                used, val = snap_before_cur
                return (used, -val if neg else val, False) if used > 0 and val > 0 else best
            for _, amount in groups[k:]:
                base += amount
                total -= amount
            del groups[k:]
            groups.append((v, base * v))
            total += base * v
            last_scale = v
            cur = None
            prev = "S"
        elif cls == "X":
            if prev not in ("N", "T") or cur is None or cur != int(cur):
                break
            digits = ""
            j = i + 1
            while j < n and items[j][0] in ("N", "D") and not items[j][2]:
                dv = items[j][1]
                if dv != int(dv) or dv < 0:
                    break
                digits += str(int(dv))
                j += 1
            if not digits:
                break
            cur += float("0." + digits)
            i = j
            prev = "N"
            value = total + cur
            best = (i, -value if neg else value, False)
            continue
        elif cls == "Q":
            if prev not in ("N", "T") or cur is None:
                break
            cur += 0.5
            prev = "N"
        elif cls == "A":
            if prev not in ("H", "S") or i + 1 >= n or items[i + 1][0] not in ("N", "T"):
                break
            prev = "A"
            i += 1
            continue
        else:
            break
        i += 1
        value = total + (cur if cur is not None else 0.0)
        best = (i, -value if neg else value, ordinal)
        if ordinal:
            break
    return best


WORD_PATTERN = r"(?:[^\W\d_]|[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u200C\u200D])+"
"""A word: letters plus the combining marks and joiners Urdu writes inside words (ستّر)."""
DIGITS_PATTERN = r"(?:\d{1,3}(?:[,،٬]\d{3})+(?!\d)|\d{1,2}(?:[,،٬]\d{2})+[,،٬]\d{3}(?!\d)|\d+)(?:[.٫]\d+)?"
"""Digits (any script) with Western (50,000) or Indian (1,50,000) grouping and a decimal part."""
_PHRASE_TOKEN = re.compile(DIGITS_PATTERN + "|" + WORD_PATTERN)


def parse_urdu_number(text: str) -> float | None:
    """The value of a phrase that is entirely one Urdu number, else None.

    'ایک لاکھ تیئس ہزار' → 123000.0, '1.5 لاکھ' → 150000.0, '۵۰٬۰۰۰' → 50000.0,
    'ساڑھے تین ہزار' → 3500.0, 'پانچواں' → 5.0 (ordinals give their value), 'ہزاروں' → None.
    """
    if not isinstance(text, str):
        return None
    toks = _PHRASE_TOKEN.findall(text)
    if not toks or _PHRASE_TOKEN.sub("", text).strip(" \t\n\r\u200c\u200d\u200f\u200e-ـ"):
        return None
    items: list[Item] = []
    for t in toks:
        got = classify_urdu(fold_token(t))
        if got is None:
            return None
        items.extend(got)
    res = combine(items)
    if res is None or res[0] != len(items):
        return None
    return res[1]


_SOUNDED_DIGITS = {fold_token(w): d for w, d in {
    "زیرو": "0", "ون": "1", "ٹو": "2", "تھری": "3", "فور": "4", "فائیو": "5", "فائو": "5", "سکس": "6",
    "سیون": "7", "ایٹ": "8", "نائن": "9",
}.items()}  # fmt: skip
_REPEATS = {fold_token("ڈبل"): 2, fold_token("ٹرپل"): 3}
_SOUNDED_WORD = re.compile(r"[\u0600-\u06ff]+")


def sounded_digit_runs(text: str) -> list[tuple[int, int, int]]:
    """(start, end, value) of numbers read out digit by digit in English (ٹرپل ون بریگیڈ: the 111
    Brigade; ریسکیو ون ون ٹو ٹو: Rescue 1122): two digits or more, so a lone ون of ون ڈے is no 1."""
    out: list[tuple[int, int, int]] = []
    words = list(_SOUNDED_WORD.finditer(text))
    k = 0
    while k < len(words):
        digits, start, end, j = "", words[k].start(), words[k].end(), k
        while j < len(words) and (j == k or not text[words[j - 1].end() : words[j].start()].strip()):
            word = fold_token(words[j].group())
            times = _REPEATS.get(word, 1)
            if times > 1 and j + 1 < len(words) and fold_token(words[j + 1].group()) in _SOUNDED_DIGITS:
                j += 1
                word = fold_token(words[j].group())
            if word not in _SOUNDED_DIGITS:
                break
            digits += _SOUNDED_DIGITS[word] * times
            end = words[j].end()
            j += 1
        if len(digits) >= 2:
            out.append((start, end, int(digits)))
            k = j
        else:
            k += 1
    return out


_SOUNDED_ORDINALS = {fold_token(w): n for w, n in {
    "فرسٹ": 1, "تھرڈ": 3, "فورتھ": 4, "ففتھ": 5, "سکستھ": 6, "سیونتھ": 7, "ایٹتھ": 8, "نائنتھ": 9, "ٹینتھ": 10,
}.items()}  # fmt: skip
"""English ordinals Urdu sports copy writes out (فورتھ سیڈ: the fourth seed). Not سیکنڈ, which is
also the unit of time."""
_WORD_START = re.compile(r"[^\W\d_]+")


def sounded_ordinals(text: str) -> list[tuple[int, int, int]]:
    """(start, end, value) of English ordinals written in Urdu letters (فورتھ سیڈ)."""
    return [(m.start(), m.end(), _SOUNDED_ORDINALS[w]) for m in _WORD_START.finditer(text)
            if (w := fold_token(m.group())) in _SOUNDED_ORDINALS]
