"""Issue 8 (Urdu side): right Urdu briefs must not be flagged where the article writes the same
name, date or count another way, and a wrong one must still be (a body named in English words the
article lacks, سٹیٹ سکیورٹی سروس, among them).

Sentences are the team's own, not corpus text."""

from __future__ import annotations

import pytest

from summarizer.names.matching import NameIndex
from summarizer.names.urdu_claims import _paradigm_word, urdu_name_claims
from summarizer.names.urdu_support import supported_otherwise, words_in_article
from summarizer.text.dates import date_words
from summarizer.text.normalize import fold_token
from summarizer.validators import check_grounding


def _kinds(source: str, brief: str) -> list[tuple[str, str, str]]:
    return [(f.kind.value, f.severity, f.claim.text) for f in check_grounding(source, brief, "ur")]


# ------------------------------------------------------------------ names written another way

@pytest.mark.parametrize(
    ("source", "brief", "wrong"),
    [
        # a postposition run into the name in the article
        ("شہر میں بارش کے بعد میلان کو گاؤں سمیت کئی علاقے خالی کرائے گئے۔ حکام نے مدد کا اعلان کردیاکراچی ۔",
         "حکام نے کراچی میں مدد کا اعلان کیا۔", "حکام نے لاہور میں مدد کا اعلان کیا۔"),
        # the English plural in ز
        ("کھلاڑی نے اس سال تین بڑے ٹائٹلز جیتے۔", "کھلاڑی نے اس سال تین بڑے ٹائٹل جیتے اور میجر ٹائٹل بھی۔",
         "کھلاڑی نے اس سال تین بڑے ٹائٹل جیتے اور میجر ہیرالڈ بھی۔"),
        # a final vowel written another way (پونا / پونے)
        ("مداح فلم دیکھنے ممبئی اور پونا جا رہے ہیں۔", "مداح فلم دیکھنے ممبئی اور پونے جا رہے ہیں۔",
         "مداح فلم دیکھنے ممبئی اور ناگپور جا رہے ہیں۔"),
        # a ministry is a department; another portfolio is another body
        ("امریکی وزارت دفاع نے قیدی کی موت کی تصدیق کی۔", "امریکی محکمہ دفاع نے قیدی کی موت کی تصدیق کی۔",
         "امریکی محکمہ خارجہ نے قیدی کی موت کی تصدیق کی۔"),
    ],
)
def test_a_name_the_article_writes_another_way_holds_and_a_swap_fails(source: str, brief: str, wrong: str) -> None:
    assert not [k for k in _kinds(source, brief) if k[0] == "name"], _kinds(source, brief)
    assert [k for k in _kinds(source, wrong) if k[0] == "name" and k[1] == "error"], _kinds(source, wrong)


def test_a_role_name_with_a_word_left_out_and_a_vowel_letter_more() -> None:
    source = "تربیتی مراکز کھلے رہیں گے، یہ یقین دہانی جنرل مینجر آف کرکٹ جیف ایلرڈائس کی ہے۔"
    index = NameIndex(source)
    words = [fold_token(w) for w in ("منیجر", "کرکٹ", "جیف")]
    assert words_in_article(index, words)
    assert supported_otherwise(index, "منیجر کرکٹ جیف")
    # two words apart is not one name, nor another name beside the article's words
    assert not words_in_article(index, [fold_token("منیجر"), fold_token("جیف")])  # two words between
    assert not supported_otherwise(index, "منیجر کرکٹ ٹام")


def test_acronym_letters_are_read_side_by_side_only() -> None:
    index = NameIndex("سیلاب میں بہہ جانے والے دس افراد کی خبر اے ایف پی نے دی۔")
    assert not words_in_article(index, [fold_token("اے"), fold_token("پی")])
    assert words_in_article(index, [fold_token(w) for w in ("اے", "ایف", "پی")])


