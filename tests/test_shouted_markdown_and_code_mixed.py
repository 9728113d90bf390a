"""Layouts of dev 38: a wire headline in capitals, a Markdown card, a glossary of Urdu
spellings in an English brief, and Urdu that writes names, dates and figures in Latin letters.
Texts are the team's own."""

from __future__ import annotations

import pytest

from summarizer.names.english_spans import opens_line, unshouted
from summarizer.numbers.quantities import extract_quantities
from tests.claim_helpers import flags, flags_of

ARTICLE = ("سرگودھا ۔ 12 مارچ (اے پی پی) وزیراعظم نواز شریف نے منگل کو میانوالی میں ایک جلسے سے خطاب کیا جس میں"
           " 25 ہزار افراد شریک ہوئے۔ انہوں نے کہا کہ ضلع کے لیے 3 ارب روپے کے منصوبے منظور کیے گئے ہیں۔"
           " اس موقع پر جنوبی افریقہ کے کرکٹر فاف ڈو پلیسی بھی موجود تھے جو ون ڈے سیریز کے لیے آئے ہیں۔")


def test_a_line_in_capitals_reads_as_a_sentence() -> None:
    assert unshouted("US: OBAMA AUTHORISES AIR STRIKES ON MILITANTS IN IRAQ\nBody.") == (
        "US: Obama authorises air strikes on militants in Iraq\nBody.")
    assert unshouted("KASURI SAYS LOC-BASED PLAN UNACCEPTABLE") == "Kasuri says LOC-based plan unacceptable"
    assert unshouted("Two words ONLY HERE in a line") == "Two words ONLY HERE in a line"  # not a shouted line


@pytest.mark.parametrize(("brief", "wrong"), [
    ("SHARIF SAYS 3 BILLION RUPEE SCHEMES CLEARED FOR MIANWALI", []),
    ("SHARIF TELLS RALLY CASE FOR DISTRICT SCHEMES IS STRONG", []),  # CASE, RALLY: words
    ("SHARIF SAYS SCHEMES CLEARED FOR BHAKKAR", [("BHAKKAR", "error")]),
    ("ZARDARI SAYS SCHEMES CLEARED FOR MIANWALI", [("ZARDARI", "error")]),
])
def test_a_wire_headline_in_capitals_claims_only_its_names(brief: str, wrong: list[tuple[str, str]]) -> None:
    assert flags_of("name", ARTICLE, brief) == wrong


def test_markdown_openers_start_a_sentence() -> None:
    card = "# Rally in Mianwali\n- **Who:** Crowds heard Nawaz Sharif.\n- **Numbers:** 25,000 people."
    assert opens_line(card, card.index("Rally")) and opens_line(card, card.index("Crowds"))
    assert not opens_line(card, card.index("Nawaz"))
    assert flags(ARTICLE, card) == []


def test_the_article_language_and_its_spellings_are_no_claims() -> None:
    brief = "Nawaz Sharif spoke in Mianwali.\nUrdu spellings: Nawaz Sharif (نواز شریف); Mianwali (میانوالی)"
    assert flags(ARTICLE, brief) == []


def test_latin_months_and_scales_inside_urdu_are_read() -> None:
    got = [(q.span.text, q.value, q.unit) for q in extract_quantities("12 March کو 3 billion روپے اور 25 thousand افراد", "ur")]
    assert got == [("12 March", 12.0, "--03-12"), ("3 billion روپے", 3e9, "PKR"), ("25 thousand", 25000.0, None)]


@pytest.mark.parametrize(("brief", "wrong"), [
    ("وزیراعظم Nawaz Sharif نے 12 March کو شہر Mianwali میں خطاب کیا۔", []),
    ("وزیراعظم Nawaz Sharif نے 12 March کو شہر Bhakkar میں خطاب کیا۔", [("Bhakkar", "error")]),
    ("وزیراعظم Nawaz Sharif نے 14 March کو Mianwali میں خطاب کیا۔", [("14 March", "error")]),
    ("جلسے میں 25 thousand افراد اور South Africa کے Faf du Plessis موجود تھے جو ODI series کے لیے آئے۔", []),
    ("جلسے میں 25 thousand افراد اور South Africa کے Faf du Plessis موجود تھے جو Sargodha آئے۔", []),
    ("جلسے میں 25 thousand افراد تھے اور Sahiwal کے لیے 3 billion روپے منظور ہوئے۔", [("Sahiwal", "error")]),
    ("جلسے میں 25 lakh افراد تھے۔", [("25 lakh", "error")]),
])
def test_code_mixed_urdu_is_checked_in_both_scripts(brief: str, wrong: list[tuple[str, str]]) -> None:
    assert [f for f in flags(ARTICLE, brief, "ur") if f[1] == "error"] == wrong


def test_a_list_after_a_count_may_hold_initials() -> None:
    article = "فلم میں چار اداکار سیموئل ایل جیکسن، ایون میکگریگر، نٹالی پورٹمین اور جان سمتھ ہیں۔"
    brief = "The cast has 4 actors: Samuel L. Jackson, Ewan McGregor, Natalie Portman, John Smith."
    assert flags_of("number", article, brief) == []


def test_a_hashtag_is_a_tag_not_a_claim_of_fact() -> None:
    post = "۲/ وزیراعظم نے میانوالی میں خطاب کیا 📍 #Lahore #جلسہ"
    assert flags_of("name", ARTICLE, post, "ur") == [("Lahore", "warning")]
    assert flags_of("name", ARTICLE, "وزیراعظم نے Lahore میں خطاب کیا۔", "ur") == [("Lahore", "error")]


def test_a_delay_is_not_the_district_of_dir() -> None:
    late = "وزیراعظم پون گھنٹہ دیر سے Mianwali پہنچے۔"
    assert flags_of("name", ARTICLE, late, "ur") == []
    assert flags_of("name", ARTICLE, "وزیراعظم دیر سے آئے ہوئے وفد سے ملے۔", "ur") == []  # late (سے آ)


def test_a_count_of_days_is_no_cited_section() -> None:
    assert flags_of("number", "ویزا کا شعبہ دو دن کے لیے بند رہا۔", "ویزا section 2 دن کے لیے بند رہا۔", "ur") == []
    assert flags_of("number", "ویزا کا شعبہ دو دن کے لیے بند رہا۔", "ویزا section 3 دن کے لیے بند رہا۔", "ur") == [
        ("3 دن", "error")]
