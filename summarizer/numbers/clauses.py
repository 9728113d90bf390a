"""Clauses a text cites: Article 294, Section 302, دفعہ 302، آرٹیکل 25، دفعہ تین سو دو.

Their digits name a clause, so `quantities` leaves them out; a brief that cites a clause still
states a fact (another clause is another charge or right), which the article must cite too.
"""

from __future__ import annotations

import re

from summarizer.numbers.urdu import parse_urdu_number

__all__ = ["CITED_CLAUSE", "CLAUSE_LABELS", "clauses_in_words", "worded_clauses"]

_URDU_LABELS = "دفعہ|آرٹیکل|شق|سیکشن|قرارداد"
CLAUSE_LABELS = frozenset(_URDU_LABELS.split("|"))
"""Urdu words before a clause's number (دفعہ 144، آرٹیکل تین سو ستر)."""

CITED_CLAUSE = re.compile(
    r"\b(?:[Aa]rticles?|[Ss]ections?|[Cc]lauses?|[Rr]esolutions?|[Oo]rdinance|[Pp]aragraphs?)\s+(\d+)"
    r"(?:\((\d+)\)|[A-Za-z]?\b)(?!\s*(?:دن|روز|گھنٹ|منٹ|ہفت|ماہ|مہین|سال|برس|days?\b|hours?\b|weeks?\b))"
    rf"|(?:{_URDU_LABELS}|آرٹیکِل)\s*(?:نمبر\s*)?([0-9۰-۹]+)")
"""A clause cited in digits, English or Urdu: group 1 or 3 holds the digits, group 2 an English
sub-clause's (Article 184(3)). Not a number a span of time follows (the visa section 2 دن کے
لیے بند: two days, in a code-mixed brief)."""

_URDU_WORDED = re.compile(rf"(?:{_URDU_LABELS})(?=((?:\s+\S+){{1,4}}))")
"""The up to four words after a label, read ahead so that a label among them starts its own
match (شق 184 کی ذیلی شق تین: 184, then 3)."""


def clauses_in_words(folded: str) -> frozenset[int]:
    """Clauses a folded Urdu text cites after a label, in number words or digits (دفعہ تین سو دو:
    302): the article's evidence for a clause a brief cites."""
    return frozenset(value for _, _, value in worded_clauses(folded, digits=True))


def worded_clauses(text: str, *, digits: bool = False) -> list[tuple[int, int, int]]:
    """(start, end, number) of each clause a text cites in Urdu number words (آرٹیکل تین سو ستر):
    the longest run of up to four words after the label that reads as a whole number. Digits
    after a label (دفعہ 303) only with `digits`: a brief's are read by CITED_CLAUSE."""
    out: list[tuple[int, int, int]] = []
    for m in _URDU_WORDED.finditer(text):
        words = list(re.finditer(r"\S+", m.group(1)))
        if not digits and words[0].group()[:1].isdigit():
            continue
        for n in range(len(words), 0, -1):
            value = parse_urdu_number(" ".join(w.group() for w in words[:n]))
            if value is not None and value == int(value):
                out.append((m.start(1) + words[0].start(), m.start(1) + words[n - 1].end(), int(value)))
                break
    return out
