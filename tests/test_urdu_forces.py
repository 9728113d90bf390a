"""A force an Urdu brief names by its Urdu word (پولیس، فوج، بحریہ) must be one the article names,
as for an English brief's `the police`: a swap is a warning, since a desk may name a force the
article only implies (session 55). Every Urdu sentence here is written by the team."""

from __future__ import annotations

from summarizer.validators import check_grounding

ARMY = "نیپال میں فوج کے اہلکاروں نے مظاہرین پر گولی چلائی جس سے تین افراد ہلاک ہو گئے۔"


def _flags(brief: str) -> list[tuple[str, str]]:
    return [(f.severity, f.claim.text) for f in check_grounding(ARMY, brief, "ur")]


def test_police_for_the_article_s_army_is_a_warning() -> None:
    assert _flags("نیپال میں پولیس اہلکاروں نے مظاہرین پر گولی چلائی۔") == [("warning", "پولیس")]


def test_the_article_s_army_passes_in_any_form() -> None:
    assert _flags("نیپال میں فوج نے مظاہرین پر گولی چلائی۔") == []
    assert _flags("نیپال میں فوجی اہلکاروں نے مظاہرین پر گولی چلائی۔") == []


def test_a_force_the_name_check_already_flags_is_flagged_once() -> None:
    assert [text for _, text in _flags("نیپال میں بحریہ نے گولی چلائی۔")] == ["بحریہ"]


def test_a_body_s_head_word_alone_before_the_ergative_is_no_new_name() -> None:
    """بورڈ نے: the board the article named, said again (session 56); a new body's name is a claim."""
    article = "کرکٹ آسٹریلیا نے آل راؤنڈر پر جرمانہ عائد کر دیا ہے کیونکہ انہوں نے ڈریسنگ روم کی کھڑکی توڑی۔"
    assert check_grounding(article, "بورڈ نے آل راؤنڈر پر جرمانہ عائد کر دیا۔", "ur") == []
    assert [f.claim.text for f in check_grounding(article, "ہاکی بورڈ نے آل راؤنڈر پر جرمانہ عائد کر دیا۔", "ur")]
