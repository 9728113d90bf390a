"""The exported JSON Schema files match the models, and BriefDraft suits OpenAI strict outputs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from summarizer.cli import SCHEMA_FILES, schema_documents
from summarizer.schemas import BriefDraft

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"


@pytest.mark.parametrize("name", sorted(SCHEMA_FILES.values()))
def test_schema_files_match_models(name: str) -> None:
    path = SCHEMAS / name
    assert path.is_file(), f"{path} missing: run `summarizer schema --write schemas/`"
    assert json.loads(path.read_text(encoding="utf-8")) == json.loads(schema_documents()[name]), (
        f"{name} drifted from the models: run `summarizer schema --write schemas/`"
    )


def _objects(node: Any, defs: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        if node.get("type") == "object" or "properties" in node:
            found.append(node)
        for value in node.values():
            found += _objects(value, defs)
    elif isinstance(node, list):
        for value in node:
            found += _objects(value, defs)
    return found


def test_brief_draft_is_strict_compatible_as_written() -> None:
    schema = BriefDraft.model_json_schema()
    objects = _objects(schema, schema.get("$defs", {}))
    assert len(objects) >= 7  # BriefDraft, KeyPoint, Evidence, Entity, QuantityClaim, Event, Dateline
    for obj in objects:
        assert obj.get("additionalProperties") is False, obj.get("title")
        assert sorted(obj.get("required", [])) == sorted(obj["properties"]), obj.get("title")


def test_openai_strict_conversion_accepts_brief_draft() -> None:
    from openai.lib._pydantic import to_strict_json_schema

    strict = to_strict_json_schema(BriefDraft)
    for obj in _objects(strict, strict.get("$defs", {})):
        assert obj["additionalProperties"] is False
        assert set(obj["required"]) == set(obj["properties"])


def test_openai_pydantic_function_tool_builds_strict_tool() -> None:
    import openai

    tool = openai.pydantic_function_tool(BriefDraft)
    assert tool["function"]["strict"] is True and tool["function"]["name"] == "BriefDraft"
