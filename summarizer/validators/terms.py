"""Claims a single term carries: links, cited clauses, ministries, armed forces and compass directions."""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.lexicon.words import (
    COMPASS,
    compass_directions,
)
from summarizer.numbers.clauses import CITED_CLAUSE, worded_clauses
from summarizer.numbers.codes import serial_codes
from summarizer.numbers.labels import labels
from summarizer.schemas import (
    Finding,
    FindingKind,
    Lang,
    Span,
)
from summarizer.source_index import SourceIndex, find_links, link_key
from summarizer.text.normalize import LETTERS, fold, fold_token
from summarizer.validators.name_support import MINISTRY_URDU, SUBJECTS, writes_any


def check_links(source: SourceIndex, text: str, field: str | None) -> Iterator[Finding]:
    """A URL, e-mail address, phone number or @handle must be in the article: injected links
    (from a page's boxes or a prompt injection) are how a brief gets weaponised."""
    for m in find_links(text):
        if link_key(m.group(0)) not in source.links:
            yield Finding(kind=FindingKind.LINK, severity="error", field=field,
                          claim=Span(start=m.start(), end=m.end(), text=m.group(0)),
                          message=f"'{m.group(0)}' is not in the article. Do not add links, addresses, phone numbers or handles.")



_LETTER_CODE = re.compile(r"(?<![\w-])([A-Z]{1,3})-?(\d{1,4})[A-Z]?(?![\w-])")
"""Letters and a number naming one thing (G7, F-16, NA-120, TMA-12M)."""
_WORD_CODE = re.compile(r"(?<![\w-])([A-Z][a-z]{2,})-(\d{1,3})(?![\w-])")
"""A word and a number naming a model (Dongfeng-41)."""


def check_codes(source: SourceIndex, text: str, field: str | None) -> Iterator[Finding]:
    """A code's number must be the one the article writes after the same letters or word: G7 is
    not the article's جی ایٹ (G8), nor Dongfeng-31 its ڈونگ فینگ 41. An article that never writes
    the code with a number leaves it to the other checks."""
    for m in _LETTER_CODE.finditer(text):
        said = source.names.coded_numbers(m.group(1))
        if said and int(m.group(2)) not in said:
            yield _code_finding(m, field, said)
    for m in _WORD_CODE.finditer(text):
        said = source.names.numbers_after_name(m.group(1))
        if said and int(m.group(2)) not in said:
            yield _code_finding(m, field, said)


def check_serial_codes(source: SourceIndex, text: str, field: str | None) -> Iterator[Finding]:
    """A code of two numbers or more (H5N1, in letters or as Urdu spells it: ایچ فائیو این ون)
    must be one the article writes, where the article writes a code of that shape: H5N1 is
    not its H5N8. A shape the article never writes leaves the code to the other checks."""
    for code in serial_codes(text):
        said = source.codes_by_shape.get(code.shape)
        if said and code.code not in said:
            claim = Span(start=code.start, end=code.end, text=text[code.start : code.end])
            yield Finding(kind=FindingKind.NUMBER, severity="error", field=field, claim=claim, nearest=None,
                          message=(f"'{claim.text}' ({code.code}) is not in the article, which writes "
                                   f"{', '.join(sorted(said))}. Use the article's code."))


def _code_finding(m: re.Match[str], field: str | None, said: set[int] | frozenset[int]) -> Finding:
    numbers = ", ".join(str(n) for n in sorted(said))
    return Finding(kind=FindingKind.NUMBER, severity="error", field=field,
                   claim=Span(start=m.start(), end=m.end(), text=m.group(0)), nearest=None,
                   message=f"'{m.group(0)}' is not in the article, which numbers it {numbers}. Use the article's code.")


