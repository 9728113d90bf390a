"""A person's name after a two-word role (بلے باز, batsman; فلم ساز, film-maker), written apart or
as one word, is a claim like a name after a one-word role (بیٹسمین) (session 55). Every Urdu
sentence here is written by the team."""

from __future__ import annotations

import pytest

from summarizer.names.urdu_claims import urdu_name_claims
from summarizer.validators import check_grounding

MATCH = "پاکستان کی ٹیم نے میچ جیت لیا۔ کپتان نے کہا کہ ٹیم نے اچھا کھیل پیش کیا۔"


def _claimed(brief: str) -> list[str]:
    return [span.text for span, _ in urdu_name_claims(brief, MATCH)]


@pytest.mark.parametrize("role", ["بلے باز", "بلےباز", "فلم ساز", "فلمساز", "بیٹسمین"])
def test_a_name_after_a_role_is_claimed(role: str) -> None:
    brief = f"میچ کے بعد {role} شان ایبٹ نے کہا کہ ٹیم نے اچھا کھیل پیش کیا۔"
    assert "شان ایبٹ" in _claimed(brief)
    assert any(f.claim.text == "شان ایبٹ" for f in check_grounding(MATCH, brief, "ur"))


def test_the_role_alone_is_no_claim() -> None:
    assert _claimed("میچ کے بعد بلے باز نے کہا کہ ٹیم نے اچھا کھیل پیش کیا۔") == []


def test_the_named_player_the_article_gives_passes() -> None:
    article = "میچ میں بلے باز شان ایبٹ نے سنچری بنائی اور پاکستان کی ٹیم جیت گئی۔"
    assert check_grounding(article, "بلے باز شان ایبٹ نے سنچری بنائی۔", "ur") == []
