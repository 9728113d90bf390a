"""Grounding on the frozen blind sets (evals/blind/): briefs with planted errors and Urdu names.

    .venv/bin/python benchmarks/bench_blind.py [--show 20] [--heldout | --fresh | --set4 | --set5 | --set6 | --set7 | --dev8 | --set9 | --set17 | --set18 | --set19 | --set20 | --folder DIR]

Prints, per language: clean briefs with no error finding and with no finding at all, planted
errors caught (any finding on the planted phrase; errors only beside it), per error type; then
names: match_name finds every accepted spelling in its context, absent names matched, and the
English spelling of the Urdu names (the rules engine's) beside a letter-by-letter baseline
measured in the same run. `--show N` lists up to N misses of each kind, misspelt names included
(never for the frozen sets, which print figures only). Corpus text is never printed; brief
phrases and the names lists' own entries are.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from summarizer.corpora import corpora_dir
from summarizer.evals.blind import (
    ERROR_TYPES,
    article_texts,
    load_blind_briefs,
    load_blind_names,
    misses_listable,
    score_briefs,
    score_names,
    score_spelling,
    spelling_misses,
)
from summarizer.evals.grounding_quality import ratio

BLIND = Path(__file__).resolve().parent.parent / "evals" / "blind"


def _line(label: str, value: object) -> None:
    print(f"{label}: {value:.4f}" if isinstance(value, float) else f"{label}: {value}")


def _spelling(label: str, spell: object, names: list) -> float:
    tried, right = score_spelling(spell, names)  # type: ignore[arg-type]
    total = ratio(sum(right.values()), sum(tried.values()))
    _line(f"{label}.accepted_share", total)
    for g in sorted(tried):
        _line(f"{label}.{g}", f"{ratio(right[g], tried[g]):.4f} of {tried[g]}")
    return total


_LATER_SETS = {
    "heldout": "the held-out set", "fresh": "the fresh set", "set4": "set 4 (BBC Urdu)", "set5": "set 5",
    "set6": "set 6", "set7": "set 7 (the latest generalisation set; weaker than set 6, see its README)",
    "dev8": "dev 8 (a development set of new phrasing on known articles)",
    "set9": "set 9 (new phrasing on known articles, misses unread)",
    "set17": "set 17 (Urdu names only, misses unread)",
    "set18": "set 18 (briefs written blind for session 56, misses unread)",
    "set19": "set 19 (briefs written blind for session 57, misses unread)",
    "set20": "set 20 (briefs written blind for session 58, misses unread)",
}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", type=int, default=20, help="misses and flags to list")
    for name, what in _LATER_SETS.items():
        ap.add_argument(f"--{name}", action="store_true",
                        help=f"measure {what} (evals/blind/{name}); lists nothing, figures only")
    ap.add_argument("--folder", type=Path, help="measure the sets in this folder (same formats)")
    args = ap.parse_args(argv)
    chosen = [name for name in _LATER_SETS if getattr(args, name)]
    folder = args.folder or (BLIND / chosen[0] if chosen else BLIND)
    if chosen or not misses_listable(folder):
        args.show = 0
    corpora = corpora_dir()
    if corpora is None:
        print("corpora absent: set SUMMARIZER_CORPORA or place them at ../shared/corpora", file=sys.stderr)
        return 2
    from summarizer.names.matching import MATCH_THRESHOLD, match_name
    from summarizer.validators import check_grounding

    briefs = load_blind_briefs(sorted(folder.glob("briefs_*.jsonl")))
    articles = article_texts(briefs, corpora)
    for lang in ("en", "ur"):
        mine = [b for b in briefs if b.lang == lang]
        if not mine:
            continue
        t0 = time.perf_counter()
        r = score_briefs(check_grounding, mine, articles)  # type: ignore[arg-type]
        print(f"== briefs {lang}: {r.briefs} briefs, {r.planted} planted errors ({time.perf_counter() - t0:.1f} s)")
        _line(f"{lang}.clean_no_error (floor 0.97)", r.share("no_error"))
        _line(f"{lang}.clean_no_finding (floor 0.85)", r.share("no_finding"))
        _line(f"{lang}.planted_caught (floor 0.97)", r.share("caught"))
        _line(f"{lang}.planted_caught_errors_only", r.share("caught_errors"))
        for kind in ERROR_TYPES:
            _line(f"{lang}.caught.{kind} (floor 0.95)",
                  f"{r.type_share(kind):.4f} of {r.tried[kind]} (errors only {ratio(r.caught_errors[kind], r.tried[kind]):.4f})")  # fmt: skip
        for s in r.missed[: args.show]:
            print("  missed:", s)
        for s in r.clean_flags[: args.show]:
            print("  clean-brief flag:", s)

    if not (folder / "names.jsonl").exists():
        print(f"== names: {folder} has no names.jsonl")
        return 0
    names = load_blind_names(folder / "names.jsonl")
    n = score_names(match_name, names, MATCH_THRESHOLD)
    print(f"== names: {len(names)} entries")
    _line("names.match_found (floor 0.97)", ratio(n.found, n.tries))
    for g in sorted(n.by_group):
        _line(f"names.match_found.{g}", f"{ratio(n.found_by_group[g], n.by_group[g]):.4f} of {n.by_group[g]}")
    _line("names.absent_matched (ceiling 0.01)", f"{ratio(n.absent_matched, n.absent_tries):.4f} of {n.absent_tries}")
    for s in n.misses[: args.show]:
        print("  not found:", s)
    for s in n.false_matches[: args.show]:
        print("  false match:", s)

    from summarizer.names import transliterate

    baseline = _spelling("spelling.baseline_letter_by_letter", transliterate.romanize, names)
    try:
        from summarizer.names.romanize import english_spelling
    except ImportError:
        print("spelling: summarizer.names.romanize not present yet")
        return 0
    ours = _spelling("spelling.english_spelling (floor 0.90)", english_spelling, names)
    _line("spelling.ratio_vs_baseline", ours / baseline if baseline else float("nan"))
    for s in spelling_misses(english_spelling, names)[: args.show]:
        print("  misspelt:", s)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
