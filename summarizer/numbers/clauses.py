"""Clauses a text cites: Article 294, Section 302, دفعہ 302، آرٹیکل 25، دفعہ تین سو دو.

Their digits name a clause, so `quantities` leaves them out; a brief that cites a clause still
states a fact (another clause is another charge or right), which the article must cite too.
"""

from __future__ import annotations

import re

from summarizer.numbers.urdu import parse_urdu_number

__all__ = ["CITED_CLAUSE", "clauses_in_words"]

_URDU_LABELS = "دفعہ|آرٹیکل|شق|سیکشن|قرارداد"

CITED_CLAUSE = re.compile(
    r"\b(?:[Aa]rticles?|[Ss]ections?|[Cc]lauses?|[Rr]esolutions?|[Oo]rdinance|[Pp]aragraphs?)\s+(\d+)[A-Za-z]?\b"
    rf"|(?:{_URDU_LABELS}|آرٹیکِل)\s*(?:نمبر\s*)?([0-9۰-۹]+)")
"""A clause cited in digits, English or Urdu; group 1 or 2 holds the digits."""

_URDU_WORDED = re.compile(rf"(?:{_URDU_LABELS})((?:\s+\S+){{1,4}})")


def clauses_in_words(folded: str) -> frozenset[int]:
    """Clauses a folded Urdu text cites in number words (دفعہ تین سو دو: 302)."""
    out: set[int] = set()
    for m in _URDU_WORDED.finditer(folded):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            value = parse_urdu_number(" ".join(words[:n]))
            if value is not None and value == int(value):
                out.add(int(value))
                break
    return frozenset(out)
