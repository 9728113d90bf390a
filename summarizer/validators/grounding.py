"""`check_grounding`: the claims of one text, each checked against one source index."""

from __future__ import annotations

import re
from collections.abc import Collection, Container, Iterable
from dataclasses import dataclass
from dataclasses import field as dataclass_field

from summarizer.errors import InputError
from summarizer.input import require_text
from summarizer.names.english_spans import english_name_spans, unshouted
from summarizer.names.matching import (
    MATCH_THRESHOLD,
    NameIndex,
)
from summarizer.names.urdu_claims import urdu_name_claims
from summarizer.numbers.collectives import collective_counts
from summarizer.numbers.listing import listed_before
from summarizer.numbers.quantities import extract_quantities
from summarizer.schemas import (
    Finding,
    FindingKind,
    Lang,
    Quantity,
    Severity,
    Span,
)
from summarizer.source_index import SourceIndex, as_index, set_score, spoken_pairs
from summarizer.validators.attribution import check_attribution
from summarizer.validators.casualties import check_casualties
from summarizer.validators.counts import (
    as_own_count,
    as_sum,
    check_counted,
    check_pairs,
    check_ranges,
    english_numbers,
    margin_of_totals,
)
from summarizer.validators.dates import check_clock, check_dates
from summarizer.validators.names import check_names, latin_part
from summarizer.validators.number_claims import (
    NAMED_NUMBER,
    dollar_of_us,
    english_cricket,
    list_markers,
    numbered_name,
    ranked_event,
    tournament_stage,
)
from summarizer.validators.numbers import check_numbers, is_claim, judge
from summarizer.validators.terms import (
    check_codes,
    check_directions,
    check_forces,
    check_institutions,
    check_links,
    check_ministries,
    check_parties,
    check_references,
    check_serial_codes,
)


@dataclass(frozen=True, slots=True)
class _Claims:
    """What a text claims: its numbers, and its name spans with how sure we are each is a name."""

    numbers: list[Quantity]
    names: list[tuple[Span, Severity]]
    set_scores: list[tuple[Quantity, Quantity]] = dataclass_field(default_factory=list)
    """Tennis set scores said in Urdu number words (چھ ایک): pairs, though ایک alone is no claim."""



def read_claims(source: SourceIndex, text: str, lang: Lang) -> _Claims:
    markers = list_markers(text)
    if lang == "en":
        markers |= {(m.end(), m.end() + len(w.group(0))) for m in NAMED_NUMBER.finditer(text)
                    if (w := re.match(r"[A-Za-z]+", text[m.end():])) is not None}  # fmt: skip
    found = [q for q in extract_quantities(text, lang) if (q.span.start, q.span.end) not in markers]
    numbers = [q for q in found if is_claim(q) or ranked_event(text, q, lang)]
    if lang == "en":
        numbers = [q for q in english_cricket(source, text, found, numbers) if not tournament_stage(text, q)]
        return _Claims(numbers, [(span, "error") for span in english_name_spans(text)
                                 if not dollar_of_us(source, text, span)])
    numbers = sorted(numbers + [q for q in collective_counts(text, with_both=False)
                                if not any(f.span.start < q.span.end and q.span.start < f.span.end for f in found)
                                and not listed_before(text, q)],
                     key=lambda q: q.span.start)  # تینوں بچے: all three children, a count
    # Strong name signals (gazetteer, acronyms, after a role, place endings, institution
    # phrases) are errors when unsupported; a word that is only rare and absent from the
    # source may be a paraphrase's vocabulary: a warning.
    spoken = [(a, b) for a, b in spoken_pairs(text, found) if set_score(a.value, b.value)]
    return _Claims(numbers, [(part, "error" if strength == "strong" else "warning")
                             for sp, strength in urdu_name_claims(text, source.names)
                             for part in latin_part(text, _team_of(text, sp))], spoken)  # fmt: skip


_SPORT_THEN_TEAM = re.compile(r"\s+(?:کرکٹ|ہاکی|فٹبال|فٹ بال)$")
_TEAM_AFTER = re.compile(r"\s*(?:ٹیم|ٹیموں|ٹیمیں)\b")


def _team_of(text: str, span: Span) -> Span:
    """زمبابوے کرکٹ ٹیم is a country's side, not the board زمبابوے کرکٹ: the claim is the country."""
    sport = _SPORT_THEN_TEAM.search(span.text)
    if sport is None or sport.start() == 0 or _TEAM_AFTER.match(text, span.end) is None:
        return span
    return Span(start=span.start, end=span.start + sport.start(), text=span.text[: sport.start()])



