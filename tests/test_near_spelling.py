"""A foreign name the article writes by ear, word for word a little apart, is a warning."""

from __future__ import annotations

from summarizer.validators import check_grounding

_ARTICLE = "چینی کار ساز دون فین نے لاہور میں نیا کارخانہ لگانے کا اعلان کیا۔ ٹیم کا اعلان مارک سکنر نے کیا۔"


def _name_findings(brief: str) -> dict[str, str]:
    return {f.claim.text: f.severity for f in check_grounding(_ARTICLE, brief, "en") if f.kind.value == "name"}


def test_a_name_heard_word_for_word_in_another_spelling_is_a_warning() -> None:
    found = _name_findings("The Chinese carmaker Dong Feng will build a plant in Lahore.")
    assert found.get("Dong Feng") == "warning"


def test_a_swapped_name_whose_words_sound_otherwise_stays_an_error() -> None:
    found = _name_findings("The squad was named by Marc Turner.")
    assert found.get("Marc Turner") == "error"  # the article names مارک سکنر (Skinner)


def test_a_rank_is_never_a_near_spelling_of_a_name() -> None:
    found = _name_findings("Director A.R. Murugadoss announced the squad.")
    assert found.get("A.R. Murugadoss", "error") == "error"


def test_a_known_party_written_with_a_lower_case_party_is_checked() -> None:
    article = "صدر کا تعلق دائیں بازو کی جماعت لیکوڈ پارٹی سے ہے۔"
    assert [f.claim.text for f in check_grounding(article, "He belongs to the right-wing Likud party.", "en")] == []
    found = [f.claim.text for f in check_grounding(article, "He belongs to the right-wing Labour party.", "en")]
    assert found == ["Labour party"]


def test_a_body_of_another_place_than_the_article_gives_it_is_an_error() -> None:
    article = "سندھ، پنجاب اور بلوچستان کی ٹیمیں شریک ہیں۔ مقابلے سندھ نیٹ بال ایسوسی ایشن کے زیر اہتمام ہو رہے ہیں۔"
    assert _severities(article, "The event is run by the Sindh Netball Association.") == {}
    found = _severities(article, "The event is run by the Punjab Netball Association.")
    assert found == {"Punjab Netball Association": "error"}


def _severities(article: str, brief: str) -> dict[str, str]:
    return {f.claim.text: f.severity for f in check_grounding(article, brief, "en")}


def test_an_urdu_name_the_article_writes_a_letter_apart_is_a_warning() -> None:
    article = "دوسرے روز کھیل ختم ہونے پر آسٹریلوی بلے باز فیتھن لیون اور کپتان وکٹ پر موجود تھے۔"
    found = {f.claim.text: f.severity for f in check_grounding(article, "کھیل ختم ہونے پر نیتھن لیون وکٹ پر موجود تھے۔", "ur")
             if f.kind.value == "name"}
    assert found == {"نیتھن لیون": "warning"}
    found = {f.claim.text: f.severity for f in check_grounding(article, "کھیل ختم ہونے پر سٹیون سمتھ وکٹ پر موجود تھے۔", "ur")
             if f.kind.value == "name"}
    assert found.get("سٹیون سمتھ") == "error"
