"""Dateline detection: place, date and agency spans at the start of a story."""

from __future__ import annotations

import pytest

from summarizer.text.dateline import agency_english, find_dateline, find_datelines


@pytest.mark.parametrize(
    ("line", "place", "date", "agency", "english"),
    [
        ("لاہور (اے پی پی) وزیر اعلیٰ نے کہا", "لاہور", None, "اے پی پی", "APP"),
        ("ملتان (مانیٹرنگ ڈیسک، نیوز ایجنسیاں) شہر میں", "ملتان", None, "مانیٹرنگ ڈیسک، نیوز ایجنسیاں",
         "monitoring desk, news agencies"),
        ("کوئٹہ ۔ یکم دسمبر (اے پی پی) صوبے میں", "کوئٹہ", "یکم دسمبر", "اے پی پی", "APP"),
        ("سکھر۔ 02 اگست (اے پی پی)شہر میں", "سکھر", "02 اگست", "اے پی پی", "APP"),
        ("ڈیرہ اسماعیل خان ۔ 3 مارچ 2019 (آئی این پی) آج", "ڈیرہ اسماعیل خان", "3 مارچ 2019", "آئی این پی", "INP"),
        ("پشاور (نامہ نگار) صوبائی حکومت نے", "پشاور", None, "نامہ نگار", "correspondent"),
        ("اسلام آباد (سٹاف رپورٹر،مانیٹرنگ ڈیسک) دفتر", "اسلام آباد", None, "سٹاف رپورٹر،مانیٹرنگ ڈیسک",
         "staff reporter, monitoring desk"),
    ],
)  # fmt: skip
def test_bracketed_datelines(line: str, place: str, date: str | None, agency: str, english: str) -> None:
    found = find_dateline(line)
    assert found is not None
    assert found.place is not None and found.place.text == place
    assert (found.date.text if found.date else None) == date
    assert found.agency is not None and found.agency.text == agency
    assert agency_english(found.agency.text) == english
    assert line[found.span.start : found.span.end] == found.span.text
    assert not found.span.text[-1].isspace()


def test_colon_dateline() -> None:
    found = find_dateline("کراچی: شہر میں بارش ہوئی")
    assert found is not None and found.place is not None
    assert found.place.text == "کراچی" and found.agency is None
    assert found.span.text == "کراچی:"


@pytest.mark.parametrize(
    "line",
    [
        "پاکستان تحریک انصاف (پی ٹی آئی) نے احتجاج کا اعلان کیا",  # a name and its acronym
        "قومی احتساب بیورو (نیب) کے چیئرمین نے کہا",
        "وزیر اعظم نے کہا کہ ملک ترقی کرے گا",
        "تیسرا ون ڈے میچ: پاکستان جیت گیا",  # a headline with a colon, three words before it
        "",
        "(اے پی پی)",
    ],
)
def test_not_datelines(line: str) -> None:
    assert find_dateline(line) is None


def test_offsets_and_many_stories() -> None:
    text = "سرخی\n\n لاہور (اے پی پی) پہلی خبر۔\nکراچی (آن لائن) دوسری خبر۔"
    found = find_datelines(text)
    assert [d.place.text for d in found if d.place] == ["لاہور", "کراچی"]
    for d in found:
        assert text[d.span.start : d.span.end] == d.span.text
        assert d.agency is not None and text[d.agency.start : d.agency.end] == d.agency.text
    assert agency_english(found[1].agency.text if found[1].agency else "") == "Online"


def test_unknown_agency_parts_are_left_out() -> None:
    assert agency_english("اے پی پی، کوئی نامعلوم ذریعہ") == "APP"
    assert agency_english("کوئی نامعلوم ذریعہ") is None


def test_colon_dateline_can_demand_a_known_place() -> None:
    places = {"کراچی"}
    assert find_dateline("ضمنی انتخاب: امیدوار کامیاب", is_place=places.__contains__) is None
    assert find_dateline("ضمنی انتخاب: امیدوار کامیاب") is not None  # same shape without the check
    found = find_dateline("کراچی: شہر میں بارش", is_place=places.__contains__)
    assert found is not None and found.place is not None and found.place.text == "کراچی"
    # bracketed datelines need no check: the agency makes them certain
    assert find_datelines("لاہور (اے پی پی) خبر۔", is_place=places.__contains__)


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("ملتان (شام نیوز) شہر میں بارش ہوئی", "ملتان"),  # a paper's or channel's desk
        ("سکھر(صبح رپورٹ)ضلعی انتظامیہ نے", "سکھر"),
        ("گلگت / سکردو (نامہ نگار) علاقے میں", "گلگت / سکردو"),  # two places
        ("پشاور + مردان (نمائندگان خصوصی) صوبے میں", "پشاور + مردان"),
    ],
)
def test_newspaper_desks_and_several_places(line: str, place: str) -> None:
    found = find_dateline(line)
    assert found is not None and found.place is not None
    assert found.place.text == place