def test_ke_before_an_acronym_is_the_postposition() -> None:
    source = "4 اکتوبر کے فائنل کی میزبانی ایم چنا سوامی سٹیڈیم، بنگلور کو ملی ہے۔"
    assert not [k for k in _kinds(source, "فائنل 4 اکتوبر کو بنگلور کے ایم چنا سوامی سٹیڈیم میں ہو گا۔") if k[0] == "name"]
    index = NameIndex(source)
    assert supported_otherwise(index, "کے ایم")
    assert not supported_otherwise(index, "کے ٹی")


# ------------------------------------------------------------------ ordinary words are not names

@pytest.mark.parametrize("word", ["ستاروں", "ٹولیوں", "کڑے", "پہرے", "بنیادوں", "سائنسدانوں", "ججوں"])
def test_inflected_everyday_words_are_known_by_their_paradigm(word: str) -> None:
    assert _paradigm_word(fold_token(word))


@pytest.mark.parametrize("word", ["پونے", "ہیننگ", "گائل", "کراچی", "چلچ"])
def test_names_have_no_frequent_paradigm(word: str) -> None:
    assert not _paradigm_word(fold_token(word))


def test_inflected_words_make_no_claim_and_a_new_name_does() -> None:
    source = "ملزم کو سخت حفاظت میں دفتر لایا گیا اور فلمی اداکاروں نے جشن منایا۔"
    assert urdu_name_claims("ملزم کو کڑے پہرے میں دفتر لایا گیا اور فلمی ستاروں نے جشن منایا۔", source) == []
    claims = urdu_name_claims("ملزم کو کڑے پہرے میں دفتر لایا گیا اور ڈیبورا آرنوٹ نے جشن منایا۔", source)
    assert [sp.text for sp, _ in claims] == ["ڈیبورا آرنوٹ"]


def test_a_word_with_the_consonants_of_the_articles_latin_word() -> None:
    source = "اسرائیل پچاس Eagle-Heron نامی بغیر پائلٹ طیارے فراہم کرے گا۔"
    assert not _kinds(source, "اسرائیل پچاس ہیرون طیارے فراہم کرے گا۔")
    assert [k[2] for k in _kinds(source, "اسرائیل پچاس پریڈیٹر طیارے فراہم کرے گا۔")] == ["پریڈیٹر"]


# ------------------------------------------------------------------ dates and counts

def test_a_weekday_with_a_postposition_run_into_it_is_the_articles_date() -> None:
    source = "لیویز کے مطابق اتوارکو تربت میں دھماکا ہوا۔"
    assert [(d.kind, d.value) for d in date_words(source, "ur", strict=False)] == [("weekday", 6)]
    assert date_words("اتوارکو", "ur") == []  # a claim is read strictly, as before
    assert not _kinds(source, "دھماکا اتوار کو تربت میں ہوا۔")
    assert [k[0] for k in _kinds(source, "دھماکا پیر کو تربت میں ہوا۔")] == ["date"]


def test_a_count_of_what_the_article_lists_by_name() -> None:
    source = "پولیس کے بقول چھاپے کے دوران رفاقت اور حسنین نامی افراد پکڑے گئے۔"
    assert not _kinds(source, "پولیس نے حسنین اور رفاقت نامی دو افراد کی گرفتاری کی تصدیق کی۔")
    assert [k[0] for k in _kinds(source, "پولیس نے حسنین اور رفاقت نامی تین افراد کی گرفتاری کی تصدیق کی۔")] == ["number"]
    # a list of three before another noun does not count these
    other = "پولیس نے بتایا کہ حسنین، رفاقت اور عمران نامی اہلکار موجود تھے۔"
    assert [k[0] for k in _kinds(other, "پولیس نے تین افراد کو گرفتار کیا۔")] == ["number"]


def test_a_foreign_name_the_article_spells_otherwise_is_a_warning_and_a_new_one_an_error() -> None:
    source = "فیڈرر اب سیمی فائنل میں کروشیا کے مرین کلک کے سامنے ہوں گے۔"
    assert [k[1:] for k in _kinds(source, "فیڈرر اب سیمی فائنل میں کروشیا کے مارن چلچ کے سامنے ہوں گے۔")] == [
        ("warning", "مارن چلچ")
    ]
    assert [k[1:] for k in _kinds(source, "فیڈرر اب سیمی فائنل میں کروشیا کے ڈیبورا آرنوٹ کے سامنے ہوں گے۔")] == [
        ("error", "ڈیبورا آرنوٹ")
    ]


