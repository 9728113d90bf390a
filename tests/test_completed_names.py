"""A person's full name where the article writes the surname alone (Jonathan Trott for ٹروٹ): a
reader finds the person, so `match_name` does, and the grounding check asks for a look (a
warning) rather than calling the name absent. Session 56: so is a film star the article names by
the given name alone (Alia Bhatt for عالیہ); a country a brief states before a body the article
names (Pakistan fast bowler ... the Pakistan Cricket Board, for پی سی بی) is that body's word; and
a name beginning Saint is a place to find. Urdu here is the team's own."""

from summarizer.names.matching import MATCH_THRESHOLD, match_name
from summarizer.validators import check_grounding

SOURCE = "انگلینڈ کے بلے باز ٹروٹ نے سنچری بنائی جبکہ کپتان مائیکل کلارک نے کہا کہ حشمت خان بھی موجود تھے۔"


def test_a_surname_alone_finds_the_full_name() -> None:
    m = match_name("Jonathan Trott", SOURCE)
    assert m.score >= MATCH_THRESHOLD and m.method == "surname" and m.span is not None and m.span.text == "ٹروٹ"


def test_not_where_the_article_gives_another_given_name_or_a_common_surname() -> None:
    assert match_name("Shane Clarke", SOURCE).score < MATCH_THRESHOLD  # it writes مائیکل کلارک
    assert match_name("Reham Khan", SOURCE).score < MATCH_THRESHOLD  # خان stands for no one person
    assert match_name("Jonathan Brown", SOURCE).score < MATCH_THRESHOLD


def test_a_completed_name_is_a_warning_and_another_person_an_error() -> None:
    found = check_grounding(SOURCE, "Jonathan Trott scored a century.", "en")
    assert [(f.severity, f.claim.text) for f in found] == [("warning", "Jonathan Trott")]
    assert "only the surname" in found[0].message
    assert [(f.severity, f.claim.text) for f in check_grounding(SOURCE, "Shane Clarke scored a century.", "en")] == [
        ("error", "Shane Clarke")]


def test_a_given_name_in_its_other_english_form() -> None:
    """Matthew for the article's میٹ (Matt): the `nicknames` table;
    only heard word for word and exactly, as a short form heard loosely is any word."""
    assert match_name("Matthew Dixon", "بولر میٹ ڈکسن نے دو وکٹیں لیں۔").score >= MATCH_THRESHOLD
    assert match_name("Matthew Hayden", "بولر میٹ ڈکسن نے دو وکٹیں لیں۔").score < MATCH_THRESHOLD
    assert match_name("David Warner", "میچ کے دورانیے میں بارش ہوئی۔").score < MATCH_THRESHOLD  # not Day Warner


def test_the_arabic_article_said_as_the_letter_after_it() -> None:
    assert match_name("Ar-Raqqah", "شام کے شہر الرقہ میں لڑائی جاری ہے۔").score >= MATCH_THRESHOLD
    assert match_name("Ar-Ramadi", "شام کے شہر الرقہ میں لڑائی جاری ہے۔").score < MATCH_THRESHOLD


FILM = "نئی فلم میں عالیہ نے ایک صحافی کا کردار ادا کیا ہے اور فلم اگلے ماہ ریلیز ہو گی۔"
BOARD = "پی سی بی کی تادیبی کمیٹی نے فاسٹ بولر شعیب اختر پر پابندی لگا دی ہے۔"


def test_a_given_name_alone_is_found_for_the_completed_name() -> None:
    assert match_name("Alia Bhatt", FILM).span is not None
    assert match_name("Alia Bhatt", FILM).span.text == "عالیہ"


def test_another_surname_after_the_article_s_full_name_is_not_found() -> None:
    whole = "نئی فلم میں عالیہ بھٹ نے ایک صحافی کا کردار ادا کیا ہے۔"
    assert match_name("Alia Kapoor", whole).score < 0.8


def test_a_verb_heard_as_a_given_name_is_not_found() -> None:
    assert match_name("Angelo Mathews", "مسلم لیگ کے رہنما جلسے سے باہر نکلے۔").score < 0.8


def test_the_completed_name_is_a_warning_and_another_star_an_error() -> None:
    flags = [(f.severity, f.claim.text) for f in check_grounding(
        FILM, "Alia Bhatt plays a journalist in the new film.", "en")]
    assert flags == [("warning", "Alia Bhatt")]
    flags = [(f.severity, f.claim.text) for f in check_grounding(
        FILM, "Katrina Kaif plays a journalist in the new film.", "en")]
    assert flags == [("error", "Katrina Kaif")]


def test_a_country_named_before_the_body_that_holds_it_passes() -> None:
    brief = "Pakistan fast bowler Shoaib Akhtar has been banned by a Pakistan Cricket Board committee."
    assert [f.claim.text for f in check_grounding(BOARD, brief, "en")] == []
    brief = "India fast bowler Shoaib Akhtar has been banned by a Pakistan Cricket Board committee."
    assert [f.claim.text for f in check_grounding(BOARD, brief, "en")] == ["India"]


def test_a_saint_s_place_is_a_name_however_common_its_words() -> None:
    article = "حملہ آور کو پیرس کے مضافاتی علاقے ژنویلیا میں دفن کیا جائے گا جہاں وہ پیدا ہوا تھا۔"
    for place in ("Saint-Denis", "St Denis"):
        flags = [(f.severity, f.claim.text) for f in check_grounding(article, f"He will be buried in {place}, near Paris.", "en")]
        assert flags == [("error", place)]


def test_a_known_person_s_surname_is_found_where_the_article_writes_it() -> None:
    """شیکھر دھون's دھون, not the دھونی (Dhoni) a sound match takes first in the same list."""
    squad = "ٹیم میں کپتان دھونی کے ساتھ دھون، کوہلی اور رائنا شامل ہیں۔"
    m = match_name("Shikhar Dhawan", squad)
    assert m.span is not None and m.span.text == "دھون" and m.method == "surname"


def test_a_capital_that_acts_or_is_dealt_with_stands_for_its_government() -> None:
    """`Washington will suspend`, `urged Tehran to`, `In 1956 Washington asked`: the government a
    desk names by its seat (session 56); `in Tehran` is still the city."""
    from summarizer.schemas import Span
    from summarizer.validators.name_support import acting_capital

    def acting(text: str, city: str) -> bool:
        at = text.index(city)
        return acting_capital(text, Span(start=at, end=at + len(city), text=city))

    assert acting("US media say Washington will suspend the aid.", "Washington")
    assert acting("It also urged Tehran to respond positively.", "Tehran")
    assert acting("In 1956 Washington asked to use an air base.", "Washington")
    assert acting("Talks with Seoul were called off.", "Seoul")
    assert not acting("The summit will be held in Tehran next week.", "Tehran")
    assert not acting("The Islamabad to Lahore motorway was closed.", "Islamabad")
