"""A set's score written with a slash in Urdu (سیٹ 4/6 سے) is a pair of counts, not a fraction.

The Urdu here is the team's own, written for these tests."""

from __future__ import annotations

import pytest

from summarizer.numbers.quantities import extract_quantities
from summarizer.validators import check_grounding

MATCH = (
    "پاکستانی جوڑی نے پہلا سیٹ 4/6 سے اور دوسرا سیٹ 3/6 سے جیتا۔ "
    "تیسرا سیٹ بڑی آسانی سے 1/6 سے جیت لیا۔ ملک کی 2/3 آبادی دیہات میں رہتی ہے۔"
)


def _values(text: str) -> list[float]:
    return [q.value for q in extract_quantities(text, "ur")]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("پہلا سیٹ 4/6 سے جیتا", [1.0, 4.0, 6.0]),  # not in lowest terms: no fraction
        ("سیٹ بڑی آسانی سے 1/6 سے جیت لیا", [1.0, 6.0]),  # a set word four words before
        ("ملک کی 2/3 آبادی", [2 / 3]),  # a fraction stays one
        ("1/2 حصہ", [0.5]),
    ],
)
def test_a_slash_pair_after_a_set_word_or_out_of_lowest_terms_is_two_counts(text: str, values: list[float]) -> None:
    assert _values(text) == pytest.approx(values)


def test_the_sets_as_the_article_scores_them_pass_in_either_order() -> None:
    assert check_grounding(MATCH, "The Pakistani pair won 6-4, 6-3, 6-1.") == []
    assert check_grounding(MATCH, "Two-thirds of the people live in villages.") == []


def test_a_set_score_the_article_does_not_give_is_an_error() -> None:
    found = check_grounding(MATCH, "The Pakistani pair won 6-4, 6-2, 6-1.")
    assert [(f.severity, f.claim.text) for f in found] == [("error", "6-2")]
    assert "6-4" in found[0].message


def test_a_lone_fraction_makes_no_pairs_to_judge_a_score_by() -> None:
    article = "ملک کی 2/3 آبادی دیہات میں رہتی ہے اور 3 دن میں 2 میچ ہوئے۔"
    assert check_grounding(article, "Two-thirds of the people live in villages.") == []
    assert check_grounding(article, "Three-quarters of the people live in villages.")[0].severity == "error"
