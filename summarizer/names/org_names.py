"""English for an organisation name Urdu papers translate word by word (`جامعہ پشاور` →
Peshawar University, `قومی کمیشن برائے انسانی حقوق` → National Commission for Human Rights).

Such names have no sound to spell: a desk prints the English institution the words name. Each
word must be one of `name_words.tsv` (read backwards, Urdu → English), a place or demonym of the
gazetteer, or a known name; one of them must be a word of the table, else the name is left to the
romanizer. Urdu puts a Persian-order head first (`محکمہ خزانہ`, `وزارت داخلہ`, `جامعہ پشاور`);
English puts it last (Finance Department, Interior Ministry, Peshawar University), a form desks
print beside "Ministry of X". `برائے` is "for"; the genitive کا/کی/کے joins a name's parts.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from summarizer.lexicon.words import loanwords
from summarizer.names import gazetteer
from summarizer.names.capitals import demonym_of_country
from summarizer.text.normalize import fold_token

__all__ = ["org_words", "translated_org"]

_HEADS = frozenset(fold_token(w) for w in ("محکمہ", "وزارت", "جامعہ", "دفتر", "عدالت", "ادارہ", "ایوان", "درہ",
                                           "حکومت", "افواج"))
"""Heads Urdu writes before what they are of (Persian order); English writes them after it."""
_FOR = fold_token("برائے")
_HOUSE = fold_token("ایوان")
"""A house of a legislature is printed before whom it seats: House of Representatives, of Commons."""
_OF = fold_token("آف")
"""English `of` written as it sounds (بورڈ آف ریونیو): the words around it keep their order."""
_GENITIVE = frozenset(fold_token(w) for w in ("کا", "کی", "کے"))
_AND = fold_token("و")
"""The Persian `and` inside a name (وزارت پیٹرولیم و قدرتی وسائل): desks print the head first
then, "Ministry of Petroleum and Natural Resources", as the parts cannot both go before it."""
_OBLIQUE, _DIRECT = fold_token("ے"), fold_token("ہ")
_DEMONYM_PRINT = {"American": "US", "Saudi Arabian": "Saudi", "West Indian": "West Indies"}
"""Demonyms as a desk prints them inside an organisation's name (US Treasury, not American)."""
_SMALL = frozenset({"of", "for", "and", "the"})
_READ_AS = {fold_token("فضائیہ"): "air force", fold_token("اقوام متحدہ").replace(" ", ""): "UN",
            fold_token("وزیراعظم"): "prime minister's",
            fold_token("اسٹیٹ"): "state", fold_token("سٹیٹ"): "state"}
"""Urdu words read otherwise than the table has them (it lists فضائیہ under air, وزیراعظم under
prime, for names that translate word by word: Prime Minister's Office), and English
words written as they sound that name a kind of place (نیویارک اسٹیٹ: New York State)."""
_KEPT_AS_SOUNDS = frozenset({"party", "league", "movement"})
"""Parties keep their Urdu words as sounds (Awami National Party, Tehreek-e-Insaf): not translated."""


@cache
def _table_forms() -> dict[str, tuple[int, int, str]]:
    """Folded Urdu form (spaces removed) of `name_words.tsv` → (its best place in a row's list,
    that row, the row's English): a form's usual meaning is the row that lists it first."""
    text = resources.files("summarizer.lexicon").joinpath("data", "name_words.tsv").read_text(encoding="utf-8")
    ranked: dict[str, tuple[int, int, str]] = {}
    for row, line in enumerate(text.splitlines()):
        if not line.strip() or line.startswith("#"):
            continue
        english, urdu = line.split("\t")
        for rank, form in enumerate(f.strip() for f in urdu.split("|") if f.strip()):
            key = fold_token(form).replace(" ", "")
            if key not in ranked or (rank, row) < ranked[key][:2]:
                ranked[key] = (rank, row, english.strip())
    return ranked


@cache
def org_words() -> dict[str, str]:
    """Folded Urdu word of an organisation's name (spaces removed) → the English word a desk
    prints for it (`name_words.tsv` read backwards, then loan words: جامعہ University); a form's
    usual meaning (the row that lists it first) wins over a row that lists it later (`عالمی` is
    World before International)."""
    ranked = _table_forms()
    # English words written as sounds: a translated name may keep some (محکمہ امیگریشن →
    # Immigration Department)
    loans = {k: v.lower() for k, v in loanwords().items() if k not in ranked}
    return {k: v[2] for k, v in ranked.items()} | loans | _READ_AS


@cache
def _other_senses() -> frozenset[str]:
    """Forms `name_words.tsv` lists only after a row's usual one (چینی under sugar, after
    شوگر): where the gazetteer reads the word as a people or place (چینی, Chinese), that reading
    is the name's (چینی حکومت is the Chinese government)."""
    return frozenset(key for key, (rank, _, _) in _table_forms().items() if rank > 0)


