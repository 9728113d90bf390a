"""What a name finding weighs before it is reported: how sure and how severe it is, and the article's
evidence a name leans on (its parts, its country, its body)."""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from functools import lru_cache
from itertools import pairwise

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from summarizer.lexicon.words import (
    ADMIN_HEADS,
    COMMON_ACRONYMS,
    COMPASS,
    NAME_INTRODUCERS,
    NAME_PARTS,
    PORTFOLIOS,
    URDU_FUNCTION,
    english_given_names,
    english_zipf,
    team_nicknames,
    urdu_zipf,
)
from summarizer.names.acronyms import acronym_to_urdu, is_acronym
from summarizer.names.capitals import (
    continent_of,
    countries_in,
    countries_named,
    countries_of_capital,
    countries_of_place,
)
from summarizer.names.english_spans import ORG_TAILS, split_faction, sports_body
from summarizer.names.gazetteer import (
    HYPHEN_TAIL,
    GazEntry,
    lookup_english,
    lookup_urdu,
    other_known_person,
    related_urdu,
)
from summarizer.names.heard_english import american_spelling, given_name_only
from summarizer.names.matching import (
    MATCH_THRESHOLD,
    POSSESSIVE,
    NameIndex,
    english_compass,
    is_everyday_word,
)
from summarizer.names.name_db import attested_spellings, spelt_apart
from summarizer.names.roles import urdu_role
from summarizer.names.transliterate import english_skeleton, urdu_skeletons
from summarizer.names.world_places import town_name
from summarizer.numbers.roman import urdu_numeral_forms
from summarizer.schemas import (
    Lang,
    NameMatch,
    Severity,
    Span,
)
from summarizer.text.normalize import LETTERS, fold, fold_token, normalize


def writes_any(spaceless: str, forms: Iterable[str]) -> bool:
    """A text (folded, without spaces) writes one of these Urdu forms, spaced or not (پانی وبجلی)."""
    return any(fold(u).replace(" ", "") in spaceless for u in forms)

_CODE = re.compile(r"^([A-Z]{1,4})[- ]?(\d{1,4})$")


def _code_in_source(source: str, name: str) -> bool:
    """A constituency or model code (PP-88, NA-120) written in Urdu letter names (پی پی 88)."""
    m = _CODE.match(name.strip())
    if m is None:
        return False
    letters = fold(acronym_to_urdu(m.group(1)))
    return re.search(rf"{re.escape(letters)}\s*[-–]?\s*{m.group(2)}(?!\d)", fold(source)) is not None



_COMMON_WORD_ZIPF = 3.5
_INITIAL_WORD_ZIPF = 2.5  # the first word of a sentence or headline is capitalised anyway
_NAME_ONLY_ZIPF = 4.0
"""Two capitalised words each below this (wordfreq) are a person's name (Miley Cyrus, Katy Perry),
not a phrase of ordinary words (World Cup, Gold Medal: one word common)."""
_NOT_NAMES = frozenset({
    "rs", "pkr", "usd", "inr", "eur", "gbp", "rupees", "celsius", "fahrenheit", "km", "kg", "odi", "odis",
    "t20", "test", "am", "pm", "ce", "ad", "bc", "ah", "westerner", "westerners",
})  # fmt: skip
"""Also the West's people, a desk's capitalised common noun (four Westerners killed: مغربی شہری)."""
WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")
_UNITS = frozenset({"mw", "kw", "gw", "mwh", "gwh", "kv", "cusecs", "cusec", "mmcfd", "bcf", "mbps", "gb", "mb", "cc", "maf"})
_NUMBER_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
    "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "dozens", "hundreds",
    "thousands", "millions", "several", "some", "many", "both", "all",
})  # fmt: skip


_ACRONYM_TAIL = re.compile(r"^([A-Z]{2,4})-[a-z]+$")
"""An acronym's lower-case tail (CNN-commissioned, BBC-funded): the name is the acronym."""


def _trim(words: list[str]) -> list[str]:
    """A name's words without counts, units and letters around it ("Twenty-two Democrats" →
    Democrats, "50 MW Jhimpir" → Jhimpir, "Group B" → Group, "Marathi-language" → Marathi)."""
    words = [_ACRONYM_TAIL.sub(r"\1", HYPHEN_TAIL.sub("", w)).rstrip(".") for w in words]
    words = [w for w in words if w]
    def noise(w: str) -> bool:
        parts = w.lower().split("-")
        return all(p in _NUMBER_WORDS or p in _UNITS or p in _NOT_NAMES for p in parts if p)
    while words and noise(words[0]):
        words = words[1:]
    while words and (noise(words[-1]) or (len(words[-1]) == 1 and len(words) > 1)):
        words = words[:-1]
    return words


@lru_cache(maxsize=8192)
def _common_english_word(word: str, floor: float = _COMMON_WORD_ZIPF) -> bool:
    """A capitalised word English uses mostly as an ordinary word (Floods, Federal, Ministry).

    Only the uncommon words of a name are its proper core ("Punjab" in "Punjab Agriculture
    Department"); a gazetteer place or an acronym is never treated as common.
    """
    if word.isupper() or lookup_english(word):
        return False
    if town_name(word):
        return False  # a world city (Salvador, Santiago) is a name however often English prints it
    if given_name_only(word.lower()):
        return False  # Jason, Diane: a person's name however often English prints it
    if _ABSTRACT_NOUN.search(word.lower()):
        return True  # Denuclearisation, Privatization: an abstract noun English makes, never a name
    return english_zipf(word.lower()) >= floor or english_zipf(american_spelling(word.lower())) >= floor


_ABSTRACT_NOUN = re.compile(r"[a-z]{4}i[sz]ations?$")


_NUMBERED_NAME = re.compile(
    r"(?:[A-Z][A-Za-z]+ )+(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty)")
"""A name that ends in a number word (the Big Three, BBC Radio Five, Group Four)."""


@lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    """Every word of a gazetteer name (North, New, Saint, Gulf): words a name begins with."""
    from summarizer.names.gazetteer import entries

    return frozenset(w.lower() for e in entries() for n in (e.english, *e.aliases) for w in WORD.findall(n))