def test_a_place_before_a_body_the_article_gives_another_place_is_an_error() -> None:
    # the article's board is the West Indies': a brief's Indian board is another body
    source = "ویسٹ انڈیز کرکٹ بورڈ کا اعلان ہے کہ سپنر دورہ بھارت میں شریک نہیں ہوں گے۔"
    found = check_grounding(source, "بھارتی کرکٹ بورڈ کا اعلان ہے۔", "ur")
    assert [(f.severity, f.claim.text) for f in found] == [("error", "بھارتی کرکٹ بورڈ")]
    assert check_grounding(source, "ویسٹ انڈیز کرکٹ بورڈ کا اعلان ہے۔", "ur") == []
    # a body the article writes with no place before it takes the brief's place (ایرانی وزارت خارجہ)
    iranian = "ایران کے دارالحکومت میں وزارت خارجہ کے ایک اہلکار نے کہا کہ بات چیت جاری رہے گی۔"
    assert check_grounding(iranian, "ایرانی وزارت خارجہ نے کہا کہ بات چیت جاری رہے گی۔", "ur") == []


def test_a_verb_or_a_compound_is_no_place_and_a_capital_that_acts_is_its_country() -> None:
    source = "دریائے سندھ میں ڈولفن زیادہ ہو گئیں جبکہ امریکہ نے فنڈ دیے ہیں۔"
    # گنی گئیں: were counted (not Guinea); ماہی گیروں: fishermen; واشنگٹن نے: the US government
    assert check_grounding(source, "دریا میں ڈولفن گنی گئیں۔", "ur") == []
    assert check_grounding(source, "دریا کے ماہی گیروں نے ڈولفن دیکھیں۔", "ur") == []
    assert check_grounding(source, "واشنگٹن نے فنڈ دیے ہیں۔", "ur") == []
    # the place itself, or a capital as a place, stays a claim
    assert [f.claim.text for f in check_grounding(source, "وزیر گنی کے دورے پر گئے۔", "ur")] == ["گنی"]
    assert [f.claim.text for f in check_grounding(source, "اجلاس واشنگٹن میں ہوا۔", "ur")] == ["واشنگٹن"]


def test_a_continent_of_a_country_the_article_names_is_no_finding() -> None:
    source = "کوناکری: گنی کے جنوبی حصے میں وبا سے اموات ہوئیں۔"
    assert check_grounding(source, "افریقی ملک گنی میں وبا سے اموات ہوئیں۔", "ur") == []
    assert check_grounding(source, "Deaths in the African country of Guinea.", "en") == []
    assert [(f.severity, f.claim.text) for f in check_grounding(source, "Deaths in the European country of Guinea.", "en")] == [
        ("error", "European")]
    # a demonym that opens a body's name is that name's, not the continent's
    assert [f.claim.text for f in check_grounding(source, "The African Union sent doctors.", "en")] == ["African Union"]
    assert "افریقی یونین" in [f.claim.text for f in check_grounding(source, "افریقی یونین نے ڈاکٹر بھیجے۔", "ur")]


_WAZIRISTAN = "شمالی وزیرستان میں فوجی کارروائی جاری ہے۔ مشرقی ایشیا کے ملکوں نے امن کی اپیل کی۔"


def test_a_place_turned_to_another_compass_part_is_an_error_that_cites_the_articles() -> None:
    found = check_grounding(_WAZIRISTAN, "جنوبی وزیرستان میں کارروائی جاری ہے۔", "ur")
    assert [(f.claim.text, f.severity) for f in found] == [("جنوبی وزیرستان", "error")]
    assert found[0].nearest is not None and found[0].nearest.text == "شمالی وزیرستان"
    assert [f.severity for f in check_grounding(_WAZIRISTAN, "وسطی ایشیا کے ملکوں نے اپیل کی۔", "ur")] == ["error"]


