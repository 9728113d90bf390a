"""A count an English brief gives for the list it goes on to name is the list's count."""

from __future__ import annotations

from summarizer.validators import check_grounding

_ARTICLE = ("کبڈی کے مقابلوں کے پہلے گروپ میں بھارت، تھائی لینڈ، پاکستان اور بنگلہ دیش کی ٹیمیں ہیں۔ "
            "عالمی بینک نے داسو منصوبے کے لیے 60 کروڑ ڈالر اور سندھ کے آبپاشی منصوبے کے لیے 10 کروڑ ڈالر کی منظوری دی۔")


def _numbers(brief: str) -> list[str]:
    return [f.claim.text for f in check_grounding(_ARTICLE, brief, "en") if f.kind.value == "number"]


def test_a_count_of_the_names_that_follow_it_is_supported() -> None:
    assert _numbers("The first group has four teams: Pakistan, India, Bangladesh and Thailand.") == []


def test_a_count_of_the_items_after_a_colon_is_supported() -> None:
    brief = "The World Bank approved two loans: $600 million for the Dasu project and $100 million for a Sindh water and irrigation scheme."
    assert _numbers(brief) == []


def test_a_count_that_differs_from_its_list_is_still_an_error() -> None:
    assert _numbers("The first group has five teams: Pakistan, India, Bangladesh and Thailand.") == ["five"]
    brief = "The World Bank approved three loans: $600 million for the Dasu project and $100 million for a Sindh scheme."
    assert "three" in _numbers(brief)
