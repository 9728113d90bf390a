"""English names heard in Urdu transliterations, spelt from English word lists (not letter by letter).

Names only (no sentences); each case failed before `summarizer.names.heard_english` existed:
the romanizer spelt them Gurfaths, Tarafalgar, Maikrosouft, Mikdonel.
"""

from __future__ import annotations

import pytest

from summarizer.names.heard_english import heard_english
from summarizer.names.romanize import english_spelling


@pytest.mark.parametrize(("urdu", "english"), [
    ("گرفتھس", "Griffiths"),
    ("ٹرافالگر", "Trafalgar"),
    ("مائیکروسوفٹ", "Microsoft"),
    ("ہڈرزفیلڈ", "Huddersfield"),
    ("ورڈزورتھ", "Wordsworth"),
])  # fmt: skip
def test_a_western_name_is_spelt_as_english_writes_it(urdu: str, english: str) -> None:
    assert heard_english(urdu) == english
    assert english_spelling(urdu) == english


@pytest.mark.parametrize(("urdu", "english"), [("مکارتی", "McCarthy"), ("میکڈونل", "McDonnell")])
def test_mc_names_keep_their_capital(urdu: str, english: str) -> None:
    assert heard_english(urdu) == english


def test_a_full_name_takes_the_heard_surname() -> None:
    assert english_spelling("اینڈریو گرفتھس", "person") == "Andrew Griffiths"
    assert english_spelling("ٹرافالگر سکوائر") == "Trafalgar Square"


@pytest.mark.parametrize("urdu", [
    "سٹیسی",  # three consonants: states, cities and Stacey alike
    "سورت",  # Ashworth opens with a vowel, سورت with a consonant
    "اتمانزئی",  # Ottomans ends in a consonant, the Urdu in a vowel
])  # fmt: skip
def test_no_word_is_heard_where_the_sounds_disagree(urdu: str) -> None:
    assert heard_english(urdu) is None


def test_an_ordinary_english_word_is_no_name() -> None:
    """دشینت (Dushyant) has the skeleton and vowels of 'decent', a dictionary word and no name."""
    assert heard_english("دشینت") != "Decent"
    assert "Decent" not in english_spelling("دشینت کمار", "person")


def test_a_census_surname_is_a_name_though_also_a_word() -> None:
    """Hurst is a dictionary word (a wooded hill) and a frequent census surname."""
    assert heard_english("ہرسٹ") == "Hurst"


def test_names_the_tables_know_are_untouched() -> None:
    assert english_spelling("شاہ محمود قریشی", "person") == "Shah Mahmood Qureshi"
    assert english_spelling("عمران خان", "person") == "Imran Khan"


def test_sir_is_a_title_before_a_name() -> None:
    """سر before a knight's name is printed Sir, not spelt as a name part (Sar)."""
    assert english_spelling("سر جارج میکینزی", "person") == "Sir George Mackenzie"


def test_an_institutions_words_may_be_english_words() -> None:
    """Inside a name with an institution's word (House), an unknown word may be any English
    word: پبلشنگ is Publishing, which a person's name never takes."""
    assert english_spelling("وکاس پبلشنگ ہاؤس") == "Vikas Publishing House"
    assert heard_english("پبلشنگ") is None
    assert heard_english("پبلشنگ", words=True) == "Publishing"


def test_the_first_vav_after_an_opening_alif_is_a_vowel_and_a_later_one_v() -> None:
    """اولیور is Oliver: the first skeleton read both و as vowels (lr), the second both as v."""
    from summarizer.names.matching import match_name

    assert match_name("Oliver", "اس کے بعد اولیور نے بات کی").score >= 0.8


def test_a_name_split_for_matching_is_still_one_window() -> None:
    """روزنبائر is split as روزن + بائر (a word and a name run together); Rosenbauer is the whole."""
    from summarizer.names.matching import match_name

    m = match_name("Rosenbauer", "ترجمان اولیور روزنبائر نے بتایا")
    assert m.score >= 0.8 and m.span is not None and m.span.text == "روزنبائر"


def test_a_place_inside_an_institutions_name_keeps_the_gazetteers_spelling() -> None:
    """سندھ inside سندھ صراف ایسوسی ایشن is Sindh, as alone; the model had spelt the piece Sandh Saraf."""
    assert english_spelling("سندھ صراف ایسوسی ایشن") == "Sindh Saraf Association"
