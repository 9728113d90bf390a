"""Two capitalised words that English prints often only because a famous person bears them
(Miley Cyrus, Katy Perry) are a person's name to find, not a phrase of ordinary words; a phrase
with one common word (World Cup, Gold Medal) is still no name the spelling can check (session
55). Every Urdu sentence here is written by the team."""

from __future__ import annotations

from summarizer.validators import check_grounding

CHART = "فوربز کی فہرست میں گلوکارہ کیٹی پیری پہلے نمبر پر ہیں جبکہ ریحانہ دوسرے نمبر پر ہیں۔"


def _errors(brief: str) -> list[str]:
    return [f.claim.text for f in check_grounding(CHART, brief) if f.severity == "error"]


def test_a_famous_name_of_words_english_knows_is_a_claim() -> None:
    assert "Miley Cyrus" in _errors("Forbes puts Miley Cyrus first and Rihanna second.")


def test_the_article_s_singer_passes() -> None:
    assert _errors("Forbes puts Katy Perry first and Rihanna second.") == []


def test_ordinary_words_capitalised_are_no_name() -> None:
    assert _errors("Forbes puts Katy Perry first, a Gold Medal of a year, and Rihanna second.") == []