def _title(words: str) -> str:
    return " ".join(w if w in _SMALL else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
                    for w in words.split())


def _place(words: list[str], whole: bool) -> tuple[str, bool] | None:
    """A place, a demonym, or (two words or more, not the whole name) an organisation inside it."""
    kinds = ("location", "demonym", "organization") if len(words) > 1 and not whole else ("location", "demonym")
    # a one-word spelling of a long English name is a nickname (ڈیفنس for a housing authority)
    found = [e for e in gazetteer.lookup_urdu(" ".join(words))
             if e.type in kinds and len(e.english.split()) <= len(words) + 1
             and not (e.type == "organization" and _names_a_place(e.english))]
    if not found:
        return None
    english = gazetteer.name_written(found[0], " ".join(words))
    return _DEMONYM_PRINT.get(english, english), found[0].type == "organization"


def _names_a_place(english: str) -> bool:
    """An organisation's English holds a place or people (UK Border Force): inside a longer name
    the Urdu words that found it do not say that place (آسٹریلوی بارڈر فورس is Australia's)."""
    return any(gazetteer.names_a_place(w, english=True) for w in english.split())


def _units(words: list[str]) -> list[tuple[str, str, bool]] | None:
    """(folded Urdu, English, translated: a table word or an organisation) per unit, longest
    match first; None when a word is neither a table word nor a place."""
    table = org_words()
    out: list[tuple[str, str, bool]] = []
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            if i + n > len(words):
                continue
            span = words[i:i + n]
            key = "".join(fold_token(w) for w in span)
            if i + n == len(words) and key.endswith(_OBLIQUE) and key[:-1] + _DIRECT in table:
                key = key[:-1] + _DIRECT  # یورپی خلائی ادارے: the name's head declined (ادارہ), not "bodies"
            if key in table and not (key in _other_senses() and _place(span, n == len(words))):
                english = _title(table[key])
                if not (out and out[-1][1].endswith(english)):  # اے آر وائی نیوز: ARY News, not ARY News News
                    out.append((key, english, True))
                break
            found = _place(span, n == len(words))
            if found is not None:
                place, is_org = found
                named = [j for j, unit in enumerate(out) if unit[1]]
                if named and place.startswith(out[named[-1]][1] + " "):  # UN (کی) UN Security Council
                    del out[named[-1]:]
                out.append((key, place, is_org))
                break
        else:
            word = fold_token(words[i])
            if word != _FOR and word != _OF and word != _AND and word not in _GENITIVE:
                return None
            out.append((word, "of" if word == _OF else "and" if word == _AND else "", False))
            n = 1
        i += n
    return out


def _order(units: list[tuple[str, str, bool]]) -> list[str]:
    """English order: a head moves after the words it governs, up to برائے or the end."""
    if not units:
        return []
    for i, (key, _, _) in enumerate(units):
        if key == _FOR:
            return [*_order(units[:i]), "for", *_order(units[i + 1:])]
    if any(key == _OF for key, _, _ in units):
        return [english for _, english, _ in units if english]
    for i, (key, english, _) in enumerate(units):
        if key in _HEADS and i + 1 < len(units):
            if any(k == _AND for k, _, _ in units[i + 1 :]):  # وزارت پیٹرولیم و قدرتی وسائل
                return [*_order(units[:i]), english, "of", *_order(units[i + 1:])]
            governed = _order(units[i + 1:])
            if key == _HOUSE and len(governed) == 1 and governed[0].endswith("s"):
                return [*_order(units[:i]), english, "of", *governed]  # ایوان نمائندگان: House of Representatives
            return [*_order(units[:i]), *governed, english]
    return [english for _, english, _ in units if english]


def translated_org(urdu: str) -> str | None:
    """The English of a translated organisation name of two or more words, or None."""
    words = urdu.split()
    if len(words) < 2:
        return None
    units = _units(words)
    if not units or not any(table for _, _, table in units) or any(
            _KEPT_AS_SOUNDS.intersection(english.lower().split()) for _, english, _ in units):
        return None
    if units[0][0] in (_FOR, _OF) or units[-1][0] in (_FOR, _OF, *_GENITIVE):
        return None
    return " ".join(_order(_countries_as_demonyms(units))) or None


def _countries_as_demonyms(units: list[tuple[str, str, bool]]) -> list[tuple[str, str, bool]]:
    """A country before a genitive is printed as its demonym (ناروے کی وزارت خارجہ → Norwegian
    Foreign Ministry, چین کے مرکزی بینک → Chinese Central Bank), as desks print it."""
    out = list(units)
    for i, (key, english, is_org) in enumerate(units[:-2]):
        if units[i + 1][0] in _GENITIVE and not is_org and english != "Pakistan":  # the desk's own: National Assembly
            demonym = demonym_of_country(english)
            if demonym is not None:
                out[i] = (key, _DEMONYM_PRINT.get(demonym, demonym), is_org)
    return out
