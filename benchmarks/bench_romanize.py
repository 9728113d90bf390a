"""English spelling of Urdu names: `romanize.english_spelling` against letter by letter (uroman).

Score: the share of names whose spelling equals, ignoring case, one of the accepted English
spellings; per group and overall, for both methods in the same run.

Input, by path:
- a JSONL list (`evals/blind/names.jsonl`, the default): `urdu`, `english` (a list), `group`;
- a TSV list (`tests/data/names_dev.tsv`): Urdu, accepted spellings (|-separated), type, group.
Only figures are printed, never names, so a blind list stays blind; `--show-misses` lists the
misses of a TSV (development) list and refuses a JSONL one.

Usage: python benchmarks/bench_romanize.py [PATH] [--show-misses]
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from summarizer.names.romanize import english_spelling, letter_by_letter

DEFAULT = Path("evals/blind/names.jsonl")


def _load(path: Path) -> list[tuple[str, list[str], str]]:
    rows: list[tuple[str, list[str], str]] = []
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        for line in text.splitlines():
            if line.strip():
                obj = json.loads(line)
                rows.append((obj["urdu"], list(obj["english"]), obj.get("group", "all")))
    else:
        for line in text.splitlines():
            if line.strip() and not line.startswith("#"):
                urdu, accepted, _type, group = line.split("\t")[:4]
                rows.append((urdu, accepted.split("|"), group))
    return rows


def _ok(guess: str, accepted: list[str]) -> bool:
    return guess.casefold() in {a.casefold() for a in accepted}


def main(argv: list[str]) -> int:
    show = "--show-misses" in argv
    args = [a for a in argv if not a.startswith("--")]
    path = Path(args[0]) if args else DEFAULT
    if not path.exists():
        print(f"skipped: {path} not found")
        return 0
    if show and path.suffix == ".jsonl":
        print("refused: --show-misses is for development lists only (the JSONL list is blind)")
        return 2
    rows = _load(path)
    english_spelling("عمران خان")  # load the romanizer once, outside the timing
    hits: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # group → [ours, baseline, n]
    misses: list[str] = []
    t0 = time.perf_counter()
    for urdu, accepted, group in rows:
        ours = english_spelling(urdu)
        base = letter_by_letter(urdu)
        for g in (group, "ALL"):
            hits[g][0] += _ok(ours, accepted)
            hits[g][1] += _ok(base, accepted)
            hits[g][2] += 1
        if show and not _ok(ours, accepted):
            misses.append(f"  miss: {urdu} → {ours!r} (accepted: {', '.join(accepted)})")
    ms = (time.perf_counter() - t0) * 1000 / max(len(rows), 1)
    print(f"names: {len(rows)} from {path.name}; {ms:.2f} ms a name (both methods)")
    print(f"{'group':<18} {'n':>4} {'english_spelling':>17} {'letter-by-letter':>17}")
    for g in sorted(hits, key=lambda g: (g == "ALL", g)):
        ours, base, n = hits[g]
        print(f"{g:<18} {n:>4} {ours / n:>17.3f} {base / n:>17.3f}")
    for line in misses:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
