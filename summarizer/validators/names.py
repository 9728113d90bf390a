"""Every name in a brief against the article's name index: English name spans and Urdu name claims."""

from __future__ import annotations

import re
from collections.abc import Container, Iterator

from rapidfuzz import fuzz

from summarizer.lexicon.words import (
    COMPASS,
    NAME_PARTS,
    URDU_FUNCTION,
    news_agency_demonyms,
)
from summarizer.names.acronyms import letter_of
from summarizer.names.capitals import (
    continent_of,
    countries_of_capital,
)
from summarizer.names.english_spans import english_name_spans, given_names, opens_line, split_faction
from summarizer.names.gazetteer import (
    HYPHEN_TAIL,
    lookup_english,
    lookup_urdu,
)
from summarizer.names.heard_english import ordinary_english
from summarizer.names.matching import (
    COMPOUND_OPENINGS,
    MATCH_THRESHOLD,
    NameIndex,
    person_like,
)
from summarizer.names.name_db import attested_spellings, spelt_apart
from summarizer.names.romanize import english_spelling
from summarizer.names.titles import award_after, title_of_a_work
from summarizer.names.transliterate import urdu_skeletons
from summarizer.names.urdu_support import (
    another_known_person,
    given_name_added,
    loose_variant,
    supported_otherwise,
)
from summarizer.numbers.roman import roman_value, urdu_numeral_forms
from summarizer.schemas import (
    Finding,
    FindingKind,
    Lang,
    Severity,
    Span,
)
from summarizer.source_index import SourceIndex
from summarizer.text.dateline import find_dateline
from summarizer.text.normalize import LETTERS, fold_token
from summarizer.validators.name_support import (
    WORD,
    acting_capital,
    capital_described,
    continent_of_named_place,
    country_of_place_named,
    known_body_misspelt,
    name_hint,
    name_severity,
    named_country,
    names_go_on,
    numeral_beside_name,
    place_in_country,
    urdu_capital_country,
    urdu_country,
    urdu_place_english,
    vowel_apart,
    writes_any,
    written_a_letter_apart,
)

_LATIN_PHRASE = re.compile(r"[A-Za-z0-9&.'’-]+(?: [A-Za-z0-9&.'’-]+)*")
"""Latin words one space apart inside Urdu text: one English phrase (Press Trust of India)."""
_LATIN_REACH = 80
_LATIN_ONLY = re.compile(r"[\sA-Za-z0-9&.()'’-]*[A-Za-z][\sA-Za-z0-9&.()'’-]*")
"""A span of Latin letters only (with digits and name punctuation), inside Urdu text."""


_LATIN_IN_SPAN = re.compile(r"[A-Za-z][A-Za-z0-9&.'’ -]*[A-Za-z0-9.]|[A-Za-z]")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")
_AROUND_NAME = " \t()[]،,:;-–—"


def latin_part(text: str, span: Span) -> list[Span]:
    """A claim of an Urdu text that joins Urdu words to a name in Latin letters (شہر Bhakkar,
    علاقے Hayatabad: a place's kind and its name, written as a code-mixed brief writes them) is
    the Latin name, read as English; any other claim is itself."""
    latin = list(_LATIN_IN_SPAN.finditer(span.text))
    if not latin or not _ARABIC_LETTER.search(span.text):
        return [span]
    parts = [(m.start(), m.end()) for m in latin]
    at = 0
    for a, b in [*parts, (len(span.text), len(span.text))]:  # the Urdu between: a name of its own (MNA رشید اکبر)
        words = LETTERS.findall(span.text[at:a])
        if len(words) >= 2 or (words and (fold_token(words[0]) in NAME_PARTS or lookup_urdu(words[0]))):
            piece = span.text[at:a]
            lead = at + len(piece) - len(piece.lstrip(_AROUND_NAME))
            parts.append((lead, lead + len(piece.strip(_AROUND_NAME))))
        at = b
    return [Span(start=span.start + a, end=span.start + b, text=span.text[a:b]) for a, b in sorted(parts)]


_EVERYDAY_TAIL = re.compile(r"(?:[ \t]+[A-Z][a-z]+){1,2}")


def _whole_with_everyday_tail(index: NameIndex, text: str, span: Span) -> bool:
    """The name goes on with capitalised everyday words the span finder left out (Jang News,
    Dawn News: "news" is an everyday word) and the whole is the article's name (جنگ نیوز), where
    the span alone would be an everyday Urdu word (جنگ: war)."""
    tail = _EVERYDAY_TAIL.match(text, span.end)
    return tail is not None and index.match_english(span.text + tail.group(0)).score >= MATCH_THRESHOLD


def _joined_with_neighbour(index: NameIndex, text: str, spans: list[Span], k: int) -> bool:
    """Span k is a piece the span finder cut out of one name the source writes whole, with the
    span just before or after it: a demonym or a second word split off (Danish | Kaneria ↔
    دانش کنیریا, Shyam | Saran)."""
    for a, b in ((k - 1, k), (k, k + 1)):
        if a >= 0 and b < len(spans) and text[spans[a].end : spans[b].start] == " " and (
                not HYPHEN_TAIL.search(spans[a].text)  # NATO-led | ISAF: two names, cut on purpose
                and index.match_english(text[spans[a].start : spans[b].end]).score >= MATCH_THRESHOLD):
            return True
    return False


