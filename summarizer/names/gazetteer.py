"""English ↔ Urdu exonyms: countries, cities, organisations and demonyms.

Sources, in order of trust:
1. CLDR via babel: territory names (`babel.Locale('en'/'ur').territories`), the exemplar
   city of every time zone (`Locale.time_zones[zone]['city']`), ~690 places, and the names of
   ~130 official languages (`Locale.languages`: Urdu ↔ اردو), used in briefs like demonyms.
2. A hand-written list of what CLDR lacks or spells differently from Pakistani newspapers:
   Pakistani and South Asian cities and provinces, common organisations and parties, and the
   everyday short names (US/America ↔ امریکہ, India ↔ بھارت/ہندوستان, UN ↔ اقوام متحدہ).
3. Demonyms (Russian ↔ روسی), hand-written: CLDR has no demonyms, and a language's Urdu
   name is not always its people's (انگریزی is the language, انگریز the people).

Urdu forms are compared folded with spaces removed (`اسلام آباد` = `اسلامآباد`); English
forms lower-cased without punctuation or a leading "the".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Literal, cast

import babel
from babel.core import get_global
from babel.dates import get_timezone_location
from rapidfuzz import fuzz

from summarizer.names.transliterate import english_skeleton, urdu_skeletons
from summarizer.text.normalize import fold, fold_token

__all__ = [
    "AMBIGUOUS_URDU",
    "GazEntry",
    "GazType",
    "claim_keys",
    "country_names",
    "demonym_of",
    "english_key",
    "entries",
    "lookup_composed",
    "lookup_english",
    "lookup_urdu",
    "lookup_urdu_sounded",
    "names_a_place",
    "other_known_person",
    "related_urdu",
    "same_sound",
    "urdu_key",
    "urdu_keys",
]

GazType = Literal["location", "organization", "demonym", "person"]


@dataclass(frozen=True, slots=True)
class GazEntry:
    english: str
    """The usual English name (`India`, `Russian`)."""
    urdu: tuple[str, ...]
    """Urdu spellings, folded, the usual one first."""
    type: GazType
    aliases: tuple[str, ...] = ()
    """Other English names (`US`, `America`)."""


# Aliases and extra Urdu spellings of CLDR territories are merged into the CLDR entry with the
# same English name.
def _hand_entries(name: str = "gazetteer.tsv") -> tuple[tuple[str, tuple[str, ...], tuple[str, ...], GazType], ...]:
    """`lexicon/data/<name>`: english, aliases, Urdu spellings, type (tab-separated)."""
    text = resources.files("summarizer.lexicon").joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        english, aliases, urdu, kind = line.split("\t")
        rows.append((english, tuple(filter(None, aliases.split("|"))), tuple(urdu.split("|")), cast(GazType, kind)))
    return tuple(rows)


_HAND = _hand_entries()
_KNOWN = _hand_entries("known_entities.tsv")
"""Known names: people, places and organisations in Pakistani and world news with the Urdu
spellings papers print and the English forms an English-language desk prints (team-written)."""

AMBIGUOUS_URDU: frozenset[str] = frozenset(
    fold(w.replace("_", " ")).replace(" ", "")
    for line in resources.files("summarizer.lexicon").joinpath("data", "ambiguous_names.txt").read_text(encoding="utf-8").splitlines()
    if not line.startswith("#") for w in line.split()
)
"""Folded gazetteer forms that are also everyday words or usual name parts (`مالی` "financial",
`چینی` "sugar", `ترکی` Turkish/Turkey). Matching still uses them; free-text candidate finding
does not count them as places on their own."""

_ENGLISH_NOISE = re.compile(r"[^a-z0-9 ]+")


@lru_cache(maxsize=65536)
def english_key(text: str) -> str:
    """Lower-case ASCII key: accents stripped, `'s` and punctuation dropped, no leading `the`, and
    the izafat one way (Quaid-e-Azam, Quaid-i-Azam: both `quaid e azam`), and a long word's doubled
    `aa` single (not a short one's: PAA, AAP, Sanaa are other names than PA, AP, SANA)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’]s\b", "", text)
    text = _ENGLISH_NOISE.sub(" ", text.replace("-", " ").replace(".", ""))
    words = text.split()
    words = ["e" if w == "i" and 0 < k < len(words) - 1 else w for k, w in enumerate(words)]
    words = [w.replace("aa", "a") if len(w) >= 6 else w for w in words]  # Al-Shabaab, Al-Shabab: one name
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def urdu_key(text: str) -> str:
    """Folded Urdu with spaces removed: spacing variants share one key."""
    return fold(text).replace(" ", "")


_CLDR_PAREN = re.compile(r"^(.+?)\s*\((.+)\)$")


def _cldr_forms(name: str) -> list[str]:
    """Usable Urdu forms of a CLDR name: `میانمار (برما)` is two names, `کانگو - کنشاسا` is also
    `کانگو کنشاسا`; forms with Latin letters (`ہانگ کانگ SAR چین`) are left out."""
    m = _CLDR_PAREN.match(name)
    forms = [m.group(1), m.group(2)] if m else [name]
    forms = [" ".join(f.replace(" - ", " ").split()) for f in forms]
    return [f for f in forms if f and not any("a" <= c.lower() <= "z" for c in f)]


def _cldr() -> list[tuple[str, str, GazType]]:
    """(English, Urdu, type) pairs from CLDR territories and time-zone exemplar cities."""
    en, ur = babel.Locale("en"), babel.Locale("ur")
    out: list[tuple[str, str, GazType]] = []
    for code, ur_name in ur.territories.items():
        en_name = en.territories.get(code)
        if en_name and ur_name and not code.isdigit() and code not in {"ZZ", "EU", "EZ", "UN", "QO"}:
            paren = _CLDR_PAREN.match(en_name)  # `Myanmar (Burma)`: the usual name first
            for form in _cldr_forms(ur_name):
                out.append((paren.group(1) if paren else en_name, form, "location"))
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
    out.extend((en_name, ur_name, "demonym") for en_name, ur_name in _cldr_languages())
    return out


def _cldr_languages() -> list[tuple[str, str]]:
    """(English, Urdu) names of the languages some territory uses officially ("Urdu films",
    "a Pashto poet" ↔ اردو، پشتو): typed as demonyms, since a brief uses them the same way.
    Only ISO 639-1 languages with a one-word English name: constructed and rare languages
    (Interlingue is غربی in CLDR's Urdu) would turn everyday Urdu words into names."""
    en, ur = babel.Locale("en"), babel.Locale("ur")
    official = {code for langs in get_global("territory_languages").values() for code, info in langs.items()
                if info.get("official_status") in ("official", "de_facto_official", "official_regional")}  # fmt: skip
    return [(en.languages[code], ur_name) for code, ur_name in ur.languages.items()
            if len(code) == 2 and code in official and " " not in en.languages.get(code, " ")]  # fmt: skip


_EVERYDAY_EN: frozenset[str] = frozenset(
    w for line in resources.files("summarizer.lexicon").joinpath("data", "everyday_english.txt").read_text(encoding="utf-8").splitlines()
    if not line.startswith("#") for w in line.split()
)


def _everyday_english(name: str) -> bool:
    """A known name's English form that is one everyday English word (`Defence`, `Garden`,
    `Dawn`): as a claim it would be read as that name, so it is not taken as one."""
    return english_key(name) in _EVERYDAY_EN


_DAILY, _ROZNAMA = "ڈیلی ", "روزنامہ "


def _daily_forms(forms: tuple[str, ...] | list[str]) -> list[str]:
    """A paper called "Daily X" (ڈیلی میل) is also روزنامہ X in Urdu copy."""
    return [_ROZNAMA + f[len(_DAILY):] for f in forms if f.startswith(_DAILY)]


@cache
def entries() -> tuple[GazEntry, ...]:
    """Every gazetteer entry (built once: CLDR plus the hand-written list)."""
    merged: dict[str, tuple[str, list[str], list[str], GazType]] = {}
    for en_name, aliases, forms, typ in _HAND:
        key = english_key(en_name)
        merged[key] = (en_name, list(aliases), [fold(f) for f in forms], typ)
    for en_name, all_aliases, known_forms, typ in _KNOWN:
        aliases = tuple(a for a in all_aliases if not _everyday_english(a))
        spellings = [*known_forms, *_daily_forms(known_forms)]
        key = english_key(en_name)
        if key not in merged and _everyday_english(en_name):
            continue
        if key in merged:  # the hand list's entry stays first; known spellings join it
            _, have_aliases, have_forms, _ = merged[key]
            have_aliases += [a for a in aliases if a not in have_aliases]
            have_forms += [fold(f) for f in spellings if fold(f) not in have_forms]
        else:
            merged[key] = (en_name, list(aliases), [fold(f) for f in spellings], typ)
    from summarizer.names.romanize import known_names  # lazy: romanize imports this module

    for row in known_names():  # the English-spelling list's Urdu forms of the same names
        have = merged.get(english_key(row.english))
        if have is not None:
            have[2].extend(f for f in (fold(x) for x in row.urdu) if f not in have[2])
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
            for key in (urdu_key(form), *_oblique_keys(form, entry.type)):
                bucket = out.setdefault(key, [])
                if entry not in bucket:
                    bucket.append(entry)
    return {k: tuple(v) for k, v in out.items()}


def _oblique_keys(form: str, kind: GazType) -> tuple[str, ...]:
    """A body's name of several words ending in ہ, declined before a postposition as Urdu
    declines it (وفاقی تحقیقاتی ادارہ → وفاقی تحقیقاتی ادارے کا)."""
    words = fold(form).split()
    if kind != "organization" or len(words) < 2 or not words[-1].endswith("ہ") or len(words[-1]) < 3:
        return ()
    return (urdu_key(" ".join([*words[:-1], words[-1][:-1] + "ے"])),)


_SHORT_ACRONYM = re.compile(r"[A-Z]{2,3}")


@cache
def _acronym_only() -> dict[str, tuple[GazEntry, ...]]:
    """Keys an entry has only as an acronym of two or three capitals (HAL, WHO, RAW): `Hal King`,
    `Who` and `Raw` are not them. Longer acronyms keep any case (BBC style prints Nato, Unicef)."""
    out: dict[str, list[GazEntry]] = {}
    for entry in entries():
        names = (entry.english, *entry.aliases)
        for name in names:
            key = english_key(name)
            if _SHORT_ACRONYM.fullmatch(name) and not any(
                    english_key(n) == key and not _SHORT_ACRONYM.fullmatch(n) for n in names):
                out.setdefault(key, []).append(entry)
    return {k: tuple(v) for k, v in out.items()}


def lookup_english(name: str) -> tuple[GazEntry, ...]:
    """Entries an English name (or alias) denotes; case, accents and `'s` do not matter, except
    that a short acronym (HAL) is not the word written in lower case (Hal)."""
    key = english_key(name)
    found = _english_index().get(key, ())
    if found and not name.isupper() and key in _acronym_only():
        caps = _acronym_only()[key]
        found = tuple(e for e in found if e not in caps)
    return found


def other_known_person(ours: tuple[GazEntry, ...], theirs: tuple[GazEntry, ...]) -> bool:
    """Two lookups name known people and none of them can be one (Hassan Nawaz and Hussain
    Nawaz, brothers); Khawaja Asif and Khawaja Muhammad Asif, one name inside the other, are one."""
    a = [set(e.english.lower().split()) for e in ours if e.type == "person"]
    b = [set(e.english.lower().split()) for e in theirs if e.type == "person"]
    return bool(a) and bool(b) and not any(x <= y or y <= x for x in a for y in b)


def lookup_urdu(name: str) -> tuple[GazEntry, ...]:
    """Entries an Urdu spelling denotes; spacing and letter variants do not matter."""
    return _urdu_index().get(urdu_key(name), ())


@lru_cache(maxsize=8192)
def names_a_place(text: str, *, english: bool = False) -> bool:
    """The text (Urdu, or English with `english`) is a place or a people's name the gazetteer knows."""
    found = lookup_english(text) if english else lookup_urdu(text)
    return any(e.type in ("location", "demonym") for e in found)


_SAME_SOUND = str.maketrans({fold_token(a)[0]: fold_token(b)[0] for a, b in (
    ("ذ", "ز"), ("ض", "ز"), ("ظ", "ز"), ("ث", "س"), ("ص", "س"), ("ط", "ت"), ("ح", "ہ"))})


def same_sound(folded: str) -> str:
    """Urdu letters that spell one sound written as one (ذ ض ظ as ز, ث ص as س, ط as ت, ح as ہ):
    writers pick among them for the same name."""
    return folded.translate(_SAME_SOUND)


_SOUNDED_KEY_MIN = 6
"""Letters a key needs before another letter of one of its sounds is read as the same name:
short words differ by such a letter (ذکر, زکر)."""


@cache
def _same_sound_index() -> dict[str, tuple[GazEntry, ...]]:
    out: dict[str, list[GazEntry]] = {}
    for key, found in _urdu_index().items():
        if len(key) >= _SOUNDED_KEY_MIN:
            out.setdefault(same_sound(key), []).extend(found)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def lookup_urdu_sounded(name: str) -> tuple[GazEntry, ...]:
    """Entries an Urdu spelling denotes with another letter for one of its sounds (ذلمے خلیل زاد
    for زلمے خلیل زاد): `lookup_urdu` first, then this."""
    key = urdu_key(name)
    return _same_sound_index().get(same_sound(key), ()) if len(key) >= _SOUNDED_KEY_MIN else ()


@cache
def claim_keys() -> frozenset[str]:
    """Urdu keys that name a place, organisation or demonym, or a person in two words or more:
    a lone word of a person's name (`جان`, `ترین`, `محمد`) is too often an ordinary word."""
    return frozenset(k for k, found in _urdu_index().items()
                     if any(e.type != "person" for e in found) or _multiword(found, k))


def _multiword(found: tuple[GazEntry, ...], key: str) -> bool:
    return any(len(form.split()) > 1 for e in found for form in e.urdu if urdu_key(form) == key)


@cache
def urdu_keys() -> frozenset[str]:
    """Every Urdu key in the gazetteer (for fast n-gram scanning); built once, not per brief."""
    return frozenset(_urdu_index())


# --------------------------------------------------------------------------- derived forms

_DEMONYM_SUFFIXES = ("ians", "ans", "ese", "ish", "ian", "an", "is", "ns", "i", "n", "s", "")
_BARE_DEMONYM_ENDINGS = frozenset({"ia", "ey", "n", "s", "a"})
"""What a demonym with no suffix leaves off its place: Czech|ia, Turk|ey, Swede|n, Philippine|s,
Antarctic|a; any other ending makes a word a place's start, not its people (Kuch, Kuching;
Bomb, Bombay; Trip, Tripoli)."""
HYPHEN_TAIL = re.compile(
    r"-(?:led|based|backed|born|owned|made|run|controlled|administered|language|speaking|majority|dominated|brokered"
    r"|sponsored|funded|linked|affiliated|allied|held|supported|inspired|style|era|class|bound|commissioned|appointed"
    r"|organised|organized|hosted|produced|published|ruled|trained|armed|operated|managed|registered|listed"
    r"|(?-i:[a-z]{2,}ed))$", re.I)
"""`Canadian-led`, `Marathi-language`, `BBC-sourced`: the name is the part before the hyphen (any
lower-case participle in -ed; a name's own hyphened part is capitalised or no participle: Ki-moon)."""


def _and_less(key: str) -> str:
    """CLDR writes `Bosnia & Herzegovina` (the key drops the &), the known names `Bosnia and
    Herzegovina`: one country either way."""
    return key.replace(" and ", " ")


@cache
def _location_keys() -> dict[str, tuple[GazEntry, ...]]:
    """English keys of single-word place names (the stems demonyms are made from)."""
    out: dict[str, list[GazEntry]] = {}
    base = {_and_less(english_key(row[0])) for row in _HAND} | {_and_less(english_key(en)) for en, _, _ in _cldr()}
    for entry in entries():
        # stems come from countries and the hand list only: with every district and town in
        # reach, `Rajan` would read as a demonym of Rajanpur and `Mian` of Miami
        if entry.type != "location" or _and_less(english_key(entry.english)) not in base:
            continue
        for name in (entry.english, *entry.aliases):
            key = english_key(name)
            if " " not in key and len(key) >= 4:
                out.setdefault(key, []).append(entry)
    return {k: tuple(v) for k, v in out.items()}


@cache
def demonym_of(word: str) -> GazEntry | None:
    """The place an English demonym (or its plural, or `X-led`) is made from, by stem rules.

    `Italian` → Italy, `Iraqis` → Iraq, `Chinese` → China, `Canadian-led` → Canada,
    `Americans` → United States, `Uzbek` → Uzbekistan. The stem left after removing
    -ian/-an/-ese/-ish/-i/-s must be the place name, or its start with at most three letters
    cut off (`Ital|y`, `Pol|and`), or the place minus `stan`/`istan`. The longest stem wins.
    Hand-written demonyms (`Russian`, `Afghan`) are found by `lookup_english` instead.
    """
    w = english_key(HYPHEN_TAIL.sub("", word.strip()))
    if len(w) < 4 or not w.replace(" ", "").isalpha() or w.count(" ") > 2:
        return None  # `Sri Lankan` → Sri Lanka, `New Zealanders` → New Zealand
    keys = _location_keys()
    best: tuple[int, int, GazEntry] | None = None  # (stem length, -cut, entry)
    for suf in _DEMONYM_SUFFIXES:
        if suf and not w.endswith(suf):
            continue
        stem = w[: len(w) - len(suf)] if suf else w
        if len(stem) < 3 or (not suf and stem in keys):
            continue
        for key, found in keys.items():
            if key == w:
                continue
            if key.startswith(stem) and len(key) - len(stem) <= (3 if len(stem) >= 4 else 1) and (
                    suf or key[len(stem):] in _BARE_DEMONYM_ENDINGS) and not (
                    suf in ("n", "ns") and key != stem):  # Kenya|n; not Cha|n → Chad
                cut = len(key) - len(stem)  # a short stem may lose one letter only: Cuban, not Sami → Samoa
            elif key in (stem + "stan", stem + "istan"):
                cut = 0
            else:
                continue
            cand = (len(stem), -cut, found[0])
            if best is None or cand[:2] > best[:2]:
                best = cand
    if best is not None:
        return best[2]
    return _listed_demonym(w)


def _listed_demonym(key: str) -> GazEntry | None:
    """The place of a demonym no stem rule reaches (`French`, `Dutch`, `Filipino`), from
    countryinfo's demonyms."""
    from summarizer.names.capitals import country_of_demonym

    country = country_of_demonym(key)
    places = [e for e in _english_index().get(english_key(country), ()) if e.type == "location"] if country else []
    return places[0] if places else None


_IRREGULAR_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "Italy": ("اطالوی",), "Canada": ("کینیڈین",), "Netherlands": ("ڈچ", "ولندیزی"),
    "Greece": ("یونانی",), "Spain": ("ہسپانوی",), "Switzerland": ("سوئس",),
    "United Kingdom": ("برطانوی",), "Germany": ("جرمن",), "France": ("فرانسیسی",),
    "Turkey": ("ترک",), "Afghanistan": ("افغان",), "Australia": ("آسٹریلوی",),
    "Sweden": ("سویڈش",), "Denmark": ("ڈینش",), "Thailand": ("تھائی",),
    "Philippines": ("فلپائنی",), "Europe": ("یورپی",), "Asia": ("ایشیائی",),
    "Africa": ("افریقی",), "Ireland": ("آئرش",), "England": ("انگلش",),
}  # fmt: skip


