"""The desk's web app over real HTTP (uvicorn on loopback): pages, history, exports, and the
security rules: escaping, Content-Security-Policy, 413 over the size limit, Host and
cross-site POST checks; and `summarize --format html` as one self-contained file."""

from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("starlette", reason="the web extra is not installed: pip install -e '.[web]'")
pytest.importorskip("uvicorn", reason="the web extra is not installed: pip install -e '.[web]'")

from desk_server import SEED, desk_server, seed_article
from typer.testing import CliRunner

from summarizer.cli import app


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


_opener = urllib.request.build_opener(_NoRedirect)


def _request(url: str, data: dict[str, str] | bytes | None = None, headers: dict[str, str] | None = None,
              follow: bool = True) -> tuple[int, dict[str, str], str]:  # fmt: skip
    body = urllib.parse.urlencode(data).encode() if isinstance(data, dict) else data
    req = urllib.request.Request(url, data=body, headers=headers or {})
    try:
        with (urllib.request.urlopen(req, timeout=60) if follow else _opener.open(req, timeout=60)) as resp:
            return resp.status, {k.lower(): v for k, v in resp.headers.items()}, resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read().decode("utf-8", "replace")


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with desk_server(tmp_path_factory.mktemp("desk") / "history.sqlite3", max_bytes=200_000) as url:
        yield url


def test_pages_carry_a_strict_csp_and_load_nothing_remote(base: str) -> None:
    status, headers, html = _request(base + "/")
    assert status == 200
    csp = headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert headers["x-content-type-options"] == "nosniff" and headers["x-frame-options"] == "DENY"
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)  # nothing from another origin
    assert "<script src=\"/static/desk.js\"" in html and not re.search(r"<script>", html)
    assert 'for="article"' in html and 'for="brief"' in html  # every control has a label
    status, headers, _ = _request(base + "/static/fonts/NotoNaskhArabic-Regular-subset.woff2")
    assert status == 200 and "woff2" in headers["content-type"]  # the Urdu font comes from the package


def test_check_a_brief_then_history_export_and_delete(base: str) -> None:
    brief = "Lavrov met army chief Qamar Javed Bajwa in Karachi. Trade is to reach $5 billion."
    status, headers, _ = _request(base + "/desk", {"article": seed_article(), "brief": brief, "action": "check"},
                                  follow=False)  # fmt: skip
    assert status == 303
    page_url = base + headers["location"]
    status, _, html = _request(page_url)
    assert status == 200
    assert 'class="claim name st-error"' in html and "Qamar Javed Bajwa" in html
    assert "آرمی چیف سے بھی ملاقات" in html  # the Urdu sentence about the meeting
    status, headers, exported = _request(page_url + "/export.html")
    assert status == 200 and "attachment" in headers["content-disposition"]
    assert "<script" not in exported and "data:font/woff2;base64," in exported
    assert 'dir="rtl"' in exported and "Qamar Javed Bajwa" in exported
    status, headers, md = _request(page_url + "/export.md")
    assert status == 200 and headers["content-type"].startswith("text/markdown")
    assert "**error** (name, line 1, column 23): Qamar Javed Bajwa" in md
    entry = headers["content-disposition"].split("brief-")[1].split(".")[0]
    _, _, listing = _request(base + "/history")
    assert f'action="/history/{entry}/delete"' in listing
    status, _, _ = _request(base + f"/history/{entry}/delete", {}, headers={"Origin": base}, follow=False)
    assert status == 303
    assert _request(page_url)[0] == 404
    assert f'action="/history/{entry}/delete"' not in _request(base + "/history")[2]


def test_summarize_from_the_page_says_which_engine(base: str) -> None:
    _, _, index = _request(base + "/")
    assert "No LLM is configured" in index or "rules engine" in index
    status, _, html = _request(base + "/desk", {"article": seed_article(), "action": "summarize"})
    assert status == 200
    assert "Brief by the <b>rules</b> engine" in html and "Fact sheet, not a translation" in html
    assert 'lang="ur" dir="rtl"' in html


def test_everything_that_reaches_a_page_is_escaped(base: str) -> None:
    article = seed_article() + "\n<script>alert(1)</script> <img src=x onerror=alert(2)>"
    brief = "Lavrov <img src=x onerror=alert(3)> met <script>alert(4)</script> in Islamabad."
    status, _, html = _request(base + "/desk", {"article": article, "brief": brief, "action": "check"})
    assert status == 200
    assert "<img" not in html and "<script>alert" not in html
    assert "&lt;img src=x onerror=alert(3)&gt;" in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    status, _, html = _request(base + "/desk", {"article": "<b>not urdu</b> <img src=x onerror=alert(5)>", "action": "check",
                                                "brief": "x"})  # fmt: skip
    assert status == 400 and "<img" not in html and "alert(5)" in html  # the form comes back, escaped


