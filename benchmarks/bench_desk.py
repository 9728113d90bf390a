"""The translator's desk on the seed article: page load and check time, beside a static file fetch.

Starts the desk app (rules engine, a temp history) under uvicorn on a free loopback port and
times, as medians over --runs:

- baseline: GET of a static file (/static/desk.css): the server's floor;
- the form (GET /);
- check: POST the seed article with an English brief (check, store, 303), then GET the page
  (the first one in the process alone: "cold", while name indexes and tables load);
- summarize: POST the seed article for a brief (rules engine), then GET the page;
- page load: GET of a stored result page, a check or a generated brief (the stored report is
  rendered: nothing is checked again);
- export: GET of the self-contained HTML export (font inlined);
- with Chromium present (/usr/bin/chromium and playwright): the browser's load event for the
  result page, beside its load of the same static file.

    python benchmarks/bench_desk.py [--runs N]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BRIEF = ("Russian Foreign Minister Sergei Lavrov arrived in Islamabad on Tuesday with a 12-member delegation. "
         "The two sides aim to raise trade to $5 billion within three years. "
         "Lavrov met army chief Qamar Javed Bajwa in Karachi.")  # fmt: skip


def _get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=120) as resp:
        return resp.read()


def _post(url: str, data: dict[str, str]) -> str:
    req = urllib.request.Request(url, data=urllib.parse.urlencode(data).encode())
    with urllib.request.urlopen(req, timeout=120) as resp:  # follows the 303 to the page
        resp.read()
        return resp.url


def _median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _browser(base: str, page_url: str, runs: int) -> tuple[float, float] | None:
    chromium = shutil.which("chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if chromium is None:
        return None
    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=args)
        page = browser.new_page()

        def load(url: str) -> Callable[[], object]:
            return lambda: page.goto(url, wait_until="load")

        load(page_url)()  # warm the font and the script
        static = _median_ms(load(base + "/static/desk.css"), runs)
        result = _median_ms(load(page_url), runs)
        browser.close()
    return static, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from summarizer.input import read_article
    from summarizer.web.app import create_app, settings_for
    from summarizer.web.local import serve_in_background

    article = read_article(REPO / "examples" / "lavrov-visit.ur.txt")
    with tempfile.TemporaryDirectory() as tmp, serve_in_background(
        create_app(settings_for("rules", Path(tmp) / "history.sqlite3"))
    ) as base:
        _get(base + "/static/desk.css")
        start = time.perf_counter()
        page_url = _post(base + "/desk", {"article": article, "brief": BRIEF, "action": "check"})
        cold = (time.perf_counter() - start) * 1000  # first check in the process: indexes and tables load
        summary_url = _post(base + "/desk", {"article": article, "action": "summarize"})
        static = _median_ms(lambda: _get(base + "/static/desk.css"), args.runs * 3)
        form = _median_ms(lambda: _get(base + "/"), args.runs)
        check = _median_ms(lambda: _post(base + "/desk", {"article": article, "brief": BRIEF, "action": "check"}), args.runs)
        summary = _median_ms(lambda: _post(base + "/desk", {"article": article, "action": "summarize"}), args.runs)
        page = _median_ms(lambda: _get(page_url), args.runs)
        page_summary = _median_ms(lambda: _get(summary_url), args.runs)
        export = _median_ms(lambda: _get(page_url + "/export.html"), args.runs)
        browser = _browser(base, page_url, args.runs)

    print(f"seed article: {len(article):,} characters; brief: {len(BRIEF)} characters; medians of {args.runs} runs")
    print(f"  baseline: static file fetch (desk.css)   {static:8.1f} ms")
    for label, ms in (("the form (GET /)", form), ("first check, cold (POST + page)", cold),
                      ("check a brief (POST + page)", check), ("write a brief, rules (POST + page)", summary),
                      ("page load, checked brief", page), ("page load, generated brief", page_summary),
                      ("HTML export (font inlined)", export)):  # fmt: skip
        print(f"  {label:<38} {ms:8.1f} ms  ({ms / static:6.1f}x the static fetch)")
    if browser is None:
        print("  browser: skipped (needs /usr/bin/chromium and playwright)")
    else:
        b_static, b_page = browser
        print(f"  browser load event, static file        {b_static:8.1f} ms")
        print(f"  browser load event, result page        {b_page:8.1f} ms  ({b_page / b_static:6.1f}x the static load)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
