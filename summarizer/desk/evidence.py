"""Where in the Urdu each number and name of a brief comes from, for reading side by side.

A reading aid, not a verdict: the checker (`summarizer.validators`) decides what is wrong and
its findings are shown as they are. This module finds, for every claim, the source words a
reader should look at:

- a number the checker accepted links to every source number that supports it by the checker's
  own rules (`validators.supporting_numbers`); one it rejected links to the checker's `nearest`
  source number;
- a name links to the source spelling the names module matches and to its match in every
  other source sentence (other spellings too: لاروف / لاوروف / لاور وف); roles written in
  lower case ("army chief") link too;
- `source_sentence` is the Urdu sentence around a span; `related_sentence` is the source
  sentence that shares the most linked names and numbers with a sentence of the brief, for
  a finding whose claim has no near match in the source ("Qamar Javed Bajwa").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from summarizer.names.english_spans import english_name_spans, english_role_spans
from summarizer.names.matching import MATCH_THRESHOLD, NameIndex
from summarizer.names.roles import english_role
from summarizer.names.urdu_claims import urdu_name_claims
from summarizer.numbers.quantities import extract_quantities, is_vague
from summarizer.schemas import Finding, Lang, Span
from summarizer.source_index import SourceIndex, as_index
from summarizer.text.sentences import split_sentences
from summarizer.validators import supporting_numbers

__all__ = ["Link", "Status", "link_text", "related_sentence", "source_sentence"]

Status = Literal["ok", "error", "warning"]


@dataclass(frozen=True, slots=True)
class Link:
    """One claim of a brief text and the source words it rests on (or is closest to)."""

    claim: Span
    kind: Literal["number", "name"]
    evidence: tuple[Span, ...]
    status: Status = "ok"
    message: str = ""
    field: str | None = None


# --------------------------------------------------------------------------- sentences


def source_sentence(source: str | SourceIndex, span: Span) -> Span | None:
    """The sentence of `source` that holds `span` (its start)."""
    for s in as_index(source).sentences:
        if s.start <= span.start < s.end:
            return s
    return None


def related_sentence(source: str | SourceIndex, text: str, offset: int, links: Sequence[Link]) -> Span | None:
    """The source sentence sharing the most linked claims with the sentence of `text` at `offset`.

    Only accepted links of that brief sentence count; ties go to the earlier source sentence.
    None when the brief sentence links to nothing.
    """
    around = next((s for s in split_sentences(text) if s.start <= offset < s.end), None)
    lo, hi = (around.start, around.end) if around else (0, len(text))
    anchors = [ln for ln in links if ln.status == "ok" and lo <= ln.claim.start < hi]
    best: tuple[int, int] = (0, 0)
    chosen: Span | None = None
    for k, sentence in enumerate(as_index(source).sentences):
        hits = sum(any(sentence.start <= ev.start < sentence.end for ev in ln.evidence) for ln in anchors)
        if (hits, -k) > best and hits:
            best, chosen = (hits, -k), sentence
    return chosen


# --------------------------------------------------------------------------- numbers


def _number_links(source: SourceIndex, text: str, lang: Lang) -> list[Link]:
    out = []
    for q in extract_quantities(text, lang):
        if is_vague(q):
            continue
        spans = supporting_numbers(q, source)
        if spans:
            out.append(Link(claim=q.span, kind="number", evidence=spans))
    return out


# --------------------------------------------------------------------------- names


def _occurrences(source: SourceIndex, name: str, lang: Lang, first: Span) -> tuple[Span, ...]:
    """`first` (the checker's match in the whole source) and the name's match in every other
    sentence, so other spellings count too (لاروف / لاوروف / لاور وف)."""
    found = {(first.start, first.end): first}
    for sentence, index in source.sentence_names:
        if first.start < sentence.end and sentence.start < first.end:
            continue
        match = index.match_urdu(name) if lang == "ur" else index.match_english(name)
        if match.span is not None and match.score >= MATCH_THRESHOLD:
            at = sentence.start + match.span.start
            found[(at, at + len(match.span.text))] = Span(
                start=at, end=at + len(match.span.text), text=match.span.text
            )
    return tuple(sorted(found.values(), key=lambda s: s.start))


_WORD = re.compile(r"[A-Za-z]+")


def _lower_roles(text: str) -> list[Span]:
    """Lower-case role phrases ("army chief", "foreign minister"): longest first, no overlap."""
    out: list[Span] = []
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    i = 0
    while i < len(words):
        for n in (3, 2):
            if i + n > len(words):
                continue
            s, e = words[i][0], words[i + n - 1][1]
            if re.fullmatch(r"[a-z]+(?:[ \t]+[a-z]+)*", text[s:e]) and english_role(text[s:e]) is not None:
                out.append(Span(start=s, end=e, text=text[s:e]))
                i += n
                break
        else:
            i += 1
    return out


def _name_spans(index: NameIndex, text: str, lang: Lang) -> list[Span]:
    if lang == "ur":
        return [span for span, _ in urdu_name_claims(text, index)]
    spans = english_name_spans(text) + english_role_spans(text) + _lower_roles(text)
    spans.sort(key=lambda s: (s.start, -s.end))
    out: list[Span] = []
    for s in spans:  # no overlaps: the first, longest span at a place wins
        if not out or s.start >= out[-1].end:
            out.append(s)
    return out


def _name_links(source: SourceIndex, text: str, lang: Lang) -> list[Link]:
    index = source.names
    out = []
    for span in _name_spans(index, text, lang):
        match = index.match_urdu(span.text) if lang == "ur" else index.match_english(span.text)
        if match.span is not None and match.score >= MATCH_THRESHOLD:
            out.append(
                Link(claim=span, kind="name", evidence=_occurrences(source, span.text, lang, match.span))
            )
    return out


# --------------------------------------------------------------------------- together


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def link_text(source: str | SourceIndex, text: str, lang: Lang, findings: Iterable[Finding] = (), *,
              field: str | None = None) -> list[Link]:  # fmt: skip
    """Every number and name of `text` with its source evidence; `findings` (of this text, with
    claim offsets into it) override what they cover. In text order, without overlaps. Pass the
    article's `SourceIndex` when linking several texts of one brief: it is built once."""
    index = as_index(source)
    flagged = [
        Link(
            claim=f.claim,
            kind="number" if f.kind.value == "number" else "name",
            evidence=(f.nearest,) if f.nearest is not None else (),
            status=f.severity,
            message=f.message,
            field=field,
        )
        for f in findings
        if f.claim.end <= len(text) and text[f.claim.start : f.claim.end] == f.claim.text
    ]
    found = _number_links(index, text, lang) + _name_links(index, text, lang)
    accepted = [
        Link(claim=ln.claim, kind=ln.kind, evidence=ln.evidence, field=field)
        for ln in found
        if not any(_overlaps(ln.claim, f.claim) for f in flagged)
    ]
    merged = sorted(flagged + accepted, key=lambda ln: (ln.claim.start, -ln.claim.end))
    out: list[Link] = []
    for ln in merged:
        if not out or ln.claim.start >= out[-1].claim.end:
            out.append(ln)
    return out
