"""A measure's unit is part of the claim: 12,000 miles is not the article's 12,000 kilometres.
The team's own sentences; the article's measure converted to another unit holds."""

from __future__ import annotations

import pytest

from summarizer.numbers.quantities import extract_quantities
from summarizer.validators import check_grounding

_RANGE = "فوجی حکام کے مطابق نیا میزائل بارہ ہزار کلو میٹر تک مار کر سکتا ہے۔"
_DOSE = "ڈاکٹروں نے مریض کو روزانہ 250 ملی گرام دوا دینے کی ہدایت کی۔"
_PLOT = "عدالت نے 40 کنال زمین واپس کرنے کا حکم دیا اور 60 گز کی دیوار گرا دی گئی۔"


def _numbers(source: str, brief: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(f.claim.text, f.severity) for f in check_grounding(source, brief, lang) if f.kind.value == "number"]


@pytest.mark.parametrize(("brief", "flagged"), [
    ("The new missile can strike targets 12,000 km away.", []),
    ("The new missile can strike targets 12,000 kilometres away.", []),
    ("The new missile can strike targets 12,000 miles away.", [("12,000 miles", "error")]),
    ("The new missile can strike targets 12,000 metres away.", [("12,000 metres", "error")]),
    ("The new missile can strike targets about 7,500 miles away.", []),  # the article's range, converted
    ("The new missile can strike targets 9,000 miles away.", [("9,000 miles", "error")]),
])
def test_a_distance_in_another_unit_is_another_distance(brief: str, flagged: list[tuple[str, str]]) -> None:
    assert _numbers(_RANGE, brief) == flagged


def test_milligrams_and_land_measures_are_read_in_both_languages() -> None:
    assert [(q.value, q.unit) for q in extract_quantities(_DOSE, "ur")] == [(250.0, "mg")]
    assert [(q.value, q.unit) for q in extract_quantities(_PLOT, "ur")] == [(40.0, "kanal"), (60.0, "yard")]
    assert [(q.value, q.unit) for q in extract_quantities("a daily dose of 250mg", "en")] == [(250.0, "mg")]
    assert _numbers(_DOSE, "Doctors prescribed 250mg a day.") == []
    assert _numbers(_DOSE, "Doctors prescribed 250 grams a day.") == [("250 grams", "error")]
    assert _numbers(_PLOT, "The court ordered 40 kanals returned; a 60-yard wall was pulled down.") == []
    assert _numbers(_PLOT, "The court ordered 40 acres returned.") == [("40 acres", "error")]
    assert _numbers(_PLOT, "A wall of 60 metres was pulled down.") == [("60 metres", "error")]


def test_an_urdu_brief_in_another_unit_is_flagged_too() -> None:
    assert _numbers(_RANGE, "نیا میزائل بارہ ہزار میل تک مار کر سکتا ہے۔", "ur") == [("بارہ ہزار میل", "error")]
    assert _numbers(_RANGE, "نیا میزائل بارہ ہزار کلومیٹر تک مار کر سکتا ہے۔", "ur") == []


def test_a_bare_number_still_restates_a_measure() -> None:
    assert _numbers(_RANGE, "Its range is put at 12,000.") == []


def test_a_calibre_is_no_length() -> None:
    source = "پولیس نے ملزم سے ایک نائن ایم ایم پستول اور بارہ گولیاں برآمد کیں۔"
    assert extract_quantities("Police seized a 9mm pistol.", "en") == []
    assert _numbers(source, "Police seized a 9mm pistol and twelve bullets from the suspect.") == []
    assert [(q.value, q.unit) for q in extract_quantities("Rain of 120mm fell overnight.", "en")] == [(120.0, "mm")]


@pytest.mark.parametrize(("source", "brief", "flagged"), [
    ("مظاہرے میں درجنوں افراد زخمی ہوئے۔", "Several dozen people were hurt in the protest.", []),
    ("مظاہرے میں سینکڑوں افراد زخمی ہوئے۔", "A few hundred people were hurt in the protest.", []),
    ("مظاہرے میں ہزاروں افراد شریک ہوئے۔", "Several thousand people joined the protest.", []),
    ("مظاہرے میں سینکڑوں افراد شریک ہوئے۔", "Several thousand people joined the protest.", [("several thousand", "error")]),
])
def test_a_scale_after_several_or_a_few_is_a_vague_plural(source: str, brief: str, flagged: list[tuple[str, str]]) -> None:
    assert [(c.lower(), s) for c, s in _numbers(source, brief)] == flagged
