"""شام is Syria or the evening: where it stands as a country does (شام میں، شام کے حالات، عراق اور
شام) it is a place the article must name; after a word that times the day (اتوار کی شام، آج شام)
or before a clock time it is the evening (session 55). Every Urdu sentence here is written by
the team."""

from __future__ import annotations

import pytest

from summarizer.validators import check_grounding

ARTICLE = "فرانس نے روس کو جہاز دینے سے انکار کر دیا۔ وزیر خارجہ نے کہا کہ یوکرین کے حالات کی وجہ سے یہ ممکن نہیں۔"


def _errors(brief: str) -> list[str]:
    return [f.claim.text for f in check_grounding(ARTICLE, brief, "ur") if f.severity == "error"]


@pytest.mark.parametrize("brief", [
    "وزیر خارجہ نے کہا کہ شام کے حالات کی وجہ سے یہ ممکن نہیں۔",
    "فرانس شام میں کس حد تک جائے گا؟",
    "فرانس نے روس اور شام کو جہاز دینے سے انکار کیا۔",
])
def test_syria_the_article_does_not_name_is_an_error(brief: str) -> None:
    assert "شام" in _errors(brief)


@pytest.mark.parametrize("brief", [
    "وزیر خارجہ نے اتوار کی شام کہا کہ یوکرین کے حالات کی وجہ سے یہ ممکن نہیں۔",
    "وزیر خارجہ نے آج شام کہا کہ یوکرین کے حالات کی وجہ سے یہ ممکن نہیں۔",
    "وزیر خارجہ نے شام سات بجے کہا کہ یوکرین کے حالات کی وجہ سے یہ ممکن نہیں۔",
])
def test_the_evening_is_no_place(brief: str) -> None:
    assert "شام" not in _errors(brief)


def test_syria_the_article_names_passes() -> None:
    article = "فرانس نے کہا کہ شام کے حالات کی وجہ سے روس کو جہاز دینا ممکن نہیں۔"
    assert check_grounding(article, "فرانس نے کہا کہ شام کے حالات کی وجہ سے یہ ممکن نہیں۔", "ur") == []
