"""Session 57 (dev 46's lessons): everyday Urdu read as names (an opinion given, an echo
compound, a feeling expressed, a word and its postposition read as one name), a given name the
desk added before the article's surname, an outlet credited by a verb, a count of votes the
brief has just named, a place's Taliban, and short names whose a Urdu leaves unwritten.

Every source text here is written by the team for the test."""

from __future__ import annotations

import pytest
from claim_helpers import flags, flags_of

from summarizer.names.matching import MATCH_THRESHOLD, match_name
from summarizer.names.urdu_claims import urdu_name_claims
from summarizer.source_index import SourceIndex

_SURVEY = "ایک سروے میں شہریوں سے پوچھا گیا کہ کیا پرچم بدلنا چاہیے۔"


def _claimed(text: str, source: str) -> list[str]:
    return [span.text for span, _ in urdu_name_claims(text, source)]


@pytest.mark.parametrize("brief", [
    "سروے میں آدھے شہریوں نے رائے دی کہ پرچم نہ بدلا جائے۔",  # gave an opinion
    "وزیر نے اس پر اپنی رائے ظاہر کی۔",
    "کمیٹی نے شہریوں سے رائے لی۔",
])  # fmt: skip
def test_an_opinion_given_is_no_person_named_rai(brief: str) -> None:
    assert "رائے" not in _claimed(brief, _SURVEY)


def test_rai_as_a_surname_is_still_a_name() -> None:
    assert "ایشوریہ رائے" in _claimed("سروے کے بارے میں ایشوریہ رائے نے کہا کہ وہ خوش ہیں۔", _SURVEY)


def test_an_echo_compound_is_everyday_speech() -> None:
    source = "پولیس نے مظاہرین کو منتشر کرنے کے لیے لاٹھی چارج کیا۔"
    assert _claimed("پولیس نے مظاہرین کو تتر بتر کرنے کے لیے لاٹھیاں برسائیں۔", source) == []
    # a new person in the same slot is still claimed
    assert _claimed("پولیس نے ٹرمپ کو منتشر کرنے کے لیے لاٹھی چارج کیا۔", source) == ["ٹرمپ"]


def test_a_feeling_expressed_is_no_name() -> None:
    source = "اداکارہ نے جاپان میں فلم کی کامیابی پر خوشی ظاہر کی۔"
    assert "مسرت" not in _claimed("اداکارہ نے جاپان میں فلم کی پذیرائی پر مسرت کا اظہار کیا۔", source)


def test_a_word_and_its_postposition_are_not_read_as_one_name() -> None:
    """باس کی (the Boss's) is not باسکی (Basque), which the gazetteer lists."""
    source = "اداکارہ بھی ریئلٹی شو بگ باس کی مداح نکلیں۔"
    assert _claimed("اداکارہ ٹی وی شو بگ باس کی مداحوں میں شامل ہو گئیں۔", source) == []
    assert "باسکی" in _claimed("ہسپانوی باسکی علاقے میں ہڑتال ہوئی۔", source)


_CREW = "خلائی ایجنسی کے مطابق امریکی خلا باز سوانسن اور دو روسی خلا باز زمین پر واپس آ گئے۔"


def test_a_given_name_added_before_the_articles_surname_is_a_warning() -> None:
    found = flags_of("name", _CREW, "امریکی خلا باز اسٹیو سوانسن زمین پر واپس آ گئے۔", "ur")
    assert found == [("اسٹیو", "warning")]


def test_a_person_after_an_astronaut_is_a_claim() -> None:
    """خلاباز, written as one word or two, introduces a name like کرکٹر does."""
    for brief in ("امریکی خلاباز اسکاٹ کیلی زمین پر واپس آ گئے۔", "امریکی خلا باز اسکاٹ کیلی زمین پر واپس آ گئے۔"):
        found = flags_of("name", _CREW, brief, "ur")
        assert any("اسکاٹ" in claim for claim, _ in found), brief


_MATCH = SourceIndex("پاکستان نے نیوزی لینڈ کو 16 رنز سے ہرا دیا۔ حفیظ نے 61 رنز بنائے۔", outlet="BBC Urdu")


