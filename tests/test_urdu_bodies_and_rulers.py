"""Urdu briefs that rename a body or renumber a ruler with words the article itself uses, and the
month and weekday words that date an event (a march and a saint do not). Urdu here is the team's own."""

from summarizer.validators import check_grounding


def _flags(source: str, brief: str) -> list[tuple[str, str]]:
    return [(f.severity, f.claim.text) for f in check_grounding(source, brief, "ur")]


TSAR = "روس کے زار الیگزینڈر دوم کو 1881 میں قتل کیا گیا تھا اور اس کے بعد ان کے بیٹے نے حکومت سنبھالی۔"


def test_a_ruler_numbered_otherwise_is_flagged() -> None:
    assert [text for _, text in _flags(TSAR, "زار الیگزینڈر سوم کو 1881 میں قتل کیا گیا۔")] == ["الیگزینڈر سوم"]
    assert _flags(TSAR, "زار الیگزینڈر دوم کو 1881 میں قتل کیا گیا۔") == []
    assert _flags(TSAR, "زار الیگزینڈر کو 1881 میں قتل کیا گیا۔") == []  # no number: nothing to compare


ELECTION = ("نتائج کا اعلان اتوار کو کیا جائے گا۔ یہ بات الیکشن کمیشن کے ترجمان نے ہفتے کو صحافیوں سے "
            "گفتگو میں بتائی۔ کرکٹ بورڈ نے بھی بیان جاری کیا۔")


def test_a_body_with_a_word_the_article_does_not_put_in_it_is_another_body() -> None:
    assert _flags(ELECTION, "الیکشن شکایات کمیشن کے ترجمان نے ہفتے کو بتایا۔") == [("error", "الیکشن شکایات کمیشن")]
    assert _flags(ELECTION, "الیکشن کمیشن کے ترجمان نے ہفتے کو بتایا۔") == []
    assert _flags(ELECTION, "قومی کرکٹ بورڈ نے بیان جاری کیا۔") == []  # a describing word, not another body


OFFICES = "برطانوی وزارت خارجہ نے اغوا کاروں سے رابطے کی اپیل کی ہے۔ وزیر اپنے دفتر میں موجود تھے۔"


def test_an_office_with_a_portfolio_is_a_body_and_a_plain_office_is_not() -> None:
    assert _flags(OFFICES, "برطانوی دفترِ داخلہ کے بیان کے مطابق رابطہ نہیں ہو سکا۔") == [("error", "دفترِ داخلہ")]
    assert _flags(OFFICES, "وزیر دفتر پہنچ کر بیان جاری کرتے رہے۔") == []


MEETING = "یاد رہے کہ فروری میں پیرس میں ہونے والے اجلاس میں پاکستان کو فہرست میں رکھنے کا فیصلہ ہوا تھا۔"


def test_march_before_a_meeting_is_the_month_and_before_its_marchers_is_not() -> None:
    assert _flags(MEETING, "پیرس میں مارچ کے اجلاس میں یہ فیصلہ ہوا تھا۔") == [("error", "مارچ")]
    assert _flags(MEETING, "پیرس میں فروری کے اجلاس میں یہ فیصلہ ہوا تھا۔") == []
    assert _flags(MEETING, "آزادی مارچ کے شرکا پیرس میں اجلاس کے باہر جمع تھے۔") == []


TWEETS = "انہوں نے منگل کے روز اپنی ٹویٹس میں کہا کہ والد کو علاج نہیں مل رہا۔ ان کے حامی بھی وہاں موجود تھے۔"


def test_a_weekday_that_dates_an_event_is_the_day_and_a_saint_is_not() -> None:
    assert _flags(TWEETS, "پیر کی ٹویٹس میں انہوں نے کہا کہ علاج نہیں ہو رہا۔") == [("error", "پیر")]
    assert _flags(TWEETS, "منگل کی ٹویٹس میں انہوں نے کہا کہ علاج نہیں ہو رہا۔") == []
    assert _flags(TWEETS, "پیر کے مرید بھی وہاں موجود تھے۔") == []
