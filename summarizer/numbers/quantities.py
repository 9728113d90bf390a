"""Every number stated in an Urdu (or English) text, with kind, unit, qualifier and its span.

One compiled regex tokenizes the original text; tokens are canonicalized with the cached
`fold_token` (Urdu) or `str.lower` (English); a small state machine runs only where a token can
start a number, so cost grows with the number of tokens, not characters.

Decisions worth knowing:
- Digits that belong to names and codes are not quantities: COVID-19, F-16, G-20, JF-17, A320,
  T20, 4G/5G, and the Urdu کووڈ-19، ایف 16، جی 20، جے ایف 17، ٹی 20. Transliterated English
  number words (ون ڈے، فائیو) are not Urdu number words, so they are never read as numbers.
- Legal and list references (Article 370, Section 144, دفعہ 144، آرٹیکل 370، نمبر 10) are excluded:
  the digits name a clause, they do not count anything.
- Clock times (10:30, 10am, گیارہ بجے، 7 بج کر 30 منٹ) and phone numbers (0300-1234567, +92 21 ...)
  are excluded: the schema has no TIME kind, and counting them would let '11 people' match '11 am'.
  English is excluded the same way ('11 pm', '11 p.m.', "eleven o'clock", '11 in the morning',
  '11 at night'), so a brief's clock time is neither a claim nor a source number.
- Ranges (10-12, دس سے بارہ) give two quantities; 'a/b' with b <= 10, a < b, in lowest terms and no word of
  games or sets just before it is a fraction (4/6 after سیٹ is a score, 6-4).
  A day range before a month (5 سے 14 اگست، 5-14 August, August 5 to 14) gives two DATEs.
- Money with hundredths is one amount: 3 روپے 28 پیسے = 3.28 PKR, '5 dollars 50 cents' = 5.5 USD;
  پیسے/paisa/cents alone are hundredths (50 پیسے = 0.5 PKR). 'pounds sterling', 'British pounds',
  پاؤنڈ are GBP.
- Fractions: دو تہائی / 'two-thirds' = 2/3, ایک چوتھائی / 'a quarter of' = 0.25 (COUNT, not ordinals);
  نصف سنچری / 'a half-century' = 50 (a cricket score).
- اسی ('this very' / 80) and بہتر ('better' / 72) are numbers only with number context: a unit, a
  qualifier, a neighbouring number, or a counted plural noun (افراد، ہلاک، رنز، اموات، سیٹیں ...);
  not سال/روز/بچے (اسی سال = 'this very year'). دو شنبہ (Dushanbe) and سو in East Asian names
  (سو جی، آنگ سان سو چی) are not numbers.
- Plural scale words (ہزاروں، لاکھوں، thousands) give value=scale with qualifier more_than.
- Spans cover the number and its unit word (فیصد، روپے، ء، کلومیٹر), not the qualifier words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from itertools import compress
from math import gcd
from operator import not_
from typing import Literal

from summarizer.errors import InputError
from summarizer.lexicon.words import urdu_zipf
from summarizer.numbers.clauses import CLAUSE_LABELS
from summarizer.numbers.english import (
    ENGLISH_VAGUE,
    ORDINAL_SUFFIXES,
    classify_english,
    english_items,
)
from summarizer.numbers.phrasing import refine
from summarizer.numbers.urdu import (
    DIGITS_PATTERN,
    URDU_SCALES,
    URDU_VAGUE,
    classify_urdu,
    combine,
    digits_value,
)
from summarizer.schemas import Quantity, QuantityKind, Span
from summarizer.text.normalize import fold_token

__all__ = ["extract_quantities", "is_vague", "urdu_time_unit"]

_TOKEN = re.compile(r"([^\W\d_]+|(?=\d)(?:" + DIGITS_PATTERN + r")|[%٪$€£¥₹])")
"""Tokens, captured so that `split` yields gap, token, gap, token, ... in one C pass. The
lookahead turns a gap character away before the three digit patterns are each tried on it."""
_MARKS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u200C\u200D]")
"""Marks and joiners inside Urdu words; replaced by tatweel (a letter that folds away) so that
words stay whole and offsets stay the same."""
_MAX_RUN = 40


def _fold_map(d: dict[str, str]) -> dict[str, str]:
    return {fold_token(k): v for k, v in d.items()}


def _fold_set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(fold_token(w) for w in words)


# ----------------------------------------------------------------------------- Urdu tables
_UR_PERCENT = _fold_set(["فیصد", "فی صد", "فیصدی", "%", "٪", "پرسنٹ", "پرسینٹ"])
_UR_CURRENCY = _fold_map({
    "روپے": "PKR", "روپیہ": "PKR", "روپوں": "PKR", "روپئے": "PKR", "روپیے": "PKR", "روپیوں": "PKR",
    "ڈالر": "USD", "ڈالرز": "USD", "ڈالروں": "USD", "یورو": "EUR", "یوروز": "EUR",
    "پاؤنڈ": "GBP", "پاؤنڈز": "GBP", "پونڈ": "GBP", "ریال": "SAR", "ریالز": "SAR", "درہم": "AED",
    "یوآن": "CNY", "یوان": "CNY", "ین": "JPY", "روبل": "RUB", "روبلز": "RUB", "افغانی": "AFN",
    "ٹکا": "BDT", "لیرا": "TRY",
})  # fmt: skip
_UR_CUR_ADJ = _fold_map({
    "امریکی": "", "پاکستانی": "", "سعودی": "", "اماراتی": "", "چینی": "", "جاپانی": "",
    "روسی": "", "برطانوی": "", "یورپی": "", "بھارتی": "INR", "انڈین": "INR", "ہندوستانی": "INR",
})  # fmt: skip
_UR_MEASURE = _fold_map({
    "کلومیٹر": "km", "میٹر": "m", "سینٹی میٹر": "cm", "کلو": "kg", "کلوگرام": "kg", "گرام": "g",
    "ٹن": "tonne", "لیٹر": "l", "ڈگری": "degree", "ڈگریز": "degree", "میل": "mile", "فٹ": "ft",
    "انچ": "inch", "ایکڑ": "acre", "ہیکٹر": "ha", "میگاواٹ": "MW", "کلوواٹ": "kW", "بیرل": "barrel",
    "کیوسک": "cusec", "گز": "yard", "کنال": "kanal", "مرلہ": "marla", "مرلے": "marla", "ملیمیٹر": "mm",
})  # fmt: skip
_UR_MEASURE_PAIRS = {(fold_token(a), fold_token(b)): u for (a, b), u in {
    ("کلو", "میٹر"): "km", ("کلو", "گرام"): "kg", ("میگا", "واٹ"): "MW", ("سینٹی", "میٹر"): "cm",
    ("سینٹی", "گریڈ"): "degree", ("ملی", "گرام"): "mg", ("ملی", "میٹر"): "mm",
}.items()}  # fmt: skip
_UR_SQUARE = fold_token("مربع")
_UR_DURATION = _fold_map({
    "دن": "day", "دنوں": "day", "روز": "day", "روزہ": "day", "یوم": "day", "ہفتے": "week", "ہفتوں": "week",
    "ہفتہ": "week", "دہائی": "decade", "دہائیوں": "decade", "دہائیاں": "decade",
    "عشرے": "decade", "عشروں": "decade",
    "ماہ": "month", "مہینے": "month", "مہینوں": "month", "مہینہ": "month",
    "سال": "year", "سالوں": "year", "سالہ": "year", "برس": "year", "برسوں": "year",
    "گھنٹے": "hour", "گھنٹوں": "hour", "گھنٹہ": "hour", "منٹ": "minute", "منٹوں": "minute",
    "سیکنڈ": "second", "سیکنڈز": "second",
})  # fmt: skip


def urdu_time_unit(word: str) -> str | None:
    """The unit of time an Urdu word names (روز: day, برسوں: year), or None."""
    return _UR_DURATION.get(fold_token(word))


_UR_KI = fold_token("کی")
_UR_TAREEKH = fold_token("تاریخ")
_UR_DECADE = _fold_set(["دہائی", "دہائیوں", "دہائیاں"])
_UR_MONTHS = _fold_map({
    "جنوری": "01", "فروری": "02", "فبروری": "02", "مارچ": "03", "اپریل": "04", "ایپریل": "04",
    "مئی": "05", "مئ": "05", "جون": "06", "جولائی": "07", "اگست": "08", "اگسٹ": "08",
    "ستمبر": "09", "اکتوبر": "10", "نومبر": "11", "دسمبر": "12",
})  # fmt: skip
_UR_ORD_SUFFIX = _fold_set(["ویں", "واں", "وان", "وین", "وے", "ویں"])
_UR_YEAR_MARK = "ء"
_UR_YEAR_BEFORE = _fold_set(["سنہ", "سن", "سال", "ء"])
_UR_YEAR_NEXT = _fold_set(["میں", "تک", "کے", "کی", "کا", "کو", "سے", "ء", "تا", "سنہ"])
_UR_NOT_YEAR_AFTER = _fold_set(["زیادہ", "زائد", "کم", "اوپر", "قریب", "لگ", "بھی", "لاکھ"])
_UR_MORE = _fold_set(["زیادہ", "زائد", "اوپر", "ذائد"])
_SE, _TAK, _KE, _BHI = fold_token("سے"), fold_token("تک"), fold_token("کے"), fold_token("بھی")
_DO = fold_token("دو")
_UR_ABOUT_AFTER = _fold_set(["قریب", "لگ"])
_UR_ABOUT_BEFORE = _fold_set(["تقریباً", "قریباً", "تقریبن", "قریب", "کوئی", "اندازاً", "لگ بھگ"])
_UR_NAME_BEFORE = _fold_set([
    "کوویڈ", "کووڈ", "کووِڈ", "کورونا", "ایف", "جی", "جے", "ٹی", "ایس", "بی", "ڈی", "ایم", "این",
    "ایچ", "آر", "ایکس", "زیڈ", "اے", "مگ", "میراج", "بوئنگ", "ایئربس", "سی",
    "سپٹنک", "سپوتنک", "اسپوتنک", "اسپٹنک", "اسپتنک", "سپتنک", "فون", "ونڈوز", "ایل", "اپالو",
    "چندریان", "ٹائپ",
])  # fmt: skip
_UR_REF_BEFORE = _fold_set([*CLAUSE_LABELS, "نمبر", "آرڈیننس", "این اے", "پی پی", "پی کے"])
_UR_CLAUSE_LABELS = _fold_set(CLAUSE_LABELS)
_UR_TIME_AFTER = _fold_set(["بجے", "بج", "بجتے", "بجنے"])  # پانچ بجتے ہی: as it struck five
_UR_AMBIGUOUS = _fold_set(["اسی", "بہتر"])
"""اسی is also 'this very', بہتر also 'better': numbers only with number context after them."""
_UR_BEHTAR = fold_token("بہتر")
_UR_EVERY = fold_token("ہر")
_UR_CLOCK_SPANS = _fold_set(["گھنٹے", "گھنٹوں", "منٹ", "منٹوں"])
"""Spans no one calls better (بہتر گھنٹے is 72 hours); بہتر دن, بہتر سال may be better days, years."""
_UR_COUNT_NOUNS = _fold_set([
    "افراد", "ہلاک", "ہلاکتیں", "ہلاکتوں", "ہلاکتیں", "رنز", "اموات", "سیٹیں", "سیٹوں", "نشستیں",
    "نشستوں", "ارکان", "اراکین", "ممالک", "وکٹیں", "وکٹوں", "کیسز", "زخمی", "سالہ", "فیصدی",
])  # fmt: skip
"""Plural nouns that follow a count, never 'this very' / 'better': اسی افراد، بہتر رنز، اسی سالہ."""
_UR_COUNT_NOUNS_80 = _fold_set(["لوگ", "لوگوں"])
"""Also number context for اسی (not for بہتر: بہتر لوگ is 'better people'). Not سال/روز/بچے:
اسی سال is 'this very year', اسی بچے 'this very child'."""
_PAISA, _CENT, _PENCE = frozenset(["PKR", "INR"]), frozenset(["USD", "EUR"]), frozenset(["GBP"])
_UR_SUBUNITS = {fold_token(k): v for k, v in {
    "پیسے": _PAISA, "پیسہ": _PAISA, "پیسوں": _PAISA, "سینٹ": _CENT, "سینٹس": _CENT, "پینس": _PENCE,
}.items()}  # fmt: skip
"""Hundredths of a currency: 3 روپے 28 پیسے = 3.28 PKR; پیسے alone (50 پیسے) is 0.50 PKR."""
_UR_SUBUNIT_ALONE = frozenset([fold_token("پیسے"), fold_token("پیسہ")])
_UR_FRACTION_DEN = _fold_map({"تہائی": "3", "چوتھائی": "4"})
"""دو تہائی = 2/3, ایک چوتھائی = 1/4 (COUNT), like English 'two-thirds', 'one quarter'."""
_UR_CENTURY = fold_token("سنچری")
_UR_AUR = fold_token("اور")
_UR_TA = fold_token("تا")
_UR_SHANBA = fold_token("شنبہ")
_UR_SO = fold_token("سو")
_UR_SO_NAME_NEXT = _fold_set(["جی", "چی", "یونگ", "یانگ", "ہیون", "ہیونگ", "کیونگ", "چول", "ہیوک"])
"""سو before these is a syllable of an East Asian name (سو جی، سو چی), not 100."""
_UR_SO_NAME_PREV = _fold_set(["سان", "آنگ"])
"""آنگ سان سو چی: سو after these is part of the name."""
_UR_BAJ, _UR_KAR = fold_token("بج"), fold_token("کر")
_UR_MINUTES = _fold_set(["منٹ", "منٹس"])
_UR_SO_VERBS = _fold_set([
    "گئے", "گیا", "گئی", "جاتے", "جاتا", "جاتی", "جائیں", "رہے", "رہا", "رہی", "سکے", "سکا", "سکی",
    "سکتے", "سکتا", "کر", "نہیں", "جانے", "رہیں", "پائے",
])  # fmt: skip
_UR_PRONOUNS = _fold_set(["ہم", "وہ", "یہ", "آپ", "انہوں", "انھوں", "اب", "پھر"])
_UR_NO_STOP = _fold_set(
    ["منتخب", "آبادیاتی", "آبادیات", "مسلم", "عمر", "زائیدہ", "جوان", "جوانوں", "آموز", "وارد", "خیز"]
)
_UR_NO_BEFORE = _fold_set(["تعمیر", "سر", "تشکیل"])
"""Persian compounds that end in نو, new (تعمیر نو: reconstruction, از سر نو: afresh); not سال
نو, which is as often a year and nine of something (اس سال نو افراد)."""
_UR_BASE_BEFORE = _fold_set(["ایئر", "ائیر", "ایر", "نیول", "ملٹری", "فوجی", "فضائی", "بحری", "ہوائی"])
_UR_OVERS = _fold_set(["اوورز", "اوور", "اووروں", "اوورس"])
_UR_BALLS = _fold_set(["گیند", "گیندوں", "گیندیں", "بال", "بالز"])
_UR_EK = fold_token("ایک")
_UR_SIH, _UR_CHAHAR = fold_token("سہ"), fold_token("چہار")
_UR_PERSIAN_COMPOUND = _fold_set([
    "فریقی", "فریقہ", "ملکی", "رکنی", "روزہ", "سالہ", "ماہی", "طرفہ", "جہتی", "منزلہ", "نکاتی", "جماعتی",
])  # fmt: skip
"""Second halves of compounds after the Persian numerals سہ and چہار (سہ فریقی = trilateral)."""
_UR_CHAHAR_IDIOM = _fold_set(["سو", "جانب", "طرف", "اطراف", "سمت", "دانگ", "سوں"])
"""چہار سو, چہار جانب: 'all around', not 400 or four sides."""
_UR_IDIOMS = frozenset((fold_token(a), fold_token(b)) for a, b in (
    ("دو", "ٹوک"), ("چار", "چاند"), ("دو", "طرفہ"), ("یک", "طرفہ"), ("ایک", "طرفہ")))
_UR_CHAAR = fold_token("چار")
_UR_BE_DO = _fold_set(["ہو", "کر", "کی"])
"""Openings of ہونا and کرنا (ہوئے, کیا, کرنا) after سے دو چار, the idiom of facing something."""
_UR_KNOCKOUT = _fold_set(["چار", "آٹھ", "سولہ"])
_UR_AAKHRI = fold_token("آخری")
_UR_STAGE_NEXT = _fold_set(["ٹیموں", "ٹیمیں", "ٹیمز", "کھلاڑیوں", "کھلاڑی", "میں"])
_UR_OTHER = _fold_set(["دوسرے", "دوسری", "دوسرا"])
_UR_PEHLE = fold_token("پہلے")
_UR_PEHLE_NEXT = _fold_set(
    ["ہی", "بھی", "سے", "تو", "کہا", "ہو", "ہوئے", "تھا", "تھے", "تھی", "ہے", "ہیں", "کہ", "کی", "کیا", "کر"]
)
_UR_PEHLE_PREV = _fold_set(["سے", "اس", "جیسا", "جیسے"])
_UR_CHHATI = fold_token("چھٹی")
_UR_CHHATI_NEXT = _fold_set(
    ["ہے", "ہیں", "تھی", "ہو", "ہوئی", "گئی", "دی", "دے", "لی", "لے", "کر", "کی", "کا", "کے", "پر", "سے", "میں",
     "نہیں", "ملی", "منائی", "اور"]
)
"""Words after چھٹی that make it a holiday or leave (چھٹی کا دن، چھٹی پر) or a verb (دھند نہیں چھٹی:
the fog did not clear), not `sixth`, which stands before its noun (چھٹی بار، چھٹی وکٹ)."""
_UR_LAKH = "لاکھ"
_UR_SAWA_PREV = _fold_set(["کے", "کی"])
_UR_SAWA = fold_token("سوا")
_UR_LARGE_SCALES = _fold_set(k for k, v in URDU_SCALES.items() if v >= 1000)
_SENT_END = re.compile(r"[۔.!?؟\n]")

# --------------------------------------------------------------------------- English tables
_EN_CURRENCY_AFTER = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "rupee": "PKR", "rupees": "PKR",
    "pkr": "PKR", "inr": "INR", "euro": "EUR", "euros": "EUR", "eur": "EUR", "pound": "GBP",
    "pounds": "GBP", "gbp": "GBP", "sterling": "GBP", "yuan": "CNY", "renminbi": "CNY",
    "yen": "JPY", "riyal": "SAR", "riyals": "SAR", "dirham": "AED", "dirhams": "AED",
    "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
}  # fmt: skip
_EN_CUR_ADJ = {"us": "USD", "american": "USD", "pakistani": "PKR", "indian": "INR", "saudi": "SAR",
               "chinese": "CNY", "japanese": "JPY", "russian": "RUB", "uae": "AED",
               "british": "GBP"}  # fmt: skip
_EN_SUBUNITS = {"paisa": _PAISA, "paise": _PAISA, "paisas": _PAISA, "cent": _CENT, "cents": _CENT,
                "pence": _PENCE, "penny": _PENCE}  # fmt: skip
"""Hundredths: '3 rupees 28 paisa' = 3.28 PKR; alone ('50 cents') they are 0.50 of the currency."""
_EN_SUBUNIT_ALONE = {"paisa": "PKR", "paise": "PKR", "cents": "USD", "pence": "GBP"}
_EN_FRAC_NUM = {"one": 1, "two": 2, "three": 3, "a": 1}
_EN_FRAC_DEN = {"third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
                "tenth": 10, "tenths": 10}
"""'two-thirds', 'one quarter', 'a third of' are fractions (COUNT 2/3 ...), not ordinals."""
_EN_SHARE_VERBS = frozenset(("want", "wanted", "said", "say", "says", "are", "were", "is", "was", "believe",
                             "believed", "think", "thought", "support", "supported", "oppose", "opposed",
                             "favour", "favor", "favoured", "favored", "back", "backed", "agree", "agreed"))
"""'a fifth want an Islamic state': a share of people, as 'a fifth of' is; 'a fifth term' is not."""
_EN_DAYPART = frozenset(["morning", "evening", "afternoon", "night"])
_DOTTED_TIME = re.compile(r"(\d{1,2})\.(\d{2})")
_MONTH_ABBREVIATION_MAX = 4
"""Sept, Oct, Jan: May, June and July are whole names of four letters or fewer, but take no dot."""
_EN_HALF_OF = frozenset(("hour", "day", "year", "month", "week", "mile", "kilometre", "kilometer", "dozen",
                         "million", "billion", "crore", "lakh", "inch", "kilo", "litre"))
"""Words after 'half-' that it halves (a half-hour, half-million); any other makes one word (half-done).
A half-century is read before this, by `fraction_en`."""
_EN_RANGE_WORDS = frozenset(["to", "till", "until", "through", "and", "or"])  # and: 26 and 27 November
_EN_WEEKDAY_WORDS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
_DAY_LIST_MAX = 6
"""Days one list of dates may give (October 7, 10 and 12)."""
_EN_CURRENCY_BEFORE = {
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "rs": "PKR", "pkr": "PKR",
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "inr": "INR", "us$": "USD",
}  # fmt: skip
_EN_MEASURE = {
    "km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km",
    "kilometers": "km", "metre": "m", "metres": "m", "meter": "m", "meters": "m", "kg": "kg",
    "kgs": "kg", "kilogram": "kg", "kilograms": "kg", "kilos": "kg", "tonne": "tonne",
    "tonnes": "tonne", "ton": "tonne", "tons": "tonne", "litre": "l", "litres": "l",
    "liter": "l", "liters": "l", "degree": "degree", "degrees": "degree", "c": "degree", "mile": "mile",
    "miles": "mile", "foot": "ft", "feet": "ft", "ft": "ft", "acre": "acre", "acres": "acre",
    "hectare": "ha", "hectares": "ha", "mw": "MW", "megawatt": "MW", "megawatts": "MW",
    "barrel": "barrel", "barrels": "barrel", "cm": "cm", "cusecs": "cusec", "mg": "mg", "milligram": "mg",
    "milligrams": "mg", "gram": "g", "grams": "g", "gramme": "g", "grammes": "g", "inch": "inch", "inches": "inch",
    "yard": "yard", "yards": "yard", "mm": "mm", "millimetre": "mm", "millimetres": "mm", "millimeter": "mm",
    "millimeters": "mm", "centimetre": "cm", "centimetres": "cm", "centimeter": "cm", "centimeters": "cm",
    "kanal": "kanal", "kanals": "kanal", "marla": "marla", "marlas": "marla",
}  # fmt: skip
_EN_ARMS = frozenset(["pistol", "pistols", "gun", "guns", "handgun", "handguns", "rifle", "rifles", "bullet",
                      "bullets", "round", "rounds", "ammunition", "calibre", "caliber", "cartridge", "cartridges",
                      "weapon", "weapons", "shell", "shells"])
"""Words after a millimetre figure that make it a calibre (a 9mm pistol), not a length."""
_EN_DURATION = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
    "months": "month", "year": "year", "years": "year", "hour": "hour", "hours": "hour",
    "minute": "minute", "minutes": "minute", "seconds": "second", "decade": "decade",
    "decades": "decade",
}  # fmt: skip
_EN_MONTHS = {
    "january": "01", "february": "02", "march": "03", "april": "04", "may": "05", "june": "06",
    "july": "07", "august": "08", "september": "09", "october": "10", "november": "11",
    "december": "12", "jan": "01", "feb": "02", "mar": "03", "apr": "04", "jun": "06",
    "jul": "07", "aug": "08", "sep": "09", "sept": "09", "oct": "10", "nov": "11", "dec": "12",
}  # fmt: skip
_UR_MONTH_WORD_OF: dict[str, str] = {}
for _word, _num in _UR_MONTHS.items():
    _UR_MONTH_WORD_OF.setdefault(_num, _word)  # the first spelling of each month (جنوری، فروری ...)
_LATIN_IN_URDU = {
    **{e: _UR_MONTH_WORD_OF[num] for e, num in _EN_MONTHS.items()},
    **{e: fold_token(u) for e, u in {"thousand": "ہزار", "lakh": "لاکھ", "crore": "کروڑ", "million": "ملین",
                                      "billion": "بلین", "trillion": "ٹریلین", "percent": "فیصد"}.items()},
}  # fmt: skip
"""English month and scale words a code-mixed Urdu brief writes in Latin letters (22 October,
5 million): read as their Urdu."""
_EN_QUAL_BEFORE: tuple[tuple[tuple[str, ...], str], ...] = (
    (("in", "excess", "of"), "more_than"), (("as", "many", "as"), "up_to"),
    (("as", "much", "as"), "up_to"), (("more", "than"), "more_than"), (("at", "least"), "at_least"),
    (("up", "to"), "up_to"), (("at", "most"), "up_to"), (("less", "than"), "less_than"),
    (("fewer", "than"), "less_than"), (("close", "to"), "about"), (("an", "estimated"), "about"),
    (("upwards", "of"), "more_than"), (("over",), "more_than"), (("above",), "more_than"),
    (("about",), "about"), (("nearly",), "about"), (("almost",), "about"), (("around",), "about"),
    (("approximately",), "about"), (("roughly",), "about"), (("some",), "about"),
    (("estimated",), "about"), (("under",), "less_than"), (("below",), "less_than"),
    (("no", "fewer", "than"), "at_least"), (("no", "less", "than"), "at_least"),
    (("not", "fewer", "than"), "at_least"), (("not", "less", "than"), "at_least"),
    (("no", "more", "than"), "up_to"), (("not", "more", "than"), "up_to"),
)  # fmt: skip
"""(Longest first where they overlap: "no fewer than" 60 is at least 60, not fewer than 60.)"""
_EN_QUAL_MAP = dict(_EN_QUAL_BEFORE)
_EN_REF_BEFORE = frozenset(["article", "section", "clause", "chapter", "resolution", "no", "number",
                            "flight", "room", "route", "highway", "page", "vol", "volume", "rule",
                            "paragraph", "para", "act", "ordinance", "na", "pp", "pk", "articles", "sections",
                            "clauses", "chapters", "resolutions", "rules", "paragraphs"])  # fmt: skip
_EN_NAME_BEFORE = frozenset(["covid", "sars", "mers", "h1n1", "boeing", "airbus", "mig", "mirage",
                             "iphone", "windows", "galaxy", "cop", "apollo", "sputnik", "chandrayaan"])  # fmt: skip
_EN_TIME_AFTER = frozenset(["am", "pm", "a.m", "p.m", "o'clock", "hrs", "gmt", "pst", "utc"])
_EN_ONE_PREV = frozenset(["no", "any", "every", "each", "the", "this", "that", "which", "someone"])
_EN_YEAR_BEFORE = frozenset(["in", "since", "year", "of", "by", "until", "till", "from", "during"])

_LATIN = re.compile(r"[A-Za-z]")
_WHOLE_SHORT_MONTHS = frozenset(("may", "june", "july"))
"""Months whose whole name is short enough to pass for an abbreviation: a dot after one ends a sentence."""
_TEMPERATURE = re.compile(r"(?i)\b(?:temperature|warming|warm|heat|hot|cold|degrees?|celsius|climate|cap|rise|freez)")
_TEMPERATURE_REACH = 80
"""Characters either side of a figure glued to C (2C) that must speak of heat for it to be degrees."""
_EN_CURRENCY_KEYS = frozenset(_EN_CURRENCY_BEFORE)
_EN_SUFFIX_OK = frozenset(["k", "m", "b", "bn", "mn", "tn", "cr", "pc", *ORDINAL_SUFFIXES, *_EN_MEASURE])
_EN_SPEC_UNITS = frozenset(["kb", "mb", "gb", "tb", "mp", "mhz", "ghz", "mah", "kwh", "mbps", "gbps", "hp", "cc"])
"""Units a specification glues to its figure (the 64GB model, a 12MP camera, a 150cc bike): the
figure is a number of the claim, as it is written apart (64 GB), not a model code (4G, 737MAX)."""


_UR_GLUE_HEADS = tuple(fold_token(w) for w in ("ہزار", "لاکھ", "کروڑ", "ارب", "کھرب", "فیصد"))
"""Scale and percent words that papers run into the next word after digits (80ہزارافراد)."""
_UR_PLURAL = fold_token("وں")
_UR_HUNDRED = fold_token("سو")
_UR_GLUED_BEFORE_VAGUE = ("لیکن", "اور", "جبکہ", "بلکہ", "کہ")
_UR_VAGUE_FOLDED = frozenset(fold_token(w) for w in URDU_VAGUE)
_UR_GLUED_BEFORE_HEADS = frozenset(pre[:2] for pre in _UR_GLUED_BEFORE_VAGUE)
_UR_AFTER_HUNDRED = frozenset(fold_token(w) for w in ("روپے", "روپیہ", "روپئے", "ڈالر", "افراد", "من", "گنا", "ٹن"))
"""سو runs into the next word too (13سوروپے), but only a counted noun may follow it there:
5سوال is five questions, not 500."""


def _unglue_ur(parts: list[str], vocab: set[str]) -> list[str]:
    """Split a word glued to the digits before it when it starts with a scale or percent word
    and the rest is a word of its own: '80ہزارافرادسیلاب' reads 80 | ہزار | افرادسیلاب (an empty
    gap between the pieces keeps every offset). `parts` alternates gap, token, gap, token ...;
    `vocab` is the set of its tokens."""
    out = parts
    # candidates first, with C-level iteration (map, compress): this runs on every word of every
    # article. Words with no gap before them, then words split whatever their neighbours.
    glued = compress(range(3, len(parts), 2), map(not_, parts[2::2]))
    for k in glued:
        tok, before = parts[k], parts[k - 2]
        if not before[:1].isdigit() or tok[:1].isdigit():
            continue
        for head in _UR_GLUE_HEADS:
            rest = tok[len(head):]
            if fold_token(tok[: len(head)]) == head and len(fold_token(rest)) >= 2 and fold_token(rest) != _UR_PLURAL:
                if out is parts:
                    out = list(parts)
                out[k] = tok[: len(head)] + "\x00" + rest  # marked here, split below
                break
        else:
            if fold_token(tok[:2]) == _UR_HUNDRED and fold_token(tok[2:]) in _UR_AFTER_HUNDRED:
                if out is parts:
                    out = list(parts)
                out[k] = tok[:2] + "\x00" + tok[2:]
    for k in compress(range(1, len(parts), 2), map(_glue_cuts(vocab).__contains__, parts[1::2])):
        tok = out[k]
        if "\x00" in tok:
            continue  # split after its digits above
        cut = _UR_GLUE_CUTS[tok]
        if out is parts:
            out = list(parts)
        out[k] = tok[:cut] + "\x00" + tok[cut:]
    if out is parts:
        return parts
    flat: list[str] = []
    for k, piece in enumerate(out):
        if k % 2 and "\x00" in piece:
            a, b = piece.split("\x00")
            flat += [a, "", b]
        else:
            flat.append(piece)
    return flat


_UR_CLAUSE_ENDS = frozenset(fold_token(w) for w in ("ہے", "ہیں", "تھا", "تھی", "تھے", "تھیں", "گا", "گی", "گے", "ہوں"))
"""A verb ending a clause before a dash is no code's name: ہیں-32 سالہ is a new sentence, کووڈ-19 a code."""
_UR_NUMBER_HEADS = tuple(sorted((fold_token(w) for w in (
    "دو", "تین", "چار", "پانچ", "چھ", "سات", "آٹھ", "نو", "دس", "گیارہ", "بارہ", "تیرہ", "چودہ", "پندرہ", "سولہ",
    "سترہ", "اٹھارہ", "انیس", "بیس", "تیس", "چالیس", "پچاس", "ساٹھ", "ستر", "اسی", "نوے")), key=len, reverse=True))
