"""A demonym before a news agency the article names describes the agency: `the French news agency
AFP` where the article writes only اے ایف پی, in an English or an Urdu brief (session 56, dev 45).
Only the agency's own demonym (`news_agencies.tsv`): the British news agency AFP is still a claim.
Every Urdu sentence here is written by the team."""

from __future__ import annotations

from summarizer.lexicon.words import news_agency_demonyms
from summarizer.validators import check_grounding

ARTICLE = "اے ایف پی کے مطابق کھلاڑی کا ڈوپ ٹیسٹ مثبت آیا ہے اور اسے تمغہ واپس کرنا ہو گا۔"


def _flags(brief: str, lang: str) -> list[tuple[str, str]]:
    return [(f.severity, f.claim.text) for f in check_grounding(ARTICLE, brief, lang)]


def test_the_table_gives_each_agency_its_people() -> None:
    assert "french" in news_agency_demonyms()["afp"]
    assert "chinese" in news_agency_demonyms()["xinhua"]


def test_the_agency_s_own_demonym_passes() -> None:
    assert _flags("The player failed a dope test, the French news agency AFP reported.", "en") == []
    assert _flags("فرانسیسی خبر رساں ادارے اے ایف پی کے مطابق کھلاڑی کا ڈوپ ٹیسٹ مثبت آیا ہے۔", "ur") == []


def test_another_demonym_or_one_elsewhere_is_still_a_claim() -> None:
    assert _flags("The player failed a dope test, the British news agency AFP reported.", "en") == [("error", "British")]
    assert _flags("The player failed a dope test, French officials said.", "en") == [("error", "French")]
    assert _flags("برطانوی خبر رساں ادارے اے ایف پی کے مطابق کھلاڑی کا ڈوپ ٹیسٹ مثبت آیا ہے۔", "ur") == [
        ("error", "برطانوی")]
