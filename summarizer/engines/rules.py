"""The rules engine: a deterministic, extractive brief when no LLM is configured.

Nothing here writes prose. Urdu fields are sentences copied verbatim from the article; English
fields are fact lines assembled only from what the Urdu toolkit found in those sentences:
names (gazetteer English, acronym letters or a romanization), numbers (rendered from their
values), places, dates and event types. Every English name and number is checked before it is
written: a name must be matched back to the article by the names module, a number must be read
back by the English number extractor as the same value and kind. What fails is left out.

Pipeline: sentences (dateline stripped) → scores (position, numbers, names, events) → summary
and key points; names → entities (spelling variants merged); quantities → claims; one event
per clear trigger type of each clause (`text.events`), placed where the story happened when it is
material and where it was filed when it is a statement.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from summarizer import schemas as caps
from summarizer.engines.base import Engine, EngineResult
from summarizer.errors import InputError
from summarizer.names import gazetteer
from summarizer.names.english_spans import english_name_spans
from summarizer.names.matching import MATCH_THRESHOLD, NameCandidate, NameIndex
from summarizer.names.roles import urdu_role
from summarizer.names.romanize import english_spelling, in_known_person, known_name
from summarizer.names.transliterate import urdu_skeletons
from summarizer.numbers.quantities import extract_quantities
from summarizer.numbers.render_en import claim_unit, render_quantity, worth_stating
from summarizer.schemas import (
    BriefDraft,
    Dateline,
    Entity,
    EntityType,
    Event,
    EventType,
    Evidence,
    Finding,
    FindingKind,
    KeyPoint,
    Meta,
    Quantity,
    QuantityClaim,
    QuantityKind,
    Span,
)
from summarizer.source_index import SourceIndex
from summarizer.text.dateline import DatelineMatch, agency_english, find_datelines
from summarizer.text.debris import caption_prefix, is_debris, is_repeat
from summarizer.text.events import Trigger, clauses, find_triggers, first_trigger
from summarizer.text.normalize import fold, fold_token
from summarizer.text.selector import Candidate, Weights, select
from summarizer.text.sentences import split_paragraphs, split_sentences
from summarizer.validators import check_grounding, validate_draft

__all__ = ["KEY_POINTS", "SUMMARY", "RulesEngine", "summary_candidates"]

_MAX_QUOTE_WORDS = 30
_HEADLINE_MAX_WORDS = 40
_MIN_WORDS = 4
_MAX_LIST = 8
_TRUSTED_SOURCES = frozenset({"gazetteer", "acronym", "role", "org_head"})
_TYPE_ORDER = {"person": 0, "organization": 1, "location": 2, "other": 3}
_WORD = re.compile(r"\S+")

# --------------------------------------------------------------------------- facts of an article


@dataclass(slots=True)
class _Ent:
    id: str
    name_ur: str
    name_en: str
    type: EntityType
    role_en: str | None
    mentions: list[Span]
    spellings: Iterator[str] | None = None
    """The next spellings that read back to the article, computed only when the one in
    `name_en` is refused in the brief (see `_brief`)."""


@dataclass(slots=True)
class _Sentence:
    index: int
    span: Span
    """The sentence without a leading dateline: verbatim text and true offsets."""
    words: int
    quantities: list[tuple[Quantity, str]] = field(default_factory=list)
    mentions: list[tuple[Span, _Ent]] = field(default_factory=list)
    trigger: Trigger | None = None
    score: float = 0.0
    after_dateline: bool = False
    """A dateline opened this sentence (cut off from `span`)."""


def _inside(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start=start, end=end, text=text[start:end]) if end > start else None


_TIME_BEFORE_SHAM = frozenset(fold_token(w) for w in ("کی", "آج", "کل", "اس", "اسی", "ہر", "صبح", "شام"))
_TRAILING_GENITIVE = fold_token("کے")
_BIBI = fold("بی بی").replace(" ", "")


def _clean_candidate(text: str, c: NameCandidate) -> NameCandidate | None:
    """Repairs for known misreadings: the genitive کے read as the letter K after an acronym
    (`آئی ایس پی آر کے` → ISPR), شام "evening" read as Syria after a time word, and the
    honorific بی بی read as the letters BB."""
    if c.source == "acronym" and c.key == _BIBI:
        return None  # بی بی is the honorific "Bibi" (آسیہ بی بی), not the letters BB
    if c.source == "acronym" and c.english.endswith("K") and len(c.english) >= 3:
        words = list(_WORD.finditer(c.span.text))
        if len(words) >= 2 and fold_token(words[-1].group()) == _TRAILING_GENITIVE:
            end = c.span.start + words[-2].end()
            span = Span(start=c.span.start, end=end, text=text[c.span.start : end])
            return NameCandidate(span, c.type, fold(span.text).replace(" ", ""), c.english[:-1], c.source)
    if c.source == "gazetteer" and c.english == "Syria":
        before = text[max(0, c.span.start - 12) : c.span.start].split()
        if before and fold_token(before[-1]) in _TIME_BEFORE_SHAM:
            return None
    return c


def _role_at_end(words: list[str]) -> tuple[str, int] | None:
    """(English, number of words) of a role the words end with, honorifics skipped."""
    for k in range(min(4, len(words)), 0, -1):
        role = urdu_role(" ".join(words[-k:]))
        if role is not None and not role.honorific:
            return role.english, k
    return None


def _role_before(text: str, start: int) -> str | None:
    """English of a title written right before a name (`وزیر خارجہ سرگئی لاروف`); an office
    before a rank wins (`آرمی چیف جنرل` → army chief). Only from the role list, and only from
    words before the name: a word inside a name (شاہ in شاہ محمود قریشی) is never a role."""
    words = [w.strip("،,()\"'“”‘’") for w in text[max(0, start - 80) : start].split()]
    words = [w for w in words if w]
    found = _role_at_end(words)
    if found is None:
        return None
    english, k = found
    office = _role_at_end(words[:-k])
    if office is not None:
        english, k = office[0], k + office[1]
    if len(words) > k:  # روسی وزیر خارجہ → Russian foreign minister
        demonym = [e for e in gazetteer.lookup_urdu(words[-k - 1]) if e.type == "demonym"]
        if demonym:
            return f"{demonym[0].english} {english}"
    return english


def _extend_known(text: str, c: NameCandidate) -> NameCandidate:
    """A person's span grown back over the words before it that make it a known name
    (`شاہ` + `محمود قریشی`): the name finder may have read the first word as a title."""
    words = list(_WORD.finditer(text[max(0, c.span.start - 40) : c.span.start]))
    base = max(0, c.span.start - 40)
    best = c
    for k in (1, 2):
        if len(words) < k:
            break
        start = base + words[-k].start()
        if in_known_person(text[start : c.span.end]):
            span = Span(start=start, end=c.span.end, text=text[start : c.span.end])
            best = NameCandidate(span, c.type, fold(span.text).replace(" ", ""), c.english, c.source)
    return best


_PORTFOLIO_HEADS = frozenset(fold_token(w) for w in ("وزیر", "وزارت", "محکمہ", "مشیر", "سیکرٹری", "وزیرمملکت"))


def _portfolio(text: str, span: Span) -> bool:
    """A one-word "name" right after وزیر/وزارت/محکمہ: the portfolio (صحت, تعلیم), not a person."""
    before = text[max(0, span.start - 20) : span.start].split()
    return len(span.text.split()) == 1 and bool(before) and fold_token(before[-1]) in _PORTFOLIO_HEADS


def _skeleton(key: str) -> str:
    return urdu_skeletons(fold_token(key))[0]


def _build_entities(source: SourceIndex) -> list[_Ent]:
    text, index = source.text, source.names
    cands = [c2 for c in index.candidates() if c.type != "other" and (c2 := _clean_candidate(text, c))]
    cands = [_extend_known(text, c) if c.type == "person" else c for c in cands]
    if not cands:
        return []
    n = len(cands)
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: int, b: int) -> None:
        parent[find(b)] = find(a)

    pos = {(c.span.start, c.span.end): i for i, c in enumerate(cands)}
    pos_end = {c.span.end: i for i, c in enumerate(cands)}
    for group in index.variants():
        members = [pos.get((s.start, s.end), pos_end.get(s.end, -1)) for s in group]
        members = [m for m in members if m >= 0]
        for m in members[1:]:
            union(members[0], m)
    persons = [i for i, c in enumerate(cands) if c.type == "person"]
    # known people only: a names-model reading per candidate would cost more than the brief
    spelt = {i: english_spelling(cands[i].span.text, "person") if in_known_person(cands[i].span.text)
             or known_name(cands[i].span.text) else "" for i in persons}  # fmt: skip
    skel = {i: _skeleton(cands[i].key) for i in persons}
    last = {i: _skeleton(fold(cands[i].span.text).split()[-1]) for i in persons}
    def same(a: int, b: int) -> bool:
        ca, cb = cands[a], cands[b]
        if ca.key == cb.key or (ca.source in ("gazetteer", "acronym") and ca.english == cb.english):
            return True
        if a not in skel or b not in skel:
            return False
        wa, wb = spelt[a].split(), spelt[b].split()
        short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
        if len(short) >= 2 and " ".join(short) in " ".join(long_):
            return True  # Shah Mahmood / Shah Mahmood Qureshi
        if min(len(skel[a]), len(skel[b])) < 3:
            return False
        # one person: spellings alike (لاروف / لاوروف), or one is the other's surname
        return max(fuzz.ratio(skel[a], skel[b]), fuzz.ratio(skel[a], last[b]), fuzz.ratio(last[a], skel[b])) >= 85

    for a in range(n):
        for b in range(a + 1, n):
            if same(a, b):
                union(a, b)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    ents: list[_Ent] = []
    for members in sorted(groups.values(), key=lambda m: cands[m[0]].span.start):
        trusted = [i for i in members if cands[i].source in _TRUSTED_SOURCES]
        if not trusted:
            continue  # found from word shape alone (before a postposition): too often a noun
        if all(_portfolio(text, cands[i].span) for i in members):
            continue  # وزیر صحت: the health minister, not a person called صحت
        ranked = sorted(members, key=lambda i: (cands[i].source not in _TRUSTED_SOURCES,
                                                ["gazetteer", "acronym", "role", "org_head"].index(cands[i].source)
                                                if cands[i].source in _TRUSTED_SOURCES else 9,
                                                -len(cands[i].key)))  # fmt: skip
        options = _sound_spellings(index, [*((_desk_spelling, i) for i in ranked),
                                           *((_own_english, i) for i in ranked)], cands)  # fmt: skip
        name_en = next(options, None)
        if name_en is None:
            continue
        types = Counter(cands[i].type for i in members)
        typ: EntityType = min(types, key=lambda t: (-types[t], _TYPE_ORDER[t]))
        first = cands[members[0]]
        role = None
        if typ == "person":
            role = next((r for i in members if (r := _role_before(text, cands[i].span.start))), None)
        ents.append(_Ent(f"e{len(ents) + 1}", first.span.text, name_en, typ, role,
                         [cands[i].span for i in members]))  # fmt: skip
        ents[-1].spellings = options
    return ents


def _own_english(c: NameCandidate) -> str:
    return c.english


def _sound_spellings(index: NameIndex, ways: list[tuple[Callable[[NameCandidate], str], int]],
                     cands: list[NameCandidate]) -> Iterator[str]:
    """The distinct spellings that read back to the article, in order, each computed only when
    asked for (the second is wanted only when the validators refuse the first)."""
    tried: set[str] = set()
    for way, i in ways:
        english = way(cands[i])
        if english in tried:
            continue
        tried.add(english)
        if _sound_name(index, english):
            yield english


def _desk_spelling(c: NameCandidate) -> str:
    """The English a desk prints for a candidate: letters for an acronym, else `english_spelling`
    (known names, the gazetteer, the names resource) of its Urdu words."""
    if c.source == "acronym":
        return c.english
    return english_spelling(c.span.text, c.type)


def _sound_name(index: NameIndex, english: str) -> bool:
    """An English rendering the validators will accept: matched back to the article, read as
    one name, and not readable as a number (a romanization like `Bn` reads as billion)."""
    parts = _name_parts(english)
    if parts is None or index.match_english(english).score < MATCH_THRESHOLD:
        return False
    return all(index.match_english(part).score >= MATCH_THRESHOLD for part in parts)


@lru_cache(maxsize=16384)
def _name_parts(english: str) -> tuple[str, ...] | None:
    """How the validators read an English name (its name spans), or None when it is empty or
    reads as a number. Depends on the name alone, so it is shared across articles."""
    if not english or extract_quantities(english, "en"):
        return None
    return tuple(sp.text for sp in english_name_spans(english))


def _evidence(text: str, span: Span, focus: int | None = None) -> Evidence:
    """A verbatim quote of at most 30 words from `span`, around `focus` when it is long."""
    words = list(_WORD.finditer(span.text))
    if len(words) <= _MAX_QUOTE_WORDS:
        return Evidence(quote=span.text, start=span.start, end=span.end)
    first = 0
    if focus is not None:
        at = next((k for k, w in enumerate(words) if span.start + w.end() > focus), 0)
        first = max(0, min(at - 10, len(words) - _MAX_QUOTE_WORDS))
    s = span.start + words[first].start()
    e = span.start + words[first + _MAX_QUOTE_WORDS - 1].end()
    return Evidence(quote=text[s:e], start=s, end=e)


def _names_list(ents: Iterable[_Ent]) -> list[str]:
    out: list[str] = []
    for ent in ents:
        if ent.name_en not in out:
            out.append(ent.name_en)
    return out


_EVENT_WORDS = {
    "AGREE": "agreement", "CONSULT": "talks", "SUPPORT": "support", "COOPERATE": "cooperation",
    "AID": "aid", "RETREAT": "withdrawal", "REQUEST": "request", "ACCUSE": "accusation",
    "DEMAND": "demand", "DISAPPROVE": "criticism", "REJECT": "rejection", "THREATEN": "warning",
    "PROTEST": "protest", "MOBILIZE": "deployment", "SANCTION": "sanction", "COERCE": "order",
    "ASSAULT": "attack", "FIGHT": "clash", "CRIME": "crime", "ACCIDENT": "accident",
    "DISASTER": "disaster", "ELECT": "election", "OTHER": "event",
}  # fmt: skip
"""A plain English word for each PLOVER type, for lines a translator skims."""


def _event_sentence(ev: Event, ents_by_id: dict[str, _Ent]) -> str:
    """`Sergei Lavrov: talks with Qamar Javed Bajwa in Rawalpindi.` — only extracted facts."""
    word = _EVENT_WORDS.get(ev.type, "event")
    who = ", ".join(ents_by_id[i].name_en for i in ev.actors if i in ents_by_id)
    out = f"{who}: {word}" if who else word
    targets = ", ".join(ents_by_id[i].name_en for i in ev.targets if i in ents_by_id)
    if targets:
        out += f" with {targets}"
    if ev.place_en:
        out += f" in {ev.place_en}"
    numbers = _dedupe(q.text_en for q in ev.quantities if q.text_en)
    if numbers:
        out += "; how many: " + ", ".join(numbers[:4])
    return out + "."


def _fact_line(sentence: _Sentence, events: list[Event], ents_by_id: dict[str, _Ent]) -> str:
    """Short English sentences from one Urdu sentence's facts: its events (who, what, where),
    then who else, where, when and how many it states. Nothing else is written."""
    ents = [e for _, e in sentence.mentions]
    mine = [ev for ev in events if ev.evidence and _inside(Span(start=ev.evidence[0].start or 0,
            end=ev.evidence[0].end or 0, text=ev.evidence[0].quote), sentence.span)]  # fmt: skip
    parts = [_event_sentence(ev, ents_by_id) for ev in mine]
    told = " ".join(parts)
    names = [n for n in _names_list(e for e in ents if e.type != "location") if n not in told]
    places = [n for n in _names_list(e for e in ents if e.type == "location") if n not in told]
    if names:
        parts.append("Who: " + ", ".join(names[:_MAX_LIST]) + ".")
    if places:
        parts.append("Where: " + ", ".join(places[:_MAX_LIST]) + ".")
    dates = _dedupe(en for q, en in sentence.quantities if q.kind in (QuantityKind.DATE, QuantityKind.YEAR))
    if dates:
        parts.append("When: " + ", ".join(dates[:_MAX_LIST]) + ".")
    numbers = _dedupe(en for q, en in sentence.quantities
                      if worth_stating(q) and q.kind not in (QuantityKind.DATE, QuantityKind.YEAR) and en not in told)  # fmt: skip
    if numbers:
        parts.append("How many: " + ", ".join(numbers[:_MAX_LIST]) + ".")
    return " ".join(parts) if parts else "no names, numbers or events found in this sentence."


# --------------------------------------------------------------------------- events

_ACTOR_MARK = re.compile(r"^\s*نے(?:\s|$|[،,])")
_AND = re.compile(r"^\s*(?:اور|و|،|,)\s*$")
_AND_HEAD = re.compile(r"^\s*(?:اور|و|،|,)(?:\s+|$)")
_TARGET_MARK = re.compile(r"^\s*(?:سے|کو|پر|کے\s*ساتھ|کیساتھ|کےساتھ|کے\s*خلاف|کیخلاف|کےخلاف)(?:\s|$|[،,])")
_PLACE_MARK = re.compile(r"^\s*(?:میں|کے\s*شہر|میں\s*واقع|کے\s*قریب)(?:\s|$|[،,])")
_PLACE_AND = re.compile(r"^\s*(?:اور|و)\s+(?:[^\s،,۔]+\s+){0,3}?میں(?:\s|$|[،,])")
"""`خضدار اور ملحقہ علاقوں میں`: a place and its surroundings."""
_PRONOUN_ACTOR = re.compile(r"(?:^|\s)(?:انہوں|انھوں)\s*نے(?:\s|$)")
_BETWEEN = re.compile(r"^\s*(?:کے\s*درمیان|کے\s*مابین|کےدرمیان)")
_POSTPOSITION = re.compile(r"^\s*(?:کے|کی|کا|کو|سے|پر|میں|تک|نے|کیلئے|کیساتھ|کےساتھ)(?:\s|$|[،,])")
_SOURCE_MARK = re.compile(r"^\s*(?:کے\s*مطابق|کےمطابق|کی\s*رپورٹ|کی\s*تازہ\s*رپورٹ)")
_NO_ACTOR_TYPES = frozenset({"DISASTER", "ACCIDENT"})
_UNNAMED_OK = frozenset({"DISASTER", "ACCIDENT", "ASSAULT", "FIGHT", "PROTEST", "MOBILIZE", "DEMAND"})
"""Event types reported without a named actor (protesters, police, traders: descriptions, not
names); other events need one to be stated."""


_OPENER_WORDS = frozenset(fold_token(w) for w in ("کہ", "جبکہ", "تاہم", "لیکن", "مگر", "اور", "ادھر", "دوسری", "جانب"))


def _heads_clause(text: str, clause_start: int, at: int) -> bool:
    """Nothing but clause openers (کہ، جبکہ ...) before `at` in its clause: the subject slot, not a
    modifier (`پاک ایران سرحد پر`)."""
    return all(fold_token(w) in _OPENER_WORDS for w in text[clause_start:at].replace("،", " ").split())


def _is_country(english: str) -> bool:
    """A country acts as a clause's subject (`امریکہ ... کی حمایت کرتا ہے`); a city there is a
    place, not an actor."""
    return english in gazetteer.country_names()


def _joined(between: str) -> bool:
    """`اور`, `،` or `و` between two names, perhaps with the second one's title (`اور وزیر خارجہ`)."""
    m = _AND_HEAD.match(between)
    if m is None:
        return False
    rest = between[m.end() :].split()
    return not rest or (_role_at_end(rest) or ("", 0))[1] == len(rest)