@pytest.mark.parametrize("verb", ["carries", "publishes", "quotes", "ran"])
def test_an_outlet_that_publishes_is_credited(verb: str) -> None:
    brief = f"BBC Urdu {verb} a report on Pakistan's win over New Zealand by 16 runs."
    assert flags_of("name", _MATCH, brief) == []


def test_an_outlet_told_something_is_still_a_claim() -> None:
    assert ("BBC", "error") in flags_of("name", _MATCH, "Hafeez told the BBC that Pakistan beat New Zealand by 16 runs.")


def test_the_two_votes_the_brief_has_named_are_a_count_to_check_not_an_error() -> None:
    source = "سینیٹ نے عراق سے فوج کے فوری انخلا کی قرار داد مسترد کر دی۔ سینیٹ نے ایک اور قرار داد بھی مسترد کر دی۔"
    brief = ("The Senate rejected a resolution on an immediate pullout from Iraq. It also rejected another. "
             "The article dwells on the two votes and the divisions they opened.")
    assert flags_of("number", source, brief) == [("two", "warning")]
    assert flags_of("number", source, "The Senate held two votes on Iraq.") == [("two", "error")]


_SWAT = ("سوات میڈیا سنٹر کے ترجمان نے کہا کہ حملے میں اسلحہ ڈپو تباہ ہو گیا۔ "
         "سوات میں مقامی طالبان کے ترجمان نے الزام لگایا کہ عام شہری مارے گئے۔")


def test_a_places_taliban_where_the_article_puts_them_together() -> None:
    assert flags_of("name", _SWAT, "A spokesman for the Swat Taliban said civilians were killed.") == []


def test_a_places_taliban_the_article_keeps_apart_is_a_claim() -> None:
    source = "سوات میڈیا سنٹر کے ترجمان نے کہا کہ حملہ ہوا۔ وزیرستان میں طالبان نے الزام لگایا۔"
    assert ("Swat Taliban", "error") in flags_of("name", source, "A spokesman for the Swat Taliban denied it.")


@pytest.mark.parametrize(("english", "urdu"), [("Gaggan", "ریستوران گگن، بنکاک"), ("Mamata", "ممتا بینرجی نے کہا")])
def test_a_short_a_urdu_leaves_unwritten(english: str, urdu: str) -> None:
    assert match_name(english, urdu).score >= MATCH_THRESHOLD


@pytest.mark.parametrize(("english", "urdu"), [("Assam", "اعظم نے کہا"), ("Arabiya", "عربی زبان میں")])
def test_an_opening_vowel_keeps_its_letter(english: str, urdu: str) -> None:
    assert match_name(english, urdu).score < MATCH_THRESHOLD


def test_no_flags_on_a_brief_that_says_only_what_the_article_says() -> None:
    assert flags(_SWAT, "The Swat Media Centre's spokesman said an arms depot was destroyed.") == []


_HELMAND = "شدت پسندوں نے راکٹوں اور مشین گنوں سے دو فوجی گاڑیوں پر حملہ کیا۔ ہلمند کے شہر موسیٰ قلعہ میں کارروائی جاری تھی۔"


def test_a_place_is_not_heard_in_a_declined_plural() -> None:
    """Sangin is not مشین گنوں (machine guns): a name is not declined as a plural."""
    assert match_name("Sangin", _HELMAND).score < MATCH_THRESHOLD
    assert match_name("Sangin", "ہلمند کے علاقے سنگین میں لڑائی ہوئی۔").score >= MATCH_THRESHOLD


def test_a_known_bodys_acronym_opening_a_list_line_is_a_claim() -> None:
    """A who's-who line (`- FBI: will guard him`) names the body; a section label (NUMBERS:) does not."""
    source = "امریکی خفیہ سروس نئے صدر کی حفاظت کرے گی۔ 25 اہلکار تعینات ہوں گے۔"
    found = flags_of("name", source, "Who's who:\n- FBI: will guard the new president.\nNUMBERS: 25 officers.")
    assert found == [("FBI", "error")]


