"""Session 58 (dev 48's lessons): a weekday that is its dateline's day, an outlet credited by a
passive verb or by its staff, a playing role before a name, a language adjective, a place
written as its adjective inside a translated body, the second of two where the article ranks
only the first, a given name the names resource knows, and a name's word after the Arabic
article.

Every source text here is written by the team for the test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from claim_helpers import flags, flags_of

from summarizer.evals.grounding_quality import counter_source
from summarizer.names.english_spans import english_name_spans
from summarizer.names.matching import MATCH_THRESHOLD, match_name
from summarizer.names.name_db import attested_spellings
from summarizer.source_index import SourceIndex
from summarizer.validators import check_grounding

_AGENCY = "وزیر خزانہ نے کہا ہے کہ ملک میں مہنگائی کم ہو رہی ہے اور برآمدات بڑھ رہی ہیں۔"
_TUESDAY = date(2014, 10, 14)


def test_a_weekday_that_is_the_datelines_day_passes_where_the_article_dates_nothing() -> None:
    source = SourceIndex(_AGENCY, published=_TUESDAY)
    assert flags_of("date", source, "The finance minister said on Tuesday that inflation was falling.") == []
    # another weekday is still an error
    assert flags_of("date", source, "The finance minister said on Monday that inflation was falling.") == [
        ("Monday", "error")]


def test_the_datelines_day_is_a_warning_where_the_article_also_says_yesterday() -> None:
    source = SourceIndex("وزیر خزانہ نے گزشتہ روز کہا کہ مہنگائی کم ہو رہی ہے۔", published=_TUESDAY)
    found = [f for f in check_grounding(source, "The finance minister said on Tuesday that inflation was falling.", "en")
             if f.kind.value == "date"]
    assert [(f.claim.text, f.severity) for f in found] == [("Tuesday", "warning")]
    assert "گزشتہ روز" in found[0].message


def test_a_weekday_beside_a_date_must_be_that_dates_day() -> None:
    """The 22nd of October 2014 was a Wednesday: `Tuesday, 22 October` is wrong whatever the
    dateline's day, and `Wednesday, 22 October` is the desk's reckoning of the date."""
    source = SourceIndex("پہلا ٹیسٹ میچ 22 اکتوبر سے دبئی میں شروع ہو گا۔", published=date(2014, 10, 21))
    assert flags_of("date", source, "The first Test starts in Dubai on Wednesday, 22 October.") == []
    assert flags_of("date", source, "The first Test starts in Dubai on Tuesday, 22 October.") == [("Tuesday", "error")]


_BBC = SourceIndex("نامہ نگار سندیپ سونی سے بات کرتے ہوئے تجزیہ کار نے کہا کہ شدت پسند گروہ کمزور ہو چکا ہے۔",
                   outlet="BBC Urdu")


@pytest.mark.parametrize("brief", [
    "An analysis published by BBC Urdu argues that the militant group is weak.",
    "The BBC's Sandeep Soni asked an analyst, who said the militant group is weak.",
])  # fmt: skip
def test_the_outlet_credited_by_a_passive_verb_or_its_staff_passes(brief: str) -> None:
    assert flags_of("name", _BBC, brief) == []


def test_another_outlets_programme_is_no_credit() -> None:
    """`BBC's Big Brother`: a possessive before everyday words names no member of staff."""
    assert ("BBC", "error") in flags_of("name", _BBC, "The actress became famous after winning BBC's Big Brother.")


def test_an_agency_credited_with_its_date_in_brackets_passes() -> None:
    source = SourceIndex("پاکستان نے پہلے روز چار وکٹوں پر 261 رنز بنائے۔", outlet="APP")
    assert flags_of("name", source, "APP (6 August) reports that Pakistan made 261 for four.") == []


def test_a_counter_story_carries_its_newspaper_as_its_outlet(tmp_path: Path) -> None:
    path = tmp_path / "0001.xml"
    path.write_text('<document newsdate="14.10.14" newspaper="APP"><headline>خبر</headline>'
                    "<body>پاکستان نے چار وکٹوں پر 261 رنز بنائے۔</body></document>", encoding="utf-8")
    source = counter_source(path)
    assert source.outlet == "APP" and source.published == _TUESDAY


def test_the_two_before_a_colon_is_a_back_reference() -> None:
    source = SourceIndex("انہوں نے کہا کہ القاعدہ عالمی خطرہ ہے جبکہ طالبان ایسا خطرہ نہیں ہیں۔")
    found = flags_of("number", source, "He urged a policy that separates the two: al-Qaeda is a threat, the Taliban are not.")
    assert found in ([], [("two", "warning")])


@pytest.mark.parametrize(("text", "name"), [
    ("Paceman Zaheer Khan is out of the tour.", "Zaheer Khan"),
    ("- Skipper Misbah-ul-Haq won the toss.", "Misbah-ul-Haq"),
])  # fmt: skip
def test_a_playing_role_opening_a_sentence_is_no_part_of_the_name(text: str, name: str) -> None:
    assert [s.text for s in english_name_spans(text)] == [name]


def test_a_language_adjective_is_no_name() -> None:
    assert [s.text for s in english_name_spans("the names as Pakistan's English-language papers print them")] == [
        "Pakistan"]


def test_a_place_written_as_its_adjective_in_a_translated_body() -> None:
    source = "وفد نے بینک کے وسطی ایشیائی علاقائی اقتصادی تعاون منصوبے کو سراہا۔"
    assert match_name("Central Asia Regional Economic Cooperation", source).score >= MATCH_THRESHOLD
    assert match_name("South Asia Regional Economic Cooperation", source).score < MATCH_THRESHOLD


def test_the_second_of_two_where_the_article_ranks_only_the_first_is_a_warning() -> None:
    source = SourceIndex("ایونٹ کے پہلے سیمی فائنل میں بھارت 2 وکٹوں سے جیتا، جبکہ ایران اور نیپال کا "
                         "سیمی فائنل بارش کے باعث منسوخ ہو گیا۔")
    assert flags_of("number", source, "دوسرا سیمی فائنل بارش کے باعث نہ ہو سکا۔", "ur") == [("دوسرا", "warning")]
    assert flags_of("number", source, "تیسرا سیمی فائنل بارش کے باعث نہ ہو سکا۔", "ur") == [("تیسرا", "error")]


@pytest.mark.skipif(not attested_spellings("عمران"), reason="arabic-name-romanizer's names table is not installed")
def test_a_given_name_the_names_resource_knows_is_another_mans() -> None:
    """شاکر is Shakir in the names resource, which the desk's table lacks: Shafiq Bangash is
    another man, Shakir Bangash the article's."""
    source = "پشاور پولیس کے افسر شاکر بنگش نے بتایا کہ لاشیں شہر کے باہر سے ملیں۔"
    assert match_name("Shakir Bangash", source).score >= MATCH_THRESHOLD
    assert match_name("Shafiq Bangash", source).score < MATCH_THRESHOLD
    assert flags_of("name", source, "Police officer Shafiq Bangash said the bodies were found outside the city.") == [
        ("Shafiq Bangash", "error")]


def test_a_known_french_suburb() -> None:
    source = "حملہ آور کو پیرس کے مضافات میں اس کے آبائی قصبے ژنویلیا میں دفنایا گیا۔"
    assert flags(source, "He was buried in Gennevilliers, outside Paris.") == []


def test_a_name_after_the_arabic_article_is_the_same_person_later() -> None:
    source = "سوڈان کے صدر عمرالبشیرنے مطالبہ کیا ہے کہ امن فوج واپس بلائی جائے۔"
    assert flags_of("name", source, "President Omar al-Bashir wants the peacekeepers out. Bashir said they were a burden.") == []
