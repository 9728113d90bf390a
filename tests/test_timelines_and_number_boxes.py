"""Layouts of dev 40: timelines and "by the numbers" boxes, whose lines lead with a date or a
figure and often count a list they then give. Texts are the team's own."""

from __future__ import annotations

import pytest

from tests.claim_helpers import flags, flags_of

ARTICLE = ("ایشیا پیسیفک تنظیم کا اجلاس چلی میں ہوا جس میں روس، سعودی عرب اور آئرلینڈ کے وفود شریک تھے۔ سرکاری"
           " ادارے، کاروباری کمپنیاں اور عام شہری اس سافٹ ویئر کا نشانہ بنے۔ تحقیق چھ سال جاری رہی۔"
           " ملزم سیسلی سے لندن منتقل ہوا تھا۔")


@pytest.mark.parametrize(("brief", "found"), [
    ("By the numbers:\n- 3 - countries with the most delegates: Russia, Saudi Arabia and Ireland\n- 6 years - of research",
     []),
    ("By the numbers:\n- 3 - kinds of target: government bodies, businesses and private individuals\n- 6 years - of research",
     []),  # a comma list's items, however ordinary their words
    ("By the numbers:\n- 4 - kinds of target: government bodies, businesses and private individuals\n- 6 years - of research",
     [("4", "error")]),
    ("Timeline:\n- Then: the Asia-Pacific gathering met in Chile.", []),  # ایشیا پیسیفک, spaced in Urdu
])
def test_an_english_box_counts_its_own_lists(brief: str, found: list[tuple[str, str]]) -> None:
    assert flags(ARTICLE, brief) == found


@pytest.mark.parametrize(("brief", "found"), [
    ("اعداد و شمار:\n- ۳ — ممالک (روس، سعودی عرب، آئرلینڈ) کے وفود\n- چھ سال — تحقیق", []),
    ("اعداد و شمار:\n- ۴ — ممالک (روس، سعودی عرب، آئرلینڈ) کے وفود\n- چھ سال — تحقیق", [("۴", "error")]),
])
def test_an_urdu_box_counts_its_own_lists(brief: str, found: list[tuple[str, str]]) -> None:
    assert flags_of("number", ARTICLE, brief, "ur") == found


def test_a_known_place_a_long_vowel_apart_is_a_warning() -> None:
    assert flags_of("name", ARTICLE, "وہ پہلے سسلی میں تھا۔", "ur") == [("سسلی", "warning")]
    assert flags_of("name", ARTICLE, "وہ پہلے مالٹا میں تھا۔", "ur") == [("مالٹا", "error")]


WIRE = ("کراچی میں بحریہ کے سربراہ کے نام سے منسوب چیف آف دی نیول سٹاف گالف کپ کا آغاز ہوا۔ منڈی میں ڈالر"
        " اور یورو دونوں سستے ہوئے۔ جاپان نے میزائل اور جوہری پروگرام پر موقف برقرار رکھا۔")


@pytest.mark.parametrize(("brief", "found"), [
    # an acronym in a headline for a name the brief spells out in its body
    ("GOLF: CNS CUP TEES OFF IN KARACHI\nPlay began in the Chief of the Naval Staff Golf Cup.", []),
    ("GOLF: PGF CUP TEES OFF IN KARACHI\nPlay began in the Chief of the Naval Staff Golf Cup.", [("PGF", "error")]),
    ("The dollar and the euro fell; the two main currencies lost ground.", []),  # the two just named
    ("Japan kept 2 issues unchanged: missiles and the nuclear programme.", []),  # a list of two, by 'the'
])
def test_a_brief_may_shorten_and_count_what_it_names(brief: str, found: list[tuple[str, str]]) -> None:
    assert [f for f in flags(WIRE, brief) if f[1] == "error"] == found


def test_an_urdu_count_may_name_its_items_after_a_comma() -> None:
    article = "نمائش میں پاکستانی ساختہ ٹینک بھی رکھے گئے جن میں الخالد اور ضرار شامل تھے۔"
    assert flags_of("number", article, "- ۲ — پاکستانی ٹینک، الخالد اور ضرار", "ur") == []
    assert flags_of("number", article, "- ۳ — پاکستانی ٹینک، الخالد اور ضرار", "ur") == [("۳", "error")]