def _event(text: str, s: _Sentence, trig: Trigger, scope: Span, where: tuple[str | None, str | None],
           dl_date: Quantity | None, ents_by_id: dict[str, _Ent]) -> tuple[Event, bool]:
    """One event from its trigger; actors, targets, place, date and numbers come only from
    `scope` (the trigger's clause). `where` is the place (English, Urdu) of the story's section
    (`_story_places`), used when the clause and its sentence name none; the flag says whether
    the place is the event's own."""
    mentions = [(sp, e) for sp, e in s.mentions if _inside(sp, scope)]
    quantities = [(q, en) for q, en in s.quantities if _inside(q.span, scope)]
    before = [(sp, e) for sp, e in mentions if sp.end <= trig.span.start
              and not _SOURCE_MARK.match(text[sp.end : trig.span.start])
              and not (e.type == "location" and _role_at_end(text[max(0, sp.start - 30) : sp.start].split()))]  # fmt: skip
    actors: list[str] = []
    targets: list[str] = []
    place: _Ent | None = None
    place_span: Span | None = None
    is_actor = [False] * len(before)
    for k in range(len(before) - 1, -1, -1):
        sp, _ = before[k]
        after = text[sp.end : trig.span.start]
        chained = k + 1 < len(before) and is_actor[k + 1] and _joined(text[sp.end : before[k + 1][0].start])
        is_actor[k] = bool(_ACTOR_MARK.match(after) or chained)  # "X نے" or "X اور Y نے"
    for k, (sp, e) in enumerate(before):
        after = text[sp.end : trig.span.start]
        if is_actor[k]:
            if e.id not in actors:
                actors.append(e.id)
        elif e.type == "location" and _PLACE_MARK.match(after) and place is None:
            place, place_span = e, sp
        elif _TARGET_MARK.match(after) and e.id not in targets:
            targets.append(e.id)
    if not actors:  # "X اور Y کے درمیان": the parties
        actors = [e.id for k, (sp, e) in enumerate(before) if _BETWEEN.match(text[sp.end : trig.span.start])
                  or (k + 1 < len(before) and _AND.match(text[sp.end : before[k + 1][0].start])
                      and _BETWEEN.match(text[before[k + 1][0].end : trig.span.start]))]  # fmt: skip
    if not actors:  # no نے: the clause's subject, a person, body or country followed by no
        # postposition, with the names joined to it by اور (`ایف سی اور پاک فوج کے دستے`)
        first = next((k for k, (sp, e) in enumerate(before) if e is not place and e.id not in targets
                      and (e.type in ("person", "organization")
                           or (_is_country(e.name_en) and _heads_clause(text, scope.start, sp.start)))
                      and not _POSTPOSITION.match(text[sp.end : trig.span.start])), None)  # fmt: skip
        if first is not None:
            actors = [before[first][1].id]
            for k in range(first + 1, len(before)):
                if len(actors) == 3 or not _joined(text[before[k - 1][0].end : before[k][0].start]):
                    break
                if before[k][1].id not in actors:
                    actors.append(before[k][1].id)
    targets = [t for t in targets if t not in actors]
    harm = trig.type in _NO_ACTOR_TYPES
    if harm:  # a flood or a crash has no actor; the last place named before it is where it struck
        actors, targets, place, place_span = [], [], None, None  # (بلوچستان کے ضلع خضدار → Khuzdar)
        struck = [(sp, e) for sp, e in before if e.type == "location"]
        if struck:
            place_span, place = struck[-1]
    for pool in (mentions, s.mentions):  # a place in the clause, else in its sentence
        if place is not None:
            break
        for sp, e in pool:
            if e.type == "location" and e.id not in actors and e.id not in targets and (
                    harm or _PLACE_MARK.match(text[sp.end : sp.end + 12])):
                place, place_span = e, sp
                break
    date_q = next((q for q, _ in quantities if q.kind is QuantityKind.DATE), None) or dl_date
    date = None
    if date_q is not None:
        date = date_q.unit if date_q.unit and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date_q.unit) else date_q.span.text
    place_en = place.name_en if place else where[0]
    place_ur = place_span.text if place_span else where[1]
    claims = [_claim(q, en) for q, en in quantities if worth_stating(q)]
    evidence = _evidence(text, s.span, trig.span.start)
    kind: EventType = trig.type  # type: ignore[assignment]
    ev = Event(type=kind, description_en="", actors=actors, targets=targets, place_en=place_en,
               place_ur=place_ur, date=date, quantities=claims, evidence=[evidence])  # fmt: skip
    ev.description_en = f"{_event_sentence(ev, ents_by_id)} ({trig.span.text})"
    return ev, place is not None