def test_a_tsar_is_a_title_not_a_name_to_find() -> None:
    source = "روس نے زار نکولس دوم اور ان کی اہلیہ کی باقیات کے نئے نمونے لیے۔"
    assert flags_of("name", source, "Russia took new samples from the remains of Tsar Nicholas II and his wife.") == []


def test_westerners_are_the_articles_western_citizens() -> None:
    source = "شدت پسندوں نے ڈیڑھ ماہ میں چوتھا مغربی شہری قتل کیا۔"
    assert flags_of("name", source, "The militants have killed four Westerners in six weeks.") == []


def test_four_m_is_the_articles_four_metres() -> None:
    source = "کمپنی نے ایک روبوٹ متعارف کروایا جس کا قد چار میٹر اور وزن 4.5 ٹن ہے۔"
    assert flags_of("number", source, "The firm showed a 4m, 4.5-tonne robot.") == []
    assert flags_of("number", source, "The firm showed a 5m, 4.5-tonne robot.") == [("5m", "error")]


def test_an_ordinal_with_its_match_left_out_ranks_the_match_before() -> None:
    source = "بارش نے پہلا میچ دھو ڈالا، پھر دوسرے ون ڈے میں انڈیا 120 رنز سے اور تیسرے میں سات وکٹوں سے جیتا۔"
    assert flags_of("number", source, "- Second ODI: India won by 120 runs.\n- Third ODI: India won by seven wickets.") == []


def test_reconstruction_holds_no_nine() -> None:
    source = "فوج نے کہا کہ کارروائی کا مقصد علاقے میں امن لانا ہے۔"
    assert flags_of("number", source, "فوج کے مطابق کارروائی کا مقصد تعمیر نو سے پہلے امن لانا ہے۔", "ur") == []
    assert flags_of("number", source, "فوج کے مطابق کارروائی میں نو افراد مارے گئے۔", "ur") == [("نو", "error")]


def test_a_predicate_noun_before_qarar_is_no_name() -> None:
    source = "وزیر خزانہ نے کہا کہ عالمی بینک نے قرضہ منظور کر لیا ہے۔"
    assert _claimed("وزیر خزانہ نے اسے عالمی بینک کے اعتماد کا مظہر قرار دیا۔", source) == ["عالمی بینک"]


def test_apec_written_in_full_or_by_its_region() -> None:
    source = "صدر نے چلی میں ایشیا پیسیفک تنظیم کے اجلاس سے خطاب کیا۔"
    assert flags_of("name", source, "صدر نے چلی میں ایشیا پیسیفک تعاون تنظیم (اپیک) کے اجلاس سے خطاب کیا۔", "ur") == []


def test_a_dictionary_word_labelling_a_line_is_no_name() -> None:
    source = "کپتان کی ہیمسٹرنگ انجری کا جائزہ لیا جا رہا ہے اور زمبابوے نے ٹاس جیتا۔"
    assert flags_of("name", source, "- Outlook: the captain's injury is being examined.") == []
    assert flags_of("name", source, "- Uganda: won the toss.") == [("Uganda", "error")]
    assert flags_of("name", source, "The captain spoke to Outlook: the magazine.") == [("Outlook", "error")]


@pytest.mark.parametrize("brief", [
    "زرداری کے مطابق چار رہنما نامعلوم مقام پر منتقل کیے گئے۔",
    "کوتاہی پر ایس ایس پی جواب دہ ہوں گے۔",
])  # fmt: skip
def test_everyday_words_after_a_role_are_no_person(brief: str) -> None:
    assert _claimed(brief, "زرداری نے کہا کہ رہنماؤں کو منتقل کیا گیا۔ کوتاہی برداشت نہیں ہو گی۔") == []


def test_a_person_after_a_role_is_still_claimed() -> None:
    assert "ممنون حسین" in _claimed("صدر ممنون حسین نے کہا کہ کوتاہی برداشت نہیں ہو گی۔", "صدر نے خطاب کیا۔")


def test_isaf_as_urdu_desks_wrote_it() -> None:
    source = "برطانیہ کے فوجی نیٹو کی زیر قیادت انٹرنیشنل سیکیورٹی فورس کا حصہ ہیں۔"
    assert flags_of("name", source, "The troops belong to the NATO-led International Security Assistance Force.") == []
