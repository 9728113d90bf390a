"""A count a brief gives for what the article lists by name: `حسنین اور رفاقت نامی دو افراد`
where the article says `حسنین اور رفاقت نامی افراد`.

An article often names the people or places instead of counting them; a brief that counts them
states no number the article lacks. The count must equal the items of a list (joined by اور and
commas) right before the same noun in the article, so a changed count (تین افراد) still fails.
"""

from __future__ import annotations

import re

from summarizer.lexicon.words import URDU_FUNCTION
from summarizer.schemas import Quantity, QuantityKind
from summarizer.text.normalize import fold_token

__all__ = ["article_lists", "listed_before", "listed_count"]

_TOKEN = re.compile(r"[^\W\d_]+|[،,]|[۔.!?؟:;\n]")
_AUR = fold_token("اور")
_COMMAS = frozenset("،,")
_STOPS = frozenset("۔.!?؟:;\n")
_MAX_ITEM = 3
"""Words one listed item may have (a person's full name)."""
_MAX_COUNT = 6
_MAX_LINKERS = 1
"""Words allowed between the list and the noun (نامی "named", سمیت ...)."""


def _located_tokens(text: str) -> list[tuple[str, int, int]]:
    """(token, start, end): words folded, commas and stops as written."""
    return [(m.group(0) if not m.group(0)[0].isalpha() else fold_token(m.group(0)), m.start(), m.end())
            for m in _TOKEN.finditer(text)]


def _tokens(text: str) -> list[str]:
    return [t for t, _, _ in _located_tokens(text)]


def _walk(toks: list[str], end: int) -> tuple[list[tuple[int, int]], bool]:
    """The items, as (first, last) token indexes from the last item back, of a list ending right
    before toks[end], and whether اور joins it (items of up to `_MAX_ITEM` words between commas
    and اور, stopped by a stop or a function word)."""
    items: list[tuple[int, int]] = []
    size, k, last, joined = 0, end - 1, end - 1, False
    while k >= 0:
        t = toks[k]
        if t == _AUR or t in _COMMAS:
            if size == 0:
                break
            items.append((k + 1, last))
            size, last, joined = 0, k - 1, joined or t == _AUR
        elif t in _STOPS or t in URDU_FUNCTION or size == _MAX_ITEM:
            break
        else:
            size += 1
        k -= 1
    if size:
        items.append((k + 1, last))
    return items, joined


def _items_before(toks: list[str], at: int) -> int:
    """How many items a list ending right before toks[at] has, up to `_MAX_LINKERS` words before
    it (0 when there is no list)."""
    for skip in range(_MAX_LINKERS + 1):
        end = at - skip
        if end <= 0 or any(t in _STOPS or t in _COMMAS for t in toks[end:at]):
            break
        items, joined = _walk(toks, end)
        if joined and len(items) >= 2:
            return len(items)
    return 0


def listed_count(text: str, claim: Quantity, source: str) -> bool:
    """`claim`, a small count in the Urdu `text`, counts a list of as many items that the Urdu
    `source` gives right before the noun the claim counts."""
    if claim.kind is not QuantityKind.COUNT or claim.qualifier != "exact" or not 2 <= claim.value <= _MAX_COUNT:
        return False
    after = _tokens(text[claim.span.end :])
    if not after or not after[0][0].isalpha() or after[0] in URDU_FUNCTION:
        return False
    noun, toks = after[0], _tokens(source)
    return any(t == noun and _items_before(toks, i) == claim.value for i, t in enumerate(toks))


_MIN_ARTICLE_LIST = 3
"""Items a list needs before a count of it is read from it alone: two-item lists (X اور Y) are in
nearly every sentence, so a count of two would pass for anything."""


def article_lists(source: str) -> list[tuple[str, ...]]:
    """Lists of three to six items the Urdu `source` gives (برطانیہ، فرانس اور جرمنی), each as its
    items' text. An English brief may count them ("the three European countries") where the
    article never writes the number."""
    toks = _located_tokens(source)
    words = [t for t, _, _ in toks]
    out: list[tuple[str, ...]] = []
    for i in range(1, len(words) + 1):
        if i < len(words) and words[i][:1].isalpha() and words[i] not in URDU_FUNCTION:
            continue  # a list ends before a stop, a comma or a function word (کو، نے، میں)
        items = _list_items(source, words, i, toks)
        if _MIN_ARTICLE_LIST <= len(items) <= _MAX_COUNT:
            out.append(items)
    return out


def _list_items(source: str, words: list[str], end: int, toks: list[tuple[str, int, int]]) -> tuple[str, ...]:
    """The items' text of the list joined by اور ending before words[end]; none when there is none."""
    items, joined = _walk(words, end)
    return tuple(source[toks[first][1] : toks[last][2]] for first, last in reversed(items)) if joined else ()


_SENTENCE_END = re.compile(r"[۔.!?؟\n]")


def listed_before(text: str, claim: Quantity) -> bool:
    """`claim` counts a list of as many items (three to six) that the Urdu `text` itself gives in
    the claim's sentence or the one before (جرمنی، فرانس اور روس ... ان تینوں ملکوں): a count of
    its own list, whose items are checked as names."""
    before = text[: claim.span.start]
    ends = [m.end() for m in _SENTENCE_END.finditer(before)]
    window = before[ends[-2] if len(ends) >= 2 else 0 :]
    return any(len(items) == claim.value for items in article_lists(window))