_LOANWORD_DEMONYM_ENDS = (("یا", "ین"), ("یز", "ین"), ("کا", "کن"), ("کہ", "کن"))
"""A place's last letters and those of its English demonym as Urdu writes it (انڈیا → انڈین,
ویسٹ انڈیز → ویسٹ انڈین, سری لنکا → سری لنکن, امریکہ → امریکن)."""


def _loanword_demonyms(form: str) -> list[str]:
    words = form.split()
    if not words or len(words[-1]) < 4:
        return []
    return [" ".join((*words[:-1], words[-1][: -len(end)] + to))
            for end, to in _LOANWORD_DEMONYM_ENDS if words[-1].endswith(end)]


@cache
def _adjectives(entry: GazEntry) -> tuple[str, ...]:
    """Urdu adjective forms of a place: country + ی (`عراق` → `عراقی`, `امریکہ` → `امریکی`),
    and the English demonym written in Urdu (`سری لنکن` for Sri Lankan)."""
    out = [fold(f) for f in _IRREGULAR_ADJECTIVES.get(entry.english, ())]
    for form in entry.urdu:
        out += _loanword_demonyms(form)
        if " " in form or len(form) < 3:
            continue
        if form.endswith("ہ"):
            out.append(form[:-1] + "ی")
        elif form.endswith("ا"):
            out.append(form + "یی")
        elif not form.endswith("ی"):
            out.append(form + "ی")
    return tuple(dict.fromkeys(out))