def claim_findings(source: SourceIndex, text: str, lang: Lang, claims: _Claims, field: str | None,
              aliases: Container[str]) -> list[Finding]:  # fmt: skip
    numbers = [as_own_count(source, text, lang, as_sum(source, text, lang, f, claims.numbers), claims.numbers)
               for f in (english_numbers(source, text, claims.numbers, field) if lang == "en"
                         else check_numbers(source, claims.numbers, field, text))
               if not margin_of_totals(source, text, f.claim, claims.numbers)
               and not (lang == "en" and numbered_name(source, text, f.claim))]
    judged = {(f.claim.start, f.claim.end) for f in numbers}
    passed = [q for q in claims.numbers if (q.span.start, q.span.end) not in judged  # the main check held these
              and not margin_of_totals(source, text, q.span, claims.numbers)]  # (a margin is no count of runs)
    names = list(check_names(source, text, claims.names, lang, field, aliases))
    named = [span for span, _ in claims.names if " " in span.text.strip()]  # International Cricket Council
    institutions = [f for f in check_institutions(source, text, field)
                    if not any(n.start <= f.claim.start and f.claim.end <= n.end for n in named)] if lang == "en" else []
    def outside_names(found: Iterable[Finding]) -> list[Finding]:
        """Findings not inside a name already found wanting (جنوبی وزیرستان, بحریہ): one finding each."""
        return [f for f in found if not any(n.claim.start <= f.claim.start and f.claim.end <= n.claim.end for n in names)]

    directions = outside_names(check_directions(source, text, lang, field))
    forces = outside_names(check_forces(source, text, field, lang))
    return [*numbers,
            *check_pairs(source, text, claims.numbers, field, claims.set_scores),
            *check_counted(source, text, lang, passed, field),
            *check_casualties(source, text, lang, passed, field),
            *(check_attribution(source, text, passed, [span for span, _ in claims.names], field) if lang == "en" else ()),
            *check_ranges(source, text, passed, field),
            *names,
            *check_dates(source, text, lang, field), *check_clock(source, text, lang, field),
            *check_links(source, text, field), *check_references(source, text, field),
            *(check_codes(source, text, field) if lang == "en" else ()), *check_serial_codes(source, text, field),
            *directions,
            *(check_ministries(source, text, field) if lang == "en" else ()),
            *(outside_names(check_parties(source, text, field)) if lang == "en" else ()),
            *forces,
            *institutions]  # fmt: skip




def check_grounding(
    source: str | SourceIndex,
    text: str,
    lang: Lang = "en",
    *,
    field: str | None = None,
    aliases: Collection[str] = (),
) -> list[Finding]:
    """One Finding for each number or name in `text` that the Urdu `source` does not support.

    `aliases` are English names already vouched for (e.g. organisation names whose Urdu
    spelling a draft's entity table shows in the source); they pass as names.
    """
    if not isinstance(source, SourceIndex):
        source = require_text(source, "the source article")
    text = require_text(text, "the text to check")
    if lang not in ("ur", "en"):
        raise InputError(f"lang must be 'ur' or 'en', not {lang!r}")
    index = as_index(source)
    if not text.strip():
        return []
    known = frozenset(a.lower() for a in aliases)
    read = unshouted(text) if lang == "en" else text
    found = [t for f in claim_findings(index, read, lang, read_claims(index, read, lang), field, known)
             if (t := _as_tag(text, f)) is not None]
    if read is text:
        return found
    return [f.model_copy(update={"claim": f.claim.model_copy(update={"text": text[f.claim.start : f.claim.end]})})
            for f in found]  # the claim as the brief writes it, in capitals


_HASHTAG = re.compile(r"(?<!\S)#[^\s#]+")


_RUN_TOGETHER = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]|[A-Za-z]\d|\d[A-Za-z]|[A-Z]v[A-Z]")
"""Words run together in a tag (#PAKvAUS, #TeamIndia, #PSLT20): no name the span finder can read."""


def _as_tag(text: str, finding: Finding) -> Finding | None:
    """A finding inside a hashtag (#KP, #کراچی_دھماکہ) is a warning: a tag names the topic a post
    is filed under, in the poster's shorthand, not a fact the brief states. In a tag of words run
    together (#TeamIndia, #PAKvAUS) it is none."""
    if "#" not in text:
        return finding
    tag = next((m for m in _HASHTAG.finditer(text)
                if m.start() < finding.claim.start and finding.claim.end <= m.end()), None)
    if tag is None:
        return finding
    if _RUN_TOGETHER.search(tag.group(0)):
        return None
    return finding.model_copy(update={"severity": "warning"})


def check_consistency(urdu_text: str, english_text: str, *, field: str | None = None) -> list[Finding]:
    """The two language versions of one summary state the same quantities and names.

    Every English number must be a number of the Urdu text and every Urdu number one of the
    English text (same closeness rules as grounding); every English name must be found in the
    Urdu text. Findings point into the English text, or the Urdu text for Urdu-only numbers.
    """
    urdu_text = require_text(urdu_text, "the Urdu text")
    english_text = require_text(english_text, "the English text")
    findings: list[Finding] = []
    ur_qs = extract_quantities(urdu_text, "ur")
    en_qs = extract_quantities(english_text, "en")
    for claim in en_qs:
        if not judge(claim, ur_qs).supported:
            findings.append(Finding(
                kind=FindingKind.CONSISTENCY, field=field, claim=claim.span, severity="warning",
                message=f"The English text states '{claim.span.text}' but the Urdu text does not.",
            ))
    for claim in ur_qs:
        if not judge(claim, en_qs).supported:
            findings.append(Finding(
                kind=FindingKind.CONSISTENCY, field=field, claim=claim.span, severity="warning",
                message=f"The Urdu text states '{claim.span.text}' but the English text does not.",
            ))
    index = NameIndex(urdu_text)
    for span in english_name_spans(english_text):
        if index.match_english(span.text).score < MATCH_THRESHOLD:
            findings.append(Finding(
                kind=FindingKind.CONSISTENCY, field=field, claim=span, severity="warning",
                message=f"The English text names '{span.text}' but the Urdu text does not.",
            ))
    return findings
