"""ذ ض ظ ث as Arabic sounds them (d, d, d, t), as English prints Arab names, besides the z and s
Urdu reads them with (names/matching.py, `_arabic_reading`). The sentences are the team's."""

from __future__ import annotations

import pytest

from summarizer.names.matching import MATCH_THRESHOLD, match_name


@pytest.mark.parametrize(("english", "urdu"), [
    ("Qaddafi", "لیبیا کے سابق رہنما کرنل قذافی کے بیٹے نے بیان جاری کیا۔"),
    ("Muammar Qaddafi", "معمر قذافی چالیس برس سے زیادہ اقتدار میں رہے۔"),
    ("Haitham", "سلطان ہیثم نے نئی کابینہ کا اعلان کیا۔"),
])
def test_an_arab_name_printed_with_d_or_th_is_found(english: str, urdu: str) -> None:
    assert match_name(english, urdu).score >= MATCH_THRESHOLD


@pytest.mark.parametrize(("english", "urdu"), [
    ("Nadir", "پولیس افسر ناظر حسین نے بتایا کہ ملزم فرار ہو گیا۔"),  # ناظر is Nazir to the names resource
    ("Nadim", "صوبائی وزیر ناظم علی نے دورہ کیا۔"),
])
def test_a_pakistani_name_keeps_its_z(english: str, urdu: str) -> None:
    assert match_name(english, urdu).score < MATCH_THRESHOLD
