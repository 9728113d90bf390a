"""English spelling of Urdu names as an English-language Pakistani desk prints them.

Layers, first hit wins:
1. Known names (`lexicon/data/known_names.tsv`): people, places and organisations with their
   Urdu spellings and the desk's English (Sergei Lavrov, Rawalpindi, ISPR). Hand-written.
2. Letter-name acronyms (`آئی ایس پی آر` → ISPR), then the gazetteer (CLDR via babel plus the
   hand list: `چین` → China).
3. A names resource: `arabic-name-romanizer` (MIT, offline: a Wikidata-derived table of full
   names and name parts, then a small Persian-script ONNX model for parts it lacks), asked with
   the Pakistani country hint so `محمود` reads Mahmood, not Mahmoud. Parts of known names
   (`ولادیمیر` → Vladimir) replace what it gives for the same words.
   Before it: a title is printed as the desk prints it (شیخ Sheikh, مولانا Maulana) and the
   rest spelt on its own; a spelling of two or more words within a letter or two of a known
   name's is that name (رجب طیب اردوغان for رجب طیب اردوان); Arabic names with بن are spelt part
   by part (bin, and ال as Al: محمد بن زاید النہیان → ... bin Zayed Al Nahyan).
   Before it too: a listed person, place or body heard in a spelling no list holds (`heard_known`:
   لورنٹ فیبیس is the listed Laurent Fabius), where a word of the spelling is one the tables lack;
   a government named after its listed leader (اوباما انتظامیہ: Obama administration).
   A part neither it nor the tables know is first tried as an English word heard in Urdu
   letters (`heard_english`: گرفتھس Griffiths, ٹرافالگر Trafalgar; inside an institution's name
   any English word, پبلشنگ Publishing), before the model's guess.
4. uroman, letter by letter, when the romanizer is not installed.

`english_spelling` is deterministic and cached; the romanizer loads once (about 1 s).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from rapidfuzz import fuzz, process

from summarizer.lexicon.words import COMPASS, NAME_PARTS, URDU_COMMON, loanwords, name_parts
from summarizer.names import gazetteer
from summarizer.names.acronyms import letter_of, urdu_to_acronym
from summarizer.names.heard_english import heard_english
from summarizer.names.heard_known import heard_known
from summarizer.names.matching import sound_key
from summarizer.names.name_db import attested_spellings
from summarizer.names.org_names import translated_org
from summarizer.names.spoken_english import spoken_english, spoken_english_pair
from summarizer.names.transliterate import english_skeleton, romanize_tokens, urdu_skeletons
from summarizer.names.world_places import towns, world_place
from summarizer.text.normalize import fold, fold_token

__all__ = ["KnownName", "english_spelling", "in_known_person", "known_name", "known_names", "letter_by_letter"]

_KINDS = {"person": "person", "location": "location", "place": "location", "organization": "organization",
          "organisation": "organization", "other": "other"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class KnownName:
    english: str
    urdu: tuple[str, ...]
    type: str
    """person, location, organization or other."""


def _key(text: str) -> str:
    return fold(text).replace(" ", "")


@cache
def known_names() -> tuple[KnownName, ...]:
    """Every row of `lexicon/data/known_names.tsv`."""
    text = resources.files("summarizer.lexicon").joinpath("data", "known_names.tsv").read_text(encoding="utf-8")
    out: list[KnownName] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        english, urdu, kind = line.split("\t")
        out.append(KnownName(english, tuple(u.strip() for u in urdu.split("|") if u.strip()), kind))
    return tuple(out)


@cache
def _known_index() -> dict[str, KnownName]:
    out: dict[str, KnownName] = {}
    for entry in known_names():
        for form in entry.urdu:
            out.setdefault(_key(form), entry)
    return out


def _aligned(entry: KnownName) -> list[tuple[str, str]] | None:
    """(folded Urdu word, English word) pairs of a known person's usual spelling, when the two
    align word for word and each pair sounds alike (`Hafiz Naeem-ur-Rehman` / `نعیم الرحمان` do not)."""
    en_words = entry.english.split()
    ur_words = entry.urdu[0].split()
    if entry.type != "person" or len(ur_words) != len(en_words):
        return None
    pairs = [(fold_token(u), e) for u, e in zip(ur_words, en_words, strict=True)]
    for u, e in pairs:
        if fuzz.ratio(urdu_skeletons(u)[0], english_skeleton(e)) < 60:
            return None
    return pairs


@cache
def _part_index() -> dict[str, str]:
    """Folded Urdu word → English word, from known people whose names align word for word."""
    out: dict[str, str] = {}
    for entry in known_names():
        for u, e in _aligned(entry) or ():
            out.setdefault(u, e)
    return out


def _pairs_joined(words: list[str], listed: Container[str]) -> list[str]:
    """Two written words a table lists as one entry kept together as one (ثنا اللہ Sanaullah,
    ایئر ویز Airways, رنگ روڈ Ring Road), the pair before either word alone."""
    out: list[str] = []
    i = 0
    while i < len(words):
        if i + 1 < len(words) and _key(words[i] + words[i + 1]) in listed:
            out.append(words[i] + " " + words[i + 1])
            i += 2
        else:
            out.append(words[i])
            i += 1
    return out


def _hand_part(word: str) -> str | None:
    """A name part as the hand table spells it, else as a known person's name does."""
    return name_parts().get(_key(word)) or _part_index().get(fold_token(word))


@cache
def _gazetteer_parts() -> dict[str, str]:
    """The same from every person of the gazetteer (`شین` → Shane from Shane Watson serves Shane
    Bond too). Used only for a word the names model guesses: its table and the hand list spell
    Pakistani names the desk's way (Majeed, Pervez), where the gazetteer's many authors vary."""
    out: dict[str, str] = {}
    for e in gazetteer.entries():
        if e.type == "person":
            for u, en in _aligned(KnownName(e.english, e.urdu, "person")) or ():
                out.setdefault(u, en)
    return out


