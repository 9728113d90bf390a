"""A listed name heard in an Urdu spelling no list holds (names/heard_known.py).

The spellings here are the team's: each is how an Urdu paper might write a listed name otherwise
than the gazetteer does, or a name that only sounds near a listed one and must not become it.
"""

from __future__ import annotations

import pytest

from summarizer.names import gazetteer
from summarizer.names.heard_known import heard_known
from summarizer.names.romanize import english_spelling


@pytest.mark.parametrize(("urdu", "kind", "english"), [
    ("لورنٹ فیبیس", "person", "Laurent Fabius"),  # listed as لوراں فابیوس
    ("اینتھونی فوسی", "person", "Anthony Fauci"),
    ("پینٹگان", "location", "Pentagon"),  # listed as پینٹاگون: one word, its vowels read alike
    ("مین ہٹن", "location", "Manhattan"),  # one English word written as two
    ("لفت ہانزا", "organization", "Lufthansa"),  # an h the Urdu writes and English does not sound
])
def test_a_listed_name_is_heard_in_another_spelling(urdu: str, kind: str, english: str) -> None:
    assert not any(e.english == english for e in gazetteer.lookup_urdu(urdu))  # not listed so
    assert heard_known(urdu, kind) == english
    assert english_spelling(urdu) == english


@pytest.mark.parametrize(("urdu", "kind", "not_this"), [
    ("سہون شریف", "person", "Safyaan Sharif"),  # the و is a vowel here, not Safyaan's f
    ("بیسٹن", "location", "Boston"),  # one word whose written vowel is not Boston's
    ("مونگلا", "location", "Mangla"),
    ("کوشر", "location", "Kohsar"),  # Kohsar sounds an h the Urdu does not write
])
def test_a_name_only_near_a_listed_one_is_not_it(urdu: str, kind: str, not_this: str) -> None:
    assert heard_known(urdu, kind) != not_this
    assert english_spelling(urdu) != not_this


def test_a_word_the_tables_spell_otherwise_keeps_the_name_apart() -> None:
    # where the names tables know the second word as another name (Shakir), no listed Fabius is heard in it
    assert heard_known("لورنٹ فیبیس", "person", (frozenset(), frozenset({"fabius"}))) == "Laurent Fabius"
    assert heard_known("لورنٹ فیبیس", "person", (frozenset(), frozenset({"shakir"}))) is None


def test_a_name_every_word_of_which_the_tables_spell_is_left_to_them() -> None:
    # زاہد and حامد are both name parts the tables spell: no listed Zahid Hamidi is heard in it
    assert english_spelling("زاہد حامد") == "Zahid Hamid"
    assert english_spelling("زاہد حامد", "person") == "Zahid Hamid"


def test_a_person_needs_two_words() -> None:
    assert heard_known("فیبیس", "person") is None
