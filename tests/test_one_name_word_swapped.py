"""A person's name with one word swapped for another name is another person, even where the two
words share their consonants (رضا Raza, ریاض Riaz) or sound alike enough to pass (Harris, ہنسن).

The article text is the team's own."""

from __future__ import annotations

from summarizer.names.matching import MATCH_THRESHOLD, match_name
from summarizer.validators import check_grounding

_ARTICLE = (
    "ضلعی پولیس افسر ندیم ریاض نے بتایا کہ ملزمان کو گرفتار کر لیا گیا ہے۔ "
    "برطانوی ماہر ڈکسٹر ہنسن نے کہا کہ نمائش میں تیس ملکوں کی کمپنیاں شریک ہیں۔"
)


def _name_findings(brief: str) -> dict[str, str]:
    return {f.claim.text: f.severity for f in check_grounding(_ARTICLE, brief, "en") if f.kind.value == "name"}


def test_the_names_as_written_are_found() -> None:
    assert match_name("Nadeem Riaz", _ARTICLE).score >= MATCH_THRESHOLD
    assert match_name("Dexter Hansen", _ARTICLE).score >= MATCH_THRESHOLD
    assert _name_findings("Police officer Nadeem Riaz said the suspects were held; Dexter Hansen spoke of the fair.") == {}


def test_a_listed_person_is_not_found_in_another_name_of_the_same_consonants() -> None:
    # Nadeem Raza is a listed person (ندیم رضا); the article's ندیم ریاض loses only its vowel
    # letters to the same key, yet رضا and ریاض are two names of the desk's table
    whole = match_name("Nadeem Raza", _ARTICLE)
    assert whole.span is None or whole.span.text != "ندیم ریاض" or whole.score < MATCH_THRESHOLD
    assert "Nadeem Raza" in _name_findings("Police officer Nadeem Raza said the suspects were held.")


def test_a_western_surname_swapped_for_another_census_name_is_not_the_person() -> None:
    # ہنسن is heard as Hansen; Harris, another census surname, is not a spelling of it
    assert match_name("Dexter Harris", _ARTICLE).score < MATCH_THRESHOLD
    assert "Dexter Harris" in _name_findings("British expert Dexter Harris said thirty countries took part.")


def test_a_word_glued_to_the_name_is_not_another_name() -> None:
    article = "ہسپتال کی انتظامیہ نے بتائیتھامس ڈنکن نامی مریض کی حالت بہتر ہے۔"
    assert match_name("Thomas Duncan", article).score >= MATCH_THRESHOLD


def test_abdul_split_off_its_name_still_aligns_word_for_word() -> None:
    # the index reads عبدالرحمٰن as عبدال + رحمن; Rashid against رحمن (Rehman) is another name
    article = "گاؤں کے نمبردار عبدالرحمٰن ماگرے نے بتایا کہ جرگہ کل ہوگا۔"
    assert match_name("Abdul Rehman Magray", article).score >= MATCH_THRESHOLD
    assert match_name("Abdul Rahman Magrey", article).score >= MATCH_THRESHOLD
    assert match_name("Abdul Rashid Magray", article).score < MATCH_THRESHOLD


def test_a_census_surname_written_with_an_apostrophe_is_judged_too() -> None:
    article = "امریکی اداکارہ میری میکڈونل نے کہا کہ کھیلوں کی فروخت بڑھ رہی ہے۔"
    assert match_name("Mary McDonnell", article).score >= MATCH_THRESHOLD
    assert match_name("Mary O'Connell", article).score < MATCH_THRESHOLD  # میکڈونل is heard as McDonnell
