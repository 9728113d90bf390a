"""The quick scans that stand in for slow regular expressions find exactly what those find.

`date_words` tries its big alternation only where a word opens on a date word's letters,
`find_links` leaves out the address and handle patterns for a text with no @, and
`serial_codes` reads an Urdu text word by word only where a letter's name comes before a
number. All are shortcuts for speed; these properties hold them to the full readings' answers
on text built from the pieces the readings care about."""

from __future__ import annotations

from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.source_index import LINK_PATTERN, find_links
from summarizer.text import dates

_PIECES = st.sampled_from([
    "May", "may", "mid-May", "O'May", "éMay", "1Mon", "Mon.", "Tue,", "Thurs.", "Sept.", "Sept", "Oct.", "oct",
    "March", "Rabi-ul-Awwal", "rabi ul awwal", "Dhu al-Hijjah", "Ramzan", "Sunday", "Sundays", "Sun.", "Saturn",
    "5", "17", "2024", ",", ".", "-", "\n", "x", "Jan", "January", "Decembers", "Mayor", "www.example.com",
    "https://a.b/c", "a@b.co", "@handle", "+92 300 1234567", "0300-1234567", "2014-2015", "(", ")",
])  # fmt: skip
_TEXT = st.lists(_PIECES, max_size=30).flatmap(
    lambda pieces: st.lists(st.sampled_from([" ", "", "  ", "\t"]), min_size=len(pieces), max_size=len(pieces)).map(
        lambda gaps: "".join(p + g for p, g in zip(pieces, gaps, strict=True))))


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_date_scan_finds_what_the_full_pattern_finds(text: str) -> None:
    full = [(m.start(), m.end(), m.lastgroup) for m in dates._EN_DATE_RE.finditer(text)]
    quick = [(m.start(), m.end(), m.lastgroup) for m in dates._english_date_matches(text)]
    assert quick == full


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_link_scan_finds_what_the_full_pattern_finds(text: str) -> None:
    full = [m.span() for m in LINK_PATTERN.finditer(text)
            if m.group(0)[0] not in "+0123456789" or sum(c.isdigit() for c in m.group(0)) >= 9]
    assert [m.span() for m in find_links(text)] == full


def test_date_words_still_read_a_dateline_and_skip_a_mayor() -> None:
    found = dates.date_words("The Mayor said on Tue., 5 May that Rabi-ul-Awwal starts.", "en")
    assert [(d.kind, d.value) for d in found] == [("weekday", 1), ("month", 5), ("islamic_month", 3)]


_CODE_PIECES = st.sampled_from(["ایچ", "این", "ایف", "ڈی", "جی", "کے", "پی", "اے", "5", "8", "41", "۲", "فائیو",
                                "ایٹ", "فورٹی", "ون", "سات", "دو", "-", "ایچ5این8", "کھلاڑی", "نمبر", "No.", "world"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_CODE_PIECES, max_size=12).map(" ".join))
def test_code_scan_finds_what_reading_every_word_finds(text: str) -> None:
    from summarizer.numbers import codes

    quick = [(c.code, c.start, c.end) for c in codes.serial_codes(text)]
    with patch.object(codes, "_letter_before_a_number", lambda _: True):  # read every word
        full = [(c.code, c.start, c.end) for c in codes.serial_codes(text)]
    assert quick == full
