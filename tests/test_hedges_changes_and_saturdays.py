"""A price "fell from X to Y" (X سے کم ہو کر Y) states X, not "less than X"; the same hedge on another
number (more than 40 for the article's 50 سے زائد) is a changed number; بروز ہفتہ is Saturday, never
a week; two given names or surnames together spell a person (عالیہ ریاض: Aliya Riaz, not High
Riyadh); an acronym said letter by letter (PTI) is not a word that sounds like it (پتی); a triangular
series (ٹرائنگولر) is a three-nation one. Articles and briefs written by the team."""

from __future__ import annotations

import pytest

from summarizer.names.romanize import english_spelling
from summarizer.numbers.quantities import extract_quantities
from summarizer.text.dates import date_words
from summarizer.validators import check_grounding

_PRICES = "حکومت نے پٹرول کی قیمت 103.62 روپے سے کم ہو کر 94.19 روپے فی لٹر کر دی۔ دھماکوں میں 50 سے زائد افراد زخمی ہوئے۔"


def _numbers(brief: str, lang: str = "ur") -> list[tuple[str, str]]:
    return [(f.claim.text, f.severity) for f in check_grounding(_PRICES, brief, lang)  # type: ignore[arg-type]
            if f.kind.value == "number"]  # fmt: skip


@pytest.mark.parametrize(("text", "qualifiers"), [
    ("قیمت 104.62 سے کم ہو کر 94.19 روپے ہو گئی", ["exact", "exact"]),
    ("شرح 10 فیصد سے کم کر کے آٹھ فیصد کر دی گئی", ["exact", "exact"]),
    ("تعداد 50 سے زیادہ ہو گئی", ["more_than"]),
    ("50 سے زائد افراد زخمی ہوئے", ["more_than"]),
])
def test_a_change_from_a_number_is_no_hedge(text: str, qualifiers: list[str]) -> None:
    assert [q.qualifier for q in extract_quantities(text, "ur")] == qualifiers


def test_the_price_a_change_starts_from_is_checked() -> None:
    assert _numbers("پٹرول 103.62 سے کم ہو کر 94.19 روپے فی لٹر ہو گیا۔") == []
    assert _numbers("پٹرول 104.62 سے کم ہو کر 94.19 روپے فی لٹر ہو گیا۔") == [("104.62", "error")]


def test_the_same_hedge_on_another_number_is_an_error() -> None:
    assert _numbers("دھماکوں میں 50 سے زائد افراد زخمی ہوئے۔") == []
    assert _numbers("دھماکوں میں 40 سے زائد افراد زخمی ہوئے۔") == [("40", "error")]
    assert _numbers("More than 40 people were injured.", "en") == [("40", "error")]


def test_baroz_makes_hafta_saturday() -> None:
    found = date_words("سیریز کا آغاز 5 اکتوبر بروز ہفتہ ہوگا", "ur")
    assert [(d.kind, d.value) for d in found] == [("month", 10), ("weekday", 5)]
    assert [d.kind for d in date_words("گزشتہ ہفتے بارش ہوئی", "ur")] == []


@pytest.mark.parametrize(("urdu", "english"), [("عالیہ ریاض", "Aliya Riaz"), ("رحیم یار خان", "Rahim Yar Khan")])
def test_name_parts_together_spell_a_person(urdu: str, english: str) -> None:
    assert english_spelling(urdu) == english


def test_letters_said_one_by_one_are_not_a_word_that_sounds_like_them() -> None:
    source = 'وہ ٹی وی شو "کون بنے گا کروڑ پتی" کے نئے سیزن کی میزبانی کریں گے۔ امریکی پروگرام پرزم پر تنقید ہوئی۔'
    names = [(f.claim.text, f.severity) for f in check_grounding(source, "He hosts the show, PTI reported.", "en")]
    assert names == [("PTI", "error")]
    assert check_grounding(source, "The US PRISM programme was criticised.", "en") == []


@pytest.mark.parametrize(("brief", "wrong"), [("آسٹریلیا سہ ملکی سیریز کا پہلا میچ کھیلے گا۔", []),
                                              ("آسٹریلیا چار ملکی سیریز کا پہلا میچ کھیلے گا۔", [("چار", "error")])])
def test_a_triangular_series_is_a_three_nation_one(brief: str, wrong: list[tuple[str, str]]) -> None:
    source = "آسٹریلیا ٹرائنگولر سیریز کا افتتاحی میچ ہرارے میں کھیلے گا۔"
    assert [(f.claim.text, f.severity) for f in check_grounding(source, brief, "ur")] == wrong


def test_a_body_of_the_united_states_may_be_written_with_its_letters() -> None:
    from summarizer.names.matching import MATCH_THRESHOLD, NameIndex

    index = NameIndex("امریکی ادارے یو ایس نیول آبزرورٹی کے مطابق چاند گرہن رات کو ہوگا۔")
    assert index.match_english("United States Naval Observatory").score >= MATCH_THRESHOLD
    assert index.match_english("United States Geological Survey").score < MATCH_THRESHOLD


@pytest.mark.parametrize(("urdu", "english"), [("ایم وجے", "M Vijay"), ("اے آر رحمان", "AR Rahman")])
def test_one_initial_before_a_name_is_its_letter(urdu: str, english: str) -> None:
    assert english_spelling(urdu) == english
