"""Codes of letters and numbers (H5N1, DF-41) are claims: a brief's code must be the article's.
Urdu articles spell the letters by their names and say the numbers in figures or as the English
words sound, so the code is read to one form on either side. The Urdu here is the team's own."""

from __future__ import annotations

import pytest

from summarizer.numbers.codes import serial_codes
from summarizer.validators import check_grounding

_FLU = "جرمنی کے ایک فارم میں برڈ فلو کے خطرناک وائرس ایچ فائیو این 8 کی تصدیق ہو گئی ہے۔ حکام نے دو سو مرغیاں تلف کر دیں۔"
_BOTH = "ماہرین کے مطابق ایچ فائیو این 8 وائرس ایچ 5 این 1 سے کم خطرناک ہے۔"
_MISSILE = "چین نے ڈی ایف 41 میزائل کا کامیاب تجربہ کیا ہے۔"


def _code_findings(source: str, brief: str, lang: str) -> list[str]:
    return [f.claim.text for f in check_grounding(source, brief, lang) if "code" in f.message]


@pytest.mark.parametrize(("text", "codes"), [
    ("وائرس ایچ فائیو این 8 کی", [("H5N8", "H#N#")]),
    ("وائرس ایچ فائیو این ایٹ کی", [("H5N8", "H#N#")]),
    ("the H1N1 and H5N1 strains", [("H1N1", "H#N#"), ("H5N1", "H#N#")]),
    ("ڈی ایف فورٹی ون میزائل", [("DF41", "DF#")]),
    ("پی کے 303 کی پرواز", [("PK303", "PK#")]),
    ("ٹیم کے 11 کھلاڑی", []),  # one letter's name before a figure is as often a word
    ("جی 20 ممالک", []),
])  # fmt: skip
def test_codes_are_read_to_one_form(text: str, codes: list[tuple[str, str]]) -> None:
    assert [(c.code, c.shape) for c in serial_codes(text)] == codes


def test_another_virus_in_an_english_brief_is_an_error() -> None:
    assert _code_findings(_FLU, "Germany confirmed the H5N1 virus on a farm.", "en") == ["H5N1"]
    assert _code_findings(_FLU, "Germany confirmed the H5N8 virus on a farm.", "en") == []


def test_another_virus_in_an_urdu_brief_is_an_error() -> None:
    assert _code_findings(_FLU, "جرمنی میں ایچ فائیو این ون وائرس کی تصدیق ہوئی۔", "ur") == ["ایچ فائیو این ون"]
    assert _code_findings(_FLU, "جرمنی میں ایچ 5 این 8 وائرس کی تصدیق ہوئی۔", "ur") == []


def test_a_code_the_article_also_names_passes() -> None:
    assert _code_findings(_BOTH, "Experts say H5N8 is less dangerous than H5N1.", "en") == []


def test_a_code_of_a_shape_the_article_never_writes_is_left_to_the_other_checks() -> None:
    assert _code_findings(_MISSILE, "The H5N1 virus was not mentioned.", "en") == []


def test_a_missile_of_another_number_in_an_urdu_brief_is_an_error() -> None:
    assert _code_findings(_MISSILE, "چین نے ڈی ایف 31 میزائل کا تجربہ کیا۔", "ur") == ["ڈی ایف 31"]
    assert _code_findings(_MISSILE, "چین نے ڈی ایف 41 میزائل کا تجربہ کیا۔", "ur") == []
