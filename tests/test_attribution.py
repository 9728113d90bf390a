"""A figure stays with its person (validators/attribution.py). Every source text here is written
by the team for the test."""

from __future__ import annotations

from claim_helpers import flags

_MATCH = ("میزبان ٹیم نے سات وکٹوں پر 212 رنز بنائے، امجد علی نے ناقابل شکست 116 رنز بنائے۔ "
          "عطا اللہ نے چار وکٹیں حاصل کیں۔ انور علی نے ایک وکٹ لی۔")


def test_a_figure_given_to_another_person_the_article_names_is_flagged() -> None:
    brief = "The hosts made 212 for seven, with Anwar Ali unbeaten on 116. Ataullah took four wickets."
    assert flags(_MATCH, brief) == [("Anwar Ali", "warning")]


def test_the_figure_with_its_own_person_passes() -> None:
    brief = "The hosts made 212 for seven, with Amjad Ali unbeaten on 116. Ataullah took four wickets."
    assert flags(_MATCH, brief) == []


def test_no_one_else_the_brief_names_is_no_judgement() -> None:
    """The article may give the number after a pronoun: with nobody else of the brief's beside it,
    the check says nothing."""
    source = "امجد علی نے شاندار اننگز کھیلی۔ انہوں نے ناقابل شکست 116 رنز بنائے۔ انور علی بھی ٹیم میں تھے۔"
    assert flags(source, "Amjad Ali made an unbeaten 116.") == []
