"""An Urdu brief that renames a person the article names is caught, and an ordinary word of the
article is no evidence for a name.

- A declining noun is as everyday as its forms together: قرضہ (a loan) is rare alone, common with
  قرضے and قرضوں, so "Qureshi" is not heard in it, and a brief's شاہ محمود قریشی is not grounded by it.
- A common name part after another (ذوالفقار علی) is a name even though علی alone is too common a
  word to claim.
- A given name the article writes with one surname, written with another (منوج تیواری where the
  article has منوج ڈکشٹ), is another person; the article's surname spelt another way is not.

The Urdu here is the team's own, written for these tests.
"""

from __future__ import annotations

from functools import partial

from claim_helpers import flags_of

from summarizer.source_index import SourceIndex

_names = partial(flags_of, "name", lang="ur")
"""(claim, severity) of the name findings on an Urdu brief."""

_LOAN = ("وزیر خزانہ نے بتایا کہ حکومت نے ترقیاتی منصوبوں کے لیے عالمی بینک سے آسان شرائط پر قرضہ لیا ہے۔ "
         "تحریک انصاف کے سربراہ عمران خان نے اس فیصلے پر تنقید کی۔")


def test_a_loan_is_no_qureshi() -> None:
    assert SourceIndex(_LOAN).names.match_english("Qureshi").score < 0.8


def test_a_person_the_article_lacks_is_flagged_beside_an_ordinary_word() -> None:
    brief = "تحریک انصاف کے رہنما شاہ محمود قریشی نے اس فیصلے پر تنقید کی۔"
    assert ("شاہ محمود قریشی", "error") in _names(_LOAN, brief)
    assert _names(_LOAN, "تحریک انصاف کے سربراہ عمران خان نے اس فیصلے پر تنقید کی۔") == []


_PATIENT = "ضلع جھنگ کے رہائشی پینتیس سالہ ذوالفقار احمد کو تیز بخار کی حالت میں ہسپتال لایا گیا۔"


def test_a_common_name_part_after_another_is_a_name() -> None:
    assert ("علی", "error") in _names(_PATIENT, "جھنگ کے رہائشی ذوالفقار علی کو ہسپتال لایا گیا۔")
    assert _names(_PATIENT, "جھنگ کے رہائشی ذوالفقار احمد کو ہسپتال لایا گیا۔") == []


_LAWYER = ("عدالت میں درخواست گزار کے وکیل منوج ڈکشٹ نے کہا کہ پوسٹر ہٹانے کا حکم دیا جائے۔ "
           "اداکار کریگ میکملن اور ایلن ہننج بھی سماعت میں موجود تھے۔")


def test_a_given_name_with_another_surname_is_another_person() -> None:
    assert _names(_LAWYER, "وکیل منوج تیواری نے پوسٹر ہٹانے کا مطالبہ کیا۔") == [("منوج تیواری", "error")]


def test_the_articles_surname_spelt_another_way_or_in_part_is_the_same_person() -> None:
    assert _names(_LAWYER, "وکیل منوج ڈکشٹ نے پوسٹر ہٹانے کا مطالبہ کیا۔") == []
    assert _names(_LAWYER, "سماعت میں ایلن ہیننگ موجود تھے۔") == []
    assert _names(_LAWYER, "سماعت میں کریگ میک موجود تھے۔") == []


def test_another_surname_with_the_same_first_letter_is_a_warning() -> None:
    assert _names(_LAWYER, "وکیل منوج ڈوگرا نے پوسٹر ہٹانے کا مطالبہ کیا۔") == [("منوج ڈوگرا", "warning")]
