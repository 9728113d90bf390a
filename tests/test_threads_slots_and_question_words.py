"""Session 47, dev 37's listings: a thread's or a list's item numbers open sentences, a date
does not run across a line, given names in a person's slot are a claim however everyday the
words, and Urdu question and day words are no names.

Every source text here is written by the team for the test."""

from __future__ import annotations

from claim_helpers import flags_of

from summarizer.names.english_spans import english_name_spans
from summarizer.names.urdu_claims import urdu_name_claims
from summarizer.numbers.quantities import extract_quantities
from summarizer.source_index import SourceIndex, as_index


def test_a_threads_post_number_opens_a_sentence() -> None:
    thread = "1/ The team was freed on Tuesday.\n2/ Gunmen had seized it near the dam.\n3/7 Residents fled."
    assert [s.text for s in english_name_spans(thread)] == []


def test_a_date_does_not_run_across_a_line_or_a_full_stop() -> None:
    dates = [q.span.text for q in extract_quantities("1/ They met on 1 July.\n2/ Talks went on.", "en")]
    assert dates == ["1 July"]
    assert [q.span.text for q in extract_quantities("It rained in July. 5 men died.", "en")] == ["5"]
    assert [q.span.text for q in extract_quantities("KARACHI, Jan. 5 — It rained.", "en")] == ["Jan. 5"]


_RESCUE = "فائر سروس کے سربراہ محبوب الرحمن کے مطابق ملبے سے مزید افراد نکالے گئے ہیں۔"


def test_given_names_that_are_everyday_words_in_a_persons_slot_are_a_person() -> None:
    assert flags_of("name", _RESCUE, "فائر سروس کے سربراہ محبوب الرحمن کے مطابق مزید افراد نکالے گئے۔", "ur") == []
    assert flags_of("name", _RESCUE, "فائر سروس کے سربراہ اکبر علی کے مطابق مزید افراد نکالے گئے۔", "ur") == [
        ("اکبر علی", "error")]
    claims = [s.text for s, _ in urdu_name_claims("عوام کو راحت ملی اور کام جاری رہا۔", as_index(_RESCUE).names)]
    assert claims == []  # راحت alone, in no person's slot, is relief


def test_wednesday_after_baroz_is_no_name() -> None:
    source = SourceIndex("چار روزہ میچ آج سے شروع ہو رہا ہے۔")
    assert [(s.text, st) for s, st in urdu_name_claims("میچ آج بروز بدھ شروع ہو رہا ہے۔", source.names)] == []


def test_a_question_word_is_no_place() -> None:
    source = "پاکستانی بولرز نے عمدہ بولنگ کی اور حفیظ نے چار وکٹیں لیں۔"
    assert flags_of("name", source, "سوال: پاکستانی بولرز کی کارکردگی کیسی رہی؟\nجواب: حفیظ نے چار وکٹیں لیں۔", "ur") == []


def test_a_given_name_added_to_the_openers_surname_is_a_warning() -> None:
    source = "اوپنر فنچ 54 رنز بنا کر آؤٹ ہوئے۔"
    assert flags_of("name", source, "Aaron Finch made 54 before he was out.") == [("Aaron Finch", "warning")]
    other = "اوپنر ڈیوڈ فنچ 54 رنز بنا کر آؤٹ ہوئے۔"
    assert flags_of("name", other, "Aaron Finch made 54 before he was out.") == [("Aaron Finch", "error")]


def test_the_title_before_a_name_is_not_its_given_name() -> None:
    """اعظم of وزیر اعظم is the office's, and نامی تنظیم (a group named) is no person."""
    source = as_index("لبنان کے وزیر اعظم نے کہا کہ لشکر نامی تنظیم نے حملہ کیا۔")
    claims = [s.text for s, _ in urdu_name_claims("وزیر اعظم فواد سنیورہ نے کہا۔", source.names)]
    assert "اعظم فواد سنیورہ" not in claims
    assert [s.text for s, _ in urdu_name_claims("لشکر نامی تنظیم نے حملہ کیا۔", source.names)] == []


def test_a_person_of_a_known_body_needs_the_body() -> None:
    source = "ڈان ٹی وی سے وابستہ تجزیہ کار سید علی شاہ نے کہا کہ بحران سینیٹ کے انتخابات سے جڑا ہے۔"
    assert flags_of("name", source, "Syed Ali Shah of Dawn TV said the crisis is tied to the Senate vote.") == []
    assert ("Syed Ali Shah of Geo TV", "error") in flags_of(
        "name", source, "Syed Ali Shah of Geo TV said the crisis is tied to the Senate vote.")


def test_a_span_of_time_is_not_supported_by_a_count_of_people() -> None:
    source = "آگ میں چار افراد ہلاک ہوئے، چار کی شناخت ہو چکی ہے۔ آگ پر دو گھنٹے میں قابو پا لیا گیا۔"
    assert flags_of("number", source, "The fire was put out within two hours.") == []
    assert flags_of("number", source, "The fire was put out within four hours.") == [("four hours", "error")]