def check_references(source: SourceIndex, text: str, field: str | None) -> Iterator[Finding]:
    """The clause a brief cites (Article 294, دفعہ 302) must be one the article gives: its digits
    name a clause, so they are no quantity, but another clause is another charge or right."""
    def cited(number: str) -> bool:
        return number in source.digit_runs or int(number) in source.clauses_in_words

    for m in CITED_CLAUSE.finditer(text):
        number = fold(m.group(1) or m.group(3))
        sub = m.group(2)  # Article 184(3): the article's ذیلی شق تین, or its (3)
        if cited(number) and (sub is None or cited(sub)):
            continue
        span = Span(start=m.start(), end=m.end(), text=m.group(0))
        yield Finding(kind=FindingKind.NUMBER, severity="error", field=field, claim=span, nearest=None,
                      message=f"'{m.group(0)}' is not in the article, which cites no {number}. Cite the clause it gives.")
    for start, end, value in worded_clauses(text):
        if cited(str(value)):
            continue
        span = Span(start=start, end=end, text=text[start:end])
        yield Finding(kind=FindingKind.NUMBER, severity="error", field=field, claim=span, nearest=None,
                      message=f"'{span.text}' ({value}) is not in the article, which cites no {value}. Cite the clause it gives.")
    written = source.label_values
    for label in labels(text):
        said = text[label.start : label.end]
        if label.value in written:
            continue
        if not written and (not any(c.isdigit() for c in said)
                            or any(q.value == label.value for q in source.quantities)):
            continue  # an article that numbers nothing so: any number it gives (بیرک نمبر دو for barrack No. 2)
        given = (f"which numbers things {', '.join(str(v) for v in sorted(written))}" if written
                 else f"which gives no {label.value}")
        yield Finding(kind=FindingKind.NUMBER, severity="error", field=field,
                      claim=Span(start=label.start, end=label.end, text=said), nearest=None,
                      message=f"'{said}' is not in the article, {given}. Use the number it gives.")


_MINISTRY = re.compile(
    rf"\b(?:({SUBJECTS})\s+(?:ministry|ministers?|secretary)|(?:ministry|minister)\s+(?:of|for)\s+({SUBJECTS}))\b", re.I)



def check_ministries(source: SourceIndex, text: str, field: str | None) -> Iterator[Finding]:
    """A ministry named in lower case (`the interior ministry`, `the health minister`): the
    article must name the same one (وزارت داخلہ, وزیر داخلہ, داخلہ کے وزیر); another one is a swap
    (`defence ministry` for وزارت داخلہ). A warning: a desk may name a ministry the article
    only implies."""
    for m in _MINISTRY.finditer(text):
        if text[max(0, m.start() - 1) : m.start()].isalpha() or not m.group(0)[0].islower():
            continue  # a capitalised Interior Ministry is a name the name check reads
        subject = (m.group(1) or m.group(2)).lower()
        if writes_any(source.spaceless, MINISTRY_URDU[subject]):
            continue
        span = Span(start=m.start(), end=m.end(), text=m.group(0))
        yield Finding(kind=FindingKind.NAME, severity="warning", field=field, claim=span, nearest=None,
                      message=f"'{m.group(0)}' is not in the article, which names no such ministry. Name the one it does.")


_FORCE_URDU = {
    "police": ("پولیس",), "army": ("فوج", "آرمی", "افواج"), "navy": ("بحریہ", "نیوی"),
    "air force": ("فضائیہ", "ایئر فورس", "ائیر فورس"), "coast guard": ("کوسٹ گارڈ", "ساحلی محافظ"),
    "fire brigade": ("فائر بریگیڈ",),
}  # fmt: skip
_FORCE = re.compile(rf"\b({'|'.join(_FORCE_URDU)})\b")
"""Lower case only: a capitalised Army or Police is a name the name check reads."""


_DIRECTION = re.compile(r"\b(north|south)(?:[- ]?(east|west))?(?:ern|erly|wards?)?\b|\b(east|west)(?:ern|erly|wards?)?\b")
"""Compass words in lower case (`the southern part`, `north-east`, `in the west of`): a
direction the brief asserts. Capitalised ones open names (South Africa, West Indies), which the
name check weighs."""
_DIRECTION_OF = {"north": COMPASS[fold_token("شمال")], "south": COMPASS[fold_token("جنوب")],
                 "east": COMPASS[fold_token("مشرق")], "west": COMPASS[fold_token("مغرب")]}


