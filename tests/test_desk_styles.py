"""Phrasing of other desks (session 38, dev 28): clock times with a dot, years said in words, the
playing eleven, a month ending a sentence, a currency code on a figure, an acronym's plural,
a postposition before a word, and a body's English name in Urdu letters with "of" and a place.
Every Urdu sentence here is written by the team."""

from __future__ import annotations

import pytest

from summarizer.names.english_spans import english_name_spans
from summarizer.names.matching import MATCH_THRESHOLD, NameIndex
from summarizer.numbers.quantities import extract_quantities
from summarizer.schemas import QuantityKind
from summarizer.validators import check_grounding


def _flags(source: str, brief: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(f.claim.text, f.severity) for f in check_grounding(source, brief, lang) if f.severity != "info"]


BLAST = "پولیس کے بقول گزشتہ صبح ورکشاپ میں ہونے والے دھماکے کا وقت سات بج کر 37 منٹ تھا اور وہاں 200 افراد کام کر رہے تھے۔"


def test_a_clock_time_with_a_dot_is_a_time_not_a_number() -> None:
    assert _flags(BLAST, "The blast hit a workshop at 7.37 the previous morning, with 200 people inside.") == []
    assert [(q.span.text, q.value) for q in extract_quantities("Shares closed at 7.37 on Monday.", "en")] == [("7.37", 7.37)]
    assert ("300", "error") in _flags(BLAST, "The blast hit a workshop at 7.37 the previous morning, with 300 people inside.")


CAPTAIN = "مائیکل کلارک آسٹریلیا کے پہلے کپتان ہیں جن کی ٹیم انیس سو چورانوے کے بعد کوئی ٹیسٹ سیریز پاکستان سے ہاری۔"


def test_a_year_said_in_words_is_one_year() -> None:
    years = [(q.value, q.kind) for q in extract_quantities("the captain since nineteen ninety-four", "en")]
    assert years == [(1994.0, QuantityKind.YEAR)]
    assert _flags(CAPTAIN, "Clarke is the first Australian captain since nineteen ninety-four to lose a Test series to Pakistan.") == []
    wrong = _flags(CAPTAIN, "Clarke is the first Australian captain since nineteen eighty-four to lose a Test series to Pakistan.")
    assert ("nineteen eighty-four", "error") in wrong


def test_the_playing_eleven_is_a_side_not_a_count() -> None:
    assert extract_quantities("with the playing eleven to be decided on the day", "en") == []
    assert [q.value for q in extract_quantities("eleven players were named", "en")] == [11.0]


def test_a_month_ending_a_sentence_is_no_date_with_the_next_number() -> None:
    found = [(q.span.text, q.kind) for q in extract_quantities("It ends in October. Seven players are foreign.", "en")]
    assert found == [("Seven", QuantityKind.COUNT)]
    assert [q.kind for q in extract_quantities("on Oct. 5 the team left", "en")] == [QuantityKind.DATE]


@pytest.mark.parametrize(("text", "names"), [
    ("Nestle Pakistan Rs 13 billion in profit.", ["Nestle Pakistan"]),
    ("Engro Rs. 500 million", ["Engro"]),
    ("the US 2020 election", ["US"]),
])
def test_a_currency_code_on_a_figure_ends_the_name_before_it(text: str, names: list[str]) -> None:
    assert [s.text for s in english_name_spans(text)] == names


def test_an_acronym_s_plural_is_its_letters_with_a_plural_ze() -> None:
    source = "بندرگاہ پر بننے والا نیا ٹرمینل آئی پی پیز کی گیس کی ضرورت پوری کرے گا۔"
    assert NameIndex(source).match_english("IPPs").score >= MATCH_THRESHOLD
    assert NameIndex(source).match_english("NGOs").score < MATCH_THRESHOLD


def test_a_postposition_and_the_next_word_are_no_place_of_one_word() -> None:
    source = "شیری رحمان نے توہین رسالت والے قانون میں ترمیم کا بل واپس لے لیا۔"
    assert _flags(source, "شیری رحمان نے ترمیم کا بل واپس لے لیا۔", "ur") == []
    assert ("لاہور", "error") in _flags(source, "شیری رحمان نے لاہور میں ترمیم کا بل واپس لے لیا۔", "ur")