def _sentence_opener(word: str) -> bool:
    """An ordinary word that opens a sentence before a name ("Past", "Resuming", "Another"):
    common English, no given name, and no word any known name is made of (so "North
    Waziristan" and "New Delhi" keep their first word)."""
    low = word.lower()
    return (_common_english_word(word) and low not in english_given_names() and low not in _name_words()
            and lookup_english(word) == ())


_COMBINING_FORMS = {
    "indo": "India", "pak": "Pakistan", "sino": "China", "afghan": "Afghanistan", "anglo": "Britain",
    "franco": "France", "russo": "Russia", "irano": "Iran", "iran": "Iran", "us": "United States",
    "saudi": "Saudi Arabia", "turko": "Turkey", "indian": "India", "pakistani": "Pakistan",
}  # fmt: skip
_COMBINED_COUNTRIES = re.compile(
    rf"({'|'.join(_COMBINING_FORMS)})-({'|'.join(_COMBINING_FORMS)})", re.I)
"""Two countries joined as one adjective (Indo-Pak duo, Pak-Afghan border, Sino-Indian war)."""


_SOURCE_LANGUAGE = "urdu"
_CAPITALS_HYPHENED = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+")


_TIME_ZONE = re.compile(r"(.+?)\s+(?:Standard|Summer|Daylight)\s+Time")
_TIME_WORD = re.compile(r"(?:معیاری|مقامی)\s+وقت|وقت\s+کے\s+مطابق|ٹائم")


def _known_person_swapped(name: str, match: NameMatch) -> bool:
    """The brief's name is a known person and the article's words it matched are another known
    person (Hassan Nawaz against حسین نواز, his brother): a vowel apart, two people."""
    return (match.span is not None and len(name.split()) == len(LETTERS.findall(match.span.text))
            and other_known_person(lookup_english(name), lookup_urdu(match.span.text)))


def name_severity(
    index: NameIndex, name: str, aliases: Container[str], *, initial: bool = False
) -> tuple[Severity | None, Span | None]:
    """None when the source supports the name; else the severity and the nearest source name.

    Order: a direct match; a declared alias (an organisation's English name from the draft's
    entity table whose Urdu spelling is verified in the source); a gazetteer place or acronym
    must match as a whole; otherwise the name's uncommon words must each match, and a name
    made only of common words ("Council of Common Interests", a sentence-initial "Floods")
    is a translation the spelling cannot verify: a warning. So is a person's full name whose
    surname alone the article writes (a desk's completion to verify).
    """
    if name.lower() == _SOURCE_LANGUAGE:
        return None, None  # "Urdu spellings", "in Urdu": the language the article is written in
    severity, near = _name_severity(index, name, aliases, initial=initial)
    if severity is not None and (surname := index.match_english(name, completed=True)).method == "surname":
        return "warning", surname.span  # Jonathan Trott where the article writes ٹروٹ alone: the desk completed it
    return severity, near


_FACTION_AFTER = re.compile(r"\s*(\()?\s*(\w+)\s*(\))?")
_INITIALS = {
    "ا": "AEIOU", "آ": "A", "ب": "B", "پ": "P", "ت": "T", "ٹ": "T", "ث": "S", "ج": "JG", "چ": "C", "ح": "H",
    "خ": "K", "د": "D", "ڈ": "D", "ذ": "Z", "ر": "R", "ڑ": "R", "ز": "Z", "ژ": "ZJ", "س": "SC", "ش": "S", "ص": "S",
    "ض": "Z", "ط": "T", "ظ": "Z", "ع": "AEIOU", "غ": "G", "ف": "FP", "ق": "QK", "ک": "KC", "گ": "G", "ل": "L",
    "م": "M", "ن": "N", "و": "WVOU", "ہ": "H", "ی": "YEI",
}  # fmt: skip
"""The Latin initials an Urdu letter may stand for, to read a party's faction as Urdu writes it: a
letter (مسلم لیگ (ن)، جے یو آئی ف) or a word in brackets (جنتا دل (سیکولر) for JD(S))."""


def _faction_severity(index: NameIndex, name: str, base: str, letter: str, aliases: Container[str],
                      initial: bool) -> tuple[Severity | None, Span | None]:
    """Pakistan Muslim League (N) where the article writes مسلم لیگ (ق): the party is judged as
    any name, then its faction letter against the one the article gives it. An error when the
    article gives another, a warning when it gives none and the whole name is not found (a desk
    may know the faction)."""
    severity, near = _name_severity(index, base, aliases, initial=initial)
    party = index.match_english(base)
    if severity is not None or party.span is None:
        return severity, near
    after = _FACTION_AFTER.match(index.source, party.span.end)
    if after is None or not (len(after.group(2)) == 1 or (after.group(1) and after.group(3))):
        return (None, None) if index.match_english(name).score >= MATCH_THRESHOLD else ("warning", party.span)
    return (None, None) if letter in _INITIALS.get(after.group(2)[0], "") else ("error", party.span)


