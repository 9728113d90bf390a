"""Everyday words that hide no name (plurals, words with the vowels of another), names that are
also words, acronyms a brief writes in letter names where the article writes them out, initials
before a surname, the English aw, and Indian-held Kashmir (session 37). Every Urdu sentence here
is written by the team."""

from __future__ import annotations

import pytest

from summarizer.names.english_spans import english_name_spans
from summarizer.names.matching import MATCH_THRESHOLD, NameIndex
from summarizer.names.urdu_claims import urdu_name_claims
from summarizer.validators import check_grounding


def _flags(source: str, brief: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(f.claim.text, f.severity) for f in check_grounding(source, brief, lang) if f.severity != "info"]


PRISON = "جیل میں قیدیوں کی تعداد بڑھ گئی اور ان کی جائیدادیں ضبط کر لی گئیں، ڈیموکریٹ ارکان نے کہا۔"


@pytest.mark.parametrize("name", ["Kevin", "Jonathan"])
def test_an_everyday_word_in_the_plural_hides_no_name(name: str) -> None:
    # قیدیوں (prisoners), جائیدادیں (properties): rare forms of everyday words, no name's plural
    assert NameIndex(PRISON).match_english(name).score < MATCH_THRESHOLD


def test_a_name_heard_in_an_everyday_word_with_another_opening_vowel_is_not_there() -> None:
    # قبل (before) has Iqbal's consonants, but Urdu writes Iqbal's opening vowel: اقبال
    text = "پولیس کے مطابق دو روز قبل ہی شہر میں دھماکے ہوئے تھے۔"
    assert NameIndex(text).match_english("Iqbal").score < MATCH_THRESHOLD
    assert ("Malik Iqbal", "error") in _flags(text, "Malik Iqbal said the blasts came two days earlier.")


@pytest.mark.parametrize(("urdu", "english"), [
    ("لڑکی روشنی نے گھر چھوڑ دیا۔", "Roshni"),
    ("اہلکاروں نے منظور ملک نامی نوجوان کو پکڑ لیا۔", "Manzoor Malik"),
    ("فاسٹ بولر وسیم اکرم نے کہا۔", "Akram"),
    ("ملک میں سائنس کی تعلیم کم ہے۔", "Science"),
])
def test_a_name_that_is_also_an_everyday_word_is_heard_in_that_word(urdu: str, english: str) -> None:
    assert NameIndex(urdu).match_english(english).score >= MATCH_THRESHOLD


def test_everyday_words_are_a_name_of_several_words_only_where_the_text_names_with_them() -> None:
    # صادق دوست: a truthful friend, not Sadiq Dost, unless a title or نامی makes it a name
    assert NameIndex("وہ ایک صادق دوست ہیں۔").match_english("Sadiq Dost").score < MATCH_THRESHOLD
    assert NameIndex("وہ صادق دوست نامی تاجر ہیں۔").match_english("Sadiq Dost").score >= MATCH_THRESHOLD


def test_english_aw_is_a_long_vowel() -> None:
    idx = NameIndex("انگریزی روزنامے ڈان کے مدیر کو خط لکھا گیا، لارنس نے کہا۔")
    assert idx.match_english("Dawn").score >= MATCH_THRESHOLD
    assert idx.match_english("Lawrence").score >= MATCH_THRESHOLD
    # ow keeps its w: Brown is براؤن, not برنک
    assert NameIndex("برنک کالج کے طلبہ").match_english("Brown").score < MATCH_THRESHOLD


BANKS = "قذافی سٹیڈیم میں یونائیٹڈ بینک لمیٹڈ اور پورٹ قاسم کی ٹیمیں آمنے سامنے ہوں گی، پتی نے کہا۔"


def test_an_acronym_in_letter_names_is_the_body_the_article_writes_out() -> None:
    assert _flags(BANKS, "قذافی سٹیڈیم میں یو بی ایل اور پورٹ قاسم کی ٹیمیں کھیلیں گی۔", "ur") == []
    # letters heard as a word (PTI in پتی) are no body's name
    assert ("پی ٹی آئی", "error") in _flags(BANKS, "قذافی سٹیڈیم میں پی ٹی آئی کی ٹیم کھیلے گی۔", "ur")


SQUAD = "ٹیم کی قیادت مہندرا سنگھ دھونی کریں گے جبکہ ویرات کوہلی نائب کپتان ہوں گے۔"


@pytest.mark.parametrize(("brief", "flagged"), [
    ("ٹیم کی قیادت ایم ایس دھونی کریں گے۔", False),
    ("ٹیم کی قیادت ایس ایم دھونی کریں گے۔", True),  # the initials of other given names
    ("ٹیم کی قیادت ایم ایس کوہلی کریں گے۔", True),  # Kohli's given name is no M. S.
])
def test_initials_before_a_surname_are_the_given_names_the_article_writes(brief: str, flagged: bool) -> None:
    assert bool(_flags(SQUAD, brief, "ur")) is flagged


def test_a_name_after_an_activist_is_a_claim_and_kiran_is_no_form_of_karne() -> None:
    source = "انسانی حقوق کی کارکن رنجنا کماری نے کہا کہ پولیس کو کچھ کرنے کی ضرورت ہے۔"
    claims = [span.text for span, _ in urdu_name_claims("انسانی حقوق کی کارکن کرن بیدی کے مطابق سڑکیں محفوظ نہیں۔", source)]
    assert claims == ["کرن بیدی"]


