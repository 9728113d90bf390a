"""Urdu and English number words: parsing, spelling variants, and the CLDR spell-out renderer."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.numbers.english import parse_english_number
from summarizer.numbers.quantities import extract_quantities
from summarizer.numbers.spellout import render_urdu, rules
from summarizer.numbers.urdu import URDU_SCALES, URDU_UNITS, parse_urdu_number
from summarizer.schemas import QuantityKind
from summarizer.text.normalize import fold_token

URDU_CASES = [
    ("ایک لاکھ تیئس ہزار", 123000),
    ("ایک کروڑ تئیس لاکھ پینتالیس ہزار چھ سو اٹھتر", 12345678),
    ("1.5 لاکھ", 150000),
    ("۵۰٬۰۰۰", 50000),
    ("50,000", 50000),
    ("50،000", 50000),
    ("1,50,000", 150000),
    ("24.3", 24.3),
    ("۲۴٫۳", 24.3),
    ("دوہزارچھ", 2006),
    ("دو ہزار اکیس", 2021),
    ("انیس سو اکتالیس", 1941),
    ("50 ہزار", 50000),
    ("41 ہزار 57", 41057),
    ("2 ارب 30 کروڑ", 2_300_000_000),
    ("دس ملین", 10_000_000),
    ("تین بلین", 3_000_000_000),
    ("دو ٹریلین", 2 * 10**12),
    ("دس ہزار کروڑ", 10**11),
    ("ڈیڑھ", 1.5),
    ("ڈیڑھ سو", 150),
    ("ڈھائی لاکھ", 250000),
    ("سوا لاکھ", 125000),
    ("سوا دو", 2.25),
    ("سوا 3 ہزار", 3250),
    ("ساڑھے تین ہزار", 3500),
    ("ساڑھے 12 کروڑ", 125_000_000),
    ("پونے دو", 1.75),
    ("آدھا", 0.5),
    ("چودہ اعشاریہ چار ارب", 14.4e9),
    ("ایک اعشاریہ صفر پانچ", 1.05),
    ("منفی ایک سو تیئس", -123),
    ("ستّر", 70),
    ("نوسودو", 902),
    ("تین ہزاردوسوسینتیس", 3237),
    ("ایک سوآٹھتر", 178),
    ("ستاءیس", 27),
    ("پانچواں", 5),
    ("گیارھویں", 11),
    ("ایک سو پانچواں", 105),
    # A scale larger than every group before it multiplies them all (standard rule).
    ("2 ہزار 100 ارب", 2_100 * 10**9),
    ("9 ہزار 200 ارب", 9_200 * 10**9),
    ("سات ہزار تین سو ارب", 7_300 * 10**9),
    ("ایک ہزار دو سو چونتیس کھرب", 1234 * 10**11),
    ("پانچ ہزار دس لاکھ", 5_010 * 10**5),
    ("نصف", 0.5),
]


@pytest.mark.parametrize(("text", "value"), URDU_CASES)
def test_parse_urdu_number(text: str, value: float) -> None:
    got = parse_urdu_number(text)
    assert got is not None and got == pytest.approx(value), (text, got)


def test_same_scale_twice_is_two_numbers() -> None:
    assert parse_urdu_number("2 ارب 3 ارب") is None
    assert [q.value for q in extract_quantities("2 ارب 3 ارب")] == [2e9, 3e9]
    assert [q.value for q in extract_quantities("2 ہزار 600 ارب روپے")] == [2.6e12]


@pytest.mark.parametrize(
    ("value", "spellings"),
    [
        (53, ["تریپن", "ترپن"]),
        (23, ["تئیس", "تیئس"]),
        (79, ["انیاسی", "اناسی"]),
        (6, ["چھ", "چھے"]),
        (48, ["اڑتالیس"]),
        (70, ["ستر", "ستّر", "سَتَّر"]),
        (55, ["پچپن"]),
        (43, ["تینتالیس", "ترالیس"]),
        (78, ["اٹھہتر", "اٹھتر"]),
        (45, ["پینتالیس", "پنتالیس", "پیتالیس"]),
        (66, ["چھیاسٹھ", "چھاسٹھ"]),
        (31, ["اکتیس", "اکتس"]),
        (87, ["ستاسی", "ستّاسی"]),
        (88, ["اٹھاسی", "اٹھّاسی"]),
        (38, ["اڑتیس", "اٹھتیس"]),
        (37, ["سینتیس", "سیتیس", "سنتیس"]),
        (34, ["چونتیس", "چوتیس"]),
        (49, ["انچاس", "اننچاس"]),
        (82, ["بیاسی", "بیّاسی"]),
        (93, ["ترانوے", "تیرانوے"]),
        (77, ["ستتر", "ستہتر"]),
        (69, ["انہتر", "انہتّر"]),
        (72, ["بہتر", "بہتّر"]),
        (80, ["اسی", "اسّی"]),
        (35, ["پینتیس", "پنتیس"]),
        (65, ["پینسٹھ", "پنسٹھ"]),
        (47, ["سینتالیس", "سنتالیس"]),
        (99, ["ننانوے", "ننیانوے"]),
    ],
)
def test_spelling_variants(value: int, spellings: list[str]) -> None:
    for word in spellings:
        assert parse_urdu_number(word) == value, word
        assert parse_urdu_number(f"{word} ہزار") == value * 1000, word


@pytest.mark.parametrize(
    "text", ["", "   ", "کتاب", "ہزاروں", "پانچ صفر", "سوا", "10 12", "50 فیصد", "abc", "ایک کتاب"]
)
def test_parse_urdu_number_rejects_non_numbers(text: str) -> None:
    assert parse_urdu_number(text) is None


def test_every_unit_word_is_canonical_and_in_range() -> None:
    assert set(URDU_UNITS.values()) == set(range(100))
    assert all(fold_token(w) == w for w in URDU_UNITS)
    assert URDU_SCALES["لاکھ"] == 10**5 and URDU_SCALES["بلین"] == 10**9 and URDU_SCALES["ملین"] == 10**6


def test_num2text_pairs_all_parse(corpora: Path) -> None:
    rows = (corpora / "num2text-ur-pairs.tsv").read_text(encoding="utf-8").splitlines()[1:]
    pairs = [(float(v), w) for v, w in (r.split("\t", 1) for r in rows if r.strip())]
    assert len(pairs) >= 50
    wrong = [(v, w, parse_urdu_number(w)) for v, w in pairs if parse_urdu_number(w) != v]
    assert wrong == []


# ----------------------------------------------------------------------------- spell-out


def test_render_known_values() -> None:
    assert render_urdu(0) == "صفر"
    assert render_urdu(123) == "ایک سو تئیس"
    assert render_urdu(100000) == "ایک لاکھ"
    assert render_urdu(12345678) == "ایک کروڑ تئیس لاکھ پینتالیس ہزار چھ سو اٹھہتر"
    assert render_urdu(-5) == "منفی پانچ"
    assert render_urdu(1, ordinal="masculine") == "پہلا"
    assert render_urdu(1, ordinal="feminine") == "پہلی"
    assert render_urdu(5, ordinal="oblique") == "پانچویں"
    assert render_urdu(10, ordinal="masculine") == "دسواں"
    assert render_urdu(105, ordinal="feminine") == "ایک سو پانچویں"


def test_render_rejects_bad_input() -> None:
    with pytest.raises(TypeError):
        render_urdu(1.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        render_urdu(10**18)
    with pytest.raises(ValueError):
        render_urdu(3, ordinal="plural")  # type: ignore[arg-type]


def test_rules_come_from_cldr_file_when_present(corpora: Path) -> None:
    assert rules().source == "cldr"
    assert len(rules().words) == 100


def test_embedded_table_matches_cldr_file(corpora: Path) -> None:
    from summarizer.numbers import spellout

    parsed = spellout._parse_rbnf((corpora / "cldr-rbnf-ur.xml").read_text(encoding="utf-8"))
    assert parsed is not None
    assert parsed.words == spellout._WORDS_0_99
    assert parsed.scales == spellout._SCALES
    assert parsed.ordinals == spellout._ORD_EMBEDDED


def test_render_parse_roundtrip_exhaustive_0_to_10000() -> None:
    bad = [n for n in range(10001) if parse_urdu_number(render_urdu(n)) != n]
    assert bad == []


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_render_parse_roundtrip_random(n: int) -> None:
    assert parse_urdu_number(render_urdu(n)) == n


def test_ordinals_render_and_extract_back_exhaustive() -> None:
    bad = []
    for form in ("masculine", "oblique", "feminine"):
        for n in [*range(0, 1001), 10000, 100000, 123456, 10**7]:
            text = render_urdu(n, ordinal=form)  # type: ignore[arg-type]
            qs = extract_quantities(text)
            if len(qs) != 1 or qs[0].kind != QuantityKind.ORDINAL or qs[0].value != n:
                bad.append((form, n, text, qs))
    assert bad == []


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["masculine", "oblique", "feminine"]))
def test_ordinals_random(n: int, form: str) -> None:
    text = render_urdu(n, ordinal=form)  # type: ignore[arg-type]
    qs = extract_quantities(text)
    assert [(q.kind, q.value) for q in qs] == [(QuantityKind.ORDINAL, n)]
    assert parse_urdu_number(text) == n


# ----------------------------------------------------------------------------- English


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("fifty thousand", 50000),
        ("twenty-three", 23),
        ("a hundred", 100),
        ("one and a half million", 1_500_000),
        ("half a million", 500_000),
        ("1.5 million", 1_500_000),
        ("150k", 150_000),
        ("2bn", 2e9),
        ("5 lakh", 500_000),
        ("3.2 crore", 32_000_000),
        ("one hundred and five", 105),
        ("two thousand and twenty-one", 2021),
        ("nineteen hundred", 1900),
        ("1,234,567.5", 1234567.5),
        ("a dozen", 12),
        ("fifth", 5),
        ("twenty-first", 21),
        ("two thousand one hundred billion", 2.1e12),
        ("two million", 2e6),
        ("20 lakh", 2e6),
    ],
)
def test_parse_english_number(text: str, value: float) -> None:
    assert parse_english_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "hello", "one two", "thousands", "and", "5 people", "a"])
def test_parse_english_number_rejects(text: str) -> None:
    assert parse_english_number(text) is None


def test_a_typists_doubled_ye_in_a_number_word() -> None:
    # انییس for انیس: still nineteen, so the year is 1971 and not 171
    assert parse_urdu_number("انییس سو اکہتر") == 1971
    assert parse_urdu_number("چھبییس") == 26


def test_digits_read_out_in_english_are_a_number_of_the_article() -> None:
    from summarizer import check_grounding
    from summarizer.numbers.urdu import sounded_digit_runs

    assert [v for _, _, v in sounded_digit_runs("فوج کی ٹرپل ون بریگیڈ اور ریسکیو ون ون ٹو ٹو")] == [111, 1122]
    assert sounded_digit_runs("ون ڈے میچ میں ٹو ڈی نقشہ") == []  # a lone digit word is no number
    article = "اجلاس میں فوج کی ٹرپل ون بریگیڈ کے جوان شریک ہوئے۔"
    assert [f.claim.text for f in check_grounding(article, "Officers of the 111 Brigade attended.", "en")] == []
    assert [f.claim.text for f in check_grounding(article, "Officers of the 112 Brigade attended.", "en")] == ["112"]


def test_a_count_at_another_scale_is_no_sum_of_money() -> None:
    from summarizer import check_grounding

    article = "سولہ لاکھ پاکستانی کینیڈا میں رہتے ہیں اور بیمے کی رقم ڈیڑھ کروڑ روپے ہے۔"
    found = check_grounding(article, "About 16 million Pakistanis live in Canada.", "en")
    assert [(f.severity, f.claim.text) for f in found] == [("error", "16 million")]
    assert "Scale error" in found[0].message
    assert check_grounding(article, "About 1.6 million Pakistanis live in Canada.", "en") == []
    assert check_grounding(article, "The insurance is about 15 million.", "en") == []
