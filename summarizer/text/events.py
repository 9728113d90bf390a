"""Event triggers: Urdu words and phrases that name a PLOVER event, found only where clear.

A trigger counts only when a light verb follows it closely (`ملاقات کی`, `اتفاق کیا گیا`,
`حملہ ہوا`, `مسترد کر دیا`, `معاہدہ طے پا گیا`): a bare noun (`ملاقات کے بعد`, `شنگھائی تعاون
تنظیم`) names something, it does not report that it happened. A negation in between
(`اتفاق نہیں ہو سکا`) cancels the trigger. Attack, fight, accident and disaster nouns also count
in a sentence that reports deaths, injuries or damage. Matching runs on folded tokens, so spelling variants
of hamza and yeh need no extra entries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from summarizer.schemas import Span
from summarizer.text.normalize import fold, fold_token

__all__ = ["LEXICON", "Token", "Trigger", "clauses", "find_triggers", "first_trigger", "tokenize"]

def _load_lexicon() -> dict[str, tuple[str, ...]]:
    text = resources.files("summarizer.lexicon").joinpath("data", "event_triggers.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {kind: tuple(phrases.split("|")) for kind, phrases in rows}


LEXICON: dict[str, tuple[str, ...]] = _load_lexicon()
"""PLOVER type → trigger words and phrases (as usually spelt; matched folded)."""

# Words that make a trigger report an act: it was done, held, given, taken, imposed.
_LIGHT_VERBS = frozenset(fold_token(w) for w in (
    "کی", "کیا", "کیں", "کیے", "کئے", "کر", "کرنے", "کرتے", "کرتی", "کرتا", "کریں", "کرے", "کرینگے",
    "ہوا", "ہوئی", "ہوئیں", "ہوئے", "ہو", "ہوں", "ہونے", "ہوتی", "ہوتا", "ہوتے", "ہوگا", "ہوگی", "ہوگئے",
    "دی", "دیا", "دیے", "دیئے", "دئیے", "دے", "دینے", "دیتے", "دیں", "لیا", "لی", "لے",
    "گیا", "گئی", "گئے", "پایا", "پائی", "پا", "پائے", "آیا", "آئی", "آئے", "پیش", "عائد", "لگا",
    "لگائی", "لگ", "رکھا", "فراہم", "دیکھنے", "کرائی", "کرایا", "کرانے",
    "رکھے", "رکھی", "رکھیں", "رکھنے", "لگاتے", "لگائے",
    "شریک", "مصروف",  # taking part in, busy with: `امدادی سرگرمیوں میں شریک ہیں`
))  # fmt: skip
# Words that show the trigger is a reference (after, during, about) or negated: not an act.
_BREAKERS = frozenset(fold_token(w) for w in (
    "بعد", "دوران", "موقع", "سلسلے", "حوالے", "متعلق", "بارے", "نہیں", "نہ", "بغیر", "قبل", "پہلے",
    "تنظیم", "کمیشن", "کمیٹی", "کونسل",
    "غور", "عمل", "عملدرآمد",  # considered, acted on: `مطالبات پر ... غور کر رہی ہے`
))  # fmt: skip
# After `کی` (did / of) these show it was the verb: `ملاقات کی ہے`, `ملاقات کی اور`.
_AFTER_KI = frozenset(fold_token(w) for w in (
    "ہے", "ہیں", "تھی", "تھا", "تھے", "گئی", "گیا", "گئے", "گئیں", "اور", "جبکہ", "جس", "جن", "جائے",
    "جا", "جائیں", "جو", "تاہم", "لیکن", "مگر",
))  # fmt: skip
_KI = fold_token("کی")
_PARTICIPLE = frozenset(fold_token(w) for w in ("والوں", "والے", "والی", "والا", "والیاں"))
# Harm words: in a sentence that reports deaths or damage, an attack or disaster noun is an event
# even without a light verb (`سیلاب میں ڈیڑھ سو افراد جاں بحق`).
_HARM = tuple(fold(w) for w in (
    "جاں بحق", "جان بحق", "ہلاک", "زخمی", "تباہ", "متاثر", "لاپتہ", "ڈوب", "منہدم", "بہہ گئ", "ہلاکت",
))  # fmt: skip
_DISPLAY = frozenset(fold_token(w) for w in ("مظاہرہ", "مظاہرے"))
_GENITIVE = frozenset(fold_token(w) for w in ("کا", "کی", "کے"))
_HARM_TYPES = frozenset({"ASSAULT", "DISASTER", "ACCIDENT", "FIGHT"})
_WINDOW = 4
_TOKEN = re.compile(r"[^\s،,۔؟?!:;؛\"'“”‘’()\[\]{}«»\-–—]+")


@dataclass(frozen=True, slots=True)
class Token:
    folded: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Trigger:
    """One clear event trigger: its PLOVER type and where the trigger words sit."""

    type: str
    span: Span


def tokenize(text: str) -> list[Token]:
    """Words of `text` (punctuation dropped), folded, with original offsets."""
    return [Token(fold_token(m.group(0)), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@cache
def _phrases() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First folded word → [(folded phrase words, type)], longest phrase first."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for kind, words in LEXICON.items():
        for phrase in words:
            parts = tuple(fold(phrase).split())
            out.setdefault(parts[0], []).append((parts, kind))
    for entries in out.values():
        entries.sort(key=lambda e: -len(e[0]))
    return out


def _clear(tokens: list[Token], after: int, text: str) -> bool:
    """A light verb within a few words after the trigger, with no breaker or clause end between."""
    last = tokens[after - 1].end
    for k in range(after, min(len(tokens), after + _WINDOW)):
        gap = text[last : tokens[k].start]
        if any(c in gap for c in "۔؟?!،,;؛"):
            return False
        word = tokens[k].folded
        if word in _BREAKERS:
            return False
        if word in _LIGHT_VERBS:
            if k + 1 < len(tokens) and tokens[k + 1].folded in _PARTICIPLE:
                return False  # حمایت کرنے والوں: the doers, not the deed
            return word != _KI or _verb_ki(tokens, k, text)
        if word in _phrases():
            return False  # another trigger starts: let it speak for itself
        last = tokens[k].end
    return False


def _verb_ki(tokens: list[Token], k: int, text: str) -> bool:
    """`کی` as the verb "did": it ends a clause or an auxiliary follows, not a noun it owns."""
    if k + 1 >= len(tokens):
        return True
    gap = text[tokens[k].end : tokens[k + 1].start]
    return any(c in gap for c in "۔؟?!،,;؛") or tokens[k + 1].folded in _AFTER_KI


def find_triggers(text: str, offset: int = 0) -> list[Trigger]:
    """Every clear trigger in `text` in order; spans are shifted by `offset`."""
    tokens = tokenize(text)
    table = _phrases()
    folded_text = fold(text)
    harm = any(h in folded_text for h in _HARM)
    out: list[Trigger] = []
    i = 0
    while i < len(tokens):
        entries = table.get(tokens[i].folded)
        matched = False
        for parts, kind in entries or ():
            n = len(parts)
            if tuple(t.folded for t in tokens[i : i + n]) != parts:
                continue
            if i > 0 and parts[0] in _DISPLAY and tokens[i - 1].folded in _GENITIVE:
                break  # `بیٹنگ کا مظاہرہ کیا`: a display of skill, not a demonstration
            if (harm and kind in _HARM_TYPES) or _clear(tokens, i + n, text):
                s, e = tokens[i].start, tokens[i + n - 1].end
                out.append(Trigger(kind, Span(start=s + offset, end=e + offset, text=text[s:e])))
                i += n
                matched = True
            break
        if not matched:
            i += 1
    return out


def first_trigger(text: str, offset: int = 0) -> Trigger | None:
    """The first clear trigger of a sentence: one event per sentence."""
    found = find_triggers(text, offset)
    return found[0] if found else None


# Words that open a new clause: its actors, place and numbers are not the previous clause's.
_CLAUSE_OPENERS = frozenset(fold_token(w) for w in (
    "جبکہ", "جب", "تاہم", "لیکن", "مگر", "کیونکہ", "چونکہ", "کہ", "جس", "جن", "جہاں", "جو", "جسے",
    "جنہیں", "جنہوں", "بلکہ", "البتہ", "نیز",
))  # fmt: skip
_CLAUSE_PUNCT = re.compile(r"[;؛:]")
# A comma ends a clause only after a finite verb (`اضافہ ہوا ہے،`); elsewhere it separates a list.
_FINITE_COMMA = re.compile(r"(?:ہے|ہیں|تھا|تھی|تھے|گا|گی|گے|کیا|کیں|گیا|گئی|گئے|ہوا|ہوئی|ہوئے|دیا|دی|لیا|لی)\s*[،,]")
_MIN_CLAUSE_WORDS = 4


def clauses(text: str, offset: int = 0) -> list[Span]:
    """Clauses of one sentence: split at semicolons, at a comma after a finite verb and before
    words that open a clause (جبکہ، کہ، جس، جہاں ...); a piece of fewer than four words joins the next one (a list
    of names before a comma stays with its verb). Spans are shifted by `offset`."""
    cuts = [0]
    for pattern in (_CLAUSE_PUNCT, _FINITE_COMMA):
        cuts.extend(m.end() for m in pattern.finditer(text))
    for tok in tokenize(text):
        if tok.folded in _CLAUSE_OPENERS and tok.start > 0:
            cuts.append(tok.start)
    cuts = [*sorted(set(cuts)), len(text)]
    pieces: list[tuple[int, int]] = []
    start = 0
    for end in cuts[1:]:
        if len(text[start:end].split()) >= _MIN_CLAUSE_WORDS or end == len(text):
            pieces.append((start, end))
            start = end
    if pieces and len(text[pieces[-1][0] : pieces[-1][1]].split()) < _MIN_CLAUSE_WORDS and len(pieces) > 1:
        last = pieces.pop()
        pieces[-1] = (pieces[-1][0], last[1])
    out: list[Span] = []
    for s, e in pieces:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Span(start=s + offset, end=e + offset, text=text[s:e]))
    return out
