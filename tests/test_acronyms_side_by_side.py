"""Acronyms in Urdu letter names that stand side by side (session 38): one stray letter before
or after makes a longer acronym, two or more are an acronym of their own. Every Urdu sentence
here is written by the team."""

from __future__ import annotations

import pytest

from summarizer.names.matching import MATCH_THRESHOLD, NameIndex
from summarizer.validators import check_grounding

RALLY = "اپنی مہم کے دوران اے پی ڈی ایم ملک بھر کے شہروں میں جلسوں سے خطاب کر چکی ہے۔"
MEMBER = "پی ٹی آئی ایم این اے نے ڈی جی آئی ایس پی آر سے ملاقات کی۔"


def test_letters_inside_a_longer_acronym_are_not_an_acronym_of_their_own() -> None:
    index = NameIndex(RALLY)
    assert index.match_english("APDM").score >= MATCH_THRESHOLD
    assert index.match_english("PDM").score < MATCH_THRESHOLD


@pytest.mark.parametrize("acronym", ["PTI", "MNA", "ISPR"])
def test_two_acronyms_side_by_side_are_each_found(acronym: str) -> None:
    assert NameIndex(MEMBER).match_english(acronym).score >= MATCH_THRESHOLD


def test_an_english_brief_swapping_a_longer_acronym_for_its_tail_is_flagged() -> None:
    flags = [(f.claim.text, f.severity) for f in check_grounding(RALLY, "The PDM held rallies across the country.", "en")]
    assert ("PDM", "error") in flags
    assert not [f for f in check_grounding(RALLY, "The APDM held rallies across the country.", "en") if f.severity == "error"]


# Round 1 on dev 27: names across desk styles. Every Urdu sentence here is written by the team.

AGENCY = "سرحد پر روکے گئے خاندانوں سے ملنے کی اجازت اب اقوامِ متحدہ کے پناہ گزینوں کے ادارے کو بھی ہو گی۔"


@pytest.mark.parametrize("name", ["UNHCR", "UN refugee agency"])
def test_a_listed_body_is_found_where_the_article_translates_its_name_in_the_genitive(name: str) -> None:
    assert NameIndex(AGENCY).match_english(name).score >= MATCH_THRESHOLD


def test_a_listed_expansion_is_no_licence_for_a_shorter_translation() -> None:
    # the alias route is for acronyms: a full name is matched as its own words
    assert NameIndex(AGENCY).match_english("UN Development Agency").score < MATCH_THRESHOLD


def _en(source: str, brief: str) -> list[tuple[str, str]]:
    return [(f.claim.text, f.severity) for f in check_grounding(source, brief, "en") if f.severity != "info"]


CRICKET = "دن کے اختتام پر ڈوپلیسز 69 اور وکٹ کیپر ڈی کوک 27 رنز پر کھیل رہے تھے۔"


def test_a_capitalised_particle_opening_a_sentence_is_the_surname_s() -> None:
    assert _en(CRICKET, "Du Plessis was unbeaten on 69 at the close.") == []
    assert ("Du Toit", "error") in _en(CRICKET, "Du Toit was unbeaten on 69 at the close.")


HOUSE = "منگل کو جماعتِ اسلامی کے چار اراکینِ قومی اسمبلی نے ایوان کی توجہ دلائی۔"


def test_a_plural_role_acronym_after_a_party_is_its_members_not_the_party_s_name() -> None:
    assert _en(HOUSE, "On Tuesday four Jamaat-i-Islami MNAs raised the issue.") == []
    assert ("Tehreek-e-Insaf", "error") in _en(HOUSE, "On Tuesday four Tehreek-e-Insaf MNAs raised the issue.")


DATELINE = "انہوں نے کہا کہ آئین ہی واحد راستہ ہے۔ آن لائن کے مطابق ان کا کہنا تھا کہ آئین سے ہٹ کر اٹھائے گئے کسی قدم کی تائید ممکن نہیں۔"


