"""A code's number (G7, F-16, NA-120, Dongfeng-41) names one thing: a brief's must be the one the
article writes after the same letters or word, in digits, Urdu words or English number words
written in Urdu. Urdu here is the team's own."""

from summarizer.names.matching import name_index
from summarizer.validators import check_grounding

SOURCE = ("جی ایٹ کے رہنماؤں نے ایویان میں ملاقات کی۔ چین نے ڈونگ فینگ 41 میزائل کی نمائش کی۔ پاکستان کے"
          " جے ایف 17 طیارے بھی موجود تھے۔ این اے 120 میں ضمنی انتخاب ہوگا۔")


def _flags(brief: str) -> list[tuple[str, str]]:
    return [(f.severity, f.claim.text) for f in check_grounding(SOURCE, brief, "en")]


def test_the_numbers_an_article_writes_after_letters() -> None:
    index = name_index("جی 20 اجلاس میں جی سیون ممالک بھی شامل تھے۔ G8 کا ذکر نہیں ہوا۔")
    assert index.coded_numbers("G") == {20, 7, 8}
    assert index.coded_numbers("F") == frozenset()
    # English number words said group by group: DF-41, C-130
    assert 41 in name_index("ڈی ایف فورٹی ون میزائل کا تجربہ کیا گیا۔").coded_numbers("DF")
    assert 130 in name_index("سی ون تھرٹی طیارے بھی آئے۔").coded_numbers("C")


def test_a_code_the_article_numbers_otherwise_is_an_error() -> None:
    assert _flags("The G7 leaders met in Evian.") == [("error", "G7")]
    assert _flags("China showed the Dongfeng-31 missile.") == [("error", "Dongfeng-31")]
    assert _flags("Polling will be held in NA-122.") == [("error", "NA-122")]
    assert _flags("F-16 jets were there.") == [("error", "F-16")]


def test_the_article_s_code_passes_and_an_unnumbered_one_is_left_alone() -> None:
    assert _flags("The G8 leaders met in Evian.") == []
    assert _flags("China showed the Dongfeng-41 missile.") == []
    assert _flags("JF-17 jets were there and polling will be held in NA-120.") == []
    assert _flags("The T20 match was played.") == []  # the article writes no T with a number


def test_a_model_s_number_the_article_says_in_words() -> None:
    # ڈونگ فینگ فورٹی ون: the model's number said as English words written in Urdu
    worded = "چین نے ڈونگ فینگ فورٹی ون میزائل کی نمائش کی جو دس ہزار کلومیٹر تک مار کر سکتا ہے۔"
    assert name_index(worded).numbers_after_name("Dongfeng") == {41, 40}
    assert [(f.severity, f.claim.text) for f in check_grounding(worded, "China showed the Dongfeng-31 missile.")] == [
        ("error", "Dongfeng-31")]
    assert check_grounding(worded, "China showed the Dongfeng-41 missile.") == []


def test_a_title_s_number_said_in_english_after_its_urdu_form() -> None:
    """Singham 2 where the article writes سنگم ٹو: the film's number, not a count (session 56)."""
    article = "اداکار اجے دیوگن کی فلم سنگم ٹو اگلے ماہ ریلیز ہو گی جس میں کرینہ کپور ہیروئن ہیں۔"
    assert check_grounding(article, "Ajay Devgn's film Singham 2 opens next month.", "en") == []
    flags = [(f.severity, f.claim.text) for f in check_grounding(article, "Ajay Devgn's film Singham 3 opens next month.", "en")]
    assert flags == [("error", "3")]
