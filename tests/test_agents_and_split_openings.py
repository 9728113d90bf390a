"""Names an Urdu hand writes apart (ہر جوت), the agent before نے without the words before it, and
a brief that completes a surname the article gives alone.

The Urdu here is the team's own, written for these tests."""

from __future__ import annotations

import pytest

from summarizer.names.matching import MATCH_THRESHOLD, match_name, name_index
from summarizer.validators import check_grounding


@pytest.mark.parametrize(
    ("english", "urdu", "span"),
    [
        ("Harjot Singh", "لندن سے آئے وکیل ہر جوت سنگھ عدالت میں پیش ہوئے۔", "ہر جوت سنگھ"),
        ("Herbert Sutcliffe", "انگلینڈ کے ہر برٹ سٹکلف نے یہ ریکارڈ بنایا تھا۔", "ہر برٹ سٹکلف"),
    ],
)
def test_a_name_opened_by_har_written_apart_is_one_name(english: str, urdu: str, span: str) -> None:
    found = match_name(english, urdu)
    assert found.score >= MATCH_THRESHOLD
    assert found.span is not None and found.span.text == span


def test_har_alone_is_still_every() -> None:
    assert match_name("Harpal", "ہر پاکستانی کو ووٹ کا حق ہے۔").score < MATCH_THRESHOLD


def _candidates(urdu: str) -> list[str]:
    return [c.span.text for c in name_index(urdu).candidates()]


def test_the_agent_before_ne_does_not_reach_over_an_everyday_word() -> None:
    assert "ڈراوڈ" in _candidates("بھارتی بلے باز ڈراوڈ نے شاندار سنچری بنائی۔")
    assert not any("بلے" in c for c in _candidates("بھارتی بلے باز ڈراوڈ نے شاندار سنچری بنائی۔"))
    assert _candidates("وکیل نے عدالت کو بتایا۔") == []  # a lawyer is no name


@pytest.mark.parametrize("urdu", ["اللہ بخش لغاری نے عدالت کو بتایا۔", "حافظ سیف اللہ نے عدالت کو بتایا۔"])
def test_arabic_name_parts_stay_in_the_agent(urdu: str) -> None:
    whole = urdu.split(" نے ")[0]
    assert _candidates(urdu)[-1] in (whole, whole.split(" ", 1)[1])
    assert "اللہ" in _candidates(urdu)[-1]


ARTICLE = "آسٹریلوی کپتان کلارک نے کہا کہ ٹیم پوری طرح تیار ہے۔"


def test_a_surname_the_brief_completes_is_a_warning_that_says_so() -> None:
    found = check_grounding(ARTICLE, "Michael Clarke said the team was ready.")
    assert [(f.severity, f.claim.text) for f in found] == [("warning", "Michael Clarke")]
    assert "only the surname" in found[0].message
    assert found[0].nearest is not None and found[0].nearest.text == "کلارک"


def test_another_given_name_where_the_article_gives_the_whole_name_is_still_an_error() -> None:
    article = "آسٹریلوی کپتان مائیکل کلارک نے کہا کہ ٹیم پوری طرح تیار ہے۔"
    found = check_grounding(article, "Shane Clarke said the team was ready.")
    assert [(f.severity, f.claim.text) for f in found] == [("error", "Shane Clarke")]
    assert "only the surname" not in found[0].message


def test_a_name_whose_place_word_is_another_known_place_is_another_name() -> None:
    article = "کراچی ڈولفنز نے فائنل میں شاندار کارکردگی دکھائی۔"
    assert match_name("Karachi Dolphins", article).score >= MATCH_THRESHOLD
    assert match_name("Quetta Dolphins", article).score < MATCH_THRESHOLD
