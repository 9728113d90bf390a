"""Urdu name claims: grammar a name does not take, foreign names, and the ways an article
supports a name an Urdu brief writes differently (names.urdu_claims, names.urdu_support).

Sentences are the team's own, not corpus text."""

from __future__ import annotations

import pytest

from summarizer.names.matching import NameIndex
from summarizer.names.urdu_claims import _verb_form, urdu_name_claims
from summarizer.names.urdu_support import supported_otherwise
from summarizer.text.normalize import fold_token
from summarizer.validators import check_grounding

SOURCE = "شہر میں بارش کے بعد سڑکیں بند رہیں اور انتظامیہ نے شہریوں سے گھروں میں رہنے کی اپیل کی۔"


@pytest.mark.parametrize("word", ["گھٹے", "بیچتا", "بھجوائے", "بڑھے"])
def test_verb_forms_are_known_by_their_infinitive(word: str) -> None:
    assert _verb_form(fold_token(word))


@pytest.mark.parametrize("word", ["سمیتا", "رانا", "سونیا", "کارلوس", "جیفری"])
def test_names_do_not_conjugate(word: str) -> None:
    assert not _verb_form(fold_token(word))


@pytest.mark.parametrize(
    "brief",
    [
        "دکاندار اب بھی سامان بیچتا ہے۔",  # a verb form
        "کئی تاجر اس فیصلے پر معترض ہیں۔",  # a predicate before ہیں
        "حکام نے امدادی سامان بھجوائے تاکہ لوگ محفوظ رہیں۔",
    ],
)
def test_verbs_and_predicates_are_not_name_claims(brief: str) -> None:
    assert urdu_name_claims(brief, SOURCE) == []


def test_two_new_uncommon_words_are_a_foreign_name_and_an_error() -> None:
    found = check_grounding(SOURCE, "انتظامیہ کے ترجمان ڈیبورا آرنوٹ نے اپیل کی۔", "ur")
    assert [(f.claim.text, f.severity) for f in found] == [("ڈیبورا آرنوٹ", "error")]


def test_abd_al_names_are_names() -> None:
    found = check_grounding(SOURCE, "شہر کی انتظامیہ کی قیادت عبدالرزاق کریں گے۔", "ur")
    assert [(f.claim.text, f.severity) for f in found] == [("عبدالرزاق", "error")]


ARTICLE = (
    "بغداد میں نائب وزیر برائے نوادرات اور سیاحت قیس حسین نے عجائب گھر دوبارہ کھولا۔ ایرانی خبر رساں ادارے کے "
    "مطابق وزارتِ خارجہ کے ترجمان نے مذمت کی۔ سندھ میں گرمی سے ہلاکتیں ہوئیں اور صوبائی حکومت نے تعطیل کی۔ "
    "سیول میں صدر مون جائے اِن نے وفد کا استقبال کیا۔"
)


@pytest.mark.parametrize(
    "name",
    [
        "سیاحت قیس حسین",  # a portfolio word before the article's name
        "ایرانی وزارت خارجہ",  # demonym + the article's institution
        "سندھ حکومت",  # province + the article's institution word
        "حکومت سندھ",
        "مون جے ان",  # a foreign name's vowels written otherwise
    ],
)
def test_the_article_supports_names_written_otherwise(name: str) -> None:
    assert supported_otherwise(NameIndex(ARTICLE), name)


@pytest.mark.parametrize(
    "name",
    [
        "عجائب قیس خان",  # the rest is not the article's name
        "سعودی وزارت خارجہ",  # a place the article does not name
        "پنجاب حکومت",
        "ایرانی وزارت دفاع",  # an institution the article does not name
        "مون چے ان",  # another consonant (vowels are what spellings change)
        "نوادرات حسین",  # one word left is no name to vouch for
    ],
)
def test_swapped_names_still_fail(name: str) -> None:
    assert not supported_otherwise(NameIndex(ARTICLE), name)


def test_a_leading_ain_may_be_written_as_a_vowel() -> None:
    assert supported_otherwise(NameIndex("پاکستان اپنا آخری میچ اومان کے خلاف کھیلے گا۔"), "عمان")
    assert not supported_otherwise(NameIndex("پاکستان اپنا آخری میچ ایران کے خلاف کھیلے گا۔"), "عمان")


def test_a_variant_match_must_not_rest_on_shared_words_only() -> None:
    article = "سب سے زیادہ سودے میپل لیف سیمنٹ میں ہوئے اور انڈیکس بڑھا۔"
    found = check_grounding(article, "سب سے زیادہ سودے لکی سیمنٹ میں ہوئے۔", "ur")
    assert [(f.claim.text, f.severity) for f in found] == [("لکی سیمنٹ", "error")]
    assert check_grounding(article, "سب سے زیادہ سودے میپل لیف سیمنٹ میں ہوئے۔", "ur") == []


def test_a_compass_word_holds_when_the_article_gives_that_direction() -> None:
    index = NameIndex("راکٹ اسرائیل کے جنوب میں گرے۔")
    assert supported_otherwise(index, "جنوبی اسرائیل")
    assert not supported_otherwise(index, "شمالی اسرائیل")