_UR_GLUED_HEDGES = tuple(fold_token(w) for w in ("تقریبا", "قریبا"))
_WORD_AFTER_NUMBER_ZIPF = 4.0
"""A number word run into the next word (چارکھلاڑی) only before a frequent word: نوشہرہ is a
word itself, and no split is tried inside a word wordfreq knows."""


_UR_GLUED_NUMBER_STARTS = (*_UR_NUMBER_HEADS, *_UR_GLUED_HEDGES)
_MEMO_LIMIT = 200_000
"""Distinct words a per-process memo of word judgements holds before it starts again: bounds the
memory a stream of odd texts can take."""
_UR_GLUE_SEEN: set[str] = set()
_UR_GLUE_CUTS: dict[str, int] = {}
"""Words `_unglue_ur` has judged, and where to split those it splits whatever comes before them:
each distinct word is judged once per process, not once per occurrence."""


def _glue_cuts(vocab: set[str]) -> dict[str, int]:
    """`_UR_GLUE_CUTS`, brought up to date with these tokens."""
    fresh = vocab - _UR_GLUE_SEEN
    if fresh:
        if len(_UR_GLUE_SEEN) > _MEMO_LIMIT:
            _UR_GLUE_SEEN.clear()
            _UR_GLUE_CUTS.clear()
            fresh = vocab
        _UR_GLUE_SEEN.update(fresh)
        _UR_GLUE_CUTS.update((t, cut) for t in fresh if (cut := _glue_cut(t)))
    return _UR_GLUE_CUTS