def test_a_body_s_english_name_in_urdu_letters_with_of_and_a_place_is_its_acronym() -> None:
    source = "اے پی پی کے مطابق کوارٹر فائنل مقابلے آج سے شروع ہوں گے۔"
    assert _flags(source, "ایسوسی ایٹڈ پریس آف پاکستان کے مطابق کوارٹر فائنل آج سے ہوں گے۔", "ur") == []
    assert _flags(source, "ایسوسی ایٹڈ پریس آف انڈیا کے مطابق کوارٹر فائنل آج سے ہوں گے۔", "ur") != []


def test_pakistan_in_a_company_s_name_is_the_urdu_pak() -> None:
    source = "سٹاک مارکیٹ میں نیسلے پاک کے بھاؤ میں 83 روپے کا اضافہ ہوا۔"
    assert NameIndex(source).match_english("Nestle Pakistan").score >= MATCH_THRESHOLD
    assert NameIndex(source).match_english("Nestle India").score < MATCH_THRESHOLD
    assert NameIndex("وہ پاک صاف ہے۔").match_english("Pakistan").score < MATCH_THRESHOLD


def test_international_before_a_sport_is_no_body_s_tail() -> None:
    source = "بھارت کے خلاف دو گول داغ کر سہیل عباس نے عالمی ہاکی میں گولوں کا نیا ریکارڈ اپنے نام کر لیا۔"
    assert _flags(source, "دو گول داغ کر سہیل عباس نے انٹرنیشنل ہاکی میں گولوں کا نیا ریکارڈ اپنے نام کر لیا۔", "ur") == []


# Round 6 on dev 29. Every Urdu sentence here is written by the team.

SPOKESMAN = "ڈی جی آئی ایس پی آر کے بقول پی ٹی ایم کے دو ارکان قومی اسمبلی کے خلاف ایف آئی آر کا اندراج ہو چکا ہے۔"


def test_latin_acronyms_in_an_urdu_brief_are_read_as_english() -> None:
    assert _flags(SPOKESMAN, "DG ISPR کے مطابق PTM کے دو MNA کے خلاف FIR درج ہوئی۔", "ur") == []
    swapped = _flags(SPOKESMAN, "DG ISPR کے مطابق PTI کے دو MNA کے خلاف FIR درج ہوئی۔", "ur")
    assert [text for text, _ in swapped] == ["PTI"]


def test_a_hyphened_latin_acronym_is_read_whole() -> None:
    source = "اس بل کی حمایت میں مسلم لیگ (ن) اور ایم ایم اے ایک صف میں تھیں۔"
    assert _flags(source, "اس بل کی حمایت میں PML-N اور MMA ایک صف میں تھیں۔", "ur") == []
    assert _flags(source, "اس بل کی حمایت میں PML-Q اور MMA ایک صف میں تھیں۔", "ur") != []


CHASE = "پچاس اوورز ختم ہوئے تو سری لنکا آٹھ وکٹوں پر 274 رنز جوڑ چکا تھا۔"


def test_a_target_is_one_more_than_the_total_the_article_gives() -> None:
    assert _flags(CHASE, "Sri Lanka made 274 for eight in their fifty overs, setting a target of 275.") == []
    assert ("285", "error") in _flags(CHASE, "Sri Lanka made 274 for eight in their fifty overs, setting a target of 285.")


def test_twenty20_ends_a_name_and_t_twenty_is_no_count() -> None:
    assert [s.text for s in english_name_spans("It is semi-final day in the Champions League Twenty20.")] == [
        "Champions League Twenty20"]
    assert [q.value for q in extract_quantities("He played one T-twenty for Australia.", "en")] == [1.0]


def test_a_month_then_a_year_said_in_words_is_the_year() -> None:
    found = [(q.span.text, q.value, q.kind) for q in extract_quantities("He was taken in March twenty thirteen.", "en")]
    assert found == [("twenty thirteen", 2013.0, QuantityKind.YEAR)]
    assert [q.kind for q in extract_quantities("They met on March twenty.", "en")] == [QuantityKind.DATE]
