"""A figure stays with its person: a brief's `Broad, who took six wickets` where the article gives
the six to Anderson holds a name and a number the article both has, so the name and number checks
pass it; only who the number belongs to is wrong.

A number the brief gives a person for a deed (the person named just before it, a deed's verb
between: `Broad, who took six`, `Amjad Ali unbeaten on 116`) is looked up in the article's sentences
that state that value. Where none of them names the person, but one names another person (one the
brief names, or one the Urdu name finder reads there), the figure is that person's: a warning.
Where no other person stands beside the number, nothing is judged: the article may give it after a
pronoun (انہوں نے چھ وکٹیں لیں). Small numbers (one, two) and dates are left alone: they recur too
often to belong to anyone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from summarizer.names.gazetteer import lookup_english
from summarizer.names.heard_english import ordinary_english
from summarizer.names.matching import MATCH_THRESHOLD, person_like
from summarizer.schemas import Finding, FindingKind, Quantity, QuantityKind, Span
from summarizer.source_index import SourceIndex

_KINDS = frozenset((QuantityKind.COUNT, QuantityKind.MONEY, QuantityKind.PERCENT, QuantityKind.MEASURE))
_MIN_VALUE = 3
_REACH = 60
"""Characters between a person and the number the brief gives for them (`Amjad Ali unbeaten on 116`)."""


def _person(name: str) -> bool:
    """A name that may be a person's: none the gazetteer lists as a place, a body or a people,
    no acronym, and no dictionary word alone (Test, Outlook)."""
    words = name.split()
    return (not any(e.type != "person" for e in lookup_english(name)) and not name.isupper()
            and not (len(words) == 1 and ordinary_english(name.lower())))


_DID = re.compile(
    r"(?:,?\s+who)?\s+(?:took|made|scored|hit|struck|claimed|picked\s+up|grabbed|bagged|finished\s+with|"
    r"(?:(?:was|were|remained|stayed)\s+)?(?:not\s+out|unbeaten)\s+on|added|contributed|polled|won|secured)"
    r"(?:\s+(?:an?|the|his|her|their|unbeaten|just|only|a\s+further|another))*\s+$")
"""What stands between a person and the figure a brief gives them: `Broad, who took six`,
`Amjad Ali unbeaten on 116`, `Hafeez made 61`."""


def _owner(text: str, q: Quantity, names: Sequence[Span]) -> Span | None:
    """The person whose deed the number counts (`X took six`), named just before it, or None."""
    before = [n for n in names if n.end <= q.span.start and q.span.start - n.end <= _REACH]
    if not before:
        return None
    owner = before[-1]
    if _DID.fullmatch(text, owner.end, q.span.start) is None:
        return None
    return owner if _person(owner.text) and person_like(owner.text.split()) else None


def check_attribution(source: SourceIndex, text: str, numbers: Sequence[Quantity],
                      names: Sequence[Span], field: str | None) -> Iterator[Finding]:  # fmt: skip
    """English briefs: each number the article supports, given to a person the article names,
    must sit in one of the article's sentences that names that person, where any of them names a
    person of the brief at all. `numbers` are the claims the number check passed."""
    people = [n for n in names if _person(n.text) and source.names.match_english(n.text).score >= MATCH_THRESHOLD]
    for q in numbers:
        if q.kind not in _KINDS or q.value < _MIN_VALUE:
            continue
        owner = _owner(text, q, people)
        if owner is None:
            continue
        holding = [(sentence, index) for sentence, index in source.sentence_names
                   if any(s.value == q.value and sentence.start <= s.span.start < sentence.end for s in source.quantities)]
        if not holding or any(index.match_english(owner.text, completed=True).score >= MATCH_THRESHOLD
                              for _, index in holding):
            continue
        surname = owner.text.split()[-1]
        others = [p.text for p in people if p.text.split()[-1] != surname and person_like(p.text.split()) and any(
            index.match_english(p.text, completed=True).score >= MATCH_THRESHOLD for _, index in holding)]
        others += [c.span.text for c in source.names.candidates() if c.type == "person" and any(
            sentence.start <= c.span.start < sentence.end for sentence, _ in holding)]
        if not others:
            continue
        yield Finding(
            kind=FindingKind.NAME, severity="warning", field=field, claim=owner, nearest=None,
            message=(f"The article gives '{q.span.text}' beside {others[0]}, not beside '{owner.text}': "
                     "check whose figure it is."),
        )  # fmt: skip
