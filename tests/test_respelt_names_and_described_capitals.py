"""A foreign name the desk respells beside the same given name as the article (کرس راجرز for the
article's کرس راجڑ) is the same person; a given name the desk's lists know is another person
(خالد for خادم). A capital the article describes without naming (افغانستان کے دارالحکومت)
may be named. A demonym of a country CLDR writes with & (Bosnian ↔ بوسنیا) and a name before a
hyphened participle (BBC-sourced) are checked as names. A listed body's Urdu name is supported by
the article's English name in Urdu letters (پاک چین اقتصادی راہداری ↔ چائنا پاکستان اکنامک کوریڈور). Articles and briefs written by the team."""

from __future__ import annotations

import pytest

from summarizer.validators import check_grounding

_CRICKET = ("پرتھ میں کھیلے گئے میچ میں آسٹریلیا کی پہلی اننگز میں کرس راجڑ جلد آؤٹ ہو گئے جبکہ "
            "پیٹر کاسنگ نے نصف سنچری بنائی۔ پاکستان کی جانب سے حسین طلعت نے دو وکٹیں لیں۔")
_BLAST = "ڈیرہ اسماعیل خان میں دھماکے کے بعد پولیس افسر خادم حسین نے بتایا کہ دو افراد زخمی ہوئے۔"
_KABUL = "منگل کو افغانستان کے دارالحکومت میں سینکڑوں طلبہ نے جلوس نکالا اور کئی سڑکیں بند کر دیں۔"
_SARAJEVO = "بوسنیا کی پولیس نے جمعرات کو 16 مشتبہ افراد پکڑ لیے جن پر بیرون ملک جنگ میں جانے کا الزام ہے۔"
_GAZA = "اسرائیلی ذرائع نے بی بی سی سے گفتگو کرتے ہوئے حملے کی تصدیق کی۔"


def _names(source: str, brief: str, lang: str = "ur") -> list[tuple[str, str]]:
    return [(f.claim.text, f.severity) for f in check_grounding(source, brief, lang) if f.kind.value == "name"]


@pytest.mark.parametrize("brief", ["کرس راجرز جلد آؤٹ ہو گئے۔", "پیٹر کیسنگ نے نصف سنچری بنائی۔"])
def test_a_foreign_name_respelt_beside_the_same_given_name_is_the_same_person(brief: str) -> None:
    assert _names(_CRICKET, brief) == []


def test_a_different_surname_beside_the_same_given_name_is_still_flagged() -> None:
    assert _names(_CRICKET, "کرس گیل جلد آؤٹ ہو گئے۔") != []


def test_a_given_name_the_desk_knows_is_another_person_however_alike() -> None:
    assert _names(_BLAST, "پولیس افسر خالد حسین نے بتایا کہ دو افراد زخمی ہوئے۔") == [("خالد", "error")]


@pytest.mark.parametrize(("brief", "lang"), [("کابل میں طلبہ نے جلوس نکالا۔", "ur"),
                                             ("Students marched in Kabul on Tuesday.", "en")])
def test_a_capital_the_article_describes_may_be_named(brief: str, lang: str) -> None:
    assert _names(_KABUL, brief, lang) == []


def test_another_city_of_that_country_is_still_an_error() -> None:
    assert ("قندھار", "error") in _names(_KABUL, "قندھار میں طلبہ نے جلوس نکالا۔")


def test_a_demonym_of_a_country_cldr_writes_with_an_ampersand_is_its_country() -> None:
    assert _names(_SARAJEVO, "Bosnian police arrested 16 suspects.", "en") == []
    assert _names(_SARAJEVO, "Croatian police arrested 16 suspects.", "en") != []


def test_a_name_before_a_hyphened_participle_is_the_name() -> None:
    assert _names(_GAZA, "Israeli sources gave a BBC-sourced confirmation.", "en") == []
    assert _names(_GAZA, "Israeli sources gave a CNN-sourced confirmation.", "en") != []


