"""A body a brief names by its kind (parliament, cabinet, commission ...) and the body of a person
named with 'of' are claims of their own.

The Urdu here is the team's own, written for these tests."""

from __future__ import annotations

import pytest

from summarizer.validators import check_grounding

COMMISSION = "یورپی کمیشن کے سربراہ نے کہا کہ برطانیہ سے نقل و حرکت کی آزادی پر بات نہیں ہو گی۔"


def _flags(article: str, brief: str) -> list[tuple[str, str]]:
    return [(f.severity, f.claim.text) for f in check_grounding(article, brief)]


def test_the_body_the_article_names_holds() -> None:
    assert _flags(COMMISSION, "The head of the European Commission ruled out talks.") == []


@pytest.mark.parametrize(("brief", "claim", "said"), [
    ("The head of the European Parliament ruled out talks.", "European Parliament", "not in the article"),  # one known body
    ("The cabinet ruled out talks.", "cabinet", "commission"),
])
def test_another_body_than_the_article_names_is_an_error(brief: str, claim: str, said: str) -> None:
    found = check_grounding(COMMISSION, brief)
    assert [(f.severity, f.claim.text) for f in found] == [("error", claim)]
    assert said in found[0].message


def test_a_body_where_the_article_names_none_is_a_warning() -> None:
    article = "شہر میں بارش کے بعد کئی سڑکیں بند ہو گئیں۔"
    assert _flags(article, "The council closed several roads after the rain.") == [("warning", "council")]


def test_a_body_inside_a_name_is_the_name_checks_to_judge() -> None:
    article = "آئی سی سی نے بولر پر پابندی لگا دی۔"
    assert _flags(article, "The International Cricket Council (ICC) banned the bowler.") == []


@pytest.mark.parametrize("brief", ["The Indian parliament debated the deal.", "The Rajya Sabha debated the deal."])
def test_urdu_names_of_a_parliament_ground_the_word(brief: str) -> None:
    article = "بھارتی راجیہ سبھا میں اس معاہدے پر بحث ہوئی۔"
    assert ("error", "parliament") not in _flags(article, brief)
    assert all(claim != "parliament" for _, claim in _flags(article, brief))


MEMBERS = "اجلاس میں یوسف نسیم کھوکھر اور شکیل شیخ شریک ہوں گے۔ واپڈا کے نمائندے بھی آئیں گے۔"


def test_the_body_of_a_person_named_with_of_is_checked_though_the_person_is_there() -> None:
    said = "the meeting will be attended by Yousuf Naseem Khokhar of {}, among others."
    assert _flags(MEMBERS, said.format("WAPDA")) == []
    assert _flags(MEMBERS, said.format("PIA")) == [("error", "Yousuf Naseem Khokhar of PIA")]


def test_a_body_the_article_names_whole_is_found_whole() -> None:
    article = "اقرا یونیورسٹی کے پروفیسر ڈاکٹر تصور حسین کا کہنا ہے کہ یہ سیاہ دن ہے۔"
    assert _flags(article, "Dr Tasawar Hussain of Iqra University called it a dark day.") == []


def test_a_publication_named_before_magazine_mid_sentence_is_a_name_the_article_must_give() -> None:
    article = "امریکی جریدے فوربز کے مطابق گلوکارہ نے سب سے زیادہ کمایا۔"
    assert _flags(article, "The singer heads the list of Forbes magazine this year.") == []
    assert _flags(article, "The singer heads the list of Billboard magazine this year.") == [("error", "Billboard")]