CLAUSE_SCOPE = True
"""Events take their facts from the trigger's clause (False: the whole sentence, one event a
sentence; kept as the baseline `bench_events.py` prints beside it)."""


def _events(text: str, usable: list[_Sentence], sections: list[tuple[int, str | None, str | None]],
            dl_date: Quantity | None, ents_by_id: dict[str, _Ent]) -> list[Event]:
    """Events of the story: one per clause with a clear trigger."""
    out: list[tuple[Event, bool]] = []
    last_person: str | None = None
    scenes = _story_places(text, usable, sections) if CLAUSE_SCOPE else [(at, (en, ur)) for at, en, ur in sections]
    for s in usable:
        filed = next(((en, ur) for at, en, ur in reversed(sections) if at <= s.span.start), (None, None))
        scene = next((w for at, w in reversed(scenes) if at <= s.span.start), (None, None))
        where = filed
        if not CLAUSE_SCOPE:
            if s.trigger is not None:
                out.append(_event(text, s, s.trigger, s.span, where, dl_date, ents_by_id))
            continue
        for clause in clauses(s.span.text, s.span.start):
            kinds: set[str] = set()
            for trig in find_triggers(clause.text, clause.start):
                if trig.type in kinds:
                    continue
                kinds.add(trig.type)
                where = scene if trig.type in _AT_THE_SCENE else filed
                ev, own = _event(text, s, trig, clause, where, dl_date, ents_by_id)
                if not ev.actors and _PRONOUN_ACTOR.search(text[clause.start : trig.span.start]) and last_person:
                    ev.actors = [last_person]  # انہوں نے: the person the story was just about
                    ev.targets = [t for t in ev.targets if t != last_person]
                    ev.description_en = f"{_event_sentence(ev, ents_by_id)} ({trig.span.text})"
                out.append((ev, own))
        people = [e.id for _, e in s.mentions if e.type == "person"]
        last_person = people[-1] if len(set(people)) == 1 else None  # only when the antecedent is clear
    kept: list[tuple[Event, bool]] = []
    for ev, own in out:  # one event told twice (the lead, then the details) is one event
        if not ev.actors and ev.type not in _UNNAMED_OK:
            continue  # "someone agreed": too little to state
        same = next((k for k, (old, old_own) in enumerate(kept) if old.type == ev.type and (
            ev.type in _NO_ACTOR_TYPES  # one flood, told again with its toll
            or ((old.actors, old.targets) == (ev.actors, ev.targets)
            and (old.place_en == ev.place_en or not (own and old_own))))), None)  # fmt: skip
        if same is None:
            kept.append((ev, own))
        elif own and not kept[same][1] and ev.type not in _NO_ACTOR_TYPES:
            kept[same] = (ev, own)  # told again where it happened: the story's place was a guess
    return [ev for ev, _ in kept]


