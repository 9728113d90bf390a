"""An Urdu brief's تیسرا before a noun is a rank it claims (تیسری منزل, تیسرے درجے), as its
چوتھا always was; دوسرا and پہلا stay idiom (other, before) unless they rank a known event, and
the Third World, a third party and تیسرے پہر (the afternoon) are no ranks. A floor is ranked
against the article's floors (دوسری منزل), not any three it gives (تین گھنٹے). An English
brief's "third" before a noun is a rank the same way, and the article's تیسرے ہفتے (third week:
ہفتے is also Saturday) ranks its week.

The Urdu here is the team's own, written for these tests.
"""

from __future__ import annotations

from functools import partial

from claim_helpers import flags_of

from summarizer.validators import check_grounding

_FIRE = ("شہر کی ایک پانچ منزلہ عمارت کی دوسری منزل پر آگ لگ گئی جس پر تین گھنٹے میں قابو پایا گیا۔ "
         "آگ سے دوسرے درجے کے جھلسنے والے چار افراد ہسپتال میں ہیں۔")


_numbers = partial(flags_of, "number", lang="ur")
"""(claim, severity) of the number findings on a brief."""


def test_a_third_floor_the_article_does_not_give_is_an_error() -> None:
    assert _numbers(_FIRE, "عمارت کی تیسری منزل پر آگ لگ گئی۔") == [("تیسری", "error")]


def test_the_articles_own_second_floor_passes() -> None:
    assert _numbers(_FIRE, "عمارت کی دوسری منزل پر آگ لگ گئی۔") == []


def test_degrees_of_burns_are_ranks() -> None:
    article = "آگ سے دوسرے درجے کے جھلسنے والے چار افراد ہسپتال میں ہیں۔"
    assert _numbers(article, "آگ سے تیسرے درجے کے جھلسنے والے چار افراد ہسپتال میں ہیں۔") == [("تیسرے", "error")]


def test_third_world_and_the_afternoon_are_no_ranks() -> None:
    assert _numbers(_FIRE, "تیسری دنیا کے شہروں میں ایسے واقعات عام ہیں۔") == []
    assert _numbers(_FIRE, "تیسرے پہر عمارت کی دوسری منزل پر آگ لگی۔") == []


def test_an_english_third_before_a_noun_is_a_rank() -> None:
    numbers = partial(flags_of, "number", _FIRE, lang="en")
    assert numbers("A fire broke out on the third floor of a five-storey building.") == [("third", "error")]
    assert numbers("A fire broke out on the second floor of a five-storey building.") == []
    assert numbers("Such fires are common in Third World cities.") == []


def test_the_third_week_of_a_month_is_the_articles_rank() -> None:
    article = "کمیٹی کی اگلی میٹنگ نومبر کے تیسرے ہفتے میں رکھی گئی ہے۔"
    assert [f for f in check_grounding(article, "The committee will next meet in the third week of November.", "en")
            if f.kind.value == "number"] == []
    assert _numbers(article, "کمیٹی نومبر کے تیسرے ہفتے میں ملے گی۔") == []
