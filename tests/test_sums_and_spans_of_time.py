"""Numbers a desk reckons from the article: a span of time in another unit, and a total of two
counts of one thing. Texts are the team's own."""

from __future__ import annotations

import pytest

from tests.claim_helpers import flags_of

STAY = ("اداکار نے کہا کہ وہ ڈیڑھ برس تک اس شہر میں رہ چکے ہیں۔ ان کی فلم کے پوسٹر ڈیڑھ ماہ پہلے جلائے گئے تھے"
        " اور سات ہفتے بعد نئی فلم آئے گی۔")


def test_an_exact_conversion_is_shown_for_checking_not_passed() -> None:
    # "18 months" may restate ڈیڑھ برس, or be a wrong ڈیڑھ ماہ: a warning, never an error
    assert flags_of("number", STAY, "He said he had lived in the city for 18 months.") == [("18 months", "warning")]


@pytest.mark.parametrize(("brief", "wrong"), [
    ("He said he had lived in the city for 18 months.", []),  # ڈیڑھ برس, though ڈیڑھ ماہ is there too (a warning)
    # ڈیڑھ ماہ is near six weeks, but the article gives weeks (سات ہفتے): a near conversion is no support
    ("His posters were burnt six weeks earlier.", [("six weeks", "error")]),
    ("He said he had lived in the city for 20 months.", [("20 months", "error")]),
    ("His new film comes out in eight weeks.", [("eight weeks", "error")]),  # سات ہفتے, not دو ماہ
])
def test_a_span_of_time_may_be_given_exactly_in_another_unit(brief: str, wrong: list[tuple[str, str]]) -> None:
    assert [f for f in flags_of("number", STAY, brief) if f[1] == "error"] == wrong


RAIDS = ("پولیس کے مطابق پہلے چھاپے میں چار شدت پسند مارے گئے اور ایک اہلکار زخمی ہوا۔ دوسرے علاقے میں"
         " دو شدت پسند مارے گئے جبکہ تین فرار ہو گئے۔")


@pytest.mark.parametrize(("brief", "found"), [
    ("Police killed six militants in two raids.", [("six", "warning")]),  # four and two: a sum to check
    ("Police killed nine militants in two raids.", [("nine", "error")]),
    ("Police killed six soldiers in two raids.", [("six", "error")]),  # the four and two are militants
])
def test_a_total_of_two_counts_of_one_thing_is_a_warning(brief: str, found: list[tuple[str, str]]) -> None:
    assert flags_of("number", RAIDS, brief) == found


def test_coaches_of_a_train_are_counted() -> None:
    fire = "ٹرین کی تین بوگیوں میں آگ لگ گئی اور دو گھنٹے میں اس پر قابو پا لیا گیا۔"
    assert flags_of("number", fire, "Fire spread through four coaches before it was put out in two hours.") == [
        ("four", "error")]
    assert flags_of("number", fire, "Fire spread through three coaches.") == []
