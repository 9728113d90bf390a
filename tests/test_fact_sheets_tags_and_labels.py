"""Layouts of dev 39: Markdown tables, Urdu fact sheets of labelled lines, threads with hashtags;
and numbered labels (barrack No. 2, وارڈ نمبر ۳). Texts are the team's own."""

from __future__ import annotations

import pytest

from tests.claim_helpers import flags, flags_of

ARTICLE = ("ہرارے ۔ 14 مارچ (اے پی پی) آسٹریلیا اور زمبابوے کی کرکٹ ٹیموں کے درمیان منگل کی شب کھیلا گیا میچ"
           " بارش کے باعث روک دیا گیا۔ ریاست راجستھان میں ڈاکٹروں کے خلاف مقدمہ درج ہوا۔ قیدیوں کو بیرک نمبر ۲"
           " میں رکھا گیا۔ آسٹریلوی کپتان نے کہا کہ ان کے ون ڈے میں پانچ سنچریاں ہیں۔")


def test_a_tag_of_words_run_together_is_no_claim() -> None:
    post = "۱/ ہرارے میں میچ بارش سے رک گیا 🔴 #AUSvZIM #TeamAustralia"
    assert flags(ARTICLE, post, "ur") == []


@pytest.mark.parametrize(("brief", "found"), [
    ("تاریخ: منگل کی شب", []),
    ("تاریخ: پیر کی شب", [("پیر", "error")]),  # a night of a weekday is the weekday
    ("ادارے: آسٹریلوی کرکٹ ٹیم؛ زمبابوے کرکٹ ٹیم", []),  # the sides, not the board زمبابوے کرکٹ
    ("مقام: ریاست راجستھان، بھارت", [("بھارت", "warning")]),  # the country of a state it names
    ("راجستھان میں جنین کشی کا مقدمہ", []),  # feticide, not Jenin
    ("شائقین کی ملی جلی رائے سامنے آئی", []),  # an opinion, not Rai
])
def test_an_urdu_fact_sheet_reads_its_labelled_lines(brief: str, found: list[tuple[str, str]]) -> None:
    assert flags(ARTICLE, brief, "ur") == found


@pytest.mark.parametrize(("brief", "found"), [
    ("| Figures | 5 ODI hundreds |", []),
    ("The captain has more ODI hundreds than anyone.", []),  # centuries, not a count of hundreds
    ('| Quote | "Denuclearisation is a must." |', []),  # an abstract noun, however rare
    ("Prisoners were held in barrack No. 2.", []),
    ("Prisoners were held in barrack No. 3.", [("No. 3", "error")]),
])
def test_an_english_fact_sheet_claims_what_it_states(brief: str, found: list[tuple[str, str]]) -> None:
    assert flags(ARTICLE, brief) == found


def test_a_numbered_label_in_urdu_must_be_the_articles() -> None:
    assert flags_of("number", ARTICLE, "قیدی بیرک نمبر ۲ میں تھے۔", "ur") == []
    assert flags_of("number", ARTICLE, "قیدی بیرک نمبر ۳ میں تھے۔", "ur") == [("نمبر ۳", "error")]


def test_a_name_with_an_everyday_last_word_is_read_whole() -> None:
    article = "لاہور (جنگ نیوز) ایک گلوکار نے کہا کہ وہ اگلے ماہ نیا البم جاری کریں گے۔"
    assert flags_of("name", article, "The singer told Jang News he would release an album.") == []
    assert flags_of("name", article, "The singer told Jang he would release an album.") == [("Jang", "error")]  # war
