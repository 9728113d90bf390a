"""How desks phrase what an article says: a number's size in digits, a film industry, a body by
another of its names, a list a brief gives after its own count, a place run into a person's name,
and words that are names only elsewhere (a film's director, the Karachi area Goli Mar).

The Urdu here is the team's own, written for these tests."""

from __future__ import annotations

import pytest

from summarizer.numbers.quantities import extract_quantities
from summarizer.validators import check_grounding


def _flags(article: str, brief: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(f.severity, f.claim.text) for f in check_grounding(article, brief, lang)]  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["He fell short of the three-figure mark.", "She reached double figures.",
                                  "They offered a six-figure sum.", "Had he reached three figures, he would have led."])
def test_a_number_of_digits_is_no_count(text: str) -> None:
    assert extract_quantities(text, "en") == []


@pytest.mark.parametrize("text", ["Three figures were released.", "The report gave three figures for the loss."])
def test_three_figures_as_a_count_is_still_a_count(text: str) -> None:
    assert [q.value for q in extract_quantities(text, "en")] == [3.0]


def test_a_committee_grounds_a_council() -> None:
    article = "گاؤں میں کمیٹی بیٹھی اور اس نے متفقہ فیصلہ سنایا۔"
    assert _flags(article, "The village council reached a unanimous verdict.") == []


def test_the_hindi_film_industry_is_bollywood() -> None:
    article = "بالی وڈ اداکارہ نے سکولوں کی بہتری کی مہم میں حصہ لیا۔"
    assert _flags(article, "The actress, a face of the Hindi film industry, joined the drive.") == []
    assert _flags(article, "The actress spoke in Hindi at the launch.") == [("error", "Hindi")]


def test_a_film_director_is_a_role_not_a_name() -> None:
    article = "فلم کی کہانی ایک گاؤں کی لڑکی کی ہے جسے نفرت بھری ای میلز ملتی ہیں۔"
    assert _flags(article, "ہدایت کار کے مطابق لڑکی کو نفرت بھری ای میلز ملتی ہیں۔", "ur") == []


def test_shooting_oneself_is_no_place() -> None:
    article = "ایک فوجی نے فائرنگ کی جس سے ایک مزدور ہلاک ہو گیا۔"
    assert _flags(article, "بعد میں فوجی نے خود کو گردن میں گولی مار لی۔", "ur") == []


MEETINGS = "چیئرمین نے کوچ کے علاوہ کپتان انضمام الحق، یوسف یوحنا اور شعیب اختر سے ملاقاتیں کیں۔"


def test_a_count_the_brief_lists_after_yani_is_its_own() -> None:
    brief = "چیئرمین نے کوچ کے علاوہ تین کھلاڑیوں، یعنی کپتان انضمام الحق، یوسف یوحنا اور شعیب اختر سے ملاقاتیں کیں۔"
    assert _flags(MEETINGS, brief, "ur") == []


def test_a_count_its_own_list_does_not_make_is_still_an_error() -> None:
    brief = "چیئرمین نے کوچ کے علاوہ چار کھلاڑیوں، یعنی کپتان انضمام الحق، یوسف یوحنا اور شعیب اختر سے ملاقاتیں کیں۔"
    assert _flags(MEETINGS, brief, "ur") == [("error", "چار")]


SIGNING = "ریگا میں مقیم پاکستانی سفیر خالد میمن نے لٹویا کے ایک سیکرٹری کے ہمراہ معاہدے پر دستخط کیے۔"


def test_a_place_run_into_a_person_is_two_names_each_checked() -> None:
    said = "It was signed by Pakistan's ambassador to {} and the Latvian secretary."
    assert _flags(SIGNING, said.format("Latvia Khalid Memon")) == []
    assert _flags(SIGNING, said.format("Estonia Khalid Memon")) == [("error", "Estonia Khalid Memon")]
    assert _flags(SIGNING, said.format("Latvia Khalid Mehmood")) == [("error", "Latvia Khalid Mehmood")]
