"""A given name or surname of the desk's names table that the article does not have is a claim
where a name stands (before a postposition or the ergative, beside another such name), even when
Urdu also uses it as a word; in a word's place (after a noun, as the second noun of a pair) it is
none (session 55). Every Urdu sentence here is written by the team."""

from __future__ import annotations

import pytest

from summarizer.names.urdu_claims import urdu_name_claims
from summarizer.validators import check_grounding

FILM = "اداکارہ انوشکا شرما نے کہا کہ نئی فلم کی شوٹنگ اگلے ماہ ممبئی میں شروع ہوگی۔"


def _claimed(brief: str) -> list[str]:
    return [span.text for span, _ in urdu_name_claims(brief, FILM)]


@pytest.mark.parametrize(("brief", "name"), [
    ("انہوں نے کہا کہ کترینہ کے ساتھ نئی فلم کی شوٹنگ اگلے ماہ ہوگی۔", "کترینہ"),
    ("فلم کی شوٹنگ کے بارے میں فرحان زمان نے بتایا۔", "فرحان زمان"),
])
def test_a_desk_name_where_a_name_stands_is_claimed(brief: str, name: str) -> None:
    assert name in _claimed(brief)
    assert any(f.claim.text == name for f in check_grounding(FILM, brief, "ur"))


@pytest.mark.parametrize("brief", [
    "شوٹنگ ممبئی کی کھلی فضا میں ہوگی۔",
    "ٹیم نے شوٹنگ پر اطمینان اور مسرت کا اظہار کیا۔",
    "سکول وین پر اداکار شوٹنگ کے لیے پہنچے۔",
])
def test_the_same_word_in_a_word_s_place_is_none(brief: str) -> None:
    claimed = " ".join(_claimed(brief))
    assert all(word not in claimed for word in ("فضا", "مسرت", "وین"))


def test_the_article_s_own_actress_passes() -> None:
    assert check_grounding(FILM, "انوشکا شرما نے کہا کہ شوٹنگ ممبئی میں ہوگی۔", "ur") == []
