"""The Python API: input checks, engine choice, the pipeline, fallback, check_brief."""

from __future__ import annotations

import asyncio
import importlib.util
import io
import logging
import subprocess
import sys
from pathlib import Path
from typing import ClassVar

import pytest
from pipeline_support import (
    ARTICLE_PATH,
    article,
    bad_draft,
    good_draft,
    install_fake_validators,
    write_fixture,
)

from summarizer import validators
from summarizer.api import asummarize, check_brief, summarize
from summarizer.engines import registry
from summarizer.engines.base import Engine, EngineResult
from summarizer.engines.openai_engine import OpenAIEngine
from summarizer.errors import ConfigError, EndpointError, FixtureMissing, InputError
from summarizer.input import check_article, read_article
from summarizer.prompts import PROMPT_VERSION
from summarizer.schemas import BriefDraft, Dateline, Meta

URDU = "وزیر اعظم نے کہا کہ حکومت عوام کی خدمت کرتی رہے گی اور ملک میں ترقی ہوگی۔"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL", "SUMMARIZER_FIXTURES"):
        monkeypatch.delenv(var, raising=False)


class FailingEngine(Engine):
    name: ClassVar[str] = "openai"

    def run(self, article: str) -> EngineResult:
        raise EndpointError("the endpoint http://127.0.0.1:9/v1 kept failing (HTTP 503) after 5 attempts")


class FakeRulesEngine(Engine):
    """Stands in for H7's RulesEngine: a minimal extractive draft."""

    name: ClassVar[str] = "rules"

    def run(self, article: str) -> EngineResult:
        draft = BriefDraft(headline_ur=article[:20], headline_en="(fact sheet)", summary_ur=article[:40],
                           summary_en="(fact sheet)", key_points=[], entities=[], quantities=[], events=[],
                           dateline=Dateline(place_en=None, place_ur=None, agency=None))  # fmt: skip
        return EngineResult(draft, Meta(engine="rules", extractive=True))


@pytest.fixture
def fake_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(registry.ENGINES, "rules", f"{__name__}:FakeRulesEngine")


# --------------------------------------------------------------------------- input


def test_read_article_strips_comment_header_and_checks_bytes(tmp_path: Path) -> None:
    text = read_article(ARTICLE_PATH)
    assert not text.startswith("#") and text.startswith("لاہور")
    (tmp_path / "bin").write_bytes(b"\x00\x01abc")
    with pytest.raises(InputError, match="looks binary"):
        read_article(tmp_path / "bin")
    (tmp_path / "latin1").write_bytes("caf\xe9".encode("latin-1"))
    with pytest.raises(InputError, match=r"latin1 is not valid UTF-8 \(byte 0xe9 at offset 3\)"):
        read_article(tmp_path / "latin1")
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_article(tmp_path)


