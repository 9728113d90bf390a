"""Casualty counts keep their role: the dead are not the injured.

A brief that says three soldiers were killed where the article writes دو فوجی ہلاک اور تین زخمی
holds a number the article gives, so the number check passes it; only what the number counts is
wrong. The role of a count is read from the words of its own clause: after it (`60 were injured`,
دو فوجی ہلاک, تین زخمی), or, in English, the verb before it (`killed 65 people`, `injuring 120`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from summarizer.numbers.quantities import is_vague
from summarizer.schemas import Finding, FindingKind, Lang, Quantity, QuantityKind
from summarizer.source_index import SourceIndex
from summarizer.text.normalize import LETTERS, fold_token

_EN_ROLE = {
    "dead": ("killed", "dead", "died", "die", "deaths", "death", "lives", "perished", "slain", "shot dead"),
    "injured": ("injured", "wounded", "hurt", "injuries", "injuring", "wounding"),
}
_EN_BEFORE = {"dead": ("killed", "killing", "claimed"), "injured": ("injured", "injuring", "wounded", "wounding")}
_EN_VERB_BEFORE = re.compile(
    r"\b([a-z]+)\s+(?:(?:at\s+least|about|some|nearly|almost|more\s+than|up\s+to|over|around)\s+)?$", re.I)
"""The verb right before a count (`killed 65`, `injuring at least 120`), no punctuation between."""
_EN_CLAUSE_END = re.compile(r"[,;.:!?()\n]|\band\b|\bwhile\b|\bwhereas\b|\bbut\b")
_EN_AFTER_WORDS = 7
_UR_ROLE = {
    "dead": ("ہلاک", "جاں", "جانبحق", "مارے", "ماری", "جان", "جانیں", "لاشیں", "ہلاکتیں", "ہلاکتوں", "قتل", "شہید"),
    "injured": ("زخمی", "مجروح"),
}
_UR_STOP = frozenset(fold_token(w) for w in ("اور", "جبکہ", "جب", "لیکن", "مگر", "کہ", "تاہم"))
_UR_AFTER_WORDS = 5
_UR_ROLE_OF = {fold_token(w): role for role, words in _UR_ROLE.items() for w in words}
_KINDS = (QuantityKind.COUNT,)


def _english_role(text: str, q: Quantity) -> str | None:
    after = text[q.span.end : q.span.end + 80]
    end = _EN_CLAUSE_END.search(after)
    words = re.findall(r"[a-z]+", (after[: end.start()] if end else after).lower())[:_EN_AFTER_WORDS]
    joined = " ".join(words)
    roles = {role for role, forms in _EN_ROLE.items() if any(re.search(rf"\b{f}\b", joined) for f in forms)}
    if not roles and (verb := _EN_VERB_BEFORE.search(text[max(0, q.span.start - 40) : q.span.start])) is not None:
        roles = {role for role, verbs in _EN_BEFORE.items() if verb.group(1).lower() in verbs}
    return roles.pop() if len(roles) == 1 else None


def _urdu_role(text: str, q: Quantity) -> str | None:
    roles: set[str] = set()
    for n, w in enumerate(LETTERS.finditer(text, q.span.end)):
        tok = fold_token(w.group())
        if n >= _UR_AFTER_WORDS or tok in _UR_STOP or re.search(r"[،۔,.;؛:\d۰-۹]", text[q.span.end : w.start()]):
            break  # (a clause ends, or another number begins another count)
        role = _UR_ROLE_OF.get(tok) or next(  # ہلاکاور: a role word run into the next
            (r for form, r in _UR_ROLE_OF.items() if len(form) >= 3 and tok.startswith(form)), None)
        if role is not None:
            roles.add(role)
            break
    return roles.pop() if len(roles) == 1 else None


def casualty_role(text: str, q: Quantity, lang: Lang) -> str | None:
    """"dead" or "injured" for a count of either, read from its own clause; else None."""
    return _english_role(text, q) if lang == "en" else _urdu_role(text, q)


def _counts(quantities: Iterable[Quantity]) -> list[Quantity]:
    return [q for q in quantities if q.kind in _KINDS and not is_vague(q) and q.value >= 1]


def check_casualties(source: SourceIndex, text: str, lang: Lang, claims: list[Quantity],
                     field: str | None) -> Iterator[Finding]:  # fmt: skip
    """A count of the dead or the injured that the article gives only for the other, while it
    counts this one with another number: an error. Judged only where the article names the role
    of every count of that value, so an unread clause never makes a finding."""
    article: list[tuple[Quantity, str | None]] | None = None  # read once, when a claim has a role
    for claim in _counts(claims):
        role = casualty_role(text, claim, lang)
        if role is None:
            continue
        if article is None:
            article = [(q, casualty_role(source.text, q, "ur")) for q in _counts(source.quantities)]
        roles = [r for q, r in article if q.value == claim.value]
        if not roles or None in roles or role in roles:
            continue
        other = next((q for q, r in article if q.value != claim.value and r == role), None)
        if other is None:
            continue
        yield Finding(kind=FindingKind.NUMBER, severity="error", field=field, claim=claim.span, nearest=other.span,
                      message=(f"'{claim.span.text}' counts the {role} here, but the article gives this number for "
                               f"the {roles[0]}; it gives '{other.span.text}' for the {role}. State the number the "
                               "article gives."))
