"""Capitals that stand for their governments: `Washington` for the United States, `Beijing`
for China, as English desks write them; and the country a demonym names (`French` → France,
`Dutch` → Netherlands), which stem rules cannot find. Capitals, demonyms and countries come
from the `countryinfo` package (MIT), read once on first use."""

from __future__ import annotations

from functools import cache

__all__ = ["countries_of_capital", "country_of_demonym"]


def _key(name: str) -> str:
    return name.lower().replace("d.c.", "").replace(".", "").strip()


@cache
def _capitals() -> dict[str, tuple[str, ...]]:
    from countryinfo import all_countries  # ~0.15 s: only when a capital is not in an article

    out: dict[str, list[str]] = {}
    for country in all_countries():
        try:
            capital, name = country.capital(), country.name()
        except (KeyError, AttributeError, ValueError):
            continue
        for city in capital if isinstance(capital, list) else [capital]:  # some list several
            if isinstance(city, str) and city and name:
                out.setdefault(_key(city), []).append(name)
    return {k: tuple(v) for k, v in out.items()}


def countries_of_capital(name: str) -> tuple[str, ...]:
    """The countries whose capital `name` is (`Washington D.C.`, `Washington` → United States)."""
    return _capitals().get(_key(name), ())


@cache
def _demonyms() -> dict[str, str]:
    from countryinfo import all_countries

    out: dict[str, str] = {}
    for country in all_countries():
        try:
            demonym, name = country.demonym(), country.name()
        except (KeyError, AttributeError, ValueError):
            continue
        if isinstance(demonym, str) and demonym and isinstance(name, str) and name:
            out.setdefault(demonym.lower(), name)  # the first country keeps a shared demonym
    return out


def country_of_demonym(word: str) -> str | None:
    """The country an English demonym names (`French` → France, `Filipino` → Philippines)."""
    return _demonyms().get(word.lower().strip())