_AT_THE_SCENE = frozenset({"DISASTER", "ACCIDENT", "ASSAULT", "FIGHT", "CRIME", "PROTEST", "MOBILIZE", "COERCE",
                           "AID", "RETREAT"})
"""Material events happen where the story does (`_story_places`); statements (demands, support,
criticism, agreements) are made where the story was filed, its dateline's place."""


def _story_places(text: str, sentences: list[_Sentence],
                  sections: list[tuple[int, str | None, str | None]]) -> list[tuple[int, tuple[str | None, str | None]]]:
    """Where each section's story happened: the place its first sentence says it happened in
    (`کلر کہار کے قریب`, `ضلع سوات ... میں`), else the dateline's place (where it was filed)."""
    out: list[tuple[int, tuple[str | None, str | None]]] = []
    for at, en, ur in sections:
        lead = next((s for s in sentences if s.span.start >= at), None)
        found = None
        if lead is not None:
            found = next(((e.name_en, sp.text) for sp, e in lead.mentions if e.type == "location"
                          and (_PLACE_MARK.match(text[sp.end : sp.end + 12]) or _PLACE_AND.match(text[sp.end : sp.end + 40]))
                          and not _role_at_end(text[max(0, sp.start - 30) : sp.start].split())), None)  # fmt: skip
        if found and en and found[0] and en in found[0]:
            found = None  # `Islamabad Capital Territory` around an Islamabad dateline: the city is nearer
        out.append((at, found or (en, ur)))
    return out


