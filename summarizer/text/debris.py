"""Page debris in scraped Urdu news: what a summary must never quote.

Web pages bring along more than the story: a teaser cut off with `...`, the headline repeated
as a caption, bylines (`(سٹاف رپورٹر)`), share and read-more lines (`مزید پڑھیے`, `شیئر کریں`),
photo credits, section labels (`صفحہ اول`). XL-Sum texts also start with the lead photo's
caption glued to the first sentence and repeated later in the body. The phrases are data
(`lexicon/data/page_debris.txt`); matching runs on folded text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources

from summarizer.text.normalize import fold

__all__ = ["caption_prefix", "is_debris", "is_repeat", "is_truncated"]

_TRUNCATED = re.compile(r"(?:\.\s*\.\s*\.|…|۔\s*۔\s*۔)[\s\"'”’)\]]*$")
_WORD = re.compile(r"\S+")
_MIN_CAPTION_WORDS = 6


@cache
def _phrases() -> tuple[str, ...]:
    text = resources.files("summarizer.lexicon").joinpath("data", "page_debris.txt").read_text(encoding="utf-8")
    return tuple(fold(line.strip()) for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _folded_words(text: str) -> list[str]:
    return fold(text).replace("،", " ").replace("۔", " ").split()


def is_truncated(line: str) -> bool:
    """A line cut off with an ellipsis (a teaser, a cut headline): `...مسئلہ کشمیر کے پر امن ...`."""
    return bool(_TRUNCATED.search(line.strip()))


def is_debris(line: str) -> bool:
    """A byline, share, read-more, credit or section line, or a truncated teaser."""
    if is_truncated(line):
        return True
    folded = fold(line.strip())
    words = folded.split()
    for phrase in _phrases():
        if folded.startswith(phrase) and (len(words) <= len(phrase.split()) + 8 or phrase.endswith(":")):
            return True
    return False


def is_repeat(sentence: str, earlier: Iterable[str], threshold: float = 0.8) -> bool:
    """Whether `sentence` repeats one of `earlier` (the headline, a caption): most of its words
    are that text's words, in a sentence no longer than it by half."""
    words = _folded_words(sentence)
    if not words:
        return False
    mine = set(words)
    for other in earlier:
        theirs = _cached_words(other)
        if not theirs or len(words) > 1.5 * len(theirs):
            continue
        if len(mine & set(theirs)) / len(mine) >= threshold:
            return True
    return False


@lru_cache(maxsize=4096)
def _cached_words(text: str) -> tuple[str, ...]:
    return tuple(_folded_words(text))


# A caption does not end on a case marker or a conjunction, and the lead after it does not start
# with an auxiliary or a postposition: `بالی وڈ اداکارہ ... نے | کہا ہے کہ` is one clause whose
# subject the article repeats, not a caption.
_NOT_CAPTION_END = frozenset(fold(w) for w in ("نے", "کے", "کی", "کا", "کو", "سے", "میں", "پر", "تک", "اور", "کہ", "نہ", "بھی"))
_NOT_LEAD_START = frozenset(fold(w) for w in (
    "ہے", "ہیں", "تھا", "تھی", "تھے", "گا", "گی", "گے", "کہ", "نے", "کے", "کی", "کا", "کو", "سے", "میں", "پر", "تک",
))  # fmt: skip


_END = re.compile(r"[۔؟?!:\n]")


def _folded_with_ends(text: str) -> str:
    """Folded words with every sentence end or line break as a `|` word, spaces around all."""
    return f" {' '.join(_folded_words(_END.sub(' | ', text)))} "


def caption_prefix(first: str, rest: str) -> int:
    """Characters of `first` that are a photo caption glued to the lead: its longest start of
    at least six whole words that the article repeats later (`rest`) as a whole sentence or
    line (a caption is repeated as a caption, not inside a sentence), leaving six words or more
    and not cutting a clause in two (see above). Returns 0 when there is none."""
    words = list(_WORD.finditer(first))
    if len(words) < 2 * _MIN_CAPTION_WORDS:
        return 0
    rest_folded = _folded_with_ends(rest)
    best = 0
    for k in range(_MIN_CAPTION_WORDS, len(words) - _MIN_CAPTION_WORDS + 1):
        prefix = _folded_words(first[: words[k - 1].end()])
        joined = " ".join(prefix)
        if f" {joined} " not in rest_folded.replace(" | ", " "):
            break
        after = _folded_words(first[words[k].start() :])
        if (f" {joined} | " in rest_folded or rest_folded.rstrip().endswith(f" {joined}")) and prefix[-1] not in \
                _NOT_CAPTION_END and after and after[0] not in _NOT_LEAD_START:  # fmt: skip
            best = words[k].start()
    return best
