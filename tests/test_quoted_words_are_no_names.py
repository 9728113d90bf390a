"""A word inside a quoted phrase of the article is no use of it as a name.

A short quotation may be a title (a film's, a book's), so its words count as names however
everyday they are; but only the quotation's opening words or most of it, as a title is heard.
خطرے (danger) in the middle of ’ناپید ہونے کے خطرے سے دوچار‘ does not ground "Kotri", which
sounds like it. The Urdu here is the team's own, written for these tests.
"""

from __future__ import annotations

from functools import partial

from claim_helpers import flags_of

from summarizer.source_index import SourceIndex

_names = partial(flags_of, "name", lang="en")
"""(claim, severity) of the name findings on an English brief."""

_DOLPHINS = ("دریائے سندھ کی ڈولفن کے بارے میں ماہرین نے اپنی رپورٹ میں اسے ’ناپید ہونے کے خطرے سے دوچار‘ "
             "جانور قرار دیا ہے۔ گڈو بیراج کے قریب ان کی تعداد بڑھی ہے۔")


def test_a_word_inside_a_quoted_phrase_grounds_no_name() -> None:
    assert SourceIndex(_DOLPHINS).names.match_english("Kotri").score < 0.8
    assert _names(_DOLPHINS, "Near the Kotri barrage their numbers have grown.") == [("Kotri", "error")]
    assert _names(_DOLPHINS, "Near the Guddu barrage their numbers have grown.") == []


def test_a_quoted_title_is_still_heard_from_its_opening_word() -> None:
    article = "شاعر نے اپنی خود نوشت ’یادوں کی بارات‘ میں ایک قصہ لکھا ہے۔"
    assert _names(article, "The poet tells a story in his memoir 'Yadon ki Barat'.") == []
    assert SourceIndex(article).names.match_english("Yadon").score >= 0.8
