"""The team-written examples, their authored fixtures and the gold set agree with each other.

Every quote, Urdu name, Urdu number and place a fixture points at must be an exact substring
of its article (after the header comment is stripped), so a validator that rejects one of
them is rejecting the model's claim, never a slip in our own data.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest

from summarizer.schemas import PLOVER_TYPES, BriefDraft
from summarizer.text.normalize import fold

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
FIXTURES = REPO / "evals" / "fixtures"
GOLD = REPO / "evals" / "datasets" / "gold.jsonl"
HEADER = (
    "# Team-written example for summarizer: fictional news-style text written by the project team, "
    "not a real report."
)
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ENTITY_TYPES = {"person", "organization", "location", "other"}

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.ur.txt"))
NAMES = [p.name.removesuffix(".ur.txt") for p in EXAMPLE_FILES]


def strip_header(raw: str) -> str:
    """The article as the reader sees it: leading `# ` comment lines dropped, then stripped."""
    lines = raw.splitlines()
    i = 0
    while i < len(lines) and lines[i].startswith("# "):
        i += 1
    return "\n".join(lines[i:]).strip()


def article(name: str) -> str:
    return strip_header((EXAMPLES / f"{name}.ur.txt").read_text(encoding="utf-8"))


def fixture(name: str) -> dict[str, Any]:
    path = FIXTURES / f"{name}.json"
    assert path.is_file(), f"no fixture for example {name}"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def gold_rows() -> list[dict[str, Any]]:
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def grounding_problems(draft: dict[str, Any], text: str) -> list[str]:
    """Every place a draft quotes the article but the quote is not in it, named by field."""
    problems: list[str] = []

    def need(value: str | None, where: str) -> None:
        if value is not None and value not in text:
            problems.append(f"{where}: {value!r}")

    quotes = [ev for kp in draft["key_points"] for ev in kp["evidence"]]
    quotes += [ev for event in draft["events"] for ev in event["evidence"]]
    for ev in quotes:
        assert ev["start"] is None and ev["end"] is None
        assert 3 <= len(ev["quote"].split()) <= 30, (
            f"quote of {len(ev['quote'].split())} words: {ev['quote']!r}"
        )
    for i, kp in enumerate(draft["key_points"]):
        assert kp["evidence"], f"key_points[{i}] has no evidence"
        for j, ev in enumerate(kp["evidence"]):
            need(ev["quote"], f"key_points[{i}].evidence[{j}]")
    ids = {e["id"] for e in draft["entities"]}
    assert len(ids) == len(draft["entities"]), "duplicate entity ids"
    for i, ent in enumerate(draft["entities"]):
        need(ent["name_ur"], f"entities[{i}].name_ur")
    for i, q in enumerate(draft["quantities"]):
        need(q["text_ur"], f"quantities[{i}].text_ur")
    for i, event in enumerate(draft["events"]):
        need(event["place_ur"], f"events[{i}].place_ur")
        for j, q in enumerate(event["quantities"]):
            need(q["text_ur"], f"events[{i}].quantities[{j}].text_ur")
        for j, ev in enumerate(event["evidence"]):
            need(ev["quote"], f"events[{i}].evidence[{j}]")
        for ref in event["actors"] + event["targets"]:
            if ref not in ids:
                problems.append(f"events[{i}] refers to unknown entity {ref!r}")
        date = event["date"]
        if date is not None and not ISO_DATE.match(date):
            need(date, f"events[{i}].date (not ISO, so must be as written)")
    need(draft["dateline"]["place_ur"], "dateline.place_ur")
    return problems


def test_enough_examples() -> None:
    assert len(EXAMPLE_FILES) >= 20
    assert (EXAMPLES / "lavrov-visit.ur.txt").is_file(), "the demo article is missing"


@pytest.mark.parametrize("name", NAMES)
def test_example_header_and_length(name: str) -> None:
    raw = (EXAMPLES / f"{name}.ur.txt").read_text(encoding="utf-8")
    assert raw.splitlines()[0] == HEADER
    text = article(name)
    assert not text.startswith("#")
    words = len(text.split())
    assert 150 <= words <= 400, f"{name}: {words} words"


@pytest.mark.parametrize("name", NAMES)
def test_fixture_matches_article(name: str) -> None:
    fx = fixture(name)
    assert set(fx) == {"key", "article", "origin", "model", "prompt_version", "note", "responses"}
    assert fx["key"] == hashlib.sha256(fold(article(name)).encode("utf-8")).hexdigest()[:16]
    assert fx["article"] == f"examples/{name}.ur.txt"
    assert fx["origin"] == "authored" and fx["model"] == "authored"
    assert fx["prompt_version"] == "v1"
    assert fx["note"].strip()
    assert 1 <= len(fx["responses"]) <= 2


@pytest.mark.parametrize("name", NAMES)
def test_fixture_drafts_validate_and_are_grounded(name: str) -> None:
    text = article(name)
    for n, response in enumerate(fixture(name)["responses"]):
        draft = response["draft"]
        BriefDraft.model_validate(draft)
        assert 3 <= len(draft["key_points"]) <= 5, f"response {n}"
        assert draft["entities"] and draft["quantities"] and draft["events"]
        assert grounding_problems(draft, text) == [], f"response {n}"
        english = " ".join(
            [draft["headline_en"], draft["summary_en"]]
            + [kp["text_en"] for kp in draft["key_points"]]
            + [ev["description_en"] for ev in draft["events"]]
        )
        for q in draft["quantities"]:
            assert q["text_en"] in english, f"{name}: quantity {q['text_en']!r} is not in the English text"


def test_reask_fixtures_differ_only_in_summary_en() -> None:
    two = [n for n in NAMES if len(fixture(n)["responses"]) == 2]
    assert len(two) >= 3
    for name in two:
        first, second = (r["draft"] for r in fixture(name)["responses"])
        assert first["summary_en"] != second["summary_en"], name
        rest = {k: v for k, v in first.items() if k != "summary_en"}
        assert rest == {k: v for k, v in second.items() if k != "summary_en"}, name
        assert "first response" in fixture(name)["note"], name


def test_no_stray_fixtures() -> None:
    stray = {p.stem for p in FIXTURES.glob("*.json") if fixture(p.stem)["origin"] == "authored"}
    assert stray <= set(NAMES), f"authored fixtures without an example: {stray - set(NAMES)}"


def test_gold_set_matches_examples() -> None:
    rows = gold_rows()
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)
    assert sorted(r["id"] for r in rows) == NAMES
    for row in rows:
        name = row["id"]
        assert set(row) == {"id", "text", "origin", "reference_summary_ur", "reference_summary_en", "gold"}
        assert row["text"] == article(name)
        assert row["origin"] == "authored"
        assert row["reference_summary_ur"].strip() and row["reference_summary_en"].strip()
        assert row["reference_summary_en"] != fixture(name)["responses"][-1]["draft"]["summary_en"]
        gold = row["gold"]
        assert gold["entities"] and gold["quantities"] and gold["events"], name
        for ent in gold["entities"]:
            assert set(ent) == {"name_en", "name_ur", "type"}
            assert ent["type"] in ENTITY_TYPES and ent["name_ur"] in row["text"], (name, ent)
        for q in gold["quantities"]:
            assert set(q) == {"value", "unit", "text_ur"}
            assert isinstance(q["value"], int | float) and q["text_ur"] in row["text"], (name, q)
        names_en = {e["name_en"] for e in gold["entities"]}
        assert len(names_en) == len(gold["entities"]), f"{name}: an entity is listed twice"
        for event in gold["events"]:
            assert set(event) == {"type", "actors", "targets", "place_en", "date"}
            assert event["type"] in PLOVER_TYPES
            assert set(event["actors"]) | set(event["targets"]) <= names_en, (name, event)


@pytest.mark.corpora
def test_examples_do_not_copy_outside_text(corpora: Path) -> None:
    """No 80-character run (after folding) of the seed article or a corpus appears in an example."""
    width = 80
    windows: dict[str, str] = {}
    for name in NAMES:
        text = fold(article(name))
        for i in range(len(text) - width + 1):
            windows.setdefault(text[i : i + width], name)
    sources = [p for p in corpora.rglob("*") if p.is_file()]
    seed = corpora.parent / "seed"
    if seed.is_dir():
        sources += [p for p in seed.iterdir() if p.is_file()]
    for path in sources:
        other = fold(path.read_text(encoding="utf-8", errors="ignore"))
        for i in range(len(other) - width + 1):
            hit = windows.get(other[i : i + width])
            assert hit is None, f"examples/{hit}.ur.txt shares an 80-char run with {path.name}"


_REPO = Path(__file__).resolve().parent.parent
_URDU_RUN = re.compile(r"[\u0600-\u06ff][\u0600-\u06ff\s\d،۔.,:؛()\-]+")


@pytest.mark.corpora
def test_repository_text_does_not_copy_corpus_sentences(corpora: Path) -> None:
    """No 46-character Urdu run of a test, module, lexicon file, prompt or doc is in a corpus.
    46 is past the longest stock phrase or full institution name the team's own text shares
    with them (میں کھیلے گئے میچ میں پاکستان نے ٹاس جیت کر, 45); a copied sentence is longer."""
    width = 46
    windows: dict[str, str] = {}
    files = [p for top in ("tests", "summarizer", "prompts", "docs") for p in (_REPO / top).rglob("*")
             if p.is_file() and p.suffix in {".py", ".txt", ".tsv", ".md", ".j2", ".json", ".jsonl"}]
    for path in [*files, _REPO / "README.md"]:
        text = path.read_text(encoding="utf-8", errors="ignore")
        for run in _URDU_RUN.findall(text):
            run = " ".join(fold(run).split())
            for i in range(len(run) - width + 1):
                windows.setdefault(run[i : i + width], str(path.relative_to(_REPO)))
    for path in [p for p in corpora.rglob("*") if p.is_file()]:
        other = " ".join(fold(re.sub(r"</?[A-Z]+>", "", path.read_text(encoding="utf-8", errors="ignore"))).split())
        for i in range(len(other) - width + 1):
            hit = windows.get(other[i : i + width])
            assert hit is None, f"{hit} shares a {width}-character run with {path.name}: {other[i : i + width]}"