def _claim(q: Quantity, en: str) -> QuantityClaim:
    return QuantityClaim(value=q.value, unit=claim_unit(q), text_ur=q.span.text, text_en=en)


# --------------------------------------------------------------------------- the engine


def _place_english(source: SourceIndex, ents: list[_Ent], place: Span) -> str | None:
    """English of a dateline's place: an entity's, else the gazetteer's if the validators accept it."""
    english = _place_lookup(source.names, ents, place)
    if english is None or check_grounding(source, english, "en"):
        return None
    return english


def _place_lookup(index: NameIndex, ents: list[_Ent], place: Span) -> str | None:
    for ent in ents:
        if any(m.start <= place.start and place.end <= m.end for m in ent.mentions) or fold(ent.name_ur) == fold(place.text):
            return ent.name_en
    for entry in gazetteer.lookup_urdu(place.text):
        if entry.type == "location" and index.match_english(entry.english).score >= MATCH_THRESHOLD:
            return entry.english
    return None


def _is_location(urdu: str) -> bool:
    return any(e.type == "location" for e in gazetteer.lookup_urdu(urdu))


def _join(sentences: list[_Sentence]) -> str:
    """Sentences joined by a space, or a line break after one without an end mark (a caption)."""
    out = ""
    for s in sentences:
        if out:
            out += " " if out[-1] in "۔؟?!.\"'”’‘)" else "\n"
        out += s.span.text
    return out


