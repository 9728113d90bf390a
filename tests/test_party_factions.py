"""A party's faction letter is part of its name: Pakistan Muslim League (N) where the article
writes مسلم لیگ (ق) is another party, though the reader dropped the letter and found the League
(session 56, dev 45). The article may give the faction as a letter or as a word in brackets
(جنتا دل (سیکولر) for JD(S)). Every Urdu sentence here is written by the team."""

from __future__ import annotations

import pytest

from summarizer.names.english_spans import english_name_spans
from summarizer.validators import check_grounding

LEAGUE_Q = "چوہدری شجاعت حسین کی جماعت مسلم لیگ (ق) نے انتخابات ملتوی کرنے کی تجویز کی حمایت کی ہے۔"
LEAGUE = "چوہدری شجاعت حسین کی جماعت مسلم لیگ نے انتخابات ملتوی کرنے کی تجویز کی حمایت کی ہے۔"
JANATA = "کرناٹک میں جنتا دل (سیکولر) نے بی جے پی کی حمایت واپس لے لی ہے۔"


def _flags(article: str, brief: str) -> list[tuple[str, str]]:
    return [(f.severity, f.claim.text) for f in check_grounding(article, brief, "en")]


def test_the_faction_letter_is_read_with_the_name() -> None:
    assert [s.text for s in english_name_spans("He left the Pakistan Muslim League (N) and the PML (Q).")] == [
        "Pakistan Muslim League (N)", "PML (Q)"]


@pytest.mark.parametrize("party", ["Pakistan Muslim League (N)", "PML (N)"])
def test_another_faction_is_an_error(party: str) -> None:
    brief = f"Chaudhry Shujaat Hussain of the {party} backed a delay to the elections."
    assert _flags(LEAGUE_Q, brief) == [("error", party)]


def test_the_article_s_faction_passes_and_a_faction_it_never_gives_is_a_warning() -> None:
    assert _flags(LEAGUE_Q, "Chaudhry Shujaat Hussain of the Pakistan Muslim League (Q) backed a delay to the elections.") == []
    assert _flags(LEAGUE, "Chaudhry Shujaat Hussain of the Pakistan Muslim League (Q) backed a delay to the elections.") == [
        ("warning", "Pakistan Muslim League (Q)")]


def test_a_faction_the_article_writes_as_a_word() -> None:
    assert _flags(JANATA, "In Karnataka the Janata Dal (S) withdrew its support for the BJP.") == []
    assert _flags(JANATA, "In Karnataka the Janata Dal (U) withdrew its support for the BJP.") == [
        ("error", "Janata Dal (U)")]
    spelt = "In Karnataka the Janata Dal (Secular) withdrew its support for the BJP. The JD(S) left the coalition."
    assert _flags(JANATA, spelt) == []