@cache
def _person_runs() -> frozenset[str]:
    """Keys of every run of two or more words of a known person's spellings (`شاہ محمود`)."""
    out: set[str] = set()
    for entry in known_names():
        if entry.type != "person":
            continue
        for form in entry.urdu:
            words = [fold_token(w) for w in form.split()]
            for i in range(len(words)):
                for j in range(i + 2, len(words) + 1):
                    out.add("".join(words[i:j]))
    return frozenset(out)


def in_known_person(urdu: str) -> bool:
    """Whether the words (two or more) are a known person's name or a run of it: `شاہ محمود`."""
    words = urdu.split()
    return len(words) >= 2 and "".join(fold_token(w) for w in words) in _person_runs()


def known_name(urdu: str) -> KnownName | None:
    """The known-names row an Urdu spelling belongs to, or None."""
    found = _known_form(urdu)
    return found[0] if found is not None else None


def _known_form(urdu: str) -> tuple[KnownName, str] | None:
    """The known-names row and the listed spelling an Urdu spelling is; a final ہ is also read
    as the final ا it spells (اوبامہ, اوباما: Obama)."""
    index = _known_index()
    forms = [urdu]
    if urdu.endswith(("ہ", "ا")) and len(urdu.split()[-1]) >= 4:
        forms.append(urdu[:-1] + ("ا" if urdu.endswith("ہ") else "ہ"))
    for form in forms:
        found = index.get(_key(form))
        if found is not None:
            return found, form
    return None


@cache
def _known_keys() -> tuple[list[str], list[KnownName]]:
    index = _known_index()
    keys = [k for k in index if len(k) >= 6]
    return keys, [index[k] for k in keys]


_NEAR_KNOWN = 90.0
"""rapidfuzz ratio at which an unlisted spelling of a name of two or more words is a known
name's (رجب طیب اردوغان for رجب طیب اردوان); نواز شریف / شہباز شریف are far below it."""


def _near_known(urdu: str) -> KnownName | None:
    """The known name an unlisted spelling of two or more words is a variant of, or None."""
    words = urdu.split()
    if len(words) < 2:
        return None
    keys, entries = _known_keys()
    key = _key(urdu)
    hit = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=_NEAR_KNOWN)
    if hit is None or hit[0][:1] != key[:1]:
        return None
    entry = entries[hit[2]]
    if entry.type == "person" and not _other_names(words, hit[0], entry):
        return None
    return entry if len(entry.urdu[0].split()) == len(words) or entry.type != "person" else None


_LED_BY = {fold_token("انتظامیہ"): "administration", fold_token("حکومت"): "government"}
"""A government named after the listed person who leads it, as desks print it (اوباما انتظامیہ:
Obama administration, عمران خان حکومت: Imran Khan government); the table reads انتظامیہ as
management, which fits a company, not a president."""


def _led_by(words: list[str]) -> str | None:
    head = _LED_BY.get(fold_token(words[-1])) if len(words) >= 2 else None
    leader = " ".join(words[:-1])
    if head is None or not any(e.type == "person" for e in gazetteer.lookup_urdu(leader)):
        return None
    return f"{english_spelling(leader, 'person')} {head}"


def _everyday_word(urdu: str) -> bool:
    """A single word Urdu uses every day or as a name part: not heard as a listed place or body."""
    key = gazetteer.urdu_key(urdu)
    return " " not in urdu.strip() and (key in URDU_COMMON or key in NAME_PARTS)


def _spelt_parts(urdu: str) -> tuple[frozenset[str], ...]:
    """Per word, the Latin spellings the names tables give it (the hand list, known people's
    parts, the names resource's attested ones), lower case."""
    out: list[frozenset[str]] = []
    for w in urdu.split():
        listed = _hand_part(w) or _gazetteer_parts().get(fold_token(w))
        out.append(frozenset(attested_spellings(w)) | ({listed.lower()} if listed else set()))
    return tuple(out)


def _other_names(words: list[str], key: str, entry: KnownName) -> bool:
    """False when the spelling differs from the known person's by a word that is another listed
    name part (ذوالفقار علی بھٹی is not ذوالفقار علی بھٹو)."""
    form = next((f for f in entry.urdu if _key(f) == key), None)
    if form is None or len(form.split()) != len(words):
        return True
    return _variant_words([fold_token(w) for w in words], [fold_token(w) for w in form.split()])


_NEAR_PERSON = 85.0
"""rapidfuzz ratio at which an unlisted spelling of two or more words is a listed person's
(مائک پینس for مائیک پینس, ڈانلڈ رمزفلڈ for ڈونلڈ رمزفیلڈ): foreign names have no one Urdu spelling."""


@cache
def _person_keys() -> tuple[list[str], list[tuple[str, tuple[str, ...]]]]:
    """Keys of the gazetteer's people written in two or more words → (English, folded words)."""
    keys: list[str] = []
    rows: list[tuple[str, tuple[str, ...]]] = []
    for entry in gazetteer.entries():
        if entry.type != "person":
            continue
        for form in entry.urdu:
            words = tuple(fold_token(w) for w in form.split())
            if len(words) >= 2:
                keys.append("".join(words))
                rows.append((entry.english, words))
    return keys, rows


@cache
def _attested_parts() -> frozenset[str]:
    """Folded name parts some list spells: two different ones are two different names."""
    return frozenset(_part_index()) | frozenset(_gazetteer_parts()) | frozenset(name_parts())


def _near_person(urdu: str) -> str | None:
    """The listed person an unlisted spelling is a close variant of, or None. Word for word, a
    word that differs must not be another listed name part (بلاول بھٹی is not بلاول بھٹو, سید
    فرہاد علی شاہ not سید مراد علی شاہ), unless the words they share hold a surname no list
    knows as a name part (مارکوس ٹریسکوتھک is Marcus Trescothick). Split or run together
    otherwise (بنالی یلدرم for بن علی یلدرم, کماراسنگاکارا for کمار سنگاکارا), the letters must
    be all but one or two the same."""
    words = tuple(fold_token(w) for w in urdu.split())
    keys, rows = _person_keys()
    key = "".join(words)
    if len(words) < 2 and len(key) < _JOINED_MIN:
        return None
    for listed, score, idx in process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=_NEAR_PERSON, limit=5):
        english, theirs = rows[idx]
        if listed[:1] != key[:1]:
            continue
        if len(theirs) == len(words):
            if _variant_words(list(words), list(theirs)) or _rare_surname_shared(list(words), list(theirs)):
                return english
        elif score >= _NEAR_JOINED and len(key) >= _JOINED_MIN:
            return english
    return None