@cache
def related_urdu(entry: GazEntry) -> tuple[str, ...]:
    """Urdu forms that also support an entry: a place's adjective (US ↔ امریکی), a demonym's
    place (Canadian ↔ کینیڈا), and the other spellings of the same place."""
    if entry.type == "location":
        return _adjectives(entry)
    if entry.type == "demonym":
        place = demonym_of(entry.english)
        if place is None:
            for alias in entry.aliases:
                place = demonym_of(alias)
                if place is not None:
                    break
        if place is not None:
            return (*place.urdu, *_adjectives(place))
    return ()


_DIRECTIONS: dict[str, tuple[str, ...]] = {
    "north": ("شمالی",), "northern": ("شمالی",), "south": ("جنوبی",), "southern": ("جنوبی",),
    "east": ("مشرقی",), "eastern": ("مشرقی",), "west": ("مغربی",), "western": ("مغربی",),
    "central": ("وسطی",), "north east": ("شمال مشرقی",), "northeast": ("شمال مشرقی",),
    "north west": ("شمال مغربی",), "northwest": ("شمال مغربی",), "south east": ("جنوب مشرقی",),
    "southeast": ("جنوب مشرقی",), "south west": ("جنوب مغربی",), "southwest": ("جنوب مغربی",),
}  # fmt: skip


