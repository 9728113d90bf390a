"""An Urdu word before نامی (named) or before the honorific صاحب is a person's name, however
everyday a word it is elsewhere (صداقت: truthfulness); the article must give it.

A role before صاحب (جج صاحب: the judge) is no name. The Urdu here is the team's own, written for
these tests.
"""

from __future__ import annotations

from functools import partial

from claim_helpers import flags_of

_names = partial(flags_of, "name", lang="ur")
"""(claim, severity) of the name findings on an Urdu brief."""

_ARREST = ("پولیس نے حسنین اور رفاقت نامی دو افراد کو گرفتار کیا ہے۔ "
           "مصنف کو یہ لطیفہ ابن انشا صاحب کی کتاب سے یاد آیا۔")


def test_a_word_before_named_is_a_name() -> None:
    assert _names(_ARREST, "پولیس نے حسنین اور صداقت نامی دو افراد کو گرفتار کیا ہے۔") == [("صداقت", "error")]
    assert _names(_ARREST, "پولیس نے حسنین اور رفاقت نامی دو افراد کو گرفتار کیا۔") == []


def test_words_before_sahib_are_a_name() -> None:
    assert _names(_ARREST, "مصنف کو یہ لطیفہ مشتاق یوسفی صاحب کی کتاب سے یاد آیا۔") == [("مشتاق یوسفی", "error")]
    assert _names(_ARREST, "مصنف کو یہ لطیفہ ابن انشا صاحب کی کتاب سے یاد آیا۔") == []


def test_a_role_before_sahib_is_no_name() -> None:
    assert _names(_ARREST, "جج صاحب نے فیصلہ سنایا۔") == []
