"""Where a number or name only seems to be in the source: team-written Urdu snippets.

Each case pairs a claim the checker must flag with a close variant it must accept, so a test
fails whichever way the rule breaks.
"""

from __future__ import annotations

import pytest

from summarizer import extract_quantities
from summarizer.names.urdu_claims import urdu_name_claims
from summarizer.schemas import FindingKind, QuantityKind, Span
from summarizer.text.context import Context, share_context
from summarizer.validators import check_grounding

SOURCE = (
    "کابل میں ایک قافلے پر حملے میں کم از کم تیرہ گاڑیاں تباہ ہو گئیں اور چھ اہلکار ہلاک ہوئے۔ "
    "یہ واقعہ 30 اکتوبر کو پیش آیا۔ سنہ 2015 میں بھی یہاں حملہ ہوا تھا۔ "
    "جھڑپوں میں درجنوں افراد زخمی ہوئے۔ گلوکار نے 55 سال تک گیت گائے۔ "
    "مقامی بزرگ نے کہا کہ حکومت ہماری بات پر توجہ دو۔"
)


def flagged(text: str, kind: FindingKind = FindingKind.NUMBER) -> list[str]:
    return [f.claim.text for f in check_grounding(SOURCE, text, "ur") if f.kind == kind]


def test_years_are_never_approximate() -> None:
    # 2013 is within 0.1% of 2015: a relative tolerance must not let a year through
    assert flagged("سنہ 2013 میں یہاں حملہ ہوا تھا۔") == ["2013"]
    assert flagged("سنہ 2015 میں یہاں حملہ ہوا تھا۔") == []


@pytest.mark.parametrize("claim", ["بارہ افراد زخمی ہوئے۔", "12 افراد زخمی ہوئے۔"])
def test_a_vague_plural_does_not_support_an_exact_number(claim: str) -> None:
    assert flagged(claim) != []


def test_a_vague_plural_supports_a_vague_claim() -> None:
    assert flagged("درجنوں افراد زخمی ہوئے۔") == []
    assert [f for f in check_grounding(SOURCE, "Dozens of people were injured.", "en") if f.kind == FindingKind.NUMBER] == []


def test_a_hedged_number_must_be_the_articles_own() -> None:
    # "at least 12" where the article says "at least 13": the same hedge on another number is a
    # changed number (session 43; it was read as entailed before), whatever it counts
    assert flagged("قافلے کی کم از کم بارہ گاڑیاں تباہ کر دی گئیں۔") == ["بارہ"]
    assert flagged("قافلے کی کم از کم تیرہ گاڑیاں تباہ کر دی گئیں۔") == []
    found = [f for f in check_grounding(SOURCE, "کم از کم بارہ اہلکار ہلاک ہو گئے۔", "ur") if f.kind == FindingKind.NUMBER]
    assert [f.claim.text for f in found] == ["بارہ"]


def test_an_exact_restatement_needs_no_shared_context() -> None:
    assert flagged("ہلاک ہونے والوں کی تعداد چھ بتائی گئی۔") == []


def test_a_count_is_not_grounded_by_a_day_of_the_month() -> None:
    assert flagged("سیریز کے تیس میچ کھیلے گئے۔") == ["تیس"]
    assert flagged("حملہ 30 اکتوبر کو ہوا۔") == []


def test_duration_with_tak_is_a_span_not_an_upper_bound() -> None:
    (q,) = extract_quantities("انھوں نے 58 سال تک گایا", "ur")
    assert q.kind == QuantityKind.DURATION and q.qualifier == "exact"
    assert flagged("گلوکار نے 58 سال تک گیت گائے۔") == ["58 سال"]
    (bound,) = extract_quantities("100 تک افراد", "ur")
    assert bound.qualifier == "up_to"


