"""English names in another common spelling (session 55): a given name the desk's table lists in
another spelling (Shahbaz for Shehbaz) is still that name, so it is not found in the article's
نواز; a known body with its long a written once (Al-Shabab for Al-Shabaab) is still the known
body, found only where the article writes it. Every Urdu sentence here is written by the team."""

from __future__ import annotations

import pytest

from summarizer.names import gazetteer
from summarizer.names.matching import MATCH_THRESHOLD, NameIndex
from summarizer.validators import check_grounding

CUTS = "اسلام آباد: وزیراعظم محمد نواز شریف نے جمعہ کو پٹرول کی قیمت کم کرنے کا اعلان کیا۔"


@pytest.mark.parametrize("name", ["Muhammad Shahbaz Sharif", "Mohammad Shehbaz Sharif"])
def test_another_brother_is_not_found_in_the_article_s_name(name: str) -> None:
    assert NameIndex(CUTS).match_english(name).score < MATCH_THRESHOLD
    brief = f"Prime Minister {name} announced a cut in petrol prices on Friday."
    assert any(f.claim.text.endswith("Sharif") and f.severity == "error" for f in check_grounding(CUTS, brief))


def test_the_article_s_own_name_with_muhammad_passes() -> None:
    brief = "Prime Minister Muhammad Nawaz Sharif announced a cut in petrol prices on Friday."
    assert [f for f in check_grounding(CUTS, brief) if f.severity == "error"] == []


DAWN = "نائیجیریا میں علٰی الصبح ہونے والے حملے میں بوکو حرام کے جنگجو شامل تھے۔"


@pytest.mark.parametrize("name", ["Al-Shabab", "Al-Shabaab"])
def test_a_known_body_spelt_with_one_a_is_not_heard_in_an_everyday_phrase(name: str) -> None:
    assert gazetteer.lookup_english(name)
    assert NameIndex(DAWN).match_english(name).score < MATCH_THRESHOLD
    somalia = "صومالیہ میں الشباب کے جنگجوؤں نے حملہ کیا۔"
    assert NameIndex(somalia).match_english(name).score >= MATCH_THRESHOLD


def test_short_names_keep_their_doubled_a() -> None:
    # PAA is not the Palestinian Authority's PA, nor Sanaa the agency SANA
    assert {e.english for e in gazetteer.lookup_english("PAA")} != {e.english for e in gazetteer.lookup_english("PA")}
    assert gazetteer.english_key("Sanaa") != gazetteer.english_key("SANA")
