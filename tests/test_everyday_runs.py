"""A new run of everyday Urdu words that no names resource lists is a paraphrase's wording, not
a name claim (issue 8: an Urdu brief's own words drew name warnings)."""

from __future__ import annotations

from summarizer.names.name_table import recorded_name_part
from summarizer.names.urdu_claims import _everyday_run, urdu_name_claims
from summarizer.validators import check_grounding

ARTICLE = "سیلاب سے کئی دیہات متاثر ہوئے۔ امدادی ٹیموں نے زخمیوں کو ابتدائی طبی امداد دی اور متاثرہ خاندانوں کو بلا سود قرض دینے کا اعلان کیا گیا۔"


def _claimed(brief: str) -> list[str]:
    return [span.text for span, _ in urdu_name_claims(brief, ARTICLE)]


def test_the_names_table_records_given_names_and_surnames_not_words() -> None:
    assert recorded_name_part("عمران") is True
    assert recorded_name_part("ندیم") is True
    assert recorded_name_part("پٹی") is False
    assert recorded_name_part("گہری") is False


def test_everyday_words_new_to_the_article_are_no_name() -> None:
    assert _claimed("امدادی ٹیموں نے زخموں پر گہری پٹی باندھی۔") == []
    assert _claimed("متاثرہ خاندانوں کو قرضہ بلا سود دیا جائے گا۔") == []
    found = check_grounding(ARTICLE, "امدادی ٹیموں نے گہری پٹی باندھی اور خاندانوں کو قرضہ بلا سود ملے گا۔", "ur")
    assert [f for f in found if f.kind.value == "name"] == []


def test_a_rare_new_word_or_a_recorded_name_is_still_claimed() -> None:
    # موہت is as rare in wordfreq as many everyday words: rarity alone keeps the claim
    assert _claimed("موہت نے کہا کہ امداد دی گئی۔") == ["موہت"]
    # ندیم is an everyday word too (a companion) and a recorded given name: still a name
    assert _claimed("ندیم نے کہا کہ امداد دی گئی۔") == ["ندیم"]
    found = check_grounding(ARTICLE, "ندیم نے زخمیوں کو ابتدائی طبی امداد دی۔", "ur")
    assert [(f.kind.value, f.claim.text) for f in found] == [("name", "ندیم")]


def test_a_place_named_in_rarer_everyday_words_is_still_claimed() -> None:
    # انگور اڈا (a border crossing) is made of everyday words, rarer than a paraphrase's own
    assert _claimed("امدادی سامان انگور اڈا کے راستے پہنچایا گیا۔") == ["انگور اڈا"]


CRICKET = "قومی ٹیم نے گروپ کے پہلے میچ میں میزبان ٹیم کو ہرایا اور اب لیگ میں دوسرے نمبر پر ہے۔ ٹیم اتوار کو اگلا میچ کھیلے گی۔"


def test_an_everyday_english_word_beside_an_urdu_one_is_wording_too() -> None:
    assert check_grounding(CRICKET, "اتوار کا میچ لیگ کا آخری مقابلہ ہو گا۔", "ur") == []
    assert _everyday_run("میچ لیگ") and _everyday_run("گہری پٹی")
    # English words alone, or with English's small words, may be a body's name; rarer words a place's
    assert not _everyday_run("سکائی سپورٹس")
    assert not _everyday_run("برٹش اکیڈمی آف فلم")
    assert not _everyday_run("انگور اڈا")
