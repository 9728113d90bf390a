"""Transliteration for name matching: consonant skeletons of Urdu and English words, and uroman.

Urdu rarely writes short vowels and spells foreign names several ways, so both sides are
reduced to consonant classes (k/q/c → k, s/z/sh/th(ث) → s, f/v/w → v, vowels dropped, repeats
collapsed) before rapidfuzz compares them. The table is hand-written because uroman is too slow
for matching (~2.5 s to load, ~0.15 ms a word); uroman only renders candidates in English.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

__all__ = [
    "collapse",
    "english_loose",
    "english_readings",
    "english_skeleton",
    "romanize",
    "romanize_tokens",
    "urdu_skeletons",
]


# --------------------------------------------------------------------------- skeletons

_UR_CONS: dict[str, str] = {
    "ب": "b", "پ": "p", "ت": "t", "ٹ": "t", "ط": "t", "ث": "s", "س": "s", "ص": "s", "ش": "s",
    "ز": "s", "ذ": "s", "ض": "s", "ظ": "s", "ژ": "s", "ج": "j", "چ": "c", "ح": "h", "خ": "k",
    "د": "d", "ڈ": "d", "ر": "r", "ڑ": "r", "ف": "v", "ق": "k", "ک": "k", "گ": "g", "غ": "g",
    "ل": "l", "م": "m", "ن": "n", "ں": "n",
}  # fmt: skip
_UR_LOOSE_VOWEL: dict[str, str] = {"ا": "a", "آ": "a", "ع": "a", "ی": "i", "ے": "i", "و": "u"}
_ALIF = frozenset("اآ")


def collapse(chars: Iterable[str]) -> str:
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
        if nxt in "ہۃ" and i + 2 == n:
            nxt = "ا"  # a final ہ is the vowel a: عربیہ is Arabiya, باجوہ Bajwa
        cons = _UR_CONS.get(ch)
        if cons is not None and ch == "ژ" and i == 0:
            primary.append(cons)
            alt.append("j")  # the opening j of French and Chinese names (ژاک Jacques, ژی Jie; ڈویژن keeps zh)
            loose.append(cons)
        elif cons is not None:
            primary.append(cons)
            alt.append(cons)
            loose.append(cons)
        elif ch == "و":
            # after a word-initial alif و is the vowel o/u (اوباما، اویغور, اوہائیو); the
            # second skeleton keeps every و as v for the other reading
            is_cons = i == 0 or (prev in _ALIF and i > 1) or prev == "و" or nxt in _ALIF
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
            return sk, sk, english_loose(token)
    return collapse(primary), collapse(alt), collapse(loose)


@cache
def urdu_mixed_skeleton(token: str) -> str:
    """The skeleton with the و after a word-initial alif as a vowel and every other و as v:
    `اولیور` Oliver (lvr), `اوبزرویٹری` Observatory, where the first skeleton reads the later
    و as a vowel and the second the first as v."""
    if len(token) < 3 or token[0] not in _ALIF or token[1] != "و" or token[2] == "و":
        return urdu_skeletons(token)[1]
    return urdu_skeletons(token[0] + "\u064f" + token[2:])[1]  # the و as its vowel mark (damma)


_EN_DIGRAPHS: tuple[tuple[str, str], ...] = (
    ("sch", "s"), ("sh", "s"), ("chh", "c"), ("ch", "c"), ("kh", "k"), ("gh", "g"), ("ph", "v"), ("th", "t"),
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
    return collapse(c for c, vowel in _english_units(word) if not vowel)


@lru_cache(maxsize=8192)
def english_loose(word: str) -> str:
    return collapse(c for c, _ in _english_units(word))


_SOFT_READINGS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"ch"), "k"),  # Nicholas نکولس, Michael مائیکل
    (re.compile(r"th"), "d"),  # Netherlands نیدرلینڈ
    (re.compile(r"dge|g(?=[ei])"), "j"),  # Hodge ہوج, George جارج
    (re.compile(r"^wr"), "r"),  # Wright رائٹ, Wrexham ریکسہم: a silent w
    (re.compile(r"^kn"), "n"),  # Knight نائٹ, Knox ناکس: a silent k
    (re.compile(r"^hr"), "r"),  # Hrithik ریتک, Hrishikesh رشی کیش: a silent h
    (re.compile(r"gh"), ""),  # Waugh وا, Hugh ہیو
    (re.compile(r"(?<=a)w(?![aeiouy])"), ""),  # Dawn ڈان, Shawn شان, Crawford کرافورڈ: aw is a vowel (not ow: Brown براؤن)
    (re.compile(r"(?<=[a-z])h(?!h)"), ""),  # Rihanna ریانا: h after a letter is often silent
    (re.compile(r"^u(?=[^aeiou])"), "yu"),  # Urals یورال, Uganda یوگنڈا
    (re.compile(r"^eu"), "yu"),  # Europe یورپ
    (re.compile(r"(?<=[a-z])i(?=[aou])"), "iy"),  # Maria ماریا, Rihanna ریانا
    (re.compile(r"(?<=[a-z])e(?=a)"), "iy"),  # Korea کوریا, Midea مائیڈیا
)
_O_AS_A = re.compile(r"o(?=[b-df-hj-np-tv-z])")
"""o before a consonant is often Urdu's alif (John جان, Tom ٹام, Scott سکاٹ), often its و (Hodge ہوج)."""
_PLURAL_S = re.compile(r"(?<=[^s])s$")  # Urals یورال: an English plural
_TURKIC_C = re.compile(r"c(?![eiyhk])")
"""Turkish and Azeri c is j (Recep رجب) and, with its cedilla lost, ch (Suruç سوروچ)."""
_EXTRA_READINGS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"ti(?=[aou])"), "sh"),  # National نیشنل, Station سٹیشن: English ti before a vowel
    (re.compile(r"th"), "s"),  # Houthi حوثی, Othman عثمان, Thani ثانی: Arabic ث spelt th
    (re.compile(r"^j"), "h"),  # Jose ہوزے, Juan ہوان: Spanish j
    (re.compile(r"g(?=[ei])"), "kh"),  # Angel اینخل: Spanish g before e or i
    (re.compile(r"^j(?=[^g]*g[ei])|g(?=[ei])"), "kh"),  # Jorge خورخے: both Spanish letters in one word
    (re.compile(r"o?u(?=[aei])"), "w"),  # Kouachi کواچی, Guantanamo گوانتانامو: a u before a vowel is و
    (re.compile(r"ch(?=[ei])"), "sh"),  # Cherif شریف, Michel میشل: French ch
    (re.compile(r"zh"), "ch"),  # Zhao چاؤ, Zhou چو: Pinyin zh
    (re.compile(r"zh"), "j"),  # Zhang جانگ
    (re.compile(r"^x(?=[iu])"), "sh"),  # Xi شی, Xu شو: Pinyin x
    (re.compile(r"^q(?=i)"), "ch"),  # Qin چن, Qiang چیانگ: Pinyin q
    (re.compile(r"(?<=[b-df-hj-np-tv-z])y(?=a)"), "iy"),  # Upadhyay اپادھیائے, Vidya ودیا: a glide after a consonant
    (re.compile(r"(?<=[a-z])tu(?=r)"), "chu"),  # Nature نیچر, Future فیوچر, Venture وینچر: English -ture
    (re.compile(r"(?<=[aeiou])zh(?=[aeiou])"), "zhh"),  # Azhar اظہر, Mazhar مظہر: ظ then ہ, not Pinyin zh
    (re.compile(r"(?<=[^aeiou])[iy]ce$"), "ais"),  # Rice رائس, Bryce برائس: English long i before a silent e
    (re.compile(r"(?<=[^aeiou])[iy]([bdfgklmnprtvz])e(s?)$"), r"ai\1\2"),  # Mike مائیک, Clive کلائیو, Lyle لائل
)
_FINAL_AO = re.compile(r"(?<=a)[ou]$")
"""Mao ماو, Zhao چاو: a final ao written with و, whatever else the reading changes."""
"""Readings of one spelling habit each, tried one at a time."""
_INTERVOCALIC_Y = re.compile(r"(?<=[aeiou])y(?=[aeiou])")
_SLAVIC_C = re.compile(r"c(?![hk])")
_FINAL_P = re.compile(r"(?<=[aeiou])p$")
"""Turkish final p is the Arabic b of the same name (Tayyip طیب, Recep رجب)."""


