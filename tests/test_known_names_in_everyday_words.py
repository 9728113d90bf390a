"""A known place's spelling variant that lands on an everyday word is not the place (دلی in دل,
heart), while a name part's variant may still be the word the article spells otherwise (گرینڈ
سلیم / گرینڈ سلام) (session 55). Every Urdu sentence here is written by the team."""

from __future__ import annotations

from summarizer.names.matching import MATCH_THRESHOLD, NameIndex
from summarizer.validators import check_grounding

HEART = "اداکار نے کہا کہ وہ جس سے دوستی کرتا ہے دل سے کرتا ہے۔ ممبئی میں فلم کی شوٹنگ جاری ہے۔"


def _errors(source: str, brief: str) -> list[str]:
    return [f.claim.text for f in check_grounding(source, brief, "ur") if f.severity == "error"]


def test_delhi_is_not_heard_in_the_word_for_heart() -> None:
    index = NameIndex(HEART)
    for delhi in ("دلی", "دہلی"):
        assert index.match_urdu(delhi).score < MATCH_THRESHOLD
    assert "دہلی" in _errors(HEART, "دہلی میں فلم کی شوٹنگ جاری ہے۔")


def test_the_place_the_article_names_still_passes() -> None:
    assert _errors(HEART, "ممبئی میں فلم کی شوٹنگ جاری ہے۔") == []
    delhi = "اداکار دلی پہنچ گئے جہاں فلم کی شوٹنگ جاری ہے۔"
    assert NameIndex(delhi).match_urdu("دہلی").score >= MATCH_THRESHOLD


def test_a_name_part_spelt_like_the_article_word_is_still_found() -> None:
    # سلیم is a given name, but not a gazetteer place: the article's سلام in گرینڈ سلام is the
    # same word a brief spells گرینڈ سلیم
    article = "سال کے آخری گرینڈ سلام میں دونوں کھلاڑی آمنے سامنے ہوں گے۔"
    assert NameIndex(article).match_urdu("سلیم").score >= MATCH_THRESHOLD


def test_mexico_and_canada_are_places_not_everyday_words() -> None:
    # میکسیکو and کینیڈا were listed as everyday words: a brief's Mexico for the article's
    # Croatia passed unclaimed
    article = "بارہ جون کو برازیل اور کروئیشیا کی ٹیمیں افتتاحی میچ کھیلیں گی۔"
    assert "میکسیکو" in _errors(article, "بارہ جون کو برازیل اور میکسیکو افتتاحی میچ کھیلیں گے۔")
    assert "کینیڈا" in _errors(article, "بارہ جون کو برازیل اور کینیڈا افتتاحی میچ کھیلیں گے۔")
    assert _errors(article, "بارہ جون کو برازیل اور کروئیشیا افتتاحی میچ کھیلیں گے۔") == []