def _asserted_directions(text: str, lang: Lang) -> Iterator[tuple[Span, set[int]]]:
    if lang == "en":
        for m in _DIRECTION.finditer(text):
            yield (Span(start=m.start(), end=m.end(), text=m.group(0)),
                   {_DIRECTION_OF[g] for g in m.groups() if g})
        return
    words = list(LETTERS.finditer(text))
    for direction, i in compass_directions([fold_token(w.group()) for w in words]):
        yield Span(start=words[i].start(), end=words[i].end(), text=words[i].group()), {direction}


def check_directions(source: SourceIndex, text: str, lang: Lang, field: str | None) -> Iterator[Finding]:
    """A compass direction the brief gives must be one the article writes: `the southern part`
    where the article says شمالی حصے is the other end of the country. An error when the article
    gives another direction, a warning when it gives none (a desk may know where a place lies)."""
    written = source.directions
    for span, directions in _asserted_directions(text, lang):
        if directions <= written.keys():
            continue
        others = [written[d].text for d in sorted(written)]
        yield Finding(kind=FindingKind.NAME, severity="error" if others else "warning", field=field, claim=span,
                      nearest=written[min(written)] if written else None,
                      message=(f"'{span.text}' is not a direction the article gives"
                               + (f"; it writes {', '.join(repr(o) for o in others)}." if others else ".")
                               + " Use the article's direction."))


def check_forces(source: SourceIndex, text: str, field: str | None, lang: Lang = "en") -> Iterator[Finding]:
    """A security force or service named in lower case (`the army`, `Israeli police`), or in an
    Urdu brief by its Urdu word (فوج، پولیس): the article must name the same one; a swap (`the
    army` for پولیس) is a warning, as a desk may name a force the article only implies."""
    for span, force in _named_forces(text, lang):
        if writes_any(source.spaceless, _FORCE_URDU[force] + _FORCE_URDU_MORE.get(force, ())):
            continue
        yield Finding(kind=FindingKind.NAME, severity="warning", field=field, claim=span, nearest=None,
                      message=f"'{span.text}' is not in the article, which names no {force}. Name the force it does.")


_FORCE_URDU_MORE = {"army": ("فوجی", "فوجیوں")}
"""Forms an Urdu article names the army by besides the noun (فوجی اہلکار, army men)."""
_URDU_FORCE_OF = {fold_token(forms[0]): force for force, forms in _FORCE_URDU.items()}
"""The Urdu nouns of the forces (پولیس، فوج), folded. Not فوجی or افواج: a brief says military or
forces of any armed men, where the article may name none as the army."""


def _named_forces(text: str, lang: Lang) -> Iterator[tuple[Span, str]]:
    """The forces a brief names, each with its span: English words in lower case, Urdu nouns read
    word by word as `_asserted_directions` reads compass words."""
    if lang == "en":
        for m in _FORCE.finditer(text):
            yield Span(start=m.start(1), end=m.end(1), text=m.group(1)), m.group(1)
        return
    for w in LETTERS.finditer(text):
        force = _URDU_FORCE_OF.get(fold_token(w.group()))
        if force is not None:
            yield Span(start=w.start(), end=w.end(), text=w.group()), force


_INSTITUTION_URDU = {
    "parliament": ("پارلیمنٹ", "پارلیمان", "ایوان", "اسمبلی", "مجلس", "لوک سبھا", "راجیہ سبھا"),
    "cabinet": ("کابینہ", "کیبنٹ"),
    "senate": ("سینیٹ", "سینٹ", "سنیٹ", "ایوان بالا"),
    "commission": ("کمیشن",),
    "council": ("کونسل", "مجلس", "شوریٰ", "شوری", "پنچایت", "جرگہ", "کمیٹی"),
    "assembly": ("اسمبلی", "ایوان", "مجلس", "ودھان سبھا"),
}  # fmt: skip
_INSTITUTION = re.compile(rf"\b({'|'.join(_INSTITUTION_URDU)})s?\b", re.I)
"""Bodies a brief names by their kind (the Iraqi parliament, the European Commission), in either
case: the name check reads 'European' and leaves 'Parliament', an everyday word, unread."""


