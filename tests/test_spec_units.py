"""A figure glued to a specification's unit (the 64GB model) is a number of the claim, as it is
when written apart (64 GB); a model code (4G, 737MAX) is not. The Urdu is the team's own."""

from __future__ import annotations

from summarizer.numbers.quantities import extract_quantities
from summarizer.validators import check_grounding

_PHONES = "نئے فون کا سولہ جی بی والا ماڈل 549 ڈالر اور 64 جی بی والا ماڈل 709 ڈالر میں ملے گا۔"


def test_a_figure_glued_to_its_unit_is_read() -> None:
    assert [q.value for q in extract_quantities("the 32GB model and a 12MP camera", "en")] == [32, 12]
    assert extract_quantities("a 4G network and the 737MAX", "en") == []


def test_a_glued_figure_is_checked_against_the_article() -> None:
    def numbers(brief: str) -> list[str]:
        return [f.claim.text for f in check_grounding(_PHONES, brief, "en") if f.kind.value == "number"]

    assert numbers("The 64GB model costs $709 and the 16GB one $549.") == []
    assert numbers("The 32GB model costs $709.") == ["32"]