def _glue_cut(tok: str) -> int:
    """Where to split a word run together from two, judged on the word alone; 0 for no split.

    A number word run into a word, a hedge into a number word (چارکھلاڑی, تقریبادس), and a
    conjunction into a vague plural (لیکنہزاروں)."""
    if len(tok) >= 5 and tok.startswith(_UR_GLUED_NUMBER_STARTS) and (cut := _glued_number_word(tok)):
        return cut
    if tok[:2] in _UR_GLUED_BEFORE_HEADS:
        return next((len(pre) for pre in _UR_GLUED_BEFORE_VAGUE
                     if tok.startswith(pre) and fold_token(tok[len(pre):]) in _UR_VAGUE_FOLDED), 0)
    return 0


@lru_cache(maxsize=65536)
def _glued_number_word(token: str) -> int | None:
    """Where to split a word that is a number word run into a frequent word (چارکھلاڑی: چار |
    کھلاڑی) or a hedge run into a number word (تقریبادس: تقریبا | دس); None for any other word."""
    folded = fold_token(token)
    if len(folded) != len(token):
        return None  # marks the split would misplace
    cut = next((len(h) for h in _UR_GLUED_HEDGES if folded.startswith(h) and folded[len(h):] in _UR_NUMBER_HEADS), None)
    if cut is None:
        cut = next((len(h) for h in _UR_NUMBER_HEADS if folded.startswith(h) and len(folded) - len(h) >= 3
                    and urdu_zipf(folded[len(h):]) >= _WORD_AFTER_NUMBER_ZIPF), None)
    if cut is None or urdu_zipf(folded) > 0 or classify_urdu(folded) is not None:
        return None  # a word itself, or a number word (اسیواں)
    return cut


