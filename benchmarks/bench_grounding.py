"""How good and how fast is `check_grounding` on real text?

    /work/venv/bin/python benchmarks/bench_grounding.py [--sample-flags 50] [--limit N]

Prints, each on its own labelled line:
1. Speed: one ~120-word English brief against a ~2,200-char article, cold first call and the
   median of >= 200 warm calls, beside baselines run in the same process.
2. English briefs (evals/english_briefs.jsonl, team-written): share of listed numbers and names
   accepted, share of one-change corruptions flagged, flags on the clean briefs.
3. False alarms on human text: XL-Sum summaries against their articles and COUNTER newspaper
   rewrites against the agency story (WD / PD / ND apart), per fact and per document, and the
   rate restricted to facts the source does state; then a seeded sample of flags to hand-audit.
4. Corruption recall on human text: XL-Sum summaries and COUNTER WD rewrites with one number
   or name corrupted (summarizer/evals/corruption.py), per corruption type.

A finding "hits" a phrase when its claim span overlaps the phrase. Warnings count as flags;
the error-only figure is printed beside. Corpus text is printed only in the audit sample (to
the terminal), never written anywhere.

The measuring functions are importable (tests/test_grounding_quality.py uses them on a
subsample).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from summarizer.corpora import corpora_dir
from summarizer.evals.corruption import NUMBER_HOWS, corrupt, name_swap
from summarizer.schemas import Finding, Span
from summarizer.text.normalize import fold

REPO = Path(__file__).resolve().parent.parent
BRIEFS = REPO / "evals" / "english_briefs.jsonl"
Checker = Callable[[str, str, str], list[Finding]]

__all__ = [
    "Pair",
    "english_side",
    "false_alarms",
    "load_briefs",
    "load_counter",
    "load_gazetteer",
    "load_xlsum",
    "main",
    "recall",
]


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Pair:
    """A human-written text and the source it was written from."""

    doc: str
    group: str  # "xlsum" or the COUNTER class "WD" / "PD" / "ND"
    source: str
    text: str


def load_xlsum(corpora: Path) -> dict[str, dict[str, str]]:
    rows = [json.loads(line) for line in (corpora / "xlsum-urdu.jsonl").open(encoding="utf-8")]
    return {r["id"]: r for r in rows}


def xlsum_pairs(corpora: Path) -> list[Pair]:
    return [Pair(i, "xlsum", r["text"], r["summary"]) for i, r in load_xlsum(corpora).items()]


def _xml_text(path: Path) -> tuple[str, str]:
    root = ET.parse(path).getroot()
    head = (root.findtext("headline") or "").strip()
    body = (root.findtext("body") or "").strip()
    return root.get("classification", "?"), f"{head}\n{body}".strip()


def load_counter(corpora: Path) -> list[Pair]:
    pairs = []
    for src in sorted((corpora / "counter").glob("[0-9][0-9][0-9][0-9].xml")):
        rewrite = src.with_name(src.stem + "p.xml")
        if not rewrite.exists():
            continue
        _, source = _xml_text(src)
        cls, text = _xml_text(rewrite)
        pairs.append(Pair(src.stem, cls, source, text))
    return pairs


def load_briefs(path: Path = BRIEFS) -> list[dict]:
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


def _hit(findings: Iterable[Finding], start: int, end: int, errors_only: bool = False) -> bool:
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


def _ratio(a: int, b: int) -> float:
    return a / b if b else float("nan")


def _line(label: str, value: object) -> None:
    if isinstance(value, float):
        value = f"{value:.4f}"
    print(f"{label}: {value}")


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
                if _hit(found, start, end):
                    r.rejected.append(f"{b['article_id'][:24]}: '{phrase}'")
                else:
                    r.accepted += 1
        for c in b["corruptions"]:
            start, end = _diff_span(text, c["brief_en"], c["changed"])
            got = check(source, c["brief_en"], "en")
            r.corruptions += 1
            r.per_how[c["how"]] += 1
            if _hit(got, start, end):
                r.flagged += 1
                r.per_how_flagged[c["how"]] += 1
            else:
                r.missed.append(f"{b['article_id'][:24]}: {c['how']} -> '{c['changed']}'")
            r.flagged_errors += _hit(got, start, end, errors_only=True)
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
            flagged = _hit(found, start, end)
            r.fact_flags += flagged
            if same_kind:
                r.in_source_same_kind += 1
                r.in_source_same_kind_flagged += flagged
            if in_source:
                r.in_source += 1
                r.in_source_flagged += flagged
                r.in_source_flagged_errors += _hit(found, start, end, errors_only=True)
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
            if _hit(before, c.original.start, c.original.end):
                r.preflagged[c.how] += 1
                continue
            got = check(p.source, c.text, "ur")
            r.tried[c.how] += 1
            if _hit(got, c.changed.start, c.changed.end):
                r.flagged[c.how] += 1
            else:
                r.missed.append(
                    (key, c.how, c.description, c.text[max(0, c.changed.start - 40) : c.changed.end + 40])
                )
            r.flagged_errors[c.how] += _hit(got, c.changed.start, c.changed.end, errors_only=True)
    return r


# --------------------------------------------------------------------------- 1. speed


def speed(
    check: Checker, briefs: Sequence[dict], articles: dict[str, dict[str, str]], runs: int = 200
) -> None:
    from summarizer.numbers.quantities import extract_quantities

    def score(b: dict) -> float:
        return (
            abs(len(articles[b["article_id"]]["text"]) - 2200) / 2200
            + abs(len(b["brief_en"].split()) - 120) / 120
        )

    b = min(briefs, key=score)
    source, text = articles[b["article_id"]]["text"], b["brief_en"]
    _line("speed.article_chars", len(source))
    _line("speed.brief_words", len(text.split()))
    t0 = time.perf_counter()
    check(source, text, "en")
    _line("speed.cold_first_call_ms", (time.perf_counter() - t0) * 1000)

    def median_ms(fn: Callable[[], object]) -> float:
        fn()
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            fn()
            times.append((time.perf_counter() - t) * 1000)
        return statistics.median(times)

    digits = re.compile(r"\d[\d,.]*")
    warm = median_ms(lambda: check(source, text, "en"))
    base_q = median_ms(lambda: extract_quantities(text, "en"))
    base_re = median_ms(lambda: digits.findall(source + text))
    _line(f"speed.check_grounding_median_ms (n={runs})", warm)
    _line("speed.baseline_extract_quantities_brief_median_ms", base_q)
    _line("speed.baseline_regex_digits_median_ms", base_re)
    _line("speed.ratio_check_vs_extract_quantities", warm / base_q if base_q else float("nan"))
    _line("speed.target_median_ms_max", 5.0)


# --------------------------------------------------------------------------- report


def _clip(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width // 2) : start]
    right = text[end : end + width // 2]
    return " ".join(f"{left}[[{text[start:end]}]]{right}".split())


def _sample_key(item: tuple[Pair, Finding]) -> str:
    """A stable pseudo-random order: a flag keeps its place when other flags come or go."""
    p, f = item
    return hashlib.sha1(f"{p.group}/{p.doc}|{f.claim.start}|{f.claim.text}".encode()).hexdigest()


def _cause(f: Finding) -> str:
    if f.kind.value == "name":
        return "name not matched"
    if f.message.startswith("Scale error"):
        return "number: scale"
    if "only as a" in f.message:
        return "number: kind"
    return "number: value"


def _print_alarm(label: str, r: AlarmResult) -> None:
    _line(f"{label}.docs", r.docs)
    _line(f"{label}.facts_checked (numbers+names)", f"{r.facts} ({r.numbers}+{r.names})")
    _line(f"{label}.flags (errors)", f"{r.flags} ({r.errors})")
    _line(f"{label}.flag_rate_per_fact", _ratio(r.fact_flags, r.facts))
    _line(f"{label}.flags_per_doc", _ratio(r.flags, r.docs))
    _line(f"{label}.in_source_facts", r.in_source)
    _line(f"{label}.false_alarm_rate_in_source_facts", _ratio(r.in_source_flagged, r.in_source))
    _line(
        f"{label}.false_alarm_rate_in_source_facts_errors_only",
        _ratio(r.in_source_flagged_errors, r.in_source),
    )
    _line(
        f"{label}.false_alarm_rate_in_source_same_kind_facts ({r.in_source_same_kind})",
        _ratio(r.in_source_same_kind_flagged, r.in_source_same_kind),
    )


def _merge(results: Sequence[AlarmResult]) -> AlarmResult:
    out = AlarmResult()
    for r in results:
        for name in ("docs", "facts", "numbers", "names", "flags", "errors", "fact_flags", "in_source",
                     "in_source_flagged", "in_source_flagged_errors", "in_source_same_kind",
                     "in_source_same_kind_flagged"):  # fmt: skip
            setattr(out, name, getattr(out, name) + getattr(r, name))
        out.samples += r.samples
        out.in_source_misses += r.in_source_misses
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sample-flags", type=int, default=50)
    ap.add_argument("--limit", type=int, default=0, help="use only the first N XL-Sum / COUNTER pairs")
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--show-misses", type=int, default=15)
    args = ap.parse_args(argv)
    corpora = corpora_dir()
    if corpora is None:
        print("corpora absent: set SUMMARIZER_CORPORA or place them at ../shared/corpora", file=sys.stderr)
        return 2
    t_import = time.perf_counter()
    from summarizer.validators import check_grounding

    _line("import_validators_ms", (time.perf_counter() - t_import) * 1000)
    check: Checker = check_grounding  # type: ignore[assignment]
    articles = load_xlsum(corpora)
    briefs = load_briefs()

    print("== 1. speed")
    speed(check, briefs, articles, args.runs)

    print("== 2. English briefs (team-written, evals/english_briefs.jsonl)")
    en = english_side(check, briefs, articles)
    _line("en.briefs", len(briefs))
    _line("en.true_phrases (numbers+names occurrences)", en.phrases)
    _line("en.accepted_share (target >= 0.95)", _ratio(en.accepted, en.phrases))
    _line("en.corruptions", en.corruptions)
    _line("en.corruptions_flagged_share (target >= 0.95)", _ratio(en.flagged, en.corruptions))
    _line("en.corruptions_flagged_share_errors_only", _ratio(en.flagged_errors, en.corruptions))
    for how in sorted(en.per_how):
        _line(
            f"en.corruptions_flagged.{how}",
            f"{_ratio(en.per_how_flagged[how], en.per_how[how]):.4f} of {en.per_how[how]}",
        )
    _line("en.flags_on_clean_briefs (errors)", f"{en.clean_flags} ({en.clean_errors})")
    for s in en.rejected[: args.show_misses]:
        print("  rejected true phrase:", s)
    for s in en.missed[: args.show_misses]:
        print("  missed corruption:", s)
    for s in en.clean_flag_texts[: args.show_misses * 2]:
        print("  clean-brief flag:", s)

    print("== 3. false alarms on human text")
    xl = xlsum_pairs(corpora)
    counter = load_counter(corpora)
    if args.limit:
        xl, counter = xl[: args.limit], counter[: args.limit]
    xl_r, xl_found = false_alarms(check, xl)
    _print_alarm("xlsum", xl_r)
    counter_found: dict[str, list[Finding]] = {}
    by_cls = {}
    for cls in ("WD", "PD", "ND"):
        r, found = false_alarms(check, [p for p in counter if p.group == cls])
        counter_found.update(found)
        by_cls[cls] = r
        _print_alarm(f"counter.{cls}", r)
    both = _merge([xl_r, by_cls["WD"], by_cls["PD"]])
    _print_alarm("xlsum+counter_WD_PD", both)

    all_flags = _merge([xl_r, *by_cls.values()]).samples
    sample = sorted(all_flags, key=_sample_key)[: args.sample_flags]
    print(f"== 3b. {len(sample)} sampled flags of {len(all_flags)} (hash-ordered) for hand audit")
    for i, (p, f) in enumerate(sample, 1):
        near = _clip(p.source, f.nearest.start, f.nearest.end) if f.nearest else "-"
        print(f"[{i}] {p.group}/{p.doc} {f.kind.value}/{f.severity}")
        print(f"    claim:   {_clip(p.text, f.claim.start, f.claim.end)}")
        print(f"    nearest: {near}")
        print(f"    message: {f.message[:160]}")
    misses = both.in_source_misses
    causes = Counter(_cause(f) for _, f in misses)
    print(
        f"== 3c. flags on in-source facts (XL-Sum + WD + PD): {len(misses)}; by cause: {dict(causes.most_common())}"
    )
    for p, f in misses[: args.show_misses]:
        print(
            f"    {p.group}/{p.doc} {f.kind.value}: {_clip(p.text, f.claim.start, f.claim.end)} | {f.message[:100]}"
        )

    print("== 4. corruption recall on human text (XL-Sum summaries + COUNTER WD rewrites)")
    gaz = load_gazetteer(corpora)
    wd = [p for p in counter if p.group == "WD"]
    rec = recall(check, [*xl, *wd], gaz, {**xl_found, **counter_found})
    total_t, total_f, total_e = (
        sum(rec.tried.values()),
        sum(rec.flagged.values()),
        sum(rec.flagged_errors.values()),
    )
    _line("recall.corruptions", total_t)
    _line("recall.flagged_share (target >= 0.98)", _ratio(total_f, total_t))
    _line("recall.flagged_share_errors_only", _ratio(total_e, total_t))
    for how in [*NUMBER_HOWS, "name swap"]:
        _line(f"recall.{how}", f"{_ratio(rec.flagged[how], rec.tried[how]):.4f} of {rec.tried[how]} "
              f"(errors only {_ratio(rec.flagged_errors[how], rec.tried[how]):.4f}; preflagged, left out: {rec.preflagged[how]})")  # fmt: skip
    for key, how, desc, ctx in rec.missed[: args.show_misses]:
        print(f"  missed {key} {how}: {desc} | {' '.join(ctx.split())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