def _joined_in_source(index: NameIndex, text: str, span: Span) -> bool:
    """The word before the claim and its first word are one word of the article, written
    apart here (اظہار الحسن ↔ اظہارالحسن, سٹیو او کیف ↔ اوکیف)."""
    before = LETTERS.findall(text[max(0, span.start - 30) : span.start])
    words = LETTERS.findall(span.text)
    if not (before and words and text[: span.start].endswith(before[-1] + " ")):
        return False
    joined = [fold_token(before[-1] + words[0]), *(fold_token(w) for w in words[1:])]
    return f"|{'|'.join(joined)}|" in index.bar


_RESPELT_ALIKE = 75.0
"""How alike (rapidfuzz ratio, letters or consonant skeletons) a foreign name's word and the
article's word beside the same neighbour must be to be one word spelt two ways."""


_COMPOUND_OPENINGS = (*COMPOUND_OPENINGS, *(fold_token(w) for w in ("عبد", "ابو")))
"""The compound openings, and the same written apart (عبد الصبور)."""


def _after_opening(word: str) -> str:
    """A compound Arabic name past its opening (عبدالفتاح → فتاح), where two names differ."""
    return next((word[len(o):] for o in _COMPOUND_OPENINGS if word.startswith(o) and len(word) > len(o) + 1), word)


def _word_beside(text: str, span: Span, *, before: bool) -> str | None:
    """The word right before (or after) the span, with only white space between."""
    if before:
        words = LETTERS.findall(text[max(0, span.start - 30) : span.start])
        return words[-1] if words and text[: span.start].rstrip().endswith(words[-1]) else None
    words = LETTERS.findall(text[span.end : span.end + 30])
    return words[0] if words and text[span.end :].lstrip().startswith(words[0]) else None


def _anchored_respelling(index: NameIndex, text: str, span: Span) -> bool:
    """A one-word claim beside a word of the article that the article writes, on the same side,
    next to a word spelt a little otherwise (کرس راجرز ↔ کرس راجڑ, پیٹر کیسگ ↔ پیٹر کاسنگ): the same
    person's name respelt by the desk. Not for a given name or surname the desk's lists know
    (حسن ↔ حسین, خادم ↔ خالد are two people), nor past a compound's shared opening
    (عبدالصبور ↔ عبدالجبار)."""
    words = LETTERS.findall(span.text)
    if len(words) != 1:
        return False
    mine = fold_token(words[0])
    if len(mine) < 3 or mine in NAME_PARTS:
        return False
    toks = index.tokens
    for anchor, step in ((_word_beside(text, span, before=True), 1), (_word_beside(text, span, before=False), -1)):
        key = fold_token(anchor) if anchor is not None else ""
        if key in URDU_FUNCTION or len(key) < 3:
            continue
        for p, n in index.occurrences(key):
            q = p + step
            if n != 1 or not 0 <= q < len(toks) or not index.joined_next[min(p, q)]:
                continue
            theirs = toks[q]
            if theirs in NAME_PARTS or len(theirs) < 4 or abs(len(theirs) - len(mine)) > 2:
                continue  # (ایڈ of ایڈ کاک is half a word the article splits)
            if _two_attested_names(mine, theirs):
                continue  # اکبر خان is not the article's کبیر خان: Akbar and Kabir are two names
            a, b = _after_opening(mine), _after_opening(theirs)  # عبدالصبور ↔ عبدالجبار: one opening, two names
            alike = max(fuzz.ratio(a, b), fuzz.ratio(urdu_skeletons(a)[0], urdu_skeletons(b)[0]))
            if alike >= _RESPELT_ALIKE:
                return True
    return False


def _two_attested_names(a: str, b: str) -> bool:
    """The names resource knows both words as name parts and spells them apart (اکبر Akbar, کبیر
    Kabir): two names however alike their letters, not one respelt."""
    theirs = attested_spellings(b)
    return bool(theirs) and all(spelt_apart(t, a) for t in theirs)


_DE = fold_token("ڈی")


def _initials_before_de(index: NameIndex, text: str, span: Span) -> bool:
    """Letter names ending in ڈی before a surname: initials and "de" (اے بی ڈی ویلیئرز, AB de
    Villiers), which the article holds as a whole name (اے بی ڈولیئرز), not an acronym ABD."""
    words = LETTERS.findall(span.text)
    after = LETTERS.findall(text[span.end : span.end + 40])
    return (len(words) >= 2 and fold_token(words[-1]) == _DE and all(letter_of(w) is not None for w in words)
            and bool(after) and text[span.end : span.end + 1] == " " and letter_of(after[0]) is None
            and index.match_urdu(f"{span.text} {after[0]}").score >= MATCH_THRESHOLD)


