"""The desk in a real browser: Debian's headless Chromium driven by Playwright, against uvicorn
on a free loopback port. Screenshots go to tmp/artifacts/ for a person to look at.

Skips, saying why, when /usr/bin/chromium (apt-get install chromium) or the playwright package
is absent; `.ci/run` installs both.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("starlette", reason="the web extra is not installed: pip install -e '.[web]'")
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed: pip install -e '.[web,dev]'")

from desk_server import ARTIFACTS, desk_server, seed_article  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip("Chromium is absent: apt-get install -y chromium (Debian's package; .ci/run does it)",
                allow_module_level=True)  # fmt: skip

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip
HIGHLIGHT = "rgb(255, 226, 122)"  # --hl in desk.css


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with desk_server(tmp_path_factory.mktemp("desk-browser") / "history.sqlite3") as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Watched:
    """A page with every dialog, console error and page error recorded."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))


@pytest.fixture
def page(browser: Any) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    watched = Watched(context.new_page())
    yield watched
    context.close()
    assert watched.dialogs == [] and watched.errors == []  # no page of the desk runs a dialog or errs


def _shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)


def _submit(w: Watched, base: str, article: str, brief: str | None) -> None:
    w.page.goto(base + "/")
    w.page.fill("#article", article)
    if brief is not None:
        w.page.fill("#brief", brief)
        w.page.click("button[value=check]")
    else:
        w.page.click("button[value=summarize]")
    w.page.wait_for_url("**/history/*")


def test_seed_article_gives_a_brief_with_the_urdu_right_to_left(page: Watched, base: str) -> None:
    _submit(page, base, seed_article(), None)
    p = page.page
    assert p.eval_on_selector(".col.ur", "e => getComputedStyle(e).direction") == "rtl"
    assert p.eval_on_selector(".col.en", "e => getComputedStyle(e).direction") == "ltr"
    p.evaluate("document.fonts.ready")
    assert p.evaluate("document.fonts.check('20px \"Desk Naskh\"', 'اسلام')")  # the packaged Naskh font loaded
    assert "Islamabad" in p.inner_text(".col.en") and "اسلام آباد" in p.inner_text(".article")
    assert "Fact sheet, not a translation" in p.inner_text(".note")
    _shot(p, "desk-seed-brief")


def test_wrong_city_claim_is_an_error_with_the_urdu_sentence(page: Watched, base: str) -> None:
    _submit(page, base, seed_article(), "Lavrov met army chief Qamar Javed Bajwa in Karachi.")
    p = page.page
    claim = p.locator(".col.en .claim.st-error")
    assert claim.inner_text() == "Qamar Javed Bajwa"
    finding = p.locator(".finding.st-error")
    assert finding.count() == 1 and "Qamar Javed Bajwa" in finding.inner_text()
    quote = finding.locator(".fsrc")
    assert "آرمی چیف سے بھی ملاقات" in quote.inner_text()
    assert quote.evaluate("e => getComputedStyle(e).direction") == "rtl"
    _shot(p, "desk-wrong-city")


def test_clicking_a_number_highlights_its_urdu_evidence(page: Watched, base: str) -> None:
    _submit(page, base, seed_article(), "Russia and Pakistan aim at $5 billion in trade; a 12-member delegation came.")
    p = page.page
    assert p.locator(".ev.hl").count() == 0
    p.locator(".claim.number", has_text="$5 billion").click()
    lit = p.locator(".ev.hl")
    assert lit.count() >= 1
    assert {t.strip() for t in lit.all_inner_texts()} == {"پانچ ارب ڈالر"}
    assert lit.first.evaluate("e => getComputedStyle(e).backgroundColor") == HIGHLIGHT
    _shot(p, "desk-number-evidence")
    # from the keyboard: focusing the other number moves the highlight to its evidence
    p.locator(".claim.number", has_text="12").focus()
    assert {t.strip() for t in p.locator(".ev.hl").all_inner_texts()} == {"۱۲"}
    # Tab from the top of the page reaches the claims, and the focused one is visibly outlined
    p.evaluate("document.activeElement.blur()")
    p.goto(p.url)
    for _ in range(30):
        p.keyboard.press("Tab")
        if p.evaluate("document.activeElement.classList.contains('claim')"):
            break
    assert p.evaluate("document.activeElement.textContent") == "Russia"
    assert p.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"
    assert p.locator(".ev.hl").count() >= 1


def test_a_published_date_from_the_form_supports_the_briefs_date(page: Watched, base: str) -> None:
    p = page.page
    p.goto(base + "/")
    assert p.locator("label[for=published]").count() == 1 and p.get_attribute("#published", "type") == "date"
    p.fill("#article", seed_article())
    p.fill("#published", "2021-04-06")
    p.fill("#brief", "Lavrov arrived in Islamabad in April 2021.")
    p.click("button[value=check]")
    p.wait_for_url("**/history/*")
    assert p.locator(".claim.st-error").count() == 0
    assert p.inner_text(".article").strip().endswith("6 اپریل 2021")  # shown as the article's last line
    _shot(p, "desk-published-date")


def test_script_payloads_in_article_and_brief_run_nothing(page: Watched, base: str, tmp_path: Path) -> None:
    article = seed_article() + "\n<script>alert('article')</script><img src=x onerror=alert('img')>"
    brief = "Lavrov <img src=x onerror=alert('brief')> met <script>alert('brief2')</script> officials in Islamabad."
    _submit(page, base, article, brief)
    p = page.page
    assert p.locator("main img").count() == 0 and p.locator("main script").count() == 0
    assert "<img src=x onerror=alert('brief')>" in p.inner_text(".col.en")
    _shot(p, "desk-payloads")
    # the exported file, opened from disk, runs nothing either
    with p.expect_download() as info:
        p.click("a[href$='export.html']")
    path = tmp_path / "export.html"
    info.value.save_as(path)
    p.goto(path.as_uri())
    assert p.locator("img").count() == 0 and p.locator("script").count() == 0
    assert p.eval_on_selector(".col.ur", "e => getComputedStyle(e).direction") == "rtl"


def test_exported_page_lights_evidence_without_script(page: Watched, base: str, tmp_path: Path) -> None:
    _submit(page, base, seed_article(), "Trade is to reach $5 billion within three years.")
    p = page.page
    with p.expect_download() as info:
        p.click("a[href$='export.html']")
    path = tmp_path / "export.html"
    info.value.save_as(path)
    p.goto(path.as_uri())
    p.locator(".claim.number", has_text="$5 billion").hover()
    lit = p.locator(".ev").filter(has_text="پانچ ارب ڈالر").first
    assert lit.evaluate("e => getComputedStyle(e).backgroundColor") == HIGHLIGHT
    _shot(p, "desk-export-hover")
