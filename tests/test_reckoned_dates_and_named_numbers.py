"""Dates a desk reckons from the article (the day of a weekday it names, counted back from its
dateline) are supported; a date its "yesterday" gives is a warning. A number word that is part of a
name (the Group of Eight) is no count; a name the brief defines by its letters (Associated Press of
Pakistan (APP)) is one name; a typist's ساڑھ is ساڑھے. Articles and briefs written by the team."""

from __future__ import annotations

from datetime import date

import pytest

from summarizer.names.english_spans import english_name_spans
from summarizer.numbers.quantities import extract_quantities
from summarizer.source_index import SourceIndex
from summarizer.validators import check_grounding

# 22 September 2014 was a Monday: the article's اتوار is Sunday the 21st
_BLAST = ("ارومچی۔ 22 ستمبر 2014 (اے پی پی) صوبے کے ایک بازار میں اتوار کی شام دو دھماکے ہوئے جن میں "
          "تین افراد ہلاک ہو گئے۔")
_YESTERDAY = SourceIndex("ٹیم نے گزشتہ روز کھیلے گئے میچ میں میزبان ٹیم کو چھ وکٹوں سے ہرا دیا۔", published=date(2014, 9, 14))
_SUMMIT = "بڑے صنعتی ممالک کے سربراہان کا اجلاس ختم ہو گیا۔ اجلاس میں تین قراردادیں منظور ہوئیں۔"


def _numbers(source: SourceIndex | str, brief: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(f.claim.text, f.severity) for f in check_grounding(source, brief, lang)  # type: ignore[arg-type]
            if f.kind.value == "number"]  # fmt: skip


@pytest.mark.parametrize("brief", ["The blasts hit on Sunday 21 Sep 2014.", "The blasts hit on Sunday, September 21.",
                                   "Two blasts went off on September 21 in the market."])
def test_the_day_of_a_weekday_the_article_names_is_reckoned_from_its_dateline(brief: str) -> None:
    assert _numbers(_BLAST, brief) == []


def test_another_day_near_the_dateline_is_still_an_error() -> None:
    assert _numbers(_BLAST, "The blasts hit on 20 Sep 2014.") == [("20 Sep 2014", "error")]


def test_the_urdu_brief_reckons_the_same_day() -> None:
    assert _numbers(_BLAST, "اتوار 21 ستمبر 2014 کو دو دھماکے ہوئے۔", "ur") == []


def test_a_day_the_articles_yesterday_gives_is_a_warning() -> None:
    found = [f for f in check_grounding(_YESTERDAY, "The match was played on 13 September 2014.", "en")
             if f.kind.value == "number"]  # fmt: skip
    assert [(f.claim.text, f.severity) for f in found] == [("13 September 2014", "warning")]
    assert found[0].nearest is not None and found[0].nearest.text == "گزشتہ روز"


def test_a_day_two_days_back_is_not_yesterday() -> None:
    assert _numbers(_YESTERDAY, "The match was played on 12 September 2014.") == [("12 September 2014", "error")]


@pytest.mark.parametrize("brief", ["The Group of Eight summit ended.", "The Group of Eight (G8) leaders met.",
                                   "Leaders of the Group of Seven met."])
def test_a_number_word_in_a_groups_name_is_no_count(brief: str) -> None:
    assert _numbers(_SUMMIT, brief) == []


@pytest.mark.parametrize(("brief", "claim"), [("Deaths of Nine Miners Reported", "Nine"),
                                              ("The summit passed nine resolutions.", "nine")])
def test_a_count_in_a_title_case_headline_is_still_checked(brief: str, claim: str) -> None:
    assert _numbers(_SUMMIT, brief) == [(claim, "error")]


@pytest.mark.parametrize(
    ("text", "names"),
    [("Mumbai, Associated Press of Pakistan (APP), 2 Sep 2014.", ["Mumbai", "Associated Press of Pakistan", "APP"]),
     ("The Inspector General of Police (IGP) said.", ["Police"]),
     ("The State Bank of Pakistan (SBP) said.", ["State Bank of Pakistan", "SBP"])],
)
def test_a_name_the_brief_defines_by_its_letters_is_one_name(text: str, names: list[str]) -> None:
    assert [s.text for s in english_name_spans(text)] == names


def test_a_typists_half_prefix_reads_as_half() -> None:
    found = extract_quantities("صوبے کا حصہ اب ساڑھ بیالیس فی صد ہو گیا ہے", "ur")
    assert [(q.value, q.kind.value) for q in found] == [(42.5, "percent")]
