"""A plural scale word after a dateline, a year or a sentence's last number is a vague quantity
of its own ("2014: Hundreds of Palestinians"), not a scale of that number, and is checked.

The Urdu here is the team's own, written for these tests.
"""

from __future__ import annotations

import pytest

from summarizer.numbers.quantities import extract_quantities
from summarizer.validators import check_grounding


@pytest.mark.parametrize("text, vague", [
    ("JERUSALEM, September 9, 2014: Hundreds of Palestinians threw stones.", "Hundreds"),
    ("Nov 25 - Thousands of people marched in Lahore.", "Thousands"),
    ("In 2014 hundreds of people died in the floods.", "hundreds"),
    ("In 2014, hundreds of people died in the floods.", "hundreds"),
    ("The toll rose to 12. Dozens more were hurt.", "Dozens"),
])
def test_the_scale_word_is_read_after_another_number(text: str, vague: str) -> None:
    assert vague in [q.span.text for q in extract_quantities(text, "en")]


def test_a_scale_after_its_own_number_is_still_no_vague_quantity() -> None:
    assert [q.span.text for q in extract_quantities("There were 5 thousands of them.", "en")] == ["5"]
    assert [q.span.text for q in extract_quantities("twenty thousand people", "en")] == ["twenty thousand"]


_PROTEST = ("مشرقی بیت المقدس میں درجنوں فلسطینیوں نے احتجاج کے دوران اسرائیلی پولیس پر پتھراؤ کیا۔ "
            "پولیس نے ربر کی گولیاں چلائیں۔\n9 ستمبر 2014")


def test_hundreds_after_a_dateline_is_checked_against_the_articles_dozens() -> None:
    found = check_grounding(_PROTEST, "JERUSALEM, September 9, 2014: Hundreds of Palestinians threw stones.", "en")
    assert [(f.claim.text, f.severity) for f in found if f.kind.value == "number"] == [("Hundreds", "error")]
    assert check_grounding(_PROTEST, "JERUSALEM, September 9, 2014: Dozens of Palestinians threw stones.", "en") == []
