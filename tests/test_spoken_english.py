"""Everyday English words an Urdu brief writes by their sound are borrowed words, not names
(issue 8: phrasing in both languages). Sentences written by the team."""

from __future__ import annotations

import pytest

from summarizer.names.spoken_english import spoken_english, spoken_english_pair
from tests.claim_helpers import flags


@pytest.mark.parametrize(
    ("urdu", "english"),
    [
        ("ریکروٹمنٹ", "recruitment"),  # -ment, a cluster
        ("سویلینز", "civilians"),  # a y glide written ی, plural s as ز
        ("لوکیشنز", "locations"),  # -tion said sh
        ("ریفیوجیز", "refugees"),  # j said as ج
        ("برادرہڈ", "brotherhood"),  # th said as د
        ("انٹیریئر", "interior"),  # ئ between two vowels
        ("ایکٹیوسٹ", "activist"),
        ("کانفرنس", "conference"),
    ],
)
def test_an_english_word_is_heard_by_its_sound(urdu: str, english: str) -> None:
    assert spoken_english(urdu) == english


def test_one_english_word_written_in_two_is_heard_whole() -> None:
    assert spoken_english_pair("سپوکس", "مین") == "spokesman"
    assert spoken_english_pair("ٹیلی", "ویژن") == "television"


@pytest.mark.parametrize(
    "urdu",
    [
        "عمران",  # ع: only Arabic and Persian words are written with it
        "اوباما",  # a proper noun is never indexed
        "کراچی",
        "براؤن",  # Brown is a name (census), not the colour here
        "ریاض",
    ],
)
def test_names_and_native_words_are_not_heard_as_english(urdu: str) -> None:
    assert spoken_english(urdu) is None


def test_vowels_the_urdu_writes_must_be_said_in_english() -> None:
    # ٹرائبل writes ائی between r and b: tribal says it, terrible does not
    assert spoken_english("ٹرائبل") == "tribal"


SOURCE = (
    "پولیس کے مطابق شہر کے تین علاقوں میں چھاپوں کے دوران بیس مشتبہ افراد گرفتار کیے گئے جبکہ "
    "محکمہ داخلہ کے ترجمان نے کہا کہ عام شہریوں کو کوئی نقصان نہیں پہنچا۔"
)


def test_loan_words_by_sound_in_an_urdu_brief_are_not_names() -> None:
    brief = "پولیس کی ریڈز میں بیس مشتبہ افراد گرفتار ہوئے، انٹیریئر کے سپوکس مین کے مطابق سویلینز محفوظ رہے۔"
    assert [f for f in flags(SOURCE, brief, "ur") if f[1] != "info"] == []


def test_a_name_that_sounds_like_english_words_is_still_a_name() -> None:
    # گریم sounds like an English word, but ہک beside it is no word: a person the article lacks
    brief = "گریم ہک کے مطابق ریڈز میں بیس مشتبہ افراد گرفتار ہوئے۔"
    claimed = [text for text, severity in flags(SOURCE, brief, "ur") if severity != "info"]
    assert any("گریم" in text for text in claimed)


PLACE_SOURCE = "نیویارک کے علاقے روچسٹر میں پولیس نے ایک شخص کو گرفتار کر لیا اور کراچی کنگز کی ٹیم اگلے ہفتے وہاں کھیلے گی۔"


def test_an_english_sounding_word_after_a_place_unit_is_a_place() -> None:
    # بفیلو sounds like buffalo; after علاقے it is a town the article does not name
    brief = "نیویارک کے علاقے بفیلو میں پولیس نے ایک شخص کو گرفتار کر لیا۔"
    assert any("بفیلو" in text for text, severity in flags(PLACE_SOURCE, brief, "ur") if severity != "info")


def test_an_english_sounding_word_beside_a_place_is_part_of_a_name() -> None:
    # بلوز sounds like blues; beside کراچی it is a team the article does not name
    brief = "کراچی بلوز کی ٹیم اگلے ہفتے وہاں کھیلے گی۔"
    assert any("بلوز" in text for text, severity in flags(PLACE_SOURCE, brief, "ur") if severity != "info")
