"""The words around a number in Urdu text: what a number is about.

A summary can restate a number the article gives while attaching it to something else
("گیارہ اہلکار" where the article's eleven are vehicles). When a claim matches a source number
only loosely (within a hedge's tolerance, by rounding, or a count against a day of the
month), the grounding check also asks that the two share a content word nearby.
An exact restatement needs no such evidence: summaries move numbers into new sentences.

Words are compared folded and without their plural/oblique endings (اہلکار ~ اہلکاروں);
function words, which surround every number, never count as shared.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from summarizer.lexicon.words import URDU_FUNCTION
from summarizer.schemas import Span
from summarizer.text.normalize import fold_token

__all__ = ["WINDOW", "Context", "context_of", "share_context"]

WINDOW = 4
"""Words taken on each side of a number."""

_WORD = re.compile(r"\w+")
_ENDINGS = tuple(fold_token(s) for s in ("یوں", "یاں", "وں", "یں", "اں", "ات", "ے", "ی", "ا", "ہ"))
_HEDGES = ("کم", "از", "زیادہ", "تقریباً", "تقریبا", "قریب", "لگ", "بھگ", "لگبھگ", "صرف", "محض", "تک")
_NOT_CONTENT = URDU_FUNCTION | frozenset(fold_token(w) for w in _HEDGES)
"""Never evidence of a shared topic: function words and the hedges around numbers (کم از کم)."""


def _stem(tok: str) -> str:
    for end in _ENDINGS:
        if tok.endswith(end) and len(tok) - len(end) >= 3:
            return tok[: -len(end)]
    return tok


class Context:
    """Stemmed content words of one text, with their offsets, for windows around spans."""

    __slots__ = ("_ends", "_starts", "_stems")

    def __init__(self, text: str) -> None:
        starts: list[int] = []
        ends: list[int] = []
        stems: list[str | None] = []
        for m in _WORD.finditer(text):
            tok = fold_token(m.group())
            starts.append(m.start())
            ends.append(m.end())
            content = tok not in _NOT_CONTENT and len(tok) >= 2 and not tok.isdigit()
            stems.append(_stem(tok) if content else None)
        self._starts, self._ends, self._stems = starts, ends, stems

    def around(self, span: Span, window: int = WINDOW) -> frozenset[str]:
        """Content stems within `window` words before and after `span` (not inside it)."""
        first = bisect_right(self._ends, span.start)  # first word ending after the span starts
        last = bisect_left(self._starts, span.end)  # first word starting at or after its end
        picked = self._stems[max(0, first - window) : first] + self._stems[last : last + window]
        return frozenset(s for s in picked if s is not None)


@lru_cache(maxsize=64)
def context_of(text: str) -> Context:
    """The `Context` of a text, cached: a source is checked against many claims."""
    return Context(text)


def share_context(claim_text: str, claim: Span, source: str | Context, found: Span) -> bool:
    """The words around `claim` in its text and around `found` in the source overlap.

    A side with no content words nearby (a bare number in a list) gives no evidence either
    way: that counts as shared.
    """
    mine = context_of(claim_text).around(claim)
    theirs = (source if isinstance(source, Context) else Context(source)).around(found)
    return not mine or not theirs or not mine.isdisjoint(theirs)