def _name_severity(
    index: NameIndex, name: str, aliases: Container[str], *, initial: bool = False
) -> tuple[Severity | None, Span | None]:
    base, letter = split_faction(name)
    if letter is not None:
        return _faction_severity(index, name, base, letter, aliases, initial)
    match = index.match_english(name)
    if match.score >= MATCH_THRESHOLD and _known_person_swapped(name, match):
        return "error", match.span  # Hassan Nawaz where the article writes حسین نواز: his brother
    if _CAPITALS_HYPHENED.fullmatch(name) and index.match_english(name.replace("-", " ")).score >= MATCH_THRESHOLD:
        return None, None  # Asia-Pacific for ایشیا پیسیفک: one name, hyphened in English, spaced in Urdu
    zone = _TIME_ZONE.fullmatch(name)
    if zone is not None:  # Pakistan Standard Time for پاکستان کے معیاری وقت: the place and a clock's time
        said = index.match_english(zone.group(1)).score >= MATCH_THRESHOLD and _TIME_WORD.search(index.source)
        return (None, None) if said else ("error", match.span)
    pair = _PLACE_PAIR.fullmatch(name)
    if pair is not None and all(any(e.type == "location" for e in lookup_english(p)) for p in pair.groups()):
        # two known places joined (the Razmak-Bannu road): each must be there, not one heard for both
        found = all(index.match_english(p).score >= MATCH_THRESHOLD for p in pair.groups())
        return (None, None) if found else ("error", match.span)
    lead, *after = name.split()
    if (match.score >= MATCH_THRESHOLD and after and is_acronym(lead) and not lookup_english(name)
            and any(_common_english_word(w) for w in after) and index.match_english(lead).score < MATCH_THRESHOLD):
        return "error", match.span  # `ACC Cricket World ...` heard in کرکٹ ورلڈ: the acronym leads the name
    if match.score >= MATCH_THRESHOLD and (_body_of_person_absent(index, name) or _place_of_person_absent(index, name)):
        return "error", match.span  # `Yousuf Khokhar of PIA` heard whole in یوسف کھوکھر: the body is no part of him
    if match.score >= MATCH_THRESHOLD or name.lower() in aliases or _code_in_source(index.source, name):
        return None, None
    first, _, rest = name.partition(" ")
    if rest and ((initial and _sentence_opener(first)) or first.lower().rstrip(".") in ("st", "saint")) and (
            index.match_english(rest).score >= MATCH_THRESHOLD):
        return None, None  # "Past Palme d'Or winners"; St Vincent's ↔ ونسنٹ (not St Petersburg ↔ پیٹرز)
    if _parts_named(index, name):
        return None, None
    if _body_of_person_absent(index, name):
        return "error", match.span
    portfolio = _portfolio_written(index, name)
    if portfolio is not None:  # `Home Office` where the article has وزیر داخلہ: the portfolio's body
        return (None, None) if portfolio else ("error", match.span)
    team = next(((country, forms) for nick, forms, country in team_nicknames()
                 if nick.lower() == name.lower().removeprefix("the ")), None)
    if team is not None:  # the Windies, the Proteas: the side of a country the article names, or the nickname it writes
        country, forms = team
        found = index.match_english(country).score >= MATCH_THRESHOLD or any(
            index.match_urdu(form).score >= 1.0 for form in forms)
        return (None, None) if found else ("error", match.span)
    pair = _COMBINED_COUNTRIES.fullmatch(name)
    if pair is not None:  # `Indo-Pak`, `Sino-Indian`: each country must be in the source
        found = all(index.match_english(_COMBINING_FORMS[p.lower()]).score >= MATCH_THRESHOLD for p in pair.groups())
        return (None, None) if found else ("error", match.span)
    if _NUMBERED_NAME.fullmatch(name):
        return "error", match.span  # the Big Four, Radio Four: Urdu writes them as they sound (بگ تھری)
    if sports_body(name.split()):
        return "error", match.span  # Cricket Victoria is a body: the sport and the place apart are not it
    words = _trim(WORD.findall(name))
    if not words or (len(words) == 1 and re.sub(r"(?<=[A-Z])s$", "", words[0].replace(".", "")).upper() in COMMON_ACRONYMS):
        return None, None  # TV, FIR, DNA (and FIRs): everyday nouns
    if len(words) < len(WORD.findall(name)):  # "50 MW Jhimpir", "Twenty-two Democrats", "Group B"
        name = " ".join(words)
        match = index.match_english(name)
        if match.score >= MATCH_THRESHOLD or name.lower() in aliases:
            return None, None
    known = lookup_english(name) or lookup_english(" ".join(words))  # Abu Dhabi-based is Abu Dhabi
    if known and len(words) >= 2 and all(e.type == "person" for e in known):
        severity = _name_in_pieces(index, words)  # a known person written apart
        if severity == "error" and _known_form_misspelt(index, known):
            return "warning", match.span
        return severity, match.span
    if known or name.replace(" ", "").isupper():
        bodies = [e for e in known if e.type == "organization"]
        if bodies and len(bodies) == len(known) and known_body_misspelt(index, bodies):
            return "warning", match.span
        return "error", match.span
    if len(words) > 1 and any(e.type == "location" for w in words for e in lookup_english(w)) and any(
            index.match_english(w).score < MATCH_THRESHOLD for w in words
            if any(e.type == "location" for e in lookup_english(w))):
        return "error", match.span  # `Air India`, `State Bank of India`: the place must be there
    floors = [_INITIAL_WORD_ZIPF if initial and k == 0 else _COMMON_WORD_ZIPF for k in range(len(words))]
    core = [w for w, fl in zip(words, floors, strict=True) if w.lower() not in _NOT_NAMES and not _common_english_word(w, fl)]
    if not core and re.match(r"(?i)(?:saint|st\.?)[\s-]+[A-Z]", name):
        return "error", match.span  # Saint-Denis: a place's name, however common its words (the
        # article's ونسنٹ for St Vincent's passed above)
    if not core:
        if len(words) == 2 and (words[0].lower() in english_given_names() or (
                not initial and all(english_zipf(w.lower()) < _NAME_ONLY_ZIPF for w in words))):
            # "David Warner": a person, though both words are common; "Miley Cyrus", two words
            # English prints about as often as a famous person's name and seldom as anything else
            return _name_in_pieces(index, words), match.span
        # ordinary words capitalised (a sentence's first word, "World Cup", "Police"): not a
        # name the spelling can check; a longer phrase of them may be a translated name
        if len(words) == 2 and words[1].lower() in _BODY_WORDS:
            return "warning", match.span  # `Smile Foundation`, `Civil Hospital`: a body's name, though of everyday words
        return (None, None) if len(words) <= 2 else ("warning", match.span)
    core_found = len(core) < len(words) and (
        index.match_english(" ".join(core)).score >= MATCH_THRESHOLD
        or all(index.match_english(w).score >= MATCH_THRESHOLD for w in core))
    if core_found:
        if _other_place_heads(index, words) or _other_compass_before(index, words, core):
            return "error", match.span
        if _other_surname(index, words, core):
            return "error", match.span
        return _unverified_words(index, words, core), match.span
    severity = _name_in_pieces(index, core)
    if severity == "error" and _spelt_otherwise(words, match):
        return "warning", match.span
    return severity, match.span


_MISSPELT_KNOWN = 85.0
"""A window of the article this close (rapidfuzz ratio, spaces dropped) to a known person's Urdu
spelling is that person with a letter slipped (فیتھن لیون for نیتھن لیون, Nathan Lyon)."""


