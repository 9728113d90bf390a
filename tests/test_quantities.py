"""extract_quantities: kinds, units, qualifiers, names that are not numbers, spans, bad input,
and the UNER coverage floors."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.errors import InputError
from summarizer.numbers.quantities import extract_quantities

REPO = Path(__file__).resolve().parent.parent


def _q(text: str, lang: str = "ur") -> list[tuple[str, float, str, str | None, str]]:
    out = []
    for q in extract_quantities(text, lang):  # type: ignore[arg-type]
        assert text[q.span.start : q.span.end] == q.span.text
        out.append((q.span.text, q.value, q.kind.value, q.unit, q.qualifier))
    return out


def _one(text: str, lang: str = "ur") -> tuple[float, str, str | None, str]:
    got = _q(text, lang)
    assert len(got) == 1, got
    return got[0][1:]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("کل 50,000 افراد", (50000, "count", None, "exact")),
        ("کل ۵۰٬۰۰۰ افراد", (50000, "count", None, "exact")),
        ("شرح 24.3 فیصد رہی", (24.3, "percent", None, "exact")),
        ("دو فی صد", (2, "percent", None, "exact")),
        ("ساٹھ % لوگ", (60, "percent", None, "exact")),
        ("ایک کروڑ تئیس لاکھ پینتالیس ہزار چھ سو اٹھتر روپے", (12345678, "money", "PKR", "exact")),
        ("1.5 لاکھ ڈالر", (150000, "money", "USD", "exact")),
        ("2 ارب 30 کروڑ روپے", (2.3e9, "money", "PKR", "exact")),
        ("دس ملین ڈالرز", (1e7, "money", "USD", "exact")),
        ("تین بلین یورو", (3e9, "money", "EUR", "exact")),
        ("پانچ سو پاؤنڈ", (500, "money", "GBP", "exact")),
        ("سو ریال", (100, "money", "SAR", "exact")),
        ("بیس درہم", (20, "money", "AED", "exact")),
        ("دس یوآن", (10, "money", "CNY", "exact")),
        ("50 ین", (50, "money", "JPY", "exact")),
        ("سات روبل", (7, "money", "RUB", "exact")),
        ("100 امریکی ڈالر", (100, "money", "USD", "exact")),
        ("5 بھارتی روپے", (5, "money", "INR", "exact")),
        ("سوا لاکھ", (125000, "count", None, "exact")),
        ("ساڑھے تین ہزار", (3500, "count", None, "exact")),
        ("پونے دو گھنٹے", (1.75, "duration", "hour", "exact")),
        ("ڈیڑھ سال", (1.5, "duration", "year", "exact")),
        ("ڈھائی سو", (250, "count", None, "exact")),
        ("تین سال", (3, "duration", "year", "exact")),
        ("چھ ہفتوں", (6, "duration", "week", "exact")),
        ("دو ماہ", (2, "duration", "month", "exact")),
        ("دس دن", (10, "duration", "day", "exact")),
        ("45 منٹ", (45, "duration", "minute", "exact")),
        ("10 کلومیٹر", (10, "measure", "km", "exact")),
        ("5 ٹن", (5, "measure", "tonne", "exact")),
        ("40 ڈگری", (40, "measure", "degree", "exact")),
        ("12 لیٹر", (12, "measure", "l", "exact")),
        ("7 کلو", (7, "measure", "kg", "exact")),
        ("50 ہزار سے زائد افراد", (50000, "count", None, "more_than")),
        ("سو سے زیادہ", (100, "count", None, "more_than")),
        ("سو سے اوپر", (100, "count", None, "more_than")),
        ("20 سے کم", (20, "count", None, "less_than")),
        ("تقریباً 30 فیصد", (30, "percent", None, "about")),
        ("لگ بھگ 30 افراد", (30, "count", None, "about")),
        ("کوئی دس ہزار افراد", (10000, "count", None, "about")),
        ("کم از کم 12 افراد", (12, "count", None, "at_least")),
        ("پانچ تک", (5, "count", None, "up_to")),
        ("سو کے قریب رکن", (100, "count", None, "about")),
        ("2021ء میں", (2021, "year", None, "exact")),
        ("سنہ 2006 میں", (2006, "year", None, "exact")),
        ("سال 2021 میں", (2021, "year", None, "exact")),
        ("سنہ دوہزارچھ میں", (2006, "year", None, "exact")),
        ("7 اپریل 2021 کو", (7, "date", "2021-04-07", "exact")),
        ("یکم دسمبر کو", (1, "date", "--12-01", "exact")),
        ("5 جنوری", (5, "date", "--01-05", "exact")),
        ("چار جولائی انیس سو ستتر", (4, "date", "1977-07-04", "exact")),
        ("14 اگسٹ", (14, "date", "--08-14", "exact")),
        ("پہلا", (1, "ordinal", None, "exact")),
        ("دوسری بار", (2, "ordinal", None, "exact")),
        ("5 ویں", (5, "ordinal", None, "exact")),
        ("5ویں", (5, "ordinal", None, "exact")),
        ("گیارہویں", (11, "ordinal", None, "exact")),
        ("ہزاروں افراد", (1000, "count", None, "more_than")),
        ("کروڑوں روپے", (1e7, "money", "PKR", "more_than")),
        ("اسی فیصد", (80, "percent", None, "exact")),
        ("1/2 حصہ", (0.5, "count", None, "exact")),
        ("7/4/2021 کو", (7, "date", "2021-04-07", "exact")),
    ],
)
def test_urdu_examples(text: str, expected: tuple[float, str, str | None, str]) -> None:
    value, kind, unit, qual = _one(text)
    assert (value, kind, unit, qual) == (pytest.approx(expected[0]), *expected[1:])


def test_ordinals_are_kept_apart_from_cardinals() -> None:
    got = _q("تیسرے دن تین افراد")
    assert [(g[1], g[2]) for g in got] == [(3, "ordinal"), (3, "count")]


@pytest.mark.parametrize(
    "text",
    [
        "کوویڈ 19 کی وبا",
        "کووڈ-19 کی وبا",
        "ایف 16 طیارے",
        "جی 20 اجلاس",
        "جے ایف 17 تھنڈر",
        "ٹی 20 میچ",
        "سپوتنک فائیو ویکسین",
        "ون ڈے میچ",
        "ٹی ٹوئنٹی سیریز",
        "دفعہ 144 نافذ",
        "آرٹیکل 370 ختم",
        "فون 0300-1234567 پر",
        "وقت 10:30 پر",
        "اسی طرح",
        "بہتر ہوگا",
        "اس کے سوا کوئی نہیں",
        "اس سے پہلے",
        "ایک دوسرے سے",
        "نو منتخب صدر",
        "ایئر بیس پر",
        "4G اور 5G",
    ],
)
def test_urdu_names_and_non_numbers(text: str) -> None:
    assert _q(text) == []


def test_range_gives_two_quantities() -> None:
    assert [g[1] for g in _q("10-12 افراد")] == [10, 12]
    assert [g[1] for g in _q("ساٹھ سے ستر فیصد")] == [60, 70]


def test_spans_point_at_original_characters_with_diacritics() -> None:
    text = "قریب ستّر افراد اور ۵۰٬۰۰۰ روپے"
    qs = extract_quantities(text)
    assert [q.span.text for q in qs] == ["ستّر", "۵۰٬۰۰۰ روپے"]
    assert qs[0].qualifier == "about"
    assert all(text[q.span.start : q.span.end] == q.span.text for q in qs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("received $2bn from", (2e9, "money", "USD", "exact")),
        ("Rs 50 crore budget", (5e8, "money", "PKR", "exact")),
        ("5 lakh rupees", (5e5, "money", "PKR", "exact")),
        ("€5m fund", (5e6, "money", "EUR", "exact")),
        ("£3 million", (3e6, "money", "GBP", "exact")),
        ("100 US dollars", (100, "money", "USD", "exact")),
        ("more than 1.5 million people", (1.5e6, "count", None, "more_than")),
        ("nearly fifty thousand homes", (50000, "count", None, "about")),
        ("150k acres", (150000, "measure", "acre", "exact")),
        ("one and a half million", (1.5e6, "count", None, "exact")),
        ("3.2 crore", (3.2e7, "count", None, "exact")),
        ("24.3 percent", (24.3, "percent", None, "exact")),
        ("5 per cent", (5, "percent", None, "exact")),
        ("12%", (12, "percent", None, "exact")),
        ("the fifth day", (5, "ordinal", None, "exact")),
        ("the 21st century", (21, "ordinal", None, "exact")),
        ("in 2021", (2021, "year", None, "exact")),
        ("December 1", (1, "date", "--12-01", "exact")),
        ("Dec. 1", (1, "date", "--12-01", "exact")),
        ("1 December 2021", (1, "date", "2021-12-01", "exact")),
        ("December 1, 2021", (1, "date", "2021-12-01", "exact")),
        ("three years", (3, "duration", "year", "exact")),
        ("10 km", (10, "measure", "km", "exact")),
        ("at least 5", (5, "count", None, "at_least")),
        ("up to 10", (10, "count", None, "up_to")),
        ("less than 3", (3, "count", None, "less_than")),
        ("fewer than 20 people", (20, "count", None, "less_than")),
        ("no fewer than 60 people", (60, "count", None, "at_least")),  # a floor, not a ceiling
        ("not less than 7", (7, "count", None, "at_least")),
        ("no more than 12 people", (12, "count", None, "up_to")),
        ("almost 30", (30, "count", None, "about")),
        ("around 40", (40, "count", None, "about")),
        ("some 200 people", (200, "count", None, "about")),
        ("over 300", (300, "count", None, "more_than")),
        ("thousands of people", (1000, "count", None, "more_than")),
    ],
)
def test_english_examples(text: str, expected: tuple[float, str, str | None, str]) -> None:
    value, kind, unit, qual = _one(text, "en")
    assert (value, kind, unit, qual) == (pytest.approx(expected[0]), *expected[1:])


@pytest.mark.parametrize(
    "text",
    ["COVID-19", "Covid 19", "F-16 jets", "G-20 summit", "JF-17", "A320", "T20 match", "4G and 5G",
     "Article 370", "Section 144", "at 10:30", "at 10am", "call 0300-1234567", "Sputnik V"],
)  # fmt: skip
def test_english_names_and_non_numbers(text: str) -> None:
    assert _q(text, "en") == []


@pytest.mark.parametrize("text", ["", "   \n\t ", "\x00\x01\x02", "汉字 漢字", "नमस्ते दुनिया", "abc"])
def test_bad_or_foreign_input_gives_nothing(text: str) -> None:
    assert extract_quantities(text) == []
    assert extract_quantities(text, "en") == []


def test_other_scripts_digits_still_found() -> None:
    assert [g[1] for g in _q("數字 ١٢٣ और ४५")] == [123, 45]


def test_wrong_types_raise_input_error() -> None:
    with pytest.raises(InputError):
        extract_quantities(None)  # type: ignore[arg-type]
    with pytest.raises(InputError):
        extract_quantities("دو", "fr")  # type: ignore[arg-type]


def test_one_megabyte_text_works() -> None:
    text = ("کل 50 ہزار سے زائد افراد اور ڈیڑھ لاکھ روپے، سنہ 2021 میں۔ " * 20000)[:1_000_000]
    qs = extract_quantities(text)
    assert len(qs) > 50_000
    assert all(q.span.end <= len(text) for q in qs[-10:])


_ALPHABET = st.one_of(
    st.characters(),
    st.sampled_from(list("0123456789۰۱۲۳۴۵۶۷۸۹٬٫،,.-/:%$€£ ء")),
    st.sampled_from(["ہزار", "لاکھ", "سوا", "ساڑھے", "فی", "صد", "روپے", "سنہ", "ویں", "اعشاریہ", "منفی",
                     "ایک", "دو", "سو", "k", "bn", "and", "a", "half", "million", "Rs", "December"]),
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map(" ".join), st.sampled_from(["ur", "en"]))
def test_arbitrary_text_never_crashes(text: str, lang: str) -> None:
    for q in extract_quantities(text, lang):  # type: ignore[arg-type]
        assert 0 <= q.span.start < q.span.end <= len(text)
        assert text[q.span.start : q.span.end] == q.span.text


# ----------------------------------------------------------------------------- corpora


def _bench() -> ModuleType:
    path = REPO / "benchmarks" / "bench_extraction.py"
    spec = importlib.util.spec_from_file_location("bench_extraction", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["bench_extraction"] = mod
    spec.loader.exec_module(mod)
    return mod


def test_uner_number_spans_coverage_and_values(corpora: Path) -> None:
    bench = _bench()
    score = bench.score_uner(bench.load_uner(corpora / "uner.txt"))
    assert score.spans >= 900
    assert score.coverage >= 0.98, score.misses[:20]
    assert score.determinable >= 0.9 * score.spans
    assert score.value_accuracy >= 0.97, score.misses[:20]


def test_num2text_pairs_extract_whole(corpora: Path) -> None:
    bench = _bench()
    by_parse, by_extract = bench.score_pairs(bench.load_pairs(corpora / "num2text-ur-pairs.tsv"))
    assert by_parse == 1.0
    assert by_extract == 1.0


# ----------------------------------------------------------------------------- gaps (round 2)


def _vals(text: str, lang: str = "ur") -> list[tuple[float, str, str | None]]:
    return [(g[1], g[2], g[3]) for g in _q(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("2 ہزار 100 ارب", "ur", (2.1e12, "count", None)),
        ("9 ہزار 200 ارب", "ur", (9.2e12, "count", None)),
        ("سات ہزار تین سو ارب", "ur", (7.3e12, "count", None)),
        ("2 ہزار 600 ارب روپے", "ur", (2.6e12, "money", "PKR")),
        ("3 روپے 28 پیسے", "ur", (3.28, "money", "PKR")),
        ("3 روپے اور 28 پیسے", "ur", (3.28, "money", "PKR")),
        ("5 ڈالر 50 سینٹ", "ur", (5.5, "money", "USD")),
        ("50 پیسے", "ur", (0.5, "money", "PKR")),
        ("Rs 3.28", "en", (3.28, "money", "PKR")),
        ("3 rupees 28 paisa", "en", (3.28, "money", "PKR")),
        ("5 dollars and 50 cents", "en", (5.5, "money", "USD")),
        ("$5 50 cents", "en", (5.5, "money", "USD")),
        ("50 cents", "en", (0.5, "money", "USD")),
        ("two million", "en", (2e6, "count", None)),
        ("20 lakh", "en", (2e6, "count", None)),
        ("بیس لاکھ", "ur", (2e6, "count", None)),
        ("549 British pounds", "en", (549, "money", "GBP")),
        ("£469", "en", (469, "money", "GBP")),
        ("469 pounds sterling", "en", (469, "money", "GBP")),
        ("469 پاؤنڈ", "ur", (469, "money", "GBP")),
        ("469 پاؤنڈز", "ur", (469, "money", "GBP")),
        ("469 پونڈ", "ur", (469, "money", "GBP")),
        ("پنتالیس افراد", "ur", (45, "count", None)),
        ("اسی افراد ہلاک", "ur", (80, "count", None)),
        ("اسّی لوگ", "ur", (80, "count", None)),
        ("بہتر رنز", "ur", (72, "count", None)),
        ("بہتّر افراد", "ur", (72, "count", None)),
        ("اسی سالہ", "ur", (80, "duration", "year")),
        ("80-year-old", "en", (80, "duration", "year")),
        ("بہتر ہلاکتیں", "ur", (72, "count", None)),
        ("third", "en", (3, "ordinal", None)),
        ("the fourth day", "en", (4, "ordinal", None)),
        ("his sixth title", "en", (6, "ordinal", None)),
        ("a third term", "en", (3, "ordinal", None)),
        ("a half-century", "en", (50, "count", None)),  # 50 or more (at_least)
        ("نصف سنچری", "ur", (50, "count", None)),
        ("two-thirds majority", "en", (2 / 3, "count", None)),
        ("دو تہائی اکثریت", "ur", (2 / 3, "count", None)),
        ("a quarter of", "en", (0.25, "count", None)),
        ("ایک چوتھائی", "ur", (0.25, "count", None)),
        ("fifty", "en", (50, "count", None)),
    ],
)
def test_round_two_values(text: str, lang: str, expected: tuple[float, str, str | None]) -> None:
    got = _vals(text, lang)
    assert len(got) == 1, got
    assert (pytest.approx(expected[0]), *expected[1:]) == got[0]


@pytest.mark.parametrize(
    "text",
    ["دو شنبہ میں اجلاس", "دوشنبہ", "سو جی نے کہا", "آنگ سان سو چی", "اسی سال", "اسی طرح", "اسی بچے کو",
     "بہتر لوگ", "بہتر ہوگا", "رات تقریباً 11 بجے", "صبح سات بج کر 30 منٹ پر"],
)  # fmt: skip
def test_round_two_urdu_non_numbers(text: str) -> None:
    assert _q(text) == []


def test_standalone_so_before_a_noun_is_still_100() -> None:
    assert _vals("سو افراد") == [(100, "count", None)]
    assert _vals("سو روپے") == [(100, "money", "PKR")]


@pytest.mark.parametrize(
    "text",
    ["around 11 pm", "at 11 p.m. on Friday", "11 o'clock", "eleven o\u2019clock", "eleven pm",
     "at 11 in the morning", "11 at night", "at 11.30 pm"],
)  # fmt: skip
def test_english_clock_times_are_excluded_like_urdu(text: str) -> None:
    assert _q(text, "en") == []


def test_english_eleven_people_is_still_a_count() -> None:
    assert _vals("11 people in the town", "en") == [(11, "count", None)]


@pytest.mark.parametrize(
    ("text", "lang", "dates"),
    [
        ("5 سے 14 اگست", "ur", ["--08-05", "--08-14"]),
        ("26 سے 27 ستمبر", "ur", ["--09-26", "--09-27"]),
        ("چوبیس سے چھبیس ستمبر تک", "ur", ["--09-24", "--09-26"]),
        ("5-14 اگست 2021", "ur", ["2021-08-05", "2021-08-14"]),
        ("5-14 August", "en", ["--08-05", "--08-14"]),
        ("5 to 14 August 2021", "en", ["2021-08-05", "2021-08-14"]),
        ("August 5 to 14", "en", ["--08-05", "--08-14"]),
        ("August 5-14, 2021", "en", ["--08-05", "2021-08-14"]),
    ],
)
def test_date_ranges_give_two_dates(text: str, lang: str, dates: list[str]) -> None:
    got = _vals(text, lang)
    assert [(k, u) for _, k, u in got] == [("date", d) for d in dates]


def test_ranges_that_are_not_dates_stay_counts() -> None:
    assert _vals("10-12 افراد") == [(10, "count", None), (12, "count", None)]
    assert _vals("5 سے 14 افراد") == [(5, "count", None), (14, "count", None)]
    assert [k for _, k, _ in _vals("August 30 to September 2", "en")] == ["date", "date"]


def test_english_and_urdu_agree_on_the_round_two_pairs() -> None:
    pairs = [
        ("2 ہزار 600 ارب روپے", "Rs 2.6 trillion"),
        ("3 روپے 28 پیسے", "Rs 3.28"),
        ("بیس لاکھ", "two million"),
        ("5 سے 14 اگست", "5-14 August"),
    ]
    for ur, en in pairs:
        a = [(round(q.value, 6), q.kind, q.unit) for q in extract_quantities(ur)]
        b = [(round(q.value, 6), q.kind, q.unit) for q in extract_quantities(en, "en")]
        assert a == b, (ur, en)


def test_round_two_claims_ground_against_the_urdu_source() -> None:
    from summarizer.validators import check_grounding

    src = ("حکومت نے 2 ہزار 600 ارب روپے کا بجٹ پیش کیا۔ پیٹرول 3 روپے 28 پیسے سستا ہوا۔ میلہ 5 سے 14 اگست "
           "تک جاری رہے گا اور رات تقریباً 11 بجے دھماکہ ہوا جس میں بیس لاکھ روپے کا نقصان ہوا اور پنتالیس افراد زخمی ہوئے۔")  # fmt: skip
    en = ("The government presented a Rs 2.6 trillion budget. Petrol became Rs 3.28 cheaper. The fair runs "
          "5-14 August; a blast around 11 pm caused two million rupees of damage and injured 45 people.")  # fmt: skip
    assert [f for f in check_grounding(src, en, "en") if f.severity == "error"] == []
    wrong = en.replace("2.6 trillion", "600 billion")
    assert [f for f in check_grounding(src, wrong, "en") if f.severity == "error"] != []


@pytest.mark.parametrize(
    ("text", "value"),
    [("مذاکرات کے ساڑھے چار گھنٹے بعد", 4.5), ("منصوبے کے پونے دو ارب روپے", 1.75e9), ("اس کے ساڑھے تین ہزار ووٹ", 3500)],
)
def test_fraction_prefix_after_ke_is_still_a_number(text: str, value: float) -> None:
    """Only سوا after کے/کی means "except"; ساڑھے and پونے there still start a number."""
    assert [q[1] for q in _q(text)] == [value]


@pytest.mark.parametrize(("text", "lang"), [("twenty\n\nfive people", "en"), ("بیس\n\nپانچ افراد", "ur")])
def test_no_number_runs_across_a_blank_line(text: str, lang: str) -> None:
    assert [q[1] for q in _q(text, lang)] == [20, 5]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ہم نے روس کی تیار کردہ سپٹنک 5 ویکسین کو رجسٹرڈ کیا ہے۔", "ur"),
        ("اسپوتنک 5 ویکسین کی خوراکیں پہنچ گئیں۔", "ur"),
        ("آئی فون 12 کی قیمت", "ur"),
        ("پی ایس ایل 6 کا میچ", "ur"),
        ("The Sputnik 5 vaccine was registered.", "en"),
    ],
)
def test_product_and_model_names_are_not_quantities(text: str, lang: str) -> None:
    assert extract_quantities(text, lang) == []  # type: ignore[arg-type]


def test_a_count_before_a_product_word_is_still_a_count() -> None:
    assert [q.value for q in extract_quantities("روس نے 5 ویکسین بھیجیں", "ur")] == [5]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("مظفرگڑھ کے 80ہزارافرادسیلاب کے بعد کیمپوں میں", [(80000.0, "count", "80ہزار")]),
        ("صرف8فیصدافراد", [(8.0, "percent", "8فیصد")]),
        ("2لاکھروپے", [(200000.0, "money", "2لاکھروپے")]),
        ("5ہزارہ", [(5.0, "count", "5")]),  # ہزارہ (Hazara) is a word, not ہزار + a letter
    ],
)
def test_scale_words_glued_after_digits_are_read(text: str, values: list[tuple[float, str, str]]) -> None:
    got = [(q.value, q.kind.value, q.span.text) for q in extract_quantities(text, "ur")]
    assert got == values


@pytest.mark.parametrize(
    ("text", "lang", "kinds"),
    [
        ("سندھ کا حصہ چھیالیس سے گھٹ کر پونے پینتیس فیصد رہ گیا", "ur", ["percent", "percent"]),
        ("پنجاب کو گیارہ اور سندھ کو اکیس فیصد ملے گا", "ur", ["percent", "percent"]),
        ("12 سے 15 فیصد", "ur", ["percent", "percent"]),
        ("دس یا بارہ روپے", "ur", ["money", "money"]),
        ("by 27 and 28 percent", "en", ["percent", "percent"]),
        ("from 46 to 35 percent", "en", ["percent", "percent"]),
        # not the same slot: each keeps its own kind
        ("5 افراد اور 10 فیصد", "ur", ["count", "percent"]),
        ("45 سے زیادہ عمر کے 60 فیصد", "ur", ["count", "percent"]),
        ("پنجاب کو گیارہ اور سندھ میں اکیس فیصد", "ur", ["count", "percent"]),
        ("ہزاروں اور 5 فیصد", "ur", ["count", "percent"]),
    ],
)
def test_a_unit_after_a_range_change_or_parallel_pair_belongs_to_both(text: str, lang: str, kinds: list[str]) -> None:
    assert [q.kind.value for q in extract_quantities(text, lang)] == kinds  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "values"),
    [("چہار فریقی مذاکرات", [4.0]), ("سہ فریقی اجلاس", [3.0]), ("چہار سو اندھیرا", []), ("سہ پہر کو", []),
     ("درد سہ رہی ہے", [])],
)
def test_persian_numerals_count_only_in_compounds(text: str, values: list[float]) -> None:
    assert [q.value for q in extract_quantities(text, "ur")] == values


def test_lakh_typed_apart_is_one_scale() -> None:
    # old Urdu pages sometimes break لاکھ into لا کھ; the number keeps its scale
    got = [(q.value, q.span.text) for q in extract_quantities("جلسے میں پانچ لا کھ افراد آئے۔", "ur")]
    assert got == [(500_000.0, "پانچ لا کھ")]
    assert extract_quantities("وہ لا کھیل سکا۔", "ur") == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("انہوں نے دو ٹوک کہا کہ وہ حمایت جاری رکھیں گے۔", []),  # blunt: an idiom
        ("فرانس نے آخری آٹھ ٹیموں میں جگہ بنائی۔", []),  # the last eight: a stage
        ("فرانس نے آخری آٹھ میچ جیتے۔", [8.0]),  # the last eight matches: a count
        ("انہوں نے دو ٹکٹ خریدے۔", [2.0]),
    ],
)
def test_urdu_idioms_and_stages_are_not_counts(text: str, values: list[float]) -> None:
    assert [q.value for q in extract_quantities(text, "ur")] == values


def test_word_memos_start_again_when_full_and_judge_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    """The per-process memos of word judgements are bounded; after a restart every word is judged
    afresh, so a glued number word, glued digits and a plain number read the same as before."""
    from summarizer.numbers import quantities as q

    text = "میلے میں تقریبادس ہزار افراد آئے اور 80ہزارافراد لوٹ گئے، جبکہ چارکھلاڑی رک گئے"
    before = [(x.value, x.span.text) for x in extract_quantities(text)]
    assert before == [(10000.0, "دس ہزار"), (80000.0, "80ہزار"), (4.0, "چار")]
    monkeypatch.setattr(q, "_MEMO_LIMIT", 3)
    for filler in ("پہلا متن یہاں ہے", "دوسرا متن کچھ اور الفاظ", text, "تیسرا متن", text):
        got = [(x.value, x.span.text) for x in extract_quantities(filler)]
        assert len(q._UR_GLUE_SEEN) <= 3 + len(set(filler.split())) + 4
        assert len(q._UR_KNOWN) <= 3 + len(set(filler.split())) + 4
    assert got == before
