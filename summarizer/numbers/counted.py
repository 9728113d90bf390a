"""What a number counts: the nouns right after it, read as concepts in either language.

A summary that restates a number the article gives can attach it to the wrong thing: "18
wickets" where the article's 18 are runs and its wickets are 16, "third seed" where its third is
a round and its seed is second. The grounding check asks what each side counts only where both
name a noun of `lexicon/data/counted_nouns.tsv` (or a span of time by its unit), so an unknown
noun, a paraphrase or a bare number never makes a finding.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from summarizer.lexicon.words import NAME_PARTS, URDU_FUNCTION, urdu_zipf
from summarizer.schemas import Quantity, QuantityKind
from summarizer.text.normalize import fold_token

__all__ = ["counted_concepts", "listed_concepts", "mentions", "related_concepts"]

_EN_WORD = re.compile(r"[\s-]*([A-Za-z][\w'-]*|\d+)")
_UR_WORD = re.compile(r"\s*(\w+)")
_WINDOW = 2
"""Urdu words read after a number: the noun itself, or one modifier and then it (پانچ سرکاری
اہلکار). English takes one more (20th one-day international hundred), up to a word that starts
another phrase."""
_EN_STOPS = frozenset(("and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "against",
                       "than", "after", "before", "while", "as", "off", "per", "each", "apiece", "a", "an"))
_UR_STOPS = frozenset(fold_token(w) for w in ("کے", "کی", "کا", "میں", "سے", "نے", "کو", "پر", "اور", "یا", "تک", "فی"))
"""A postposition, a conjunction or فی (per) ends the words a number counts (چار کے مقابلے میں دو گول:
four goals to two, not four matches)."""
_EN_PARTITIVE = re.compile(r"\s+of\s+(?:its|their|his|her|our|the|these|those)\b")
"""A part of a whole the brief names after it: "three of its senior commanders", "two of the victims"."""
_AND_LAST = re.compile(r"\s+(?:اور|و)\s+آخری\b")
_UR_MORE_THAN = re.compile(r"\s*سے\s+(?:بھی\s+)?(?:زیادہ|زائد|کم|اوپر)(?!\w)")
""""More than" or "fewer than" between a number and what it counts (دس ہزار سے زیادہ افراد)."""
_AGED = fold_token("سالہ")
_UNCOUNTED = (QuantityKind.MONEY, QuantityKind.PERCENT, QuantityKind.YEAR, QuantityKind.DATE, QuantityKind.MEASURE)


@cache
def _table() -> tuple[dict[str, str], dict[str, str], frozenset[tuple[str, str]]]:
    """English word → concept; folded Urdu form (one word, or two: ون ڈے, پولیس اہلکار) →
    concept; (broad, narrower) concept pairs."""
    text = resources.files("summarizer.lexicon").joinpath("data", "counted_nouns.tsv").read_text(encoding="utf-8")
    english: dict[str, str] = {}
    urdu: dict[str, str] = {}
    broader: set[tuple[str, str]] = set()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith(">"):
            broad, *narrower = line[1:].split("\t")
            broader.update((broad, n) for n in narrower)
            continue
        concept, en_forms, ur_forms = line.split("\t")
        for form in en_forms.split("|"):
            english.setdefault(form.strip().lower(), concept)
        for form in ur_forms.split("|"):
            urdu.setdefault(" ".join(fold_token(w) for w in form.split()), concept)
    return english, urdu, frozenset(broader)


def _words_after(text: str, end: int, pattern: re.Pattern[str], n: int) -> list[str]:
    out: list[str] = []
    pos = end
    while len(out) < n:
        m = pattern.match(text, pos)
        if m is None:
            break
        if any(c.isdigit() for c in m.group(1)):
            break  # another number: what follows is its noun (three for 60 off 17 overs)
        out.append(m.group(1))
        pos = m.end()
    return out


def counted_concepts(text: str, q: Quantity, lang: str) -> frozenset[str]:
    """The concepts `q` counts in `text` (`wicket`, `son`, `hour` ...): the table's nouns among
    the words after it, empty when it names none. A span of time is its unit."""
    if q.kind is QuantityKind.DURATION:
        if lang == "ur" and fold_token(q.span.text.split()[-1]) == _AGED:
            return frozenset(("age",))  # 25 سالہ: an age, not a span of years
        return frozenset((q.unit,)) if q.unit else frozenset()
    if q.kind in _UNCOUNTED:
        return frozenset()
    english, urdu, _ = _table()
    found: set[str] = set()
    end = q.span.end
    if lang == "ur" and q.kind is QuantityKind.ORDINAL and (last := _AND_LAST.match(text, end)) is not None:
        end = last.end()  # چوتھے اور آخری ٹیسٹ: what the rank ranks follows (an English "and" still ends
        # the reading: an article may garble its ordinal, دوسر ا اور آخری ٹیسٹ, and the Urdu side is read whole)
    if lang == "en":
        before = ""
        in_names: set[str] = set()
        if q.value >= 2 and q.value.is_integer() and (partitive := _EN_PARTITIVE.match(text, end)) is not None:
            end = partitive.end()  # "four of its senior commanders" counts commanders ("half of his
            # match fee" is a share of one thing, and counts no match)
        for k, word in enumerate(_words_after(text, end, _EN_WORD, _WINDOW + 3)):
            if word.lower() in _EN_STOPS or (k > _WINDOW and not in_names):
                break  # (past the window only to read on through a name)
            if word.lower() in english:
                # a name's word counts only when nothing after it does (the win of "fourth
                # straight Asian Games hockey win", the Games of "the 17th Asian Games")
                (in_names if word[:1].isupper() and before[:1].isupper() else found).add(english[word.lower()])
            before = word
        return _narrowest(found or in_names)
    words: list[str] = []
    if (more := _UR_MORE_THAN.match(text, end)) is not None:
        end = more.end()
    for w in _words_after(text, end, _UR_WORD, _WINDOW + 1):
        if fold_token(w) in _UR_STOPS:
            break
        words.append(fold_token(w))
    k = 0
    while k < min(_WINDOW, len(words)):
        pair = " ".join(words[k : k + 2]) if k + 1 < len(words) else ""
        if pair in urdu:
            found.add(urdu[pair])
            k += 2
            continue
        if words[k] in urdu:
            found.add(urdu[words[k]])
        elif words[k].isascii() and words[k].lower() in english:
            found.add(english[words[k].lower()])  # 2 Tests کی سیریز: a code-mixed brief's English noun
        k += 1
    return _narrowest(found)


def _narrowest(found: set[str]) -> frozenset[str]:
    """"Test matches" (ٹیسٹ میچوں) counts Tests: a broader term beside its narrower one adds
    nothing, and would relate the claim to every other kind of match."""
    broader = _table()[2]
    return frozenset(c for c in found if not any((c, other) in broader for other in found))


_LIST_GAP = re.compile(r"\s*(?:[،,]|اور)((?:\s*[^\W\d_]+){1,4})\s*")
"""Between two scores of one list (بابر 14 اور رضوان 22 رنز): a comma or اور, then a
name of up to four words, no stop and no other number."""
_SCORE_DASH = re.compile(r"\s*[-–]\s*")
_RANGE_GAP = re.compile(r"\s*(?:یا|تا|سے)\s*")
"""Between the ends of a range or of two choices (تین یا چار روز, پانچ سے چھ گھنٹے): the noun
after the second counts the first too."""
_NAME_WORD_ZIPF = 4.5
"""A word of a scorecard's name is this rare in Urdu, or a listed name part."""