def _known_form_misspelt(index: NameIndex, known: Iterable[GazEntry]) -> bool:
    """The article writes a known person's name a letter or so off its known Urdu spellings: a
    typist's slip, which a brief that spells the name right need not be blamed for (a warning)."""
    for entry in known:
        for form in entry.urdu:
            words = [fold_token(w) for w in LETTERS.findall(fold(form))]
            key = "".join(words)
            for window, hits in index.windows():
                at = next(((i, n) for i, n in hits if n == len(words)), None)
                if at is None or fuzz.ratio(key, window) < _MISSPELT_KNOWN:
                    continue
                if not lookup_urdu(index.span(*at).text):  # not another known name (کم جونگ ان, not ال)
                    return True
    return False


_MISSPELT_BODY_LEN = 5
"""Letters a known body's one-word Urdu name needs before a one-letter slip in it can be told
from another word."""


def known_body_misspelt(index: NameIndex, known: Iterable[GazEntry]) -> bool:
    """The article writes a known body's one-word name with one letter changed and nothing else
    (عنہوا for شنہوا, Xinhua), where that word is no everyday word nor another known name: a
    typist's slip, a warning for a brief that spells the body right."""
    for entry in known:
        for form in entry.urdu:
            key = fold_token(form)
            if " " in form or len(key) < _MISSPELT_BODY_LEN:
                continue
            for token in index.vocab:
                if (len(token) == len(key) and Levenshtein.distance(token, key) == 1 and not is_everyday_word(token)
                        and not lookup_urdu(token)):
                    return True
    return False


def _other_surname(index: NameIndex, words: list[str], core: list[str]) -> bool:
    """A person's given names the article has, then an everyday last word (Khan, Shah, Ali) where
    the article goes on with another one (ظفر اقبال اعوان for Zafar Iqbal Khan): another person."""
    if len(words) < 3 or core != words[:-1] or words[-1][:1].islower():
        return False
    given = index.match_english(" ".join(core))
    if given.span is None or given.score < MATCH_THRESHOLD:
        return False
    after = LETTERS.findall(normalize(index.source[given.span.end : given.span.end + 30]).text)
    if not after or fold_token(after[0]) in URDU_FUNCTION:
        return False
    return NameIndex(f"{given.span.text} {after[0]}").match_english(" ".join(words)).score < MATCH_THRESHOLD and (
        NameIndex(after[0]).match_english(words[-1]).score < MATCH_THRESHOLD)


_NEAR_SPELLING = 0.68
"""A whole-name match this close, under the threshold, may be the article's own spelling."""
_NEAR_WORD = 60.0
"""Each word's consonant skeleton must open alike and be this close (rapidfuzz ratio) to its Urdu word's."""
_NEAR_WORD_LETTERS = 3
"""Initials (A.R.) say too little of a spelling to be heard in a word."""


def _spelt_otherwise(words: list[str], match: NameMatch) -> bool:
    """A name of no known person, place or body, of two words or more, that the article writes
    word for word in a spelling a little apart (مفید الفظیہ for Mufid Elfgeeh, دون فین for Dong
    Feng), none of its words an everyday Urdu word: Urdu writes foreign names by ear, so this is
    a name the spelling cannot confirm, a warning, not a name the article lacks. A swapped-in
    name rarely passes: its words differ from the article's in sound (Marc Turner / مارک سکنر)."""
    if match.span is None or match.score < _NEAR_SPELLING or len(words) < 2:
        return False
    tokens = LETTERS.findall(normalize(match.span.text).text)
    if len(tokens) != len(words) or urdu_role(match.span.text) is not None:
        return False  # ائیر مارشل is a rank, not A.R. Murugadoss
    for word, token in zip(words, tokens, strict=True):
        ours, theirs = english_skeleton(word), urdu_skeletons(fold_token(token))[0]
        if (len(word.strip(".")) < _NEAR_WORD_LETTERS or is_everyday_word(token) or urdu_role(token) is not None
                or not ours or not theirs or ours[0] != theirs[0] or fuzz.ratio(ours, theirs) < _NEAR_WORD
                or spelt_apart(word, fold_token(token))):
            return False
    return True


def written_a_letter_apart(index: NameIndex, name: str) -> bool:
    """An Urdu brief's name of two words or more that the article writes with a word the same
    and each other word a letter apart, none an everyday word (فیتھن لیون for نیتھن لیون, وانگ
    پی for وانگ یی): the article's slip or its own spelling of a foreign name, which the brief
    may have put right. A name to check, a warning; a swapped-in name differs by more."""
    ours = [fold_token(t) for t in LETTERS.findall(normalize(name).text)]
    if len(ours) < 2 or urdu_role(name) is not None:
        return False
    toks, n = index.tokens, len(ours)
    for i in range(len(toks) - n + 1):
        window = toks[i : i + n]
        if window[0] != ours[0] and window[-1] != ours[-1]:
            continue
        if sum(a == b for a, b in zip(ours, window, strict=True)) < n and all(
                a == b or (min(len(a), len(b)) >= 2 and Levenshtein.distance(a, b) <= 1
                           and not is_everyday_word(a) and not is_everyday_word(b))
                for a, b in zip(ours, window, strict=True)):
            return True
    return False


_LONG_VOWELS = frozenset("اوی")
_VOWEL_APART_MIN = 4


def vowel_apart(index: NameIndex, name: str) -> bool:
    """A one-word place the gazetteer knows that the article spells with one long vowel more or
    less (سسلی for the article's سیسلی): the same place spelt two ways, a warning to check."""
    word = fold_token(name.strip())
    if " " in name.strip() or len(word) < _VOWEL_APART_MIN or not any(e.type == "location" for e in lookup_urdu(name)):
        return False
    def apart(a: str, b: str) -> bool:
        return len(a) == len(b) + 1 and any(a[k] in _LONG_VOWELS and a[:k] + a[k + 1:] == b for k in range(len(a)))
    return any(apart(t, word) or apart(word, t) for t in index.vocab if abs(len(t) - len(word)) == 1)


_OF_NAME = re.compile(r"(\S+(?: \S+)+) of (\S.*)")
_COUNTRY_BODY = re.compile(r"(US|UK|U\.S\.|UN) (\S.*)")
_PLACE_PAIR = re.compile(r"([A-Z][a-z]{2,})-([A-Z][a-z]{2,})")


