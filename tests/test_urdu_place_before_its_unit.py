"""A place the gazetteer lists that is also an everyday word (خیبر, مٹھی: a fist) is claimed when
its unit follows it (خیبر ایجنسی, مٹھی شہر): the brief names a place the article must give.
The Urdu here is the team's own, written for these tests.
"""

from __future__ import annotations

from functools import partial

from claim_helpers import flags_of

_names = partial(flags_of, "name", lang="ur")
"""(claim, severity) of the name findings on an Urdu brief."""

_LEADER = "قبائلی علاقے کرم ایجنسی سے تعلق رکھنے والے ایک رہنما نے کہا کہ مسئلے کا پرامن حل نکالا جائے۔"


def test_another_place_before_its_unit_is_an_error() -> None:
    assert _names(_LEADER, "خیبر ایجنسی کے ایک رہنما نے کہا کہ مسئلے کا پرامن حل نکالا جائے۔") == [("خیبر", "error")]
    assert _names(_LEADER, "مٹھی شہر کے ایک رہنما نے بات کی۔") == [("مٹھی", "error")]


def test_the_articles_place_before_its_unit_passes() -> None:
    assert _names(_LEADER, "کرم ایجنسی کے ایک رہنما نے کہا کہ مسئلے کا پرامن حل نکالا جائے۔") == []
