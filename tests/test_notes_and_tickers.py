"""Phrasing of dev 30's desk styles (issue 8): a translator's telegraphic note in English
(abbreviated weekdays and months, ex- before a name) and Urdu bulletins (a rank after the
genitive کے, a clause cited in words, compound postpositions). Sentences written by the team."""

from __future__ import annotations

from tests.claim_helpers import flags

BULLION = "کراچی ۔ 24 ستمبر 2014 (اے پی پی) بدھ کو مقامی صرافہ بازار میں سونا 85 روپے سستا ہو گیا۔"


def _errors(source: str, brief: str, lang: str = "en") -> list[str]:
    return [text for text, severity in flags(source, brief, lang) if severity != "info"]


def test_an_abbreviated_weekday_in_a_dateline_is_a_weekday() -> None:
    assert _errors(BULLION, "When: Wed., Sept. 24, 2014 (APP). Gold down Rs 85.") == []
    assert _errors(BULLION, "When: Tue., Sept. 24, 2014 (APP). Gold down Rs 85.") == ["Tue."]
    assert _errors(BULLION, "When: Tue. 24 Sept. 2014. Gold down Rs 85.") == ["Tue."]


def test_a_word_that_looks_like_a_weekday_abbreviation_is_not_one() -> None:
    source = "اخبار دی سن نے لکھا کہ سونا 85 روپے سستا ہو گیا۔"
    assert _errors(source, "Gold fell by Rs 85, wrote The Sun. Later it rose.") == []


ATTACK = "واہگہ پر پچھلے سال نومبر کے خودکش حملے نے 60 جانیں لے لی تھیں۔"


def test_an_abbreviated_month_with_no_day_is_a_month() -> None:
    assert _errors(ATTACK, "The Wagah attack last Nov. killed 60.") == []
    assert _errors(ATTACK, "The Wagah attack last Oct. killed 60.") == ["Oct."]


def test_a_name_after_a_hyphened_prefix_is_a_name() -> None:
    source = "ازخود نوٹس پشاور ہائی کورٹ کے ایک سابق جج نثار احمد نے لیا تھا۔"
    assert _errors(source, "Ex-Peshawar High Court judge Nisar Ahmad took the notice.") == []
    assert "Lahore High Court" in _errors(source, "An ex-Lahore High Court judge, Nisar Ahmad, took the notice.")


def test_the_genitive_before_a_rank_is_no_letter_k() -> None:
    from summarizer.names.matching import NameIndex

    def acronyms(text: str) -> list[str]:
        return [c.span.text for c in NameIndex(text).candidates() if c.source == "acronym"]

    # رینج کے ڈی آئی جی: the range's DIG (a rank, then the holder's initials), not "KDIGDJ"
    assert acronyms("سرحدی رینج کے ڈی آئی جی ڈی جے رانا معطل۔") == ["ڈی جے"]
    assert acronyms("انٹیلیجنس کے ایس پی راج کمار معطل۔") == []
    assert acronyms("شہر میں کے ڈی اے کا اجلاس ہوا۔") == ["کے ڈی اے"]  # KDA keeps its K


CLAUSES = "گورنر نے کہا کہ آرٹیکل 370 کے خاتمے کے فائدے سامنے آئیں گے جبکہ شہر میں دفعہ 144 نافذ ہے۔"


def test_a_clause_cited_in_number_words_is_checked_as_a_clause() -> None:
    assert _errors(CLAUSES, "گورنر کے مطابق آرٹیکل تین سو ستر ختم ہونے کے فائدے ملیں گے اور شہر میں دفعہ ایک سو چوالیس لگی ہے۔", "ur") == []
    assert _errors(CLAUSES, "شہر میں دفعہ ایک سو پینتالیس لگی ہے۔", "ur") == ["ایک سو پینتالیس"]


def test_a_compound_postposition_does_not_open_a_hospital_name() -> None:
    source = "احمد کو تیز بخار ہوا تو اسے ہسپتال لے جایا گیا جہاں وہ زیر علاج ہے۔"
    assert _errors(source, "وہ تیز بخار کے باعث ہسپتال میں داخل ہوا۔", "ur") == []
    assert _errors(source, "وہ بخار کے سبب ہسپتال میں داخل ہوا۔", "ur") == []
    assert _errors(source, "وہ بخار کے باعث آغا خان ہسپتال میں داخل ہوا۔", "ur") != []


def test_a_sub_clause_is_part_of_the_clause_it_follows() -> None:
    source = "130 اموات کے بعد عدالت نے شق 184 کی ذیلی شق تین استعمال کرتے ہوئے معاملہ اپنے ہاتھ میں لیا۔"
    assert _errors(source, "The court acted under Article 184(3); 130 had died.") == []
    assert _errors(source, "The court acted under Article 184(4); 130 had died.") == ["Article 184(4)"]


def test_an_everyday_adverb_after_a_rank_is_no_name() -> None:
    source = "بورڈ کے سربراہ ہر روز کھلاڑیوں کی مشق دیکھتے ہیں۔"
    assert _errors(source, "بورڈ کے ڈی جی روزانہ تربیت کا جائزہ لیتے ہیں۔", "ur") == []
    assert _errors(source, "بورڈ کے ڈی جی احمد ندیم تربیت کا جائزہ لیتے ہیں۔", "ur") != []


def test_an_everyday_word_before_khan_is_a_given_name() -> None:
    source = "دکان کے مالک گلاب خان کا کہنا ہے کہ چوری رات دو بجے ہوئی۔"
    assert _errors(source, "مالک گلاب خان کے مطابق چوری رات دو بجے ہوئی۔", "ur") == []
    # نصیب (fate) is a word, but before خان it is an owner the article does not name
    assert _errors(source, "مالک نصیب خان کے مطابق چوری رات دو بجے ہوئی۔", "ur") == ["نصیب"]
    assert _errors(source, "مالک نے کہا کہ خان صاحب کی دکان میں چوری رات دو بجے ہوئی۔", "ur") == []


def test_a_weekday_run_into_the_word_before_it_is_still_the_article_s() -> None:
    source = "سکواش کے ابتدائی میچزہفتہ اور اتوار کو ہوں گے جبکہ فائنل اگلے ماہ کھیلا جائے گا۔"
    assert _errors(source, "The early squash matches are on Saturday and Sunday.") == []
    assert _errors(source, "The early squash matches are on Friday and Sunday.") == ["Friday"]


def test_the_first_of_two_days_is_a_day() -> None:
    source = "سکواش کے ابتدائی میچزہفتہ اور اتوار کو ہوں گے جبکہ فائنل اگلے ماہ کھیلا جائے گا۔"
    assert _errors(source, "ابتدائی میچ ہفتہ اور اتوار کو ہوں گے۔", "ur") == []
    assert _errors(source, "ابتدائی میچ جمعہ اور ہفتہ کو ہوں گے۔", "ur") == ["جمعہ"]