def _parts_named(index: NameIndex, name: str) -> bool:
    """A person and the body they belong to in one run (`Mustafa Kamal of Pak Sarzameen`), or a
    country's body (`US Senate` where the article names the US and its سینیٹ), an ally and a
    party (`BJP-allied Akali Dal`), or two places
    joined by a hyphen (the `Razmak-Miranshah` road): each part is a name the article has.
    One-word heads stay whole (`Bank of England`, `Council of ...`)."""
    lead, _, rest = name.partition(" ")
    if _place_then_person(index, name) or _place_group(index, name):
        return True
    if rest and HYPHEN_TAIL.search(lead):  # `BJP-allied Akali Dal`: the ally and the party, each there
        return all(index.match_english(p).score >= MATCH_THRESHOLD for p in (HYPHEN_TAIL.sub("", lead), rest))
    of, body, pair = _OF_NAME.fullmatch(name), _COUNTRY_BODY.fullmatch(name), _PLACE_PAIR.fullmatch(name)
    if pair is not None and not any(e.type == "location" for p in pair.groups() for e in lookup_english(p)):
        pair = None
    if of is not None and _body_named_of(of):
        of = None
    parts = body or pair or (of if not lookup_english(name) else None)
    return parts is not None and all(
        index.match_english(p).score >= MATCH_THRESHOLD for p in parts.groups())


_PLACE_GROUP = re.compile(r"([A-Z][a-z]+) (Taliban|Police|Rangers|Levies)")
_GROUP_WORDS = {"Taliban": ("طالبان",), "Police": ("پولیس",), "Rangers": ("رینجرز",), "Levies": ("لیویز",)}
_SENTENCE_REACH = 150


def _place_group(index: NameIndex, name: str) -> bool:
    """A known place before a group or force (`the Swat Taliban`) where the article writes the
    two in one sentence (سوات میں مقامی طالبان): the desk's name for the group it describes."""
    m = _PLACE_GROUP.fullmatch(name)
    places = [form for e in lookup_english(m.group(1)) if e.type == "location" for form in e.urdu] if m else []
    if m is None or not places:
        return False
    text = index.source
    at = [x.start() for form in places for x in re.finditer(rf"(?<!\w){re.escape(fold(form))}(?!\w)", text)]
    for group in _GROUP_WORDS[m.group(2)]:
        for g in re.finditer(rf"(?<!\w){group}(?!\w)", text):
            for a in at:
                between = text[min(a, g.start()) : max(a, g.start())]
                if len(between) <= _SENTENCE_REACH and "۔" not in between and "\n" not in between:
                    return True
    return False


def _place_and_person(name: str) -> tuple[str, str] | None:
    """A place run into the person after it (`ambassador to Latvia Khalid Memon`): a place the
    gazetteer knows, then a name of two words or more that is no body's (Cricket Board) nor a known
    name of its own; None otherwise."""
    words = name.split()
    for k in (1, 2):
        place, person = " ".join(words[:k]), words[k:]
        if (len(person) >= 2 and any(e.type == "location" for e in lookup_english(place))
                and not lookup_english(" ".join(person))
                and not any(_common_english_word(w) or w.lower() in _BODY_WORDS for w in person)):
            return place, " ".join(person)
    return None


def _place_then_person(index: NameIndex, name: str) -> bool:
    """A place run into a person, each in the article."""
    parts = _place_and_person(name)
    return parts is not None and all(index.match_english(p).score >= MATCH_THRESHOLD for p in parts)


def _place_of_person_absent(index: NameIndex, name: str) -> bool:
    """A place run into a person the article names, the place not in it (Estonia Khalid Memon where
    it says لٹویا): the person's words would otherwise carry the whole."""
    parts = _place_and_person(name)
    return (parts is not None and index.match_english(parts[1]).score >= MATCH_THRESHOLD
            and index.match_english(parts[0]).score < MATCH_THRESHOLD)


def _body_named_of(of: re.Match[str]) -> bool:
    """`X of Y` is a body's own name (Muslim Association of Britain), not a person of a body: X
    holds an everyday word and Y is no known body (Syed Ali Shah of Geo TV is a person of one)."""
    return any(_common_english_word(w) for w in of.group(1).split()) and not any(
        e.type == "organization" for e in lookup_english(of.group(2)))


def _body_of_person_absent(index: NameIndex, name: str) -> bool:
    """A person the article names and a body they are of (`Iqbal Qasim of Habib Bank`) whose
    own distinctive word the article never writes: another body. The person's words would
    otherwise carry the whole name (two of its three uncommon words found)."""
    of = _OF_NAME.fullmatch(name)
    if of is None or lookup_english(name) or _body_named_of(of):
        return False
    body = [w for w in _trim(WORD.findall(of.group(2))) if w.lower() not in _NOT_NAMES and not _common_english_word(w)]
    return (bool(body) and index.match_english(of.group(1)).score >= MATCH_THRESHOLD
            and index.match_english(of.group(2)).score < MATCH_THRESHOLD  # Iqra University: اقرا یونیورسٹی
            and any(index.match_english(w).score < MATCH_THRESHOLD for w in body))


MINISTRY_URDU = {subject: forms for subject, forms in PORTFOLIOS.items() if forms}
SUBJECTS = "|".join(sorted(MINISTRY_URDU, key=len, reverse=True))
_PORTFOLIO_BODY = re.compile(
    rf"(?:({SUBJECTS}) (?:Ministry|Department|Office|Minister|Secretary)|(?:Ministry|Department) of ({SUBJECTS}))",
    re.I)


def _portfolio_written(index: NameIndex, name: str) -> bool | None:
    """For a ministry or office named by its portfolio (`Defense Department`, `Home Office`,
    `Ministry of Interior`), whether the article writes a word of that portfolio (دفاع، داخلہ),
    as the ministry's or its minister's (وزیر داخلہ); None for other names. Its words are
    everyday ones, which the name check would otherwise let pass or fail whatever the article says."""
    m = _PORTFOLIO_BODY.fullmatch(name)
    if m is None:
        return None
    return writes_any("".join(index.tokens), MINISTRY_URDU[(m.group(1) or m.group(2)).lower()])