SUMMARY = Weights(budget_words=25, centrality=3.0, coverage=0.1, decay=0.8, long_words=30, lead_only=True)
"""The Urdu summary: about one news sentence, the lead when a dateline opens the story. Fit on XL-Sum (`bench_selector.py --folds`) for the
larger of the two smaller margins over Lead-1 (ROUGE-L, chrF): both halves chose budget 25 and
long sentences from 30 words; centrality and decay as fold 1 chose (fold 2: 2.0 / 0.5)."""
KEY_POINTS = Weights(budget_words=160, max_sentences=5, redundancy=1.5)


def _body(text: str, raw: list[Span], head: Span | None, dl_at: dict[int, DatelineMatch],
          quantities: list[tuple[Quantity, str]],
          mentions: list[tuple[Span, _Ent]]) -> tuple[list[_Sentence], list[_Sentence]]:
    """The story's sentences: no headline, dateline, page debris or repeated text; a photo
    caption glued to the first sentence (and repeated later) is cut off. Second: the sentences
    left out only for repeating the headline (a lead that restates it still reports events)."""
    debris_paras = [p for p in split_paragraphs(text) if len(p.text.split()) <= 40 and is_debris(p.text)]
    seen: list[str] = [head.text] if head is not None else []
    body: list[_Sentence] = []
    told_again: list[_Sentence] = []

    def sentence(index: int, content: Span, after_dateline: bool) -> _Sentence:
        s = _Sentence(index, content, len(content.text.split()), after_dateline=after_dateline)
        s.quantities = [(q, en) for q, en in quantities if _inside(q.span, content)]
        s.mentions = [(m, e) for m, e in mentions if _inside(m, content)]
        if not CLAUSE_SCOPE:
            s.trigger = first_trigger(content.text, content.start)
        return s

    for sp in raw:
        if head is not None and _inside(sp, head):
            continue
        if any(_inside(sp, p) for p in debris_paras) or is_debris(sp.text):
            continue
        dl = dl_at.get(sp.start)
        start = dl.span.end if dl is not None else sp.start
        content = _trim(text, start, sp.end)
        if content is None:
            continue
        if is_repeat(content.text, seen):
            if head is not None and is_repeat(content.text, [head.text]):
                told_again.append(sentence(-1, content, dl is not None))
            continue
        if not body:
            cut = caption_prefix(content.text, text[content.end :])
            if cut:
                content = _trim(text, content.start + cut, content.end) or content
        seen.append(content.text)
        body.append(sentence(len(body), content, dl is not None))
    return body, told_again


def _candidate(s: _Sentence, position: int) -> Candidate:
    """The selector's view of a usable sentence; the story's first sentence right after its
    dateline is the lead (`Candidate.lead`)."""
    return Candidate(text=s.span.text, position=position, names=frozenset(e.id for _, e in s.mentions),
                     numbers=frozenset(f"{q.value}:{q.unit}" for q, _ in s.quantities if worth_stating(q)),
                     lead=position == 0 and s.index == 0 and s.after_dateline)  # fmt: skip


