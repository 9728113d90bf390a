"""Places in an Urdu sentence where a name stands, so that a name there which the article lacks is
a claim to check even when its words are also everyday words. Sentences written by the team."""

from __future__ import annotations

from summarizer import check_grounding

SOURCE = (
    "سائبر سکیورٹی کمپنی کے اہلکار جان سمتھ کے مطابق حملہ روس سے کیا گیا۔ "
    "آسٹریلوی بیٹسمین فلپ ہیوز کی موت کے بعد میچ ملتوی کر دیا گیا۔"
)


def _flagged(brief: str, name: str) -> bool:
    start = brief.index(name)
    return any(f.claim.start < start + len(name) and f.claim.end > start for f in check_grounding(SOURCE, brief, "ur"))


def test_a_name_before_according_to_is_checked() -> None:
    brief = "کمپنی کے اہلکار کیون ہیلی کے مطابق حملہ روس سے کیا گیا۔"
    assert _flagged(brief, "کیون ہیلی")


def test_the_articles_name_before_according_to_holds() -> None:
    brief = "کمپنی کے اہلکار جان سمتھ کے مطابق حملہ روس سے کیا گیا۔"
    assert not check_grounding(SOURCE, brief, "ur")


def test_a_given_name_that_is_also_a_word_after_a_players_role_is_checked() -> None:
    brief = "آسٹریلوی بیٹسمین شان ایبٹ کی موت کے بعد میچ ملتوی کر دیا گیا۔"
    assert _flagged(brief, "شان ایبٹ")


def test_an_everyday_word_before_according_to_is_no_name() -> None:
    brief = "سائبر سکیورٹی کمپنی کی رپورٹ کے مطابق حملہ روس سے کیا گیا۔"
    assert not any(f.kind.value == "name" for f in check_grounding(SOURCE, brief, "ur"))
