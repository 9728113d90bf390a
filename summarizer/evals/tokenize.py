"""A ROUGE tokenizer that keeps Urdu.

rouge-score's default tokenizer lowercases and then replaces every character outside
``[a-z0-9]`` with a space, so an Urdu summary becomes an empty token list and every Urdu
ROUGE score is 0. This tokenizer folds the text first (``summarizer.text.normalize.fold``:
Arabic vs Urdu letter forms, diacritics, Urdu digits to ASCII, joiners), lowercases Latin, and
keeps runs of letters (any script) and numbers (with inner ``.``/``,`` separators, so
``1,500`` and ``2.5`` stay one token). No stemming: there is no well-kept Urdu stemmer, and
XL-Sum's own scorer does not stem Urdu either.
"""

from __future__ import annotations

import re

from summarizer.text.normalize import fold

__all__ = ["UrduTokenizer", "tokenize"]

# A number with inner separators, or a run of word characters without the underscore.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W_]+")


def tokenize(text: str) -> list[str]:
    """Folded, lowercased word and number tokens of `text`, Arabic-script words kept."""
    return _TOKEN.findall(fold(text).lower())


class UrduTokenizer:
    """The object rouge-score wants: ``RougeScorer(types, tokenizer=UrduTokenizer())``."""

    def tokenize(self, text: str) -> list[str]:
        return tokenize(text)
