"""The rules engine: a deterministic, extractive brief when no LLM is configured.

Nothing here writes prose. Urdu fields are sentences copied verbatim from the article; English
fields are fact lines assembled only from what the Urdu toolkit found in those sentences:
names (gazetteer English, acronym letters or a romanization), numbers (rendered from their
values), places, dates and event types. Every English name and number is checked before it is
written: a name must be matched back to the article by the names module, a number must be read
back by the English number extractor as the same value and kind. What fails is left out.

Pipeline: sentences (dateline stripped) → scores (position, numbers, names, events) → summary
and key points; names → entities (spelling variants merged); quantities → claims; one event
per sentence with a clear trigger (`urdu.events`).
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from summarizer import schemas as caps
from summarizer.engines.base import Engine, EngineResult
from summarizer.errors import InputError
from summarizer.names import gazetteer
from summarizer.names.english_spans import english_name_spans
from summarizer.names.matching import MATCH_THRESHOLD, NameCandidate, NameIndex, name_index
from summarizer.names.roles import urdu_role
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
    KeyPoint,
    Meta,
    Quantity,
    QuantityClaim,
    QuantityKind,
    Span,
)
from summarizer.text.dateline import DatelineMatch, agency_english, find_datelines
from summarizer.text.events import Trigger, first_trigger
from summarizer.text.normalize import fold, fold_token
from summarizer.text.sentences import split_paragraphs, split_sentences

__all__ = ["RulesEngine"]

_MAX_QUOTE_WORDS = 30
_HEADLINE_MAX_WORDS = 40
_SUMMARY_MAX_CHARS = 700
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


def _role_before(text: str, start: int) -> str | None:
    """English of a title written right before a name (`وزیر خارجہ سرگئی لاروف`)."""
    words = text[max(0, start - 80) : start].split()
    for k in range(min(4, len(words)), 0, -1):
        role = urdu_role(" ".join(words[-k:]))
        if role is not None and not role.honorific:
            if len(words) > k:  # روسی وزیر خارجہ → Russian foreign minister
                demonym = [e for e in gazetteer.lookup_urdu(words[-k - 1]) if e.type == "demonym"]
                if demonym:
                    return f"{demonym[0].english} {role.english}"
            return role.english
    return None


def _skeleton(key: str) -> str:
    return urdu_skeletons(fold_token(key))[0]


def _build_entities(text: str, index: NameIndex) -> list[_Ent]:
    cands = [c2 for c in index.candidates() if c.type != "other" and (c2 := _clean_candidate(text, c))]
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
    for group in index.variants():
        members = [pos[(s.start, s.end)] for s in group if (s.start, s.end) in pos]
        for m in members[1:]:
            union(members[0], m)
    persons = [i for i, c in enumerate(cands) if c.type == "person"]
    skel = {i: _skeleton(cands[i].key) for i in persons}
    last = {i: _skeleton(fold(cands[i].span.text).split()[-1]) for i in persons}
    def same(a: int, b: int) -> bool:
        ca, cb = cands[a], cands[b]
        if ca.key == cb.key or (ca.source in ("gazetteer", "acronym") and ca.english == cb.english):
            return True
        if a not in skel or b not in skel or min(len(skel[a]), len(skel[b])) < 3:
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
        ranked = sorted(members, key=lambda i: (cands[i].source not in _TRUSTED_SOURCES,
                                                ["gazetteer", "acronym", "role", "org_head"].index(cands[i].source)
                                                if cands[i].source in _TRUSTED_SOURCES else 9,
                                                -len(cands[i].key)))  # fmt: skip
        name_en = next((cands[i].english for i in ranked if _sound_name(index, cands[i].english)), None)
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
    return ents


def _sound_name(index: NameIndex, english: str) -> bool:
    """An English rendering the validators will accept: matched back to the article, read as
    one name, and not readable as a number (a romanization like `Bn` reads as billion)."""
    if not english or extract_quantities(english, "en"):
        return False
    if index.match_english(english).score < MATCH_THRESHOLD:
        return False
    spans = english_name_spans(english)
    return all(index.match_english(sp.text).score >= MATCH_THRESHOLD for sp in spans)


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


def _fact_line(sentence: _Sentence) -> str:
    """`names: A, B; numbers: 150,000 (ڈیڑھ لاکھ); places: Islamabad; event: consult`."""
    ents = [e for _, e in sentence.mentions]
    parts: list[str] = []
    names = _names_list(e for e in ents if e.type != "location")
    places = _names_list(e for e in ents if e.type == "location")
    if names:
        parts.append("names: " + ", ".join(names[:_MAX_LIST]))
    numbers = _dedupe(en for q, en in sentence.quantities if worth_stating(q))
    if numbers:
        parts.append("numbers: " + ", ".join(numbers[:_MAX_LIST]))
    if places:
        parts.append("places: " + ", ".join(places[:_MAX_LIST]))
    if sentence.trigger is not None:
        parts.append(f"event: {sentence.trigger.type.lower()} ({sentence.trigger.span.text})")
    return "; ".join(parts) if parts else "no names, numbers or events found in this sentence"


# --------------------------------------------------------------------------- events

_ACTOR_MARK = re.compile(r"^\s*نے(?:\s|$|[،,])")
_AND = re.compile(r"^\s*(?:اور|و|،|,)\s*$")
_TARGET_MARK = re.compile(r"^\s*(?:سے|کو|پر|کے\s*ساتھ|کیساتھ|کےساتھ|کے\s*خلاف|کیخلاف|کےخلاف)(?:\s|$|[،,])")
_PLACE_MARK = re.compile(r"^\s*(?:میں|کے\s*شہر|میں\s*واقع)(?:\s|$|[،,])")


def _event(text: str, s: _Sentence, dateline: Dateline, dl_date: Quantity | None, ents_by_id: dict[str, _Ent]) -> Event:
    trig = s.trigger
    assert trig is not None
    before = [(sp, e) for sp, e in s.mentions if sp.end <= trig.span.start]
    actors: list[str] = []
    targets: list[str] = []
    place: _Ent | None = None
    place_span: Span | None = None
    is_actor = [False] * len(before)
    for k in range(len(before) - 1, -1, -1):
        sp, _ = before[k]
        after = text[sp.end : trig.span.start]
        chained = k + 1 < len(before) and is_actor[k + 1] and _AND.match(text[sp.end : before[k + 1][0].start])
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
    if not actors:
        actors = [e.id for sp, e in before if e is not place and e.id not in targets
                  and e.type in ("person", "organization")][:3]  # fmt: skip
    targets = [t for t in targets if t not in actors]
    if place is None:
        for sp, e in s.mentions:
            if e.type == "location" and e.id not in actors and e.id not in targets and _PLACE_MARK.match(text[sp.end : s.span.end]):
                place, place_span = e, sp
                break
    date_q = next((q for q, _ in s.quantities if q.kind is QuantityKind.DATE), None) or dl_date
    date = None
    if date_q is not None:
        date = date_q.unit if date_q.unit and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date_q.unit) else date_q.span.text
    place_en = place.name_en if place else dateline.place_en
    place_ur = place_span.text if place_span else dateline.place_ur
    who = ", ".join(ents_by_id[i].name_en for i in actors) or "unnamed"
    desc = f"{trig.type.lower()} ({trig.span.text}): {who}"
    if targets:
        desc += " → " + ", ".join(ents_by_id[i].name_en for i in targets)
    if place_en:
        desc += f" — {place_en}"
    claims = [_claim(q, en) for q, en in s.quantities if worth_stating(q)]
    evidence = _evidence(text, s.span, trig.span.start)
    kind: EventType = trig.type  # type: ignore[assignment]
    return Event(type=kind, description_en=desc, actors=actors, targets=targets, place_en=place_en,
                 place_ur=place_ur, date=date, quantities=claims, evidence=[evidence])  # fmt: skip


def _claim(q: Quantity, en: str) -> QuantityClaim:
    return QuantityClaim(value=q.value, unit=claim_unit(q), text_ur=q.span.text, text_en=en)


# --------------------------------------------------------------------------- the engine


def _place_english(index: NameIndex, ents: list[_Ent], place: Span) -> str | None:
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


def _score(s: _Sentence, position: int) -> float:
    score = 2.0 / (1.0 + 0.3 * position)
    score += 0.35 * min(sum(1 for q, _ in s.quantities if worth_stating(q)), 4)
    score += 0.25 * min(len({e.id for _, e in s.mentions}), 4)
    if s.trigger is not None:
        score += 0.3
    if s.words < 6:
        score -= 0.8
    elif s.words > 45:
        score -= 0.02 * (s.words - 45)
    return score


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


def _brief(text: str, raw_sentences: list[Span]) -> BriefDraft:
    index = name_index(text)
    ents = _build_entities(text, index)
    ents_by_id = {e.id: e for e in ents}
    mentions = sorted(((m, e) for e in ents for m in e.mentions), key=lambda t: t[0].start)
    quantities = [(q, en) for q in extract_quantities(text, "ur") if (en := render_quantity(q)) is not None]
    datelines = find_datelines(text, is_place=_is_location)
    dl_at = {d.span.start: d for d in datelines}

    # headline: a short first line without a dateline, else the lead sentence
    paragraphs = split_paragraphs(text)
    head_para: Span | None = None
    if len(paragraphs) > 1:
        p0 = paragraphs[0]
        if p0.start not in dl_at and len(p0.text.split()) <= _HEADLINE_MAX_WORDS:
            head_para = p0

    body: list[_Sentence] = []
    for sp in raw_sentences:
        if head_para is not None and _inside(sp, head_para):
            continue
        start = sp.start
        dl = dl_at.get(sp.start)
        if dl is not None:
            start = dl.span.end
        content = _trim(text, start, sp.end)
        if content is None:
            continue
        words = len(content.text.split())
        s = _Sentence(len(body), content, words)
        s.quantities = [(q, en) for q, en in quantities if _inside(q.span, content)]
        s.mentions = [(m, e) for m, e in mentions if _inside(m, content)]
        s.trigger = first_trigger(content.text, content.start)
        body.append(s)
    usable = [s for s in body if s.words >= _MIN_WORDS] or body
    for position, s in enumerate(usable):
        s.score = _score(s, position)

    if head_para is not None:
        headline_ur = head_para.text
    elif usable:
        headline_ur = usable[0].span.text
    else:
        headline_ur = raw_sentences[0].text

    ranked = sorted(usable, key=lambda s: -s.score)
    n_summary = 3 if len(usable) >= 5 else min(2, len(usable))
    chosen = sorted(ranked[:n_summary], key=lambda s: s.index)
    while len(chosen) > 1 and sum(len(s.span.text) for s in chosen) > _SUMMARY_MAX_CHARS:
        chosen.remove(min(chosen, key=lambda s: s.score))
    summary_ur = _clip(_join(chosen) if chosen else headline_ur, caps.SUMMARY_CHARS)
    headline_ur = _clip(headline_ur, caps.HEADLINE_CHARS)
    points = sorted(ranked[: min(5, len(ranked))], key=lambda s: s.index)
    key_points = [KeyPoint(text_en=_fact_line(s), text_ur=_clip(s.span.text, caps.SENTENCE_CHARS),
                           evidence=[_evidence(text, s.span)]) for s in points]  # fmt: skip

    # dateline
    dl0: DatelineMatch | None = datelines[0] if datelines else None
    place_ur = dl0.place.text if dl0 and dl0.place else None
    place_en = _place_english(index, ents, dl0.place) if dl0 and dl0.place else None
    agency = agency_english(dl0.agency.text) if dl0 and dl0.agency else None
    dateline = Dateline(place_en=place_en, place_ur=place_ur, agency=agency)
    dl_date = None
    if dl0 and dl0.date:
        dl_date = next((q for q in extract_quantities(dl0.date.text, "ur") if q.kind is QuantityKind.DATE), None)

    events = [_event(text, s, dateline, dl_date, ents_by_id) for s in usable if s.trigger is not None]

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
    if top:
        facts.append("names: " + ", ".join(_names_list(top)[:_MAX_LIST]))
    numbers = _dedupe(en for q, en in quantities if worth_stating(q) and q.kind not in (QuantityKind.DATE, QuantityKind.YEAR))
    if numbers:
        facts.append("numbers: " + ", ".join(numbers[:_MAX_LIST]))
    if places:
        facts.append("places: " + ", ".join(_names_list(places)[:_MAX_LIST]))
    dates = _dedupe(en for q, en in quantities if q.kind in (QuantityKind.DATE, QuantityKind.YEAR))
    if dates:
        facts.append("dates: " + ", ".join(dates[:_MAX_LIST]))
    kinds = _dedupe(e.type.lower() for e in events)
    if kinds:
        facts.append("events: " + ", ".join(kinds))
    summary_en = "fact sheet — " + ("; ".join(facts) if facts else "no names, numbers or events found")

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
