"""Event triggers: clear Urdu trigger words map to PLOVER types; references do not count."""

from __future__ import annotations

import pytest

from summarizer.schemas import PLOVER_TYPES
from summarizer.text.events import LEXICON, find_triggers, first_trigger


@pytest.mark.parametrize(
    ("sentence", "kind", "word"),
    [
        ("وزیر اعظم نے چینی سفیر سے ملاقات کی۔", "CONSULT", "ملاقات"),
        ("دونوں ملکوں کے درمیان مذاکرات ہوئے۔", "CONSULT", "مذاکرات"),
        ("دونوں وزرا نے تجارت پر تبادلہ خیال کیا۔", "CONSULT", "تبادلہ خیال"),
        ("فریقین نے جنگ بندی پر اتفاق کیا۔", "AGREE", "اتفاق"),
        ("گندم کی خریداری کا معاہدہ طے پا گیا۔", "AGREE", "معاہدہ"),
        ("حکومت نے حملے کی شدید مذمت کی ہے۔", "DISAPPROVE", "مذمت"),
        ("عدالت نے درخواست مسترد کر دی۔", "REJECT", "مسترد"),
        ("تنظیم نے نتائج کی دھمکی دی ہے۔", "THREATEN", "دھمکی"),
        ("تاجروں نے ٹیکس کے خلاف احتجاج کیا۔", "PROTEST", "احتجاج"),
        ("شہر میں ایک دھماکہ ہوا۔", "ASSAULT", "دھماکہ"),
        ("سرحد پر دونوں فوجوں میں جھڑپ ہوئی۔", "FIGHT", "جھڑپ"),
        ("پولیس نے تین ملزمان کو گرفتار کر لیا۔", "CRIME", "گرفتار"),
        ("حکومت نے متاثرین کو امداد فراہم کی۔", "AID", "امداد"),
        ("اپوزیشن نے استعفے کا مطالبہ کیا۔", "DEMAND", "مطالبہ"),
        ("حکومت نے درآمد پر پابندی عائد کر دی۔", "SANCTION", "پابندی"),
        ("شاہراہ پر ایک حادثہ پیش آیا۔", "ACCIDENT", "حادثہ"),
        ("گاؤں میں سیلاب سے بیس افراد جاں بحق ہو گئے۔", "DISASTER", "سیلاب"),
        ("جماعت نے قرارداد کی حمایت کی۔", "SUPPORT", "حمایت"),
        ("ملک بھر میں عام انتخابات ہوئے۔", "ELECT", "انتخابات"),
        ("دونوں ملک دفاع میں تعاون کریں گے۔", "COOPERATE", "تعاون"),
        ("چین خطے کے ممالک سے تعاون جاری رکھے گا۔", "COOPERATE", "تعاون"),
        ("وزیر نے فیصلے کا خیرمقدم کیا۔", "SUPPORT", "خیرمقدم"),
        ("اپوزیشن ارکان ایوان سے واک آؤٹ کر گئے۔", "PROTEST", "واک آؤٹ"),
        ("پولیس نے مظاہرین پر شیلنگ کی۔", "ASSAULT", "شیلنگ"),
        ("عدالت نے کمپنی پر دس لاکھ روپے جرمانہ عائد کیا۔", "SANCTION", "جرمانہ"),
        ("پولیس نے بیس افراد کو حراست میں لے لیا۔", "COERCE", "حراست"),
        ("رضاکار امدادی سرگرمیوں میں مصروف ہیں۔", "AID", "امدادی سرگرمیوں"),
        ("ٹیم نے مہمان ٹیم کو تین گول سے شکست دے دی۔", "OTHER", "شکست"),
    ],
)
def test_clear_triggers(sentence: str, kind: str, word: str) -> None:
    found = first_trigger(sentence, offset=7)
    assert found is not None
    assert (found.type, found.span.text) == (kind, word)
    assert sentence[found.span.start - 7 : found.span.end - 7] == word


@pytest.mark.parametrize(
    "sentence",
    [
        "ملاقات کے بعد مشترکہ اعلامیہ جاری ہوا۔",  # a reference to a meeting, not the meeting
        "شنگھائی تعاون تنظیم کا اجلاس کل ہوگا۔",  # a name that contains a trigger word
        "دونوں ملکوں میں اتفاق نہیں ہو سکا۔",  # negated
        "روس کی حمایت کرنے والوں نے جلوس نکالا۔",  # the supporters, not an act of support
        "ملاقات کی تفصیلات جاری نہیں کی گئیں۔",  # genitive کی
        "کھلاڑی نے عمدہ بیٹنگ کا مظاہرہ کیا۔",  # a display of skill, not a demonstration
        "محکمہ موسمیات نے شہریوں کو خبردار کیا ہے۔",  # a warning is not a threat
        "حکومت اساتذہ کے مطالبات پر غور کر رہی ہے۔",  # demands considered, not made
        "بارش کے بعد پرانی عمارت منہدم ہو گئی۔",  # collapsed, not demolished by anyone
        "آزاد انتخابات کے انعقاد کے لیے مزید وقت درکار ہے۔",
        "",
    ],
)
def test_no_trigger_when_unclear(sentence: str) -> None:
    assert find_triggers(sentence) == []


def test_lexicon_types_are_plover() -> None:
    assert set(LEXICON) <= set(PLOVER_TYPES)


def test_several_triggers_in_order() -> None:
    text = "وزیر نے سفیر سے ملاقات کی اور دونوں نے تعاون بڑھانے پر اتفاق کیا۔"
    kinds = [t.type for t in find_triggers(text)]
    assert kinds == ["CONSULT", "AGREE"]


def test_clauses_split_after_a_finite_verb_and_before_openers() -> None:
    from summarizer.text.events import clauses

    text = ("روس کے وزیر خارجہ نے کہا کہ تجارت 790 ملین ڈالر ہو گئی ہے، ہم نے توانائی میں تعاون پر بات کی "
            "جس میں گیس پائپ لائن اہم ہے")  # fmt: skip
    parts = [c.text for c in clauses(text, 10)]
    assert parts[0] == "روس کے وزیر خارجہ نے کہا"
    assert any(p.startswith("کہ تجارت 790") and p.endswith("ہے،") for p in parts)
    assert any(p.startswith("ہم نے توانائی") for p in parts)
    assert parts[-1].startswith("جس میں")
    # a comma inside a list is not a clause end
    assert len(clauses("چین، بھارت اور روس کے وزرا نے ملاقات کی")) == 1
    for c in clauses(text, 10):
        assert text[c.start - 10 : c.end - 10] == c.text
