"""A desk's labels in capitals (WHY IT MATTERS:, DI KHAN BLAST:) hold names only where their words
are names; headline short forms (Pak, Zim, Oz, Lanka, VP, APCs) are the article's countries, offices
and bodies; a bowler's figures (6-48) are the runs and wickets the article gives; Indian Urdu's
date sign (5؍ اکتوبر) writes a date; Hrithik is heard as ریتک. Articles and briefs written by the team."""

from __future__ import annotations

import pytest

from summarizer.names.english_spans import english_name_spans
from summarizer.names.matching import MATCH_THRESHOLD, match_name
from summarizer.numbers.quantities import extract_quantities
from summarizer.validators import check_grounding

_SERIES = ("کراچی: پاکستان نے زمبابوے اور آسٹریلیا کے خلاف سیریز کا اعلان کر دیا۔ سری لنکا کے اسپنر نے 48 رنز دے کر 6 "
           "وکٹیں حاصل کیں اور ٹیم نے سیریز 1-0 سے جیت لی۔ کل جماعتی کانفرنس میں نائب صدر بھی شریک ہوئے۔")


def _findings(source: str, brief: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(f.claim.text, f.severity) for f in check_grounding(source, brief, lang)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "names"),
    [("WHY IT MATTERS: the series starts.", []),
     ("BIG PICTURE: Pak names its squad.", ["Pak"]),
     ("DI KHAN BLAST: five killed.", ["DI KHAN"]),
     ("NAWAZ'S RETURN: the court rules.", ["NAWAZ"]),
     ("NEW YORK, Oct 3 - The talks ended.", ["NEW YORK"]),
     ("US SANCTIONS: the list grows.", ["US"]),
     ("NEXT: the final Test.", ["Test"]),
     ("The APC met in LAHORE today.", ["APC", "LAHORE"])],
)
def test_a_label_in_capitals_keeps_only_its_names(text: str, names: list[str]) -> None:
    assert [s.text for s in english_name_spans(text)] == names


def test_a_place_in_a_label_is_still_checked() -> None:
    assert _findings(_SERIES, "TRIPOLI SERIES: Pak names its squad.") == [("TRIPOLI", "error")]


def test_headline_short_forms_are_the_articles_countries() -> None:
    assert _findings(_SERIES, "Pak to host Zim and Oz; Lanka's spinner starred.") == []
    assert _findings(_SERIES, "Pak to host India.") == [("India", "error")]


def test_a_vice_president_by_initials_is_a_role_and_an_acronym_plural_its_body() -> None:
    assert _findings(_SERIES, "The VP attended the APC. Past APCs achieved little.") == []


@pytest.mark.parametrize(("brief", "wrong"), [("The spinner took 6-48.", []),
                                              ("The spinner took 6-47.", [("47", "error"), ("6-47", "error")])])
def test_bowling_figures_are_the_runs_and_wickets_the_article_gives(brief: str, wrong: list[tuple[str, str]]) -> None:
    assert _findings(_SERIES, brief) == wrong


def test_the_date_sign_of_indian_urdu_writes_a_date() -> None:
    found = extract_quantities("سیریز کا آغاز 5؍ اکتوبر 2014 بروز اتوار ہوگا", "ur")
    assert [(q.span.text, q.unit) for q in found] == [("5؍ اکتوبر 2014", "2014-10-05")]


def test_a_day_range_may_name_its_weekdays() -> None:
    found = extract_quantities("Overnight, Monday 24 to Tuesday 25 November 2014", "en")
    assert [q.unit for q in found] == ["2014-11-24", "2014-11-25"]


def test_a_silent_h_after_the_opening_letter_is_heard_as_written() -> None:
    assert match_name("Hrithik", "بالی وڈ کے اداکار ریتک روشن نے کہا").score >= MATCH_THRESHOLD


def test_an_urdu_name_never_runs_across_a_line_break() -> None:
    source = "راجستھان میں ایک سرکاری ڈاکٹر کو معطل کر دیا گیا۔"
    brief = "عنوان: راجستھان میں سرکاری ڈاکٹر معطل\nخلاصہ: راجستھان میں ایک ڈاکٹر کو معطل کر دیا گیا۔"
    assert _findings(source, brief, "ur") == []
