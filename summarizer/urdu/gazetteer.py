"""English ↔ Urdu exonyms: countries, cities, organisations and demonyms.

Sources, in order of trust:
1. CLDR via babel: territory names (`babel.Locale('en'/'ur').territories`) and the exemplar
   city of every time zone (`Locale.time_zones[zone]['city']`), ~690 places.
2. A hand-written list of what CLDR lacks or spells differently from Pakistani newspapers:
   Pakistani and South Asian cities and provinces, common organisations and parties, and the
   everyday short names (US/America ↔ امریکہ, India ↔ بھارت/ہندوستان, UN ↔ اقوام متحدہ).
3. Demonyms (Russian ↔ روسی), hand-written: CLDR has no demonyms, and Urdu language names
   are not reliable demonyms.

Urdu forms are compared folded with spaces removed (`اسلام آباد` = `اسلامآباد`); English
forms lower-cased without punctuation or a leading "the".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Literal

import babel
from babel.dates import get_timezone_location

from summarizer.urdu.normalize import fold

__all__ = [
    "AMBIGUOUS_URDU",
    "GazEntry",
    "GazType",
    "english_key",
    "entries",
    "lookup_english",
    "lookup_urdu",
    "urdu_key",
    "urdu_keys",
]

GazType = Literal["location", "organization", "demonym"]


@dataclass(frozen=True, slots=True)
class GazEntry:
    english: str
    """The usual English name (`India`, `Russian`)."""
    urdu: tuple[str, ...]
    """Urdu spellings, folded, the usual one first."""
    type: GazType
    aliases: tuple[str, ...] = ()
    """Other English names (`US`, `America`)."""


# (English, aliases, Urdu forms, type). Aliases and extra Urdu spellings of CLDR territories
# are merged into the CLDR entry with the same English name.
_HAND: tuple[tuple[str, tuple[str, ...], tuple[str, ...], GazType], ...] = (
    # --- countries: everyday names CLDR does not use
    ("United States", ("US", "USA", "U.S.", "U.S.A.", "America", "United States of America"),
     ("امریکہ", "امریکا", "ریاستہائے متحدہ", "ریاست ہائے متحدہ امریکہ"), "location"),
    ("United Kingdom", ("UK", "U.K.", "Britain", "Great Britain"), ("برطانیہ", "انگلستان"), "location"),
    ("India", ("Hindustan", "Bharat"), ("بھارت", "ہندوستان", "انڈیا"), "location"),
    ("China", ("PRC",), ("چین",), "location"),
    ("Russia", ("Russian Federation",), ("روس",), "location"),
    ("Afghanistan", (), ("افغانستان",), "location"),
    ("Iran", (), ("ایران",), "location"),
    ("Saudi Arabia", (), ("سعودی عرب", "سعودیہ"), "location"),
    ("United Arab Emirates", ("UAE", "Emirates"), ("متحدہ عرب امارات", "یو اے ای"), "location"),
    ("Turkey", ("Türkiye", "Turkiye"), ("ترکی", "ترکیہ"), "location"),
    ("Bangladesh", (), ("بنگلہ دیش",), "location"),
    ("Israel", (), ("اسرائیل",), "location"),
    ("Palestine", ("Palestinian territories",), ("فلسطین",), "location"),
    ("North Korea", (), ("شمالی کوریا",), "location"),
    ("South Korea", (), ("جنوبی کوریا",), "location"),
    # --- regions
    ("Kashmir", (), ("کشمیر",), "location"),
    ("Indian-administered Kashmir", ("Indian-occupied Kashmir", "occupied Kashmir", "IOK", "IIOJK"),
     ("مقبوضہ کشمیر", "بھارتی زیر انتظام کشمیر"), "location"),
    ("Azad Kashmir", ("AJK", "Azad Jammu and Kashmir", "Pakistan-administered Kashmir"),
     ("آزاد کشمیر",), "location"),
    ("Gilgit-Baltistan", ("Gilgit Baltistan", "GB"), ("گلگت بلتستان",), "location"),
    ("Punjab", (), ("پنجاب",), "location"),
    ("Sindh", ("Sind",), ("سندھ",), "location"),
    ("Balochistan", ("Baluchistan",), ("بلوچستان",), "location"),
    ("Khyber Pakhtunkhwa", ("KP", "KPK"), ("خیبر پختونخوا", "خیبرپختونخوا", "خیبر پختونخواہ"), "location"),
    ("South Asia", (), ("جنوبی ایشیا",), "location"),
    ("Central Asia", (), ("وسطی ایشیا",), "location"),
    ("Middle East", (), ("مشرق وسطی", "مشرق وسطیٰ"), "location"),
    ("West Asia", ("Western Asia",), ("مغربی ایشیا",), "location"),
    ("Asia", (), ("ایشیا",), "location"),
    ("Europe", (), ("یورپ",), "location"),
    ("Africa", (), ("افریقہ",), "location"),
    ("Gulf", ("Persian Gulf", "the Gulf"), ("خلیج",), "location"),
    ("Waziristan", (), ("وزیرستان",), "location"),
    ("North Waziristan", (), ("شمالی وزیرستان",), "location"),
    ("South Waziristan", (), ("جنوبی وزیرستان",), "location"),
    ("Helmand", (), ("ہلمند",), "location"),
    ("Kandahar", (), ("قندھار",), "location"),
    # --- cities CLDR lacks (or spells otherwise)
    ("Islamabad", (), ("اسلام آباد",), "location"),
    ("Rawalpindi", ("Pindi",), ("راولپنڈی",), "location"),
    ("Karachi", (), ("کراچی",), "location"),
    ("Lahore", (), ("لاہور",), "location"),
    ("Peshawar", (), ("پشاور",), "location"),
    ("Quetta", (), ("کوئٹہ",), "location"),
    ("Multan", (), ("ملتان",), "location"),
    ("Faisalabad", (), ("فیصل آباد",), "location"),
    ("Hyderabad", (), ("حیدرآباد", "حیدر آباد"), "location"),
    ("Gwadar", (), ("گوادر",), "location"),
    ("Sialkot", (), ("سیالکوٹ",), "location"),
    ("Gujranwala", (), ("گوجرانوالہ",), "location"),
    ("Abbottabad", (), ("ایبٹ آباد",), "location"),
    ("Swat", (), ("سوات",), "location"),
    ("Muzaffarabad", (), ("مظفرآباد", "مظفر آباد"), "location"),
    ("Srinagar", (), ("سری نگر",), "location"),
    ("New Delhi", (), ("نئی دہلی", "نئی دلی"), "location"),
    ("Delhi", (), ("دہلی", "دلی"), "location"),
    ("Mumbai", ("Bombay",), ("ممبئی", "بمبئی"), "location"),
    ("Dhaka", (), ("ڈھاکہ", "ڈھاکا"), "location"),
    ("Moscow", (), ("ماسکو",), "location"),
    ("Kabul", (), ("کابل",), "location"),
    ("Bishkek", (), ("بشکیک",), "location"),
    ("Beijing", ("Peking",), ("بیجنگ",), "location"),
    ("Shanghai", (), ("شنگھائی",), "location"),
    ("Washington", ("Washington DC", "Washington D.C."), ("واشنگٹن",), "location"),
    ("London", (), ("لندن",), "location"),
    ("Tehran", (), ("تہران",), "location"),
    ("Riyadh", (), ("ریاض",), "location"),
    ("Doha", (), ("دوحہ",), "location"),
    ("Geneva", (), ("جنیوا",), "location"),
    ("Paris", (), ("پیرس",), "location"),
    ("Baghdad", (), ("بغداد",), "location"),
    ("Makkah", ("Mecca",), ("مکہ", "مکہ مکرمہ"), "location"),
    ("Madinah", ("Medina",), ("مدینہ", "مدینہ منورہ"), "location"),
    # --- organisations
    ("United Nations", ("UN", "U.N."), ("اقوام متحدہ",), "organization"),
    ("UN Security Council", ("Security Council", "UNSC"), ("سلامتی کونسل",), "organization"),
    ("Taliban", ("the Taliban",), ("طالبان",), "organization"),
    ("Shanghai Cooperation Organisation", ("SCO", "Shanghai Cooperation Organization"),
     ("شنگھائی تعاون تنظیم",), "organization"),
    ("NATO", ("Nato",), ("نیٹو",), "organization"),
    ("European Union", ("EU",), ("یورپی یونین",), "organization"),
    ("International Monetary Fund", ("IMF",), ("عالمی مالیاتی فنڈ", "آئی ایم ایف"), "organization"),
    ("World Bank", (), ("عالمی بینک", "ورلڈ بینک"), "organization"),
    ("Foreign Office", ("Foreign Ministry", "Ministry of Foreign Affairs", "FO"),
     ("دفتر خارجہ", "وزارت خارجہ"), "organization"),
    ("Pakistan Army", ("Army",), ("پاک فوج", "پاکستانی فوج"), "organization"),
    ("Supreme Court", (), ("سپریم کورٹ", "عدالت عظمی"), "organization"),
    ("High Court", (), ("ہائی کورٹ",), "organization"),
    ("National Assembly", (), ("قومی اسمبلی",), "organization"),
    ("Senate", (), ("سینیٹ",), "organization"),
    ("Election Commission", ("ECP",), ("الیکشن کمیشن",), "organization"),
    ("Pakistan Tehreek-e-Insaf", ("PTI", "Tehreek-e-Insaf"), ("تحریک انصاف",), "organization"),
    ("Pakistan Muslim League (N)", ("PML-N", "PMLN", "Muslim League"), ("مسلم لیگ",), "organization"),
    ("Pakistan Peoples Party", ("PPP", "Peoples Party"), ("پیپلز پارٹی",), "organization"),
    ("Al-Qaeda", ("al Qaeda", "Al Qaida"), ("القاعدہ",), "organization"),
    ("BBC", (), ("بی بی سی",), "organization"),
    # --- demonyms
    ("Russian", (), ("روسی",), "demonym"),
    ("Pakistani", (), ("پاکستانی",), "demonym"),
    ("Indian", (), ("بھارتی", "ہندوستانی"), "demonym"),
    ("Afghan", ("Afghani",), ("افغان", "افغانی"), "demonym"),
    ("American", (), ("امریکی",), "demonym"),
    ("Chinese", (), ("چینی",), "demonym"),
    ("British", ("English",), ("برطانوی", "انگریز"), "demonym"),
    ("Iranian", ("Persian",), ("ایرانی",), "demonym"),
    ("Saudi", (), ("سعودی",), "demonym"),
    ("Turkish", ("Turk",), ("ترک",), "demonym"),
    ("Kashmiri", (), ("کشمیری",), "demonym"),
    ("Bangladeshi", (), ("بنگلہ دیشی",), "demonym"),
    ("Israeli", (), ("اسرائیلی",), "demonym"),
    ("Palestinian", (), ("فلسطینی",), "demonym"),
    ("Arab", (), ("عرب",), "demonym"),
    ("French", (), ("فرانسیسی",), "demonym"),
    ("German", (), ("جرمن",), "demonym"),
    ("Japanese", (), ("جاپانی",), "demonym"),
    ("Iraqi", (), ("عراقی",), "demonym"),
    ("Syrian", (), ("شامی",), "demonym"),
    ("Egyptian", (), ("مصری",), "demonym"),
    ("European", (), ("یورپی",), "demonym"),
    ("Punjabi", (), ("پنجابی",), "demonym"),
    ("Sindhi", (), ("سندھی",), "demonym"),
    ("Baloch", ("Baluch", "Balochi"), ("بلوچ",), "demonym"),
    ("Pashtun", ("Pakhtun", "Pathan"), ("پشتون", "پختون", "پٹھان"), "demonym"),
    ("Kyrgyz", (), ("کرغز",), "demonym"),
)  # fmt: skip

AMBIGUOUS_URDU: frozenset[str] = frozenset(
    fold(w).replace(" ", "")
    for w in (
        "مالی", "پیرو", "چاڈ", "ٹوگو", "جرسی", "گنی", "ڈومینیکا", "سینٹ", "لا", "سر", "جیسی",
        "میکسیکو", "اردن", "ترکی", "چینی", "عرب", "ترک", "انگریز", "خلیج", "ریاض", "شاہ",
        "مکہ", "ملکہ", "شامی", "جرمن", "دنیا", "آرمی", "کیلی", "ہارٹ",
        "ہر", "ملک", "دیگر", "کے", "بلوچ", "صبا", "نور", "کرسمس", "فارم",
    )
)  # fmt: skip
"""Folded gazetteer forms that are also everyday words or usual name parts (`مالی` "financial",
`چینی` "sugar", `ترکی` Turkish/Turkey). Matching still uses them; free-text candidate finding
does not count them as places on their own."""

_ENGLISH_NOISE = re.compile(r"[^a-z0-9 ]+")


def english_key(text: str) -> str:
    """Lower-case ASCII key: accents stripped, `'s` and punctuation dropped, no leading `the`."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’]s\b", "", text)
    text = _ENGLISH_NOISE.sub(" ", text.replace("-", " ").replace(".", ""))
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def urdu_key(text: str) -> str:
    """Folded Urdu with spaces removed: spacing variants share one key."""
    return fold(text).replace(" ", "")


