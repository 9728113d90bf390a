"""Extractive sentence selection: position, centrality, coverage of names and numbers, redundancy.

Greedy, in the manner of maximal marginal relevance: each step takes the sentence with the best
gain (its own worth, plus the article's names and numbers it adds, less its overlap with what
is already chosen) until a word budget is spent. Worth is a position prior (news puts the point
first) and centrality (cosine of the sentence's content words against the rest of the article).
Content words are folded tokens that are not function words.

A wire or newspaper story that opens with a dateline (`ڈھاکہ ۔ یکم دسمبر (اے پی پی)`) starts at
its real top, and news style writes the sentence after the dateline as the story's summary (the
lead). Such a sentence is marked `lead` and taken first, whatever its worth; with `lead_only`
(the one-sentence summary) it is the whole choice, since what follows a lead is detail. Without a dateline (BBC pages in XL-Sum, whose bold intro is cut from the text) there is
no such promise, and position is one weight among the others.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from summarizer.lexicon.words import URDU_FUNCTION
from summarizer.text.events import tokenize

__all__ = ["Candidate", "Weights", "content_words", "select"]


@dataclass(slots=True)
class Candidate:
    text: str
    position: int
    """0 for the article's first usable sentence."""
    names: frozenset[str] = frozenset()
    numbers: frozenset[str] = frozenset()
    words: Counter[str] = field(default_factory=Counter)
    lead: bool = False
    """The story's first sentence, right after the dateline that opens it (see the module note)."""


@dataclass(frozen=True, slots=True)
class Weights:
    position: float = 1.0
    decay: float = 0.5
    centrality: float = 1.0
    coverage: float = 0.4
    redundancy: float = 1.2
    budget_words: int = 45
    max_sentences: int = 3
    min_words: int = 6
    long_words: int = 60
    lead_only: bool = False
    """A marked lead is the whole choice (see the module note)."""


def content_words(text: str) -> Counter[str]:
    return Counter(t.folded for t in tokenize(text) if t.folded not in URDU_FUNCTION and len(t.folded) > 1)


def _overlap(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a.keys() & b.keys()) / min(len(a), len(b))


def select(cands: Sequence[Candidate], weights: Weights | None = None) -> list[int]:
    """Indexes into `cands` of the chosen sentences, in article order."""
    w = weights or Weights()
    if not cands:
        return []
    for c in cands:
        if not c.words:
            c.words = content_words(c.text)
    total: Counter[str] = Counter()
    for c in cands:
        total.update(c.words)
    all_names = frozenset().union(*(c.names for c in cands))
    all_numbers = frozenset().union(*(c.numbers for c in cands))
    n_facts = max(len(all_names) + len(all_numbers), 1)
    worth: list[float] = []
    total_sq = sum(v * v for v in total.values())
    for c in cands:
        # cosine against the rest of the article (total minus this sentence), from dot products
        own_sq = sum(v * v for v in c.words.values())
        dot_total = sum(v * total[k] for k, v in c.words.items())
        dot_rest = dot_total - own_sq
        rest_sq = total_sq - 2 * dot_total + own_sq
        central = dot_rest / math.sqrt(own_sq * rest_sq) if own_sq > 0 and rest_sq > 0 else 0.0
        score = w.position / (1.0 + c.position) ** w.decay + w.centrality * central
        size = sum(c.words.values())
        if size < w.min_words:
            score -= 1.0
        elif size > w.long_words:
            score -= 0.01 * (size - w.long_words)
        worth.append(score)
    chosen: list[int] = []
    covered: set[str] = set()
    used = 0
    lead = next((i for i, c in enumerate(cands) if c.lead), None)
    if lead is not None:
        if w.lead_only:
            return [lead]
        chosen.append(lead)
        covered |= cands[lead].names | cands[lead].numbers
        used = len(cands[lead].text.split())
    while len(chosen) < w.max_sentences and used < w.budget_words:
        best, best_gain = -1, -math.inf
        for i, c in enumerate(cands):
            if i in chosen:
                continue
            size = len(c.text.split())
            if chosen and used + size > w.budget_words * 1.25:
                continue
            new = len((c.names | c.numbers) - covered)
            red = max((_overlap(c.words, cands[j].words) for j in chosen), default=0.0)
            gain = worth[i] + w.coverage * new / n_facts * 4 - w.redundancy * red
            if gain > best_gain:
                best, best_gain = i, gain
        if best < 0 or (chosen and best_gain <= 0):
            break
        chosen.append(best)
        covered |= cands[best].names | cands[best].numbers
        used += len(cands[best].text.split())
    return sorted(chosen)