def test_a_published_date_is_read_as_the_articles_dateline(base: str) -> None:
    brief = "Lavrov arrived in Islamabad in April 2021."
    _, _, without = _request(base + "/desk", {"article": seed_article(), "brief": brief, "action": "check"})
    assert "st-error" in without and "April" in without  # the article names no April
    status, headers, _ = _request(base + "/desk", {"article": seed_article(), "brief": brief, "action": "check",
                                                   "published": "2021-04-06"}, follow=False)  # fmt: skip
    assert status == 303
    _, _, html = _request(base + headers["location"])
    assert "st-error" not in html and "6 اپریل 2021" in html  # the dateline is shown as the article's last line
    status, _, html = _request(base + "/desk", {"article": seed_article(), "brief": brief, "action": "check",
                                                "published": "6/4/2021"})  # fmt: skip
    assert status == 400 and "the published date must be a date as YYYY-MM-DD" in html and 'value="6/4/2021"' in html
    status, _, html = _request(base + "/desk", {"article": seed_article(), "action": "summarize", "published": "2021-04-06"})
    assert status == 400 and "the published date is for checking your brief" in html


def test_bad_input_comes_back_with_a_clear_message(base: str) -> None:
    status, _, html = _request(base + "/desk", {"article": seed_article(), "brief": "", "action": "check"})
    assert status == 400 and "paste or upload your brief" in html
    status, _, html = _request(base + "/desk", {"article": "The cabinet met on Monday.", "brief": "x", "action": "check"})
    assert status == 400 and "looks like English" in html and 'role="alert"' in html


def test_requests_over_the_limit_get_413_with_a_message(base: str) -> None:
    big = {"article": "ا" * 250_000, "action": "summarize"}
    status, headers, html = _request(base + "/desk", big)
    assert status == 413
    assert "Too large" in html and "at most 0.2 MB" in html
    assert "content-security-policy" in headers


def test_cross_site_posts_and_foreign_hosts_are_refused(base: str) -> None:
    status, _, html = _request(base + "/history/1/delete", {}, headers={"Origin": "http://evil.example"})
    assert status == 403 and "Refused" in html
    status, _, _ = _request(base + "/history/1/delete", {}, headers={"Sec-Fetch-Site": "cross-site"})
    assert status == 403
    status, _, _ = _request(base + "/", headers={"Host": "evil.example"})
    assert status == 400


def test_summarize_format_html_is_one_self_contained_file(tmp_path: Path) -> None:
    out = tmp_path / "brief.html"
    result = CliRunner().invoke(app, ["summarize", str(SEED), "--engine", "rules", "--format", "html", "--out", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>")
    assert "<script" not in html and "<link" not in html and not re.search(r"url\((?!data:)", html)
    assert "data:font/woff2;base64," in html
    assert 'dir="rtl"' in html and "پانچ ارب ڈالر" in html
    # no script needed: the evidence of every linked claim lights on hover/focus through CSS
    assert re.search(r"body:has\(\.claim\[data-link=c\d+\]:is\(:hover,:focus\)\) \.ev\.c\d+", html)


def test_an_uploaded_html_article_is_read_as_its_visible_text(base: str) -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in seed_article().splitlines() if line.strip())
    page = f"<html><head><script>alert('x')</script></head><body>{paragraphs}</body></html>"
    boundary = "deskboundary42"
    parts = [
        ("action", None, b"summarize"),
        ("article_file", "lavrov.html", page.encode("utf-8")),
    ]
    body = b""
    for name, filename, data in parts:
        disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        body += f"--{boundary}\r\nContent-Disposition: {disposition}\r\n".encode()
        body += (b"Content-Type: text/html\r\n" if filename else b"") + b"\r\n" + data + b"\r\n"
    body += f"--{boundary}--\r\n".encode()
    status, _, html = _request(base + "/desk", body, headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert status == 200
    assert "alert(&#39;x&#39;)" not in html and "alert('x')" not in html  # the page's script is not article text
    assert "نور خان ایئربیس" in html and "Islamabad" in html