_NEAR_JOINED = 90.0
_JOINED_MIN = 8
"""Letters a name split or joined otherwise than the listed one needs before a near match is it."""


def _rare_surname_shared(ours: list[str], theirs: list[str]) -> bool:
    """The spellings share a last word no list knows as a name part (ٹریسکوتھک), and each other
    word differs by its vowels alone (مارکوس, مارکس): one person, as no other carries the surname."""
    last = ours[-1]
    if last != theirs[-1] or len(last) < _RARE_SURNAME_MIN or _surname_people().get(last, 0) != 1:
        return False
    if last in name_parts() or last in _part_index() or last in NAME_PARTS:
        return False
    return all(a == b or sound_key(a) == sound_key(b) for a, b in zip(ours[:-1], theirs[:-1], strict=True))


_RARE_SURNAME_MIN = 5


@cache
def _surname_people() -> dict[str, int]:
    """Folded last word of the gazetteer's people written in two words or more → how many people."""
    out: dict[str, set[str]] = {}
    for english, words in _person_keys()[1]:
        out.setdefault(words[-1], set()).add(english)
    return {k: len(v) for k, v in out.items()}


def _variant_words(ours: list[str], theirs: list[str]) -> bool:
    """Folded words of one name spelt two ways: each differing pair is not two listed name parts
    (بھٹی / بھٹو are two surnames) and sounds alike (`_same_sound`)."""
    attested = _attested_parts()
    return all(a == b or ((not (a in attested and b in attested) or _one_english(a, b)) and _same_sound(a, b))
               for a, b in zip(ours, theirs, strict=True))


def _one_english(a: str, b: str) -> bool:
    """Two listed name parts the tables spell alike in English (لیوس, لویس: Lewis) are one name."""
    def spellings(w: str) -> set[str]:
        return {e.lower() for e in (name_parts().get(w), _part_index().get(w), _gazetteer_parts().get(w)) if e}

    return bool(spellings(a) & spellings(b))


def _same_sound(a: str, b: str) -> bool:
    """Two spellings of one word: other vowel letters or same-sound letters (ڈراوڈ / ڈریوڈ,
    ایشوریہ / ایشوریا), or one letter apart in a long word, from the same first letter; not
    نقیب / نجیب, میرو / میجر, لارسن / کلاسن (Larsen is no Klaasen) nor میرو / میکنرو."""
    if sound_key(a.rstrip("ہا")) == sound_key(b.rstrip("ہا")):
        return True
    return a[:1] == b[:1] and abs(len(a) - len(b)) <= 1 and fuzz.ratio(a, b) >= 80


_NEAR_PLACE_LEN = 7
"""Shorter place spellings are too close to other words for a one-letter difference to mean the place."""


@cache
def _gazetteer_place_keys() -> tuple[str, ...]:
    """Every Urdu key the gazetteer holds a place under."""
    return tuple(k for k in gazetteer.urdu_keys() if any(e.type == "location" for e in gazetteer.lookup_urdu(k)))


@cache
def _place_keys() -> tuple[str, ...]:
    return tuple(k for k in _gazetteer_place_keys() if len(k) >= _NEAR_PLACE_LEN)


@cache
def _places_by_sound() -> dict[str, frozenset[str]]:
    """Sound key → the gazetteer place keys that sound so."""
    out: dict[str, set[str]] = {}
    for k in _gazetteer_place_keys():
        out.setdefault(sound_key(k), set()).add(k)
    return {s: frozenset(v) for s, v in out.items()}


_SOUNDED_PLACE_MIN = 3
"""Consonants a place's sound key needs before another vowel spelling of it is the place."""


def _place_by_sound(urdu: str) -> str | None:
    """The one gazetteer place spelt with one vowel letter more or less inside it (میزوری for
    میسوری Missouri, چبوک for چیبوک Chibok): one place sounds so, and the word is no everyday
    word or name part."""
    key = gazetteer.urdu_key(urdu)
    sound = sound_key(key)
    if " " in urdu.strip() or len(sound) < _SOUNDED_PLACE_MIN or key in NAME_PARTS or key in URDU_COMMON:
        return None
    found = _places_by_sound().get(sound, frozenset())
    english = {gazetteer.name_written(e, urdu) for k in found for e in gazetteer.lookup_urdu(k) if e.type == "location"}
    return english.pop() if len(english) == 1 and any(_inner_vowel_apart(key, k) for k in found) else None


_VOWEL_LETTERS = frozenset(fold_token(c) for c in "اویےعءئہ")


