"""Hostile strings stay inert, secrets never leave, oversized answers are refused, fixture files
are checked: the security and data defects of issue 11."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from openai_stub import OpenAIStub
from pipeline_support import article, bad_draft, good_draft, install_fake_validators, write_fixture
from pydantic import ValidationError
from typer.testing import CliRunner

from summarizer import summarize
from summarizer.api import check_brief
from summarizer.cli import app
from summarizer.engines.fixtures import FixtureStore
from summarizer.errors import DatasetError, InputError, ValidationFailed
from summarizer.evals.runner import EvalConfig, run_eval
from summarizer.redact import public_url, scrub, secrets_of
from summarizer.render import escape_markdown, render_markdown
from summarizer.schemas import MAX_ANSWER_BYTES, SUMMARY_CHARS, BriefDraft, check_answer_size

XSS = ("<script>alert(document.cookie)</script>", "<img src=x onerror=alert(origin)>", "[click](http://evil.example/x) ![t](http://evil.example/t.png)")
LIVE_HTML = re.compile(r"<\s*(script|img|iframe|svg)\b|<[^>]*\bon[a-z]+\s*=|<a\s+href", re.IGNORECASE)
CANARY = "canary-HqxPz-KEY-abcdWXYZmnop"


def _rendered(markdown: str) -> str:
    """Markdown as a browser would get it: CommonMark with raw HTML allowed (markdown-it-py, rich's parser)."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).enable("table").render(markdown)


def _hostile_draft() -> dict[str, Any]:
    draft = copy.deepcopy(good_draft())
    payload = " ".join(XSS)
    for key in ("headline_en", "headline_ur", "summary_en", "summary_ur"):
        draft[key] = f"{draft[key]} {payload}"
    draft["entities"].append({"id": "x1", "name_en": payload, "name_ur": payload, "type": "other", "role_en": payload})
    draft["quantities"].append({"value": 1.0, "unit": payload, "text_ur": payload, "text_en": payload})
    draft["dateline"] = {"place_en": payload, "place_ur": payload, "agency": payload}
    for kp in draft["key_points"]:
        kp["text_en"] += " " + payload
    for ev in draft["events"]:
        ev["description_en"] += " " + payload
        ev["place_en"] = payload
    return draft


# --------------------------------------------------------------------------- escaping


def test_escape_markdown_makes_html_and_links_inert() -> None:
    for payload in XSS:
        assert LIVE_HTML.search(_rendered(payload)), payload  # the check can fail
        assert not LIVE_HTML.search(_rendered(escape_markdown(payload))), payload
    assert escape_markdown("a|b\nc", inline=True) == "a\\|b c"
    assert escape_markdown("\\[x](y)") == "\\\\\\[x\\](y)"  # a backslash cannot undo the escape


def test_markdown_brief_from_a_hostile_server_is_inert(monkeypatch: pytest.MonkeyPatch) -> None:
    install_fake_validators(monkeypatch)
    model = "<img src=x onerror=alert('model')>"
    with OpenAIStub([{"draft": _hostile_draft()}], model=model) as stub:
        brief = summarize(article(), engine="openai", base_url=stub.base_url, api_key="sk-test-000000", fallback=False)
    assert brief.meta.model == model and XSS[0] in brief.summary_en  # the payloads really got through
    text = render_markdown(brief)
    assert not LIVE_HTML.search(_rendered(text)), LIVE_HTML.search(_rendered(text))
    assert "&lt;script&gt;" in text and "&lt;img src=x onerror=alert('model')&gt;" in text


def test_reports_escape_ids_file_names_model_and_server_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    data = tmp_path / "<img src=x onerror=alert(9)>.jsonl"
    rows = [json.dumps({"id": XSS[0], "text": article()}, ensure_ascii=False),
            json.dumps({"id": XSS[1], "text": article() + " "}, ensure_ascii=False), "{not json"]  # fmt: skip
    data.write_text("\n".join(rows) + "\n", encoding="utf-8")
    server_error = {"status": 400, "body": {"error": {"message": f"bad request {XSS[1]} {XSS[0]}"}}}
    with OpenAIStub([server_error]) as stub:
        run = run_eval(EvalConfig(dataset=str(data), engine="openai", model="<script>alert('m')</script>",
                                  base_url=stub.base_url, api_key="sk-test-000000"),
                       tmp_path / "run", progress=False)  # fmt: skip
    failed = [r for r in run.records if r["status"] == "failed"]
    assert run.metrics["failed"] == 2 and "bad request" in failed[-1]["reason"]
    html_report = (tmp_path / "run" / "report.html").read_text(encoding="utf-8")
    md_report = (tmp_path / "run" / "report.md").read_text(encoding="utf-8")
    for text in (html_report, _rendered(md_report)):
        assert not LIVE_HTML.search(text), LIVE_HTML.search(text)
    assert "&lt;script&gt;alert(&#39;m&#39;)" in html_report  # the model name, escaped
    assert "&lt;img src=x onerror=alert(9)&gt;.jsonl" in html_report  # the dataset file name
    assert html_report.count("&lt;script&gt;alert(document.cookie)") >= 1  # the article id


# --------------------------------------------------------------------------- secrets


def test_scrub_masks_url_credentials_and_configured_secrets() -> None:
    assert set(secrets_of("k" * 20, "http://me:p%40ssword9@host/v1")) == {"k" * 20, "p%40ssword9", "p@ssword9"}
    assert public_url("https://me:hunter2secret@host:8080/v1/?key=x#f") == "https://host:8080/v1"
    assert scrub({"m": f"see http://u:{CANARY}@h/v1 and {CANARY}"}, (CANARY,)) == {"m": "see http://***@h/v1 and ***"}


def test_a_key_echoed_in_a_200_answer_reaches_no_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_fake_validators(monkeypatch)
    draft = copy.deepcopy(good_draft())
    draft["summary_en"] += f" Authorization: Bearer {CANARY}"
    draft["headline_en"] = CANARY
    draft["entities"].append({"id": "k", "name_en": CANARY, "name_ur": CANARY, "type": "other", "role_en": None})
    monkeypatch.setenv("OPENAI_API_KEY", CANARY)
    src = tmp_path / "a.ur.txt"
    src.write_text(article(), encoding="utf-8")
    runner = CliRunner()
    with OpenAIStub([{"draft": draft}], api_key=CANARY, model=f"model-{CANARY}") as stub:
        for fmt in ("json", "md"):
            out = tmp_path / f"brief.{fmt}"
            res = runner.invoke(app, ["summarize", str(src), "--engine", "openai", "--base-url", stub.base_url,
                                      "--format", fmt, "--out", str(out), "--no-fallback"])  # fmt: skip
            assert res.exit_code == 0, res.output
            text = out.read_text(encoding="utf-8")
            assert CANARY not in text and "***" in text
            assert CANARY not in res.output
        assert len(stub.requests) == 2  # the server really saw (and echoed) the key


def test_the_key_is_not_in_a_validation_failure_or_fallback_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    install_fake_validators(monkeypatch)
    draft = bad_draft()
    draft["summary_en"] = f"{CANARY} 300 {CANARY}"
    with OpenAIStub([{"draft": draft}], api_key=CANARY) as stub:
        with pytest.raises(ValidationFailed) as info:
            summarize(article(), engine="openai", base_url=stub.base_url, api_key=CANARY, fallback=False, max_reasks=1)
        assert CANARY not in str(info.value) and CANARY not in json.dumps(info.value.last_output)
        assert "***" in json.dumps(info.value.last_output)
        brief = summarize(article(), engine="openai", base_url=stub.base_url, api_key=CANARY, max_reasks=0)
    assert brief.meta.engine == "rules" and brief.meta.fallback_reason
    assert CANARY not in brief.model_dump_json()


def test_eval_files_hold_no_key_or_url_password(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_fake_validators(monkeypatch)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    password = "pw-" + CANARY
    data = tmp_path / "one.jsonl"
    data.write_text(json.dumps({"id": "a", "text": article()}, ensure_ascii=False) + "\n", encoding="utf-8")
    draft = good_draft()
    draft["summary_en"] += f" {password} {CANARY}"
    with OpenAIStub([{"draft": draft}], model=f"m-{password}-{CANARY}") as stub:
        url = stub.base_url.replace("http://", f"http://user:{password}@")
        run = run_eval(EvalConfig(dataset=str(data), engine="openai", model="stub", base_url=url, api_key=CANARY),
                       tmp_path / "run", progress=False)  # fmt: skip
    assert run.metrics["scored"] == 1, run.records
    for path in (tmp_path / "run").iterdir():
        text = path.read_text(encoding="utf-8")
        assert password not in text and CANARY not in text, path.name
    assert json.loads((tmp_path / "run" / "run.json").read_text())["config"]["base_url"].startswith("http://127.0.0.1:")


# --------------------------------------------------------------------------- size caps


def test_schema_caps_lengths_and_publishes_them() -> None:
    draft = good_draft()
    draft["summary_en"] = "x" * (SUMMARY_CHARS + 1)
    with pytest.raises(ValidationError):
        BriefDraft.model_validate(draft)
    schema = BriefDraft.model_json_schema()
    assert schema["properties"]["summary_en"]["maxLength"] == SUMMARY_CHARS
    assert "maxItems" in schema["properties"]["entities"]


def test_answer_over_the_byte_cap_is_refused_before_parsing() -> None:
    check_answer_size("x" * 1000)
    check_answer_size("ی" * (MAX_ANSWER_BYTES // 2))  # at the cap in UTF-8 bytes: accepted
    with pytest.raises(ValidationFailed, match="over the cap"):
        check_answer_size("ی" * (MAX_ANSWER_BYTES // 2 + 1))
    with pytest.raises(ValidationFailed, match="over the cap"):
        check_answer_size(b"x" * (MAX_ANSWER_BYTES + 1))


def test_a_2mb_summary_from_the_server_fails_with_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    draft = good_draft()
    draft["summary_en"] = "The ministry said schools reopened. " * 60_000  # ~2 MB
    with OpenAIStub([{"draft": draft}]) as stub:
        with pytest.raises(ValidationFailed, match=r"2,\d{3},\d{3} bytes, over the cap") as info:
            summarize(article(), engine="openai", base_url=stub.base_url, api_key="sk-test-000000", fallback=False)
        assert len(stub.requests) == 1  # no re-ask carrying 2 MB back
    assert info.value.last_output is None


def test_a_saved_brief_with_a_2mb_summary_is_refused(tmp_path: Path) -> None:
    draft = good_draft()
    draft["summary_en"] = "x " * 1_000_000
    with pytest.raises(InputError, match="summary_en"):
        check_brief(article(), draft)


# --------------------------------------------------------------------------- fixture files


def test_fixture_body_must_be_an_object(tmp_path: Path) -> None:
    path = write_fixture(tmp_path, [{"body": "not a completion"}])
    with pytest.raises(DatasetError, match=r"schools\.json.*responses\[0\]\.body must be a JSON object, not a string"):
        summarize(article(), engine="replay", fixtures=str(tmp_path), fallback=False)
    assert path.exists()


@pytest.mark.parametrize(("content", "reason"), [("{broken", "not valid UTF-8 JSON"), ("[1, 2]", "no string 'key'"),
                                                 (b"\xff\xfe{}", "not valid UTF-8 JSON")])  # fmt: skip
def test_a_malformed_fixture_file_is_named(tmp_path: Path, content: str | bytes, reason: str) -> None:
    write_fixture(tmp_path, [{"draft": good_draft()}])
    bad = tmp_path / "zz-bad.json"
    bad.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(DatasetError, match=re.escape(str(bad)) + ".*" + re.escape(reason)):
        FixtureStore(tmp_path).path_for("0" * 16)


def test_duplicate_fixture_keys_are_an_error(tmp_path: Path) -> None:
    write_fixture(tmp_path, [{"draft": good_draft()}], name="one")
    write_fixture(tmp_path, [{"draft": good_draft()}], name="two")
    with pytest.raises(DatasetError, match=r"one\.json and .*two\.json both have key"):
        summarize(article(), engine="replay", fixtures=str(tmp_path), fallback=False)


def test_the_rules_engine_stays_within_the_caps_on_an_unpunctuated_article() -> None:
    # Team-written sentence, repeated with no full stop: one 50,000-character "sentence".
    text = " ".join(["پاکستان کے وزیر خارجہ نے کہا کہ ملک میں امن ہے اور عوام خوش ہیں"] * 800)
    brief = summarize(text, engine="rules")
    assert brief.validation.passed
    assert 0 < len(brief.headline_ur) <= 3_000 and 0 < len(brief.summary_ur) <= SUMMARY_CHARS
    assert all(kp.text_ur in text for kp in brief.key_points)


def test_two_fixture_files_named_by_one_key_are_an_error(tmp_path: Path) -> None:
    from summarizer.engines.fixtures import fixture_key

    key = fixture_key(article())
    write_fixture(tmp_path, [{"draft": good_draft()}], name=f"a.{key}")
    write_fixture(tmp_path, [{"draft": good_draft()}], name=f"b.{key}")
    with pytest.raises(DatasetError, match=r"a\.\w+\.json, .*b\.\w+\.json all have key"):
        FixtureStore(tmp_path).get(key)