_DATE_SIGN = "\u060d"
"""The Arabic date separator (؍) Indian Urdu papers write after a day: 12؍ اکتوبر."""


_UR_BECOMING = frozenset(tuple(fold_token(w) for w in phrase.split()) for phrase in (
    "ہو کر", "ہوکر", "کر کے", "کرکے", "ہو", "کر"))
"""A change's verb after "more/less than X" (سے کم ہو کر، سے بڑھا کر): X is where it started."""


_SCORE_WORDS = frozenset(fold_token(w) for w in ("سیٹ", "سیٹس", "سیٹوں", "گیم", "گیمز", "سکور", "اسکور", "set", "sets",
                                                 "game", "games", "score"))
_SCORE_WORD_REACH = 5
"""A slash pair that is no fraction: it is not in lowest terms (4/6), or a word of games and sets
stands up to this many words before it."""


class _Scan:
    """One extraction pass over one text."""

    def __init__(self, text: str, lang: Literal["ur", "en"]) -> None:
        self.text = text
        self.lang = lang
        work = _MARKS.sub("\u0640", text) if _MARKS.search(text) else text
        work = work.replace(_DATE_SIGN, " ")  # 5؍ اکتوبر: the Urdu date sign is a day's separator
        parts = _TOKEN.split(work)
        self.strs: list[str] = parts[1::2]
        self.vocab = set(self.strs)
        if lang == "ur" and (unglued := _unglue_ur(parts, self.vocab)) is not parts:
            parts = unglued
            self.strs = parts[1::2]
            self.vocab = set(self.strs)
        self.gaps: list[str] = parts[0::2]
        self._parts = parts
        self._at, self._at_end = 0, len(parts[0])
        self.n = len(self.strs)
        self._canon: list[str | None] = [None] * self.n
        self.out: list[Quantity] = []

    # ------------------------------------------------------------------ token helpers
    def end_of(self, m: int) -> int:
        """Where part m (gap 2k, token 2k+1) ends in the text.

        A running sum moved to m, not a table of every offset: an article needs a few dozen of
        them, mostly in order, and the table cost as much as the tokenizer."""
        at = self._at
        if m > at:
            self._at_end += sum(map(len, self._parts[at + 1 : m + 1]))
        elif m < at:
            self._at_end -= sum(map(len, self._parts[m + 1 : at + 1]))
        self._at = m
        return self._at_end

    def canon(self, k: int) -> str:
        if k < 0 or k >= self.n:
            return ""
        got = self._canon[k]
        if got is None:  # filled lazily: a scan reads few of its words, some of them often
            s = self.strs[k]
            got = self._canon[k] = (_LATIN_IN_URDU.get(s.lower(), s.lower()) if s.isascii() else fold_token(s)
                                    ) if self.lang == "ur" else s.lower()
        return got

    def gap(self, k: int) -> str:
        """Text between token k-1 and token k."""
        if k <= 0 or k >= self.n:
            return ""
        return self.gaps[k]

    def near(self, k: int) -> bool:
        """Token k follows token k-1 with nothing but white space between (or joined).

        A blank line is a paragraph break: no number runs across it ("twenty", blank line,
        "five" are 20 and 5, not 25)."""
        if k <= 0 or k >= self.n:
            return False
        g = self.gaps[k]
        return g == "" or (g.isspace() and g.count("\n") < 2)

    def emit(self, a: int, b: int, value: float, kind: QuantityKind, unit: str | None, qual: str,
             start: int | None = None) -> None:  # fmt: skip
        s = self.end_of(2 * a) if start is None else start
        e = self.end_of(2 * b - 1)
        # validated construction: pydantic-core builds these faster than model_construct does
        span = Span(start=s, end=e, text=self.text[s:e])
        self.out.append(Quantity(value=float(value), kind=kind, unit=unit, qualifier=qual, span=span))  # type: ignore[arg-type]

    # ------------------------------------------------------------------ shared pieces
    def run_items(self, i: int) -> tuple[int, float, bool] | None:
        """(end token, value, ordinal) of the number starting at token i."""
        if self.lang == "en":
            j = i + 1
            while j < self.n and j - i < _MAX_RUN:
                g = self.gaps[j]
                if not (self.near(j) or g.strip() == "-"):
                    break
                low = self.strs[j].lower()
                if (
                    classify_english(low) is None
                    and low not in ("a", "an")
                    and not (g == "" and self.is_digits(j - 1))
                ):
                    break
                j += 1
            if j - i > 3 and j < self.n and self.gap(j) == "-" and [w.lower() for w in self.strs[j - 3 : j]] == ["and", "a", "half"]:
                j -= 3  # "four for 47 and a half-century": 47, then a fifty
            toks = self.strs[i:j]
            gaps = [""] + [self.gap(k) for k in range(i + 1, j)]
            pairs = english_items(toks, gaps)
            if not pairs:
                return None
            flat = [it for _, it in pairs]
            owners = [i + k for k, _ in pairs]
        else:
            flat, owners = [], []
            j = i
            while j < self.n and j - i < _MAX_RUN:
                if j > i and not self.near(j):
                    break
                got = classify_urdu(self.canon(j))
                width = 1
                if got is None and self._split_lakh(j):
                    got, width = classify_urdu(_UR_LAKH), 2  # پانچ لا کھ: لاکھ typed apart
                if got is None:
                    break
                flat.extend(got)
                owners.extend([j + width - 1] * len(got))
                j += width
        res = combine(flat)
        if res is None:
            return None
        used, value, ordinal = res
        end = owners[used - 1] + 1
        if used < len(flat) and owners[used] == owners[used - 1]:
            # The number ends inside a joined token: keep only whole tokens.
            keep = sum(1 for o in owners if o < owners[used - 1])
            if keep == 0:
                return None
            res = combine(flat[:keep])
            if res is None:
                return None
            used, value, ordinal = res
            end = owners[used - 1] + 1
        return end, value, ordinal

    def scales_number_before(self, i: int) -> bool:
        """Whether the English number right before the plural scale word at `i` is what the word
        scales ("5 thousands"). It is not across punctuation ("Nov 25 - Thousands marched",
        "2014: Hundreds of Palestinians") nor when it is a year ("In 2014 hundreds of people"):
        the scale word is then a vague quantity of its own."""
        if i == 0 or not self.near(i) or classify_english(self.strs[i - 1].lower()) is None:
            return False
        prev = self.strs[i - 1]
        return not (len(prev) == 4 and prev.isdigit() and 1900 <= int(prev) <= 2100)

    def is_digits(self, k: int) -> bool:
        return 0 <= k < self.n and self.strs[k][:1].isdigit()

    def slash_or_colon(self, i: int) -> int | None:
        """Handle 10:30 (skip), d/m/y dates and a/b fractions at digit token i; the next index."""
        if i + 1 >= self.n or not self.is_digits(i + 1):
            return None
        g = self.gap(i + 1)
        if g == ":" or g == "٫:":
            k = i + 2
            while k < self.n and self.gap(k) == ":" and self.is_digits(k):
                k += 1
            return k
        if g != "/":
            return None
        a = self.strs[i]
        b = self.strs[i + 1]
        if not (a.isdigit() and b.isdigit()):
            return None
        if i + 2 < self.n and self.gap(i + 2) == "/" and self.is_digits(i + 2):
            c = self.strs[i + 2]
            d, m = int(a), int(b)
            if c.isdigit() and 1 <= d <= 31 and 1 <= m <= 12:
                y = int(c)
                y = y + 2000 if y < 100 else y
                self.emit(i, i + 3, d, QuantityKind.DATE, f"{y:04d}-{m:02d}-{d:02d}", "exact")
            return i + 3
        num, den = int(a), int(b)
        if 0 < num < den <= 10 and gcd(num, den) == 1 and not self.after_score_word(i):
            self.emit(i, i + 2, num / den, QuantityKind.COUNT, None, "exact")
            return i + 2
        return None

    def after_score_word(self, i: int) -> bool:
        """A word of games and sets a few words before token i: 'سیٹ 4/6 سے', 'سیٹ بڑی آسانی سے 1/6
        سے جیت لیا' write a set's score with a slash (6-4, 6-1), not a fraction."""
        return any(self.canon(k) in _SCORE_WORDS for k in range(max(0, i - _SCORE_WORD_REACH), i))

    # ------------------------------------------------------------------ main loop
    def run(self) -> list[Quantity]:
        if self.lang == "ur":
            step, known, hits, is_cand = self.step_ur, _UR_KNOWN, _UR_HITS, _is_cand_ur
        else:
            step, known, hits, is_cand = self.step_en, _EN_KNOWN, _EN_HITS, _is_cand_en
        strs = self.strs
        fresh = self.vocab - known
        if fresh:
            if len(known) > _MEMO_LIMIT:
                known.clear()
                hits.clear()
                fresh = self.vocab
            known.update(fresh)
            hits.update(t for t in fresh if is_cand(t))
        nxt = 0
        for i in compress(range(self.n), map(hits.__contains__, strs)):
            if i >= nxt:
                nxt = step(i)
        return self.out

    def _split_lakh(self, j: int) -> bool:
        return (j + 1 < self.n and self.strs[j] == _UR_LAKH[:2] and self.strs[j + 1] == _UR_LAKH[2:]
                and self.near(j + 1))

    # ------------------------------------------------------------------ Urdu
    def step_ur(self, i: int) -> int:
        raw = self.strs[i]
        c = fold_token(raw)
        items = classify_urdu(c)
        if items is None:
            if c in _VAGUE_UR:
                return self.finish_ur(i, i + 1, float(_VAGUE_UR[c]), False, "more_than")
            return i + 1
        digits = raw[:1].isdigit()
        if digits:
            skip = self.digit_filters_ur(i)
            if skip is not None:
                return skip
        first = items[0][0]
        if (first == "P" and c == _UR_SAWA and self.canon(i - 1) in _UR_SAWA_PREV
                and not (self.near(i + 1) and self.canon(i + 1) in _UR_LARGE_SCALES)):
            return i + 1  # کے سوا = "except"; ساڑھے and پونے after کے, and کے سوا کروڑ, are still numbers
        if c == _UR_CHAHAR and self.near(i + 1) and self.canon(i + 1) in _UR_CHAHAR_IDIOM:
            return i + 2
        if self.near(i + 1) and (c, self.canon(i + 1)) in _UR_IDIOMS:
            return i + 2  # دو ٹوک (blunt), چار چاند (lustre), دو طرفہ (bilateral): idioms, not counts
        if (c == _DO and self.canon(i + 1) == _UR_CHAAR and self.canon(i - 1) == _SE and self.near(i + 1)
                and self.canon(i + 2)[:2] in _UR_BE_DO):
            return i + 2  # شکست سے دو چار کیا، خفت سے دو چار ہوئے: "faced", not two or four
        if c in _UR_KNOCKOUT and self.canon(i - 1) == _UR_AAKHRI and self.canon(i + 1) in _UR_STAGE_NEXT:
            return i + 1  # آخری آٹھ ٹیموں میں: a knock-out stage (the last eight), not a count
        got = self.run_items(i)
        if got is None:
            return i + 1
        end, value, ordinal = got
        if not digits and i > 0 and self.near(i) and self.canon(i - 1) in _UR_CLAUSE_LABELS:
            return end  # آرٹیکل تین سو ستر: a clause named in words, checked as one (validators)
        if end == i + 1 and not digits and not ordinal and not self.word_ok_ur(i, c):
            return i + 2 if c == _UR_EK else i + 1  # ایک دوسرے (each other): neither is a number
        if ordinal and c == _UR_PEHLE and end == i + 1 and not self.pehle_ok(i):
            return i + 1
        if c == _UR_CHHATI and end == i + 1 and (
                self.sentence_ends(i + 1) or (self.near(i + 1) and self.canon(i + 1) in _UR_CHHATI_NEXT)):
            return i + 1  # (the word alone, as a table of ordinals writes it, is still `sixth`)
        return self.finish_ur(i, end, value, ordinal, "exact")

    def digit_filters_ur(self, i: int) -> int | None:
        """Skip digits of names, references, times and phone numbers; handle / and :."""
        raw = self.strs[i]
        skip = self.name_or_code(i, _UR_NAME_BEFORE, _UR_REF_BEFORE, frozenset())
        if skip is not None:
            return skip
        if i + 1 < self.n and self.gap(i + 1) == "" and _LATIN.match(self.strs[i + 1][:1]):
            return i + 2  # 4G, 5G
        so = self.slash_or_colon(i)
        if so is not None:
            return so
        if self.canon(i + 1) in _UR_TIME_AFTER and self.near(i + 1):
            return self.skip_time_ur(i + 1)  # 7 بج کر 37 منٹ: a clock time, its minutes too
        return None if raw else i + 1

    def name_or_code(self, i: int, names: frozenset[str], refs: frozenset[str],
                     currency: frozenset[str]) -> int | None:  # fmt: skip
        """The index after digits that name something (F-16, کووڈ-19, دفعہ 144, 0300-...), else None."""
        raw = self.strs[i]
        g = self.gap(i)
        if i > 0 and len(g) <= 2 and g.strip() in ("", "-", "–", "."):
            prev_raw = self.strs[i - 1]
            prev = self.canon(i - 1)
            hyphen = g.strip() in ("-", "–")
            latin = bool(_LATIN.match(prev_raw[-1:]))
            if latin and (g == "" or hyphen) and prev not in currency:
                return self.skip_code(i)
            priced = self.canon(i + 1) in _UR_CURRENCY or self.canon(i + 1) in _UR_CUR_ADJ  # فون 469 پاؤنڈ میں
            scale = classify_urdu(self.canon(i + 1)) if i + 1 < self.n else None
            priced = priced or (scale is not None and scale[0][0] == "S")  # ایس ایس جی سی 400 ملین: no F-16 million
            coded = hyphen and not self.is_digits(i - 1) and not latin and prev not in _UR_CLAUSE_ENDS
            if g.strip() != "." and ((prev in names and not priced) or coded):
                return self.skip_code(i)
            if prev in refs or (i > 1 and f"{self.canon(i - 2)} {prev}" in refs):
                k = self.skip_code(i)
                if k < self.n and self.gap(k) == "(" and self.is_digits(k):
                    k += 1  # Article 184(3): the sub-clause is the reference's too
                return k
        if raw[0] in "0۰٠" and len(raw) >= 3 and raw.isdigit():
            return self.skip_code(i)  # phone and area codes: 0300-1234567, 021
        if g.endswith("+"):
            return self.skip_code(i)  # +92 ...
        return None

    def skip_code(self, i: int) -> int:
        """Skip a digit token and any digits joined to it by - or nothing (0300-1234567)."""
        k = i + 1
        while k < self.n and self.is_digits(k) and self.gap(k).strip() in ("", "-") and len(self.gap(k)) <= 1:
            k += 1
        return k

    def word_ok_ur(self, i: int, c: str) -> bool:
        """Context checks for single number words that are also common ordinary words."""
        nxt = self.canon(i + 1) if self.near(i + 1) else ""
        prev = self.canon(i - 1) if self.near(i) else ""
        if c in _UR_AMBIGUOUS:
            if self.n == 1 or "\u0651" in self.text[self.end_of(2 * i) : self.end_of(2 * i + 1)]:
                return True  # اسّی with its shadda is 80, never اسی 'this very'
            if nxt in _UR_PERCENT or nxt in _UR_CURRENCY or nxt in _UR_MEASURE or nxt in _UR_CUR_ADJ:
                return True
            if nxt in _UR_COUNT_NOUNS or (c == "اسی" and nxt in _UR_COUNT_NOUNS_80):
                return True
            if c == _UR_BEHTAR and (nxt in _UR_CLOCK_SPANS or (prev == _UR_EVERY and nxt in _UR_DURATION)):
                return True  # بہتر گھنٹے، ہر بہتر دن بعد: 72 hours, every 72 days (بہتر دن alone: better days)
            if nxt in (_SE, _KE) and self.canon(i + 2) in _UR_MORE | _UR_ABOUT_AFTER | {"کم"}:
                return True
            if prev in _UR_ABOUT_BEFORE or (prev and classify_urdu(prev) is not None):
                return True
            return nxt == "" and classify_urdu(self.canon(i - 1)) is not None
        if c == _UR_SO:
            if nxt in _UR_SO_VERBS or nxt in _UR_SO_NAME_NEXT or prev in _UR_SO_NAME_PREV:
                return False
            sentence_start = i == 0 or bool(_SENT_END.search(self.gap(i)))
            return not (sentence_start and nxt in _UR_PRONOUNS)
        if c in (_UR_SIH, _UR_CHAHAR):
            return nxt in _UR_PERSIAN_COMPOUND or (c == _UR_CHAHAR and self.n == 1)
        if c == "نو" and (nxt in _UR_NO_STOP or prev in _UR_NO_BEFORE):
            return False  # نو منتخب، تعمیر نو: new, not nine
        if c == "دو" and nxt == _UR_SHANBA:
            return False  # دو شنبہ: Dushanbe (and Monday), not 2
        if c == "بیس" and prev in _UR_BASE_BEFORE:
            return False
        return not (c == _UR_EK and nxt in _UR_OTHER)

    def skip_time_ur(self, e: int) -> int:
        """Past a clock time's بجے, and past 'بج کر 30 منٹ' (its minutes are not a duration)."""
        if self.canon(e) == _UR_BAJ and self.canon(e + 1) == _UR_KAR and self.near(e + 2):
            got = self.run_items(e + 2) if classify_urdu(self.canon(e + 2)) else None
            if got is not None and self.canon(got[0]) in _UR_MINUTES and self.near(got[0]):
                return got[0] + 1
        return e + 1

    def subunit(
        self, e: int, value: float, unit: str, conj: str, starts_number: Callable[[int], bool],
        subunits: Mapping[str, frozenset[str]],
    ) -> tuple[int, float]:  # fmt: skip
        """Hundredths after a currency join the amount: 3 روپے 28 پیسے, 5 dollars and 50 cents."""
        if value != int(value) or e >= self.n or not self.near(e):
            return e, value
        k = e + 1 if self.canon(e) == conj and self.near(e + 1) else e
        if not starts_number(k):
            return e, value
        got = self.run_items(k)
        if got is None:
            return e, value
        end, sub, ordinal = got
        if ordinal or sub != int(sub) or not 0 < sub < 100 or not self.near(end):
            return e, value
        if unit not in subunits.get(self.canon(end), ()):
            return e, value
        return end + 1, round(value + sub / 100, 2)

    def subunit_ur(self, e: int, value: float, unit: str) -> tuple[int, float]:
        return self.subunit(e, value, unit, _UR_AUR, lambda k: classify_urdu(self.canon(k)) is not None, _UR_SUBUNITS)

    def range_month_ur(self, e: int, first: float, depth: int = 0) -> str | None:
        """The date (--MM-DD or YYYY-MM-DD) of `first` when tokens from e read 'سے 14 اگست' (or
        'اور 27 نومبر': two days of one month; or a list, '، 10 اور 12 اکتوبر')."""
        if self.near(e) and self.canon(e) in (_SE, _UR_TA, _UR_AUR):
            k = e + 1
            if not self.near(k):
                return None
        elif (self.is_digits(e) and self.gap(e).strip() in ("-", "–") and len(self.gap(e)) <= 3) or (
                (self.is_digits(e) or classify_urdu(self.canon(e)) is not None)
                and self.gap(e).strip() in ("،", ",") and depth < _DAY_LIST_MAX):  # 5-14; a list's 7، 10 or سات،دس
            k = e
        else:
            return None
        if classify_urdu(self.canon(k)) is None:
            return None
        got = self.run_items(k)
        if got is None:
            return None
        end, second, ordinal = got
        if ordinal or second != int(second) or not first < second <= 31 or not self.near(end):
            return None
        month = _UR_MONTHS.get(self.canon(end))
        if month is None:
            later = self.range_month_ur(end, second, depth + 1) if depth < _DAY_LIST_MAX else None
            return None if later is None else f"{later[:-2]}{int(first):02d}"  # 7، 10 اور 12 اکتوبر
        year = ""
        if self.near(end + 1) and self.is_digits(end + 1):
            y = self.strs[end + 1]
            if y.isdigit() and len(y) == 4 and 1000 <= int(y) <= 2100:
                year = y
        return f"{year}-{month}-{int(first):02d}" if year else f"--{month}-{int(first):02d}"

    def pehle_ok(self, i: int) -> bool:
        """پہلے is 'first' before a noun, but 'before/earlier' after سے or before a verb."""
        if self.canon(i - 1) in _UR_PEHLE_PREV and self.near(i):
            return False
        if i + 1 >= self.n or not self.near(i + 1):
            return self.n == 1
        return self.canon(i + 1) not in _UR_PEHLE_NEXT

    def finish_ur(self, i: int, end: int, value: float, ordinal: bool, qual: str) -> int:
        """Kind, unit and qualifier from the words around tokens [i, end); returns next index."""
        kind = QuantityKind.COUNT
        unit: str | None = None
        e = end
        nxt = self.canon(e) if e < self.n and self.near(e) else ""
        whole = value == int(value)
        plain_digits = end == i + 1 and self.strs[i].isdigit()
        if nxt in _UR_TIME_AFTER:
            return self.skip_time_ur(e)
        if not ordinal and nxt in _UR_FRACTION_DEN and value in (1, 2, 3):
            value, e = value / int(_UR_FRACTION_DEN[nxt]), e + 1
        elif value == 0.5 and nxt == _UR_CENTURY:
            value, e = 50.0, e + 1  # نصف سنچری: fifty runs, like 'a half-century'
        if ordinal:
            kind = QuantityKind.ORDINAL
        elif nxt in _UR_ORD_SUFFIX and whole:
            kind, e = QuantityKind.ORDINAL, e + 1
        elif nxt in _UR_PERCENT:
            kind, e = QuantityKind.PERCENT, e + 1
        elif nxt == "فی" and self.canon(e + 1) == "صد" and self.near(e + 1):
            kind, e = QuantityKind.PERCENT, e + 2
        elif nxt in _UR_CURRENCY:
            kind, unit, e = QuantityKind.MONEY, _UR_CURRENCY[nxt], e + 1
            e, value = self.subunit_ur(e, value, unit)
        elif nxt in _UR_CUR_ADJ and self.near(e + 1) and self.canon(e + 1) in _UR_CURRENCY:
            cur = _UR_CURRENCY[self.canon(e + 1)]
            unit = _UR_CUR_ADJ[nxt] if cur == "PKR" and _UR_CUR_ADJ[nxt] else cur
            kind, e = QuantityKind.MONEY, e + 2
            e, value = self.subunit_ur(e, value, unit)
        elif nxt in _UR_SUBUNIT_ALONE and whole and 0 < value < 100:
            kind, unit, value, e = QuantityKind.MONEY, "PKR", value / 100, e + 1
        elif (nxt, self.canon(e + 1)) in _UR_MEASURE_PAIRS and self.near(e + 1):
            kind, unit, e = QuantityKind.MEASURE, _UR_MEASURE_PAIRS[(nxt, self.canon(e + 1))], e + 2
        elif nxt == _UR_SQUARE and self.canon(e + 1) in _UR_MEASURE and self.near(e + 1):
            kind, unit, e = QuantityKind.MEASURE, _UR_MEASURE[self.canon(e + 1)] + "2", e + 2
        elif nxt in _UR_MEASURE:
            kind, unit, e = QuantityKind.MEASURE, _UR_MEASURE[nxt], e + 1
        elif nxt in _UR_MONTHS and whole and 1 <= value <= 31:
            return self.finish_date_ur(i, e, int(value), _UR_MONTHS[nxt], qual)
        elif whole and 1 <= value <= 31 and nxt in (_SE, _UR_TA, _UR_AUR, "") and (r := self.range_month_ur(e, value)):
            # 5 سے 14 اگست: the first day of a date range is a date in the same month.
            self.emit(i, e, value, QuantityKind.DATE, r, qual)
            return e
        elif whole and nxt == _UR_KI and self.canon(e + 1) in _UR_DECADE and self.near(e + 1) and (
                value % 10 == 0 and (10 <= value <= 90 or 1000 <= value <= 2100)):
            # نوے کی دہائی, 1980 کی دہائی: the 1990s, the 1980s (a bare tens word is the 1900s')
            kind, unit = QuantityKind.YEAR, "decade"
            value += 1900 if value < 100 else 0
        elif nxt in _UR_DURATION and not (plain_digits and 1900 <= value <= 2100 and nxt == "سال"):
            kind, unit, e = QuantityKind.DURATION, _UR_DURATION[nxt], e + 1
        elif whole and self.is_year_ur(i, end, value, plain_digits):
            kind = QuantityKind.YEAR
            if nxt == _UR_YEAR_MARK:
                e += 1
        elif whole and 1 <= value <= 31 and self.near(i) and self.canon(i - 1) in _UR_MONTHS:
            month = _UR_MONTHS[self.canon(i - 1)]
            self.emit(i - 1, e, value, QuantityKind.DATE, f"--{month}-{int(value):02d}", qual)
            return e
        elif (whole and 1 <= value <= 31 and nxt == _UR_TAREEKH and self.near(i) and self.canon(i - 1) == _UR_KI
              and self.near(i - 1) and self.canon(i - 2) in _UR_MONTHS):
            month = _UR_MONTHS[self.canon(i - 2)]  # ستمبر کی 30 تاریخ: 30 September
            self.emit(i - 2, e + 1, value, QuantityKind.DATE, f"--{month}-{int(value):02d}", qual)
            return e + 1
        elif whole and 1 <= value <= 31 and nxt == _UR_TAREEKH:
            self.emit(i, e + 1, value, QuantityKind.DATE, None, qual)  # رواں ماہ کی 16 تاریخ: a day of a month
            return e + 1
        if kind is QuantityKind.COUNT and e == i + 1 and self.canon(i) == _DO and self.sentence_ends(e):
            return e  # "توجہ دو۔", "چھوڑ دو۔": the imperative of دینا closes a sentence, not a two
        qual = self.qualifier_ur(i, e, qual, kind)
        self.emit(i, e, value, kind, unit, qual)
        if kind is QuantityKind.COUNT and whole and nxt in _UR_OVERS:
            balls = self.balls_after_ur(e + 1)
            if balls is not None:  # چھیالیس اوورز اور دو گیندوں: also 46.2 overs, as scorecards write it
                self.emit(i, balls[0], value + balls[1] / 10, kind, None, qual)
        return e

    def balls_after_ur(self, k: int) -> tuple[int, int] | None:
        """(index after, balls) of 'اور دو گیندوں' from token k, after a count of overs."""
        if not (self.near(k) and self.canon(k) == _UR_AUR and self.near(k + 1)) or classify_urdu(self.canon(k + 1)) is None:
            return None
        got = self.run_items(k + 1)
        if got is None or got[2] or got[1] not in (1, 2, 3, 4, 5) or not self.near(got[0]):
            return None
        return (got[0] + 1, int(got[1])) if self.canon(got[0]) in _UR_BALLS else None

    def sentence_ends(self, e: int) -> bool:
        """A full stop, ! or ? follows token e-1."""
        end = self.end_of(2 * e - 1)
        return self.text[end : end + 4].lstrip()[:1] in ("۔", "!", "؟", "?")

    def is_year_ur(self, i: int, end: int, value: float, plain_digits: bool) -> bool:
        if end == i + 1 and self.canon(i) in _VAGUE_UR:
            return False  # "ہر سال ہزاروں سیاح": thousands of tourists, not the year 1000
        nxt = self.canon(end) if self.near(end) or self.gap(end) == "" else ""
        prev = self.canon(i - 1) if self.near(i) else ""
        if nxt == _UR_YEAR_MARK:
            return 1000 <= value <= 2100 or plain_digits
        if prev in _UR_YEAR_BEFORE:
            return 1000 <= value <= 2100
        if prev in _UR_MONTHS:
            return 1000 <= value <= 2100
        words_only = not any(self.strs[k][:1].isdigit() for k in range(i, end))
        if not 1900 <= value <= 2100 or not (words_only or (plain_digits and len(self.strs[i]) == 4)):
            return False
        if nxt in _UR_YEAR_NEXT:
            after = self.canon(end + 1)
            return after not in _UR_NOT_YEAR_AFTER
        return False

    def finish_date_ur(self, i: int, e: int, day: int, month: str, qual: str) -> int:
        """Day then month ('7 اپریل', 'یکم دسمبر'), with a year after when there is one."""
        e += 1  # the month
        iso = f"--{month}-{day:02d}"
        if e < self.n and self.near(e):
            got = None
            c = fold_token(self.strs[e])
            if classify_urdu(c) is not None:
                got = self.run_items(e)
            if got is not None and got[1] == int(got[1]) and 1000 <= got[1] <= 2100 and not got[2]:
                y_end = got[0]
                iso = f"{int(got[1]):04d}-{month}-{day:02d}"
                if (
                    y_end < self.n
                    and self.canon(y_end) == _UR_YEAR_MARK
                    and (self.near(y_end) or self.gap(y_end) == "")
                ):
                    y_end += 1
                e = y_end
        self.emit(i, e, day, QuantityKind.DATE, iso, qual)
        return e

    def changed_to_ur(self, k: int) -> bool:
        """Tokens from k read "becoming" then a number (ہو کر 94، کر کے 20): a change's start."""
        for size in (2, 1):
            verb = tuple(self.canon(j) for j in range(k, k + size))
            if verb in _UR_BECOMING and all(self.near(j) for j in range(k, k + size + 1)):
                return self.is_digits(k + size) or classify_urdu(self.canon(k + size)) is not None
        return False

    def qualifier_ur(self, i: int, e: int, qual: str, kind: QuantityKind) -> str:
        if qual != "exact":
            return qual
        a, b = self.canon(e) if self.near(e) else "", self.canon(e + 1) if self.near(e + 1) else ""
        if a == _SE:
            if b == _BHI and self.near(e + 2):
                b = self.canon(e + 2)
            if (b in _UR_MORE or b == "کم") and self.changed_to_ur(e + 2):
                return qual  # 103.62 روپے سے کم ہو کر 94.19: the price it fell from, not a bound
            if b in _UR_MORE:
                return "more_than"
            if b == "کم":
                return "less_than"
        if a == _TAK and kind is not QuantityKind.DURATION:
            return "up_to"  # "55 سال تک گایا" is "for 55 years", not "up to"
        if a == _KE and b in _UR_ABOUT_AFTER:
            return "about"
        if not self.near(i):
            return qual
        p1 = self.canon(i - 1)
        p2 = self.canon(i - 2) if self.near(i - 1) else ""
        p3 = self.canon(i - 3) if self.near(i - 2) else ""
        if p1 == "کم" and p2 == "از" and p3 == "کم":
            return "at_least"
        if p1 == "زیادہ" and p2 == _SE and p3 == "زیادہ":
            return "up_to"
        if p1 in _UR_ABOUT_BEFORE or (p1 == "بھگ" and p2 == "لگ"):
            return "about"
        return qual

    # ------------------------------------------------------------------ English
    def step_en(self, i: int) -> int:
        raw = self.strs[i]
        low = raw.lower()
        if low in _EN_FRAC_NUM or low == "half":
            frac = self.fraction_en(i, low)
            if frac is not None:
                return frac
        if low == "half" and i + 1 < self.n and self.gap(i + 1) == "-" and self.canon(i + 1) not in _EN_HALF_OF:
            return i + 2  # half-done, half-hearted, half-brother: a word, not a half of something
        if low in _EN_SINGLE_SCALES and i > 0 and self.near(i) and self.canon(i - 1) in _EN_VAGUE_LEADS and not (
                i + 1 < self.n and self.near(i + 1) and classify_english(self.canon(i + 1)) is not None):
            # "several dozen", "a few thousand": as vague as دو درجن سے زائد is not, as درجنوں is
            lead = i - 2 if self.canon(i - 1) == "few" and i > 1 and self.canon(i - 2) == "a" and self.near(i - 1) else i - 1
            return self.finish_en(lead, i + 1, float(ENGLISH_VAGUE[_EN_SINGLE_SCALES[low]]), False, "more_than", None)
        item = classify_english(low) if low not in ("a", "an", "and") else None
        if low in ("a", "an") and i + 1 < self.n:
            nxt_item = classify_english(self.strs[i + 1].lower())
            if nxt_item is not None and nxt_item[0] in ("H", "S"):
                item = ("N", 1.0, False)
        if item is not None and item[0] == "S" and low in ENGLISH_VAGUE and not self.scales_number_before(i):
            item = None  # "films that cost crores": a plural scale with no number before it
        if item is None or item[0] in ("A",):
            if low in ENGLISH_VAGUE and not (self.is_digits(i - 1) and self.scales_number_before(i)):
                return self.finish_en(i, i + 1, float(ENGLISH_VAGUE[low]), False, "more_than", None)
            return i + 1
        digits = raw[:1].isdigit()
        if digits:
            skip = self.digit_filters_en(i)
            if skip is not None:
                return skip
        elif item[0] in ("X", "M") or (low == "one" and self.canon(i - 1) in _EN_ONE_PREV):
            return i + 1
        if low == "second" and not self.near(i + 1):
            return i + 1
        got = self.run_items(i)
        if got is None:
            return i + 1
        end, value, ordinal = got
        start_tok = i
        currency = None
        if i > 0 and self.gap(i) in ("", " ", ". ", "."):
            p = self.canon(i - 1)
            if p in _EN_CURRENCY_BEFORE:
                currency = _EN_CURRENCY_BEFORE[p]
                start_tok = i - 1
                if p == "$" and self.canon(i - 2) == "us" and self.gap(i - 1) == "":
                    start_tok = i - 2
        return self.finish_en(start_tok, end, value, ordinal, "exact", currency, num_start=i)

    def digit_filters_en(self, i: int) -> int | None:
        skip = self.name_or_code(i, _EN_NAME_BEFORE, _EN_REF_BEFORE, _EN_CURRENCY_KEYS)
        if skip is not None:
            return skip
        if i + 1 < self.n and self.gap(i + 1) == "":
            suf = self.canon(i + 1)
            if suf in _EN_TIME_AFTER:
                return i + 2
            if suf not in _EN_SUFFIX_OK and suf not in _EN_SPEC_UNITS and _LATIN.match(suf[:1]) and not self.decade_en(i):
                return i + 2  # 4G, 737MAX
            if suf == "c" and not _TEMPERATURE.search(self.text, max(0, self.end_of(2 * i) - _TEMPERATURE_REACH),
                                                      self.end_of(2 * i) + _TEMPERATURE_REACH):
                return i + 2  # the iPhone 5C: a model; 2C beside warming or heat is degrees
        so = self.slash_or_colon(i)
        if so is not None:
            return so
        if self.canon(i + 1) in _EN_TIME_AFTER and self.near(i + 1):
            return i + 2
        return None

    def decade_en(self, i: int) -> bool:
        """'the 1970s': a four-digit year ending in 0, with a plural s run into it."""
        d = self.strs[i]
        return (self.canon(i + 1) == "s" and d.isdigit() and len(d) == 4 and d.endswith("0")
                and 1000 <= int(d) <= 2100)

    def finish_en(self, i: int, end: int, value: float, ordinal: bool, qual: str,
                  currency: str | None, num_start: int | None = None) -> int:  # fmt: skip
        ns = i if num_start is None else num_start
        kind = QuantityKind.COUNT
        unit: str | None = None
        e = end
        joined_m = e < self.n and self.gap(e) == "" and self.canon(e) == "m"
        nxt = self.canon(e) if e < self.n and (self.near(e) or self.gap(e) in ("-", "")) else ""
        whole = value == int(value)
        plain = end == ns + 1 and self.strs[ns].isdigit()
        if joined_m and currency is None:
            nxt = "m"
        if currency is None and not ordinal and whole and 0 <= value <= 24:
            t_end = self.time_after_en(e)
            if t_end is not None:
                return t_end  # '11 pm', "eleven o'clock": clock times are not quantities
        if currency is None and not plain and end == ns + 1 and self.dotted_time_en(ns):
            return end  # 'at 7.37 the previous morning': a clock time written with a dot
        if ordinal:
            kind = QuantityKind.ORDINAL
        elif nxt == "%" or nxt in ("percent", "pc") or (nxt == "per" and self.canon(e + 1) == "cent"):
            kind, e = QuantityKind.PERCENT, e + (2 if nxt == "per" else 1)
        elif currency is not None:
            kind, unit = QuantityKind.MONEY, currency
            if nxt in _EN_CURRENCY_AFTER:
                e += 1
            e, value = self.subunit_en(e, value, unit)
        elif nxt in _EN_CURRENCY_AFTER:
            kind, unit, e = QuantityKind.MONEY, _EN_CURRENCY_AFTER[nxt], e + 1
            e, value = self.subunit_en(e, value, unit)
        elif nxt in _EN_CUR_ADJ and self.canon(e + 1) in _EN_CURRENCY_AFTER and self.near(e + 1):
            cur = _EN_CURRENCY_AFTER[self.canon(e + 1)]
            unit = _EN_CUR_ADJ[nxt] if cur in ("PKR", "USD") else cur
            kind, e = QuantityKind.MONEY, e + 2
            e, value = self.subunit_en(e, value, unit)
        elif nxt in _EN_SUBUNIT_ALONE and whole and 0 < value < 100:
            kind, unit, value, e = QuantityKind.MONEY, _EN_SUBUNIT_ALONE[nxt], value / 100, e + 1
        elif nxt == "mm" and self.canon(e + 1) in _EN_ARMS:
            return e + 2  # a 9mm pistol: a calibre, which Urdu writes by its letters (نائن ایم ایم)
        elif nxt == "m" or nxt in _EN_MEASURE:
            kind, unit, e = QuantityKind.MEASURE, "m" if nxt == "m" else _EN_MEASURE[nxt], e + 1
        elif nxt in _EN_MONTHS and whole and 1 <= value <= 31 and self.strs[e][:1].isupper():
            return self.finish_date_en(i, e, int(value), _EN_MONTHS[nxt], qual)
        elif whole and 1 <= value <= 31 and (r := self.range_month_en(e, value)) is not None:
            self.emit(i, e, value, QuantityKind.DATE, r, qual)  # 5-14 August: 5 is a date too
            return e
        elif nxt in _EN_DURATION:
            kind, unit, e = QuantityKind.DURATION, _EN_DURATION[nxt], e + 1
        elif whole and 1 <= value <= 31 and self.month_before_en(ns) is not None:
            mk, month = self.month_before_en(ns)  # type: ignore[misc]
            iso = f"--{month}-{int(value):02d}"
            # December 1, 2021
            if e < self.n and self.gap(e).strip() in ("", ",") and self.is_digits(e):
                y = self.strs[e]
                if y.isdigit() and len(y) == 4 and 1000 <= int(y) <= 2100:
                    iso = f"{y}-{month}-{int(value):02d}"
                    e += 1
            self.emit(mk, e, value, QuantityKind.DATE, iso, qual)
            return self.range_second_en(e, value, month, qual)
        elif whole and plain and self.decade_en(ns):
            kind, unit, e = QuantityKind.YEAR, "decade", e + 1
        elif whole and plain and len(self.strs[ns]) == 4 and 1900 <= value <= 2100:
            kind = QuantityKind.YEAR
        qual = self.qualifier_en(i, e, qual)
        if kind == QuantityKind.DURATION and qual == "more_than" and self.canon(i - 1) == "over":
            qual = "exact"  # 'over three years' is a period, not a comparison
        if kind == QuantityKind.YEAR and qual != "exact" and self.canon(i - 1) not in _EN_YEAR_BEFORE:
            kind = QuantityKind.COUNT
        self.emit(i, e, value, kind, unit, qual)
        return e

    def fraction_en(self, i: int, low: str) -> int | None:
        """'two-thirds', 'a third of', 'a half-century' (50 or more, a cricket score); the next index."""
        if i + 1 >= self.n or not (self.near(i + 1) or self.gap(i + 1) == "-"):
            return None
        nxt = self.canon(i + 1)
        if low == "half":
            if nxt == "centuries":
                return i + 2  # "half-centuries from du Plessis and Amla": a kind of innings, no count
            if nxt != "century":
                return None
            # an innings of 50 or more: "Katich made a half-century" for his 56
            self.emit(i, i + 2, 50.0, QuantityKind.COUNT, None, "at_least")
            return i + 2
        den = _EN_FRAC_DEN.get(nxt)
        if den == 4 and self.canon(i + 2) in ("final", "finals"):
            return None  # "two quarter-finals": a count of matches, not two quarters
        if den is None or (low == "a" and not (self.canon(i + 2) in ("of", *_EN_SHARE_VERBS) and self.near(i + 2))):
            return None
        if low == "a" and self.canon(i + 2) != "of" and self.counted_before(i, den - 1):
            return None  # "two soldiers were killed, a third is missing": the next of a count, an ordinal
        value = _EN_FRAC_NUM[low] / den
        self.emit(i, i + 2, value, QuantityKind.COUNT, None, self.qualifier_en(i, i + 2, "exact"))
        return i + 2

    def counted_before(self, i: int, value: int) -> bool:
        """A count of `value` stands earlier in token i's sentence."""
        start = self.end_of(2 * i)
        opening = max(self.text.rfind(c, 0, start) for c in ".!?\n")
        return any(q.kind == QuantityKind.COUNT and q.value == value and opening < q.span.start < start for q in self.out)

    def dotted_time_en(self, k: int) -> bool:
        """Token k is a clock time written with a dot (7.37, 2.30): after 'at', with a part of
        the day or a clock marker within the next four words ('at 2.30 on Wednesday night'), so
        that a price quoted 'at 7.37 on Monday' stays a number."""
        m = _DOTTED_TIME.fullmatch(self.strs[k])
        if m is None or int(m.group(1)) > 24 or int(m.group(2)) > 59 or self.canon(k - 1) != "at":
            return False
        return any(self.canon(j) in _EN_DAYPART or self.canon(j) in _EN_TIME_AFTER
                   for j in range(k + 1, min(k + 5, self.n)))

    def time_after_en(self, e: int) -> int | None:
        """The index after a clock marker at token e ('pm', 'p.m.', "o'clock", 'in the morning')."""
        if e >= self.n or not (self.near(e) or self.gap(e) == ""):
            return None
        a = self.canon(e)
        if a in _EN_TIME_AFTER:
            return e + 1
        b = self.canon(e + 1)
        if a in ("a", "p") and b == "m" and self.gap(e + 1) == ".":
            return e + 2  # p.m.
        if a == "o" and b == "clock" and self.gap(e + 1) in ("'", "’"):
            return e + 2
        if a == "in" and b == "the" and self.canon(e + 2) in _EN_DAYPART and self.near(e + 2):
            return e + 3
        if a == "at" and b == "night" and self.near(e + 1):
            return e + 2
        return None

    def subunit_en(self, e: int, value: float, unit: str) -> tuple[int, float]:
        """'3 rupees 28 paisa', '5 dollars and 50 cents' → 3.28, 5.5; 'pounds sterling' whole."""
        if unit == "GBP" and self.canon(e) == "sterling" and self.near(e):
            e += 1
        return self.subunit(
            e, value, unit, "and", lambda k: self.is_digits(k) or classify_english(self.canon(k)) is not None,
            _EN_SUBUNITS,
        )

    def range_month_en(self, e: int, first: float) -> str | None:
        """The date of `first` when the tokens from e read '-14 August', 'to 14 August' or, a
        list of days, ', 10 and 12 October'."""
        chain = self.day_chain_en(e, first)
        if not chain or not self.near(chain[-1][0] + 1):
            return None
        k = chain[-1][0]
        month = _EN_MONTHS.get(self.canon(k + 1))
        if month is None or not self.strs[k + 1][:1].isupper():
            return None
        y = self.year_at_en(k + 2)
        return f"{y or '-'}-{month}-{int(first):02d}"

    def day_chain_en(self, e: int, first: float) -> list[tuple[int, float]]:
        """(token, day) of the later days of a range or list from token e: 'to 14', '-14', ', 10
        and 12'. A list of days after commas must close with 'and' or 'or' (October 5, 12 people
        is no list)."""
        chain: list[tuple[int, float, bool]] = []
        prev = first
        while len(chain) < _DAY_LIST_MAX:
            comma = e < self.n and self.gap(e).strip() == "," and self.is_digits(e)
            got = self.range_day_en(e, prev, comma=comma)
            if got is None:
                break
            chain.append((*got, comma))
            prev, e = got[1], got[0] + 1
            if not comma:
                break
        while chain and chain[-1][2]:
            chain.pop()
        return [(k, day) for k, day, _ in chain]

    def range_day_en(self, e: int, first: float, *, comma: bool = False) -> tuple[int, float] | None:
        """(token, day) of the second day after a range marker ('-14', 'to 14') or, with `comma`,
        a list's comma (', 10'), later than `first`."""
        if e >= self.n:
            return None
        if comma or (self.gap(e).strip() in ("-", "–") and len(self.gap(e)) <= 3 and self.is_digits(e)):
            k = e
        elif self.near(e) and self.canon(e) in _EN_RANGE_WORDS and self.near(e + 1) and self.is_digits(e + 1):
            k = e + 1
        elif (self.near(e) and self.canon(e) in _EN_RANGE_WORDS and self.canon(e + 1) in _EN_WEEKDAY_WORDS
              and self.near(e + 2) and self.is_digits(e + 2)):
            k = e + 2  # Monday 24 to Tuesday 25 November
        else:
            return None
        second = digits_value(self.strs[k])
        if second is None or second != int(second) or not first < second <= 31:
            return None
        return k, second

    def year_at_en(self, k: int) -> str | None:
        """A four-digit year at token k, after nothing or a comma."""
        if k >= self.n or self.gap(k).strip() not in ("", ",") or not self.is_digits(k):
            return None
        y = self.strs[k]
        return y if y.isdigit() and len(y) == 4 and 1000 <= int(y) <= 2100 else None

    def range_second_en(self, e: int, first: float, month: str, qual: str) -> int:
        """August 5 to 14 / August 5-14 / October 7, 10 and 12: the later days are in the same
        month; the next index."""
        chain = self.day_chain_en(e, first)
        if not chain:
            return e
        k = chain[-1][0]
        if k + 1 < self.n and self.near(k + 1) and self.canon(k + 1) in _EN_MONTHS:
            return e  # August 30 to September 2: the second date has its own month
        if any(j + 1 < self.n and self.gap(j + 1) == "" for j, _ in chain):
            return e  # 14th, 14km ...
        y = self.year_at_en(k + 1)
        for j, day in chain:
            end = j + 2 if y and j == k else j + 1
            self.emit(j, end, day, QuantityKind.DATE, f"{y or '-'}-{month}-{int(day):02d}", qual)
        return end

    def month_before_en(self, i: int) -> tuple[int, str] | None:
        k = i - 1
        gap = self.gap(i).strip()
        # a dot after an abbreviated month (Oct. 5); after a whole one it ends a sentence
        # ("... of October. Seven foreign players")
        if k >= 0 and "\n" not in self.gap(i) and (gap == "" or (
                gap == "." and len(self.strs[k]) <= _MONTH_ABBREVIATION_MAX and self.canon(k) not in _WHOLE_SHORT_MONTHS)):
            c = self.canon(k)
            if c in _EN_MONTHS and self.strs[k][:1].isupper():
                return k, _EN_MONTHS[c]
        return None

    def finish_date_en(self, i: int, e: int, day: int, month: str, qual: str) -> int:
        e += 1
        iso = f"--{month}-{day:02d}"
        if e < self.n and self.gap(e).strip() in ("", ",") and self.is_digits(e):
            y = self.strs[e]
            if y.isdigit() and len(y) == 4 and 1000 <= int(y) <= 2100:
                iso = f"{y}-{month}-{day:02d}"
                e += 1
        self.emit(i, e, day, QuantityKind.DATE, iso, qual)
        return e

    def qualifier_en(self, i: int, e: int, qual: str) -> str:
        if qual != "exact":
            return qual
        if self.near(e) and self.near(e + 1):
            a, b = self.canon(e), self.canon(e + 1)
            if a == "or" and b in ("more", "above"):
                return "at_least"
            if a == "or" and b == "so":
                return "about"
        tail: list[str] = []
        k = i
        while len(tail) < 3 and k > 0 and self.near(k):
            tail.insert(0, self.canon(k - 1))
            k -= 1
        for size in (3, 2, 1):
            if len(tail) >= size:
                q = _EN_QUAL_MAP.get(tuple(tail[-size:]))
                if q is not None:
                    return q
        return qual