def _inner_vowel_apart(a: str, b: str) -> bool:
    """One vowel letter more or less inside the word, not at either end (چبوک, چیبوک; not
    البرٹ, البرٹا: Albert is no Alberta)."""
    if abs(len(a) - len(b)) != 1:
        return False
    long, short = (a, b) if len(a) > len(b) else (b, a)
    at = next((i for i, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return long[:at] + long[at + 1 :] == short and 0 < at < len(long) - 1 and long[at] in _VOWEL_LETTERS


def _near_place(urdu: str) -> str | None:
    """The gazetteer place an unlisted spelling is within a letter or two of (CLDR's پیورٹو ریکو
    for پورٹو ریکو, نایجیریا for نائیجیریا): a place has one English name however Urdu spells it."""
    key = gazetteer.urdu_key(urdu)
    if len(key) < _NEAR_PLACE_LEN:
        return _place_by_sound(urdu)
    hit = process.extractOne(key, _place_keys(), scorer=fuzz.ratio, score_cutoff=_NEAR_KNOWN)
    if hit is None or hit[0][:1] != key[:1]:
        return None
    return next(gazetteer.name_written(e, urdu) for e in gazetteer.lookup_urdu(hit[0]) if e.type == "location")


def _known_english(entry: KnownName, urdu: str) -> str:
    """The row's English, or the words of it this spelling writes: `نوید قمر` for
    `سید نوید قمر` is Naveed Qamar, `بائیڈن` for `جو بائیڈن` is Biden."""
    pairs = _aligned(entry)
    words = [fold_token(w) for w in urdu.split()]
    if pairs is None or len(words) >= len(pairs):
        return entry.english
    it = iter(pairs)
    picked: list[str] = []
    for w in words:  # the spelling's words must be the usual form's words, in order
        for u, e in it:
            if u == w:
                picked.append(e)
                break
        else:
            return entry.english
    return " ".join(picked)


@cache
def _romanizer() -> Any | None:
    try:
        from arabic_name_romanizer import Transliterator
    except ImportError:  # optional at run time: fall back to letter by letter
        return None
    return Transliterator()


def _no_stage_names(units: Any, others: Any) -> Any:
    """The names table's reading of a word in capitals (جیم → HARDJIM, ڈی → DJ: a stage name or a
    label, not how the word is spelt as a name) gives way to the next candidate's reading of it."""
    out = list(units)
    for i, u in enumerate(out):
        if u.source == "dictionary" and len(u.latin) > 1 and u.latin.isupper():
            for other in others:
                alt = getattr(other, "units", ())
                if len(alt) == len(out) and not alt[i].latin.isupper():
                    out[i] = alt[i]
                    break
    return out


def letter_by_letter(urdu: str) -> str:
    """The old way: uroman on each word, capitalised (`عمران خان` → `Mran Khan`)."""
    return romanize_tokens(urdu.split())


def _gazetteer(urdu: str, kind: str | None) -> str | None:
    found = [e for e in gazetteer.lookup_urdu(urdu) or gazetteer.lookup_urdu_sounded(urdu) if e.type != "demonym"]
    if not found:
        return None
    if kind is not None:
        found = sorted(found, key=lambda e: e.type != kind)
    entry = found[0]
    if entry.type == "person":  # the words this spelling writes (ناصر جنجوعہ: Nasser Janjua)
        return _known_english(KnownName(entry.english, entry.urdu, entry.type), urdu)
    return gazetteer.name_written(entry, urdu)


def _model(urdu: str, kind: str | None = None) -> str | None:
    tr = _romanizer()
    if tr is None:
        return None
    words = urdu.split()
    pieces = _pairs_joined(words, name_parts())
    hand = [_hand_part(w) for w in pieces]
    if all(hand):  # every word a listed part: no model
        return " ".join(_compound_ul(pieces, [h or "" for h in hand]))
    cands = tr.transliterate(urdu, top_k=2, country="PK")  # top_k > 1: candidates with units
    if not cands:
        return None
    best = cands[0]
    units = getattr(best, "units", ())
    if units and len(units) == len(words):
        # a hand-listed part comes first; then a part the names table attests; a guessed one
        # yields to a known name's part
        guessed = _gazetteer_parts()
        parts = _part_index()
        units = _no_stage_names(units, cands[1:])
        out = [name_parts().get(fold_token(w)) or (u.latin if u.source == "dictionary" else
                                                    parts.get(fold_token(w)) or guessed.get(fold_token(w))
                                                    or _heard(w, kind) or u.latin)
               for w, u in zip(words, units, strict=True)]
        if len(words) > 1 and fold_token(words[0]) == _JAN and not _hand_part(words[1]) and fold_token(words[1]) not in NAME_PARTS:
            out[0] = "John"  # جان کی, جان بوہر: John before a Western surname; Jan before a Pakistani name (جان محمد)
        return " ".join(p if p in _PARTICLE_WORDS else _cap(p) for p in _compound_ul(words, _particles(words, out)))
    return " ".join(_cap(p) for p in str(best.text).split())


_JAN = fold_token("جان")


def _heard(word: str, kind: str | None) -> str | None:
    """The English word `word` is heard as; for a person, never a place the gazetteer or the
    known names hold (راوالپنڈی as a person's name is not Rawalpindi)."""
    heard = heard_english(word)
    if heard is None or kind != "person":
        return heard
    place = heard in _known_places() or any(e.type == "location" for e in gazetteer.lookup_english(heard))
    return None if place else heard


@cache
def _known_places() -> frozenset[str]:
    """The English of every place row of the known names."""
    return frozenset(e.english for e in known_names() if e.type == "location")


_SUN = {fold_token(k): v for k, v in {"ت": "t", "ث": "s", "د": "d", "ذ": "z", "ر": "r", "ز": "z", "س": "s",
                                       "ش": "sh", "ص": "s", "ض": "z", "ط": "t", "ظ": "z", "ن": "n"}.items()}
"""Sun letters: the article's l takes their sound (الرحمان → ur-Rehman, الدین → ud-Din)."""
_NISBA = frozenset(fold_token(c) for c in "یے")


def _compound_ul(words: list[str], out: list[str]) -> list[str]:
    """A word with the Arabic article after a given name, where the romanizer dropped the article
    (منیب الرحمان → Muneeb Rahman), is the second half of a compound name: Muneeb-ur-Rehman,
    Ijaz-ul-Ahsan. Not for a nisba surname (العبادی: al-Abadi) nor اللہ (Sanaullah)."""
    res: list[str] = []
    for i, (w, latin) in enumerate(zip(words, out, strict=True)):
        f = fold_token(w)
        bare = f[len(_AL):]
        if (i and res and f.startswith(_AL) and len(bare) >= 2 and not bare.startswith(_AL[-1])
                and bare[-1] not in _NISBA and latin[:2].lower() not in ("al", "ul", "el", "il")):
            article = "u" + _SUN.get(bare[0], "l")
            res[-1] = f"{_cap(res[-1])}-{article}-{_cap(english_spelling(w[len(_AL):], 'person'))}"
            continue
        head, _, tail = latin.partition(" ")
        if i and res and f.startswith(_AL) and tail and re.fullmatch(r"u(?:[lrsdnzt]|sh)", head.lower()):
            res[-1] = f"{_cap(res[-1])}-{head.lower()}-{_cap(tail)}"  # Zia Ul Haq → Zia-ul-Haq
            continue
        res.append(latin)
    return res


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:] if word else word


@lru_cache(maxsize=16384)
def english_spelling(urdu: str, kind: str | None = None) -> str:
    """The English a Pakistani desk prints for an Urdu name (`شاہ محمود قریشی` →
    `Shah Mahmood Qureshi`); `kind` (person, location, organization) breaks gazetteer ties.
    Accents of the sources (GeoNames' Thāne) are left out, as the desk prints them (Thane)."""
    return _desk_style(_plain_letters(_english_spelling(_khan_apart(urdu), kind)))


_DOTTED_INITIALS = re.compile(r"^(?:[A-Z]\. ?){2,4}(?=[A-Z][a-z])")
_ULLAH_APART = re.compile(r"\b([A-Z][a-z]+) Ullah\b")


def _desk_style(text: str) -> str:
    """Two habits of the desk a names table does not always share: initials before a name run
    together without stops (A. R. Rahman → AR Rahman, as `_initials` writes them), and a name
    ending in Allah written as one word (Saeed Ullah → Saeedullah, as Sanaullah, Fazlullah)."""
    head = _DOTTED_INITIALS.match(text)
    if head is not None:
        text = head.group().replace(".", "").replace(" ", "") + " " + text[head.end():]
    return _ULLAH_APART.sub(lambda m: m.group(1) + "ullah", text)


_KHAN = fold_token("خان")
_GIVEN_MIN = 3
"""Letters of a given name before a run-in Khan: شیخان is Sheikhan, not شی خان."""


def _khan_apart(urdu: str) -> str:
    """Khan run into the given name before it (ارشدخان) is a word of its own: Arshad Khan."""
    words = urdu.split()
    out: list[str] = []
    for w in words:
        f = fold_token(w)
        given = f[: -len(_KHAN)]
        if f.endswith(_KHAN) and len(given) >= _GIVEN_MIN and (given in NAME_PARTS or _hand_part(given)):
            out.extend((w[: -len("خان")], "خان") if w.endswith("خان") else (w,))
        else:
            out.append(w)
    return " ".join(out) if out != words else urdu


_UNDECOMPOSED = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D"})
"""Letters with no accent to strip that the desk prints plain (Yıldırım: Yildirim)."""


def _plain_letters(text: str) -> str:
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED)) if not unicodedata.combining(c))


