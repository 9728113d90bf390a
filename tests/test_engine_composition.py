"""Engines by composition: one structured-call part plus transports; strict schemas on the wire;
the response cache; fixtures named by key; no import cycles, no import upward."""

from __future__ import annotations

import ast
import json
from importlib import resources
from pathlib import Path
from typing import Any

import httpx2
import pytest
from openai_stub import OpenAIStub
from pipeline_support import article, bad_draft, good_draft, install_fake_validators, write_fixture

from summarizer.engines.fixtures import FixtureStore, fixture_key
from summarizer.engines.llama import LlamaEngine
from summarizer.engines.openai_engine import OpenAIEngine
from summarizer.engines.replay import ReplayEngine
from summarizer.engines.structured import StructuredCall
from summarizer.engines.transports import ReplayTransport, completion_for_draft
from summarizer.errors import ValidationFailed


@pytest.fixture(autouse=True)
def _fake_validators(monkeypatch: pytest.MonkeyPatch) -> None:
    install_fake_validators(monkeypatch)
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL", "SUMMARIZER_FIXTURES"):
        monkeypatch.delenv(var, raising=False)


# --------------------------------------------------------------------------- structure


def _imports(module: str) -> set[str]:
    path = resources.files("summarizer.engines") / f"{module}.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def test_engines_never_import_the_api_and_have_no_cycles() -> None:
    modules = [p.name[:-3] for p in resources.files("summarizer.engines").iterdir()
               if p.name.endswith(".py") and p.name != "__init__.py"]  # fmt: skip
    graph = {m: {i.rsplit(".", 1)[-1] for i in _imports(m) if i.startswith("summarizer.engines.")} for m in modules}
    for m in modules:
        assert "summarizer.api" not in _imports(m), f"{m} imports the api layer above it"

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for nxt in graph.get(start, ()):
            if nxt == goal or (nxt not in seen and reaches(nxt, goal, seen | {nxt})):
                return True
        return False

    cycles = [m for m in modules if reaches(m, m, {m})]
    assert cycles == []
    assert "replay" not in graph["openai_engine"] and "openai_engine" not in graph["llama"]


def test_replay_and_llama_compose_instead_of_subclassing() -> None:
    assert not issubclass(ReplayEngine, OpenAIEngine) and not issubclass(LlamaEngine, OpenAIEngine)
    replay = ReplayEngine(fixtures="unused")
    assert isinstance(replay.engine, OpenAIEngine) and replay.engine.transport is replay.replay
    assert isinstance(LlamaEngine(model_path="m.gguf").call, StructuredCall)


def test_structured_call_runs_any_create_function() -> None:
    """The llama engine's path: a plain function returning ChatCompletion objects, no HTTP."""
    from openai.types.chat import ChatCompletion

    from summarizer.engines.structured import CallOptions

    drafts = [bad_draft(), good_draft()]
    seen: list[dict[str, Any]] = []

    def create(**kwargs: Any) -> ChatCompletion:
        seen.append(kwargs)
        body = completion_for_draft(drafts[len(seen) - 1], kwargs, model="local", n=len(seen))
        return ChatCompletion.model_validate(body)

    outcome = StructuredCall(CallOptions(), endpoint="http://local.invalid/v1").run(create, article(), mode="json",
                                                                                    model="local")  # fmt: skip
    assert outcome.stats.attempts == 2 and "250" in outcome.draft.summary_en
    assert seen[1]["messages"][-1]["role"] == "user" and "300 is not in the article" in seen[1]["messages"][-1]["content"]


# --------------------------------------------------------------------------- strict structured outputs


def _capture() -> tuple[httpx2.MockTransport, list[dict[str, Any]]]:
    bodies: list[dict[str, Any]] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        body = json.loads(request.read())
        bodies.append(body)
        return httpx2.Response(200, json=completion_for_draft(good_draft(), body, model="gpt-4o-mini", n=0))

    return httpx2.MockTransport(handler), bodies


def test_openai_default_sends_strict_json_schema() -> None:
    transport, bodies = _capture()
    OpenAIEngine(api_key="sk-test", transport=transport).run(article())
    fmt = bodies[0]["response_format"]
    assert fmt["type"] == "json_schema" and fmt["json_schema"]["strict"] is True
    assert fmt["json_schema"]["name"] and fmt["json_schema"]["schema"]["additionalProperties"] is False
    schema = fmt["json_schema"]["schema"]
    assert sorted(schema["required"]) == sorted(schema["properties"])  # strict: every field required
    assert "tools" not in bodies[0]


def test_vllm_guided_json_through_the_same_field() -> None:
    transport, bodies = _capture()
    OpenAIEngine(base_url="http://vllm.local:8000/v1", mode="json_schema", transport=transport).run(article())
    assert bodies[0]["response_format"]["json_schema"]["strict"] is True
    assert bodies[0]["model"] == "gpt-4o-mini"


def test_tools_strict_marks_the_function_strict() -> None:
    transport, bodies = _capture()
    OpenAIEngine(api_key="sk-test", mode="tools_strict", transport=transport).run(article())
    assert bodies[0]["tools"][0]["function"]["strict"] is True