_INITIALS_MAX = 3


def _initials_before_name(index: NameIndex, text: str, span: Span) -> bool:
    """Initials in letter names before a name (ایم ایس دھونی) where the article writes the given
    names out (مہندرا سنگھ دھونی): the initials and the name, read in English (M. S. Dhoni), are
    the article's person, not an acronym MS of its own."""
    words = LETTERS.findall(span.text)
    after = LETTERS.findall(text[span.end : span.end + 40])
    if not (0 < len(words) <= _INITIALS_MAX and all(letter_of(w) is not None for w in words) and after
            and text[span.end : span.end + 1] == " " and letter_of(after[0]) is None):
        return False
    letters = [letter_of(w) or "" for w in words]
    surname = english_spelling(after[0]).split()[-1:]  # دھونی is listed as MS Dhoni: its last word
    match = index.match_english("".join(f"{c}." for c in letters) + f" {' '.join(surname)}")
    if match.score < MATCH_THRESHOLD or match.span is None:
        return False
    given = LETTERS.findall(match.span.text)[:-1]  # the given names the article writes, each for one initial
    return len(given) == len(letters) and all(
        english_spelling(g)[:1].upper() == c for g, c in zip(given, letters, strict=True))


def _award_of(index: NameIndex, text: str, span: Span) -> bool:
    """`FIFA World Player of the Year` where the article names FIFA: an award of a body the
    article has (`UEFA World Player` where it names only FIFA stays an error)."""
    first = span.text.split()[0]
    return (award_after(text, span) and " " in span.text
            and index.match_english(first).score >= MATCH_THRESHOLD)


_DATELINE_AFTER = re.compile(r"\s*(?:[:,(]|\u2014|--)")
_DATELINE_WORDS = frozenset(("occupied",))


def _dateline_case(text: str, span: Span) -> str:
    """A dateline's place in capitals (OCCUPIED JERUSALEM:, INCHEON, Oct 2) read in title case,
    not as an acronym; words a dateline adds (Occupied) are dropped."""
    name = span.text
    line_start = text.rfind("\n", 0, span.start) + 1
    if not (name.isupper() and len(name.replace(" ", "")) >= 5 and not text[line_start : span.start].strip()
            and _DATELINE_AFTER.match(text, span.end)):
        return name
    words = [w for w in name.title().split() if w.lower() not in _DATELINE_WORDS]
    return " ".join(words) or name


_EN_DATELINE_AFTER = re.compile(r"\s*(?::|,\s*[A-Z][a-z]{2}|\u2014|--|\s-\s)")
"""After a dateline's place: a colon, a dash, or a comma and a month (KARACHI, Jan. 5 —)."""


def _in_own_dateline(text: str, span: Span, lang: Lang) -> bool:
    """The span is a capital city opening a line of the brief as its dateline (ISLAMABAD:,
    اسلام آباد (نمائندہ خصوصی)): where a desk files a country's news from."""
    line_start = text.rfind("\n", 0, span.start) + 1
    if text[line_start : span.start].strip():
        return False
    english = _dateline_case(text, span) if lang == "en" else urdu_place_english(span.text)
    if not english or not countries_of_capital(english):
        return False
    if lang == "en":
        return _EN_DATELINE_AFTER.match(text, span.end) is not None
    line_end = text.find("\n", span.end)
    found = find_dateline(text[line_start : line_end if line_end >= 0 else len(text)], line_start)
    return found is not None and found.place is not None and found.place.start <= span.start < found.place.end


_OUTLET_BEFORE = re.compile(r"(?i)\b(?:this|the)\s+$")
_OUTLET_AFTER = re.compile(
    r"(?:\s+Urdu(?:'s)?)?\s+(?:analysis|column|article|piece|report|story|editorial|feature|commentary|blog|op-ed)\b")


def _own_outlet(text: str, span: Span) -> bool:
    """`This BBC Urdu analysis argues ...`: the brief names the outlet that carried the article it
    sums up, which an article's own text seldom says (a warning, not an error)."""
    return (_OUTLET_BEFORE.search(text, max(0, span.start - 8), span.start) is not None
            and _OUTLET_AFTER.match(text, span.end) is not None)


_TITLE_BEFORE = re.compile(
    r"(?:\b(?:journal|newspaper|daily|weekly|magazine|tabloid|paper|broadcaster|channel)\s+(?:The\s+)?|(?<=[a-z,] )The\s+)$")
_TITLE_AFTER = re.compile(r"^['’]?s?\s+(?:newspaper|daily|weekly|magazine|journal|tabloid)\b")


_PLURAL_NAME = re.compile(r"[A-Z][a-z]{3,}s")
"""A plural of everyday words capitalised after a lower-case `the` names a side or a force; not
`the Games`, which stands for an event the article names otherwise (اولمپکس)."""


_OUTLET_WORDS = frozenset(("the", "s", "news", "online", "service", "world", "radio", "tv", "television", "com"))
"""Words a brief adds to an outlet's own name (`BBC News`, `the BBC's`, `BBC Online`)."""