def _english_spelling(urdu: str, kind: str | None = None) -> str:
    text = " ".join(urdu.split())
    if not text:
        return ""
    if any("a" <= c.lower() <= "z" for c in text):
        return text  # already Latin
    want = _KINDS.get(kind or "")
    known = _known_form(text)
    if known is not None:
        return _known_english(*known)
    acronym = urdu_to_acronym(text)
    if acronym is not None and len(text.split()) >= 2:
        return acronym
    title, rest = _title(text)
    listed = _gazetteer(text, want)  # before a title is taken off: سردار بردی محمدوف is Serdar Berdimuhamedow
    if listed is not None:
        return listed if title is None or _title_in_name(title, listed) else f"{title} {listed}"
    if title is None and kind == "person":
        title, rest = _office(text)
    if title is not None:
        named = english_spelling(rest, kind)
        return named if named.startswith(title + " ") else f"{title} {named}"
    near = _near_known(text)
    if near is not None:
        return near.english
    words = text.split()
    regnal = _REGNAL.get(fold_token(words[-1])) if len(words) >= 2 else None
    if regnal is not None and want != "location":  # ملکہ الزبتھ دوم: Queen Elizabeth II
        ruler = english_spelling(" ".join(words[:-1]), kind)
        return ruler if ruler.split()[-1] in _REGNAL.values() else f"{ruler} {regnal}"
    person = _near_person(text) if want in (None, "person") else None
    if person is not None:
        return person
    spelt = _spelt_parts(text)
    person = heard_known(text, "person", spelt) if want in (None, "person") and not all(spelt) else None
    if person is not None:
        return person
    if want is None and len(words) >= 2 and all(fold_token(w) in NAME_PARTS or fold_token(w) in name_parts() for w in words):
        return english_spelling(text, "person")  # عالیہ ریاض: Aliya Riaz, not "High Riyadh"
    led = _led_by(words) if want != "person" else None
    if led is not None:
        return led
    org = translated_org(text) if want != "person" else None
    if org is not None:
        return org
    initials = _initials(text, kind)
    if initials is not None:
        return initials
    place = _near_place(text) if want != "person" else None
    if place is not None:
        return place
    place = world_place(text) if want != "person" else None
    if place is not None:
        return place
    place = _near_town(text) if want != "person" else None
    if place is not None:
        return place
    if want != "person" and not all(spelt) and not _everyday_word(text):
        for listed_kind in ("location", "organization") if want != "organization" else ("organization",):
            heard = heard_known(text, listed_kind, spelt)
            if heard is not None:
                return heard
    if want != "person":
        composed = _with_place_words(text, kind)
        if composed is not None:
            return composed
    return _slavic_endings(text, _arabic_parts(text) or _model(text, want) or letter_by_letter(text))


def _title_in_name(title: str, english: str) -> bool:
    """Whether a listed name's English opens with the title's word as a name of its own (Serdar,
    Hafez: سردار and حافظ are given names there); else the desk prints the title before the name
    (شیخ صباح الاحمد: Sheikh Sabah al-Ahmad)."""
    first = english.split()[0].lower()
    return fuzz.ratio(first, title.split()[0].lower()) >= _TITLE_AS_NAME


_TITLE_AS_NAME = 70.0


_REGNAL = {fold_token(k): v for k, v in {"اول": "I", "دوم": "II", "سوم": "III", "چہارم": "IV", "پنجم": "V",
                                          "ششم": "VI"}.items()}
"""Persian ordinals after a ruler's or pope's name (الزبتھ دوم Elizabeth II, نکولس دوم Nicholas II)."""
_SLAVIC_OV = re.compile(r"(?:ou|au|o|u|a)f$")
_WF = fold_token("وف")
_OV_NOT = tuple(fold_token(e) for e in ("روف", "عوف"))
"""Endings of Arabic names in وف (معروف Maroof, رؤف Rauf as روف), never a Slavic -ov."""


