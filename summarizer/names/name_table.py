"""Whether a word is a name part that people are recorded with, by the Wikidata-derived names
table `arabic-name-romanizer` ships (MIT; about 15k Arabic-script given names and surnames seen
at least twice). A word the table does not hold may still be a name (foreign names are mostly
not in it); a word it holds is one (عمران, ندیم, سمیع), whatever else it means.

Keys are the table's own normalised form (its `lookup_key`: Arabic ي and ك for Urdu ی and ک, hamza
forms folded), so an Urdu spelling finds its row. Loaded once on first use (about 0.1 s).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import cache

__all__ = ["recorded_name_part"]

_MIN_COUNT = 2
"""Rows seen once are mostly noise (وردی as the surname Ouardi)."""


@cache
def _table() -> tuple[frozenset[str], Callable[[str], str]] | None:
    try:
        from importlib.resources import as_file, files

        from arabic_name_romanizer.normalize import lookup_key
    except ImportError:  # optional at run time, like the romanizer itself
        return None
    with as_file(files("arabic_name_romanizer") / "resources" / "names.sqlite3") as path:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = con.execute(
                "SELECT arabic_key FROM units GROUP BY arabic_key HAVING SUM(count) >= ?", (_MIN_COUNT,)
            ).fetchall()
        finally:
            con.close()
    return frozenset(k for (k,) in rows), lookup_key


def recorded_name_part(word: str) -> bool | None:
    """True when the names table records `word` as a given name or surname, False when it does
    not, None when the table is not installed (nothing can be said)."""
    table = _table()
    if table is None:
        return None
    keys, lookup_key = table
    return lookup_key(word) in keys