def _names_outlet(name: str, outlet: str) -> bool:
    """`BBC`, `BBC Urdu`, `the BBC's` for the outlet `BBC Urdu`: the outlet's first word, then
    only its other words or words every outlet takes."""
    words = re.findall(r"[a-z0-9]+", name.lower())
    own = re.findall(r"[a-z0-9]+", outlet.lower())
    words = words[1:] if words[:1] == ["the"] and own[:1] != ["the"] else words
    return bool(words and own) and words[0] == own[0] and set(words) <= set(own) | _OUTLET_WORDS


_CREDIT_AFTER = re.compile(
    r"(?:\s+(?:Urdu|News|Online|World\s+Service))*(?:['’]s)?(?:\s+[a-z]+)?\s+(?:analysis|column|article|piece|"
    r"report|reports|reported|story|editorial|feature|commentary|blog|op-ed|correspondent|reporter|interview|"
    r"says|said|website|programme|team|tribute|obituary|profile|timeline|chronology|review|account|coverage|"
    r"explainer|investigation|summary)\b"
    r"|(?:\s+(?:Urdu|News|Online|World\s+Service))*\s+(?:carries|carried|runs|ran|publishes|published|quotes|quoted|"
    r"writes|wrote|notes|noted|adds|added|cites|cited|describes|described|covers|covered|relays|relayed)\b")
"""What credits the outlet as the one reporting: a report word after it (`the BBC Urdu report`),
or a verb of publishing with the outlet as its subject (`BBC Urdu carries a report`)."""
_DATE_AFTER = re.compile(r"\s*\([^()\n]{1,24}\)")
_CREDIT_STAFF = re.compile(r"['’]s\s+([A-Z][a-z]+)\s+[A-Z][a-z]+")
"""The outlet's own staff by name (`the BBC's Sandeep Soni`), a given name first (not `Channel 4's
Big Brother`)."""
_CREDIT_BEFORE = re.compile(r"\b(?:published|carried|run|broadcast|aired|posted|reported)\s+(?:by|on)\s+(?:the\s+)?$")
"""A passive verb of publishing with the outlet as its agent (`an analysis published by BBC Urdu`)."""
_CREDIT_AFTER_UR = re.compile(r"\s*(?:اردو\s+)?(?:کے\s+(?:نامہ\s*نگار|نمائندے|مطابق)|کی\s+(?:رپورٹ|خبر))")


def _outlet_named(text: str, span: Span, lang: Lang, outlet: str) -> bool:
    """The brief credits the article's outlet as the one that reports (`the BBC Urdu report
    says`, `the BBC's correspondent`, `بی بی سی کے نامہ نگار کے مطابق`): who published the article,
    as the caller gave it. Not as the one told (`told the BBC`, `بی بی سی سے بات کرتے ہوئے`: the
    article may credit another outlet there) nor in another role (`a BBC film`)."""
    if lang == "en" or _LATIN_ONLY.fullmatch(span.text):
        if not _names_outlet(span.text, outlet):
            return False
        dated = _DATE_AFTER.match(text, span.end)  # `APP (6 August) reports`
        staff = _CREDIT_STAFF.match(text, span.end)
        return (_CREDIT_AFTER.match(text, dated.end() if dated else span.end) is not None
                or (staff is not None and staff.group(1).lower() in given_names())
                or _CREDIT_BEFORE.search(text[max(0, span.start - 30) : span.start]) is not None)
    return (_CREDIT_AFTER_UR.match(text, span.end) is not None
            and any(_names_outlet(e.english, outlet) for e in lookup_urdu(span.text) if e.type == "organization"))


def _title_marked(text: str, span: Span) -> Severity | None:
    """A name of ordinary words that its context marks as a title: a publication's or a
    channel's (the journal Nature, The Lancet mid-sentence, the Dawn newspaper, Billboard magazine
    mid-sentence), an error where
    the article lacks it, as any name; a capitalised plural after `the` (the Rangers, the
    Titans), a warning, as it may be a desk's own word for a side or a force. None otherwise."""
    before = text[max(0, span.start - 40) : span.start]
    after = text[span.end : span.end + 30]
    if span.text.startswith("The ") and re.search(r"[a-z,]\s+$", before):
        return "error"  # `in The Lancet`: a capitalised article mid-sentence opens a title
    if _TITLE_BEFORE.search(before) is not None or (
            (before.rstrip().lower().endswith("the") or re.search(r"[a-z,]\s+$", before) is not None)
            and _TITLE_AFTER.match(after) is not None):
        return "error"  # the Dawn newspaper; of Billboard magazine (mid-sentence, not a sentence's first word)
    if _PLURAL_NAME.fullmatch(span.text) and span.text != "Games" and re.search(r"[a-z,]\s+the\s+$", before):
        return "warning"
    return None


_PERSON_TITLE_BEFORE = re.compile(
    r"\b(?:President|Pope|King|Queen|Prince|Princess|Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|Senator|Sen|Governor|Gov"
    r"|General|Gen|Judge|Justice|Chancellor|Premier|Minister|Cardinal|Bishop|Imam|Maulana|Sheikh)\.?\s+$")
