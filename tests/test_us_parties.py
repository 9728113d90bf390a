"""A US party a brief names (Democratic, the Republicans) must be one the article writes: its word
is everyday English, so the name check never weighed it, and a planted Democratic for the
article's ریپبلکن passed (session 56). Every Urdu sentence here is written by the team."""

from __future__ import annotations

import pytest

from summarizer.validators import check_grounding

REPUBLICAN = "امریکہ میں ریپبلکن امیدوار ڈونلڈ ٹرمپ نے آئیووا میں جلسے سے خطاب کیا۔"
MISSPELT = "امریکہ میں رپبکن پارٹی کے امیدوار ڈونلڈ ٹرمپ نے آئیووا میں جلسے سے خطاب کیا۔"
NO_PARTY = "امریکہ میں صدارتی امیدوار ڈونلڈ ٹرمپ نے آئیووا میں جلسے سے خطاب کیا۔"


def _flags(article: str, brief: str) -> list[tuple[str, str]]:
    return [(f.severity, f.claim.text) for f in check_grounding(article, brief, "en")]


@pytest.mark.parametrize("brief", [
    "Democratic hopeful Donald Trump addressed a rally in Iowa.",
    "Donald Trump, a Democrat, addressed a rally in Iowa.",
    "The Democrats' Donald Trump addressed a rally in Iowa.",
])  # fmt: skip
def test_the_other_party_is_an_error(brief: str) -> None:
    assert [sev for sev, text in _flags(REPUBLICAN, brief) if text.startswith("Democrat")] == ["error"]


def test_the_article_s_party_passes_however_it_is_spelt() -> None:
    brief = "Republican hopeful Donald Trump addressed a rally in Iowa."
    assert _flags(REPUBLICAN, brief) == []
    assert _flags(MISSPELT, brief) == []


def test_a_party_the_article_never_names_is_a_warning() -> None:
    assert _flags(NO_PARTY, "Republican hopeful Donald Trump addressed a rally in Iowa.") == [("warning", "Republican")]


def test_a_longer_name_with_the_word_is_another_name() -> None:
    brief = "Donald Trump addressed a rally in Iowa, as did the Syrian Democratic Forces."
    assert all(text != "Democratic" for _, text in _flags(REPUBLICAN, brief))
