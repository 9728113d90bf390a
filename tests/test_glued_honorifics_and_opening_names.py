"""A religious honorific run into the name after it (ملاخدائی رحیم), and a sentence that opens
on a given name the dictionary also lists (Salma Khatun). Examples written by the team."""

from __future__ import annotations

import pytest

from summarizer.names.english_spans import english_name_spans
from summarizer.names.matching import MATCH_THRESHOLD, match_name

_ARRESTS = "پولیس کے مطابق حراست میں لیے گئے افراد میں ملاخدائی رحیم بھی شامل ہے۔"


def test_a_name_after_a_glued_honorific_is_found() -> None:
    assert match_name("Khudai Rahim", _ARRESTS).score >= MATCH_THRESHOLD


@pytest.mark.parametrize("place", ["ملائشیا", "ملائیشیا"])
def test_a_word_that_goes_on_after_the_honorifics_letters_is_kept_whole(place: str) -> None:
    # ملا + ئشیا is no split: Malaysia is found as itself
    assert match_name("Malaysia", f"ٹیم {place} میں کھیل رہی ہے۔").score >= MATCH_THRESHOLD


def test_a_sentence_opening_on_a_given_name_keeps_it() -> None:
    spans = [s.text for s in english_name_spans("Nepal were all out for 26. Salma Khatun took three wickets.")]
    assert spans == ["Nepal", "Salma Khatun"]


def test_a_sentence_opening_on_a_dictionary_word_drops_it() -> None:
    spans = [s.text for s in english_name_spans("Nepal were all out for 26. Invitees Rumana Ahmed and others watched.")]
    assert spans == ["Nepal", "Rumana Ahmed"]
