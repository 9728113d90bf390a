"""Ranges: two numbers of one kind joined as a span (70 سے 80 فیصد, 4 to 5 lakh, 70-80%).

A range is one claim. A summary may shift it (80 to 90 percent for the article's ستر سے اسی فیصد)
while each end still occurs somewhere in the article (its 90 فیصد of another thing)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from summarizer.schemas import Quantity, QuantityKind

__all__ = ["number_ranges"]

_JOIN = re.compile(r"\s*(?:سے|تا|to)\s*", re.I)
_DASH = re.compile(r"\s*[-–]\s*")
_RANGED = frozenset((QuantityKind.PERCENT, QuantityKind.COUNT, QuantityKind.MONEY, QuantityKind.MEASURE))
_DASHED = _RANGED - {QuantityKind.COUNT}
"""Two counts joined by a dash are a score (6-2, 3-1), judged as a pair elsewhere; a dash makes a
range of percentages, sums and measures only (70-80%)."""


def number_ranges(text: str, quantities: Sequence[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """(low, high) of each range in `text`, from its quantities in text order."""
    out: list[tuple[Quantity, Quantity]] = []
    for low, high in pairwise(quantities):
        if (low.kind is high.kind and low.kind in _RANGED and low.value < high.value
                and (_JOIN.fullmatch(text, low.span.end, high.span.start)
                     or (low.kind in _DASHED and _DASH.fullmatch(text, low.span.end, high.span.start)))):
            out.append((low, high))
    return out
