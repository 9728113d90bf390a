"""Titles and roles (وزیر خارجہ = foreign minister): matched as roles, never as names.

Roles matter twice: a brief's "foreign minister" must be grounded by the source's
`وزیر خارجہ`, and the words after a role in Urdu (`وزیر خارجہ سرگئی لاروف`) are very likely
a person's name. Urdu forms are compared folded and with spaces removed, so `وزیراعظم` and
`وزیر اعظم` are one form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from summarizer.names.acronyms import ACRONYM_PLURAL
from summarizer.text.normalize import fold

__all__ = ["ENGLISH_TITLE_WORDS", "ROLES", "Role", "english_role", "role_key", "urdu_role"]


@dataclass(frozen=True, slots=True)
class Role:
    english: str
    """Canonical English, lower case: `foreign minister`."""
    urdu: tuple[str, ...]
    """Urdu spellings, the usual one first."""
    aliases: tuple[str, ...] = ()
    """Other English ways to say it (lower case)."""
    honorific: bool = False
    """Words like Mr/Dr/Sir that precede names but name no office."""


ROLES: tuple[Role, ...] = (
    Role("prime minister", ("وزیراعظم", "وزیر اعظم", "پرائم منسٹر"), ("premier", "pm")),
    Role("foreign minister", ("وزیر خارجہ",), ("minister of foreign affairs", "foreign affairs minister",
                                               "secretary of state", "foreign secretary of state")),
    Role("deputy foreign minister", ("نائب وزیر خارجہ", "نائب وزیرخارجہ", "معاون وزیر خارجہ"),
         ("deputy secretary of state", "assistant secretary of state", "under secretary of state", "minister of state for foreign affairs")),
    Role("interior minister", ("وزیر داخلہ",), ("home minister", "minister of interior")),
    Role("finance minister", ("وزیر خزانہ",), ("minister of finance",)),
    Role("defence minister", ("وزیر دفاع",), ("defense minister", "minister of defence")),
    Role("information minister", ("وزیر اطلاعات",), ("minister of information",)),
    Role("law minister", ("وزیر قانون",), ("minister of law",)),
    Role("railways minister", ("وزیر ریلوے",), ("railway minister",)),
    Role("minister", ("وزیر", "منسٹر"), ("federal minister",)),
    Role("chief minister", ("وزیراعلیٰ", "وزیر اعلیٰ", "وزیر اعلی"), ("cm",)),
    Role("president", ("صدر", "صدر مملکت", "پریزیڈنٹ")),
    Role("vice president", ("نائب صدر",), ("vp", "veep")),
    Role("army chief", ("آرمی چیف", "فوج کے سربراہ", "سپہ سالار"),
         ("chief of army staff", "coas", "chief of the army staff")),
    Role("air chief", ("ایئر چیف", "فضائیہ کے سربراہ"), ("air force chief", "chief of air staff")),
    Role("naval chief", ("نیول چیف", "بحریہ کے سربراہ"), ("navy chief", "chief of naval staff")),
    Role("general", ("جنرل",), ("gen", "gen.")),
    Role("lieutenant general", ("لیفٹیننٹ جنرل",), ("lt gen", "lt. gen.", "lt-gen")),
    Role("major general", ("میجر جنرل",), ("maj gen", "maj. gen.")),
    Role("brigadier", ("بریگیڈیئر", "بریگیڈیر"), ("brig", "brig.")),
    Role("colonel", ("کرنل",), ("col", "col.")),
    Role("major", ("میجر",), ("maj", "maj.")),
    Role("lieutenant", ("لیفٹیننٹ",), ("lt", "lt.")),
    Role("lieutenant colonel", ("لیفٹیننٹ کرنل",), ("lt col", "lt. col.", "lt-col")),
    Role("captain", ("کیپٹن", "کپتان"), ("capt", "capt.", "skipper")),
    Role("sergeant", ("سارجنٹ", "سارجینٹ"), ("sgt", "sgt.", "army sergeant", "staff sergeant")),
    Role("commander", ("کمانڈر",)),
    Role("field marshal", ("فیلڈ مارشل",)),
    Role("admiral", ("ایڈمرل",)),
    Role("air marshal", ("ایئر مارشل",)),
    Role("director general", ("ڈائریکٹر جنرل", "ڈی جی"), ("dg",)),
    Role("inspector general", ("انسپکٹر جنرل", "آئی جی"), ("ig", "igp")),
    Role("deputy inspector general", ("ڈپٹی انسپکٹر جنرل", "ڈی آئی جی"), ("dig",)),
    Role("additional inspector general", ("ایڈیشنل انسپکٹر جنرل", "اے آئی جی"), ("aig",)),
    Role("senior superintendent of police", ("سینئر سپرنٹنڈنٹ پولیس", "ایس ایس پی"), ("ssp",)),
    Role("superintendent of police", ("سپرنٹنڈنٹ پولیس", "ایس پی"), ("sp",)),
    Role("deputy superintendent of police", ("ڈپٹی سپرنٹنڈنٹ پولیس", "ڈی ایس پی"), ("dsp",)),
    Role("station house officer", ("ایس ایچ او", "تھانہ انچارج"), ("sho",)),
    Role("district police officer", ("ضلعی پولیس افسر", "ڈی پی او"), ("dpo",)),
    Role("capital city police officer", ("کیپیٹل سٹی پولیس افسر", "سی سی پی او"), ("ccpo",)),
    Role("member of the provincial assembly", ("رکن صوبائی اسمبلی", "ایم پی اے"), ("mpa",)),
    Role("member of the national assembly", ("رکن قومی اسمبلی", "ایم این اے"), ("mna",)),
    Role("member of parliament", ("رکن پارلیمنٹ", "رکن پارلیمان", "ایم پی"), ("mp",)),
    Role("chief justice", ("چیف جسٹس",)),
    Role("justice", ("جسٹس",)),
    Role("judge", ("جج",)),
    Role("governor", ("گورنر",)),
    Role("spokesman", ("ترجمان",), ("spokesperson", "spokeswoman")),
    Role("ambassador", ("سفیر",), ("envoy",)),
    Role("high commissioner", ("ہائی کمشنر",)),
    Role("commissioner", ("کمشنر",)),
    Role("deputy commissioner", ("ڈپٹی کمشنر",), ("dc",)),
    Role("secretary", ("سیکرٹری", "سیکریٹری", "سکریٹری")),
    Role("foreign secretary", ("سیکرٹری خارجہ", "خارجہ سیکرٹری")),
    Role("secretary general", ("سیکرٹری جنرل",), ("secretary-general",)),
    Role("adviser", ("مشیر",), ("advisor",)),
    Role("special assistant", ("معاون خصوصی",)),
    Role("ombudsman", ("محتسب", "وفاقی محتسب", "محتسب اعلیٰ", "وفاقی محتسب اعلیٰ"), ("federal ombudsman", "ombudsperson")),
    Role("speaker", ("سپیکر", "اسپیکر")),
    Role("senator", ("سینیٹر",)),
    Role("chairman", ("چیئرمین", "چیرمین"), ("chairperson", "chair")),
    Role("mayor", ("میئر", "میئر")),
    Role("leader", ("رہنما", "لیڈر", "قائد")),
    Role("opposition leader", ("قائد حزب اختلاف", "اپوزیشن لیڈر"), ("leader of the opposition",)),
    Role("king", ("بادشاہ", "شاہ")),
    Role("custodian of the two holy mosques", ("خادم الحرمین الشریفین", "خادم حرمین شریفین", "خادم الحرمین"),
         ("custodian of the holy mosques",)),
    Role("crown prince", ("ولی عہد",)),
    Role("prince", ("شہزادہ",)),
    Role("queen", ("ملکہ",)),
    Role("tsar", ("زار", "شہنشاہ"), ("czar", "tsarina", "tsaritsa")),
    Role("emperor", ("شہنشاہ", "بادشاہ"), ("empress",)),
    Role("pope", ("پوپ",)),
    Role("police chief", ("پولیس سربراہ", "پولیس چیف")),
    Role("film director", ("ہدایت کار", "ہدایتکار")),
    Role("mr", ("مسٹر", "جناب"), ("mr.", "mister"), honorific=True),
    Role("mrs", ("مسز", "محترمہ"), ("mrs.", "ms", "ms.", "miss"), honorific=True),
    Role("dr", ("ڈاکٹر",), ("dr.", "doctor"), honorific=True),
    Role("sir", ("سر",), (), honorific=True),
    Role("maulana", ("مولانا",), (), honorific=True),
    Role("professor", ("پروفیسر",), ("prof", "prof."), honorific=True),
)  # fmt: skip


def role_key(text: str) -> str:
    """The form roles are compared in: folded, without spaces."""
    return fold(text).replace(" ", "")


@cache
def _urdu_index() -> dict[str, Role]:
    out: dict[str, Role] = {}
    for role in ROLES:
        for form in role.urdu:
            out.setdefault(role_key(form), role)
    return out


@cache
def _english_index() -> dict[str, Role]:
    out: dict[str, Role] = {}
    for role in ROLES:
        for form in (role.english, *role.aliases):
            out.setdefault(_english_key(form), role)
    return out


_NON_LETTER = re.compile(r"[^a-z ]+")


def _english_key(text: str) -> str:
    return " ".join(_NON_LETTER.sub(" ", text.lower().replace("-", " ")).split())


@lru_cache(maxsize=65536)
def urdu_role(text: str) -> Role | None:
    """The role an Urdu phrase names (`وزیر اعظم`, `وزیراعظم`), or None. Cached: the name
    finders ask it of every word and word pair of every text."""
    return _urdu_index().get(role_key(text))


_DEPUTY = re.compile(r"^(?:deputy|acting|additional|assistant|senior|joint) (?=\S)")


def english_role(text: str) -> Role | None:
    """The role an English phrase names (`Foreign Minister`, `PM`), or None; case-insensitive.
    A deputy or acting holder (`Deputy Speaker`) is the office's role: the Urdu writes it too."""
    key = _english_key(text)
    found = _english_index().get(key) or _english_index().get(_DEPUTY.sub("", key))
    if found is None and ACRONYM_PLURAL.fullmatch(text.strip()):
        found = _english_index().get(key[:-1])  # four Jamaat-i-Islami MNAs: members, not a name
    return found



ENGLISH_TITLE_WORDS: frozenset[str] = frozenset(
    word for role in ROLES for form in (role.english, *role.aliases) for word in _english_key(form).split()
) - {"of", "the", "affairs", "staff", "foreign", "army", "air", "force", "naval", "navy", "police",
     "home", "opposition", "federal", "finance", "interior", "defence", "defense", "information",
     "law", "railway", "railways", "crown", "special", "high", "chief", "deputy"}  # fmt: skip
"""Lower-case English words that are titles on their own (minister, general, president, mr)."""
