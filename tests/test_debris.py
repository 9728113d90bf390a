"""Page debris: teasers cut with an ellipsis, share/read-more lines, repeats, glued captions."""

from __future__ import annotations

import pytest

from summarizer.text.debris import caption_prefix, is_debris, is_repeat, is_truncated

# Team-written lines in the shape of scraped pages (not corpus text).


@pytest.mark.parametrize(
    "line",
    [
        "وزیر خارجہ کی عسکری قیادت سے ملاقاتیں، تجارت بڑھانے پر ...",
        "وزیر خارجہ کی عسکری قیادت سے ملاقاتیں…",
        "مزید :",
        "صفحہ اول -",
        "یہ بھی پڑھیے",
        "اس خبر کو شیئر کریں",
        "تصویر کا ذریعہ Getty Images",
    ],
)
def test_debris_lines(line: str) -> None:
    assert is_debris(line)


@pytest.mark.parametrize(
    "line",
    [
        "مزید برآں حکومت نے کہا کہ منصوبہ اگلے سال مکمل ہو گا۔",
        "وزیراعظم نے کہا کہ پاکستان تمام ملکوں سے اچھے تعلقات چاہتا ہے۔",
        "قیمت 2.5 ارب روپے ہے۔",
    ],
)
def test_story_lines_are_not_debris(line: str) -> None:
    assert not is_debris(line)
    assert not is_truncated(line)


def test_repeat_of_the_headline() -> None:
    head = "کراچی میں بارش سے نظام زندگی درہم برہم، تین افراد جاں بحق"
    assert is_repeat("کراچی میں بارش سے نظام زندگی درہم برہم", [head])
    assert not is_repeat("محکمہ موسمیات نے آئندہ دو روز مزید بارش کی پیش گوئی کی ہے۔", [head])


def test_caption_glued_to_the_lead_is_cut() -> None:
    caption = "شہر کے مرکزی بازار میں آگ لگنے کے بعد دھواں اٹھ رہا ہے"
    lead = "فائر بریگیڈ کی دس گاڑیوں نے تین گھنٹے کی کوشش کے بعد آگ پر قابو پا لیا۔"
    first = f"{caption} {lead}"
    rest = f" حکام کے مطابق نقصان کا اندازہ لگایا جا رہا ہے۔ {caption}۔ دکانداروں نے معاوضے کا مطالبہ کیا۔"
    cut = caption_prefix(first, rest)
    assert first[cut:] == lead
    assert caption_prefix(lead, rest) == 0  # nothing repeated: nothing cut


def test_a_subject_the_article_repeats_is_not_a_caption() -> None:
    """Wire stories name their subject again in the next sentence; cutting it would leave
    `کہا ہے کہ ...` as the lead. A caption is repeated as a whole sentence, not inside one."""
    subject = "معروف گلوکارہ اور موسیقار نازیہ پروین خان نے"
    first = f"{subject} کہا ہے کہ وہ اگلے ماہ اپنا نیا البم جاری کریں گی جس میں دس گیت شامل ہوں گے۔"
    rest = f" {subject} ایک انٹرویو میں بتایا کہ البم کی ریکارڈنگ مکمل ہو چکی ہے۔"
    assert caption_prefix(first, rest) == 0
    noun_phrase = "شہر کے مرکزی بازار میں لگنے والی آگ کے متاثرہ دکاندار"
    first = f"{noun_phrase} حکومت سے فوری امداد کا مطالبہ کر رہے ہیں اور احتجاج جاری ہے۔"
    rest = f" {noun_phrase} کل بھی سڑک پر جمع ہوئے۔"
    assert caption_prefix(first, rest) == 0  # repeated inside a sentence, not as a caption