_VAGUE_UR = {fold_token(k): v for k, v in URDU_VAGUE.items()}
_VAGUE_WORDS = frozenset(_VAGUE_UR) | frozenset(ENGLISH_VAGUE)
_EN_SINGLE_SCALES = {"dozen": "dozens", "hundred": "hundreds", "thousand": "thousands", "million": "millions",
                     "billion": "billions", "lakh": "lakhs", "crore": "crores"}  # fmt: skip
_EN_VAGUE_LEADS = frozenset(("several", "few", "many"))
"""Words that make a scale word a vague plural (several dozen, a few thousand, many million)."""


def is_vague(q: Quantity) -> bool:
    """درجنوں، ہزاروں، "thousands", "hundreds of thousands", "several dozen": plural scale words
    (or a scale after several, a few, many) that stand for no number."""
    return _vague_text(q.span.text)


@lru_cache(maxsize=16384)
def _vague_text(text: str) -> bool:
    words = text.strip().lower().split()
    if len(words) >= 2 and words[-2] in _EN_VAGUE_LEADS and words[-1] in _EN_SINGLE_SCALES and words[0] in ("a", words[-2]):
        return True
    return bool(words) and all(fold_token(w) in _VAGUE_WORDS or w in ("of", "tens") for w in words)


_UR_KNOWN: set[str] = set()
_UR_HITS: set[str] = set()
_EN_KNOWN: set[str] = set()
_EN_HITS: set[str] = set()
"""Raw tokens seen so far, and those that can start a number (per language)."""


