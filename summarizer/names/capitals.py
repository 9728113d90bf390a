"""Capitals that stand for their governments: `Washington` for the United States, `Beijing`
for China, as English desks write them; and the country a demonym names (`French` → France,
`Dutch` → Netherlands), which stem rules cannot find. Capitals, demonyms and countries come
from the `countryinfo` package (MIT), read once on first use."""

from __future__ import annotations

from functools import cache
from typing import Any

__all__ = ["countries_of_capital", "country_of_demonym"]


def _key(name: str) -> str:
    return name.lower().replace("d.c.", "").replace(".", "").strip()


def _field(country: Any, what: str) -> Any:
    try:
        return getattr(country, what)()
    except (KeyError, AttributeError, ValueError):  # countryinfo lacks it for a few countries
        return None


@cache
def _countries() -> tuple[tuple[str, tuple[str, ...], str | None], ...]:
    """(country, its capitals, its demonym) of every country countryinfo knows, read once."""
    from countryinfo import all_countries  # ~0.15 s: only when a name needs it

    out: list[tuple[str, tuple[str, ...], str | None]] = []
    for country in all_countries():
        name, capital, demonym = (_field(country, w) for w in ("name", "capital", "demonym"))
        if not isinstance(name, str) or not name:
            continue
        capitals = tuple(c for c in (capital if isinstance(capital, list) else [capital]) if isinstance(c, str) and c)
        out.append((name, capitals, demonym if isinstance(demonym, str) and demonym else None))
    return tuple(out)


@cache
def _capitals() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for name, capitals, _ in _countries():
        for city in capitals:  # some list several
            out.setdefault(_key(city), []).append(name)
    return {k: tuple(v) for k, v in out.items()}


def countries_of_capital(name: str) -> tuple[str, ...]:
    """The countries whose capital `name` is (`Washington D.C.`, `Washington` → United States)."""
    return _capitals().get(_key(name), ())


@cache
def _demonyms() -> dict[str, str]:
    out: dict[str, str] = {}
    for name, _, demonym in _countries():
        if demonym:
            out.setdefault(demonym.lower(), name)  # the first country keeps a shared demonym
    return out


def country_of_demonym(word: str) -> str | None:
    """The country an English demonym names (`French` → France, `Filipino` → Philippines)."""
    return _demonyms().get(word.lower().strip())