def _slavic_endings(urdu: str, english: str) -> str:
    """A word heard letter by letter that ends in وف after three letters or more is a Slavic -ov
    (سیربرینکوف Serebrennikov, زیوگانوف Zyuganov), not the -ouf or -of of a reading by ear."""
    ours, theirs = urdu.split(), english.split()
    if len(ours) != len(theirs):
        return english
    out = []
    for u, e in zip(ours, theirs, strict=True):
        key = fold_token(u)
        if len(key) >= 5 and key.endswith(_WF) and not key.endswith(_OV_NOT) and "ؤ" not in u and e.isalpha():
            e = _SLAVIC_OV.sub("ov", e)
        out.append(e)
    return " ".join(out)


_PARTICLES = {fold_token(k): v for k, v in {"ڈی": "de", "دی": "de", "وان": "van", "فان": "van", "وون": "von",
                                             "فون": "von", "ڈا": "da", "دا": "da"}.items()}
"""European surname particles as Urdu writes them (ڈیوڈ ڈی گیا David de Gea, تھیو وان گو Theo
van Gogh): between a given name and a surname they are these, never the letter D or Van the town."""
_PARTICLE_WORDS = frozenset(_PARTICLES.values())


def _particles(words: list[str], out: list[str]) -> list[str]:
    """A surname particle between a given name and a surname read as the particle (`_PARTICLES`)."""
    return [(_PARTICLES.get(fold_token(w)) if 0 < i < len(words) - 1 and letter_of(words[i + 1]) is None else None)
            or latin for i, (w, latin) in enumerate(zip(words, out, strict=True))]


_NEAR_TOWN = 83.0
_NEAR_TOWN_MIN = 4


@cache
def _towns_by_sound() -> dict[str, tuple[tuple[str, str], ...]]:
    """Sound key → (folded spelling, English) of every GeoNames town, most populous first."""
    out: dict[str, list[tuple[str, str]]] = {}
    for _, name, spellings in towns():
        for alt in spellings:
            key = _key(alt)
            out.setdefault(sound_key(key), []).append((key, name))
    return {k: tuple(v) for k, v in out.items()}


def _near_town(text: str) -> str | None:
    """The town GeoNames spells a letter or two apart from `text`, with the same consonants heard
    (گلاسکو for گلاسگو Glasgow, ولنگٹن for ویلنگٹن Wellington, ارابیل for اربیل Erbil): Urdu
    writers spell a foreign town by ear, and no list holds every way. One word, not a name part
    a person carries (درگا is Durga before Durg)."""
    key = _key(text)
    if " " in text or len(key) < _NEAR_TOWN_MIN or key in NAME_PARTS:
        return None
    best: tuple[float, str] | None = None
    for spelling, name in _towns_by_sound().get(sound_key(key), ()):
        score = fuzz.ratio(key, spelling)
        if len(spelling) >= _NEAR_TOWN_MIN and score >= _NEAR_TOWN and (best is None or score > best[0]):
            best = (score, name)
    return best[1] if best else None


_SOUNDED_SMALL = {"آف": "of", "اینڈ": "and", "فار": "for", "ان": "in", "آن": "on"}
"""English small words written as they sound inside a name (National Liberation Front آف Tripura)."""


