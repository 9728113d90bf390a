"""Session 47: a brief's labels and record numbers, its dateline, headline short forms, names
of bodies with small words inside or another kind of body, and Urdu words read as names.

Every source text here is written by the team for the test."""

from __future__ import annotations

from datetime import date

import pytest
from claim_helpers import flags_of

from summarizer.names.english_spans import english_name_spans
from summarizer.names.matching import MATCH_THRESHOLD, match_name
from summarizer.names.urdu_claims import urdu_name_claims
from summarizer.source_index import SourceIndex, as_index

_ASSEMBLY = ("قومی اسمبلی کا اجلاس پیر کو شروع ہوگا جس میں سترہ بل پیش کیے جائیں گے۔ "
             "اپوزیشن نے احتجاج کا اعلان کیا ہے۔")


def test_the_numbers_of_labelled_records_are_no_claims() -> None:
    brief = ("Summary: the assembly meets with bills to debate.\n"
             "Event 1 — Who: the opposition; Did: announced a protest\n"
             "Event 2 — Who: the assembly; How many: 17 bills")
    assert flags_of("number", _ASSEMBLY, brief) == []
    wrong = brief.replace("17 bills", "19 bills")
    assert ("19", "error") in flags_of("number", _ASSEMBLY, wrong)


def test_a_desks_layout_words_are_no_names() -> None:
    spans = [s.text for s in english_name_spans("Dateline: Lahore, 5 May (APP)\nByline: staff reporter")]
    assert spans == ["Lahore", "APP"]


_HONG_KONG = "ہانگ کانگ میں پولیس نے جمہوریت کے حامی مظاہرین پر مرچوں کا سپرے کیا۔"
_KOREA = "پوپ فرانسس جنوبی کوریا پہنچ گئے جہاں صدر نے ان کا استقبال کیا۔"


def test_headline_short_forms_of_places() -> None:
    assert flags_of("name", _HONG_KONG, "HK police pepper-spray protesters") == []
    assert flags_of("name", _KOREA, "Pope arrives in S. Korea") == []
    assert flags_of("name", _KOREA, "Pope arrives in N. Korea") != []


def test_a_tweet_is_posted_on_twitter() -> None:
    source = "وزیر اعظم نے ایک ٹویٹ کے ذریعے لوگوں سے ووٹ ڈالنے کی اپیل کی۔"
    assert flags_of("name", source, "The prime minister urged people on Twitter to vote.") == []
    assert flags_of("name", source, "The prime minister urged people on Facebook to vote.") != []


def test_next_month_spelt_without_its_madda_dates_by_the_dateline() -> None:
    source = SourceIndex("اداکار ائندہ ماہ سے فلم کے لیے تحقیق شروع کریں گے۔", published=date(2014, 9, 13))
    assert flags_of("date", source, "The actor will begin his research in October.") == [("October", "warning")]
    assert flags_of("date", source, "The actor will begin his research in December.") == [("December", "error")]


_NO_DATELINE = "وفاقی وزیر اطلاعات نے قومی اسمبلی کو بتایا کہ چینلز کو جرمانے کیے گئے ہیں۔"
_OWN_DATELINE = "کراچی (اسٹاف رپورٹر) وزیر اطلاعات نے بتایا کہ چینلز کو جرمانے کیے گئے ہیں۔"


@pytest.mark.parametrize("lang, brief", [
    ("ur", "اسلام آباد (نمائندہ خصوصی) وزیر اطلاعات نے قومی اسمبلی کو جرمانوں کے بارے میں بتایا۔"),
    ("en", "ISLAMABAD: The information minister told the National Assembly channels were fined."),
])  # fmt: skip
def test_a_capital_as_the_briefs_dateline_is_the_desks_where_the_article_has_none(lang: str, brief: str) -> None:
    place = brief.split()[0].rstrip(":") if lang == "en" else "اسلام آباد"
    assert flags_of("name", _NO_DATELINE, brief, lang) == [(place, "warning")]
    assert (place, "error") in flags_of("name", _OWN_DATELINE, brief, lang)  # the article's own dateline differs
    other = brief.replace(brief.split()[0], "MULTAN:") if lang == "en" else brief.replace("اسلام آباد", "ملتان")
    assert ("MULTAN" if lang == "en" else "ملتان", "error") in flags_of("name", _NO_DATELINE, other, lang)


def test_a_name_before_its_acronym_is_no_dateline() -> None:
    assert ("Pakistan Hockey Federation", "error") in flags_of(
        "name", _NO_DATELINE, "Pakistan Hockey Federation (PHF) officials spoke to the assembly.")


def test_the_federal_capital_is_islamabad() -> None:
    source = "انتخابات میں وفاقی دارالحکومت کی دونوں نشستوں پر چالیس امیدوار میدان میں ہیں۔"
    assert flags_of("name", source, "اسلام آباد کی دونوں نشستوں پر چالیس امیدوار", "ur") == []
    assert flags_of("name", source, "Forty candidates stand for Islamabad's two seats.") == []
    assert flags_of("name", source, "لاہور کی دونوں نشستوں پر چالیس امیدوار", "ur") != []


def test_late_is_not_the_district_dir() -> None:
    source = "اداکارہ نے کہا کہ وقت کی پابندی کامیابی کی کنجی ہے۔"
    assert flags_of("name", source, "اداکارہ سیٹ پر کبھی دیر سے نہیں پہنچتیں۔", "ur") == []
    claims = [s.text for s, _ in urdu_name_claims("وہ دیر سے تعلق رکھنے والے رکن ہیں۔", as_index(source).names)]
    assert claims == ["دیر"]