@pytest.mark.parametrize(
    ("brief", "name"),
    [
        ("سرحدی تنازع اروناچل پردیش کے علاقے میں ہے۔", "اروناچل پردیش"),  # an Indian state's tail
        ("برٹش میڈیکل ایسوسی ایشن کے مطابق ہسپتال بھرے ہیں۔", "میڈیکل ایسوسی ایشن"),
    ],
)
def test_place_and_association_tails_make_errors(brief: str, name: str) -> None:
    found = check_grounding(SOURCE, brief, "ur")
    assert any(f.severity == "error" and name in f.claim.text for f in found), [(f.claim.text, f.severity) for f in found]


def test_an_infinitive_or_oblique_plural_before_a_postposition_is_no_name() -> None:
    # the lemma table knows these forms; their endings are grammar a name does not take,
    # even in a name's slot before کے / کی
    brief = "حکومت نے کرایہ گھٹانے کے لیے اقدامات کیے اور زائرین نے یاتریوں کی مدد کی۔"
    claimed = [s.text for s, _ in urdu_name_claims(brief, SOURCE)]
    assert "گھٹانے" not in claimed and "یاتریوں" not in claimed


def test_ordinary_news_words_the_frequency_list_ranks_rare_are_no_names() -> None:
    # منتظمین (organisers) and اسپنر (a spin bowler) are rare in a general word list, not names
    brief = "میچ دیکھنے کے لیے شائقین بڑی تعداد میں آئے جبکہ منتظمین نے اسپنر کو بھی بلایا۔"
    assert [s.text for s, _ in urdu_name_claims(brief, SOURCE)] == []
    # a name beside them is still claimed
    named = "منتظمین نے اسپنر ثقلین مشتاق کو بھی بلایا۔"
    assert any("ثقلین" in s.text for s, _ in urdu_name_claims(named, SOURCE))


def test_an_infinitive_before_a_postposition_is_no_name_but_a_name_in_ne_is() -> None:
    claims = [s.text for s, _ in urdu_name_claims("کپتان پر ٹیم کا ماحول بگاڑنے کا الزام لگا۔", SOURCE)]
    assert "بگاڑنے" not in claims
    claims = [s.text for s, _ in urdu_name_claims("بلے باز مہیلا جے وردھنے کا ریکارڈ برقرار رہا۔", SOURCE)]
    assert any("وردھنے" in c for c in claims)


def test_according_to_is_a_function_word_not_a_name() -> None:
    claims = [s.text for s, _ in urdu_name_claims("دکاندار کے بقول ملزمہ کی عمر تیس برس ہوگی۔", SOURCE)]
    assert not any("بقول" in c for c in claims)


def test_a_word_before_allah_and_a_name_part_is_a_given_name() -> None:
    """انعام اللہ نیازی: انعام is a reward on its own, a given name before اللہ and a surname."""
    source = "عمران کو کزن حفیظ اللہ نیازی سیاست میں لائے۔"
    errors = [f.claim.text for f in check_grounding(source, "عمران کو کزن انعام اللہ نیازی سیاست میں لائے۔", "ur")
              if f.severity == "error"]
    assert errors and all("انعام" in e for e in errors)
    assert check_grounding(source, "عمران کو کزن حفیظ اللہ نیازی سیاست میں لائے۔", "ur") == []
    assert urdu_name_claims("انہیں انعام دیا گیا۔", NameIndex(source)) == []


def test_a_determiner_before_an_adjective_is_no_name() -> None:
    """کسی مغربی کمپنی: "some western company", not کسی (as if a given name) with another surname
    than the article's کسی ملک (ملک: also the surname Malik)."""
    source = "ماہرین کے مطابق یہ پروگرام کسی ملک کی سرپرستی میں تیار ہوا، شاید مغرب میں۔"
    assert urdu_name_claims("یہ بظاہر کسی مغربی کمپنی کی تخلیق ہے۔", NameIndex(source)) == []


def test_a_known_body_declined_before_a_postposition_is_still_the_body() -> None:
    """وفاقی تحقیقاتی ادارہ (FIA) is وفاقی تحقیقاتی ادارے before کا: still a claim the article must hold."""
    source = "وزیر اعظم نے محمد سلمان کو انٹیلی جنس بیورو کا سربراہ مقرر کیا۔"
    findings = check_grounding(source, "وزیر اعظم نے محمد سلمان کو وفاقی تحقیقاتی ادارے کا سربراہ مقرر کیا۔", "ur")
    assert [(f.severity, f.claim.text) for f in findings] == [("error", "وفاقی تحقیقاتی ادارے")]
    held = "ایف آئی اے کے مطابق وفاقی تحقیقاتی ادارے کی ٹیم پہنچ گئی۔"
    assert check_grounding(held, "وفاقی تحقیقاتی ادارے کی ٹیم پہنچ گئی۔", "ur") == []


def test_de_before_a_surname_is_no_letter_of_an_acronym() -> None:
    """اے بی ڈی ویلیئرز is AB de Villiers, which an article may write اے بی ڈولیئرز: not an
    acronym ABD the article lacks. Another surname after the letters is still an error."""
    source = "اے بی ڈولیئرز سات رنز پر پویلین لوٹے جبکہ کپتان ہاشم آملہ کے کھاتے میں چار رنز آئے۔"
    brief = "اے بی ڈی ویلیئرز 7 اور کپتان ہاشم آملہ 4 رنز بنا سکے۔"
    assert check_grounding(source, brief, "ur") == []
    other = [f.claim.text for f in check_grounding(source, brief.replace("ڈی ویلیئرز", "ڈی گرینڈ"), "ur")
             if f.severity == "error"]
    assert other == ["اے بی ڈی"]
