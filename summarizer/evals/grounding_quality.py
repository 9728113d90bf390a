"""How well does grounding hold on real text? The measuring functions, shared by
`benchmarks/bench_grounding.py` (which prints every figure) and the quality tests.

- `english_side`: team-written English briefs (true phrases accepted, one-change corruptions flagged);
- `false_alarms`: flags on human-written Urdu (XL-Sum summaries, COUNTER rewrites) per fact;
- `recall`: one corruption of each kind in human text, flagged or not;
- `blind_briefs` and `blind_names` (in `summarizer.evals.blind`): the frozen blind sets.

A finding "hits" a phrase when its claim span overlaps the phrase. Corpora are read by path
(`summarizer.corpora.corpora_dir()`); nothing from them is written anywhere.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from summarizer.evals.corruption import NUMBER_HOWS, corrupt, name_swap
from summarizer.evals.datasets import read_counter_file
from summarizer.schemas import Finding, Span
from summarizer.source_index import SourceIndex
from summarizer.text.normalize import fold

Checker = Callable[[Any, str, str], list[Finding]]
"""(source text or `SourceIndex`, brief, language) -> findings: `check_grounding`'s shape."""

__all__ = [
    "XLSUM_OUTLET",
    "AlarmResult",
    "Checker",
    "EnglishResult",
    "Pair",
    "RecallResult",
    "counter_date",
    "counter_source",
    "english_side",
    "false_alarms",
    "hit",
    "load_briefs",
    "load_counter",
    "load_gazetteer",
    "load_xlsum",
    "merge_alarms",
    "ratio",
    "read_counter",
    "recall",
    "xlsum_pairs",
]


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Pair:
    """A human-written text and the source it was written from."""

    doc: str
    group: str  # "xlsum" or the COUNTER class "WD" / "PD" / "ND"
    source: str
    text: str


XLSUM_OUTLET = "BBC Urdu"
"""Who published the XL-Sum articles (the corpus is BBC Urdu's): a brief may say so."""


def load_xlsum(corpora: Path) -> dict[str, dict[str, str]]:
    rows = [json.loads(line) for line in (corpora / "xlsum-urdu.jsonl").open(encoding="utf-8")]
    return {r["id"]: r for r in rows}


def xlsum_pairs(corpora: Path) -> list[Pair]:
    return [Pair(i, "xlsum", r["text"], r["summary"]) for i, r in load_xlsum(corpora).items()]


def _newsdate(attrs: dict[str, str]) -> date | None:
    """A COUNTER story's `newsdate` (dd.mm.yy): its dateline date, which the text leaves out."""
    try:
        return datetime.strptime(attrs.get("newsdate", ""), "%d.%m.%y").date()
    except ValueError:
        return None


def counter_date(path: Path) -> date | None:
    """A COUNTER story's `newsdate` as a date."""
    return _newsdate(read_counter_file(path)[2])


COUNTER_OUTLETS = {"APP": "APP", "express": "Express", "jang": "Jang", "daily_dunya": "Dunya",
                   "daily_waqt": "Waqt", "nawa-e-waqt": "Nawa-i-Waqt", "daily_insaf": "Insaf"}
"""A COUNTER story's `newspaper` as desks name it. `daily_islam` and `daily_pakistan` are left
out: their one word names other things a brief may say (Islam, Pakistan)."""


def counter_source(path: Path) -> SourceIndex:
    """A COUNTER story as the checks read it: headline and body, with its `newsdate` as the
    published date and its `newspaper` as the outlet (one read of the file)."""
    head, body, attrs = read_counter_file(path)
    return SourceIndex(f"{head}\n{body}".strip(), published=_newsdate(attrs),
                       outlet=COUNTER_OUTLETS.get(attrs.get("newspaper", "")))


def read_counter(path: Path) -> tuple[str, str]:
    """A COUNTER file's classification and its headline + body text."""
    head, body, attrs = read_counter_file(path)
    return attrs.get("classification", "?"), f"{head}\n{body}".strip()


def load_counter(corpora: Path) -> list[Pair]:
    pairs = []
    for src in sorted((corpora / "counter").glob("[0-9][0-9][0-9][0-9].xml")):
        rewrite = src.with_name(src.stem + "p.xml")
        if not rewrite.exists():
            continue
        _, source = read_counter(src)
        cls, text = read_counter(rewrite)
        pairs.append(Pair(src.stem, cls, source, text))
    return pairs