def test_a_word_before_a_name_is_no_given_name() -> None:
    """The article's باکسر محمد وسیم makes باکسر no given name whose other surname is a new person."""
    source = "پاکستانی باکسر محمد وسیم کو فائنل میں آسٹریلیا کے اینڈریو مولونی نے ہرا دیا۔"
    assert flags_of("name", source, "فائنل میں آسٹریلوی باکسر اینڈریو مولونی نے محمد وسیم کو ہرایا۔", "ur") == []


def test_a_known_name_with_small_words_inside_is_one_claim() -> None:
    spans = [s.text for s in english_name_spans("Who: Board of Control for Cricket in India; Did: banned him")]
    assert spans == ["Board of Control for Cricket in India"]
    source = "پاکستان کرکٹ بورڈ نے کھلاڑی پر پابندی لگا دی۔"
    assert flags_of("name", source, "The Board of Control for Cricket in India banned the player.") == [
        ("Board of Control for Cricket in India", "error")]


def test_a_sports_body_is_named_by_its_sport_and_place() -> None:
    assert [s.text for s in english_name_spans("MELBOURNE: Cricket Victoria fined him.")] == [
        "MELBOURNE", "Cricket Victoria"]
    source = "کرکٹ آسٹریلیا نے وکٹوریہ کے کپتان پر جرمانہ کیا، جنہوں نے غصے میں بوتل پھینکی اور کھڑکی ٹوٹ گئی۔"
    assert flags_of("name", source, "Cricket Australia fined the Victoria captain.") == []
    assert flags_of("name", source, "Cricket Victoria fined the Victoria captain.") == [("Cricket Victoria", "error")]


def test_everyday_words_are_no_unknown_name_of_two_words() -> None:
    """کھڑکی ٹوٹ (a window broke) sounds a little like Cricket Victoria: words, not a name."""
    assert match_name("Cricket Victoria", "غصے میں بوتل پھینکی تو کھڑکی ٹوٹ گئی۔").score < MATCH_THRESHOLD


def test_another_kind_of_body_is_another_body() -> None:
    source = "ہانگ کانگ فیڈریشن آف سٹوڈنٹس نے کلاسوں کے بائیکاٹ کا اعلان کیا۔"
    assert match_name("Hong Kong Federation of Students", source).score >= MATCH_THRESHOLD
    assert match_name("Hong Kong Union of Students", source).score < MATCH_THRESHOLD


def test_a_regional_body_is_not_the_national_one_its_short_form_names() -> None:
    source = "آل سندھ صراف ایسوسی ایشن کے مطابق سونے کی قیمت میں اضافہ ہوا۔"
    assert match_name("All Pakistan Sarafa Gems and Jewellers Association", source).score < MATCH_THRESHOLD
    national = "آل پاکستان صرافہ ایسوسی ایشن کے مطابق سونے کی قیمت میں اضافہ ہوا۔"
    assert match_name("All Pakistan Sarafa Gems and Jewellers Association", national).score >= MATCH_THRESHOLD


def test_a_short_form_is_no_other_name_s_tail() -> None:
    """داعش is a form of Islamic State of its own, not the tail of دولت اسلامیہ after a place."""
    assert match_name("Islamic State", "عراق داعش مخالف قبائل کی کارروائی").score >= MATCH_THRESHOLD


@pytest.mark.parametrize("source, found", [
    ("کراچی میں امن امان کی بحالی کے لیے اجلاس ہوا۔", False),  # law and order
    ("اردن کے دارالحکومت عمان میں اجلاس ہوا۔", True),
    ("وزیر خارجہ اومان کے دورے پر ہیں۔", True),
])  # fmt: skip
def test_a_place_is_not_found_in_an_everyday_word_spelt_alike(source: str, found: bool) -> None:
    assert (as_index(source).names.match_urdu("عمان").score >= MATCH_THRESHOLD) is found


def test_the_uncommon_word_before_a_town_word_names_the_town() -> None:
    source = "حملہ آور کو پیرس کے قریب ایک قبرستان میں دفن کیا گیا۔"
    assert flags_of("name", source, "حملہ آور کو لیل شہر میں دفن کیا گیا۔", "ur") == [("لیل", "error")]
    assert flags_of("name", source, "حملہ آور کو ایک ساحلی شہر میں دفن کیا گیا۔", "ur") == []


def test_degrees_glued_to_their_c_are_a_measure() -> None:
    source = "سائنسدانوں کے مطابق درجہ حرارت میں دو ڈگری اضافے کی حد کافی نہیں۔"
    assert flags_of("number", source, "Scientists say the 2C cap is not enough.") == []
    assert [c for c, _ in flags_of("number", source, "Scientists say the 1.5C cap is not enough.")] == ["1.5C"]


def test_a_weekday_before_a_part_of_the_day_is_the_day() -> None:
    """A ticker drops the postposition: ہفتہ رات is Saturday night; ایک ہفتہ رات دن is a week, night and day."""
    from summarizer.text.dates import date_words

    assert [(d.kind, d.value) for d in date_words("نامزدگی کی مدت ہفتہ رات بارہ بجے ختم", "ur")] == [("weekday", 5)]
    assert date_words("انہوں نے ایک ہفتہ رات دن محنت کی", "ur") == []