def test_json_mode_sends_no_schema_field() -> None:
    transport, bodies = _capture()
    OpenAIEngine(base_url="http://ollama.local/v1", transport=transport).run(article())
    assert bodies[0]["response_format"] == {"type": "json_object"}


# --------------------------------------------------------------------------- response cache


def test_cache_pays_nothing_twice(tmp_path: Path) -> None:
    with OpenAIStub([{"draft": bad_draft()}, {"draft": good_draft()}], model="gpt-4o-mini") as stub:
        first = OpenAIEngine(base_url=stub.base_url, cache=str(tmp_path)).run(article())
        assert len(stub.requests) == 2 and first.meta.cost_usd and first.meta.cost_usd > 0
        again = OpenAIEngine(base_url=stub.base_url, cache=str(tmp_path)).run(article())
        assert len(stub.requests) == 2  # both attempts (answer and re-ask) came from the cache
        assert again.draft == first.draft and again.meta.attempts == 2 and again.meta.cost_usd == 0
        OpenAIEngine(base_url=stub.base_url, cache=False).run(article())
        assert len(stub.requests) == 3  # --no-cache asks again (the stub now repeats its good answer)
        OpenAIEngine(base_url=stub.base_url, cache=str(tmp_path), temperature=0.5).run(article())
        assert len(stub.requests) == 4  # other parameters are another key


def test_cached_answers_cost_nothing(tmp_path: Path) -> None:
    transport, bodies = _capture()
    paid = OpenAIEngine(api_key="sk-test", transport=transport, cache=str(tmp_path)).run(article())
    free = OpenAIEngine(api_key="sk-test", transport=transport, cache=str(tmp_path)).run(article())
    assert len(bodies) == 1 and paid.meta.cost_usd and paid.meta.cost_usd > 0
    assert free.meta.cost_usd == 0 and free.meta.tokens_in == paid.meta.tokens_in
    cached = list(tmp_path.rglob("*.json"))
    assert len(cached) == 1 and "sk-test" not in cached[0].read_text(encoding="utf-8")


def test_cache_keys_differ_by_endpoint_model_and_schema() -> None:
    from summarizer.engines.cache import ResponseCache

    req = {"model": "m", "messages": [{"role": "user", "content": "x"}], "response_format": {"type": "json_object"}}
    base = ResponseCache.key("http://a/v1", req)
    assert base == ResponseCache.key("http://a/v1", {**req, "extra_headers": {"X": "1"}})
    assert base != ResponseCache.key("http://b/v1", req)
    assert base != ResponseCache.key("http://a/v1", {**req, "model": "n"})
    assert base != ResponseCache.key("http://a/v1", {**req, "response_format": {"type": "json_schema"}})


def test_failed_validation_is_cached_but_still_fails(tmp_path: Path) -> None:
    with OpenAIStub([{"draft": bad_draft()}], model="m") as stub:
        for _ in range(2):
            with pytest.raises(ValidationFailed):
                OpenAIEngine(base_url=stub.base_url, cache=str(tmp_path), max_reasks=1).run(article())
        assert len(stub.requests) == 2  # the second run asked nothing


# --------------------------------------------------------------------------- fixtures by key


def _write_article(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_recording_two_articles_with_one_file_name_keeps_both(tmp_path: Path) -> None:
    text_a = article()
    text_b = article().replace("250", "250") + "\n\nاضافی جملہ برائے امتحان۔"
    fixtures = tmp_path / "fx"
    with OpenAIStub([{"draft": good_draft()}], model="gpt-4o-mini") as stub:
        for ref, text in (("a/story.ur.txt", text_a), ("b/story.ur.txt", text_b)):
            _write_article(tmp_path / ref, text)
            OpenAIEngine(base_url=stub.base_url, record=True, fixtures=str(fixtures),
                         article_ref=ref).run(text)  # fmt: skip
    names = sorted(p.name for p in fixtures.glob("*.json"))
    assert names == sorted(f"story.{fixture_key(t)}.json" for t in (text_a, text_b))
    replay = ReplayEngine(fixtures=fixtures)
    assert replay.run(text_a).meta.fixture_origin == replay.run(text_b).meta.fixture_origin == "recorded"


def test_fixture_lookup_reads_only_the_named_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_fixture(tmp_path, [{"draft": good_draft()}], name=f"schools.{fixture_key(article())}")
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    store = FixtureStore(tmp_path)
    built: list[int] = []
    monkeypatch.setattr(store, "_build_index", lambda: built.append(1) or {})
    assert store.get(fixture_key(article())) is not None
    assert built == []  # no index was needed
    assert store.get("0" * 16) is None and built == [1]


def test_replay_transport_is_a_plain_transport(tmp_path: Path) -> None:
    write_fixture(tmp_path, [{"draft": good_draft()}])
    engine = OpenAIEngine(base_url="http://any.invalid/v1", transport=ReplayTransport(FixtureStore(tmp_path)))
    assert "250" in engine.run(article()).draft.summary_en
