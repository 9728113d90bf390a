"""An English name made of everyday words is checked when a person's title marks it as a name.

"Carter" alone may be a sentence's ordinary word, and it sounds like کردار (a role, a part);
after "President" it can only be a name, and one the article must give. A title's building
(Prime Minister House) is no person. The Urdu here is the team's own, written for these tests.
"""

from __future__ import annotations

from functools import partial

from claim_helpers import flags_of

_names = partial(flags_of, "name", lang="en")
"""(claim, severity) of the name findings on an English brief."""

_VISIT = ("انیس سو بہتر میں صدر نکسن نے چین کا دورہ کیا اور پاکستان نے اس دورے میں اہم کردار ادا کیا۔ "
          "وزیر اعظم ہاؤس میں اس پر اجلاس بھی ہوا۔")


def test_a_titled_name_the_article_lacks_is_an_error() -> None:
    assert _names(_VISIT, "In 1972 President Carter visited China, and Pakistan played a key role.") == [
        ("Carter", "error")]
    assert _names(_VISIT, "Pope Benedict praised the visit.") == [("Benedict", "error")]


def test_the_titled_name_the_article_gives_passes() -> None:
    assert _names(_VISIT, "In 1972 President Nixon visited China, and Pakistan played a key role.") == []


def test_a_titles_building_is_no_person() -> None:
    assert _names(_VISIT, "A meeting was held at the Prime Minister House.") == []
