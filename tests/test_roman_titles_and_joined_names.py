"""Roman Urdu titles, names joined by `and`, units on figures, overs and balls, and words run
together after a name (session 33). Every Urdu sentence here is written by the team."""

from __future__ import annotations

import pytest

from summarizer.names import gazetteer
from summarizer.names.english_spans import english_name_spans
from summarizer.names.matching import match_name, name_index
from summarizer.names.roman_urdu import aligned, roman_key
from summarizer.numbers.quantities import extract_quantities
from summarizer.text.normalize import fold_token
from summarizer.validators import check_grounding

FILMS = "ہدایت کار کی مشہور فلموں میں ’کل ہو نہ ہو‘ اور \"ہنسی تو پھنسی\" شامل ہیں، جبکہ نئی فلم 'نیا حکم نامہ' اگلے ماہ آئے گی۔"
UNQUOTED = "اس سے پہلے دونوں اداکار زندگی نہ ملے گی دوبارہ میں ساتھ کام کر چکے ہیں۔"


def _tokens(text: str) -> list[str]:
    return [fold_token(t) for t in text.split()]


@pytest.mark.parametrize(("english", "urdu"), [
    ("Kal Ho Naa Ho", "کل ہو نہ ہو"),
    ("Hasee Toh Phasee", "ہنسی تو پھنسی"),  # a nasal n Roman Urdu leaves out, aspirated ph
    ("Naya Hukmnama", "نیا حکم نامہ"),  # one English word for two Urdu words
    ("Zindagi Na Milegi Dobara", "زندگی نہ ملے گی دوبارہ"),
    ("Bhaiyya Ji", "بھیاجی"),  # two English words for one Urdu word
])
def test_a_roman_urdu_title_spells_its_urdu_words(english: str, urdu: str) -> None:
    assert aligned(english.split(), _tokens(urdu))


@pytest.mark.parametrize(("english", "urdu"), [
    ("Kal Ho Naa Ho", "کچھ کچھ ہوتا ہے"),
    ("Kal Ho Naa", "کل ہو نہ ہو"),  # every Urdu word must be used
    ("Hasee Toh Basee", "ہنسی تو پھنسی"),  # ... and every consonant agree
])
def test_another_title_is_not_aligned(english: str, urdu: str) -> None:
    assert not aligned(english.split(), _tokens(urdu))


def test_roman_key_reads_roman_urdu_habits() -> None:
    assert roman_key("Toh") == roman_key("To") == "t"  # a final h after o is silent
    assert roman_key("Phasee") == "ps"  # ph is an aspirated p, not f
    assert roman_key("Shah") == "sh"  # a final h after a stays


@pytest.mark.parametrize("title", ["Kal Ho Naa Ho", "Hasee Toh Phasee", "Naya Hukmnama"])
def test_a_quoted_title_is_found(title: str) -> None:
    m = match_name(title, FILMS)
    assert m.method == "title" and m.score >= 0.8 and m.span is not None


def test_an_unquoted_title_of_three_words_or_more_is_found() -> None:
    m = match_name("Zindagi Na Milegi Dobara", UNQUOTED)
    assert m.score >= 0.8 and m.span is not None and m.span.text == "زندگی نہ ملے گی دوبارہ"
    assert match_name("Zindagi Na Milegi Kabhi", UNQUOTED).score < 0.8


def test_a_title_the_article_does_not_name_is_still_flagged() -> None:
    found = check_grounding(FILMS, "His hits include Kuch Kuch Hota Hai.", "en")
    assert [f.claim.text for f in found] == ["Kuch Kuch Hota Hai"]
    assert check_grounding(FILMS, "His hits include Kal Ho Naa Ho and Hasee Toh Phasee.", "en") == []


def test_a_roman_urdu_word_is_no_demonym() -> None:
    assert gazetteer.demonym_of("Kuch") is None  # not the people of Kuching
    assert gazetteer.demonym_of("Bomb") is None
    assert gazetteer.demonym_of("Czech").english == "Czechia"  # type: ignore[union-attr]
    assert gazetteer.demonym_of("Turk").english == "Turkey"  # type: ignore[union-attr]
    assert [s.text for s in english_name_spans("He directed Kuch Kuch Hota Hai.")] == ["Kuch Kuch Hota Hai"]