def _is_cand_ur(raw: str) -> bool:
    """Can this raw token start an Urdu number?"""
    c = fold_token(raw)
    return classify_urdu(c) is not None or c in _VAGUE_UR


def _is_cand_en(raw: str) -> bool:
    low = raw.lower()
    return (classify_english(low) is not None and low != "and") or low in ENGLISH_VAGUE or low in ("a", "an")


def extract_quantities(text: str, lang: Literal["ur", "en"] = "ur") -> list[Quantity]:
    """Every quantity stated in `text`, in order, with spans into the original characters.

    Urdu (`lang="ur"`) reads digits in any script with separators, number words with their
    spelling variants, lakh/crore compounds, fractions (ڈیڑھ، سوا، ساڑھے، پونے) and digit+word
    mixes ('1.5 لاکھ'); English (`lang="en"`) reads digits, words, 150k, $2bn, lakh/crore.
    Raises InputError for a non-string text or an unknown language; never for odd content.
    """
    if not isinstance(text, str):
        raise InputError(f"extract_quantities needs a str, got {type(text).__name__}")
    if lang not in ("ur", "en"):
        raise InputError(f"unknown language {lang!r}: use 'ur' or 'en'")
    if not text or text.isspace():
        return []
    return refine(text, _Scan(text, lang).run(), lang)
