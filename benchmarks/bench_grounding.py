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

The measuring functions live in `summarizer.evals.grounding_quality` (the tests use them too).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from summarizer.corpora import corpora_dir
from summarizer.evals.corruption import NUMBER_HOWS
from summarizer.evals.grounding_quality import (
    AlarmResult,
    Checker,
    Pair,
    english_side,
    false_alarms,
    load_briefs,
    load_counter,
    load_gazetteer,
    load_xlsum,
    merge_alarms,
    ratio,
    recall,
    xlsum_pairs,
)
from summarizer.schemas import Finding

REPO = Path(__file__).resolve().parent.parent
BRIEFS = REPO / "evals" / "english_briefs.jsonl"



def _line(label: str, value: object) -> None:
    if isinstance(value, float):
        value = f"{value:.4f}"
    print(f"{label}: {value}")


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

    from summarizer.source_index import SourceIndex

    digits = re.compile(r"\d[\d,.]*")
    index = SourceIndex(source)  # built once per article, as the pipeline and the desk do
    warm = median_ms(lambda: check(index, text, "en"))  # type: ignore[arg-type]
    fresh = median_ms(lambda: check(source, text, "en"))
    _line("speed.check_grounding_with_a_new_index_each_call_median_ms", fresh)
    base_q = median_ms(lambda: extract_quantities(text, "en"))
    base_re = median_ms(lambda: digits.findall(source + text))
    _line(f"speed.check_grounding_median_ms (n={runs})", warm)
    _line("speed.baseline_extract_quantities_brief_median_ms", base_q)
    _line("speed.baseline_regex_digits_median_ms", base_re)
    _line("speed.ratio_check_vs_extract_quantities", warm / base_q if base_q else float("nan"))
    _line("speed.target_median_ms_max", 5.0)
    # An Urdu brief of the same size (the article's first 120 words, as an extractive brief
    # would take them): Urdu text runs the Urdu name-claim finder, which English briefs never reach.
    urdu = " ".join(source.split()[:120])
    if urdu:
        urdu_warm = median_ms(lambda: check(index, urdu, "ur"))  # type: ignore[arg-type]
        urdu_base = median_ms(lambda: extract_quantities(urdu, "ur"))
        _line("speed.urdu_brief_words", len(urdu.split()))
        _line(f"speed.check_grounding_urdu_median_ms (n={runs})", urdu_warm)
        _line("speed.ratio_urdu_check_vs_extract_quantities", urdu_warm / urdu_base if urdu_base else float("nan"))


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
    _line(f"{label}.flag_rate_per_fact", ratio(r.fact_flags, r.facts))
    _line(f"{label}.flags_per_doc", ratio(r.flags, r.docs))
    _line(f"{label}.in_source_facts", r.in_source)
    _line(f"{label}.false_alarm_rate_in_source_facts", ratio(r.in_source_flagged, r.in_source))
    _line(
        f"{label}.false_alarm_rate_in_source_facts_errors_only",
        ratio(r.in_source_flagged_errors, r.in_source),
    )
    _line(
        f"{label}.false_alarm_rate_in_source_same_kind_facts ({r.in_source_same_kind})",
        ratio(r.in_source_same_kind_flagged, r.in_source_same_kind),
    )


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
    briefs = load_briefs(BRIEFS)

    print("== 1. speed")
    speed(check, briefs, articles, args.runs)

    print("== 2. English briefs (team-written, evals/english_briefs.jsonl)")
    en = english_side(check, briefs, articles)
    _line("en.briefs", len(briefs))
    _line("en.true_phrases (numbers+names occurrences)", en.phrases)
    _line("en.accepted_share (target >= 0.95)", ratio(en.accepted, en.phrases))
    _line("en.corruptions", en.corruptions)
    _line("en.corruptions_flagged_share (target >= 0.95)", ratio(en.flagged, en.corruptions))
    _line("en.corruptions_flagged_share_errors_only", ratio(en.flagged_errors, en.corruptions))
    for how in sorted(en.per_how):
        _line(
            f"en.corruptions_flagged.{how}",
            f"{ratio(en.per_how_flagged[how], en.per_how[how]):.4f} of {en.per_how[how]}",
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
    both = merge_alarms([xl_r, by_cls["WD"], by_cls["PD"]])
    _print_alarm("xlsum+counter_WD_PD", both)

    all_flags = merge_alarms([xl_r, *by_cls.values()]).samples
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
    _line("recall.flagged_share (target >= 0.98)", ratio(total_f, total_t))
    _line("recall.flagged_share_errors_only", ratio(total_e, total_t))
    for how in [*NUMBER_HOWS, "name swap"]:
        _line(f"recall.{how}", f"{ratio(rec.flagged[how], rec.tried[how]):.4f} of {rec.tried[how]} "
              f"(errors only {ratio(rec.flagged_errors[how], rec.tried[how]):.4f}; preflagged, left out: {rec.preflagged[how]})")  # fmt: skip
    for key, how, desc, ctx in rec.missed[: args.show_misses]:
        print(f"  missed {key} {how}: {desc} | {' '.join(ctx.split())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