_URDU_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def numeral_beside_name(index: NameIndex, name: str, numeral: int) -> bool | None:
    """Whether the article writes the numeral right after the name it numbers (الیگزینڈر دوم for
    Alexander II, not سوم for III because تین بیٹیاں is elsewhere); None when the article does not
    write the name, and the numeral can only be looked for anywhere."""
    if not name or index.match_english(name).score < MATCH_THRESHOLD:
        return None
    forms = urdu_numeral_forms(numeral)
    toks = index.tokens
    for i, tok in enumerate(toks):
        if tok not in forms or not i:
            continue
        before = index.span(max(0, i - 3), min(3, i)).text
        if NameIndex(before).match_english(name).score >= MATCH_THRESHOLD:
            return True
    digits = str(numeral), str(numeral).translate(_URDU_DIGITS)
    for m in re.finditer(rf"(?<![\d۰-۹])(?:{'|'.join(digits)})(?![\d۰-۹])", index.source):  # بلاک 2 for Block II
        words = LETTERS.findall(index.source[max(0, m.start() - 40) : m.start()])[-3:]
        if words and NameIndex(" ".join(words)).match_english(name).score >= MATCH_THRESHOLD:
            return True
    return False


def _name_in_pieces(index: NameIndex, core: list[str]) -> Severity | None:
    """A person's name the source does not write whole. Its words side by side in another
    order (دلشان تلکارتنے for Tillakaratne Dilshan): supported. Its distinctive words apart
    (سٹیون … سمتھ), or a distinctive surname alone where the brief adds a given name the article
    leaves out (طیب اردوگان for Recep Tayyip Erdogan): a warning. A surname after another name
    word (نواز شریف for Shehbaz Sharif), words that are everyday name parts (خان، احمد، صدیقی:
    Salman Khan is not in an article because خان is), or no surname at all: an error."""
    if len(core) < 2:
        return "error"
    found = [index.match_english(w) for w in core]
    spans = [m.span for m in found if m.score >= MATCH_THRESHOLD and m.span is not None]
    if len(spans) == len(core):
        spans.sort(key=lambda s: s.start)
        # side by side: only white space between the words (a comma parts two people)
        together = all(a.end <= b.start and not index.source[a.end : b.start].strip() for a, b in pairwise(spans))
        if together or _of_named_family(index, found):
            return None
        return "error" if any(_name_part(s) for s in spans) else "warning"
    tail = next((k for k in range(1, len(core)) if index.match_english(" ".join(core[k:])).score >= MATCH_THRESHOLD), None)
    if tail is None:
        return _middle_name_alone(index, core, found)
    if any(m.score >= MATCH_THRESHOLD for m in found[:tail]):
        return "error"
    where = index.match_english(" ".join(core[tail:])).span
    if where is None or _name_part(where):
        return "error"
    before = LETTERS.findall(index.source[: where.start])[-1:]
    other_name = bool(before) and ((not is_everyday_word(before[0]) and urdu_role(before[0]) is None
                                    and fold_token(before[0]) not in NAME_INTRODUCERS)  # اوپنر فنچ: the opener
                                   or _sounds_as(core[tail - 1], before[0])
                                   or _attested_given_name(before[0]))
    return "error" if other_name else "warning"


_ATTESTED_ZIPF = 5.0
"""An everyday word this rare that the names resource knows as a Pakistani name part (شاکر,
grateful, and Shakir) is a given name before a surname; commoner words (امیر) say too little."""


def _attested_given_name(word: str) -> bool:
    token = fold_token(word)
    return (urdu_role(word) is None and token not in NAME_INTRODUCERS and urdu_zipf(token) < _ATTESTED_ZIPF
            and bool(attested_spellings(token)))


_FAMILY = re.compile(r"\s+(?:خاندان|گھران[ےہا]|فیملی)(?!\w)")
"""After a surname, the family that bears it: صدیقی خاندان, the Siddiqui family."""


def _of_named_family(index: NameIndex, found: list[NameMatch]) -> bool:
    """A given name the article writes alone, then the surname of a family it names (عافیہ …
    صدیقی خاندان for Aafia Siddiqui): the person by the family's name, though صدیقی is an
    everyday name part."""
    if len(found) != 2 or found[0].span is None or found[1].span is None:
        return False
    given, surname = found[0].span, found[1].span
    if _name_part(given):
        return False
    return any(_FAMILY.match(index.source, m.end())
               for m in re.finditer(rf"(?<!\w){re.escape(surname.text)}", index.source))  # the word, not a tail (جعلی)


def _middle_name_alone(index: NameIndex, core: list[str], found: list[NameMatch]) -> Severity:
    """The one word of a name of three, after an English given name, that the article writes
    alone between words that are no names (سواریز for Carla Suarez Navarro, a given name and a
    second surname the desk adds): a warning. Beside another name word in the article, or an
    everyday name part: an error."""
    hits = [k for k, m in enumerate(found) if m.score >= MATCH_THRESHOLD]
    if (len(core) != 3 or not all(w[:1].isupper() for w in core) or not given_name_only(core[0].lower())
            or hits != [1] or (where := found[1].span) is None or _name_part(where)):
        return "error"
    before = LETTERS.findall(index.source[: where.start])[-1:]
    after = LETTERS.findall(index.source[where.end :])[:1]
    beside = [w for w in before + after if not is_everyday_word(w) and urdu_role(w) is None]
    return "error" if beside else "warning"


def _sounds_as(word: str, token: str) -> bool:
    """The Urdu word spells the English word's consonants exactly, everyday word or not (کم for
    Kim in کم جونگ ان): the article names the person in full, and the brief's tail is another."""
    ours = english_skeleton(word)
    return len(ours) >= 2 and ours == urdu_skeletons(fold_token(token))[0]


def _name_part(span: Span) -> bool:
    """The span holds an everyday name part (خان، احمد، علی، صدیقی): weak evidence for one person."""
    return any(fold_token(w) in NAME_PARTS for w in LETTERS.findall(span.text))


_GENERIC_WORDS = frozenset(("of", "the", "and", "for", "&", "in", "on", "at", "de", "al"))


