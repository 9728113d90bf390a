"""A count an English brief gives for the list it goes on to name is the list's count."""

from __future__ import annotations

from summarizer.validators import check_grounding

_ARTICLE = ("کبڈی کے مقابلوں کے پہلے گروپ میں بھارت، تھائی لینڈ، پاکستان اور بنگلہ دیش کی ٹیمیں ہیں۔ "
            "عالمی بینک نے داسو منصوبے کے لیے 60 کروڑ ڈالر اور سندھ کے آبپاشی منصوبے کے لیے 10 کروڑ ڈالر کی منظوری دی۔")


def _numbers(brief: str) -> list[str]:
    return [f.claim.text for f in check_grounding(_ARTICLE, brief, "en") if f.kind.value == "number"]


def test_a_count_of_the_names_that_follow_it_is_supported() -> None:
    assert _numbers("The first group has four teams: Pakistan, India, Bangladesh and Thailand.") == []


def test_a_count_of_the_items_after_a_colon_is_supported() -> None:
    brief = "The World Bank approved two loans: $600 million for the Dasu project and $100 million for a Sindh water and irrigation scheme."
    assert _numbers(brief) == []


def test_a_count_that_differs_from_its_list_is_still_an_error() -> None:
    assert _numbers("The first group has five teams: Pakistan, India, Bangladesh and Thailand.") == ["five"]
    brief = "The World Bank approved three loans: $600 million for the Dasu project and $100 million for a Sindh scheme."
    assert "three" in _numbers(brief)


_LISTING_ARTICLE = ("ایرانی وزیر خارجہ کا کہنا تھا کہ برطانیہ، فرانس اور جرمنی سے کیے گئے وعدے پر ایران اب بھی قائم ہے۔ "
                    "انہوں نے بتایا کہ ذیابیطس، بلڈ پریشر اور گردوں کے امراض میں مبتلا مریضوں کی تعداد بڑھ رہی ہے۔")


def _severities(brief: str) -> list[tuple[str, str]]:
    return [(f.claim.text, f.severity) for f in check_grounding(_LISTING_ARTICLE, brief, "en") if f.kind.value == "number"]


def test_a_count_of_names_the_article_lists_is_a_warning_that_cites_the_list() -> None:
    found = check_grounding(_LISTING_ARTICLE, "Tehran stands by its assurance to the three European countries.", "en")
    assert [(f.claim.text, f.severity) for f in found] == [("three", "warning")]
    assert "برطانیہ، فرانس، جرمنی" in found[0].message


def test_a_count_no_list_of_names_matches_stays_an_error() -> None:
    assert _severities("Tehran stands by its assurance to the four European countries.") == [("four", "error")]
    # the article's three-item list is of illnesses, not names: it counts no patients
    assert _severities("Doctors reported three patients.") == [("three", "error")]
    # a count of things that are not named (attacks) is not read as a count of a list
    assert _severities("Iran reported three attacks.") == [("three", "error")]


def _urdu_numbers(brief: str) -> list[str]:
    return [f.claim.text for f in check_grounding(_ARTICLE, brief, "ur") if f.kind.value == "number"]


def test_an_urdu_count_of_the_items_after_a_colon_ends_with_its_sentence() -> None:
    # the sentence after the list (with its own commas and اور) is not more of the list
    brief = ("عالمی بینک نے پاکستان کے دو منصوبوں کے لیے قرضے منظور کیے: داسو منصوبے کے لیے 60 کروڑ ڈالر اور "
             "سندھ کے آبپاشی منصوبے کے لیے 10 کروڑ ڈالر۔ کبڈی کے پہلے گروپ میں بھارت، تھائی لینڈ، پاکستان اور بنگلہ دیش ہیں۔")
    assert _urdu_numbers(brief) == []
    assert "تین" in _urdu_numbers(brief.replace("دو منصوبوں", "تین منصوبوں"))
