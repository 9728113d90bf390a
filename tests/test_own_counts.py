"""A small count the article neither gives nor contradicts is the brief's own count: a warning.

The Urdu here is the team's own, written for these tests.
"""

from __future__ import annotations

from summarizer.validators import check_grounding

_NAMED_ONE_BY_ONE = ("پشاور میں صحافی احمد علی کو اتوار کو نامعلوم افراد نے اغوا کر لیا۔ "
                     "ایک اور صحافی نعیم خان بھی اسی روز لاپتہ ہو گئے۔ پریس کلب نے واقعے کی مذمت کی۔")
_BRIEF = "Two journalists went missing in Peshawar on Sunday, and the press club condemned it."


def _numbers(article: str, brief: str) -> list[tuple[str, str]]:
    return [(f.claim.text, f.severity) for f in check_grounding(article, brief, "en") if f.kind.value == "number"]


def test_a_count_of_people_the_article_names_one_by_one_is_a_warning() -> None:
    found = [f for f in check_grounding(_NAMED_ONE_BY_ONE, _BRIEF, "en") if f.kind.value == "number"]
    assert [(f.claim.text, f.severity) for f in found] == [("Two", "warning")]
    assert "journalist" in found[0].message


def test_a_count_the_article_gives_otherwise_stays_an_error() -> None:
    article = _NAMED_ONE_BY_ONE + " اس ہفتے تین صحافی زخمی بھی ہوئے۔"
    assert _numbers(article, _BRIEF) == [("Two", "error")]


def test_a_count_beside_an_article_count_it_cannot_read_stays_an_error() -> None:
    # the article counts something with a noun the table does not know (مطالبات): it may be the same thing
    article = _NAMED_ONE_BY_ONE + " صحافیوں نے پانچ مطالبات پیش کیے۔"
    assert _numbers(article, _BRIEF) == [("Two", "error")]


def test_a_large_or_unnamed_count_stays_an_error() -> None:
    assert _numbers(_NAMED_ONE_BY_ONE, "Fifteen journalists went missing in Peshawar.") == [("Fifteen", "error")]
    assert _numbers(_NAMED_ONE_BY_ONE, "Two went missing in Peshawar on Sunday.") == [("Two", "error")]


def test_an_urdu_brief_counting_what_the_article_names_is_a_warning_too() -> None:
    found = [(f.claim.text, f.severity) for f in check_grounding(
        _NAMED_ONE_BY_ONE, "اتوار کو پشاور میں دو صحافی لاپتہ ہو گئے۔", "ur") if f.kind.value == "number"]
    assert found == [("دو", "warning")]
    article = _NAMED_ONE_BY_ONE + " اس ہفتے تین صحافی زخمی بھی ہوئے۔"
    assert [(f.claim.text, f.severity) for f in check_grounding(
        article, "اتوار کو پشاور میں دو صحافی لاپتہ ہو گئے۔", "ur") if f.kind.value == "number"] == [("دو", "error")]