def _cldr() -> list[tuple[str, str, GazType]]:
    """(English, Urdu, type) pairs from CLDR territories and time-zone exemplar cities."""
    en, ur = babel.Locale("en"), babel.Locale("ur")
    out: list[tuple[str, str, GazType]] = []
    for code, ur_name in ur.territories.items():
        en_name = en.territories.get(code)
        if en_name and ur_name and not code.isdigit() and code not in {"ZZ", "EU", "EZ", "UN", "QO"}:
            out.append((en_name, ur_name, "location"))
    for zone, data in ur.time_zones.items():
        city = data.get("city") if hasattr(data, "get") else None
        if not city:
            continue
        try:
            en_city = get_timezone_location(zone, locale="en", return_city=True)
        except (LookupError, ValueError):
            continue
        if en_city:
            out.append((en_city, city, "location"))
    return out


@cache
def entries() -> tuple[GazEntry, ...]:
    """Every gazetteer entry (built once: CLDR plus the hand-written list)."""
    merged: dict[str, tuple[str, list[str], list[str], GazType]] = {}
    for en_name, aliases, forms, typ in _HAND:
        key = english_key(en_name)
        merged[key] = (en_name, list(aliases), [fold(f) for f in forms], typ)
    for en_name, ur_name, typ in _cldr():
        key = english_key(en_name)
        if key in merged:
            known = merged[key][2]
            if fold(ur_name) not in known:
                known.append(fold(ur_name))
        else:
            merged[key] = (en_name, [], [fold(ur_name)], typ)
    return tuple(GazEntry(en, tuple(f), typ, tuple(al)) for en, al, f, typ in merged.values())


@cache
def _english_index() -> dict[str, tuple[GazEntry, ...]]:
    out: dict[str, list[GazEntry]] = {}
    for entry in entries():
        for name in (entry.english, *entry.aliases):
            bucket = out.setdefault(english_key(name), [])
            if entry not in bucket:
                bucket.append(entry)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _urdu_index() -> dict[str, tuple[GazEntry, ...]]:
    out: dict[str, list[GazEntry]] = {}
    for entry in entries():
        for form in entry.urdu:
            bucket = out.setdefault(urdu_key(form), [])
            if entry not in bucket:
                bucket.append(entry)
    return {k: tuple(v) for k, v in out.items()}


def lookup_english(name: str) -> tuple[GazEntry, ...]:
    """Entries an English name (or alias) denotes; case, accents and `'s` do not matter."""
    return _english_index().get(english_key(name), ())


def lookup_urdu(name: str) -> tuple[GazEntry, ...]:
    """Entries an Urdu spelling denotes; spacing and letter variants do not matter."""
    return _urdu_index().get(urdu_key(name), ())


def urdu_keys() -> frozenset[str]:
    """Every Urdu key in the gazetteer (for fast n-gram scanning)."""
    return frozenset(_urdu_index())
