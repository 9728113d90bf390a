"""The dead are not the injured: a brief's count of the killed that the article gives only for
the injured, while it counts the killed with another number, is an error, in English and Urdu
briefs alike (session 56). Every Urdu sentence here is written by the team."""

from __future__ import annotations

import pytest

from summarizer.validators import check_grounding

ARTICLE = "بصرہ میں سڑک کنارے بم دھماکے میں دو برطانوی فوجی ہلاک اور تین زخمی ہو گئے۔ پولیس نے چار مشتبہ افراد کو گرفتار کیا۔"


def _numbers(brief: str, lang: str) -> list[tuple[str, str]]:
    return [(f.severity, f.claim.text) for f in check_grounding(ARTICLE, brief, lang) if f.kind == "number"]


@pytest.mark.parametrize(("brief", "lang", "claim"), [
    ("Three British soldiers were killed by a roadside bomb in Basra.", "en", "Three"),
    ("The bomb in Basra killed three British soldiers.", "en", "three"),
    ("بصرہ میں بم دھماکے میں تین برطانوی فوجی ہلاک ہو گئے۔", "ur", "تین"),
])  # fmt: skip
def test_the_injured_count_given_for_the_dead_is_an_error(brief: str, lang: str, claim: str) -> None:
    assert _numbers(brief, lang) == [("error", claim)]


@pytest.mark.parametrize(("brief", "lang"), [
    ("Two British soldiers were killed and three injured in Basra.", "en"),
    ("Three soldiers were wounded in Basra.", "en"),
    ("Police in Basra arrested four suspects.", "en"),
    ("بصرہ میں دو برطانوی فوجی ہلاک اور تین زخمی ہو گئے۔", "ur"),
])  # fmt: skip
def test_each_count_in_its_own_role_passes(brief: str, lang: str) -> None:
    assert _numbers(brief, lang) == []


def test_an_article_count_of_no_named_role_decides_nothing() -> None:
    article = "دھماکے میں تین افراد ہلاک ہوئے اور پولیس نے تین گاڑیاں تحویل میں لے لیں۔ دو زخمی ہسپتال میں ہیں۔"
    assert [f for f in check_grounding(article, "Two people were killed in the blast.", "en") if f.kind == "number"] != []
    assert [f.claim.text for f in check_grounding(article, "Three people were injured in the blast.", "en")
            if f.kind == "number"] == []  # the article's other three counts vehicles, not a role