def load_briefs(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


# UNER tags some titles, demonyms and common nouns as names; they make poor swap material.
_SKIP_NAMES = {
    "وزیر اعظم", "وزیرِ اعظم", "وزیراعظم", "سپیکر", "صدر", "وزیر خارجہ", "وزیر داخلہ", "اسرائیلی",
    "افغان", "روسی", "شمالی", "جنوبی", "خلیج", "مالی", "سربراہ", "صحافی", "صحافیوں", "محترمہ",
    "پاکستانیوں", "علی", "فوج", "پولیس", "پارلیمنٹ", "رینجرز", "انٹرٹینمنٹ", "ٹائمز",
}  # fmt: skip


def load_gazetteer(corpora: Path) -> dict[str, list[str]]:
    """Urdu names by type from the UNER corpus (tagged BBC Urdu sentences): the swap pool."""
    text = (corpora / "uner.txt").read_text(encoding="utf-8")
    out: dict[str, set[str]] = defaultdict(set)
    for tag, name in re.findall(r"<(PERSON|LOCATION|ORGANIZATION)>([^<]+)</\1>", text):
        name = " ".join(name.split())
        if len(name) >= 3 and name not in _SKIP_NAMES:
            out[tag].add(name)
    return {k: sorted(v) for k, v in out.items()}


# --------------------------------------------------------------------------- helpers


def _overlaps(span: Span | tuple[int, int], start: int, end: int) -> bool:
    s, e = (span.start, span.end) if isinstance(span, Span) else span
    return s < end and start < e


def hit(findings: Iterable[Finding], start: int, end: int, errors_only: bool = False) -> bool:
    return any(_overlaps(f.claim, start, end) for f in findings if not errors_only or f.severity == "error")


def _phrase_spans(text: str, phrase: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)]


def _diff_span(old: str, new: str, changed: str | None = None) -> tuple[int, int]:
    """The changed stretch of `new` relative to `old` (common prefix and suffix removed).

    A deletion ("30 percent" -> "30") leaves no changed characters, so when the new phrase is
    given the span is its occurrence nearest to where the texts start to differ.
    """
    p = 0
    while p < min(len(old), len(new)) and old[p] == new[p]:
        p += 1
    s = 0
    while s < min(len(old), len(new)) - p and old[-1 - s] == new[-1 - s]:
        s += 1
    span = (p, max(p + 1, len(new) - s))
    if changed:
        found = [(m.start(), m.end()) for m in re.finditer(re.escape(changed), new)]
        if found:
            return min(found, key=lambda o: 0 if o[0] <= p <= o[1] else min(abs(o[0] - p), abs(o[1] - p)))
    return span


def ratio(a: int, b: int) -> float:
    return a / b if b else float("nan")




# --------------------------------------------------------------------------- 2. English


@dataclass
class EnglishResult:
    phrases: int = 0
    accepted: int = 0
    corruptions: int = 0
    flagged: int = 0
    flagged_errors: int = 0
    clean_flags: int = 0
    clean_errors: int = 0
    per_how: Counter[str] = field(default_factory=Counter)
    per_how_flagged: Counter[str] = field(default_factory=Counter)
    rejected: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    clean_flag_texts: list[str] = field(default_factory=list)


def english_side(
    check: Checker, briefs: Sequence[dict], articles: dict[str, dict[str, str]]
) -> EnglishResult:
    r = EnglishResult()
    for b in briefs:
        source = articles[b["article_id"]]["text"]
        text = b["brief_en"]
        found = check(source, text, "en")
        r.clean_flags += len(found)
        r.clean_errors += sum(f.severity == "error" for f in found)
        r.clean_flag_texts += [
            f"{b['article_id'][:24]}: {f.kind.value} {f.severity} '{f.claim.text}'" for f in found
        ]
        for phrase in [*b["numbers"], *b["names"]]:
            for start, end in _phrase_spans(text, phrase):
                r.phrases += 1
                if hit(found, start, end):
                    r.rejected.append(f"{b['article_id'][:24]}: '{phrase}'")
                else:
                    r.accepted += 1
        for c in b["corruptions"]:
            start, end = _diff_span(text, c["brief_en"], c["changed"])
            got = check(source, c["brief_en"], "en")
            r.corruptions += 1
            r.per_how[c["how"]] += 1
            if hit(got, start, end):
                r.flagged += 1
                r.per_how_flagged[c["how"]] += 1
            else:
                r.missed.append(f"{b['article_id'][:24]}: {c['how']} -> '{c['changed']}'")
            r.flagged_errors += hit(got, start, end, errors_only=True)
    return r


# --------------------------------------------------------------------------- 3. false alarms


@dataclass
class AlarmResult:
    docs: int = 0
    facts: int = 0
    numbers: int = 0
    names: int = 0
    flags: int = 0
    errors: int = 0
    fact_flags: int = 0
    in_source: int = 0
    in_source_flagged: int = 0
    in_source_flagged_errors: int = 0
    in_source_same_kind: int = 0
    in_source_same_kind_flagged: int = 0
    samples: list[tuple[Pair, Finding]] = field(default_factory=list)
    in_source_misses: list[tuple[Pair, Finding]] = field(default_factory=list)


def _source_values(source: str) -> list[tuple[float, str]]:
    from summarizer.numbers.quantities import extract_quantities

    return [(q.value, q.kind.value) for q in extract_quantities(source, "ur")]


def _value_in(value: float, values: Sequence[tuple[float, str]], kind: str | None = None) -> bool:
    """The value is among the source's (within 0.1%); with `kind`, only among that kind's."""
    return any(
        abs(value - v) <= 1e-3 * max(abs(value), abs(v), 1e-9) and (kind is None or k == kind)
        for v, k in values
    )