class RulesEngine(Engine):
    """Extractive, deterministic briefs from the Urdu toolkit: no model, no invented words."""

    name = "rules"

    def run(self, article: str) -> EngineResult:
        started = time.perf_counter()
        if not isinstance(article, str):
            raise InputError(f"the article must be text (str), not {type(article).__name__}")
        text = article
        sentences = split_sentences(text)
        if not sentences:
            raise InputError("the article has no sentences to summarize (no letters or digits)")
        draft = _brief(text, sentences)
        latency = round((time.perf_counter() - started) * 1000, 2)
        meta = Meta(engine=self.name, model=None, prompt_version=None, attempts=1, extractive=True,
                    latency_ms=latency)  # fmt: skip
        return EngineResult(draft=draft, meta=meta)


@dataclass(slots=True)
class _Story:
    """What the brief is built from: the article's names, numbers, datelines, headline line and
    usable body sentences."""

    index: NameIndex
    ents: list[_Ent]
    mentions: list[tuple[Span, _Ent]]
    quantities: list[tuple[Quantity, str]]
    datelines: list[DatelineMatch]
    head_para: Span | None
    usable: list[_Sentence]
    reported: list[_Sentence]
    """Where events are read: the usable sentences and a lead that restates the headline."""
    dropped: frozenset[tuple[float, str]] = frozenset()
    """(value, Urdu text) of quantities left out because the validators refused their claim."""


def _story(source: SourceIndex, raw_sentences: list[Span], ents: list[_Ent] | None = None,
           dropped: frozenset[tuple[float, str]] | set[tuple[float, str]] = frozenset()) -> _Story:
    """The story's facts; `ents` replaces the entities found and `dropped` (value, Urdu text)
    removes quantities (a second pass without what the validators refused)."""
    text, index = source.text, source.names
    if ents is None:
        ents = _build_entities(source)
    mentions = sorted(((m, e) for e in ents for m in e.mentions), key=lambda t: t[0].start)
    quantities = [(q, en) for q in extract_quantities(text, "ur")
                  if (q.value, q.span.text) not in dropped and (en := render_quantity(q)) is not None]  # fmt: skip
    datelines = find_datelines(text, is_place=_is_location)
    dl_at = {d.span.start: d for d in datelines}

    # headline: a short first line without a dateline, else the lead sentence
    paragraphs = split_paragraphs(text)
    head_para: Span | None = None
    if len(paragraphs) > 1:
        p0 = paragraphs[0]
        if p0.start not in dl_at and len(p0.text.split()) <= _HEADLINE_MAX_WORDS:
            head_para = p0

    body, told_again = _body(text, raw_sentences, head_para, dl_at, quantities, mentions)
    usable = [s for s in body if s.words >= _MIN_WORDS] or body
    reported = sorted([*usable, *told_again], key=lambda s: s.span.start)
    return _Story(index, ents, mentions, quantities, datelines, head_para, usable, reported, frozenset(dropped))


def summary_candidates(article: str) -> list[Candidate]:
    """The sentences the summary is chosen from (the selector's input), for benchmarks that
    try other selector settings without re-running the rest of the engine."""
    sentences = split_sentences(article)
    if not sentences:
        return []
    story = _story(SourceIndex(article), sentences)
    return [_candidate(s, k) for k, s in enumerate(story.usable)]


def _brief(text: str, raw_sentences: list[Span]) -> BriefDraft:
    """The brief, read back by the validators as written before it is returned: a name can read
    differently inside a list than alone, a number inside a range differently than alone. A
    refused name yields to the entity's next spelling, else the entity is left out; a refused
    quantity claim is left out; then the brief is built again."""
    source = SourceIndex(text)
    story = _story(source, raw_sentences)
    for _ in range(4):
        draft = _draft(source, raw_sentences, story)
        findings = _read_back(source, draft)
        if not findings:
            return draft
        names = [f.claim.text for f in findings if f.kind is FindingKind.NAME and f.claim is not None]
        keep: list[_Ent] = []
        changed = False
        for e in story.ents:
            if any(b and b in e.name_en for b in names):
                e.name_en = next(e.spellings, "") if e.spellings is not None else ""  # the next spelling, else out
                changed = True
            if e.name_en:
                keep.append(e)
        drop = {(c.value, c.text_ur) for f in findings if (c := _claim_at(draft, f.field)) is not None} - story.dropped
        if not changed and not drop:
            return draft  # nothing the engine can leave out (reported by the caller's validation)
        for n, e in enumerate(keep, 1):
            e.id = f"e{n}"
        story = _story(source, raw_sentences, keep, drop | story.dropped)
    return draft


def _read_back(source: SourceIndex, draft: BriefDraft) -> list[Finding]:
    """The validators' findings on what the engine wrote itself: the English fields, entities,
    quantity claims, events and evidence. The Urdu fields are the article's own sentences (copied,
    at most cut short), nothing to leave out; checking them would cost three times the rest."""
    points = [k.model_copy(update={"text_ur": ""}) for k in draft.key_points]
    bare = draft.model_copy(update={"headline_ur": "", "summary_ur": "", "key_points": points})
    return validate_draft(source, bare).findings


_CLAIM_FIELD = re.compile(r"^(?:events\[(\d+)\]\.)?quantities\[(\d+)\]")