def test_the_compass_part_the_article_writes_passes() -> None:
    assert check_grounding(_WAZIRISTAN, "شمالی وزیرستان میں کارروائی جاری ہے۔", "ur") == []
    assert check_grounding(_WAZIRISTAN, "مشرقی ایشیا کے ملکوں نے اپیل کی۔", "ur") == []


_SQUAD = "زخمی نوان پردیپ کی جگہ سری لنکا نے فاسٹ بولر بنورا فرنانڈو کو ٹیم میں بلا لیا۔"


def test_a_rare_word_after_a_persons_descriptor_is_a_name_and_the_descriptor_is_not() -> None:
    assert _kinds(_SQUAD, "سری لنکا نے فاسٹ بولر دلہارا فرنانڈو کو ٹیم میں بلا لیا۔") == [("name", "error", "دلہارا")]
    assert _kinds(_SQUAD, "سری لنکا نے باکسر جیسن کو شامل کیا۔") == [("name", "error", "جیسن")]
    assert _kinds(_SQUAD, "سری لنکا نے فاسٹ بولر بنورا فرنانڈو کو ٹیم میں بلا لیا۔") == []


def test_a_day_something_starts_from_is_a_weekday_claim_and_a_week_is_not() -> None:
    article = "چار روزہ میچ اتوار سے شروع ہوگا۔ ٹیم ایک ہفتہ سے کیمپ میں ہے۔"
    assert [(d.kind, d.value) for d in date_words("میچ ہفتہ سے شروع ہوگا۔", "ur")] == [("weekday", 5)]
    assert _kinds(article, "چار روزہ میچ ہفتہ سے شروع ہوگا۔") == [("date", "error", "ہفتہ")]
    assert _kinds(article, "چار روزہ میچ اتوار سے شروع ہوگا۔") == []
    assert date_words("ٹیم ایک ہفتہ سے کیمپ میں ہے، گزشتہ ہفتے سے بارش ہے۔", "ur") == []


_FLIGHT = "ممبئی سے برسلز جانے والی جیٹ ایئرویز کی پرواز حادثے سے بچ گئی۔ انڈیا میں ایئر ٹریفک معطل رہی اور سندھ میں پولیس تعینات رہی۔"


def test_a_known_body_named_as_a_word_and_a_place_needs_its_whole_name() -> None:
    assert _kinds(_FLIGHT, "برسلز جانے والی ایئر انڈیا کی پرواز بچ گئی۔") == [("name", "error", "ایئر انڈیا")]
    assert _kinds(_FLIGHT, "برسلز جانے والی جیٹ ایئرویز کی پرواز بچ گئی۔") == []
    # a place's institution described by its words stays supported by them
    assert _kinds(_FLIGHT, "سندھ پولیس تعینات رہی۔") == []


_SERVICES = ("سربیا کی پبلک سکیورٹی سروس کا سربراہ الزامات کی زد میں ہے۔ غزہ کے ایمرجنسی چیف نے حملوں کی تصدیق کی۔"
             " فلم کی کامیابی پر پریس کانفرنس ہوئی۔")


def test_a_body_named_in_english_words_the_article_lacks_is_a_claim() -> None:
    # another English word before the article's body, or a body of English words it never writes
    assert _kinds(_SERVICES, "سربیا کی سٹیٹ سکیورٹی سروس کا سربراہ الزامات کی زد میں ہے۔") == [
        ("name", "error", "سٹیٹ سکیورٹی سروس")]
    assert _kinds(_SERVICES, "نیشنل پارک سروس کا سربراہ الزامات کی زد میں ہے۔") == [("name", "error", "نیشنل پارک سروس")]
    # the article's body, and everyday English phrases, are no claim
    assert _kinds(_SERVICES, "سربیا کی پبلک سکیورٹی سروس کا سربراہ الزامات کی زد میں ہے۔") == []
    assert _kinds(_SERVICES, "غزہ کی ایمرجنسی سروس کے سربراہ نے حملوں کی تصدیق کی۔") == []
    assert _kinds(_SERVICES, "فلم کی کامیابی پر انٹرنیٹ کمپنی نے پریس کانفرنس کی۔") == []
