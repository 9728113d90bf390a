"""The CLI through typer's CliRunner: errors as one line and exit 2, formats, check, schema."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from pipeline_support import ARTICLE_PATH, bad_draft, good_draft, install_fake_validators, write_fixture
from typer.testing import CliRunner

from summarizer.cli import app

runner = CliRunner()


@pytest.fixture(autouse=True)
def _setup(monkeypatch: pytest.MonkeyPatch) -> None:
    install_fake_validators(monkeypatch)
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL", "SUMMARIZER_FIXTURES"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def fixtures(tmp_path: Path) -> Path:
    folder = tmp_path / "fixtures"
    folder.mkdir()
    write_fixture(folder, [{"draft": bad_draft()}, {"draft": good_draft()}])
    return folder


def _fails(args: list[str], message: str, code: int = 2) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == code, result.output
    assert message in result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_missing_file(tmp_path: Path) -> None:
    _fails(["summarize", str(tmp_path / "nope.txt"), "--engine", "rules"], "no such file")


def test_empty_article(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("# only a header\n\n  \n", encoding="utf-8")
    _fails(["summarize", str(tmp_path / "empty.txt"), "--engine", "rules"], "the article is empty")


def test_not_urdu(tmp_path: Path) -> None:
    (tmp_path / "en.txt").write_text("The cabinet met on Monday and approved the budget.", encoding="utf-8")
    _fails(["summarize", str(tmp_path / "en.txt"), "--engine", "rules"], "looks like English")


def test_unreachable_endpoint_without_fallback() -> None:
    _fails(["summarize", str(ARTICLE_PATH), "--engine", "openai", "--base-url", "http://127.0.0.1:9/v1",
            "--no-fallback", "--retries", "0"], "cannot reach the LLM endpoint at http://127.0.0.1:9/v1")  # fmt: skip


def test_record_needs_openai(fixtures: Path) -> None:
    _fails(["summarize", str(ARTICLE_PATH), "--engine", "replay", "--record"], "--record")


def test_summarize_json_to_stdout_and_out_file(fixtures: Path, tmp_path: Path) -> None:
    args = ["summarize", str(ARTICLE_PATH), "--engine", "replay", "--fixtures", str(fixtures)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    brief = json.loads(result.stdout)
    assert brief["meta"]["attempts"] == 2 and brief["validation"]["passed"] is True
    out = tmp_path / "out" / "brief.json"
    result = runner.invoke(app, [*args, "--out", str(out)])
    assert result.exit_code == 0 and json.loads(out.read_text(encoding="utf-8")) == brief | {"meta": json.loads(out.read_text(encoding="utf-8"))["meta"]}
    assert [p.name for p in out.parent.iterdir()] == ["brief.json"]  # no temp file left behind


def test_summarize_markdown(fixtures: Path) -> None:
    result = runner.invoke(app, ["summarize", str(ARTICLE_PATH), "--engine", "replay", "--fixtures", str(fixtures),
                                 "--format", "md"])  # fmt: skip
    assert result.exit_code == 0, result.output
    md = result.stdout
    assert md.startswith("# Punjab announces 250 new schools")
    for part in ("## Key points", "## Entities", "| e2 | Ahmed Ali | احمد علی |", "## Quantities", "## Events",
                 "**Dateline:** Lahore", "## Validation", "engine: replay", "prompt v1", "origin: authored"):  # fmt: skip
        assert part in md
    assert "Fact sheet, not a translation" not in md


def test_check_command(fixtures: Path, tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps(good_draft(), ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["check", str(ARTICLE_PATH), str(good)])
    assert result.exit_code == 0 and "0 error(s)" in result.output
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(bad_draft(), ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["check", str(ARTICLE_PATH), str(bad)])
    assert result.exit_code == 1 and "300 is not in the article" in result.output
    (tmp_path / "junk.json").write_text("{not json", encoding="utf-8")
    _fails(["check", str(ARTICLE_PATH), str(tmp_path / "junk.json")], "is not JSON")
    _fails(["check", str(ARTICLE_PATH), str(tmp_path / "missing.json")], "no such file")


def test_schema_command(tmp_path: Path) -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0 and json.loads(result.stdout)["title"] == "Brief"
    result = runner.invoke(app, ["schema", "--which", "brief-draft"])
    assert json.loads(result.stdout)["title"] == "BriefDraft"
    result = runner.invoke(app, ["schema", "--write", str(tmp_path)])
    assert result.exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief-draft.schema.json", "brief.schema.json",
                                                          "finding.schema.json"]  # fmt: skip
    _fails(["schema", "--which", "nope"], "unknown schema")


@pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is not None, reason="llama_cpp is installed")
def test_error_text_with_brackets_survives(monkeypatch: pytest.MonkeyPatch) -> None:
    _fails(["summarize", str(ARTICLE_PATH), "--engine", "llama", "--no-fallback"], "urdu-brief[llama]")