def test_imperative_do_at_a_sentence_end_is_not_two() -> None:
    assert extract_quantities("حکومت ہماری بات پر توجہ دو۔", "ur") == []
    assert [q.value for q in extract_quantities("ان کے بچے دو ہیں۔", "ur")] == [2.0]
    # so the verb in the source does not ground a wrong "two"
    assert flagged("فوج نے دو بار حملہ کیا۔") == ["دو"]


def test_context_ignores_function_words_and_hedges() -> None:
    text = "قافلے کی کم از کم بارہ گاڑیاں تباہ کر دی گئیں"
    span = next(q.span for q in extract_quantities(text, "ur"))
    around = Context(text).around(span)
    assert {"گاڑ", "تبا"} <= around
    assert not around & {"کم", "از"}


def test_context_compares_inflected_forms() -> None:
    a = "چھ اہلکار ہلاک"
    b = "حملے میں چھ اہلکاروں کی ہلاکت"
    span_a, span_b = Span(start=0, end=2, text="چھ"), Span(start=9, end=11, text="چھ")
    assert share_context(a, span_a, b, span_b)
    assert not share_context("چھ گاڑیاں تباہ", span_a, b, span_b)


# --------------------------------------------------------------------------- names

NAME_SOURCE = "شہر کے بازار میں آگ لگنے سے تین دکانیں جل گئیں اور پولیس نے پوچھ گچھ شروع کر دی۔"


def name_claims(text: str) -> list[str]:
    return [span.text for span, _ in urdu_name_claims(text, NAME_SOURCE)]


def test_two_new_less_common_words_in_a_names_slot_are_a_claim() -> None:
    assert name_claims("انگور اڈا میں آگ لگنے سے تین دکانیں جل گئیں۔") == ["انگور اڈا"]
    found = check_grounding(NAME_SOURCE, "انگور اڈا میں آگ لگی۔", "ur")
    assert [(f.kind, f.severity) for f in found] == [(FindingKind.NAME, "warning")]


def test_everyday_pairs_and_verbs_are_not_names() -> None:
    # an idiom the source uses, an infinitive and everyday words stay unflagged
    assert name_claims("پولیس نے پوچھ گچھ شروع کر دی۔") == []
    assert name_claims("آگ پھیلانے کی کوشش کی گئی۔") == []
    assert name_claims("شہر کے بازار میں آگ لگی۔") == []


def test_unknown_three_letter_word_is_a_claim_but_a_split_word_is_not() -> None:
    assert "بڈا" in " ".join(name_claims("بڈا میں آگ لگی۔"))
    assert name_claims("آگ یکم نو مبر کو لگی۔") == []


def test_a_vague_plural_after_sal_is_a_count_and_reads_as_an_english_plural() -> None:
    from summarizer.numbers.render_en import render_quantity

    got = {q.span.text: q for q in extract_quantities("ہر سال ہزاروں سیاح اور درجنوں طلبہ آتے ہیں", "ur")}
    assert got["ہزاروں"].kind == QuantityKind.COUNT
    assert render_quantity(got["ہزاروں"]) == "thousands"
    assert render_quantity(got["درجنوں"]) == "dozens"
    (lakhs,) = extract_quantities("لاکھوں افراد", "ur")
    assert render_quantity(lakhs) is None  # no English plural reads back as 100,000


def test_a_vague_claim_restates_a_vague_source_or_a_number_of_its_order() -> None:
    source = "سیلاب سے ہزاروں مکان تباہ ہوئے اور 18 ہزار افراد بے گھر ہو گئے۔"
    for claim in ("ہزاروں افراد بے گھر ہو گئے۔", "ہزاروں مکان تباہ ہوئے۔"):
        assert [f for f in check_grounding(source, claim, "ur") if f.kind == FindingKind.NUMBER] == []
    assert [f for f in check_grounding(source, "Thousands of people were displaced.", "en") if f.kind == FindingKind.NUMBER] == []
    # lakhs are not thousands
    assert [f.claim.text for f in check_grounding(source, "لاکھوں افراد بے گھر ہو گئے۔", "ur")] == ["لاکھوں"]
