"""A clock time a brief gives must be one the article gives (issue 8: clock times are claims)."""

from __future__ import annotations

import pytest

from summarizer.numbers.clock import clock_times
from summarizer.validators import check_grounding

_ARTICLE = ("جلسہ صبح ساڑھے نو بجے شروع ہونا تھا مگر مہمان دوپہر بارہ بج کر پندرہ منٹ پر پہنچے، "
            "اور جلوس میں سات سو افراد شریک تھے۔")


@pytest.mark.parametrize(("text", "minutes"), [
    ("ٹرین رات 9 بجے روانہ ہوئی", 9 * 60),
    ("اجلاس سوا دو بجے ختم ہوا", 2 * 60 + 15),
    ("پرواز پونے بارہ بجے اتری", 11 * 60 + 45),
    ("زلزلہ دوپہر 2:09 منٹ پر آیا", 2 * 60 + 9),
    ("آغاز سات بج کر چونتیس منٹ پر ہوا", 7 * 60 + 34),
    ("پانی توساڑھے دس بجے پل تک پہنچا", 10 * 60 + 30),
])
def test_urdu_clock_times_are_read_with_their_quarters_and_minutes(text: str, minutes: int) -> None:
    assert [c.minutes for c in clock_times(text, "ur")] == [minutes]


def test_a_span_of_minutes_is_no_time_of_day() -> None:
    assert clock_times("دس منٹ بعد دوسرا دھماکہ ہوا", "ur") == []


def _numbers(brief: str, lang: str) -> dict[str, str]:
    return {f.claim.text: f.severity for f in check_grounding(_ARTICLE, brief, lang) if f.kind.value == "number"}


def test_the_articles_times_pass_in_either_language() -> None:
    assert _numbers("The rally was due at 9.30am but the guests arrived at 12:15pm.", "en") == {}
    assert _numbers("جلسہ ساڑھے نو بجے شروع ہونا تھا۔", "ur") == {}


def test_a_changed_time_is_an_error_though_its_hour_is_a_count_in_the_article() -> None:
    assert _numbers("The guests arrived at 7pm.", "en") == {"7pm": "error"}  # the article has سات سو
    assert _numbers("جلسہ ساڑھے دس بجے شروع ہونا تھا۔", "ur") == {"ساڑھے دس بجے": "error"}


def test_a_time_where_the_article_gives_none_is_a_warning() -> None:
    found = check_grounding("جلوس میں سات سو افراد شریک تھے۔", "The march began at 7pm.", "en")
    assert [(f.claim.text, f.severity) for f in found] == [("7pm", "warning")]
