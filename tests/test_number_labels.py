"""Labels (No. 2, world number one, نمبر دو, سات نمبر ٹرین) name one thing: where the article
labels things, a brief's label must be one of the article's, however often the article uses the
same number for something else. The Urdu here is the team's own."""

from __future__ import annotations

import pytest

from summarizer.numbers.labels import labels
from summarizer.validators import check_grounding

_PARTY = ("پارٹی کے نمبر دو رہنما نے تین شہروں کا دورہ کیا اور کہا کہ تین ماہ میں انتخابات ہوں گے۔"
          " کراچی سے سات نمبر ٹرین چالیس منٹ تاخیر سے روانہ ہوئی۔")
_RANKED = "ٹورنامنٹ میں عالمی نمبر ون کھلاڑی نے پانچ سیٹوں کے بعد میچ جیتا۔ وہ چوتھے نمبر پر موجود کھلاڑی سے ہار گئیں۔"


def _label_flags(source: str, brief: str, lang: str) -> list[str]:
    return [f.claim.text for f in check_grounding(source, brief, lang) if "Use the number it gives" in f.message]


@pytest.mark.parametrize(("text", "values"), [
    ("وارڈ نمبر تین میں", [3]),
    ("سات نمبر ٹرین", [7]),
    ("عالمی نمبر ون", [1]),
    ("نمبر ۲ رہنما", [2]),
    ("چوتھے نمبر پر", []),  # a place in a ranking, said many ways
    ("نمبرز حاصل کیے", []),
    ("the world number one and the No. 2 man", [1, 2]),
    ("a number of people", []),
    ("the number one priority and the group's number two", []),  # idiom as often as a label
])  # fmt: skip
def test_labels_are_read_in_either_script(text: str, values: list[int]) -> None:
    assert [label.value for label in labels(text)] == values


def test_an_english_label_must_be_the_articles_though_the_number_is_there_for_other_things() -> None:
    assert _label_flags(_PARTY, 'The party\'s "No. 2" leader toured three cities.', "en") == []
    assert _label_flags(_PARTY, 'The party\'s "No. 3" leader toured three cities.', "en") == ["No. 3"]
    assert _label_flags(_RANKED, "The world number two won in five sets.", "en") == ["world number two"]
    assert _label_flags(_RANKED, "The world number one won in five sets.", "en") == []


def test_an_urdu_label_must_be_the_articles() -> None:
    assert _label_flags(_PARTY, "پارٹی کے نمبر تین رہنما نے دورہ کیا۔", "ur") == ["نمبر تین"]
    assert _label_flags(_PARTY, "کراچی سے پانچ نمبر ٹرین تاخیر سے روانہ ہوئی۔", "ur") == ["پانچ نمبر"]
    assert _label_flags(_PARTY, "کراچی سے سات نمبر ٹرین تاخیر سے روانہ ہوئی۔", "ur") == []


def test_a_place_in_a_ranking_is_left_to_the_number_checks() -> None:
    assert _label_flags(_RANKED, "وہ پانچویں نمبر پر موجود کھلاڑی سے ہار گئیں۔", "ur") == []


def test_the_articles_rank_is_a_label_a_brief_may_give() -> None:
    assert [label.value for label in labels("وہ دوسرے نمبر پر آ گئے", ranks=True)] == [2]
    assert _label_flags(_RANKED, "She lost to the world number four.", "en") == []
    assert _label_flags(_RANKED, "She lost to the world number six.", "en") == ["world number six"]