def _name_in_source(name: str, folded_source: str) -> bool:
    key = fold(name)
    return bool(key) and re.search(rf"(?<![\w]){re.escape(key)}(?![\w])", folded_source) is not None


def false_alarms(check: Checker, pairs: Sequence[Pair]) -> tuple[AlarmResult, dict[str, list[Finding]]]:
    """Flags on human-written Urdu text. Returns the tallies and each doc's findings."""
    from summarizer.names.urdu_claims import urdu_name_spans
    from summarizer.numbers.quantities import extract_quantities

    r = AlarmResult()
    by_doc: dict[str, list[Finding]] = {}
    for p in pairs:
        found = check(p.source, p.text, "ur")
        by_doc[f"{p.group}/{p.doc}"] = found
        r.docs += 1
        r.flags += len(found)
        r.errors += sum(f.severity == "error" for f in found)
        r.samples += [(p, f) for f in found]
        qs = extract_quantities(p.text, "ur")
        names = urdu_name_spans(p.text)
        r.numbers += len(qs)
        r.names += len(names)
        src_values = _source_values(p.source)
        folded = fold(p.source)
        facts: list[tuple[int, int, bool, bool]] = [
            (
                q.span.start,
                q.span.end,
                _value_in(q.value, src_values),
                _value_in(q.value, src_values, q.kind.value),
            )
            for q in qs
        ]
        for s in names:
            named = _name_in_source(s.text, folded)
            facts.append((s.start, s.end, named, named))
        r.facts += len(facts)
        for start, end, in_source, same_kind in facts:
            flagged = hit(found, start, end)
            r.fact_flags += flagged
            if same_kind:
                r.in_source_same_kind += 1
                r.in_source_same_kind_flagged += flagged
            if in_source:
                r.in_source += 1
                r.in_source_flagged += flagged
                r.in_source_flagged_errors += hit(found, start, end, errors_only=True)
                if flagged:
                    r.in_source_misses += [(p, f) for f in found if _overlaps(f.claim, start, end)]
    return r, by_doc


# --------------------------------------------------------------------------- 4. recall


@dataclass
class RecallResult:
    tried: Counter[str] = field(default_factory=Counter)
    flagged: Counter[str] = field(default_factory=Counter)
    flagged_errors: Counter[str] = field(default_factory=Counter)
    preflagged: Counter[str] = field(default_factory=Counter)
    missed: list[tuple[str, str, str, str]] = field(default_factory=list)


def _names_in(text: str, source_folded: str, gazetteer: dict[str, list[str]]) -> dict[str, str]:
    """Gazetteer names that occur in `text` and in the source: name -> type."""
    folded = fold(text)
    out = {}
    for tag, names in gazetteer.items():
        for n in names:
            if n in text and _name_in_source(n, source_folded) and _name_in_source(n, folded):
                out[n] = tag
    return out


def recall(
    check: Checker, pairs: Sequence[Pair], gazetteer: dict[str, list[str]],
    clean: dict[str, list[Finding]] | None = None,
) -> RecallResult:  # fmt: skip
    """One corruption of each type per text; a hit needs a finding overlapping the new phrase.

    Cases where the clean text already had a finding at that spot are counted apart
    (`preflagged`) and left out of the recall: the flag there would not show the corruption.
    """
    r = RecallResult()
    for p in pairs:
        key = f"{p.group}/{p.doc}"
        before = clean[key] if clean is not None and key in clean else check(p.source, p.text, "ur")
        made = [corrupt(p.text, how, key, "ur", source=p.source) for how in NUMBER_HOWS]
        folded_source = fold(p.source)
        present = _names_in(p.text, folded_source, gazetteer)
        if present:
            tags = sorted(set(present.values()))
            tag = random.Random(f"tag|{key}").choice(tags)
            pool = gazetteer.get(tag, [])
            made.append(
                name_swap(
                    p.text, [n for n, t in present.items() if t == tag], pool, key, "ur", source=p.source
                )
            )
        for c in made:
            if c is None:
                continue
            if hit(before, c.original.start, c.original.end):
                r.preflagged[c.how] += 1
                continue
            got = check(p.source, c.text, "ur")
            r.tried[c.how] += 1
            if hit(got, c.changed.start, c.changed.end):
                r.flagged[c.how] += 1
            else:
                r.missed.append(
                    (key, c.how, c.description, c.text[max(0, c.changed.start - 40) : c.changed.end + 40])
                )
            r.flagged_errors[c.how] += hit(got, c.changed.start, c.changed.end, errors_only=True)
    return r



def merge_alarms(results: Sequence[AlarmResult]) -> AlarmResult:
    out = AlarmResult()
    for r in results:
        for name in ("docs", "facts", "numbers", "names", "flags", "errors", "fact_flags", "in_source",
                     "in_source_flagged", "in_source_flagged_errors", "in_source_same_kind",
                     "in_source_same_kind_flagged"):  # fmt: skip
            setattr(out, name, getattr(out, name) + getattr(r, name))
        out.samples += r.samples
        out.in_source_misses += r.in_source_misses
    return out
