"""A brief's numbered points are no numbers; a weekday the calendar gives for a date the article
states is supported; the weekday, month or year an article's "yesterday", "next month" or "next
year" names by its dateline is a warning, not an error. Articles and briefs written by the team."""

from __future__ import annotations

from datetime import date

import pytest

from summarizer.source_index import SourceIndex
from summarizer.validators import check_grounding

_MATCH = "پاکستان نے سری لنکا کو پانچ وکٹوں سے شکست دے دی۔ میچ لاہور میں کھیلا گیا۔"
# a Sunday dateline (5 October 2014) for a match played "yesterday"
_WARM_UP = SourceIndex("افغانستان نے گزشتہ روز وارم اپ میچ میں آکلینڈ کو نو وکٹوں سے ہرا دیا۔", published=date(2014, 10, 5))
_NEXT_YEAR = SourceIndex("بورڈ نے کہا کہ کھلاڑی کو آئندہ سال ہونے والے عالمی کپ کے لیے زیر غور لایا جائے گا۔",
                         published=date(2014, 12, 24))
_DATELINE = SourceIndex("اداکار نے سماجی رابطے کی ویب سائٹ پر اپنے مداحوں کا شکریہ ادا کیا۔", published=date(2014, 9, 2))


def _found(source: SourceIndex | str, brief: str, lang: str) -> list[tuple[str, str]]:
    return [(f.claim.text, f.severity) for f in check_grounding(source, brief, lang)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "brief",
    ["1) پاکستان نے سری لنکا کو 5 وکٹوں سے ہرا دیا۔\n2) میچ لاہور میں ہوا۔\n3) اپ ڈیٹ جاری ہے۔",
     "1) پاکستان نے سری لنکا کو 5 وکٹوں سے ہرا دیا۔ 2) میچ لاہور میں ہوا۔"],
)
def test_numbered_points_are_not_numbers(brief: str) -> None:
    assert _found(_MATCH, brief, "ur") == []


def test_a_number_inside_a_numbered_point_is_still_checked() -> None:
    brief = "1) پاکستان نے سری لنکا کو 6 وکٹوں سے ہرا دیا۔\n2) میچ لاہور میں ہوا۔"
    assert _found(_MATCH, brief, "ur") == [("6", "error")]


def test_an_english_numbered_list_is_not_a_count() -> None:
    brief = "1. Pakistan beat Sri Lanka by five wickets.\n2. The match was played in Lahore."
    assert _found(_MATCH, brief, "en") == []


@pytest.mark.parametrize(("weekday", "found"), [("Tuesday", []), ("Wednesday", [("Wednesday", "error")])])
def test_a_weekday_beside_the_dateline_is_read_by_the_calendar(weekday: str, found: list[tuple[str, str]]) -> None:
    # 2 September 2014 was a Tuesday
    assert _found(_DATELINE, f"- Date: 2 Sep 2014 ({weekday}). - The actor thanked his fans.", "en") == found


@pytest.mark.parametrize(("weekday", "found"), [("Saturday", [("Saturday", "warning")]),
                                                ("Friday", [("Friday", "error")])])
def test_the_weekday_of_an_articles_yesterday_is_a_warning(weekday: str, found: list[tuple[str, str]]) -> None:
    brief = f"Afghanistan beat Auckland by nine wickets in a warm-up match on {weekday}."
    assert _found(_WARM_UP, brief, "en") == found


@pytest.mark.parametrize(("year", "found"), [("2015", [("2015", "warning")]), ("2016", [("2016", "error")])])
def test_the_year_of_an_articles_next_year_is_a_warning(year: str, found: list[tuple[str, str]]) -> None:
    assert _found(_NEXT_YEAR, f"The board will consider him for the {year} World Cup.", "en") == found


@pytest.mark.parametrize(("weekday", "found"), [("Tuesday", []), ("Monday", [("Monday", "error")])])
def test_a_weekday_beside_a_day_without_its_year_takes_the_datelines_year(weekday: str, found: list[tuple[str, str]]) -> None:
    assert _found(_DATELINE, f"The actor thanked his fans on {weekday} (September 2).", "en") == found


def test_nz_is_new_zealand() -> None:
    article = "نیوزی لینڈ نے ہاکی میچ میں پاکستان کو تین دو سے ہرا دیا۔"
    assert _found(article, "New Zealand beat Pakistan 3-2, NZ's first win.", "en") == []
    assert _found(article.replace("نیوزی لینڈ", "آسٹریلیا"), "Australia beat Pakistan 3-2, NZ's first win.", "en") == [
        ("NZ", "error")]
