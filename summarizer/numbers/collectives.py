"""Urdu collective numerals: دونوں (both), تینوں (all three), چاروں (all four) ... ساتوں, آٹھوں.

Each states a count as English writes "the two", "all three". An article's collectives ground a
brief's count; a brief's own (from تینوں on) is a count claim like تین. A brief's دونوں is left
alone: it mostly points back at two things just named (دونوں ممالک), which the article may name
without ever counting them.
"""

from __future__ import annotations

import re

from summarizer.schemas import Quantity, Span

__all__ = ["collective_counts"]

_VALUES = {"دونوں": 2, "دونو": 2, "تینوں": 3, "چاروں": 4, "پانچوں": 5, "چھیوں": 6, "ساتوں": 7, "آٹھوں": 8}
_COLLECTIVE = re.compile(rf"(?<!\w)({'|'.join(_VALUES)})(?!\w)")
_BOTH = 2


def collective_counts(text: str, *, with_both: bool = True) -> list[Quantity]:
    """Every collective numeral in `text` as a count; `with_both=False` leaves out دونوں."""
    out: list[Quantity] = []
    for m in _COLLECTIVE.finditer(text):
        value = _VALUES[m.group(1)]
        if with_both or value != _BOTH:
            out.append(Quantity(value=value, span=Span(start=m.start(), end=m.end(), text=m.group(1))))
    return out