def test_read_article_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(("# header\n" + URDU).encode())))
    assert read_article("-") == URDU


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("   \n\t ", "empty"),
        ("The prime minister said the government would keep serving the people.", "English"),
        ("प्रधानमंत्री ने कहा कि सरकार जनता की सेवा करती रहेगी।", "Hindi"),
        ("قال رئيس الوزراء إن الحكومة ستواصل خدمة الشعب وإن البلاد ستتقدم", "Arabic"),
        ("Prime minister said وزیر اعظم نے کہا the government will serve", "mixes scripts"),
        ("12345 !!! 678", "no letters"),
    ],
)
def test_check_article_refuses_non_urdu(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        check_article(text)


def test_check_article_cleans_controls_and_html() -> None:
    assert check_article("\x00" + URDU + "\x07\r\n") == URDU
    page = f"<html><head><style>p{{color:red}}</style></head><body><p>{URDU}</p><script>x()</script></body></html>"
    assert check_article(page) == URDU


def test_too_long_article_is_refused_with_sizes_not_truncated() -> None:
    with pytest.raises(InputError, match=rf"is {len(URDU) * 100:,} characters, over the limit of 1,000 \(model ctx\)"):
        check_article(URDU * 100, max_chars=1000, limit_note="model ctx")
    engine = OpenAIEngine(api_key="k", model="tiny", context_tokens=8192)
    with pytest.raises(InputError, match="what fits the context of model 'tiny'"):
        summarize(URDU * 400, engine=engine)


# --------------------------------------------------------------------------- engine choice


def test_choice_from_environment(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="summarizer"):
        assert registry.choose_engine(None) == "rules"
    assert "using the rules engine" in caplog.text
    assert registry.choose_engine("replay") == "replay"
    monkeypatch.setenv("OPENAI_API_KEY", "sk-x")
    assert registry.choose_engine(None) == "openai"
    monkeypatch.delenv("OPENAI_API_KEY")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://localhost:11434/v1")
    monkeypatch.setenv("SUMMARIZER_MODEL", "qwen2.5:7b")
    engine = registry.get_engine(None)
    assert isinstance(engine, OpenAIEngine) and engine.options.model == "qwen2.5:7b"
    assert engine.base_url == "http://localhost:11434/v1" and engine.mode_name() == "json"
    assert registry.get_engine(None, model="llama3.1").options.model == "llama3.1"  # type: ignore[attr-defined]


def test_unknown_engine_and_bad_options() -> None:
    with pytest.raises(ConfigError, match="unknown engine 'gpt'"):
        registry.get_engine("gpt")
    with pytest.raises(ConfigError, match="apply to engines chosen by name"):
        registry.get_engine(FailingEngine(), model="m")


# --------------------------------------------------------------------------- pipeline


def test_summarize_replay_pipeline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_fake_validators(monkeypatch)
    write_fixture(tmp_path, [{"draft": bad_draft()}, {"draft": good_draft()}])
    brief = summarize(read_article(ARTICLE_PATH), engine="replay", fixtures=str(tmp_path))
    assert brief.validation.passed and brief.meta.attempts == 2
    assert brief.meta.prompt_version == PROMPT_VERSION and brief.meta.engine == "replay"
    ev = brief.key_points[0].evidence[0]
    assert ev.start is not None and article()[ev.start : ev.end] == ev.quote
    async_brief = asyncio.run(asummarize(article(), engine="replay", fixtures=str(tmp_path)))
    assert async_brief.model_dump(exclude={"meta"}) == brief.model_dump(exclude={"meta"})


def test_summarize_with_real_validators(tmp_path: Path) -> None:
    try:
        validators.reask_message([])
    except NotImplementedError:
        pytest.skip("validators not implemented yet")
    write_fixture(tmp_path, [{"draft": bad_draft()}, {"draft": good_draft()}])
    brief = summarize(article(), engine="replay", fixtures=str(tmp_path))
    assert brief.meta.attempts == 2 and "300" not in brief.summary_en


def test_fallback_to_rules_records_reason(fake_rules: None, monkeypatch: pytest.MonkeyPatch) -> None:
    install_fake_validators(monkeypatch)
    brief = summarize(URDU, engine=FailingEngine())
    assert brief.meta.engine == "rules" and brief.meta.extractive
    assert brief.meta.fallback_reason and "HTTP 503" in brief.meta.fallback_reason
    with pytest.raises(EndpointError):
        summarize(URDU, engine=FailingEngine(), fallback=False)


def test_missing_fixture_does_not_fall_back(fake_rules: None, tmp_path: Path) -> None:
    with pytest.raises(FixtureMissing):
        summarize(article(), engine="replay", fixtures=str(tmp_path))


def test_check_brief_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_fake_validators(monkeypatch)
    report = check_brief(article(), BriefDraft.model_validate(bad_draft()))
    assert not report.passed and any("300" in f.message for f in report.findings)
    assert check_brief(article(), good_draft()).passed
    with pytest.raises(InputError, match="not a brief"):
        check_brief(article(), {"headline_en": 3})


def test_import_summarizer_api_does_not_import_openai() -> None:
    code = "import sys, summarizer.api, summarizer.cli; print(sorted(m for m in ('openai', 'instructor') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_fallback_with_the_real_rules_engine() -> None:
    if importlib.util.find_spec("summarizer.engines.rules") is None:
        pytest.skip("the rules engine is not in this tree yet")
    brief = summarize(article(), engine=FailingEngine())
    assert brief.meta.engine == "rules" and "HTTP 503" in (brief.meta.fallback_reason or "")
    assert brief.validation is not None
