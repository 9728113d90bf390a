"""English words inside an institution's Urdu name (written in two pieces, or heard by their
sound), one-word names Urdu translates by a phrase, and a listed person's close spelling that is
another person. Examples written by the team."""

from __future__ import annotations

import pytest

from summarizer.names.matching import MATCH_THRESHOLD, match_name
from summarizer.names.romanize import english_spelling


@pytest.mark.parametrize(
    ("urdu", "english"),
    [
        ("پنجاب نیٹ بال ایسوسی ایشن", "Punjab Netball Association"),  # نیٹ بال: one English word in two pieces
        ("لاہور فاؤنڈری ایسوسی ایشن", "Lahore Foundry Association"),  # فاؤنڈری heard by its sound
    ],
)
def test_an_english_word_inside_an_institutions_name(urdu: str, english: str) -> None:
    assert english_spelling(urdu, "organization") == english


def test_a_short_word_of_a_name_is_not_heard_as_an_english_word_by_its_sound() -> None:
    # فینیس has three consonants: finesse by its sound, and a name's own word far more often
    assert "Finesse" not in english_spelling("فینیس اوپرا ہاؤس", "location")


def test_a_close_spelling_from_another_first_letter_is_another_person() -> None:
    # ہینرک کلاسن (Heinrich Klaasen) is listed; لارسن is no spelling of کلاسن
    assert "Klaasen" not in english_spelling("ہینرک لارسن", "person")
    # nor is میرو (two letters shorter) a spelling of میکنرو (John McEnroe)
    assert "McEnroe" not in english_spelling("جان میرو", "person")


def test_a_listed_persons_variant_spelling_is_still_that_person() -> None:
    assert english_spelling("مائک پینس", "person") == "Mike Pence"


def test_a_one_word_name_translated_by_a_phrase_is_found() -> None:
    found = match_name("Commonwealth", "دولت مشترکہ کے وزرائے خارجہ کا اجلاس لندن میں ہوا۔")
    assert found.score >= MATCH_THRESHOLD
    assert found.span is not None and found.span.text == "دولت مشترکہ"


def test_one_word_of_the_phrase_alone_is_no_evidence() -> None:
    assert match_name("Commonwealth", "ان کی دولت میں اضافہ ہوا۔").score < MATCH_THRESHOLD
