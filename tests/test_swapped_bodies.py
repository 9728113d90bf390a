"""A body swapped for another in an English brief: a person's body after "of", a body's name
before the place it is in, a ministry named by its portfolio, and an abbreviation's full stop
that is no sentence's end. Articles and briefs written by the team."""

from __future__ import annotations

import pytest

from summarizer.names.english_spans import english_name_spans
from summarizer.validators import check_grounding

_BOARD = ("لاہور (اے پی پی) پاکستان کرکٹ بورڈ کے اجلاس میں اسلام آباد ریجن کے شکیل شیخ، نیشنل بنک کے ممبر "
          "اقبال قاسم، یونائٹڈ بنک سے منصور مسعود خان شریک ہوئے۔")
_BLAST = ("ڈیرہ اسماعیل خان میں دھماکے کے زخمیوں کو سول ہسپتال ڈیرہ منتقل کر دیا گیا جہاں تین کی حالت "
          "تشویشناک ہے۔")
_IRAN = "امریکی محکمۂ خارجہ نے کہا ہے کہ ایران خطے کے امن کے لیے خطرہ ہے۔"


def _name_errors(article: str, brief: str) -> list[str]:
    return [f.claim.text for f in check_grounding(article, brief, "en")
            if f.kind.value == "name" and f.severity == "error"]


@pytest.mark.parametrize(
    ("brief", "wrong"),
    [
        ("The meeting was attended by Iqbal Qasim of National Bank.", None),
        ("The meeting was attended by Iqbal Qasim of Habib Bank.", "Iqbal Qasim of Habib Bank"),
    ],
)
def test_the_body_a_named_person_is_of_must_be_the_articles(brief: str, wrong: str | None) -> None:
    # the person's two words alone once carried the name past the body's missing word (Habib)
    assert _name_errors(_BOARD, brief) == ([wrong] if wrong else [])


@pytest.mark.parametrize(
    ("brief", "wrong"),
    [
        ("The wounded were taken to Civil Hospital Dera.", None),
        ("The wounded were taken to Combined Military Hospital Dera.", "Combined Military Hospital Dera"),
    ],
)
def test_a_bodys_own_words_before_its_place_are_checked(brief: str, wrong: str | None) -> None:
    assert _name_errors(_BLAST, brief) == ([wrong] if wrong else [])


@pytest.mark.parametrize(
    ("brief", "wrong"),
    [
        ("The U.S. State Department said Iran is a threat to peace in the region.", None),
        ("The U.S. Defense Department said Iran is a threat to peace in the region.", "U.S. Defense Department"),
    ],
)
def test_a_ministry_named_by_its_portfolio_needs_that_portfolio_in_the_article(brief: str, wrong: str | None) -> None:
    assert _name_errors(_IRAN, brief) == ([wrong] if wrong else [])


def test_an_abbreviations_full_stop_does_not_open_a_sentence() -> None:
    spans = [s.text for s in english_name_spans("The U.S. Defense Department spoke to Dr. Abdul Qadeer Khan.")]
    assert spans == ["U.S. Defense Department", "Abdul Qadeer Khan"]


def test_a_sentence_after_an_abbreviation_still_opens_on_its_first_word() -> None:
    spans = [s.text for s in english_name_spans("Sanctions were lifted by the U.S. The ministry in Tehran welcomed it.")]
    assert spans == ["U.S.", "Tehran"]


_CABINET = "تھریسا مے کو وزیر داخلہ اور فلپ ہیمنڈ کو وزیر خارجہ کے عہدوں پر برقرار رکھا گیا ہے۔"


@pytest.mark.parametrize(
    ("brief", "wrong"),
    [
        ("Theresa May stays at the Home Office and Philip Hammond at the Foreign Office.", None),
        ("Theresa May stays at the Home Office and Philip Hammond at the Defence Ministry.", "Defence Ministry"),
    ],
)
def test_an_office_named_by_its_portfolio_is_found_by_its_ministers_title(brief: str, wrong: str | None) -> None:
    # the article names each portfolio by its minister (وزیر داخلہ): the desk's Home Office is that one
    assert _name_errors(_CABINET, brief) == ([wrong] if wrong else [])
