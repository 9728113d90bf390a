"""Weekdays and month names, in Urdu and English: the date words a text claims.

A weekday or a month is a claim like a number: "on Monday" needs a Monday (پیر، سوموار) in
the source, "in August" an August (اگست). Gregorian and Islamic months are told apart.

Claims are read strictly (a word that is also an ordinary word counts only in a date's
frame: ہفتہ is "week" unless "ہفتے کو"; مارچ is a march in "لانگ مارچ"; "May" is a month
next to a number, a year or a preposition); source evidence is read leniently (any form).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Literal

from summarizer.schemas import Span
from summarizer.text.normalize import fold_token

__all__ = ["ENGLISH_MONTHS", "DateWord", "date_words", "urdu_date"]

DateKind = Literal["weekday", "month", "islamic_month"]


@dataclass(frozen=True, slots=True)
class DateWord:
    kind: DateKind
    value: int
    """Weekday 0 (Monday) to 6; month 1 to 12."""
    span: Span

    @property
    def key(self) -> tuple[str, int]:
        return self.kind, self.value


_EN_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_EN_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
              "october", "november", "december")  # fmt: skip
ENGLISH_MONTHS: frozenset[str] = frozenset(_EN_MONTHS)
"""The English months in lower case (a census given name that is a month, April, is a date)."""
_EN_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                  "oct": 10, "nov": 11, "dec": 12}  # fmt: skip
_EN_WEEKDAY_ABBR = {"Mon": 0, "Tue": 1, "Tues": 1, "Wed": 2, "Thu": 3, "Thur": 3, "Thurs": 3, "Fri": 4, "Sat": 5, "Sun": 6}
"""A weekday as a dateline or a note abbreviates it, with its dot (Tue., Sept. 24; Wed. 5 Nov):
only before a comma, a figure or a month, so "he sat." and "The Sun. Later" stay words."""
_EN_ISLAMIC = {
    "muharram": 1, "safar": 2, "rabi ul awwal": 3, "rabi-ul-awwal": 3, "rabiul awwal": 3, "rabi al-awwal": 3,
    "rabi ul sani": 4, "rabi-ul-sani": 4, "rabi al-thani": 4, "jamadi ul awwal": 5, "jumada al-awwal": 5,
    "jamadi ul sani": 6, "jumada al-thani": 6, "rajab": 7, "shaban": 8, "sha'ban": 8, "ramadan": 9,
    "ramazan": 9, "ramzan": 9, "shawwal": 10, "zul qadah": 11, "dhul qadah": 11, "dhu al-qadah": 11,
    "zil hajj": 12, "zul hijjah": 12, "dhul hijjah": 12, "dhu al-hijjah": 12,
}  # fmt: skip
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*(?:\s+(?:ul|al|al-|ul-)?\s*[A-Za-z'-]+)?")
_EN_DATE_RE = re.compile(
    r"\b(?P<w>" + "|".join(w.capitalize() for w in _EN_WEEKDAYS) + r")s?\b"
    r"|\b(?P<m>" + "|".join(m.capitalize() for m in _EN_MONTHS) + r")\b"
    r"|\b(?P<a>" + "|".join(a.capitalize() for a in _EN_MONTH_ABBR) + r")\.?(?=\s+\d)"
    r"|\b(?-i:(?P<ad>" + "|".join(a.capitalize() for a in _EN_MONTH_ABBR) + r")\.)"
    r"|\b(?-i:(?P<wa>" + "|".join(_EN_WEEKDAY_ABBR) + r")\.(?=\s*,|\s+\d|\s+(?:"
    + "|".join(m.capitalize() for m in (*_EN_MONTHS, *_EN_MONTH_ABBR)) + r")\b))"
    r"|\b(?P<i>" + "|".join(r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", k)))
                             for k in sorted(_EN_ISLAMIC, key=len, reverse=True)) + r")\b",
    re.I,
)
_MAY_FRAME_BEFORE = re.compile(r"(?:\d|\b(?:in|on|of|since|by|until|till|from|early|mid|late|last|next|this|"
                               r"end|during|before|after|to|and|between)\s*-?)\s*$", re.I)
_MAY_FRAME_AFTER = re.compile(r"^\s*(?:\d|,\s*\d)")

_UR_WEEKDAYS = {
    "پیر": 0, "سوموار": 0, "منگل": 1, "بدھ": 2, "جمعرات": 3, "جمعہ": 4, "جمعے": 4,
    "جمعۃ": 4, "ہفتہ": 5, "ہفتے": 5, "سنیچر": 5, "سینچر": 5, "اتوار": 6,
}  # fmt: skip
_TAK = fold_token("تک")
_UR_MARCH_VERB = {fold_token(w) for w in ("کرنے", "کرنا", "کیا", "کریں", "کرے", "کر", "کرتے", "کرینگے", "کریں گے")}
"""Forms of کرنا after مارچ with no day beside it: a march made, not the month."""
_UR_MARCH_MONTH_AFTER = {fold_token(w) for w in ("اجلاس", "انتخابات", "آخر", "آخری", "اوائل", "وسط", "مہینے")}
"""Words after "مارچ کے" that only a month takes (مارچ کے اجلاس, مارچ کے آخر میں); a march has
its participants (مارچ کے شرکا)."""
_UR_WEEKDAY_STRICT = {fold_token(w) for w in ("پیر", "بدھ", "ہفتہ", "ہفتے", "جمعہ", "جمعے")}
"""Weekday names that are also ordinary words (foot/saint, Buddha, week, Friday prayers)."""
_UR_MONTHS = {
    "جنوری": 1, "فروری": 2, "مارچ": 3, "اپریل": 4, "مئی": 5, "جون": 6, "جولائی": 7,
    "اگست": 8, "ستمبر": 9, "اکتوبر": 10, "نومبر": 11, "دسمبر": 12,
}  # fmt: skip
_UR_ISLAMIC = {
    "محرم": 1, "صفر": 2, "ربیع الاول": 3, "ربیع الاوّل": 3, "ربیع الثانی": 4, "ربیع الآخر": 4,
    "جمادی الاول": 5, "جمادی الاولیٰ": 5, "جمادی الاولی": 5, "جمادی الثانی": 6, "جمادی الآخر": 6,
    "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10, "ذوالقعدہ": 11, "ذیقعد": 11, "ذی قعد": 11,
    "ذوالحجہ": 12, "ذی الحج": 12, "ذوالحج": 12,
}  # fmt: skip
_UR_ISLAMIC_AFTER = {fold_token(w) for w in ("المبارک", "الحرام", "المرجب", "المعظم", "المکرم", "الاول")}
_UR_WEEKDAY_AFTER = {fold_token(w) for w in ("کو", "کے", "کی", "کا", "کی")}
_UR_WEEKDAY_AFTER2 = {fold_token(w) for w in ("روز", "دن", "صبح", "شام", "رات", "شب", "سہ", "دوپہر", "علی")}
_UR_WEEKDAY_EVENTS = {fold_token(w) for w in ("اجلاس", "دھماکے", "دھماکہ", "دھماکوں", "حملے", "حملہ", "حملوں",
                                                "واقعے", "واقعہ", "بیان", "فیصلے", "ٹویٹس", "ٹویٹ", "ٹوئٹس", "انتخابات",
                                                "مظاہرے", "مظاہروں", "میچ", "ریلی")}
"""Events a weekday's genitive dates (پیر کے دھماکے, Monday's blasts; منگل کی ٹویٹس): a saint, a
week or the Buddha has none of these."""
_UR_WEEKDAY_BEFORE = {fold_token(w) for w in ("گزشتہ", "گذشتہ", "پچھلے", "اگلے", "آئندہ", "بروز", "رواں")}
"""Words that make the next word a day (گزشتہ پیر سے، بروز جمعہ): پیر there is Monday, not a saint.
Not ہفتہ: گزشتہ ہفتے is last week far more often than last Saturday."""
_UR_DAY_PARTS = {fold_token(w) for w in ("صبح", "شام", "رات", "شب", "دوپہر")}
"""A part of the day right after a weekday (اتوار رات، ہفتہ صبح): the day itself, as a ticker writes it."""
_BAROZ = fold_token("بروز")
"""بروز ہفتہ: "on the day Saturday", never a week."""
_UR_WEEK = {fold_token(w) for w in ("ہفتہ", "ہفتے")}
_UR_WEEK_BEFORE = {fold_token(w) for w in (
    "گزشتہ", "گذشتہ", "پچھلے", "پچھلا", "اگلے", "اگلا", "آئندہ", "اس", "رواں", "ایک", "ہر", "کئی", "چند", "دو", "تین",
    "چار", "پانچ", "چھ", "سات", "آٹھ", "نو", "دس", "پہلے", "دوسرے", "آخری", "مزید", "اسی", "پورے", "سارے")}  # fmt: skip
_UR_WEEK_AFTER = {fold_token(w) for w in ("بھر", "میں", "قبل", "پہلے", "بعد", "تک", "وار")}
"""ہفتہ as "week" even in an article (where every date word counts): `گزشتہ ہفتے`, `دو ہفتے`,
`ہفتے بھر`, `ہفتے میں`, `ہفتے کے دوران`. Saturday is `ہفتے کو`, `ہفتے کے روز`, `ہفتہ 5 اگست`."""
_SE = fold_token("سے")
"""A day the text starts something from (ہفتہ سے شروع، پیر سے): not after a count or گزشتہ,
which make ہفتہ a week (ایک ہفتہ سے، گزشتہ ہفتے سے)."""
_UR_MARCH_BEFORE = {fold_token(w) for w in ("لانگ", "آزادی", "ملین", "حقوق", "امن", "عورت", "یکجہتی", "کسان")}
_UR_MONTH_WORD = {fold_token(w) for w in ("ماہ", "مہینے", "مہینہ")}
_UR_TOKEN = re.compile(r"[^\s،,۔؟?!:;؛\"'“”‘’()\[\]{}«»\-–—0-9\u06f0-\u06f9\u0660-\u0669]+")
_DIGIT = re.compile(r"[0-9\u06f0-\u06f9\u0660-\u0669]")


def _fold_keys(d: dict[str, int]) -> dict[tuple[str, ...], int]:
    return {tuple(fold_token(w) for w in k.split()): v for k, v in d.items()}


_UR_WEEKDAYS_F = _fold_keys(_UR_WEEKDAYS)
_UR_MONTHS_F = _fold_keys(_UR_MONTHS)
_UR_ISLAMIC_F = _fold_keys(_UR_ISLAMIC)


_EN_DATE_OPENINGS = frozenset(w[:3] for w in (*_EN_WEEKDAYS, *_EN_MONTHS, *_EN_MONTH_ABBR, *_EN_ISLAMIC,
                                               *(a.lower() for a in _EN_WEEKDAY_ABBR)))
_WORD_OPENING = re.compile(r"\b[A-Za-z]{3}")


def _english_date_matches(text: str) -> Iterator[re.Match[str]]:
    """What `_EN_DATE_RE.finditer(text)` finds, tried only where a word opens on a date word's
    first three letters: the big alternation is slow to try at every word."""
    end = 0
    for w in _WORD_OPENING.finditer(text):
        if w.start() < end or w.group().lower() not in _EN_DATE_OPENINGS:
            continue
        m = _EN_DATE_RE.match(text, w.start())
        if m is not None:
            end = m.end()
            yield m


def _english(text: str, strict: bool) -> list[DateWord]:
    out = []
    for m in _english_date_matches(text):
        span = Span(start=m.start(), end=m.end(), text=m.group(0))
        if m.group("w"):
            if strict and not m.group("w")[0].isupper():
                continue
            out.append(DateWord("weekday", _EN_WEEKDAYS.index(m.group("w").lower()), span))
        elif m.group("m"):
            word = m.group("m")
            if strict and not word[0].isupper():
                continue
            if word.lower() == "may" and strict and not (
                    _MAY_FRAME_BEFORE.search(text, 0, m.start()) or _MAY_FRAME_AFTER.match(text[m.end():])):
                continue
            if word.lower() == "march" and strict and re.search(r"\b(?:long|freedom|million|azadi)\s+$", text[:m.start()], re.I):
                continue
            out.append(DateWord("month", _EN_MONTHS.index(word.lower()) + 1, span))
        elif m.group("a") or m.group("ad"):  # Oct. 5, last Oct.: a capital and a dot make it a month
            out.append(DateWord("month", _EN_MONTH_ABBR[(m.group("a") or m.group("ad")).lower()], span))
        elif m.group("wa"):
            out.append(DateWord("weekday", _EN_WEEKDAY_ABBR[m.group("wa")], span))
        else:
            key = re.sub(r"[\s-]+", " ", m.group("i").lower())
            value = _EN_ISLAMIC.get(key) or _EN_ISLAMIC.get(m.group("i").lower())
            if value is not None and (not strict or m.group("i")[0].isupper()):
                out.append(DateWord("islamic_month", value, span))
    return out


_UR_GLUED_AFTER = tuple(fold_token(w) for w in ("کو", "کی", "کے", "کا", "سے", "میں", "تک", "والے", "والی"))
"""Postpositions an Urdu article often runs into the word before (اتوارکو، جنوریمیں)."""


_UR_GLUED_BEFORE = tuple(fold_token(w) for w in ("اور", "یا", "ہر", "بروز", "نے", "کو", "سے", "میں"))
"""Words an Urdu article often runs into the next (جمعرات اورجمعہ کی درمیانی شب، آج رات یاہفتہ کی صبح، تھائی لینڈ نےہفتے کو)."""


def _day_word(word: str) -> bool:
    """A number word that can be a day of the month (دس, اٹھارہ, یکم)."""
    from summarizer.numbers.urdu import parse_urdu_number  # numbers reads dates: imported when needed

    value = 1.0 if word == fold_token("یکم") else parse_urdu_number(word)
    return value is not None and value.is_integer() and 1 <= value <= 31


def _glued(word: str) -> tuple[str, int, Literal[1, 2]] | None:
    """A weekday or month with a postposition run into it (اتوارکو), or run into the word
    before it (اورجمعہ): for source evidence only, where a missed date would make a brief's
    right date look invented."""
    # (stem, whether a word before was cut off): the bare word itself is not "glued"
    stems = [(word, False)] + [(word[len(pre):], True) for pre in _UR_GLUED_BEFORE
                               if word.startswith(pre) and len(word) - len(pre) >= 3]
    for stem, cut in stems:
        for post in ("", *_UR_GLUED_AFTER):
            if (post or cut) and stem.endswith(post) and len(stem) - len(post) >= 3:
                key = (stem[: len(stem) - len(post)],)
                for table, kind in ((_UR_ISLAMIC_F, "islamic_month"), (_UR_MONTHS_F, "month"), (_UR_WEEKDAYS_F, "weekday")):
                    if key in table:
                        return kind, table[key], 1
    return None


_AUR, _KO = fold_token("اور"), fold_token("کو")


def _run_into(words: list[str], i: int) -> tuple[str, int, Literal[1, 2]] | None:
    """A weekday or month an article ran into a word of any kind before it, in a date's frame
    (میچزہفتہ اور اتوار کو: Saturday and Sunday; ...زجنوری کو): for source evidence only."""
    word, nxt = words[i], words[i + 1] if i + 1 < len(words) else ""
    if nxt != _KO and not (nxt == _AUR and i + 2 < len(words) and (words[i + 2],) in _UR_WEEKDAYS_F):
        return None
    for k in range(3, len(word) - 2):
        key = (word[k:],)
        for table, kind in ((_UR_MONTHS_F, "month"), (_UR_WEEKDAYS_F, "weekday")):
            if key in table:
                return kind, table[key], 1
    return None


def _urdu(text: str, strict: bool) -> list[DateWord]:
    toks = [(m.start(), m.end(), fold_token(m.group(0))) for m in _UR_TOKEN.finditer(text)]
    words = [t[2] for t in toks]
    out: list[DateWord] = []
    i = 0
    while i < len(toks):
        hit = None
        for table, kind in ((_UR_ISLAMIC_F, "islamic_month"), (_UR_MONTHS_F, "month"), (_UR_WEEKDAYS_F, "weekday")):
            for size in (2, 1):
                key = tuple(words[i:i + size])
                if len(key) == size and key in table:
                    hit = (kind, table[key], size)
                    break
            if hit:
                break
        if hit is None and not strict:
            hit = _glued(words[i]) or _run_into(words, i)
        if hit is None:
            i += 1
            continue
        kind, value, size = hit
        start, end = toks[i][0], toks[i + size - 1][1]
        nxt = words[i + size] if i + size < len(words) else ""
        nxt2 = words[i + size + 1] if i + size + 1 < len(words) else ""
        prev = words[i - 1] if i > 0 else ""
        digit_before = bool(_DIGIT.search(text[max(0, start - 4):start]))
        digit_after = bool(_DIGIT.search(text[end:end + 4]))
        keep = True
        if not strict and kind == "weekday" and words[i] in _UR_WEEK:
            keep = not (prev in _UR_WEEK_BEFORE or digit_before or nxt in _UR_WEEK_AFTER
                        or (nxt == fold_token("کے") and nxt2 == fold_token("دوران")))
        elif strict and kind == "weekday" and words[i] in _UR_WEEKDAY_STRICT:
            keep = (prev in _UR_WEEKDAY_BEFORE and (words[i] not in _UR_WEEK or prev == _BAROZ)) or (
                nxt in _UR_WEEKDAY_AFTER and (nxt == fold_token("کو") or nxt2 in _UR_WEEKDAY_AFTER2
                                              or nxt2 in _UR_WEEKDAY_EVENTS)) or (
                nxt == _SE and prev not in _UR_WEEK_BEFORE and not digit_before) or (  # ہفتہ سے شروع: from Saturday
                nxt == _TAK and words[i] not in _UR_WEEK and prev not in _UR_WEEK_BEFORE and not digit_before) or (  # بدھ تک: by Wednesday
                digit_after and (nxt,) in _UR_MONTHS_F) or (  # ہفتہ 12 اکتوبر: a date's weekday
                (nxt2,) in _UR_MONTHS_F and _day_word(nxt)) or (  # بدھ دس ستمبر: its day in words
                nxt == _AUR and (nxt2,) in _UR_WEEKDAYS_F) or (  # جمعہ اور ہفتہ کو: the first of two days
                nxt in _UR_DAY_PARTS and prev not in _UR_WEEK_BEFORE and not digit_before)  # ہفتہ رات 12 بجے
        elif strict and kind == "weekday" and digit_after:
            # a weekday takes a number only as a date (منگل 5 اگست): before a score or a count
            # the word is a name (نوروز منگل 77 رنز)
            keep = (nxt,) in _UR_MONTHS_F
        elif strict and kind == "islamic_month":
            keep = digit_before or nxt in _UR_ISLAMIC_AFTER or prev in _UR_MONTH_WORD
        elif strict and kind == "month" and value == 3:
            keep = prev not in _UR_MARCH_BEFORE and (digit_before or digit_after or nxt != fold_token("کے")
                                                     or prev in _UR_MONTH_WORD or nxt2 in _UR_MARCH_MONTH_AFTER) and (
                digit_before or digit_after or nxt not in _UR_MARCH_VERB)  # fmt: skip
        if keep:
            out.append(DateWord(kind, value, Span(start=start, end=end, text=text[start:end])))  # type: ignore[arg-type]
        i += size
    return out


def date_words(text: str, lang: Literal["ur", "en"], *, strict: bool = True) -> list[DateWord]:
    """Weekday and month names in `text`. `strict` (for claims) needs a date frame for words
    that are also ordinary words; `strict=False` (for source evidence) takes every form."""
    if lang == "en":
        return _english(text, strict)
    found = _urdu(text, strict)
    return found + [d for d in _english(text, strict) if d.span.text.isascii()] if re.search("[A-Za-z]", text) else found


def urdu_date(day: date) -> str:
    """A date as an Urdu dateline writes it: `17 اکتوبر 2014`."""
    month = next(name for name, number in _UR_MONTHS.items() if number == day.month)
    return f"{day.day} {month} {day.year}"
