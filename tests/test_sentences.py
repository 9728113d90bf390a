"""Sentence splitting with original offsets (team-written snippets, not corpus text)."""

from __future__ import annotations

import pytest

from summarizer.text.sentences import split_paragraphs, split_sentences


def texts(text: str) -> list[str]:
    spans = split_sentences(text)
    for s in spans:
        assert text[s.start : s.end] == s.text  # offsets point at the original characters
    return [s.text for s in spans]


def test_urdu_full_stop_question_and_exclamation() -> None:
    assert texts("بارش ہوئی۔ کیا سڑکیں بند ہیں؟ ہاں! سب بند ہیں") == [
        "بارش ہوئی۔", "کیا سڑکیں بند ہیں؟", "ہاں!", "سب بند ہیں",
    ]  # fmt: skip


def test_full_stop_without_following_space_still_splits() -> None:
    assert texts("اجلاس ختم ہوا۔وزیر نے بات کی۔") == ["اجلاس ختم ہوا۔", "وزیر نے بات کی۔"]


def test_newlines_are_boundaries_and_blank_lines_vanish() -> None:
    text = "سرخی یہاں ہے\n\n  پہلا جملہ۔ دوسرا جملہ\nتصویر کا کیپشن"
    assert texts(text) == ["سرخی یہاں ہے", "پہلا جملہ۔", "دوسرا جملہ", "تصویر کا کیپشن"]


@pytest.mark.parametrize("number", ["2.5", "۲٫۵", "3۔5", "6.5"])
def test_decimals_do_not_split(number: str) -> None:
    text = f"شرح {number} فیصد رہی۔ اگلا جملہ۔"
    assert texts(text) == [f"شرح {number} فیصد رہی۔", "اگلا جملہ۔"]


def test_letter_name_abbreviations_do_not_split() -> None:
    assert texts("انہوں نے پی۔ایچ۔ڈی کی ڈگری لی۔ پھر ڈی۔ آئی۔ جی بنے۔") == [
        "انہوں نے پی۔ایچ۔ڈی کی ڈگری لی۔", "پھر ڈی۔ آئی۔ جی بنے۔",
    ]  # fmt: skip


def test_latin_abbreviations_and_addresses() -> None:
    text = "رپورٹ Dr. Ahmed نے bbc.co.uk پر دی. اگلا جملہ"
    assert texts(text) == ["رپورٹ Dr. Ahmed نے bbc.co.uk پر دی.", "اگلا جملہ"]


def test_closing_quote_stays_with_its_sentence() -> None:
    assert texts("انہوں نے کہا ’ہم تیار ہیں۔‘ پھر چلے گئے۔") == [
        "انہوں نے کہا ’ہم تیار ہیں۔‘", "پھر چلے گئے۔",
    ]  # fmt: skip


def test_runs_of_terminators_are_one_boundary() -> None:
    assert texts("واقعی؟! ہاں۔۔ ٹھیک") == ["واقعی؟!", "ہاں۔۔", "ٹھیک"]


def test_ellipsis_within_a_line_does_not_split() -> None:
    assert texts("وہ آئے... اور چلے گئے۔") == ["وہ آئے... اور چلے گئے۔"]


def test_dateline_full_stop_is_not_a_boundary() -> None:
    text = "ملتان ۔ یکم مارچ (اے پی پی) شہر میں میلہ ہوا۔ لوگ آئے۔"
    assert texts(text) == ["ملتان ۔ یکم مارچ (اے پی پی) شہر میں میلہ ہوا۔", "لوگ آئے۔"]
    assert texts("سکھر۔ 05 مئی (اے پی پی)بارش ہوئی۔") == ["سکھر۔ 05 مئی (اے پی پی)بارش ہوئی۔"]


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "۔۔۔", "- ۔ -"])
def test_empty_and_punctuation_only_input(text: str) -> None:
    assert split_sentences(text) == []


def test_offsets_survive_leading_space_and_crlf() -> None:
    text = "  \r\nپہلا۔\r\n  دوسرا؟  "
    assert texts(text) == ["پہلا۔", "دوسرا؟"]


def test_paragraphs() -> None:
    text = "سرخی\n\n پیرا ایک۔ جملہ دو۔ \nپیرا دو"
    paras = split_paragraphs(text)
    assert [p.text for p in paras] == ["سرخی", "پیرا ایک۔ جملہ دو۔", "پیرا دو"]
    assert all(text[p.start : p.end] == p.text for p in paras)
