"""Dates and ranks against the source: an article's date given apart from its text (agency
metadata, a page's date) is part of what a brief may cite, like a dateline; a bare year is
supported by a full date of that year; a rank is not supported by half of a score."""

from __future__ import annotations

import datetime

import pytest

from summarizer.errors import InputError
from summarizer.source_index import SourceIndex
from summarizer.validators import check_grounding

ARTICLE = "کراچی میں میچ کھیلا گیا جس میں پاکستان نے سری لنکا کو ہرا دیا۔"


def _flags(source: str | SourceIndex, brief: str, lang: str = "en") -> list[str]:
    return [f.claim.text for f in check_grounding(source, brief, lang)]  # type: ignore[arg-type]


def test_a_published_date_supports_the_briefs_dateline() -> None:
    index = SourceIndex(ARTICLE, published=datetime.date(2014, 10, 17))
    assert _flags(index, "KARACHI, October 17, 2014: Pakistan beat Sri Lanka.") == []
    assert _flags(index, "Pakistan beat Sri Lanka in 2014.") == []
    assert _flags(index, "کراچی: 17 اکتوبر 2014 کو پاکستان نے سری لنکا کو ہرا دیا۔", "ur") == []
    # another day or year is still an error
    assert _flags(index, "KARACHI, October 18, 2014: Pakistan beat Sri Lanka.") == ["October 18, 2014"]
    assert _flags(index, "Pakistan beat Sri Lanka in 2013.") == ["2013"]
    # without the date the year is not in the article
    assert _flags(ARTICLE, "Pakistan beat Sri Lanka in 2014.") == ["2014"]
    # the article itself is kept apart from what the checks read
    assert index.article == ARTICLE and index.text.startswith(ARTICLE) and index.text != ARTICLE


def test_published_must_be_a_date() -> None:
    with pytest.raises(InputError, match=r"published must be a datetime\.date"):
        SourceIndex(ARTICLE, published="2014-10-17")  # type: ignore[arg-type]


def test_a_bare_year_is_supported_by_a_full_date_of_that_year() -> None:
    source = "کراچی میں 17 اکتوبر 2014 کو میچ کھیلا گیا۔"
    assert _flags(source, "The match was played in 2014.") == []
    assert _flags(source, "The match was played in 2015.") == ["2015"]


def test_counter_newsdate_is_read_as_the_published_date() -> None:
    from summarizer.corpora import corpora_dir
    from summarizer.evals.grounding_quality import counter_date

    corpora = corpora_dir()
    if corpora is None or not (corpora / "counter" / "0001.xml").exists():
        pytest.skip("corpora absent: set SUMMARIZER_CORPORA or place them at ../shared/corpora")
    assert counter_date(corpora / "counter" / "0001.xml") == datetime.date(2014, 12, 1)


def test_a_rank_is_no_half_of_a_score() -> None:
    source = "فائنل میں ترکمانستان نے 25-16 سے کامیابی حاصل کی اور ٹیم سترہویں نمبر پر رہی۔"
    assert _flags(source, "ٹیم سترہویں نمبر پر رہی۔", "ur") == []
    assert _flags(source, "ٹیم سولہویں نمبر پر رہی۔", "ur") == ["سولہویں"]
    # the score's numbers still support a count
    assert _flags(source, "Turkmenistan won 25-16.") == []


def test_the_cli_takes_the_articles_date(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from summarizer.cli import app

    article = tmp_path / "story.txt"
    article.write_text("لاہور ۔ 13 اکتوبر (اے پی پی) ٹیم کے اعلان میں سلیکٹرز نے تاخیر کر دی ہے۔\n", encoding="utf-8")
    brief = tmp_path / "brief.txt"
    brief.write_text("LAHORE, October 13, 2014: The selectors delayed the squad.\n", encoding="utf-8")
    runner = CliRunner()
    without = runner.invoke(app, ["check", str(article), str(brief)])
    assert without.exit_code == 1 and "October 13, 2014" in without.output
    given = runner.invoke(app, ["check", str(article), str(brief), "--published", "2014-10-13"])
    assert given.exit_code == 0, given.output
    other_year = runner.invoke(app, ["check", str(article), str(brief), "--published", "2013-10-13"])
    assert other_year.exit_code == 1
    bad = runner.invoke(app, ["check", str(article), str(brief), "--published", "13.10.14"])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output