def _other_compass_before(index: NameIndex, words: list[str], core: list[str]) -> bool:
    """A compass word before a place the article writes after another one (East Midnapore where
    it has ویسٹ مدناپور, West Midnapore): another place, though the name's last words are there."""
    mine = english_compass(words)
    where = index.match_english(" ".join(core)).span
    if not mine or where is None:
        return False
    before = [fold_token(w) for w in LETTERS.findall(index.source[max(0, where.start - 20) : where.start])[-1:]]
    theirs = {COMPASS[w] for w in before if w in COMPASS}
    return bool(theirs) and not mine & theirs


def _other_place_heads(index: NameIndex, words: list[str]) -> bool:
    """A place and a body (Punjab Netball Association) where the article writes that body after
    another place (سندھ نیٹ بال ایسوسی ایشن): the body of another province, though the article
    names both the place and a body of that name."""
    if len(words) < 3 or not any(e.type == "location" for e in lookup_english(words[0])):
        return False
    body = index.match_english(" ".join(words[1:]))
    if body.score < MATCH_THRESHOLD or body.span is None:
        return False
    before = LETTERS.findall(index.source[: body.span.start])[-1:]
    places = [e for e in lookup_urdu(before[0]) if e.type == "location"] if before else []
    return bool(places) and not any(e.english.lower() == words[0].lower() for e in places)


def _unverified_words(index: NameIndex, words: list[str], core: list[str]) -> Severity | None:
    """A name whose uncommon words the source has, and whose ordinary words it has too, as
    words or their translations (`Pakistan Cricket Board` ↔ پاکستان کرکٹ بورڈ): supported.
    An ordinary word after the core found nowhere (`China Daily` where the source has only چین,
    `Saudi Gazette`) makes it another organisation: an error."""
    # a body named "X of Y" holds its words on both sides (Muslim Council of Britain: Association
    # is another body's word)
    first = -1 if "of" in (w.lower() for w in words[1:-1]) else words.index(core[0])
    if first > 0 and words[first - 1].lower() in _BODY_WORDS:
        first = -1  # `Combined Military Hospital Dera`: a body's name, then its place
    rest = [w for w in words[first + 1 :] if w not in core and w.lower() not in _GENERIC_WORDS]
    # only words after the name's proper core: before it, a desk puts descriptions (Former
    # India, Analyst Moeed Yusuf, Cyclone Yaas) that the span finder takes in with the name
    return "error" if any(not index.has_word(w) for w in rest) else None


_BODY_WORDS = ORG_TAILS | {"hospital", "court", "department", "ministry", "office", "school", "college", "police"}
"""Last words of a body's name: before a name's proper core, they end the body's own name
(the body's words, not a description of the place after them)."""


_AUXILIARIES = frozenset(("also", "has", "had", "have", "would", "will", "could", "did", "does", "is", "was", "now",
                          "then", "already", "still", "again", "must", "should", "may", "might", "can"))
_IRREGULAR_PAST = frozenset(("gave", "said", "says", "took", "made", "sent", "saw", "told", "began", "got", "put",
                             "set", "cut", "led", "kept", "sought", "brought", "paid", "won", "lost", "chose", "came",
                             "went", "held", "stood", "struck", "broke", "drew", "fought", "knew", "meant", "spent", "withdrew"))
_NOT_ACTS = frozenset(("is", "was", "has", "does", "this", "its", "his", "us", "as", "news", "times", "press", "post"))


_DEALT_WITH = frozenset(("urged", "urges", "urging", "asked", "asks", "pressed", "presses", "warned", "warns",
                         "accused", "accuses", "with", "against", "between"))
"""Words before a capital that make it a government dealt with (`urged Tehran to`, `talks with
Seoul`, `differences with Washington`): a city is visited or lived in, not urged."""
_MODALS = frozenset(("will", "would", "could", "must", "should", "may", "might", "can", "never", "did"))


def acting_capital(text: str, span: Span) -> bool:
    """The capital is a sentence's actor (`Washington gave`, `since Washington recognised`,
    `Washington's aid`, `Washington will suspend`) or a government dealt with (`urged Tehran`):
    the government a desk names by its seat, not the city itself."""
    if re.match(r"['’]s\b", text[span.end :]):
        return True
    before = re.findall(r"\w+", text[max(0, span.start - 20) : span.start])
    if before and before[-1].lower() in _DEALT_WITH:
        return True
    if before and before[-1].lower() in ("in", "to", "from", "at", "near", "the", "a", "visit", "visited", "via", "outside"):
        return False  # (not `In 1956 Washington asked`: the year is what `in` governs)
    after = [w.lower() for w in re.findall(r"[A-Za-z]+", text[span.end : span.end + 40])]
    modal = False
    while after and (after[0] in _AUXILIARIES or after[0] in _MODALS) and len(after) > 1:
        modal, after = modal or after[0] in _MODALS, after[1:]
    if not after or not text[span.end : span.end + 1].isspace():
        return False
    verb = after[0]
    return verb in _IRREGULAR_PAST or (verb not in _NOT_ACTS and (modal or verb.endswith("ed") or verb.endswith("es")
                                                                  or (verb.endswith("s") and not verb.endswith("ss"))))


def names_go_on(text: str, span: Span, lang: Lang) -> bool:
    """The word after the span goes on with a name (European Union, یورپی یونین): the demonym
    is part of a body's name, not a description of a place."""
    if lang == "en":
        return bool(re.match(r"\s+[A-Z]", text[span.end :]))
    after = LETTERS.findall(text[span.end : span.end + 30])[:1]
    return bool(after) and not is_everyday_word(after[0])


def urdu_place_english(text: str) -> str | None:
    """The English of the place or demonym an Urdu word names (افریقی → African)."""
    return next((e.english for e in lookup_urdu(text) if e.type in ("location", "demonym")), None)


_KIND_OF_PLACE_AFTER = re.compile(
    r"\s*(?:کے\s+|کی\s+)?(?:دارالحکومت|ریاست|صوبے|صوبہ|شہر|ملک|علاقے|علاقہ)\s+(\S+(?:\s+\S+)?)")