"""A title that only a person's name follows, capitalised as titles are (President Carter, Pope
Benedict): the words after it are a name, however common they are as English words. Narrower
than `roles.ENGLISH_TITLE_WORDS`, whose office words (state, secretary) also open bodies' names."""


_SEAT_OF_OFFICE = frozenset({"house", "office", "secretariat", "palace", "lodge", "residence", "camp", "hall"})
"""Words after a title that name its building, not a person (Prime Minister House)."""


def _person_titled(index: NameIndex, text: str, span: Span) -> Severity | None:
    """An error where the article lacks a name that a person's title marks as one, and no word
    of which the article writes (President Carter, heard whole in کردار, character, as the
    everyday English word carter would be): the title leaves no doubt it is a name. A name whose
    words the article does write apart (Dr Aafia Siddiqui) is judged as any name."""
    words = span.text.split()
    if (not _PERSON_TITLE_BEFORE.search(text[max(0, span.start - 20) : span.start])
            or words[0].lower() in _SEAT_OF_OFFICE
            or any(index.match_english(w).score >= MATCH_THRESHOLD for w in words)):
        return None
    return "error"


def _section_label(text: str, span: Span) -> bool:
    """One dictionary word opening its line before a colon (Outlook:, Verdict:, - Reaction:): a
    label of the brief's own sections, however a magazine or a body may also be named so. Not a
    place (- Zimbabwe: won the toss), which the dictionary may list too."""
    word = span.text
    return (" " not in word and text[span.end : span.end + 1] == ":" and opens_line(text, span.start)
            and not word.isupper() and ordinary_english(word.lower())
            and not any(e.type == "location" for e in lookup_english(word)))


_NEXT_WORD = re.compile(r"[ \t\u200c]+(\w+)")


def _with_next_word(text: str, span: Span) -> str:
    """An Urdu claim with the word after it: a given name the finder claimed alone because the
    surname after it is the article's (اسٹیو سوانسن where the article writes سوانسن)."""
    m = _NEXT_WORD.match(text, span.end)
    return f"{span.text} {m.group(1)}" if m else span.text


def _compass_turned(index: NameIndex, name: str) -> Span | None:
    """Where an Urdu brief's place opens with a compass word (جنوبی وزیرستان) and the article
    writes the same place only after another one (شمالی وزیرستان): the article's phrase. The
    brief has turned the place to another part of it, a wrong place."""
    words = name.split()
    direction = COMPASS.get(fold_token(words[0])) if len(words) >= 2 else None
    if direction is None:
        return None
    rest = [fold_token(w) for w in words[1:]]
    toks, n = index.tokens, len(rest)
    turned: Span | None = None
    for i in range(1, len(toks) - n + 1):
        if toks[i : i + n] != rest:
            continue
        said = COMPASS.get(toks[i - 1])
        if said == direction:
            return None  # the article also writes this part (the claim failed for another reason)
        if said is not None and turned is None:
            turned = index.span(i - 1, n + 1)
    return turned


_PLURAL_HEADS = {
    "stadiums": "Stadium", "hospitals": "Hospital", "universities": "University", "colleges": "College",
    "schools": "School", "rivers": "River", "provinces": "Province", "districts": "District", "agencies": "Agency",
    "airports": "Airport", "roads": "Road", "streets": "Street", "valleys": "Valley", "mosques": "Mosque",
    "parks": "Park", "bridges": "Bridge", "markets": "Market", "bazaars": "Bazaar", "dams": "Dam", "lakes": "Lake",
    "islands": "Island", "prisons": "Prison", "jails": "Jail", "camps": "Camp", "towns": "Town", "squares": "Square",
}
_LISTED_NAME = r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}"
_PLURAL_HEAD_AFTER = re.compile(
    rf"(?:\s*,\s*{_LISTED_NAME})*(?:,?\s+(?:and|&)\s+{_LISTED_NAME})?\s+({'|'.join(_PLURAL_HEADS)})\b")
"""A name in a list that one plural noun closes (the Fortress, Ayub and Qaddafi stadiums): each
item is "<item> Stadium"."""


def _plural_head_after(text: str, span: Span) -> str | None:
    m = _PLURAL_HEAD_AFTER.match(text, span.end)
    return _PLURAL_HEADS[m.group(1)] if m else None


_DEFINED_ACRONYM = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|the|and|on|in|at|to|&)\s+)*)+)\(([A-Z]{2,6})\)")
_ACRONYM_WORD_BREAK = re.compile(r"\s+|-(?=[A-Z])")


