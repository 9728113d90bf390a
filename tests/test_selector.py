"""The extractive selector: position, centrality, coverage and redundancy under a word budget."""

from __future__ import annotations

from summarizer.text.selector import Candidate, Weights, select

# Team-written sentences (not corpus text).
S = [
    "پنجاب حکومت نے گندم کی سرکاری قیمت خرید چار ہزار روپے فی من مقرر کر دی ہے۔",
    "کسان تنظیموں نے گندم کی قیمت خرید کو ناکافی قرار دیا ہے۔",
    "پنجاب حکومت نے گندم کی سرکاری قیمت خرید چار ہزار روپے فی من مقرر کر دی ہے۔",
    "موسم آج زیادہ تر خشک رہے گا۔",
    "وزیر خوراک کے مطابق گندم کی خریداری اگلے ہفتے سے شروع ہو گی اور قیمت خرید پر نظرثانی نہیں ہو گی۔",
]


def cands() -> list[Candidate]:
    return [Candidate(text=t, position=k) for k, t in enumerate(S)]


def test_a_repeat_is_not_chosen_twice() -> None:
    chosen = select(cands(), Weights(budget_words=60, max_sentences=3))
    assert 0 in chosen and 2 not in chosen
    assert chosen == sorted(chosen)


def test_off_topic_sentence_loses_to_central_ones() -> None:
    chosen = select(cands(), Weights(budget_words=60, max_sentences=3))
    assert 3 not in chosen


def test_budget_limits_length() -> None:
    assert len(select(cands(), Weights(budget_words=10, max_sentences=3))) == 1


def test_coverage_prefers_new_numbers() -> None:
    cs = cands()
    cs[4].numbers = frozenset({"7:days"})
    with_cov = select(cs, Weights(budget_words=40, max_sentences=2, coverage=5.0))
    assert 4 in with_cov


def test_empty() -> None:
    assert select([]) == []


def test_a_dateline_lead_is_taken_first() -> None:
    """A sentence that loses on worth is still taken first when a dateline made it the lead."""
    w = Weights(budget_words=10, max_sentences=3)
    assert select(cands(), w) == [0]
    cs = cands()
    cs[1].lead = True
    assert select(cs, w) == [1]  # the lead fills the budget
    assert {0, 1} <= set(select(cs, Weights(budget_words=60, max_sentences=3)))


def test_lead_only_stops_at_the_lead() -> None:
    cs = cands()
    cs[3].lead = True  # off-topic and short: a lead all the same
    wide = Weights(budget_words=60, max_sentences=3)
    assert len(select(cs, wide)) > 1
    assert select(cs, Weights(budget_words=60, max_sentences=3, lead_only=True)) == [3]
    assert len(select(cands(), Weights(budget_words=60, max_sentences=3, lead_only=True))) > 1  # no lead marked