def test_the_news_agency_online_is_the_agency_in_english_and_a_word_in_urdu() -> None:
    assert _en(DATELINE, "According to Online, he said no unconstitutional step could be backed.") == []
    no_agency = "انہوں نے کہا کہ آئین ہی واحد راستہ ہے۔"
    ur = [f for f in check_grounding(no_agency, "آن لائن کلاسیں جاری ہیں اور آئین ہی واحد راستہ ہے۔", "ur") if f.severity == "error"]
    assert ur == []


GOAL = "میچ کے 53ویں منٹ میں بھارت کے چندانہ نکن تھمایانے گیند گول میں پھینک کر مقابلہ برابر کیا۔"


def test_a_south_asian_th_is_an_aspirated_t() -> None:
    assert _en(GOAL, "Nikkin Thimmaiah equalised for India in the 53rd minute.") == []
    assert NameIndex(GOAL).match_english("Thimmaiah").score >= MATCH_THRESHOLD


def test_an_acronym_defined_after_a_name_keeps_the_everyday_word_it_spells() -> None:
    from summarizer.names.english_spans import english_name_spans

    spans = [s.text for s in english_name_spans("The All Parties Democratic Movement (APDM) will hold a rally.")]
    assert spans == ["All Parties Democratic Movement", "APDM"]


def _ur(source: str, brief: str) -> list[tuple[str, str]]:
    return [(f.claim.text, f.severity) for f in check_grounding(source, brief, "ur") if f.severity != "info"]


def test_a_verb_after_an_institution_ends_its_name() -> None:
    source = "شجاع خانزادہ 2014 میں صوبائی وزیر داخلہ بنے اور وزارتِ داخلہ کا قلمدان سنبھالا۔"
    assert _ur(source, "2014 میں صوبائی وزارت داخلہ سنبھالی۔") == []
    assert ("وزارت خارجہ", "error") in _ur(source, "2014 میں صوبائی وزارت خارجہ سنبھالی۔")


BANNED = ("نیوزی لینڈ کے سابق کرکٹر لو ونسنٹ پر تاحیات پابندی لگا دی گئی۔ ونسنٹ نے آئی سی ایل، چیمپئنز لیگ اور "
          "بنگلہ دیش پریمیئر لیگ میں فکسنگ کا اعتراف کیا۔")


def test_a_person_the_article_names_is_no_part_of_the_body_named_after_him() -> None:
    assert _ur(BANNED, "ونسنٹ انڈین کرکٹ لیگ اور چیمپئنز لیگ میں فکسنگ کا اعتراف کر چکے ہیں۔") == []
    swapped = _ur(BANNED, "ونسنٹ پاکستانی کرکٹ لیگ اور چیمپئنز لیگ میں فکسنگ کا اعتراف کر چکے ہیں۔")
    assert any("پاکستانی" in text and severity == "error" for text, severity in swapped)


@pytest.mark.parametrize("adverb", ["بخوشی", "بخوبی"])
def test_be_before_an_everyday_noun_is_an_adverb_not_a_name(adverb: str) -> None:
    source = "اداکار نے کہا کہ مائیکل جیکسن پر فلم بنی تو وہ اس میں کام کریں گے۔"
    assert _ur(source, f"اداکار نے کہا کہ مائیکل جیکسن پر فلم بنی تو وہ {adverb} کام کریں گے۔") == []


PERTH = "پرتھ میں تیسرے ٹیسٹ کے چوتھے روز آسٹریلیا نے پاکستان کو 491 رنز کا ہدف دیا۔"


def test_a_rank_the_article_gives_a_day_is_not_the_test_s() -> None:
    assert _en(PERTH, "On the fourth day of the third Test in Perth, Australia set Pakistan 491 to win.") == []
    assert ("fourth", "error") in _en(PERTH, "On the fourth day of the fourth Test in Perth, Australia set 491.")
    assert ("third", "error") in _en(PERTH, "On the third day of the third Test in Perth, Australia set 491.")
