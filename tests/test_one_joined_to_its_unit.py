""""One" hyphened to a unit of time (a one-month ban) states a length, where "one" alone is as
often "a" (a month later): it is a claim the article must give. Not one-day, cricket's format as
often as a length. The Urdu is the team's own."""

from __future__ import annotations

from summarizer.validators import check_grounding

_BAN = "بورڈ نے کھلاڑی پر تین ماہ کی پابندی عائد کر دی اور ایک روزہ سیریز سے باہر کر دیا۔"


def _numbers(brief: str) -> list[str]:
    return [f.claim.text for f in check_grounding(_BAN, brief, "en") if f.kind.value == "number"]


def test_a_one_month_ban_where_the_article_gives_three_months_is_flagged() -> None:
    assert _numbers("The board imposed a one-month ban on the player.") == ["one-month"]
    assert _numbers("The board imposed a three-month ban on the player.") == []


def test_one_alone_and_one_day_stay_unjudged() -> None:
    assert _numbers("A month later the board banned the player.") == []
    assert _numbers("The player was dropped from the one-day series.") == []
