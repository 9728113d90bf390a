"""Hand-written Urdu and English word lists for telling names from ordinary words.

Urdu has no capital letters, so name finding leans on what a name is not: function words,
auxiliaries, and the common nouns news text puts before نے/کو/کی. Lists are folded once.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
from importlib import resources

from summarizer.text.normalize import fold, fold_token


@cache
def english_given_names() -> frozenset[str]:
    """English given names, lower case (US census lists shipped by the `names` package, MIT)."""
    found: set[str] = set()
    for part in ("dist.male.first", "dist.female.first"):
        for line in resources.files("names").joinpath(part).read_text(encoding="utf-8").splitlines():
            if line.strip():
                found.add(line.split()[0].lower())
    return frozenset(found)


def _words(block: str) -> list[str]:
    return block.split()


def _load(name: str) -> list[str]:
    """The words of `data/<name>.txt` (blank-separated; lines starting with # are comments)."""
    text = resources.files("summarizer.lexicon").joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    return [w for line in text.splitlines() if not line.lstrip().startswith("#") for w in line.split()]


__all__ = [
    "ADMIN_HEADS",
    "COMMON_ACRONYMS",
    "COMPASS",
    "ENGLISH_COMMON",
    "ENGLISH_HONORIFICS",
    "GENERIC_QUALIFIERS",
    "INSTITUTION_HEADS",
    "INSTITUTION_TAILS",
    "NAME_INTRODUCERS",
    "NAME_PARTS",
    "NAME_STOP_AFTER_ROLE",
    "NAME_WORDS",
    "NAME_WORD_SINGLES",
    "NEWS_WORDS",
    "ORG_HEADS",
    "PARTICLES",
    "PLACE_HEADS",
    "PLACE_SUFFIXES",
    "PLACE_SUFFIX_EXCEPTIONS",
    "PORTFOLIOS",
    "URDU_COMMON",
    "URDU_FUNCTION",
    "URDU_OUTLET_WORDS",
    "URDU_POSTPOSITIONS",
    "english_given_names",
    "folded_zipf",
    "loanwords",
    "name_parts",
    "news_agency_demonyms",
    "paradigm_zipf",
    "team_nicknames",
    "urdu_inflected",
    "urdu_zipf",
    "word_table",
]

COMMON_ACRONYMS: frozenset[str] = frozenset(_load("common_acronyms"))
"""Acronyms that are everyday nouns (TV, FIR, DNA): not names in either language."""

_URDU_FUNCTION = _load("urdu_function")

_URDU_NOUNS = _load("urdu_nouns")

URDU_FUNCTION: frozenset[str] = frozenset(fold_token(w) for w in _URDU_FUNCTION)
"""Folded function words, auxiliaries and time words: never part of a name."""
URDU_POSTPOSITIONS: frozenset[str] = frozenset(fold_token(w) for w in ("نے", "کا", "کی", "کے", "کو", "میں", "سے", "پر"))
"""The case postpositions that follow a noun (a name's slot ends at one)."""
URDU_COMMON: frozenset[str] = URDU_FUNCTION | frozenset(fold_token(w) for w in _URDU_NOUNS)
"""Folded words that are (almost) never a name or part of one."""

def _load_news_words() -> frozenset[str]:
    """Every written word of `news_words.tsv`'s Urdu forms (gloss<TAB>forms), folded."""
    text = resources.files("summarizer.lexicon").joinpath("data", "news_words.tsv").read_text(encoding="utf-8")
    out: set[str] = set()
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            for form in line.split("\t")[1].split("|"):
                out.update(fold_token(w) for w in form.split())
    return frozenset(out)


NEWS_WORDS: frozenset[str] = _load_news_words()
"""Ordinary words of Urdu news that a general frequency list ranks as rare (متاثرین, مذکورہ) and
English words written as common nouns (وکٹ کیپر, ریفائنری): never a weak name claim on their own.
Names among them (a given name that is also a word) are left out of the list, and a name
signal (a listed name part, a place) still wins."""


PARTICLES: frozenset[str] = frozenset(fold_token(w) for w in _load("particles"))
"""Postpositions after which a preceding run of name-like words is a candidate. Only the
ergative نے: on UNER the words before it are a tagged name 88% of the time, before کے/کی/میں
under 40%."""

ENGLISH_SMALL_WORDS: frozenset[str] = frozenset(fold_token(w) for w in ("آف", "اینڈ", "فار"))
"""English of / and / for as Urdu writes them inside an English body's name (نیشنل بینک آف
پاکستان): never in Urdu's own wording."""

NAME_STOP_AFTER_ROLE: frozenset[str] = frozenset(
    fold_token(w) for w in _load("name_stop_after_role")
)
"""Words that follow a role word without being a name (وزیراعظم ہاؤس, صدر مملکت)."""

ORG_HEADS: frozenset[str] = frozenset(
    fold_token(w)
    for w in _load("org_heads")
)
"""Last words of organisation names (مسلم لیگ، شنگھائی تعاون تنظیم)."""

ENGLISH_COMMON: frozenset[str] = frozenset(
    _load("english_common")
)
"""Lower-case English words that do not make a capitalised word a name (sentence starts, headlines)."""

NAME_PARTS: frozenset[str] = frozenset(
    fold_token(w)
    for w in _load("name_parts")
)
"""Folded given names and surnames common in Pakistani news: a word that is one of these
and is not in the source is very likely a swapped-in person name (used with `source=`)."""

PLACE_HEADS: frozenset[str] = frozenset(
    fold_token(w)
    for w in _load("place_heads")
)
"""Words that end names of places and institutions (ہزارہ ٹاؤن، پاسپورٹ آفس, الہ آباد یونیورسٹی)."""

PLACE_SUFFIXES: tuple[str, ...] = tuple(fold_token(w) for w in _load("place_suffixes"))
"""Endings of South Asian place names, run together (میرپور، سیالکوٹ) or spaced (مظفر گڑھ)."""

PLACE_SUFFIX_EXCEPTIONS: frozenset[str] = frozenset(
    fold_token(w) for w in _load("place_suffix_exceptions")
)
"""Ordinary words with a place ending (بھرپور "full", قبرستان "graveyard")."""

ADMIN_HEADS: frozenset[str] = frozenset(
    fold_token(w) for w in _load("admin_heads")
)
"""Words before a place name (تحصیل X، ضلع X): a new word after one is a place."""

INSTITUTION_HEADS: frozenset[str] = frozenset(
    fold_token(w) for w in _load("institution_heads")
)
"""Words that begin institution and landmark names (وزارت X، مسجد X، تھانہ X): the whole
phrase, not each word, is the name, so it must be in the source as a whole."""

INSTITUTION_TAILS: frozenset[str] = frozenset(
    fold_token(w)
    for w in _load("institution_tails")
)
"""Words that end institution names (پارلیمنٹ ہاؤس، پاسپورٹ آفس، جناح انٹرنیشنل): the
phrase they end is a name, and must be in the source as a whole."""

BODY_TAILS: frozenset[str] = INSTITUTION_TAILS | ORG_HEADS
"""Last words of a body's name, institution or organisation (کرکٹ بورڈ، قومی اسمبلی)."""

_COMPASS_GROUPS = (
    "شمالی شمال نارتھ",
    "جنوبی جنوب ساؤتھ ساوتھ",
    "مشرقی مشرق ایسٹ",
    "مغربی مغرب ویسٹ",
    "وسطی سینٹرل",
)
COMPASS: dict[str, int] = {fold_token(w): k for k, g in enumerate(_COMPASS_GROUPS) for w in _words(g)}
"""Compass words, Urdu and transliterated English, that make a new place of the place
after them (شمالی امریکہ، ویسٹ انڈیز) → their direction (جنوبی and ساؤتھ are one)."""

_CENTRAL = COMPASS[fold_token("وسطی")]
_WEST_OF = {fold_token("غرب"): COMPASS[fold_token("مغرب")]}
"""غرب: west in Arabic names (غرب اردن, the West Bank), which make no place of the word after."""


_REGION_AFTER = frozenset(fold_token(w) for w in ("وسطی", "وسطیٰ", "بعید"))
"""مشرق وسطیٰ, مشرق بعید: the Middle and Far East, regions named, no direction given."""


def compass_directions(tokens: Sequence[str]) -> Iterator[tuple[int, int]]:
    """(direction, token index) of each north, south, east or west among folded tokens
    (شمال مشرقی: north and east); not central, which names as often as it points (وسطی ایشیا)."""
    for i, tok in enumerate(tokens):
        direction = COMPASS.get(tok, _WEST_OF.get(tok))
        if direction is not None and direction != _CENTRAL and not (
                i + 1 < len(tokens) and tokens[i + 1] in _REGION_AFTER):
            yield direction, i

GENERIC_QUALIFIERS: frozenset[str] = frozenset(
    fold_token(w)
    for w in _load("generic_qualifiers")
)
"""Qualifiers before an institution word that describe rather than name (قریبی ہسپتال،
سول سوسائٹی، ون ڈے انٹرنیشنل)."""

ENGLISH_HONORIFICS: frozenset[str] = frozenset(_load("english_honorifics"))
"""English honorifics and epithets before a name (Sheikh, Syed, Gen's `(retd)`): not the name."""

URDU_OUTLET_WORDS: frozenset[str] = frozenset(fold_token(w) for w in ("نیوز", "ٹائمز", "پوسٹ", "ٹریبیون", "ہیرالڈ", "گزٹ"))
"""A paper's or a channel's last word, English written as it sounds (جیو نیوز، ہندوستان ٹائمز)."""

NAME_INTRODUCERS: frozenset[str] = frozenset(fold_token(w) for w in _load("name_introducers"))
"""Words after which the next word is a name even when it is also an ordinary word
(کرکٹر دانش، چینل جیو، ڈسٹرکٹ جرم): a name slot."""


def word_table(name: str) -> dict[str, str]:
    """Folded Urdu form (spaces removed) → English, from `data/<name>`, rows of `english<TAB>urdu
    forms`; the first row that lists a form keeps it."""
    text = resources.files("summarizer.lexicon").joinpath("data", name).read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            english, urdu = line.split("\t")
            for form in urdu.split("|"):
                if form.strip():
                    out.setdefault(fold(form).replace(" ", ""), english.strip())
    return out


def _load_portfolios() -> dict[str, tuple[str, ...]]:
    text = resources.files("summarizer.lexicon").joinpath("data", "portfolios.tsv").read_text(encoding="utf-8")
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            english, urdu = line.split("\t")
            out[english.strip().lower()] = tuple(f.strip() for f in urdu.split("|") if f.strip())
    return out


PORTFOLIOS: dict[str, tuple[str, ...]] = _load_portfolios()
"""A ministry's or minister's subject in English (lower case) → the Urdu words for it, where the
ministries check knows them (`portfolios.tsv`)."""


@cache
def loanwords() -> dict[str, str]:
    """Folded Urdu spelling (spaces removed) → the English word papers wrote as it sounds inside a
    name (`loanwords.tsv`: نیشنل National, کمیٹی Committee)."""
    return word_table("loanwords.tsv")


@cache
def name_parts() -> dict[str, str]:
    """Folded Urdu name part → the spelling desks print most (`name_parts_en.tsv`: یاسر Yasir, not the
    names table's Yasser; ڈیوڈ David). Hand-written by the team from general knowledge; read by
    both the matcher (two rows are two people) and the romanizer (the desk's spelling)."""
    return word_table("name_parts_en.tsv")


def _load_name_words() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """`name_words.tsv` (translations), then `loanwords.tsv` (the English word written as it sounds);
    and the forms the tables write as one word."""
    out: dict[str, tuple[str, ...]] = {}
    singles: set[str] = set()
    for name in ("name_words.tsv", "loanwords.tsv"):
        text = resources.files("summarizer.lexicon").joinpath("data", name).read_text(encoding="utf-8")
        for line in text.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            english, urdu = line.split("\t")
            forms = tuple(fold_token(f.strip()).replace(" ", "") for f in urdu.split("|") if f.strip())
            singles.update(fold_token(f.strip()) for f in urdu.split("|") if f.strip() and " " not in f.strip())
            out[english.strip().lower()] = tuple(dict.fromkeys(out.get(english.strip().lower(), ()) + forms))
    return out, frozenset(singles)


NAME_WORDS: dict[str, tuple[str, ...]]
"""English words of organisation names → the Urdu words papers translate them by (folded,
spaces removed): National ↔ قومی، Ministry ↔ وزارت، Meteorological ↔ موسمیات."""
NAME_WORD_SINGLES: frozenset[str]
"""Forms of `NAME_WORDS` written as one word in the tables (جوائنٹ), not two run together (صدرمملکت)."""
NAME_WORDS, NAME_WORD_SINGLES = _load_name_words()


@lru_cache(maxsize=1)
def _lemma_rows() -> tuple[tuple[str, str], ...]:
    """(folded form, folded lemma) of every row of `data/urdu_inflections.tsv`, read once."""
    text = resources.files("summarizer.lexicon").joinpath("data", "urdu_inflections.tsv").read_text(encoding="utf-8")
    return tuple((fold_token(form), fold_token(lemma)) for form, lemma, *_ in
                 (line.split("\t") for line in text.splitlines() if line and not line.startswith("#")))


@lru_cache(maxsize=1)
def _inflections() -> frozenset[str]:
    return frozenset(form for form, _ in _lemma_rows())


_INFINITIVE = fold_token("نا")


@lru_cache(maxsize=1)
def _paradigms() -> dict[str, tuple[str, ...]]:
    """Folded form → the folded forms of every noun or adjective paradigm it belongs to (its
    lemma's forms and the lemma). Verbs are left out: their many short forms (مری, پالے, دلایا)
    are spelt as names are (Marri, Pallekele) and sum to a frequency no name reaches."""
    by_lemma: dict[str, set[str]] = {}
    for form, lemma in _lemma_rows():
        if not lemma.endswith(_INFINITIVE):
            by_lemma.setdefault(lemma, {lemma}).add(form)
    out: dict[str, set[str]] = {}
    for forms in by_lemma.values():
        for form in forms:
            out.setdefault(form, set()).update(forms)
    return {form: tuple(sorted(forms)) for form, forms in out.items()}


@lru_cache(maxsize=65536)
def paradigm_zipf(token: str) -> float:
    """Zipf frequency of a folded token's whole paradigm: the summed frequency of every form of
    its lemma (قرضہ 4.4 alone, with قرضے and قرضوں 4.9). A noun that declines is as everyday as
    all its forms together, however its use splits among them; 0 for a word the table lacks
    and for a verb's form."""
    forms = _paradigms().get(token)
    if not forms:
        return 0.0
    return math.log10(sum(10 ** urdu_zipf(f) for f in forms))


def urdu_inflected(token: str) -> bool:
    """A folded token is a form of an everyday Urdu word that declines or conjugates
    (بھڑکے of بھڑکنا, کٹوائی of کٹنا): LughaatNLP's lemma table, `data/urdu_inflections.tsv`.
    Loaded on first use. Some names are also words (بھٹو، بٹ), so this is evidence against a
    weak claim only, never against a known name."""
    return token in _inflections()


@cache
def team_nicknames() -> tuple[tuple[str, tuple[str, ...], str], ...]:
    """(English nickname, folded Urdu forms, country) of national sides (`team_nicknames.tsv`:
    Kiwis ↔ کیوی, New Zealand)."""
    text = resources.files("summarizer.lexicon").joinpath("data", "team_nicknames.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            english, urdu, country = line.split("\t")
            rows.append((english, tuple(fold(f) for f in urdu.split("|") if f.strip()), country))
    return tuple(rows)


@lru_cache(maxsize=65536)
def urdu_zipf(token: str) -> float:
    """wordfreq's Urdu Zipf frequency of a folded token: the most frequent word that folds to
    it, as folding hides a word's written form (میزائل folds to میزایل, which wordfreq lacks)."""
    from wordfreq import zipf_frequency  # lazy: its tables load in ~200 ms

    return max(float(zipf_frequency(token, "ur")), folded_zipf().get(token, 0.0))


@lru_cache(maxsize=65536)
def english_zipf(word: str) -> float:
    """wordfreq's English Zipf frequency of a lower-case word."""
    from wordfreq import zipf_frequency  # lazy: its tables load in ~200 ms

    return float(zipf_frequency(word, "en"))


@cache
def folded_zipf() -> dict[str, float]:
    """Folded form → the Zipf frequency of the most frequent of wordfreq's 23,000 Urdu words
    with that form (ئ → ی, میزائل → میزایل): one table for every frequency test on folded text."""
    from wordfreq import get_frequency_dict  # lazy: its tables load in ~200 ms

    out: dict[str, float] = {}
    for word, freq in get_frequency_dict("ur").items():
        key, z = fold_token(word), math.log10(freq * 1e9) if freq > 0 else 0.0
        if z > out.get(key, -1.0):
            out[key] = z
    return out


@cache
def news_agency_demonyms() -> dict[str, frozenset[str]]:
    """A news agency's English name or short form (lower case) → the demonyms a desk puts before it
    (`news_agencies.tsv`: AFP French, Xinhua Chinese)."""
    text = resources.files("summarizer.lexicon").joinpath("data", "news_agencies.tsv").read_text(encoding="utf-8")
    out: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            names, demonyms = line.split("\t")
            people = frozenset(d.strip().lower() for d in demonyms.split("|") if d.strip())
            for name in names.split("|"):
                out[name.strip().lower()] = people
    return out