def _acronyms_defined(text: str) -> dict[str, str]:
    """Acronyms a text defines in brackets after the name they shorten, each with that name:
    "Pakistan Netball Federation (PNF)" gives PNF; the initials of the name's last capitalised
    words must spell the acronym."""
    out: dict[str, str] = {}
    for m in _DEFINED_ACRONYM.finditer(text):
        name, acronym = m.group(1).strip(), m.group(2)
        words = _ACRONYM_WORD_BREAK.split(name)  # Inter-Services: I, S
        capitals = [k for k, w in enumerate(words) if w[:1].isupper()][-len(acronym):]
        if len(capitals) == len(acronym) and "".join(words[k][0] for k in capitals) == acronym:
            out[acronym] = name[name.index(words[capitals[0]]):]
    for m in _TITLED_RUN.finditer(text):  # and a name the brief spells out elsewhere (CAS in a
        # headline, Chief of the Air Staff inside a longer name in its body): any stretch of a run
        parts = [w for w in _WORD_AT.finditer(m.group(0)) if w.group(0).lower() not in _RUN_JOINERS]
        for i in range(len(parts)):
            for j in range(i + 2, min(len(parts), i + _ACRONYM_LEN_MAX) + 1):
                spelt = m.group(0)[parts[i].start() : parts[j - 1].end()]
                out.setdefault("".join(w.group(0)[0] for w in parts[i:j]), spelt)
    return out


_ACRONYM_LEN_MAX = 6
_WORD_AT = re.compile(r"\S+")


_RUN_JOINERS = frozenset(("of", "the", "and", "for", "&"))
_TITLED_RUN = re.compile(r"[A-Z][a-z]+(?:\s+(?:(?:of|the|and|for|&)\s+)*[A-Z][a-z]+)+")


_CINEMA_AFTER = re.compile(r"\s+(?:film|films|movie|movies|cinema)\b", re.I)
_BOLLYWOOD = ("بالی وڈ", "بالی ووڈ", "بالی وُڈ", "بالیوڈ", "ہندی فلم")


def _hindi_cinema(source: SourceIndex, text: str, span: Span) -> bool:
    """`Hindi films`, `the Hindi film industry`: Bollywood, which the article names (بالی وڈ) or
    whose films it calls ہندی."""
    return (span.text == "Hindi" and _CINEMA_AFTER.match(text, span.end) is not None
            and writes_any(source.spaceless, _BOLLYWOOD))


def _only_the_surname(index: NameIndex, name: str, near: Span) -> bool:
    """The name's last word is the article's one-word name nearest to it (Rahul Dravid where the
    article writes only ڈراوڈ): the brief completed the name from what its writer knows."""
    words = name.replace("’s", "").replace("'s", "").split()
    return (person_like(words) and len(near.text.split()) == 1
            and (last := index.match_english(words[-1])).score >= MATCH_THRESHOLD and last.span == near)


def _name_words(name: str) -> list[str]:
    """A name's words in lower case, a possessive 's dropped (`Moin Khan's` -> moin, khan), and a
    word after the Arabic article too (`Omar al-Bashir` -> omar, al-bashir, bashir: `Bashir said`)."""
    words = [re.sub(r"['’]s$", "", w.lower()) for w in WORD.findall(name)]
    return words + [w.split("-", 1)[1] for w in words if re.match(r"(?:al|el|ul|ud|ur)-\w", w)]


def _held_later(index: NameIndex, later: list[Span], word: str, aliases: Container[str]) -> bool:
    """A name of two or more words further on in the brief, with `word` among them, that the
    article supports: the one-word name before it is that name's word, as it is after it."""
    return any(len(words := _name_words(s.text)) >= 2 and word in words
               and name_severity(index, s.text, aliases)[0] is None for s in later)


_AGENCY_AFTER_EN = re.compile(
    r"\s+(?:(?:state|state-run|official|government)\s+)?(?:news\s+agency|news\s+service|wire\s+service)\s*,?\s+"
    r"(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})")
_AGENCY_AFTER_UR = re.compile(
    r"\s*(?:سرکاری\s+)?(?:خبر\s*رساں\s+(?:ادارے|ادارہ|ایجنسی)|خبر\s+ایجنسی|نیوز\s+ایجنسی)\s+(\S+(?:\s+\S+){0,3})")


def _agency_described(index: NameIndex, text: str, span: Span, lang: Lang) -> bool:
    """`the French news agency AFP`, فرانسیسی خبر رساں ادارے اے ایف پی: a demonym before a news
    agency the article names describes the agency (`news_agencies.tsv`); the article need not name
    France. Only the agency's own demonym: the British news agency AFP is still a claim."""
    m = (_AGENCY_AFTER_EN if lang == "en" else _AGENCY_AFTER_UR).match(text, span.end)
    if m is None:
        return False
    demonym = (span.text if lang == "en" else urdu_place_english(span.text) or "").lower()
    agencies = news_agency_demonyms()
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[:n]).rstrip(".,")
        names = [phrase] if lang == "en" else [e.english for e in lookup_urdu(phrase) if e.type == "organization"]
        for name in names:
            people = agencies.get(name.lower()) or next(
                (agencies[a.lower()] for e in lookup_english(name) for a in (e.english, *e.aliases)
                 if a.lower() in agencies), None)
            if people and demonym in people and index.match_english(name).score >= MATCH_THRESHOLD:
                return True
    return False