def check_institutions(source: SourceIndex, text: str, field: str | None) -> Iterator[Finding]:
    """A parliament, cabinet, senate, commission, council or assembly must be one the article
    writes (پارلیمنٹ، کابینہ، کمیشن ...). An error when the article writes another of them and not
    this one (the European Parliament where it names only یورپی کمیشن), a warning when it writes
    none (a desk may name the body the article only implies)."""
    written = {kind for kind, forms in _INSTITUTION_URDU.items() if writes_any(source.spaceless, forms)}
    for m in _INSTITUTION.finditer(text):
        kind = m.group(1).lower()
        if kind in written:
            continue
        others = sorted(written)
        yield Finding(kind=FindingKind.NAME, severity="error" if others else "warning", field=field,
                      claim=Span(start=m.start(), end=m.end(), text=m.group(0)), nearest=None,
                      message=(f"'{m.group(0)}' is not in the article, which names no {kind}"
                               + (f" (it names a {' and a '.join(others)})." if others else ".")
                               + " Name the body the article does."))


_PARTY_URDU = {"Democratic": re.compile("ڈیمو?کری?ٹ"), "Republican": re.compile("ری?پبل?ی?کن")}
"""A US party's word as Urdu writes it, on the folded text without spaces: ڈیموکریٹک, ڈیمو کریٹس;
ریپبلکن, ری پبلیکن and the slip رپبکن."""
_PARTY_OF = {"Democrat": "Democratic", "Democrats": "Democratic", "Democratic": "Democratic",
             "Republican": "Republican", "Republicans": "Republican"}  # fmt: skip
_PARTY = re.compile(r"(?<![\w-])(Democrats?|Democratic|Republicans?)(?![\w-])")
_PARTY_COMPANIONS = frozenset((
    "US", "U.S.", "American", "Democrat", "Democrats", "Democratic", "Republican", "Republicans", "Party",
    "National", "Committee", "Convention", "Senator", "Senators", "Congressman", "Congresswoman",
    "Representative", "Governor", "Senate", "House", "Leader", "Whip", "The"))
"""Capitalised words that may stand beside a US party's word in the party's own sense (Democratic
Party, Republican Senator, Senate Democrats). Any other (Syrian Democratic Forces, Republican
Guard, Democratic Republic of the Congo, Liberal Democrats) makes it another name, which the name
check reads."""


def _named_parties(text: str) -> Iterator[tuple[Span, str]]:
    for m in _PARTY.finditer(text):
        before = re.search(r"([A-Z][\w.'-]*)\s+$", text[: m.start()])
        after = re.match(r"\s+([A-Z][\w.'-]*)", text[m.end() :])
        if any(w is not None and w.group(1).removesuffix("'s") not in _PARTY_COMPANIONS for w in (before, after)):
            continue
        yield Span(start=m.start(), end=m.end(), text=m.group(0)), _PARTY_OF[m.group(0)]


def check_parties(source: SourceIndex, text: str, field: str | None) -> Iterator[Finding]:
    """A US party the brief names (Democratic, the Republicans) must be one the article writes
    (ڈیموکریٹک، ریپبلکن). It is not a name the name check weighs: its word is everyday English.
    An error when the article names the other party and not this one (a Democratic hopeful where
    it says ریپبلکن امیدوار), a warning when it names neither (a desk may know the party)."""
    written = {party for party, form in _PARTY_URDU.items() if form.search(source.spaceless)}
    for span, party in _named_parties(text):
        if party in written:
            continue
        others = sorted(written)
        yield Finding(kind=FindingKind.NAME, severity="error" if others else "warning", field=field, claim=span,
                      nearest=None,
                      message=(f"'{span.text}' is not in the article, which names no {party} party"
                               + (f" (it names the {' and the '.join(others)} party)." if others else ".")
                               + " Name the party the article does."))
