"""Rules added for issue 8 (dates, links, phrasing, known names), each with the variant that must
pass beside the one that must be flagged. Snippets are team-written."""

from __future__ import annotations

import pytest

from summarizer.errors import SummarizerError
from summarizer.names.matching import MATCH_THRESHOLD, match_name
from summarizer.numbers.quantities import extract_quantities, is_vague
from summarizer.schemas import FindingKind
from summarizer.source_index import SourceIndex
from summarizer.text.dates import date_words
from summarizer.validators import check_grounding

SRC = (
    "لاہور (اے پی پی) پیر کو وزیر خارجہ سرگئی لاور وف نے جی ایچ کیو راولپنڈی میں آرمی چیف سے ملاقات کی۔ "
    "اگست میں سیلاب سے لاکھوں افراد متاثر ہوئے اور دریائے سندھ میں 4 سے 5 لاکھ کیوسک پانی گزرا۔ "
    "ایوان بالا کے اجلاس میں صرف8فیصدارکان آئے۔ کورونا کی خوراکیں قابلِ ذکر تعداد میں پہنچیں۔"
)


def errors(text: str, lang: str = "en") -> list[str]:
    return [f.claim.text for f in check_grounding(SRC, text, lang) if f.severity == "error"]  # type: ignore[arg-type]


@pytest.mark.parametrize(("good", "bad", "claim"), [
    ("They met on Monday.", "They met on Tuesday.", "Tuesday"),
    ("Floods came in August.", "Floods came in September.", "September"),
])
def test_english_weekdays_and_months_are_claims(good: str, bad: str, claim: str) -> None:
    assert errors(good) == []
    assert errors(bad) == [claim]
    finding = check_grounding(SRC, bad, "en")[0]
    assert finding.kind is FindingKind.DATE


def test_urdu_weekdays_and_months_are_claims() -> None:
    assert errors("پیر کو ملاقات ہوئی۔ اگست میں سیلاب آیا۔", "ur") == []
    assert errors("منگل کو ملاقات ہوئی۔", "ur") == ["منگل"]
    assert errors("ستمبر میں سیلاب آیا۔", "ur") == ["ستمبر"]


def test_words_that_are_dates_only_in_a_date_frame() -> None:
    claims = [d.span.text for d in date_words("اگلے ہفتے لانگ مارچ ہوگا اور جمعہ کی نماز کے بعد بات ہوگی", "ur")]
    assert claims == []  # week, a march, Friday prayers: no date claimed
    # before a day of the month and a month, ہفتہ is Saturday: a weekday claim
    dated = date_words("دوسرا میچ جمعہ 10 اکتوبر اور آخری ہفتہ 12 اکتوبر کو ہوگا", "ur")
    assert [(d.kind, d.value) for d in dated if d.span.text == "ہفتہ"] == [("weekday", 5)]
    assert date_words("گزشتہ ہفتے 20 افراد ہلاک ہوئے", "ur") == []
    assert [d.span.text for d in date_words("You may go in May 2014.", "en")] == ["May"]


def test_links_not_in_the_article_are_errors() -> None:
    found = check_grounding(SRC, "Details at https://evil.example/x or call +92 300 1234567.", "en")
    assert [(f.kind, f.severity) for f in found] == [(FindingKind.LINK, "error")] * 2
    assert check_grounding(SRC + " www.app.com.pk", "See www.app.com.pk for more.", "en") == []


def test_phrasing_of_quantities() -> None:
    (q,) = extract_quantities("Hundreds of thousands of people fled.", "en")
    assert q.value == 100_000 and is_vague(q)
    assert errors("Hundreds of thousands of people were affected.") == []
    assert extract_quantities("a one-day international and two Twenty20 matches", "en")[0].span.text == "two"
    assert errors("Between 400,000 and 500,000 cusecs passed.") == []
    assert errors("Between 40,000 and 500,000 cusecs passed.") == ["40,000"]
    assert errors("Only 8 percent of members came.") == []
    assert errors("Only 9 percent of members came.") == ["9 percent"]


def test_known_names_match_only_their_spellings() -> None:
    for english in ("Lahore", "Karachi", "Kabul"):  # لاور (of لاور وف), خوراکیں, قابلِ
        assert match_name(english, SRC.replace("لاہور (اے پی پی) ", "")).score < MATCH_THRESHOLD
    assert match_name("Lavrov", SRC).score >= MATCH_THRESHOLD
    assert match_name("Senate", SRC).score >= MATCH_THRESHOLD  # ایوان بالا
    assert match_name("Panama", "وہ پاناما میں تھے").score >= MATCH_THRESHOLD  # a spelling the list lacks


def test_sentence_initial_words_and_units_are_not_names() -> None:
    assert check_grounding(SRC, "Resuming talks, Lavrov met the army chief.", "en") == []
    assert check_grounding(SRC, "Critics said the Senate met.", "en") == []
    assert errors("Lavrov met the army chief in Multan.") == ["Multan"]


def test_nearest_name_hint_is_never_an_ordinary_word() -> None:
    for claim, word in (("Kabul", "قابل"), ("Karachi", "خوراکیں")):
        (f,) = [f for f in check_grounding(SRC, f"{claim} was mentioned.", "en") if f.kind is FindingKind.NAME]
        assert f.nearest is None or word not in f.nearest.text, f.nearest
    (f,) = check_grounding(SRC.replace("لاہور (اے پی پی) ", ""), "Lahore was mentioned.", "en")
    assert f.nearest is None or f.nearest.text != "لاور"  # never half of another name


def test_one_index_serves_every_check() -> None:
    index = SourceIndex(SRC)
    first = check_grounding(index, "They met on Tuesday in Multan.", "en")
    assert [f.claim.text for f in first] == [f.claim.text for f in check_grounding(SRC, "They met on Tuesday in Multan.", "en")]
    assert "names" in vars(index) and "quantities" in vars(index)  # built once, kept on the index


def test_bad_arguments_are_summarizer_errors() -> None:
    with pytest.raises(SummarizerError):
        check_grounding(SRC, None, "en")  # type: ignore[arg-type]
    with pytest.raises(SummarizerError):
        check_grounding(SRC, "x", "fr")  # type: ignore[arg-type]
    with pytest.raises(SummarizerError):
        SourceIndex(b"bytes")  # type: ignore[arg-type]
