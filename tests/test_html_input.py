"""HTML input keeps the article and drops the page around it (team-written pages in tests/data/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import check_grounding, summarize
from summarizer.input import check_article, html_to_text, visible_text

DATA = Path(__file__).resolve().parent / "data"

# Each page: sentences of its article (must stay) and of its menus, boxes and footer (must go).
PAGES = {
    "hospital-page.html": (
        ["کراچی میں نئے اسپتال کا افتتاح", "تین سو بستروں پر مشتمل", "ساڑھے چار ارب روپے",
         "روزانہ دو ہزار مریضوں", "بڑی تعداد میں شرکت کی"],
        ["صفحہ اول", "مزید پڑھیں", "پچاس افراد زخمی", "بارہ سو نئے اساتذہ", "جملہ حقوق", "ایک لاکھ صارفین"],
    ),
    "flood-page.html": (
        ["سوات میں سیلاب سے درجنوں مکانات تباہ", "پینتالیس مکانات", "ساڑھے تین ہزار افراد", "مزید بارشوں کی پیش گوئی"],
        ["تازہ ترین", "متعلقہ خبریں", "سات سیاح ہلاک", "پندرہ روپے کمی", "رازداری"],
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_article_stays_and_the_page_around_it_goes(name: str) -> None:
    html = (DATA / name).read_text(encoding="utf-8")
    keep, drop = PAGES[name]
    text = check_article(html)
    for phrase in keep:
        assert phrase in text, phrase
    for phrase in drop:
        assert phrase not in text, phrase
        if phrase != "ایک لاکھ صارفین":  # inside <script>: never visible
            assert phrase in visible_text(html), phrase  # the page really has it: the test can fail


def test_a_claim_from_the_related_links_box_is_not_grounded() -> None:
    page = check_article((DATA / "hospital-page.html").read_text(encoding="utf-8"))
    findings = check_grounding(page, "Fifty people were injured in a train accident.")
    assert any(f.kind == "number" and f.severity == "error" for f in findings), findings
    assert check_grounding(page, "The new hospital has 300 beds.") == []


def test_a_page_without_main_text_keeps_its_visible_text() -> None:
    html = "<html><body><div><span>پاکستان کی ٹیم نے میچ جیت لیا</span></div><p>x</p></body></html>"  # team-written
    assert "پاکستان کی ٹیم نے میچ جیت لیا" in html_to_text(html)


def test_an_html_page_summarizes_from_its_article_only() -> None:
    brief = summarize((DATA / "flood-page.html").read_text(encoding="utf-8"), engine="rules")
    assert "پینتالیس" in brief.model_dump_json() or "45" in brief.summary_en
    assert "سیاح" not in brief.model_dump_json()