def _claim_at(draft: BriefDraft, field: str | None) -> QuantityClaim | None:
    """The quantity claim a finding's field (`quantities[3].value`, `events[0].quantities[1].text_ur`) names."""
    m = _CLAIM_FIELD.match(field or "")
    if m is None:
        return None
    claims = draft.events[int(m.group(1))].quantities if m.group(1) is not None else draft.quantities
    k = int(m.group(2))
    return claims[k] if k < len(claims) else None


def _draft(source: SourceIndex, raw_sentences: list[Span], story: _Story) -> BriefDraft:
    text = source.text
    ents, mentions, quantities = story.ents, story.mentions, story.quantities
    datelines, head_para, usable = story.datelines, story.head_para, story.usable
    ents_by_id = {e.id: e for e in ents}

    if head_para is not None:
        headline_ur = head_para.text
    elif usable:
        headline_ur = usable[0].span.text
    else:
        headline_ur = raw_sentences[0].text

    cands = [_candidate(s, k) for k, s in enumerate(usable)]
    chosen = [usable[k] for k in select(cands, SUMMARY)]
    summary_ur = _clip(_join(chosen) if chosen else headline_ur, caps.SUMMARY_CHARS)
    headline_ur = _clip(headline_ur, caps.HEADLINE_CHARS)
    points = [usable[k] for k in select(cands, KEY_POINTS)]

    # dateline
    dl0: DatelineMatch | None = datelines[0] if datelines else None
    place_ur = dl0.place.text if dl0 and dl0.place else None
    place_en = _place_english(source, ents, dl0.place) if dl0 and dl0.place else None
    agency = agency_english(dl0.agency.text) if dl0 and dl0.agency else None
    dateline = Dateline(place_en=place_en, place_ur=place_ur, agency=agency)
    dl_date = None
    if dl0 and dl0.date:
        dl_date = next((q for q in extract_quantities(dl0.date.text, "ur") if q.kind is QuantityKind.DATE), None)

    sections: list[tuple[int, str | None, str | None]] = []
    for d in datelines:  # each dateline opens a section of the page (a second story, another city)
        if d.place is not None:
            english = place_en if d is dl0 else _place_english(source, ents, d.place)
            sections.append((d.span.start, english, d.place.text))
    if not sections or sections[0][0] > 0:
        sections.insert(0, (0, dateline.place_en, dateline.place_ur))
    events = _events(text, story.reported, sections, dl_date, ents_by_id)
    key_points = [KeyPoint(text_en=_fact_line(s, events, ents_by_id), text_ur=_clip(s.span.text, caps.SENTENCE_CHARS),
                           evidence=[_evidence(text, s.span)]) for s in points]  # fmt: skip

    # fact sheets
    in_dateline = [d.span for d in datelines]
    counts = Counter(e.id for m, e in mentions if not any(_inside(m, d) for d in in_dateline))
    # names only a dateline states (the agency) are not what the story is about
    told = [e for e in ents if counts[e.id]]
    top = sorted((e for e in told if e.type != "location"), key=lambda e: (-counts[e.id], e.mentions[0].start))
    places = sorted((e for e in told if e.type == "location"), key=lambda e: (-counts[e.id], e.mentions[0].start))
    lead = [x for x in (place_en, agency) if x]
    headline_en = "fact sheet: " + ", ".join(lead)
    names_top = _names_list([*top[:4], *places[:2]])
    if names_top:
        headline_en += (" — " if lead else "") + ", ".join(names_top)
    facts: list[str] = []
    in_summary = [ev for ev in events if any(ev.evidence and ev.evidence[0].start is not None
                  and c.span.start <= ev.evidence[0].start < c.span.end for c in chosen)]  # fmt: skip
    for ev in (in_summary or events)[:3]:
        facts.append(_event_sentence(ev, ents_by_id))
    if top:
        facts.append("Who: " + ", ".join(_names_list(top)[:_MAX_LIST]) + ".")
    if places:
        facts.append("Where: " + ", ".join(_names_list(places)[:_MAX_LIST]) + ".")
    dates = _dedupe(en for q, en in quantities if q.kind in (QuantityKind.DATE, QuantityKind.YEAR))
    if dates:
        facts.append("When: " + ", ".join(dates[:_MAX_LIST]) + ".")
    numbers = _dedupe(en for q, en in quantities if worth_stating(q) and q.kind not in (QuantityKind.DATE, QuantityKind.YEAR))
    if numbers:
        facts.append("How many: " + ", ".join(numbers[:_MAX_LIST]) + ".")
    summary_en = "fact sheet (extractive, not a translation): " + (
        " ".join(facts) if facts else "no names, numbers or events found.")

    claims: list[QuantityClaim] = []
    seen: set[tuple[float, str, str | None]] = set()
    for q, en in quantities:
        key = (q.value, q.kind.value, q.unit)
        if worth_stating(q) and key not in seen:
            seen.add(key)
            claims.append(_claim(q, en))

    entities = [Entity(id=e.id, name_en=e.name_en, name_ur=e.name_ur, type=e.type, role_en=e.role_en) for e in ents]
    return BriefDraft(
        headline_ur=headline_ur, headline_en=headline_en, summary_ur=summary_ur, summary_en=summary_en,
        key_points=key_points, entities=entities[: caps.ENTITIES], quantities=claims[: caps.QUANTITIES],
        events=events[: caps.EVENTS], dateline=dateline,
    )  # fmt: skip


def _clip(text: str, limit: int) -> str:
    """`text` cut at the last space within the schema's cap (a pathologically long sentence)."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    return cut[: cut.rfind(" ")].rstrip() if " " in cut else cut


def _dedupe(items: Iterable[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out