@cache
def _composed(key: str) -> tuple[GazEntry, ...]:
    """Entries built on the fly: a direction before a place (`Eastern Europe` ↔ مشرقی یورپ),
    a ministry from a minister role (`Defence Ministry` ↔ وزارت دفاع)."""
    from summarizer.names.roles import english_role

    words = key.split()
    for k in (2, 1):
        head = " ".join(words[:k])
        if len(words) > k and head in _DIRECTIONS:
            out = []
            for place in _english_index().get(" ".join(words[k:]), ()):
                if place.type != "location":
                    continue
                forms = tuple(f"{fold(d)} {f}" for d in _DIRECTIONS[head] for f in place.urdu)
                out.append(GazEntry(key, forms, "location"))
            return tuple(out)
    field = None
    if len(words) >= 2 and words[-1] == "ministry":
        field = " ".join(words[:-1])
    elif len(words) >= 3 and words[0] == "ministry" and words[1] == "of":
        field = " ".join(w for w in words[2:] if w != "the")
    if field:
        role = english_role(f"{field} minister") or english_role(f"minister of {field}")
        if role is not None and role.english != "minister":
            forms = tuple(
                "وزارت " + f.split(" ", 1)[1] for f in role.urdu if f.startswith("وزیر ") and " " in f
            )
            if forms:
                return (GazEntry(key, tuple(fold(f) for f in forms), "organization"),)
    return ()