_GWADAR = "گوادر میں چائنا پاکستان اکنامک کوریڈور کے منصوبوں پر کام تیز کر دیا گیا ہے۔"


def test_a_listed_body_the_article_spells_in_english_sounds_is_supported_by_its_urdu_name() -> None:
    assert _names(_GWADAR, "پاک چین اقتصادی راہداری کے منصوبوں پر کام تیز ہو گیا۔") == []


def test_another_body_is_still_flagged_against_the_english_sounds() -> None:
    assert _names(_GWADAR, "ایشیائی ترقیاتی بینک کے منصوبوں پر کام تیز ہو گیا۔") != []


def test_the_teams_after_a_group_letter_are_names_of_their_own() -> None:
    from summarizer.names.english_spans import english_name_spans

    spans = [s.text for s in english_name_spans("Group A Oman and Qatar; Group B Iran, Japan and Malaysia.")]
    assert "Iran" in spans and "Oman" in spans and not any(s.endswith(" Iran") for s in spans)


@pytest.mark.parametrize(("text", "name"), [("The US Fish and Wildlife Service crushed the ivory.", "US Fish and Wildlife Service"),
                                            ("The Food and Drug Administration approved it.", "Food and Drug Administration")])
def test_a_body_named_by_two_things_joined_is_one_name(text: str, name: str) -> None:
    from summarizer.names.english_spans import english_name_spans

    assert [s.text for s in english_name_spans(text)] == [name]


def test_two_places_joined_before_a_body_stay_apart() -> None:
    from summarizer.names.english_spans import english_name_spans

    assert [s.text for s in english_name_spans("Talks between India and Pakistan Cricket Board officials.")] == [
        "India", "Pakistan Cricket Board"]


_T20 = ("زمبابوے نے مقررہ 20 اوورز میں 145 رنز بنائے جن میں کپتان کے 67 رنز شامل تھے۔ جواب میں مہمان ٹیم "
        "نو وکٹوں پر 135 رنز ہی بنا سکی۔")


def _numbers(source: str, brief: str, lang: str) -> list[tuple[str, str]]:
    return [(f.claim.text, f.severity) for f in check_grounding(source, brief, lang) if f.kind.value == "number"]


@pytest.mark.parametrize(("brief", "lang"), [("Zimbabwe won by 10 runs.", "en"), ("زمبابوے 10 رنز سے جیت گیا۔", "ur")])
def test_a_margin_in_runs_is_the_difference_of_the_two_totals(brief: str, lang: str) -> None:
    assert _numbers(_T20, brief, lang) == []


@pytest.mark.parametrize("brief", ["Zimbabwe won by 12 runs.", "Zimbabwe won by 78 runs."])
def test_any_other_margin_is_still_an_error(brief: str) -> None:
    assert _numbers(_T20, brief, "en") == [(brief.split()[3], "error")]


_BOARD = "کرکٹ کنٹرول بورڈ آف انڈیا (بی سی سی آئی) نے ٹیم کے اعلان کے ساتھ کپتان کی فٹنس رپورٹ بھی جاری کی۔"


@pytest.mark.parametrize("acronym", ["آئی سی سی", "اے سی سی"])
def test_another_acronym_made_of_the_articles_letters_is_flagged(acronym: str) -> None:
    assert (acronym, "error") in _names(_BOARD, f"{acronym} نے ٹیم کا اعلان کیا۔")


def test_the_articles_acronym_is_supported() -> None:
    assert _names(_BOARD, "بی سی سی آئی نے ٹیم کا اعلان کیا۔") == []


def test_another_channel_named_by_the_articles_word_for_television_is_flagged() -> None:
    source = "ٹیم کی واپسی کی تقریب پاکستان ٹیلی وژن نے براہ راست دکھائی۔"
    assert ("Geo Television", "error") in _names(source, "Geo Television showed the ceremony live.", "en")
    assert _names(source, "Pakistan Television showed the ceremony live.", "en") == []