@cache
def _place_words() -> dict[str, tuple[str, str]]:
    """Folded Urdu word (one or two written words, spaces removed) → (desk English, how: word /
    suffix / after): `place_words.tsv`, then the English words papers write as sounds inside
    names (`loanwords.tsv`: نیشنل National, کمیٹی Committee), then sounded small words (آف of)."""
    text = resources.files("summarizer.lexicon").joinpath("data", "place_words.tsv").read_text(encoding="utf-8")
    out: dict[str, tuple[str, str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            urdu, english, how = line.split("\t")
            out[_key(urdu)] = (english, how)
    for key, english in loanwords().items():
        out.setdefault(key, (english, "word"))
    for urdu, english in _SOUNDED_SMALL.items():
        out.setdefault(_key(urdu), (english, "small"))
    return out


_LOAN_SOUND_MIN = 4
"""Consonants a loan word's sound key needs before a variant spelling is read as it: shorter keys
(ٹیسٹ، ٹاسک) are too close to other words."""


@cache
def _loan_sounds() -> dict[str, str]:
    """Sound key → table key of each loan word whose key is long enough and is no other word's
    (ٹریبیونل is the listed ٹریبونل, آوبزرویٹری the listed آبزرویٹری)."""
    owners: dict[str, set[str]] = {}
    keys: dict[str, str] = {}
    for key, english in loanwords().items():
        sound = _DOUBLE_LETTER.sub(r"\1", sound_key(key))
        if len(sound) >= _LOAN_SOUND_MIN:
            owners.setdefault(sound, set()).add(english.lower())
            keys.setdefault(sound, key)
    return {sound: keys[sound] for sound, english in owners.items() if len(english) == 1}


_NEAR_LOAN = 85.0
_DOUBLE_LETTER = re.compile(r"(.)\1")


def _as_listed(word: str) -> str:
    """The table key of a word, or of the loan word it spells another way (other vowel letters,
    same-sound letters): `کانٹیننٹل` is the listed `کانٹینینٹل`."""
    key = _key(word)
    if key in _place_words() or " " in word:
        return key
    listed = _loan_sounds().get(_DOUBLE_LETTER.sub(r"\1", sound_key(key)))
    # the sound key drops vowels: the spelling must be close too (انگور is not انکوائری)
    return listed if listed is not None and fuzz.ratio(key, listed) >= _NEAR_LOAN else key


_OPENING_SUFFIXES = frozenset(("kot", "nagar"))
"""Suffixes that also open a place's name as a word of their own (کوٹ ادو Kot Addu, نگر پارکر)."""


def _with_place_words(text: str, kind: str | None) -> str | None:
    """A place name with words desks spell their own way (روڈ Road, چوک Chowk, خیل Khel), a
    suffix joined on (عزیز آباد Azizabad) or a unit put after it (تحصیل شوال → Shawal tehsil);
    its other words spelt as any name. None when it has no such word."""
    table = _place_words()
    words = _pairs_joined(text.split(), table)
    if len(words) == 1 and words[0] != text and table.get(_key(text), ("", ""))[1] == "word":
        return table[_key(text)][0]  # one entry in two written words (رنگ روڈ Ring Road)
    keys = [_as_listed(w) for w in words]
    if len(words) == 1 and keys[0] in _place_only() and table[keys[0]][1] == "word":
        return table[keys[0]][0]  # one loan word after initials (جے جے ہسپتال: JJ Hospital)
    if len(words) < 2 or not any(k in table and table[k][1] != "small" for k in keys):
        return None
    if not any(k in _place_only() for k in keys):
        return None  # White, Green, Park: also people's names (کارلوس بریتھ وائٹ is no place)
    out: list[str] = []
    after: list[str] = []
    rest: list[str] = []
    used = False

    institution = any(table.get(k, ("", ""))[1] == "word" for k in keys)

    def flush() -> None:
        if rest and institution:  # an institution's unknown words may be English words (وکاس پبلشنگ ہاؤس)
            rest[:] = _heard_pairs_joined(rest)
            heard = [_place_english(w) or (_institution_word(w) if _unknown_word(w) else None) for w in rest]
            if any(heard):
                run: list[str] = []
                for w, h in [*zip(rest, heard, strict=True), ("", "")]:
                    if h is None:
                        run.append(w)
                        continue
                    if run:
                        out.append(english_spelling(" ".join(run), kind))
                        run.clear()
                    if h:
                        out.append(h)
                rest.clear()
                return
        if rest:
            piece = " ".join(rest)
            # a piece shorter than the name is spelt as any name; never the name itself again
            out.append(english_spelling(piece, kind) if piece != text else
                       _arabic_parts(piece) or _model(piece, _KINDS.get(kind or "")) or letter_by_letter(piece))
            rest.clear()

    for w, key in zip(words, keys, strict=True):
        english, how = table.get(key, ("", ""))
        if how == "suffix" and (rest or out):
            flush()
            out[-1] += english
        elif how == "suffix" and english in _OPENING_SUFFIXES:  # کوٹ بگٹی: Kot Bugti, a word of its own
            out.append(_cap(english))
        elif how == "after":
            flush()
            after.append(english)
        elif how == "word" or (how == "small" and (rest or out)):  # a small word never opens a name
            flush()
            out.append(english)
        else:
            rest.append(w)
            continue
        used = True
    if not used:
        return None  # a suffix word opening the name (آباد کاری) is no place word here
    flush()
    return " ".join(out + after) if out else None


@lru_cache(maxsize=4096)
def _institution_word(word: str) -> str | None:
    """The English word an unknown word of an institution's name writes: by its letters
    (`heard_english`: پبلشنگ Publishing) or by its sound (`spoken_english`: فاؤنڈری Foundry,
    مسنگ Missing), the first taking in names of things English spells its own way (Netball)."""
    if " " in word:
        first, second = word.split(" ", 1)
        found = heard_english(first + second, words=True) or spoken_english_pair(first, second)
    else:
        found = heard_english(word, words=True) or spoken_english(word, least=_SPOKEN_LEAST)
    return _cap(found) if found else None


_SPOKEN_LEAST = 4
"""Consonants a word heard by its sound alone needs inside a name: with three, a name's own word
is heard as some English word too often (بیکن backing, فینیس finesse, ڈانڈے dandy)."""


def _heard_pairs_joined(words: list[str]) -> list[str]:
    """Two words that together write one English word, kept as one (نیٹ بال Netball, ری کنسٹریشن
    Reconstruction): Urdu papers often split a long loan word where the English has no space."""
    out: list[str] = []
    i = 0
    while i < len(words):
        pair = f"{words[i]} {words[i + 1]}" if i + 1 < len(words) else ""
        if pair and _institution_word(pair):
            out.append(pair)
            i += 2
        else:
            out.append(words[i])
            i += 1
    return out


def _place_english(word: str) -> str | None:
    """A one-word place of the gazetteer inside an institution's name, as the gazetteer spells it
    (سندھ ہایئر ایجوکیشن کمیشن: Sindh Higher Education Commission, not Sandh), a people's
    adjective (انڈین کونسل: Indian Council), a county a club is named after, or a compass word
    (مغربی یارکشائر پولیس: West Yorkshire Police)."""
    entries = gazetteer.lookup_urdu(word)
    for kind in ("location", "demonym"):
        found = next((gazetteer.name_written(e, word) for e in entries if e.type == kind and " " not in e.english), None)
        if found is not None:
            return found
    for e in entries:  # a club named after its county (یارکشائر: Yorkshire, not the whole club)
        if e.type == "organization" and (short := next((a for a in e.aliases if a.isalpha() and e.english.startswith(a + " ")), None)):
            return short
    direction = COMPASS.get(fold_token(word))
    return _COMPASS_ENGLISH[direction] if direction is not None else None


_COMPASS_ENGLISH = ("North", "South", "East", "West", "Central")
"""The English of `COMPASS`'s groups, in their order."""


def _unknown_word(word: str) -> bool:
    """No word the names tables, the gazetteer or the known names spell."""
    key = fold_token(word)
    return not (key in name_parts() or key in _part_index() or key in _gazetteer_parts()
                or gazetteer.lookup_urdu(word) or gazetteer.demonym_of(word) or _known_form(word)
                or urdu_to_acronym(word))


@cache
def _place_only() -> frozenset[str]:
    """Place and loan words that are no listed name part: one of them makes a name a place or an
    institution (روڈ, کمیٹی), where وائٹ, گرین or پارک alone may be a person's surname."""
    parts = {_key(p) for p in _attested_parts()}
    loans = loanwords()
    return frozenset(k for k, (_, how) in _place_words().items()
                     if how != "small" and (k not in loans or k not in parts))


_TITLES: dict[str, str] = {fold_token(k): v for k, v in {
    "شیخ": "Sheikh", "مولانا": "Maulana", "مفتی": "Mufti", "ملا": "Mullah", "سلطان": "Sultan",
    "شہزادہ": "Prince", "شہزادی": "Princess", "علامہ": "Allama", "ڈاکٹر": "Dr", "جنرل": "General",
    "سردار": "Sardar", "نواب": "Nawab", "حافظ": "Hafiz", "قاری": "Qari", "پیر": "Pir", "آیت اللہ": "Ayatollah",
    "سر": "Sir", "زار": "Tsar",
}.items()}  # fmt: skip
"""Titles before a name, as the desk prints them (never through the romanizer: شیخ is not Shiekh)."""

_RANKS = ("general", "lieutenant general", "major general", "brigadier", "colonel", "major", "captain",
          "commander", "field marshal", "admiral", "air marshal", "justice", "chief justice", "senator")
"""Ranks and offices of `roles.ROLES` that the desk prints before a name (Captain Safdar, Justice
Ayesha Malik), spelt from the roles table's Urdu forms."""
_RANK_PRINT = {"lieutenant general": "Lt Gen", "major general": "Maj Gen"}
_RETIRED = frozenset(fold_token(w) for w in ("(ر)", "ر", "(ریٹائرڈ)", "ریٹائرڈ"))
"""Written after a rank for a retired officer or judge: Captain (retd), Justice (retd)."""


@cache
def _all_titles() -> dict[str, str]:
    """Folded Urdu title (spaces kept) → English: `_TITLES`, ranks from the roles table, چوہدری."""
    from summarizer.names.roles import ROLES

    out = dict(_TITLES)
    for role in ROLES:
        if role.english in _RANKS:
            for form in role.urdu:
                out.setdefault(fold_token(form), _RANK_PRINT.get(role.english, role.english.title()))
    for form in ("چوہدری", "چودھری"):
        out.setdefault(fold_token(form), "Chaudhry")
    return out


_OFFICES: dict[str, str] = {fold_token(k): v for k, v in {
    "صدر": "President", "وزیراعظم": "Prime Minister", "وزیر اعظم": "Prime Minister", "بادشاہ": "King",
    "ملکہ": "Queen", "گورنر": "Governor", "میئر": "Mayor", "وزیراعلیٰ": "Chief Minister", "وزیر اعلیٰ": "Chief Minister",
}.items()}  # fmt: skip
"""Offices before a person's name (صدر بش: President Bush). Only for a person: صدر بازار is Saddar Bazaar."""


def _front(text: str, table: dict[str, str]) -> tuple[str | None, list[str]]:
    """The English of the one or two words of `table` a name opens with, and the words after."""
    words = text.split()
    for n in (2, 1):
        head = fold_token(" ".join(words[:n]))
        if len(words) > n and head in table:
            return table[head], words[n:]
    return None, words


def _office(text: str) -> tuple[str | None, str]:
    office, rest = _front(text, _OFFICES)
    return office, " ".join(rest)


def _title(text: str) -> tuple[str | None, str]:
    """A title at the front of a name (with `(retd)` when a retirement mark follows it), and the rest."""
    title, rest = _front(text, _all_titles())
    if title is not None and len(rest) > 1 and fold_token(rest[0]) in _RETIRED:
        return title + " (retd)", " ".join(rest[1:])
    return title, " ".join(rest)


_BIN = {fold_token("بن"): "bin", fold_token("بنت"): "bint", fold_token("ابن"): "ibn"}
_AL = fold_token("ال")
_SHAH = fold_token("شاہ")
_ABD = fold_token("عبدال")


def _arabic_parts(text: str) -> str | None:
    """Arabic names with bin and the article: each part on its own (`محمد بن راشد المکتوم` →
    Mohammed bin Rashid Al Maktoum), so the romanizer never reads بن as Ibn nor ال as Ul."""
    words = text.split()
    folded = [fold_token(w) for w in words]
    if len(words) < 3 or not any(w in _BIN for w in folded[1:]):
        return None
    out: list[str] = []
    if folded[0] == _SHAH and folded[1] not in _BIN:
        out.append("King")  # شاہ before an Arabic name with bin is the king, not the name Shah
        words, folded = words[1:], folded[1:]
        listed = _gazetteer(" ".join(words), "person")
        if listed is not None:
            return f"King {listed}"
    for w, f in zip(words, folded, strict=True):
        if f.startswith(_ABD) and len(f) > len(_ABD) + 1 and f not in _BIN:
            spelt = english_spelling(w, "person")
            out.append("Abdul" + spelt[6:].replace(" ", "").lower() if spelt.startswith("Abdul ") else spelt)  # Gulf: Abdulaziz
        elif f in _BIN:
            out.append(_BIN[f])
        elif f.startswith(_AL) and len(f) > 3 and out:
            out.append("Al " + english_spelling(w[2:].lstrip("\u200c"), "person"))
        else:
            out.append(english_spelling(w, "person"))
    return " ".join(out)


_LONE_INITIALS = frozenset(fold_token(w) for w in ("ایم", "اے", "ایس", "آر", "پی", "ٹی", "وی", "ایچ", "ایل", "این", "کے"))


def _initials(text: str, kind: str | None) -> str | None:
    """Two to four letter names before a name are its initials (`ایم ایس دھونی` → MS Dhoni,
    `پی ٹی وی نیوز` → PTV News), not words for the romanizer to guess at."""
    words = text.split()
    n = 0
    while n < len(words) - 1 and n < 4 and letter_of(words[n]) is not None:
        n += 1
    # ایم وجے: M Vijay, one initial before a name (not ڈی, which is also de: ڈی سلوا)
    lone = n == 1 and fold_token(words[0]) in _LONE_INITIALS and kind in (None, "person")
    if not lone and (n < 2 or letter_of(words[n]) is not None):
        return None
    letters = "".join(letter_of(w) or "" for w in words[:n])
    rest = english_spelling(" ".join(words[n:]), kind)
    return rest if rest.startswith(letters + " ") else f"{letters} {rest}"
