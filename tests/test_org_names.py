"""Organisation names Urdu translates word by word get the English institution's words
(summarizer.names.org_names), in English order; anything else is left to the romanizer."""

from __future__ import annotations

import pytest

from summarizer.names.org_names import translated_org
from summarizer.names.romanize import english_spelling


@pytest.mark.parametrize(
    ("urdu", "english"),
    [
        ("جامعہ کراچی", "Karachi University"),  # a Persian-order head goes last
        ("وزارت داخلہ", "Interior Ministry"),
        ("حکومت سندھ", "Sindh Government"),
        ("قومی کمیشن برائے خواتین", "National Commission for Women"),
        ("پنجاب پولیس", "Punjab Police"),
        ("بھارتی فضائیہ", "Indian Air Force"),
        ("امریکی محکمہ تعلیم", "US Education Department"),  # a desk prints US, not American
        ("ویسٹ انڈین کرکٹ بورڈ", "West Indies Cricket Board"),  # and the West Indies, not West Indian
        ("اقوام متحدہ کی سلامتی کونسل", "UN Security Council"),
    ],
)
def test_translated_names(urdu: str, english: str) -> None:
    assert translated_org(urdu) == english


@pytest.mark.parametrize(
    "urdu",
    ["عمران خان", "پشاور", "عوامی نیشنل پارٹی", "قومی کمیشن برائے", "کراچی کا"],
)
def test_not_a_translated_name(urdu: str) -> None:
    assert translated_org(urdu) is None


def test_persons_are_never_translated() -> None:
    assert english_spelling("جامعہ سرگودھا", "person") != "Sargodha University"
    assert english_spelling("جامعہ سرگودھا") == "Sargodha University"


def test_a_name_of_two_parts_joined_by_wa_puts_the_head_first() -> None:
    # وزارت پیٹرولیم و قدرتی وسائل: both parts cannot go before the head, so desks print "X of Y and Z"
    assert translated_org("وزارت پیٹرولیم و قدرتی وسائل") == "Ministry of Petroleum and Natural Resources"
    assert translated_org("محکمہ موسمیات") == "Meteorological Department"  # one part: the head after it


def test_a_name_s_declined_head_is_the_singular_head() -> None:
    # یورپی خلائی ادارے (after کے or نے): one body, not "bodies"
    assert translated_org("یورپی خلائی ادارے") == translated_org("یورپی خلائی ادارہ")
    assert "Bodies" not in (translated_org("یورپی خلائی ادارے") or "")


@pytest.mark.parametrize(("urdu", "english"), [
    ("چینی حکومت", "Chinese Government"),  # the table lists چینی under sugar, after شوگر
    ("چینی وزارت تجارت", "Chinese Ministry of Commerce"),
    ("شوگر ملز ایسوسی ایشن", "Sugar Mills Association"),  # the table's usual form keeps its sense
])
def test_a_people_beats_a_word_the_table_lists_second(urdu: str, english: str) -> None:
    assert translated_org(urdu) == english


@pytest.mark.parametrize(("urdu", "english"), [
    ("ایوان نمائندگان", "House of Representatives"),  # a house before whom it seats
    ("امریکی ایوان نمائندگان", "US House of Representatives"),
    ("ایوان بالا", "Upper House"),  # an adjective still goes before it
    ("آسٹریلوی بارڈر فورس", "Australian Border Force"),  # not the listed UK Border Force's UK
])
def test_houses_and_bodies_inside_a_longer_name(urdu: str, english: str) -> None:
    assert translated_org(urdu) == english


@pytest.mark.parametrize(("urdu", "english"), [
    ("اوباما انتظامیہ", "Obama administration"),  # a government named after the listed person who leads it
    ("عمران خان حکومت", "Imran Khan government"),
    ("ضلعی انتظامیہ", "District Administration"),  # انتظامیہ is administration before management
])
def test_administrations_and_governments(urdu: str, english: str) -> None:
    assert english_spelling(urdu) == english