KASHMIR = "مقبوضہ کشمیر میں سیلاب سے ہزاروں مکان تباہ ہو گئے۔"


def test_indian_held_kashmir_is_one_name_for_occupied_kashmir() -> None:
    assert [s.text for s in english_name_spans("Floods hit Indian-held Kashmir.")] == ["Indian-held Kashmir"]
    assert _flags(KASHMIR, "Floods destroyed thousands of homes in Indian-held Kashmir.") == []
    assert ("Indian-held", "error") in _flags(KASHMIR, "Floods destroyed thousands of homes in Indian-held Ladakh.")


def test_three_initials_of_a_persons_name_are_no_acronym() -> None:
    text = "شرجیل انعام میمن کا کہنا تھا کہ کل شہر میں ہڑتال رہے گی۔"
    assert NameIndex(text).match_english("ISI").score < MATCH_THRESHOLD
    assert NameIndex("زرعی ترقیاتی بینک لمیٹڈ نے قرضے دیے۔").match_english("ZTBL").score >= MATCH_THRESHOLD


# Second round (dev 26)

def test_an_everyday_word_spelt_like_a_name_run_together_is_the_word() -> None:
    # لی نا (Li Na) is listed; لینا is "to take"
    claims = [span.text for span, _ in urdu_name_claims("بی جے پی کو اتحادیوں کا سہارا لینا پڑے گا اور لی نا جیت گئیں۔", "بی جے پی")]
    assert "لی نا" in claims and "لینا" not in claims


RALLY = "اے پی ڈی ایم نے انتخابی دھاندلی کے خلاف ملک بھر میں جلسے کیے اور ریلیاں نکالیں۔"


def test_a_name_in_english_words_urdu_spells_is_the_acronym_the_article_writes() -> None:
    assert _flags(RALLY, "آل پارٹیز ڈیموکریٹک موومنٹ نے ملک بھر میں جلسے کیے۔", "ur") == []
    # PDM is no part of APDM
    assert _flags(RALLY, "پیپلز ڈیموکریٹک موومنٹ نے ملک بھر میں جلسے کیے۔", "ur") == [
        ("پیپلز ڈیموکریٹک موومنٹ", "error")]


def test_a_listed_person_spelt_by_ear_is_the_person_the_article_spells_otherwise() -> None:
    paris = "لورنٹ فیبیس، جو فرانس کے وزیرخارجہ ہیں، بولے کہ بلاول بھٹو زرداری سے ان کی ملاقات اچھی رہی۔"
    assert _flags(paris, "فرانسیسی وزیر خارجہ لوراں فابیوس نے کہا۔", "ur") == []
    assert ("آصفہ بھٹو زرداری", "error") in _flags(paris, "آصفہ بھٹو زرداری سے ملاقات ہوئی۔", "ur")


def test_a_demonym_describing_a_state_the_article_names_is_true_not_struck() -> None:
    text = "سوموار کو ریاست گجرات کے صنعتی شہر وڈودرہ میں تشدد پھوٹ پڑا۔"
    assert _flags(text, "بھارتی ریاست گجرات کے صنعتی شہر وڈودرہ میں تشدد ہوا۔", "ur") == []
    assert _flags(text, "پاکستانی ریاست گجرات کے صنعتی شہر وڈودرہ میں تشدد ہوا۔", "ur") == [("پاکستانی", "error")]


@pytest.mark.parametrize(("brief", "claims"), [
    ("حملے کی ذمہ داری المنصورین نامی گروپ نے قبول کی ہے۔", []),
    ("حملے کی ذمہ داری المجاہدین نامی گروپ نے قبول کی ہے۔", ["المجاہدین"]),
    ("حملے کی ذمہ داری لشکر طیبہ نامی گروپ نے قبول کی ہے۔", ["لشکر طیبہ"]),
])
def test_the_name_of_a_group_named_so_is_the_word_before_nami(brief: str, claims: list[str]) -> None:
    source = "پولیس چوکی پر حملے کی ذمہ داری المنصورین نامی ایک کم معروف تنظیم نے لی ہے۔"
    assert [span.text for span, _ in urdu_name_claims(brief, source)] == claims


def test_a_compass_word_before_a_place_the_article_gives_another_is_another_place() -> None:
    text = "ریاست مغربی بنگال کے ضلع ویسٹ مدناپور میں تشدد ہوا۔"
    assert _flags(text, "Violence hit West Midnapore.") == []
    assert _flags(text, "Violence hit East Midnapore.") == [("East Midnapore", "error")]


def test_a_persons_first_and_last_name_hold_where_the_article_writes_middle_names_between() -> None:
    text = "عمر حسن احمد البشیر، جو سوڈان کے صدر ہیں، امریکی صدر جارج بش کے ایلچی سے ملے۔"
    assert _flags(text, "سوڈان کے صدر عمر البشیر نے کہا۔", "ur") == []
    # a surname from elsewhere in the article is no name of his
    assert ("عمر بش", "error") in _flags(text, "سوڈان کے صدر عمر بش نے کہا۔", "ur")
