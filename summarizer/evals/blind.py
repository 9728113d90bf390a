"""Scores on the frozen blind sets (`evals/blind/`): briefs with planted errors, and Urdu names.

The sets were written and committed before the matching code was tuned (their README says
how); these functions only read them. Used by `benchmarks/bench_blind.py` (all figures) and
`tests/test_blind_floors.py` (the floors).

Briefs: each clean brief is checked against its article; each planted error is one copy of
the brief with one phrase replaced, "caught" when a finding's claim overlaps the planted
phrase (`caught_errors` when that finding is an error).

Names: `match_name(english, context)` for every accepted English spelling of every entry
("found" at or above `MATCH_THRESHOLD`), and for absent names: each entry's spellings against
other entries' contexts that hold none of its Urdu spellings (a match there is a false match).
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from summarizer.evals.grounding_quality import XLSUM_OUTLET, Checker, counter_source, hit, load_xlsum, ratio
from summarizer.schemas import NameMatch
from summarizer.source_index import SourceIndex
from summarizer.text.normalize import fold

__all__ = [
    "BlindBrief",
    "BriefScores",
    "NameScores",
    "Planted",
    "article_texts",
    "load_blind_briefs",
    "load_blind_names",
    "score_briefs",
    "score_names",
    "score_spelling",
]

ERROR_TYPES = ("person", "place", "organisation", "weekday", "month", "year", "number", "scale", "percent")


@dataclass(frozen=True)
class Planted:
    type: str
    original: str
    planted: str
    brief: str
    start: int
    """Where the planted phrase starts in `brief`."""

    @property
    def end(self) -> int:
        return self.start + len(self.planted)


@dataclass(frozen=True)
class BlindBrief:
    corpus: str
    article_id: str
    lang: str
    brief: str
    errors: tuple[Planted, ...]


def _planted(clean: str, e: dict) -> Planted:
    at = clean.find(e["original"])
    if at < 0 or e["brief"] != clean[:at] + e["planted"] + clean[at + len(e["original"]):]:
        raise ValueError(f"planted error is not one replacement of {e['original']!r} by {e['planted']!r}")
    return Planted(e["type"], e["original"], e["planted"], e["brief"], at)


UNREAD_SETS = frozenset(("set7", "set9", "set17", "set18", "set19", "set20"))
"""Frozen sets whose misses nobody has read: only their figures are ever printed."""


def misses_listable(folder: Path) -> bool:
    """Whether the misses of the set in `folder` may be listed: not for an unread set, however
    the folder is named on the command line (`evals/blind/set7/`, `../blind/set7`)."""
    return folder.resolve().name not in UNREAD_SETS


def load_blind_briefs(paths: Iterable[Path]) -> list[BlindBrief]:
    out = []
    for path in paths:
        for line in path.open(encoding="utf-8"):
            if not line.strip():
                continue
            row = json.loads(line)
            errors = tuple(_planted(row["brief"], e) for e in row["errors"])
            out.append(BlindBrief(row["corpus"], row["article_id"], row["lang"], row["brief"], errors))
    return out


def article_texts(briefs: Sequence[BlindBrief], corpora: Path) -> dict[tuple[str, str], str | SourceIndex]:
    """(corpus, article id) -> the article the brief was written from, as an index: an XL-Sum
    article with BBC Urdu as its outlet (the writers were told so, as a translator knows who
    published what they translate), a COUNTER story with its `newsdate` as the published date
    (its dateline, which the writers were allowed to cite)."""
    xlsum = load_xlsum(corpora) if any(b.corpus == "xlsum" for b in briefs) else {}
    out: dict[tuple[str, str], str | SourceIndex] = {}
    for b in briefs:
        key = (b.corpus, b.article_id)
        if key in out:
            continue
        if b.corpus == "xlsum":
            out[key] = SourceIndex(xlsum[b.article_id]["text"], outlet=XLSUM_OUTLET)
        else:
            out[key] = counter_source(corpora / "counter" / f"{b.article_id}.xml")
    return out


@dataclass
class BriefScores:
    briefs: int = 0
    clean_no_error: int = 0
    clean_no_finding: int = 0
    tried: Counter[str] = field(default_factory=Counter)
    caught: Counter[str] = field(default_factory=Counter)
    caught_errors: Counter[str] = field(default_factory=Counter)
    clean_flags: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    @property
    def planted(self) -> int:
        return sum(self.tried.values())

    def share(self, what: str) -> float:
        """'no_error' / 'no_finding' over clean briefs; 'caught' / 'caught_errors' over planted."""
        if what in ("no_error", "no_finding"):
            return ratio(getattr(self, f"clean_{what}"), self.briefs)
        return ratio(sum(getattr(self, what).values()), self.planted)

    def type_share(self, kind: str) -> float:
        return ratio(self.caught[kind], self.tried[kind])


def score_briefs(check: Checker, briefs: Sequence[BlindBrief], articles: dict[tuple[str, str], str | SourceIndex]) -> BriefScores:
    r = BriefScores()
    for b in briefs:
        source = articles[(b.corpus, b.article_id)]
        found = check(source, b.brief, b.lang)
        r.briefs += 1
        r.clean_no_finding += not found
        r.clean_no_error += not any(f.severity == "error" for f in found)
        r.clean_flags += [f"{b.corpus}/{b.article_id}: {f.kind.value} {f.severity} '{f.claim.text}'" for f in found]
        for e in b.errors:
            got = check(source, e.brief, b.lang)
            r.tried[e.type] += 1
            if hit(got, e.start, e.end):
                r.caught[e.type] += 1
            else:
                r.missed.append(f"{b.corpus}/{b.article_id}: {e.type} '{e.original}' -> '{e.planted}'")
            r.caught_errors[e.type] += hit(got, e.start, e.end, errors_only=True)
    return r


# --------------------------------------------------------------------------- names


@dataclass(frozen=True)
class BlindName:
    urdu: str
    english: tuple[str, ...]
    type: str
    group: str
    context: str


def load_blind_names(path: Path) -> list[BlindName]:
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    return [BlindName(r["urdu"], tuple(r["english"]), r["type"], r["group"], r["context"]) for r in rows]


@dataclass
class NameScores:
    tries: int = 0
    found: int = 0
    by_group: Counter[str] = field(default_factory=Counter)
    found_by_group: Counter[str] = field(default_factory=Counter)
    absent_tries: int = 0
    absent_matched: int = 0
    misses: list[str] = field(default_factory=list)
    false_matches: list[str] = field(default_factory=list)


def score_names(
    match: Callable[[str, str], NameMatch], names: Sequence[BlindName], threshold: float, absent_per_name: int = 3,
) -> NameScores:  # fmt: skip
    r = NameScores()
    spellings: dict[str, set[str]] = {}  # an English spelling -> every Urdu spelling of that entity
    for n in names:
        for en in n.english:
            spellings.setdefault(en.lower(), set()).add(fold(n.urdu).replace(" ", ""))
    for n in names:
        for en in n.english:
            r.tries += 1
            r.by_group[n.group] += 1
            m = match(en, n.context)
            if m.score >= threshold:
                r.found += 1
                r.found_by_group[n.group] += 1
            else:
                r.misses.append(f"{n.group}: {en} / {n.urdu}")
        own = set().union(*(spellings[en.lower()] for en in n.english))
        rng = random.Random(f"absent|{n.urdu}")
        others = [o for o in names if not own & {fold(o.urdu).replace(" ", "")}
                  and not any(u in fold(o.context).replace(" ", "") for u in own)]  # fmt: skip
        for o in rng.sample(others, min(absent_per_name, len(others))):
            en = rng.choice(n.english)
            r.absent_tries += 1
            m = match(en, o.context)
            if m.score >= threshold:
                r.absent_matched += 1
                r.false_matches.append(f"{en} in context of {o.urdu} -> '{m.span.text if m.span else ''}' {m.score:.2f}")
    return r


def _accepted(spelt: str, name: BlindName) -> bool:
    return spelt.strip().lower() in {e.lower() for e in name.english}


def score_spelling(spell: Callable[[str], str], names: Sequence[BlindName]) -> tuple[Counter[str], Counter[str]]:
    """Entries (per group) whose English spelling of the Urdu is one of the accepted ones."""
    tried: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for n in names:
        tried[n.group] += 1
        right[n.group] += _accepted(spell(n.urdu), n)
    return tried, right


def spelling_misses(spell: Callable[[str], str], names: Sequence[BlindName]) -> list[str]:
    """One line per entry whose English spelling is none of the accepted ones: group, the
    Urdu, what was spelt and what would have been accepted."""
    return [f"{n.group}: {n.urdu} -> {got!r}, accepted {' / '.join(n.english)}"
            for n in names if not _accepted(got := spell(n.urdu), n)]
