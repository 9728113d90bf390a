"""Names an Urdu brief swaps in that read as everyday or English words: an outlet after جریدہ or
اخبار, who a report was told to, a court or assembly of another place, and a known body whose
words the article uses apart. Articles and briefs written by the team."""

from __future__ import annotations

import pytest

from summarizer.names.urdu_claims import urdu_name_claims
from summarizer.validators import check_grounding

_OCEANS = "سائنسی جریدہ سائنس میں شائع ہونے والی تحقیق کے مطابق سمندروں کا درجہ حرارت تیزی سے بڑھ رہا ہے۔"
_BABY = "فائر بریگیڈ کے ایک اہلکار نے اخبار سٹار ٹریبیون کو بتایا کہ بچہ گیارہویں منزل سے گرا مگر زندہ ہے۔"
_COURT = ("اسلام آباد میں ایک سرکاری افسر کے قتل کی تحقیقات پنجاب ہائی کورٹ کے جج کی نگرانی میں ہوئیں۔ "
          "پولیس نے چار افراد کو گرفتار کر لیا۔")
_UN = "جنرل راحیل نے کہا کہ اقوام متحدہ کی سلامتی کونسل کشمیر پر اپنی قراردادوں پر عمل کرائے۔"


def _flagged(article: str, brief: str) -> dict[str, str]:
    return {f.claim.text: f.severity for f in check_grounding(article, brief, "ur") if f.kind.value == "name"}


@pytest.mark.parametrize(
    ("brief", "flagged"),
    [
        ("یہ تحقیق جریدہ سائنس میں شائع ہوئی۔", {}),
        ("یہ تحقیق جریدہ نیچر میں شائع ہوئی۔", {"نیچر": "warning"}),
    ],
)
def test_an_outlets_name_after_jareeda_is_a_name(brief: str, flagged: dict[str, str]) -> None:
    # نیچر sounds like the English word nature: after جریدہ it names a journal (a warning: the
    # article writes جریدہ, and a brief's new word after it may yet be a paraphrase)
    assert _flagged(_OCEANS, brief) == flagged


def test_who_a_report_was_told_to_is_a_names_slot() -> None:
    brief = "ایک اہلکار نے پائنیئر پریس کو بتایا کہ بچہ زندہ ہے۔"
    assert [c.text for c, _ in urdu_name_claims(brief, _BABY)] == ["پائنیئر"]


def test_told_to_an_everyday_listener_claims_nothing() -> None:
    assert urdu_name_claims("ایک اہلکار نے ایک رپورٹر کو بتایا کہ بچہ زندہ ہے۔", _BABY) == []


@pytest.mark.parametrize(
    ("brief", "flagged"),
    [
        ("تحقیقات پنجاب ہائی کورٹ کے جج کی نگرانی میں ہوئیں۔", {}),
        ("تحقیقات اسلام آباد ہائی کورٹ کے جج کی نگرانی میں ہوئیں۔", {"اسلام آباد ہائی کورٹ": "error"}),
    ],
)
def test_a_court_of_another_place_is_another_court(brief: str, flagged: dict[str, str]) -> None:
    # the article names اسلام آباد and a ہائی کورٹ, but the court is Punjab's
    assert _flagged(_COURT, brief) == flagged


def test_a_known_body_of_words_the_article_uses_apart_stays_an_error() -> None:
    # جنرل (a general's rank) is in the article; جنرل اسمبلی, a known body, is not. With اسمبلی an
    # institution's tail, the phrase is also read as everyday words before a tail (a warning)
    assert _flagged(_UN, "جنرل اسمبلی نے کشمیر پر قرارداد منظور کی۔") == {"جنرل اسمبلی": "error"}


def test_prize_money_is_no_place() -> None:
    # منی is also Mina, near Makkah; in پرائز منی it is the English word money
    article = "سکواش فیڈریشن کی چیمپئن شپ کے مقابلے آج سے شروع ہو گئے۔"
    assert _flagged(article, "سکواش فیڈریشن کی 25 ہزار ڈالر پرائز منی والی چیمپئن شپ شروع ہو گئی۔") == {}