def test_and_inside_a_known_name_keeps_it_whole() -> None:
    spans = english_name_spans("The England and Wales Cricket Board dropped him; Trinidad and Tobago won.")
    assert [s.text for s in spans] == ["England and Wales Cricket Board", "Trinidad and Tobago"]
    assert [s.text for s in english_name_spans("Pakistan and India met.")] == ["Pakistan", "India"]


def test_a_currency_on_a_figure_is_not_part_of_a_name() -> None:
    spans = english_name_spans("Rafhan Maize rose Rs300 and Nestle Pakistan Rs83.50.")
    assert [s.text for s in spans] == ["Rafhan Maize", "Nestle Pakistan"]


def test_mp_before_a_name_is_a_role() -> None:
    assert [s.text for s in english_name_spans("Pakistani MP Sherry Rehman withdrew her bill.")] == [
        "Pakistani", "Sherry Rehman"]


def test_overs_and_balls_are_also_read_as_scorecard_overs() -> None:
    values = [q.value for q in extract_quantities("ٹیم نے ہدف چھیالیس اوورز اور دو گیندوں میں حاصل کیا۔", "ur")]
    assert values == [46.0, 46.2, 2.0]
    source = "انگلینڈ نے ہدف چھیالیس اوورز اور دو گیندوں میں حاصل کر لیا۔"
    assert check_grounding(source, "England reached the target in 46.2 overs.", "en") == []
    wrong = check_grounding(source, "England reached the target in 46.4 overs.", "en")
    assert [f.claim.text for f in wrong] == ["46.4"]


def test_a_name_run_into_the_word_after_it_is_found() -> None:
    idx = name_index("پاکستان نے ایشین گیمزویمنز کرکٹ میں نیپال کو ہرا دیا۔")
    m = idx.match_urdu("ایشین گیمز")
    assert m.method == "exact" and m.span is not None and m.span.text == "ایشین گیمزویمنز"
    assert idx.match_urdu("ایشین کپ").score < 0.8


def test_a_body_named_in_full_where_the_article_writes_its_letters() -> None:
    source = "وہ آئی سی ایل کے علاوہ بنگلہ دیش پریمیئر لیگ کے میچ بھی کھیل چکے ہیں۔"
    assert match_name("Indian Cricket League", source).score >= 0.8
    assert match_name("Indian Premier League", source).score < 0.8


def test_an_acronym_then_what_of_it_is_named() -> None:
    source = "نیپال کا سفر آئی سی سی کے ڈویژن پانچ سے شروع ہو کر ون ڈے درجے تک گیا۔"
    assert match_name("ICC Division Five", source).score >= 0.8
    assert match_name("ICC Division Four", source).score < 0.8


def test_another_name_of_the_same_place_counts() -> None:
    source = "متاثرہ علاقوں میں فاٹا اور آزاد جماں کشمیر شامل ہیں۔"  # جماں: the paper's slip for جموں
    assert match_name("Azad Jammu and Kashmir", source).score >= 0.8
    assert match_name("Gilgit-Baltistan", source).score < 0.8


def test_an_urdu_name_the_source_writes_as_english_sounds() -> None:
    idx = name_index("صدر نے پاکستان اور سنٹرل ایشیا میں تجارت پر زور دیا، جبکہ ایک ریسرچ گروپ نے رپورٹ دی۔")
    assert idx.match_urdu("وسطی ایشیا").score >= 0.8  # Central Asia, translated and written as sounds
    assert idx.match_urdu("تحقیقی گروپ").score >= 0.8  # research group
    assert idx.match_urdu("جنوبی ایشیا").score < 0.8
    assert idx.match_urdu("تحقیقی ادارہ").score < 0.8


def test_a_later_name_word_spelt_as_a_function_word_continues_the_name() -> None:
    source = "محلے والوں نے بتایا کہ جمعرات کی شام ایک اجنبی عورت ان کی بیوی افسر جہاں سے ملنے آئی۔"
    assert match_name("Afsar Jahan", source).score >= 0.8  # جہاں is also 'where'
    assert match_name("Afsar Begum", source).score < 0.8
    assert match_name("Jahan", "وہ وہاں گئے جہاں بارش تھی۔").score < 0.8  # never a name on its own