def country_of_place_named(index: NameIndex, text: str, span: Span) -> Span | None:
    """An Urdu country, demonym or continent before a kind of place and a place of it that the
    article names (افریقی ملک گنی، افغان دارالحکومت کابل): the article's place, or None. A brief
    says where the place is; a continent it names so is true, a country for a translator to check.
    A country is read only before its capital: other places share names across borders (گجرات)."""
    named_as = urdu_place_english(span.text)
    after = _KIND_OF_PLACE_AFTER.match(text, span.end)
    if named_as is None or after is None:
        return None
    continent = continent_of(named_as, regions=False)
    countries = {c.lower() for c in countries_named(named_as)} | (set(countries_in(continent)) if continent else set())
    for place in dict.fromkeys((after.group(1), after.group(1).split()[0])):  # the words, then the first alone
        english = urdu_place_english(place)
        if english is None:
            continue
        capital = {c.lower() for c in countries_of_capital(english)}
        theirs = capital | {c.lower() for c in {*countries_of_place(english), *countries_named(english)}}
        if (theirs if continent else capital) & countries:  # a country's place by its capital only
            found = index.match_urdu(place)
            return found.span if found.score >= MATCH_THRESHOLD else None
    return None


def continent_of_named_place(index: NameIndex, name: str | None, regions: bool) -> bool:
    """The name is a continent or its demonym (African, یورپی), or with `regions` a region (Middle
    East), and the article names a country of it, or a place in one. Regions are an English desk's
    framing (a tour of the Middle East); an Urdu brief writes what the article writes, and a swap of
    a country for its region (جنوبی ایشیا for سری لنکا) is not framing."""
    continent = continent_of(POSSESSIVE.sub("", name), regions) if name else None
    if continent is None:
        return False
    members = countries_in(continent)
    return any(c.type == "location" and c.source == "gazetteer"
               and ({n.lower() for n in countries_named(c.english) | countries_of_place(c.english)} | {c.english.lower()})
               & members for c in index.candidates())


_ACTING_AFTER = re.compile(
    r"\s*(?:نے(?!\w)|سے\s+(?:[^\s۔]+\s+){0,6}?(?:درخواست|مطالبہ|مطالبے|اپیل|رابطہ|رابطے|مذاکرات)(?!\w)"
    r"|کے\s+(?:درمیان|تعلقات)(?!\w)|کا\s+(?:موقف|مؤقف|کہنا)(?!\w))")
"""After a capital, what makes it the government acting or dealt with: واشنگٹن نے, تہران سے ...
درخواست (asked Tehran), ماسکو کے درمیان, بیجنگ کا موقف."""


def urdu_capital_country(index: NameIndex, text: str, span: Span) -> str | None:
    """The country an Urdu capital acting in the sentence stands for (واشنگٹن نے where the article
    names امریکہ), when the article names that country."""
    if not _ACTING_AFTER.match(text[span.end :]):
        return None
    return next((c for e in lookup_urdu(span.text) if e.type == "location"
                 for c in (named_country(index, e.english),) if c is not None), None)


_CAPITAL = fold_token("دارالحکومت")
_GENITIVES = frozenset(fold_token(w) for w in ("کا", "کی", "کے"))


_FEDERAL = fold("وفاقی")


def capital_described(index: NameIndex, name: str | None) -> bool:
    """The article calls this city its country's capital without naming it (افغانستان کے
    دارالحکومت میں for Kabul): the brief names the city the article describes."""
    if not name:
        return False
    toks = index.tokens
    places = [i for i, n in index.occurrences(_CAPITAL) if n == 1]
    if not places:
        return False
    for country in countries_of_capital(name):
        if country == "Pakistan" and any(i and toks[i - 1] == _FEDERAL for i in places):
            return True  # وفاقی دارالحکومت: the Urdu press's name for Islamabad
        forms = {fold(u) for e in lookup_english(country) if e.type == "location" for u in (*e.urdu, *related_urdu(e))}
        for i in places:
            end = i - 1 if i and toks[i - 1] in _GENITIVES else i
            if any(" ".join(toks[end - n : end]) in forms for n in (1, 2, 3) if end - n >= 0):
                return True
    return False


def named_country(index: NameIndex, name: str) -> str | None:
    """The country a capital stands for, when the article names that country."""
    for country in countries_of_capital(name):
        if index.match_english(country).score >= MATCH_THRESHOLD:
            return country
    return None


def urdu_country(text: str, span: Span) -> str | None:
    """The English of a country or its demonym an Urdu brief names on its own (امارات میں →
    United Arab Emirates), or ends a line or a clause (مقام: ریاست راجستھان، بھارت); not one inside
    a longer name (آل پاکستان صراف ایسوسی ایشن)."""
    after = LETTERS.findall(re.split(r"[\n۔؛،,:;]", text[span.end : span.end + 30], maxsplit=1)[0])[:1]
    if after and fold_token(after[0]) not in URDU_FUNCTION and fold_token(after[0]) not in ADMIN_HEADS:
        return None  # (بھارتی ریاست گجرات, the Indian state: a description, not a longer name)
    return urdu_place_english(span.text)


def place_in_country(index: NameIndex, name: str | None) -> tuple[Span, bool] | None:
    """A place the article names (a province or a city of 100,000 people) in the country `name`
    names or is the demonym of: a brief may say `India` of a story about کرناٹک from general
    knowledge, which a translator should check, not strike. With it, whether every place the
    article names lies in that country alone: then the country is the story's own (`Pakistan` of
    a story that names only ہنگو and کوہاٹ), and nothing needs checking; not so when a place is
    also another country's (پنجاب, حیدرآباد)."""
    countries = countries_named(POSSESSIVE.sub("", name)) if name else frozenset()
    if not countries:
        return None
    inside: Span | None = None
    outside = False
    for c in index.candidates():
        if c.type != "location" or c.source != "gazetteer":
            continue
        where = countries_of_place(c.english) | countries_named(c.english)
        if where & countries:
            inside = inside or c.span
        if where - countries:  # (پنجاب lies in two countries: which one is meant needs checking)
            outside = True
    return (inside, not outside) if inside is not None else None


def name_hint(index: NameIndex, near: Span | None) -> Span | None:
    """The article's name the nearest match falls in, or None: the hint offers names, never an
    ordinary word ('مزید', 'خوراکیں') nor half of another name (لاور of لاور وف)."""
    if near is None or is_everyday_word(near.text):
        return None
    return next((c.span for c in index.candidates() if c.span.start <= near.start and near.end <= c.span.end), None)
