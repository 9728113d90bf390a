"""A body's name of two everyday words (Civil Hospital) is a claim even where it opens a line or
a sentence; where the article names another body, it is flagged. The article text is the team's own."""

from __future__ import annotations

from summarizer.names.english_spans import english_name_spans
from summarizer.validators import check_grounding

_ARTICLE = "نومولود بچے کو لانڈھی کے سوشل سکیورٹی ہسپتال سے ایک برقع پوش خاتون لے گئی۔"


def _names(brief: str) -> dict[str, str]:
    return {f.claim.text: f.severity for f in check_grounding(_ARTICLE, brief, "en") if f.kind.value == "name"}


def test_a_two_word_body_opening_a_labelled_line_is_a_span() -> None:
    assert "Civil Hospital" in [s.text for s in english_name_spans("- **Where:** Civil Hospital, Landhi; the family waits.")]
    assert "Civil Hospital" in [s.text for s in english_name_spans("Civil Hospital doctors said the boy was taken.")]


def test_another_body_than_the_article_names_is_flagged_where_it_opens_the_line() -> None:
    assert _names("A newborn was taken.\n- **Where:** Civil Hospital, Landhi; the family waits.").get("Civil Hospital") == "warning"


def test_the_body_the_article_names_is_not_flagged() -> None:
    assert _names("A newborn was taken.\n- **Where:** Social Security Hospital, Landhi; the family waits.") == {}


def test_an_everyday_word_opening_a_sentence_is_still_no_name() -> None:
    assert [s.text for s in english_name_spans("Police said the boy was taken. Doctors agreed.")] == []