def _name_word(word: str) -> bool:
    folded = fold_token(word)
    return folded in NAME_PARTS or (folded not in URDU_FUNCTION and urdu_zipf(folded) < _NAME_WORD_ZIPF)


def listed_concepts(text: str, quantities: tuple[Quantity, ...], lang: str) -> tuple[frozenset[str], ...]:
    """`counted_concepts` of each quantity, where a count that names nothing takes what the next
    count of its list names: a scorecard names the runs once, after the last score (فخر 8،
    شاداب 31، حسن علی 5 رنز)."""
    concepts = [counted_concepts(text, q, lang) for q in quantities]
    for k in range(len(quantities) - 2, -1, -1):
        q, nxt = quantities[k], quantities[k + 1]
        gap = _LIST_GAP.fullmatch(text, q.span.end, nxt.span.start)
        if (not concepts[k] and concepts[k + 1] and q.kind is QuantityKind.COUNT and nxt.kind is QuantityKind.COUNT
                and ((gap is not None and all(_name_word(w) for w in gap.group(1).split()))
                     or _SCORE_DASH.fullmatch(text, q.span.end, nxt.span.start))):
            concepts[k] = concepts[k + 1]  # and a score's first number counts what its second does (6-0 گول)
        elif (not concepts[k] and concepts[k + 1] and q.kind is QuantityKind.COUNT and q.value < nxt.value
                and _RANGE_GAP.fullmatch(text, q.span.end, nxt.span.start)):
            concepts[k] = concepts[k + 1]  # three or four days: both ends count days
    return tuple(concepts)


def related_concepts(a: frozenset[str], b: frozenset[str]) -> bool:
    """Some concept of `a` is one of `b`, or the broader or narrower term of one (match, Test)."""
    broader = _table()[2]
    return any(x == y or (x, y) in broader or (y, x) in broader for x in a for y in b)


def narrower_or_same(a: frozenset[str], b: frozenset[str]) -> bool:
    """Some concept of `a` is one of `b` or a narrower term of one (an ODI is a match)."""
    broader = _table()[2]
    return any(x == y or (y, x) in broader for x in a for y in b)


def mentions(text: str, concepts: frozenset[str]) -> int:
    """How many times an Urdu text writes a noun of these concepts, or of a broader or narrower
    one (صحافی, صحافیوں for journalist): each mention may name one of them."""
    urdu = _table()[1]
    return sum(1 for w in _UR_WORD.findall(text)
               if (c := urdu.get(fold_token(w))) is not None and related_concepts(frozenset((c,)), concepts))