def lookup_composed(name: str) -> tuple[GazEntry, ...]:
    """Entries for a name the list lacks but can be built (see `_composed`)."""
    return _composed(english_key(name))


@cache
def distinctive_first_words() -> frozenset[str]:
    """Folded first words of multi-word Urdu names that begin no other known name and are no
    known name themselves (ایمنسٹی of ایمنسٹی انٹرنیشنل; not مسلم, پیپلز, پی): a source that writes
    such a word alone most likely means that name."""
    counts: dict[str, int] = {}
    for entry in entries():
        for first in {fold_token(form.split()[0]) for form in entry.urdu if len(form.split()) >= 2}:
            counts[first] = counts.get(first, 0) + 1
    return frozenset(w for w, n in counts.items() if n == 1 and len(w) >= 4 and not _urdu_index().get(urdu_key(w)))


@cache
def country_names() -> frozenset[str]:
    """English names of CLDR territories (countries, not regions such as `Europe`)."""
    return frozenset(name for code, name in babel.Locale("en").territories.items() if code.isalpha())


_OTHER_NAME_GAIN = 25.0
"""How much closer in sound another of a place's names must be to the Urdu to be the one it writes."""


def name_written(entry: GazEntry, urdu: str) -> str:
    """Of a place's English names, the one the Urdu spells: مدراس is Madras and الہ آباد
    Allahabad (GeoNames' Chennai and Prayagraj are their names now), ممبئی the listed Mumbai.
    Names of one sound (Kolkata, Calcutta) and countries keep the listed one."""
    if entry.type == "organization":  # واروکشائر is Warwickshire, the club its county's name alone
        others = [a for a in entry.aliases if entry.english.startswith(a + " ") and a.isascii() and not a.isupper()]
    elif entry.type == "location" and entry.english not in country_names():
        others = list(entry.aliases)
    else:
        others = []  # a country keeps its name: بھارت and ہندوستان are India
    if not others:
        return entry.english
    heard = urdu_skeletons(urdu_key(urdu))[0]

    def closeness(name: str) -> float:
        return fuzz.ratio(english_skeleton(name.replace(" ", "")), heard)

    best = max(others, key=closeness)
    return best if best.isascii() and closeness(best) >= closeness(entry.english) + _OTHER_NAME_GAIN else entry.english
