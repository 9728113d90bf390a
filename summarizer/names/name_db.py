"""Spellings a names resource attests for one Urdu name part.

`arabic-name-romanizer` ships a Wikidata-derived table of name parts with their Latin spellings
and how often each was seen. The matcher asks it what a word of the article is called where the
desk's own table (`name_parts_en.tsv`) is silent: شاکر is Shakir, so a brief's Shafiq is another
man's name, not a spelling of the article's. Only the table is read (no model, no guess).
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from rapidfuzz import fuzz

__all__ = ["attested_spellings", "spelt_apart"]

_MIN_SEEN = 3
"""A spelling seen fewer times than this is noise of the table (پانی as Pannie, seen twice)."""


@cache
def _index() -> Any | None:
    try:
        from arabic_name_romanizer.api import default_resources_dir
        from arabic_name_romanizer.lookup import NameIndex
    except ImportError:  # optional at run time: no attested spellings
        return None
    path = default_resources_dir() / "names.sqlite3"
    return NameIndex(path) if path.exists() else None


@lru_cache(maxsize=65536)
def attested_spellings(urdu: str) -> tuple[str, ...]:
    """Lower-case Latin spellings the table gives this Urdu word as a Pakistani name part, most
    seen first; empty where it gives none seen often enough (or the package is absent)."""
    index = _index()
    if index is None:
        return ()
    from arabic_name_romanizer.normalize import lookup_key

    variants = index.lookup_unit(lookup_key(urdu), country="PK", script="persian")
    return tuple(v.latin.lower() for v in variants if v.count >= _MIN_SEEN)


_SAME_NAME_SPELT = 75.0
"""Ratio at which a brief's word is one of the spellings the table gives for the article's."""


def spelt_apart(english: str, urdu: str) -> bool:
    """The table knows the Urdu word as a name part and spells it nowhere near `english` (شاکر
    is Shakir: Shafiq is another man's name, however alike their letters)."""
    seen = attested_spellings(urdu)
    return bool(seen) and all(fuzz.ratio(english.lower(), s) < _SAME_NAME_SPELT for s in seen)
