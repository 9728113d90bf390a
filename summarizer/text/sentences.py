"""Urdu sentence splitting that keeps original character offsets.

Boundaries: the Urdu full stop ۔, the question marks ؟ and ?, !, a Latin full stop that ends a
sentence, and every line break (headlines, captions and paragraphs sit on their own lines).
Closing quotes and brackets right after a terminator stay with the sentence they close.

Not boundaries:
- a full stop (. or ۔) between two digits (`2.5`, `2۔5`);
- ۔ or . between spelled English letter names (`پی۔ایچ۔ڈی`, `ڈی. آئی. جی`);
- a Latin full stop after a Latin abbreviation (`Dr.`, `U.N.`), or inside a Latin word or
  address (`bbc.co.uk`);
- ellipses (`...`, `…`) within a line;
- the ۔ inside a dateline at the start of a line (`ڈھاکہ ۔ یکم دسمبر (اے پی پی)`).
"""

from __future__ import annotations

import re

from summarizer.names.acronyms import letter_of
from summarizer.schemas import Span
from summarizer.text.dateline import find_dateline

__all__ = ["is_title_case", "split_paragraphs", "split_sentences"]

_TERMINATORS = "۔؟?!."
_CLOSERS = "\"'”’‘“»«)]}›」』"
_LATIN_ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "no", "vs", "etc", "jr", "sr", "prof", "gen", "col", "capt",
    "lt", "maj", "sgt", "inc", "ltd", "co", "corp", "dept", "govt", "approx", "fig", "e.g", "i.e",
}  # fmt: skip
_WORD_BEFORE = re.compile(r"([^\s۔.]+)\s*$")
_WORD_AFTER = re.compile(r"^\s*([^\s۔.؟?!،,]+)")
_PARAGRAPH = re.compile(r"[^\r\n\u2028\u2029]+")


def _is_digit(ch: str) -> bool:
    return ch.isdigit()


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _letter_name(word: str) -> bool:
    """An English letter spelt in Urdu (ڈی, ایچ): a ۔ between two of them is an abbreviation dot."""
    return letter_of(word.strip("()[]\"'“”‘’")) is not None


def _is_boundary(line: str, i: int) -> bool:
    """Whether the terminator at line[i] ends a sentence."""
    ch = line[i]
    prev = line[i - 1] if i > 0 else ""
    nxt = line[i + 1] if i + 1 < len(line) else ""
    if ch in "؟?!":
        return True
    # ch is "." or "۔"
    if prev and nxt and _is_digit(prev) and _is_digit(nxt):
        return False  # a decimal point
    if ch == "." and (nxt == "." or prev == "."):
        return False  # an ellipsis within a line
    before = _WORD_BEFORE.search(line[max(0, i - 40) : i])  # a bounded look-back: linear time
    after = _WORD_AFTER.match(line[i + 1 : i + 41])
    word_before = before.group(1) if before else ""
    word_after = after.group(1) if after else ""
    if word_before and word_after and _letter_name(word_before) and _letter_name(word_after):
        return False  # پی۔ایچ۔ڈی
    if ch == ".":
        if nxt and not nxt.isspace() and (_is_latin(nxt) or _is_digit(nxt)):
            return False  # bbc.co.uk, v1.2, U.N.
        if word_before.lower().rstrip(".") in _LATIN_ABBREV:
            return False
        if len(word_before) == 1 and _is_latin(word_before) and word_before.isupper():
            return False  # an initial: "J. Smith"
        rest = line[i + 1 : i + 41].lstrip()
        if rest and rest[0].isascii() and rest[0].islower():
            return False
    return True


def _split_line(text: str, start: int, end: int, out: list[Span]) -> None:
    line = text[start:end]
    protected = 0
    dl = find_dateline(line)
    if dl is not None and dl.place is not None:
        # Keep a dateline's own ۔ (between place and date) inside the first sentence.
        protected = dl.place.end + (dl.date.end - dl.place.end if dl.date else 1)
    seg_start = 0
    i = 0
    n = len(line)
    while i < n:
        if line[i] in _TERMINATORS and i >= protected and _is_boundary(line, i):
            j = i + 1
            while j < n and (line[j] in "۔؟?!" or line[j] in _CLOSERS):
                j += 1
            _emit(text, start + seg_start, start + j, out)
            seg_start = j
            i = j
            continue
        i += 1
    _emit(text, start + seg_start, start + n, out)


def _emit(text: str, s: int, e: int, out: list[Span]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s and any(c.isalnum() for c in text[s:e]):
        out.append(Span(start=s, end=e, text=text[s:e]))


def split_paragraphs(text: str) -> list[Span]:
    """Non-blank lines, trimmed, with their original offsets."""
    out: list[Span] = []
    for m in _PARAGRAPH.finditer(text):
        _emit(text, m.start(), m.end(), out)
    return out


def split_sentences(text: str) -> list[Span]:
    """Sentences of `text` in order; `span.text == text[span.start:span.end]`, trimmed.

    Fragments without any letter or digit (a lone `-` or `۔`) are dropped.
    """
    out: list[Span] = []
    for m in _PARAGRAPH.finditer(text):
        _split_line(text, m.start(), m.end(), out)
    return out


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def is_title_case(line: str) -> bool:
    """A line of four or more English words, most of them capitalised: a headline, where a
    capital says nothing about a name or a number."""
    words = _LATIN_WORD.findall(line)
    return len(words) >= 4 and sum(1 for w in words if w[0].isupper()) / len(words) >= 0.6
