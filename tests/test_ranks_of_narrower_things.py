"""A brief's rank of a broad thing is judged against the article's rank of a narrower one.

"The third match of the series" where the article ranks only its fourth ODI (چوتھے ون ڈے میچ)
changes the rank; "the second game" where the article ranks the fourth match is a game the
article does not rank. The Urdu here is the team's own, written for these tests.
"""

from __future__ import annotations

from functools import partial

from claim_helpers import flags_of

from summarizer.names.matching import match_name
from summarizer.validators import check_grounding

_SERIES = ("کپتان نے سیریز کے چوتھے ون ڈے میچ میں شاندار بیٹنگ کی اور 96 رنز بنائے جن میں تین چھکے شامل تھے۔ "
           "ٹیم نے یہ میچ پانچ وکٹوں سے جیت لیا۔")


_numbers = partial(flags_of, "number", lang="en")
"""(claim, severity) of the number findings on a brief."""


def test_a_rank_of_matches_is_judged_against_the_articles_rank_of_an_odi() -> None:
    found = [f for f in check_grounding(_SERIES, "The captain scored 96 in the third match of the series.", "en")
             if f.kind.value == "number"]
    assert [(f.claim.text, f.severity) for f in found] == [("third", "error")]
    assert found[0].nearest is not None and found[0].nearest.text == "چوتھے"


def test_the_articles_own_rank_of_the_odi_passes_as_a_match() -> None:
    assert _numbers(_SERIES, "The captain scored 96 in the fourth match of the series.") == []


def test_a_rank_of_a_narrower_thing_is_not_judged_by_a_broader_rank() -> None:
    # the article's second is an ODI and its fourth a match: the brief's "second game" is no
    # rank the fourth match contradicts
    article = ("سیریز کا چوتھا میچ آج کھیلا جائے گا۔ دوسرے ون ڈے میچ میں ٹیم نے 133 رنز سے کامیابی حاصل کی تھی۔")
    assert _numbers(article, "The side won the second game by 133 runs; the fourth match is today.") == []


def test_a_county_is_found_by_the_place_the_article_names() -> None:
    article = "نیویارک کے علاقے ایری میں برفانی طوفان سے سڑکیں بند ہو گئیں۔"
    assert match_name("Erie County", article).score >= 0.8
    assert match_name("Erie County", "شہر کی سڑکیں برفانی طوفان سے بند ہو گئیں۔").score < 0.8


def test_a_milestone_is_no_rank_in_a_series() -> None:
    # his 100th Test and the 17th Asian Games say nothing of the series' second match
    # (the article's دو counts players, so "second" is judged only as a rank of matches)
    article = ("کپتان کا یہ سوواں ٹیسٹ میچ ہوگا اور شائقین اس کا جشن منائیں گے۔ دو کھلاڑی زخمی ہیں۔ "
               "ٹیم اگلے برس 17 ویں ایشین گیمز میں بھی حصہ لے گی۔")
    assert _numbers(article, "The second match of the series will be the captain's 100th Test.") == []


def test_a_second_where_the_article_ranks_only_a_narrower_first_is_a_warning() -> None:
    article = "سیریز کا پہلا ٹیسٹ ڈرا ہوا، کپتان کا یہ سوواں ٹیسٹ میچ تھا۔ دو کھلاڑی زخمی ہیں۔"
    assert _numbers(article, "The second match of the series starts today.") == [("second", "warning")]
