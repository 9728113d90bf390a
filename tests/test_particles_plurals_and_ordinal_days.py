"""Surname particles, names in the plural, Roman Urdu spelt with an English c, the j of ژ,
"a third" as the next of a count, "half-" words, "Nth day" as a span of time, the US dollar
and the feminine plural -ائیں (session 36). Every Urdu sentence here is written by the team."""

from __future__ import annotations

import pytest

from summarizer.names.english_spans import english_name_spans
from summarizer.names.matching import MATCH_THRESHOLD, NameIndex
from summarizer.names.urdu_claims import urdu_name_claims
from summarizer.numbers.quantities import extract_quantities
from summarizer.validators import check_grounding


def _errors(source: str, brief: str, lang: str = "en") -> list[str]:
    return [f.claim.text for f in check_grounding(source, brief, lang) if f.severity == "error"]


def _quantities(text: str) -> list[tuple[str, float, str]]:
    return [(q.span.text, q.value, q.kind.value) for q in extract_quantities(text, "en")]


SCORECARD = "دن کے اختتام پر ڈوپلیسز 69 اور وکٹ کیپر ڈوکوک 27 رنز بنا کر کریز پر موجود تھے۔"


def test_a_lower_case_particle_opens_the_surname_it_stands_before() -> None:
    spans = [s.text for s in english_name_spans("At stumps du Plessis had 69 and de Kock 27; AB de Villiers made 7.")]
    assert spans == ["du Plessis", "de Kock", "AB de Villiers"]


def test_a_surname_urdu_writes_with_its_particle_is_found_with_it() -> None:
    assert _errors(SCORECARD, "At stumps du Plessis was on 69 and de Kock on 27.") == []
    assert _errors(SCORECARD, "At stumps du Plessis was on 69 and van Zyl on 27.") == ["van Zyl"]


KHANS = "امیتابھ بچن نے ٹوئٹر پر بالی ووڈ کے تینوں خانوں کو پیچھے چھوڑ دیا، یہ کام کرنے والوں کا کہنا ہے۔"


def test_a_name_in_the_plural_is_the_urdu_plural_of_the_name() -> None:
    idx = NameIndex(KHANS)
    assert idx.match_english("Khans").score >= MATCH_THRESHOLD
    assert idx.match_english("Kapoors").score < MATCH_THRESHOLD
    # والوں (of those who) is a function word's plural, no name's
    assert idx.match_english("Walls").score < MATCH_THRESHOLD


SHOW = 'امیتابھ بچن ان دنوں ریالٹی شو "کون بنے گا کروڑ پتی" کی میزبانی کر رہے ہیں اور افغان ٹیم نے پہلی بار ون ڈے ورلڈ کپ کھیلا۔'


def test_roman_urdu_keeps_the_hard_c_of_an_english_spelling() -> None:
    idx = NameIndex(SHOW)
    assert idx.match_english("Kaun Banega Crorepati").method == "title"
    assert idx.match_english("Kaun Banega Lakhpati").score < MATCH_THRESHOLD


def test_an_acronym_is_no_roman_urdu_word() -> None:
    # ODI World Cup is not ڈے ورلڈ کپ spelt word for word: the acronym and the rest are found apart
    assert NameIndex(SHOW).match_english("ODI World Cup").method != "title"
    assert _errors(SHOW, "Afghanistan played the ODI World Cup for the first time.") == []


@pytest.mark.parametrize(("urdu", "english", "found"), [
    ("زینگ ژی نے میچ جیت لیا", "Zheng Jie", True),
    ("ژاک شیراک پیرس پہنچے", "Jacques Chirac", True),
    ("آئی سی سی کے ڈویژن پانچ سے", "Division", True),  # a ژ inside a word stays zh
    ("زینگ ژی نے میچ جیت لیا", "Zheng Li", False),
])
def test_an_opening_zh_letter_is_also_the_j_of_french_and_chinese_names(urdu: str, english: str, found: bool) -> None:
    assert (NameIndex(urdu).match_english(english).score >= MATCH_THRESHOLD) is found


@pytest.mark.parametrize(("text", "expected"), [
    ("Two soldiers were killed, a third is missing and a fourth was wounded.",
     [("Two", 2.0, "count"), ("third", 3.0, "ordinal"), ("fourth", 4.0, "ordinal")]),
    ("Two parties backed it. A third were against.", [("Two", 2.0, "count"), ("A third", 1 / 3, "count")]),
    ("a third of the vote", [("a third", 1 / 3, "count")]),
])
def test_a_third_after_a_count_of_two_is_the_next_of_them(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _quantities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The war would not be left half-done.", []),
    ("It was a half-hearted attempt by his half-brother.", []),
    ("a half-hour drive", [("half-hour", 0.5, "duration")]),
    ("Katich made a half-century.", [("half-century", 50.0, "count")]),
    ("half the members", [("half", 0.5, "count")]),
])
def test_half_before_a_hyphen_halves_only_a_unit(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _quantities(text) == expected


TEST_MATCH = "انگلینڈ نے اولڈ ٹریفورڈ ٹیسٹ تیسرے ہی روز اننگز اور 54 رنز سے جیت لیا۔"


def test_what_happened_on_the_nth_day_happened_within_n_days() -> None:
    assert _errors(TEST_MATCH, "England won the Old Trafford Test inside three days.") == []
    assert _errors(TEST_MATCH, "England won the Old Trafford Test inside three weeks.") == ["three weeks"]
    assert _errors(TEST_MATCH, "England won the Old Trafford Test inside four days.") == ["four days"]


MARKET = "انٹربینک مارکیٹ میں ڈالر کی قیمت 5 پیسے کم ہو گئی۔"


def test_the_us_dollar_is_the_dollar_the_article_names() -> None:
    assert _errors(MARKET, "The US dollar fell 5 paisa against the rupee.") == []
    assert _errors(MARKET, "The US economy grew as the dollar fell 5 paisa.") == ["US"]
    assert _errors("روپے کی قیمت گر گئی۔", "The US dollar rose.") == ["US"]


def test_a_feminine_plural_after_a_trade_word_is_no_name() -> None:
    text = "میڈونا اور ریحانہ جیسی بڑی گلوکارائیں اس بار فہرست میں نہیں، اداکاراؤں نے بھی کہا۔"
    assert urdu_name_claims(text, "میڈونا اور ریحانہ") == []
