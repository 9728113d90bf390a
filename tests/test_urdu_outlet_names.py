"""An outlet named in an Urdu brief by a word and its paper's or channel's word (جنگ نیوز،
ہندوستان ٹائمز) is a name the article must give, however everyday the first word; the article's
place and another paper's ٹائمز do not describe it (session 55). Every Urdu sentence here is written by the team."""

from __future__ import annotations

import pytest

from summarizer.validators import check_grounding

ARTICLE = ("ممبئی (وقت نیوز) فلمساز کرن جوہر کے فالورز پانچ ملین ہو گئے۔ ٹائمز آف انڈیا نے لکھا کہ ہندوستان"
           " میں ان کی مقبولیت بڑھی ہے۔ جنگ کی فلم بھی آئی۔")


def _errors(brief: str) -> list[str]:
    return [f.claim.text for f in check_grounding(ARTICLE, brief, "ur") if f.severity == "error"]


@pytest.mark.parametrize(("brief", "outlet"), [
    ("جنگ نیوز کے مطابق کرن جوہر کے فالورز پانچ ملین ہو گئے۔", "جنگ نیوز"),
    ("ہندوستان ٹائمز نے لکھا کہ ان کی مقبولیت بڑھی ہے۔", "ہندوستان ٹائمز"),
])
def test_an_outlet_the_article_does_not_name_is_an_error(brief: str, outlet: str) -> None:
    assert outlet in _errors(brief)


@pytest.mark.parametrize("brief", [
    "وقت نیوز کے مطابق کرن جوہر کے فالورز پانچ ملین ہو گئے۔",
    "ٹائمز آف انڈیا نے لکھا کہ ان کی مقبولیت بڑھی ہے۔",
])
def test_the_article_s_outlets_pass(brief: str) -> None:
    assert _errors(brief) == []
