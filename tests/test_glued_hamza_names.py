"""A name ending in hamza run into the next one (ضیاءاصفہانی) is two names. Sentence written by
the team."""

from __future__ import annotations

from summarizer.names.matching import MATCH_THRESHOLD, _split_glued, match_name
from summarizer.text.normalize import fold_token


def test_a_name_ending_in_hamza_run_into_the_next() -> None:
    found = match_name("Mohammad Zia Ispahani", "وزیر اعظم نے محمد ضیاءاصفہانی کو سفیر مقرر کیا۔")
    assert found.score >= MATCH_THRESHOLD


def test_a_word_with_hamza_inside_is_not_split_unless_a_name_ends_there() -> None:
    assert _split_glued(fold_token("ضیاءاصفہانی")) == (fold_token("ضیاء"), fold_token("اصفہانی"))
    assert _split_glued(fold_token("ثناءاللہ")) == (fold_token("ثناءاللہ"),)