@lru_cache(maxsize=8192)
def english_readings(word: str) -> tuple[tuple[str, str], ...]:
    """(skeleton, loose) of an English word as spelt, then as Urdu often hears it.

    The second reading applies every soft rule at once (ch → k, th → d, dge → j, initial wr → r and kn → n, gh and
    non-initial h silent, initial u → yu, i or e before a vowel → iy), the next ones drop a plural
    s from it and from the spelling, then o before a consonant is read as a (John جان); words with a Turkish c or final p also read c as j and as ch and p as b (Recep
    Tayyip رجب طیب). Readings equal to an earlier one are left out.
    """
    w = _ascii_lower(word)
    soft = w
    for pattern, repl in _SOFT_READINGS:
        soft = pattern.sub(repl, soft)
    out = [(english_skeleton(word), english_loose(word))]
    forms = [soft, _PLURAL_S.sub("", soft) if len(soft) > 4 else soft,
             _PLURAL_S.sub("", w) if len(w) > 4 else w, _O_AS_A.sub("a", soft)]
    if "th" in w:
        # South Asian th is an aspirated t (Thimmaiah تھمایا, Thakur ٹھاکر), not English th (ڈ)
        aspirated = w.replace("th", "t")
        for pattern, repl in _SOFT_READINGS:
            aspirated = pattern.sub(repl, aspirated)
        forms.append(aspirated)
    for pattern, heard in _EXTRA_READINGS:
        if pattern.search(w):
            forms.append(pattern.sub(heard, w))
    if _INTERVOCALIC_Y.search(w):
        forms.append(_INTERVOCALIC_Y.sub("", w))  # Ayub ایوب, Ayaz ایاز: Urdu writes no y there
    if _SLAVIC_C.search(w):
        forms.append(_SLAVIC_C.sub("ch", w))  # Cilic چلچ, Vucic ووچچ: c is ch in Slavic names
    if _TURKIC_C.search(w) or _FINAL_P.search(w):
        turkic = _FINAL_P.sub("b", w)
        # a final p marks the word Turkish: its c is j before e and i too (Recep رجب)
        c = _SLAVIC_C if _FINAL_P.search(w) else _TURKIC_C
        forms += [c.sub("j", turkic), c.sub("ch", turkic)]
    forms += [_FINAL_AO.sub("w", f) for f in forms if _FINAL_AO.search(f)]
    for form in forms:
        reading = (english_skeleton(form), english_loose(form))
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


def romanize_tokens(tokens: Iterable[str]) -> str:
    return " ".join(romanize(t).capitalize() for t in tokens if t)
