"""An Urdu brief's collective numeral (تینوں، چاروں: all three, all four) is a count it claims.

The brief's دونوں (both) is left alone, and so is a collective that counts a list the brief has
just given. In the article, every collective (دونوں too) grounds a count, as before, but not
inside another word (بیچاروں, the poor ones, holds no چاروں). The Urdu here is the team's own,
written for these tests.
"""

from __future__ import annotations

from functools import partial

from claim_helpers import flags_of

from summarizer.numbers.collectives import collective_counts

_MISSING = "پولیس کے مطابق لاپتہ خاتون کے تین بچے بھی اس کے ساتھ تھے۔ ان کی تلاش جاری ہے۔"


_numbers = partial(flags_of, "number", lang="ur")
"""(claim, severity) of the number findings on a brief."""


def test_a_changed_collective_is_an_error() -> None:
    assert _numbers(_MISSING, "خاتون کے چاروں بچے بھی اس کے ساتھ تھے۔") == [("چاروں", "error")]


def test_the_articles_count_grounds_the_collective() -> None:
    assert _numbers(_MISSING, "خاتون کے تینوں بچے بھی اس کے ساتھ تھے۔") == []


def test_both_is_no_claim() -> None:
    assert _numbers(_MISSING, "پولیس اور اہل خانہ دونوں تلاش میں ہیں۔") == []


def test_a_collective_of_the_briefs_own_list_is_no_claim() -> None:
    article = "صدر نے جرمنی، فرانس اور روس کے رہنماؤں سے ٹیلی فون پر بات کی۔"
    brief = "صدر نے جرمنی، فرانس اور روس کے رہنماؤں سے بات کی۔ ان تینوں ملکوں نے جنگ بندی پر زور دیا۔"
    assert _numbers(article, brief) == []
    wrong = "صدر نے جرمنی، فرانس اور روس کے رہنماؤں سے بات کی۔ ان چاروں ملکوں نے جنگ بندی پر زور دیا۔"
    assert _numbers(article, wrong) == [("چاروں", "error")]


def test_collectives_are_read_as_whole_words_only() -> None:
    assert [(q.span.text, q.value) for q in collective_counts("ان بیچاروں کے دونوں بیٹے اور تینوں بیٹیاں")] == [
        ("دونوں", 2), ("تینوں", 3)]
    assert [q.span.text for q in collective_counts("دونوں اور چاروں", with_both=False)] == ["چاروں"]


def test_a_collective_inside_another_word_grounds_nothing() -> None:
    article = "سیلاب کے بعد ان بیچاروں کا کوئی پرسان حال نہیں، امدادی کیمپ خالی پڑے ہیں۔"
    assert _numbers(article, "سیلاب کے بعد 4 امدادی کیمپ خالی پڑے ہیں۔") == [("4", "error")]
