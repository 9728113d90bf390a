"""`متاثرہ شخص کا نام X ہے`: the words between نام and the copula are a name, though a copula
after a word otherwise makes it a predicate; a planted کینٹ برینٹلی there passed unclaimed
(session 56, dev 45). Every Urdu sentence here is written by the team."""

from __future__ import annotations

from summarizer.names.urdu_claims import urdu_name_claims
from summarizer.validators import check_grounding

ARTICLE = "پولیس نے بتایا کہ گرفتار ہونے والے نوجوان ولیم ہارپر کو پیر کے روز عدالت میں پیش کیا جائے گا۔"


def test_another_name_after_nam_is_an_error() -> None:
    flags = [(f.severity, f.claim.text) for f in check_grounding(ARTICLE, "گرفتار نوجوان کا نام جیمز ہولڈن ہے۔", "ur")]
    assert flags == [("error", "جیمز ہولڈن")]


def test_the_article_s_name_and_everyday_words_after_nam_pass() -> None:
    for brief in ("گرفتار نوجوان کا نام ولیم ہارپر ہے۔", "یہ نام نہاد علاج ہے۔", "اس کا نام بہت مشہور ہے۔"):
        assert urdu_name_claims(brief, ARTICLE) == []
