"""Names the article writes run into other words, in another order or as an adjective (issue 8)."""

from __future__ import annotations

from summarizer.validators import check_grounding


def _names(article: str, brief: str) -> dict[str, str]:
    return {f.claim.text: f.severity for f in check_grounding(article, brief, "en") if f.kind.value == "name"}


def test_a_postposition_run_into_a_known_name_after_it_leaves_the_name() -> None:
    article = "صوبہ سنکیانگ میںیغور آبادی اور حکام کے درمیان کشیدگی پھر بڑھ گئی ہے۔"
    assert _names(article, "Tension has risen again between the Uighur population and officials in Xinjiang.") == {}
    found = _names(article, "Tension has risen again between the Tibetan population and officials in Xinjiang.")
    assert found == {"Tibetan": "error"}


def test_a_kind_of_place_before_its_name_is_the_listed_form_after_it() -> None:
    article = "فاسٹ باؤلر نے انگلش کاؤنٹی سرے سے دو برس کا نیا معاہدہ کر لیا ہے۔"
    assert _names(article, "The fast bowler has signed a new two-year deal with Surrey.") == {}
    assert _names(article, "The fast bowler has signed a new two-year deal with Kent.") == {"Kent": "error"}


def test_a_place_in_ia_is_its_adjective_in_ian() -> None:
    article = "وکٹورین اوپنر نے ٹیم کے لیے شاندار سنچری بنائی اور میچ جتوا دیا۔"
    assert _names(article, "The Victoria opener made a fine century to win the match.") == {}
    found = _names(article, "The Tasmania opener made a fine century to win the match.")
    assert found == {"Tasmania": "error"}


def test_a_sea_named_by_its_direction_is_found_translated() -> None:
    article = "پڑوسی ملک نے دو میزائل مشرقی سمندر میں داغے، وزارت دفاع نے بتایا۔"
    assert _names(article, "The neighbour fired two missiles into the East Sea, the defence ministry said.") == {}
    found = _names(article, "The neighbour fired two missiles into the Yellow Sea, the defence ministry said.")
    assert found.get("Yellow Sea") == "error"


def test_a_two_word_name_may_open_with_a_word_spelt_like_a_function_word() -> None:
    article = "ماضی کے عظیم بیٹسمین والی ہیمنڈز کا ریکارڈ آج بھی قائم ہے۔ پیانگ یانگ میں سربراہ کم جونگ ان نے خطاب کیا۔"
    assert _names(article, "The record of the great batsman Wally Hammond still stands.") == {}
    # a longer name may not lose its last word that way: the article's leader is Kim Jong Un
    found = _names(article, "In Pyongyang the leader Kim Jong Il gave a speech.")
    assert found.get("Kim Jong Il") == "error"


def test_names_in_a_long_run_of_words_without_spaces_are_found() -> None:
    article = "ڈبلز فائنل میں دونوں نے اطالوی جوڑی روبرٹاونچیاورفلاویاپینیٹاکو سیدھے سیٹوں میں ہرا دیا۔"
    brief = "In the doubles final the pair beat the Italian duo Roberta Vinci and Flavia Pennetta in straight sets."
    assert _names(article, brief) == {}
    found = _names(article, brief.replace("Flavia Pennetta", "Sara Errani"))
    assert [sev for name, sev in found.items() if "Errani" in name] == ["error"]


def test_a_hindi_film_title_with_ek_is_found_and_another_is_a_title_to_check() -> None:
    article = "اداکارہ پچھلے برس کی فلم ’’اک تھی رانی‘‘ کے بعد سے پردے پر نظر نہیں آئیں۔"
    # the quoted Urdu words spelt in Roman Urdu (session 33); before, a warning to check
    assert _names(article, "The actress has not been on screen since last year's film Ek Thi Rani.") == {}
    found = _names(article, "The actress has not been on screen since last year's film Ek Tha Raja.")
    assert found == {"Ek Tha Raja": "warning"}


def test_a_known_name_run_into_the_word_before_it_is_that_name() -> None:
    article = "ایک روزہ مقابلوں میں چھکوں کا پرانا ریکارڈانضمام الحق نے نہیں بنایا تھا۔"
    assert _names(article, "The record for the most sixes was not set by Inzamam-ul-Haq.") == {}
    found = _names(article, "The record for the most sixes was not set by Younis Khan.")
    assert found == {"Younis Khan": "error"}