def check_names(
    source: SourceIndex, text: str, names: list[tuple[Span, Severity]], lang: Lang, field: str | None,
    aliases: Container[str] = frozenset(),
) -> Iterator[Finding]:  # fmt: skip
    index = source.names
    named: set[str] = set()  # words of names of two or more words the source supports, in this text
    defined = _acronyms_defined(text) if lang == "en" else {}
    spans = [span for span, _ in names]
    for k, (span, strength) in enumerate(names):
        last = span.text.rsplit(maxsplit=1)[-1]
        if lang == "en" and (numeral := roman_value(last)) is not None:
            # Episode III (ایپیسوڈ تھری), Nicholas II (نکولس دوم): a number, checked as one
            beside = numeral_beside_name(index, span.text[: -len(last)].strip(), numeral)
            if beside is False or (beside is None and not (
                    any(q.value == numeral for q in source.quantities) or index.vocab & urdu_numeral_forms(numeral))):
                at = span.end - len(last)
                yield Finding(kind=FindingKind.NUMBER, severity="error", field=field,
                              claim=Span(start=at, end=span.end, text=last), nearest=None,
                              message=(f"'{last}' ({numeral}) is not in the article, which numbers this "
                                       "otherwise or not at all. State the number the article gives."))
            if last == span.text:
                continue
        if lang == "en" and _section_label(text, span):
            continue  # `- Outlook: his injury is being examined`: a section's label, not the magazine
        if lang == "en" and _hindi_cinema(source, text, span):
            continue  # `the Hindi film industry` of an article that says بالی وڈ
        short, letter = split_faction(span.text)
        if short in defined and name_severity(index, defined[short] + (f" ({letter})" if letter else ""),
                                              aliases)[0] is None:
            continue  # `Pakistan Netball Federation (PNF)`: the brief's own short form of a name the
            # article gives (and JD(S) after Janata Dal: the faction is judged on the whole name)
        if lang == "en":
            before = text[: span.start].rstrip()
            initial = not before or before[-1] in ".!?:;\n\"'‘“(-—" or opens_line(text, span.start)
            severity, near = name_severity(index, _dateline_case(text, span), aliases, initial=initial)
            if severity is not None and (_joined_with_neighbour(index, text, spans, k)
                                         or _whole_with_everyday_tail(index, text, span)):
                severity = None
            titled = (_title_marked(text, span) or _person_titled(index, text, span)) if severity is None else None
            if titled is not None and (alone := index.match_english(span.text)).score < MATCH_THRESHOLD:
                severity, near = titled, alone.span  # the journal Nature
            words = _name_words(span.text)
            if severity is None and len(words) >= 2:
                named.update(words)
            elif severity is not None and len(words) == 1 and (
                    words[0] in named or _held_later(index, spans[k + 1 :], words[0], aliases)):
                severity = None  # `Moin said` after `Moin Khan`: the name again, shortened; `Pakistan
                # fast bowler` before the `Pakistan Cricket Board` the article names (پی سی بی)
        elif _LATIN_ONLY.fullmatch(span.text):
            # an acronym or name an Urdu brief writes in Latin letters (PTI, ISPR, UN): the English
            # names of the whole Latin phrases it lies in (Faf du Plessis, not Faf), which the article
            # spells in letter names or by its Urdu name. What the English reading clears (a short
            # phrase of everyday words or a format: World Cup, ODIs) is none; a longer phrase (Press
            # Trust of India) must be the article's
            missing = [sev for m in _LATIN_PHRASE.finditer(text, max(0, span.start - _LATIN_REACH), span.end + _LATIN_REACH)
                       if m.start() < span.end and span.start < m.end()
                       for s in english_name_spans(m.group(0))
                       if m.start() + s.start < span.end and span.start < m.start() + s.end
                       and index.match_english(s.text).score < MATCH_THRESHOLD
                       and ((sev := name_severity(index, s.text, aliases)[0]) is not None or len(m.group(0).split()) > 2)]
            # (a place, body or acronym the English reading is sure of is an error, however weakly
            # the Urdu finder held the word: Sargodha, PEMRA)
            severity = None if not missing else "error" if "error" in missing else strength
            near = None
        else:
            match = index.match_urdu(span.text)
            swapped = match.score >= MATCH_THRESHOLD and another_known_person(span.text, match)
            held = match.score >= MATCH_THRESHOLD and not loose_variant(span.text, match) and not swapped
            severity, near = (None, None) if held else (strength, match.span)
            turned = _compass_turned(index, span.text) if severity is not None else None
            if turned is None and severity is not None and not swapped and (
                    supported_otherwise(index, span.text) or _joined_in_source(index, text, span)
                    or _initials_before_de(index, text, span) or _initials_before_name(index, text, span)
                    or _anchored_respelling(index, text, span)):
                severity, near = None, None  # (not a place turned to another part: شمال said elsewhere is no
                # شمالی وزیرستان where the article writes جنوبی وزیرستان)
            elif severity == "error" and not swapped and (written_a_letter_apart(index, span.text) or vowel_apart(index, span.text)
                                          or given_name_added(index, span.text)
                                          or given_name_added(index, _with_next_word(text, span))
                                          or known_body_misspelt(
                    index, [e for e in lookup_urdu(span.text) if e.type == "organization"])):
                severity = "warning"  # (شنہوا where the article writes عنہوا: a known body, slipped)
            if severity is not None and turned is not None:
                yield Finding(kind=FindingKind.NAME, severity="error", field=field, claim=span, nearest=turned,
                              message=(f"'{span.text}' is not in the article, which says '{turned.text}': "
                                       "another part of the place. Use the article's."))
                continue
        if severity is not None and lang == "en" and (head := _plural_head_after(text, span)) is not None and (
                index.match_english(f"{span.text} {head}").score >= MATCH_THRESHOLD):
            continue  # the Ayub and Qaddafi stadiums: قذافی اسٹیڈیم
        if severity is None or (source.outlet is not None and _outlet_named(text, span, lang, source.outlet)):
            continue  # (`the BBC Urdu report says` of an article the caller says BBC Urdu published)
        if _agency_described(index, text, span, lang):
            continue  # `the French news agency AFP` where the article names only اے ایف پی
        if not names_go_on(text, span, lang) and continent_of_named_place(
                index, span.text if lang == "en" else urdu_place_english(span.text), regions=lang == "en"):
            continue  # `African` where the article names گنی: a desk's knowledge, and true
        english = span.text if lang == "en" or _LATIN_ONLY.fullmatch(span.text) else urdu_place_english(span.text)
        if capital_described(index, english):
            continue  # `Kabul` where the article writes افغانستان کے دارالحکومت: the capital it describes
        described = country_of_place_named(index, text, span) if lang == "ur" else None
        if described is not None and continent_of(urdu_place_english(span.text) or "", regions=False):
            continue  # افریقی ملک گنی where the article names گنی: the place's continent, and true
        if described is not None:  # افغان دارالحکومت کابل where the article names only کابل
            yield Finding(kind=FindingKind.NAME, severity="warning", field=field, claim=span, nearest=described,
                          message=(f"'{span.text}' is not in the article; it names '{described.text}', which lies "
                                   "there. Check the country is the one meant."))
            continue
        country = named_country(index, span.text) if lang == "en" else urdu_capital_country(index, text, span)
        if country is not None and (lang == "ur" or acting_capital(text, span)):
            continue  # `Washington gave it $370m`: the capital stands for the government the article names
        if country is not None:  # `in Washington` where the article says امریکہ
            yield Finding(kind=FindingKind.NAME, severity="warning", field=field, claim=span, nearest=None,
                          message=(f"'{span.text}' is not in the article, which names {country} ('{span.text}' is its "
                                   "capital). Name the country unless the city itself is meant."))
            continue
        lying = place_in_country(index, span.text if lang == "en" else urdu_country(text, span))
        if lying is not None and lying[1]:
            continue  # `Pakistan` of a story whose every place is Pakistan's
        if lying is not None:  # `India` where the article names only کرناٹک: the desk's knowledge
            place = lying[0]
            yield Finding(kind=FindingKind.NAME, severity="warning", field=field, claim=span, nearest=place,
                          message=(f"'{span.text}' is not in the article; it names '{place.text}', which lies there. "
                                   "Check the country is the one meant."))
            continue
        if severity == "error" and not source.has_dateline and _in_own_dateline(text, span, lang):
            yield Finding(kind=FindingKind.NAME, severity="warning", field=field, claim=span, nearest=None,
                          message=(f"'{span.text}' opens the brief as its dateline, a capital the article does not "
                                   "name; it has no dateline of its own. Check the story was filed there."))
            continue
        if lang == "en" and severity == "error" and _own_outlet(text, span):
            yield Finding(kind=FindingKind.NAME, severity="warning", field=field, claim=span, nearest=None,
                          message=(f"'{span.text}' names the outlet the brief says published the article, which "
                                   "the article's text does not state. Check where it came from."))
            continue
        if lang == "en" and severity == "error" and (title_of_a_work(text, span) or _award_of(index, text, span)):
            yield Finding(kind=FindingKind.NAME, severity="warning", field=field, claim=span, nearest=None,
                          message=(f"'{span.text}' reads as the title of a work, which the article may translate "
                                   "or spell otherwise. Check it against the article."))
            continue
        near = name_hint(index, near)
        if lang == "en" and near is not None and _only_the_surname(index, span.text, near):
            yield Finding(kind=FindingKind.NAME, severity=severity, field=field, claim=span, nearest=near,
                          message=(f"The article gives only the surname of '{span.text}': '{near.text}'. Check the "
                                   "rest of the name is the person meant, or write the name as the article does."))
            continue
        hint = f" The closest name in the article is '{near.text}'." if near is not None else ""
        yield Finding(
            kind=FindingKind.NAME,
            severity=severity,
            field=field,
            claim=span,
            nearest=near,
            message=f"Name '{span.text}' is not in the article.{hint} Use only people, places and organisations the article names.",
        )
