"""A batsman out for nought, as Urdu cricket reports say it: he could not open his account.

The Urdu here is the team's own, written for these tests.
"""

from __future__ import annotations

from summarizer.source_index import SourceIndex
from summarizer.validators import check_grounding

_MATCH = "کراچی کے خلاف میچ میں لاہور کے چار بیٹسمینوں کو کھاتہ تک کھولنا نصیب نہیں ہوا۔"


def _numbers(article: str, brief: str, lang: str = "ur") -> list[str]:
    return [f.claim.text for f in check_grounding(article, brief, lang) if f.kind.value == "number"]


def test_the_ways_urdu_says_no_account_opened_are_a_zero() -> None:
    for article in (_MATCH, "اوپنر کھاتہ بھی نہ کھول سکے۔", "کپتان بغیر کھاتہ کھولے آؤٹ ہو گئے۔"):
        assert [q.value for q in SourceIndex(article).quantities if q.value == 0] == [0], article


def test_a_brief_that_writes_the_ducks_as_zero_is_supported() -> None:
    assert _numbers(_MATCH, "میچ میں لاہور کے 4 بیٹسمین صفر پر آؤٹ ہوئے۔") == []


def test_an_account_opened_is_no_zero() -> None:
    assert SourceIndex("بینک نے نیا کھاتہ کھولا۔").quantities == ()
    assert _numbers("بینک نے کسان کا کھاتہ کھولا۔", "بینک نے صفر کھاتے کھولے۔") == ["صفر"]
