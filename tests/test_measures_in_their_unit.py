"""A measure's loose agreement (rounding, "about") holds only with a number in the same unit where
the article gives that unit to other numbers: 2,000 MW is not its year 2012 rounded when its
megawatts are 2500. The Urdu is the team's own."""

from __future__ import annotations

from summarizer.validators import check_grounding

_PLANT = "منصوبے کا آغاز 2012 میں ہوا تھا اور اس سے 2500 میگا واٹ بجلی پیدا ہوگی۔ دھماکہ شہر سے 4 کلومیٹر دور ہوا جس میں نو افراد ہلاک ہوئے۔"


def _numbers(brief: str) -> list[str]:
    return [f.claim.text for f in check_grounding(_PLANT, brief, "en") if f.kind.value == "number"]


def test_a_measure_near_a_number_of_another_thing_is_flagged() -> None:
    assert _numbers("The plant will produce 2,000MW.") == ["2,000MW"]
    assert _numbers("The blast was about 10 km from the city.") == ["10 km"]


def test_the_articles_own_measures_pass() -> None:
    assert _numbers("The plant, begun in 2012, will produce 2,500MW.") == []
    assert _numbers("The blast was 4 km from the city and killed nine people.") == []
