"""The eval suite: loaders, tokenizer, metrics, resumable runs, compare, thresholds, CLI."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from rouge_score.rouge_scorer import RougeScorer
from typer.testing import CliRunner

from summarizer.errors import ConfigError, DatasetError, FixtureMissing, InputError, ValidationFailed
from summarizer.evals import runner as runner_mod
from summarizer.evals.cli import eval_app
from summarizer.evals.compare import compare_runs, print_comparison
from summarizer.evals.datasets import GoldEntity, load_dataset
from summarizer.evals.metrics import (
    aggregate,
    entity_matches,
    flatten,
    percentile,
    quantity_matches,
)
from summarizer.evals.runner import EvalConfig, read_results, run_eval
from summarizer.evals.thresholds import check_thresholds, load_thresholds, rules_for
from summarizer.evals.tokenize import UrduTokenizer, tokenize
from summarizer.schemas import (
    Brief,
    Dateline,
    Entity,
    Event,
    Finding,
    FindingKind,
    Meta,
    QuantityClaim,
    Span,
    ValidationReport,
)

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO / "evals" / "datasets" / "gold.jsonl"
# Team-written toy Urdu (not from any corpus).
UR_A = "پاکستان نے میچ جیت لیا"
UR_B = "پاکستان نے میچ ہار دیا"


# --------------------------------------------------------------------------- helpers


def _write_jsonl(path: Path, rows: list[Any]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _brief(*, summary_ur: str = UR_A, summary_en: str = "the team won the match",
           entities: list[Entity] | None = None, quantities: list[QuantityClaim] | None = None,
           events: list[Event] | None = None, findings: list[Finding] | None = None,
           numbers: int = 0, names: int = 0, attempts: int = 1, latency: float = 10.0,
           origin: str | None = None, engine: str = "fake") -> Brief:  # fmt: skip
    findings = findings or []
    return Brief(
        headline_ur=UR_A, headline_en="the team won", summary_ur=summary_ur, summary_en=summary_en,
        key_points=[], entities=entities or [], quantities=quantities or [], events=events or [],
        dateline=Dateline(place_en=None, place_ur=None, agency=None),
        validation=ValidationReport(passed=not any(f.severity == "error" for f in findings), findings=findings,
                                    numbers_checked=numbers, names_checked=names),
        meta=Meta(engine=engine, attempts=attempts, latency_ms=latency, fixture_origin=origin,  # type: ignore[arg-type]
                  prompt_version="v1"),
    )  # fmt: skip


def _finding(kind: FindingKind, text: str, field: str = "summary_en") -> Finding:
    return Finding(
        kind=kind, field=field, claim=Span(start=0, end=len(text), text=text), message="unsupported"
    )


def _entity(i: str, en: str, ur: str) -> Entity:
    return Entity(id=i, name_en=en, name_ur=ur, type="person", role_en=None)


def _dataset(tmp_path: Path, n: int, *, reference: bool = True) -> Path:
    rows = []
    for i in range(n):
        row: dict[str, Any] = {"id": f"a{i:02d}", "text": f"{UR_A} {i}۔ دوسرا جملہ یہاں ہے۔"}
        if reference:
            row["reference_summary_ur"] = UR_B
        rows.append(row)
    return _write_jsonl(tmp_path / "toy.jsonl", rows)


class FakeEngine:
    """Counts calls; raises the error mapped to an id's text marker."""

    def __init__(self, errors: dict[str, Exception] | None = None) -> None:
        self.calls: list[str] = []
        self.errors = errors or {}

    def __call__(self, text: str) -> Brief:
        self.calls.append(text)
        for marker, exc in self.errors.items():
            if marker in text:
                raise exc
        return _brief(numbers=2, names=2, findings=[_finding(FindingKind.NUMBER, "5")])


def _run(tmp_path: Path, data: Path, out: str, fake: Callable[[str], Brief], **kw: Any) -> runner_mod.EvalRun:
    config = EvalConfig(dataset=str(data), engine="replay", **kw)
    return run_eval(
        config, tmp_path / out, summarize=fake, rules=lambda t: UR_A, progress=False
    )


# --------------------------------------------------------------------------- datasets


def test_project_loader_records_bad_lines_and_goes_on(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "d.jsonl", [
        {"id": "ok1", "text": UR_A, "reference_summary_ur": UR_B,
         "gold": {"entities": [{"name_en": "Pakistan", "name_ur": "پاکستان", "type": "location"}]}},
        '{"id": "broken", "text": ',
        {"id": "no-text"},
        "",
        {"id": "ok1", "text": UR_B},
        {"id": "ok2", "text": UR_B, "gold": {"quantities": [{"value": "many"}]}},
        {"id": "ok3", "text": UR_B},
    ])  # fmt: skip
    ds = load_dataset(path)
    assert ds.kind == "project"
    assert [a.id for a in ds] == ["ok1", "ok3"]
    assert ds.articles[0].reference_ur == UR_B
    assert ds.articles[0].gold is not None and ds.articles[0].gold.entities[0].name_ur == "پاکستان"
    reasons = {i.line: i.reason for i in ds.issues}
    assert set(reasons) == {2, 3, 5, 6}
    assert "invalid JSON" in reasons[2]
    assert "text" in reasons[3]
    assert "duplicate id" in reasons[5]
    assert "gold.quantities.0.value" in reasons[6]


def test_xlsum_shape_is_detected(tmp_path: Path) -> None:
    path = _write_jsonl(
        tmp_path / "x.jsonl",
        [{"id": "slug-1", "text": UR_A, "summary": UR_B}, {"id": "slug-2", "summary": UR_B}],
    )
    ds = load_dataset(path)
    assert ds.kind == "xlsum"
    assert ds.articles[0].reference_ur == UR_B and ds.articles[0].reference_en is None
    assert len(ds.issues) == 1 and ds.issues[0].line == 2 and "text" in ds.issues[0].reason


def test_counter_folder_sources_only_with_metadata(tmp_path: Path) -> None:
    folder = tmp_path / "counter"
    folder.mkdir()
    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n<COUNTER_document classification="{c}" domain="sports" '
           'newsdate="01.12.14" newspaper="{n}"><headline>{h}</headline><body>{b}</body></COUNTER_document>')  # fmt: skip
    (folder / "0001.xml").write_text(doc.format(c="WD", n="APP", h=UR_A, b=UR_B), encoding="utf-8")
    (folder / "0001p.xml").write_text(doc.format(c="WD", n="daily_x", h=UR_B, b=UR_A), encoding="utf-8")
    (folder / "0002.xml").write_text("<COUNTER_document><body>unclosed", encoding="utf-8")
    ds = load_dataset(folder)
    assert ds.kind == "counter" and [a.id for a in ds] == ["0001"]
    art = ds.articles[0]
    assert art.text == f"{UR_A}\n{UR_B}" and art.reference_ur is None
    assert art.metadata == {"classification": "WD", "domain": "sports", "newsdate": "01.12.14", "newspaper": "APP",
                            "rewrite_newspaper": "daily_x", "rewrite_classification": "WD"}  # fmt: skip
    assert ds.issues[0].source == "0002.xml" and "malformed XML" in ds.issues[0].reason


def test_unknown_dataset_is_a_dataset_error(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="not found"):
        load_dataset(tmp_path / "nope.jsonl")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(DatasetError, match="without COUNTER"):
        load_dataset(empty)


@pytest.mark.corpora
def test_shared_corpora_load(corpora: Path) -> None:
    xl = load_dataset(corpora / "xlsum-urdu.jsonl")
    assert xl.kind == "xlsum" and len(xl) == 488 and not xl.issues
    assert all(a.reference_ur for a in xl)
    counter = load_dataset(corpora / "counter")
    assert counter.kind == "counter" and len(counter) == 300
    assert {"classification", "domain", "newsdate", "newspaper"} <= counter.articles[0].metadata.keys()


# --------------------------------------------------------------------------- tokenizer


def test_tokenizer_keeps_urdu_where_the_default_drops_it() -> None:
    assert tokenize("پاکستان میں ۱٬۵۰۰ افراد، Hello 2.5") == [
        "پاکستان",
        "میں",
        "1,500",
        "افراد",
        "hello",
        "2.5",
    ]
    # Arabic and Urdu letter forms fold alike: ي/ی and ك/ک.
    assert tokenize("پاكستاني") == tokenize("پاکستانی")
    default = RougeScorer(["rouge1", "rouge2"])
    ours = RougeScorer(["rouge1", "rouge2"], tokenizer=UrduTokenizer())
    assert default.score(UR_A, UR_B)["rouge1"].fmeasure == 0.0  # every Urdu token dropped
    scores = ours.score(UR_A, UR_B)
    assert scores["rouge1"].fmeasure == pytest.approx(3 / 5)  # پاکستان نے میچ of 5 tokens each
    assert scores["rouge2"].fmeasure == pytest.approx(2 / 4)


# --------------------------------------------------------------------------- metrics


def test_gold_matching_known_answers() -> None:
    claims = [QuantityClaim(value=150000, unit="people", text_ur="ڈیڑھ لاکھ", text_en="150,000"),
              QuantityClaim(value=47, unit="runs", text_ur="47", text_en="47")]  # fmt: skip
    assert quantity_matches([150000.0, 47.0, 312.0, 150.0], claims) == [True, True, False, False]
    gold = [
        GoldEntity(name_en="Sergey Lavrov", name_ur="سرگئی لاوروف"),
        GoldEntity(name_en="Islamabad", name_ur="اسلام آباد"),
        GoldEntity(name_en="State Bank", name_ur="اسٹیٹ بینک"),
        GoldEntity(name_en="Karachi", name_ur="کراچی"),
    ]
    pred = [
        _entity("e1", "Lavrov", "لاوروف"),  # partial name, same person
        _entity("e2", "Islamabad", "اسلام اباد"),  # English name equal
        _entity("e3", "Lahore", "لاہور"),  # a different entity
    ]
    assert entity_matches(gold, pred) == [True, True, False, False]


def test_aggregate_known_answers() -> None:
    ok1 = {"id": "1", "status": "ok", "engine": "openai", "prompt_version": "v1", "attempts": 1, "latency_ms": 100.0,
           "passed": True, "numbers_checked": 6, "names_checked": 4, "grounding_errors": 1, "grounding_precision": 0.9,
           "findings": {"number": 1}, "consistency": 2, "recall": {"quantities": [2, 4], "entities": [1, 1], "events": [0, 1]},
           "rouge_ur": {"rouge1": 0.5, "rouge2": 0.25, "rougeL": 0.5}, "chrf_ur": 40.0,
           "baselines": {"lead1": {"rouge": {"rouge1": 0.3, "rouge2": 0.1, "rougeL": 0.2}, "chrf": 30.0}},
           "fixture_origin": "authored", "tokens_in": 1000, "tokens_out": 200, "cost_usd": 0.01}  # fmt: skip
    ok2 = {**ok1, "id": "2", "attempts": 3, "latency_ms": 300.0, "numbers_checked": 0, "names_checked": 0,
           "grounding_errors": 0, "grounding_precision": None, "passed": False, "findings": {"name": 2},
           "consistency": 0, "recall": {"quantities": [1, 1], "entities": [0, 0], "events": [1, 1]},
           "rouge_ur": {"rouge1": 0.7, "rouge2": 0.35, "rougeL": 0.6}, "chrf_ur": 60.0, "fixture_origin": "recorded"}  # fmt: skip
    bad = {"id": "3", "status": "failed", "error_kind": "ValidationFailed", "reason": "x", "attempts": 3,
           "recall": {"quantities": [0, 5], "entities": [0, 2], "events": [0, 0]}}  # fmt: skip
    issue = {
        "id": "!d.jsonl:4",
        "status": "dataset_error",
        "source": "d.jsonl",
        "line": 4,
        "reason": "invalid JSON",
    }
    m = aggregate([ok1, ok2, bad, issue])
    assert m["articles"] == 3 and m["scored"] == 2 and m["failed"] == 1 and m["dataset_errors"] == 1
    assert m["completion_rate"] == pytest.approx(2 / 3, abs=1e-4)
    assert m["schema_valid_rate"] == pytest.approx(2 / 3, abs=1e-4)  # the ValidationFailed one counts
    assert m["validation_pass_rate"] == 0.5
    assert m["grounding_precision"] == pytest.approx(
        0.9
    )  # (10 - 1) / 10: the article with nothing checked adds nothing
    assert m["findings_per_article"] == {"name": 1.0, "number": 0.5}
    assert m["consistency_per_article"] == 1.0
    assert m["recall"] == {
        "quantities": pytest.approx(3 / 10),
        "entities": pytest.approx(1 / 3, abs=1e-4),
        "events": 0.5,
    }
    assert m["rouge_ur"]["rougeL"] == pytest.approx(55.0) and m["rouge_ur"]["chrf"] == pytest.approx(50.0)
    assert m["baselines"]["lead1"]["rouge1"] == pytest.approx(30.0) and m["baselines"]["lead1"]["n"] == 2
    assert m["reask_rate"] == pytest.approx(2 / 3, abs=1e-4) and m["attempts_mean"] == pytest.approx(
        7 / 3, abs=1e-4
    )
    assert m["latency_ms"] == {"p50": 200.0, "p90": 280.0, "p99": 298.0}
    assert m["failures_by_reason"] == {"ValidationFailed": 1}
    assert m["fixture_origin"] == {"authored": 1, "recorded": 1}
    assert m["dataset_issues"] == [{"line": 4, "source": "d.jsonl", "reason": "invalid JSON"}]
    flat = flatten(m)
    assert flat["recall.events"] == 0.5 and flat["latency_ms.p99"] == 298.0


def test_percentile() -> None:
    assert percentile([], 50) is None
    assert percentile([5.0], 99) == 5.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 50) == 2.5


def test_scorer_on_a_hand_made_brief() -> None:
    from summarizer.evals.datasets import Article, Gold, GoldEvent, GoldQuantity
    from summarizer.evals.metrics import Scorer

    article = Article(
        id="t", text=f"{UR_A}۔ دوسرا جملہ۔", reference_ur=UR_B,
        gold=Gold(entities=[GoldEntity(name_en="Pakistan", name_ur="پاکستان", type="location")],
                  quantities=[GoldQuantity(value=3), GoldQuantity(value=7)],
                  events=[GoldEvent(type="FIGHT", actors=["Pakistan"]), GoldEvent(type="AGREE", actors=["Pakistan"])]),
    )  # fmt: skip
    ev = Event(type="FIGHT", description_en="pakistan played", actors=["e1"], targets=[], place_en=None, place_ur=None,
               date=None, quantities=[QuantityClaim(value=3, unit=None, text_ur="3", text_en="3")], evidence=[])  # fmt: skip
    brief = _brief(entities=[_entity("e1", "Pakistan", "پاکستان")], events=[ev], numbers=4, names=1,
                   findings=[_finding(FindingKind.NUMBER, "9"), _finding(FindingKind.EVIDENCE, "q")])  # fmt: skip
    rec = Scorer().score(article, brief, wall_ms=1.0)
    assert rec["grounding_precision"] == pytest.approx(0.8)  # 1 number error of 5 checked
    assert rec["findings"] == {"number": 1, "evidence": 1}
    assert rec["recall"] == {"quantities": [1, 2], "entities": [1, 1], "events": [1, 2]}
    assert rec["rouge_ur"]["rouge1"] == pytest.approx(0.6)
    assert 0 < rec["chrf_ur"] < 100


# --------------------------------------------------------------------------- runs


def test_failures_are_recorded_and_the_run_goes_on(tmp_path: Path) -> None:
    data = _write_jsonl(tmp_path / "d.jsonl", [
        {"id": "good", "text": UR_A}, {"id": "v", "text": f"{UR_A} VF"}, {"id": "f", "text": f"{UR_A} FM"},
        {"id": "i", "text": f"{UR_A} IE"}, "not json",
    ])  # fmt: skip
    fake = FakeEngine({
        "VF": ValidationFailed("still 2 number errors", attempts=3),
        "FM": FixtureMissing("no fixture", key="abc"),
        "IE": InputError("not Urdu"),
    })  # fmt: skip
    run = _run(tmp_path, data, "r", fake)
    m = run.metrics
    assert m["scored"] == 1 and m["failed"] == 3 and m["dataset_errors"] == 1
    assert m["failures_by_reason"] == {"ValidationFailed": 1, "FixtureMissing": 1, "InputError": 1}
    assert (
        m["completion_rate"] == 0.25 and m["schema_valid_rate"] == 0.5
    )  # a missing fixture is no schema failure
    by_id = {r["id"]: r for r in run.records}
    assert by_id["v"]["attempts"] == 3 and by_id["f"]["fixture_key"] == "abc"
    assert by_id["!d.jsonl:5"]["line"] == 5
    report = (tmp_path / "r" / "report.md").read_text(encoding="utf-8")
    assert "ValidationFailed 1" in report and "| d.jsonl | 5 |" in report
    assert (tmp_path / "r" / "report.html").read_text(encoding="utf-8").startswith("<!doctype html>")


def test_resume_skips_scored_ids_and_keeps_them(tmp_path: Path) -> None:
    data = _dataset(tmp_path, 10)
    first = FakeEngine()
    run1 = _run(tmp_path, data, "r", first, limit=5)
    assert run1.new == 5 and len(first.calls) == 5
    # An interruption mid-write leaves a torn last line; the resumed run drops it.
    with (tmp_path / "r" / "results.jsonl").open("a", encoding="utf-8") as fh:
        fh.write('{"id": "a05", "status": "o')
    second = FakeEngine()
    run2 = _run(tmp_path, data, "r", second)
    assert run2.skipped == 5 and run2.new == 5 and len(second.calls) == 5
    ids = [r["id"] for r in read_results(tmp_path / "r")]
    assert sorted(ids) == [f"a{i:02d}" for i in range(10)] and len(set(ids)) == 10
    assert run2.metrics["scored"] == 10
    assert run2.metrics["grounding_precision"] == pytest.approx(0.75)  # 1 error of 4 checked, each article
    assert run2.metrics["baselines"]["rules"]["rouge1"] == pytest.approx(60.0)
    # A third run has nothing left to do.
    third = FakeEngine()
    assert _run(tmp_path, data, "r", third).new == 0 and not third.calls


def test_resume_refuses_other_settings(tmp_path: Path) -> None:
    data = _dataset(tmp_path, 2)
    _run(tmp_path, data, "r", FakeEngine())
    with pytest.raises(ConfigError, match="engine"):
        run_eval(
            EvalConfig(dataset=str(data), engine="rules"),
            tmp_path / "r",
            summarize=FakeEngine(),
            progress=False,
        )


# --------------------------------------------------------------------------- compare


def _record(ident: str, gp: float | None = 1.0, *, keys: list[str] | None = None, rl: float = 0.5,
            status: str = "ok") -> dict[str, Any]:  # fmt: skip
    if status == "failed":
        return {
            "id": ident,
            "status": "failed",
            "error_kind": "ValidationFailed",
            "reason": "bad",
            "recall": None,
        }
    return {"id": ident, "status": "ok", "engine": "x", "attempts": 1, "passed": True, "numbers_checked": 4,
            "names_checked": 0, "grounding_errors": round((1 - (gp or 1)) * 4), "grounding_precision": gp,
            "findings": {}, "finding_keys": keys or [], "consistency": 0, "recall": None,
            "rouge_ur": {"rouge1": rl, "rouge2": rl, "rougeL": rl}, "chrf_ur": 50.0}  # fmt: skip


def _run_dir(path: Path, records: list[dict[str, Any]]) -> Path:
    path.mkdir()
    _write_jsonl(path / "results.jsonl", records)
    return path


def test_compare_orders_regressions_worst_first(tmp_path: Path) -> None:
    a = _run_dir(tmp_path / "A", [_record("same"), _record("drop-small"), _record("drop-big"), _record("dies"),
                                  _record("new-finding"), _record("fixed", status="failed"), _record("rouge")])  # fmt: skip
    b = _run_dir(tmp_path / "B", [_record("same"), _record("drop-small", 0.75), _record("drop-big", 0.25),
                                  _record("dies", status="failed"), _record("new-finding", keys=["number|summary_en|5"]),
                                  _record("fixed"), _record("rouge", rl=0.1)])  # fmt: skip
    cmp = compare_runs(a, b)
    assert [r.id for r in cmp.regressions] == ["dies", "drop-big", "drop-small", "new-finding", "rouge"]
    assert cmp.regressions[1].grounding_drop == pytest.approx(0.75)
    assert cmp.regressions[3].new_findings == ["number|summary_en|5"]
    assert cmp.fixed == ["fixed"]
    deltas = {d.name: d for d in cmp.deltas}
    assert deltas["failed"].delta == 0 and deltas["grounding_precision"].better is False
    from rich.console import Console

    console = Console(record=True, width=200)
    print_comparison(cmp, console)
    text = console.export_text()
    assert text.index("dies") < text.index("drop-big") < text.index("drop-small")


def test_compare_rejects_a_folder_without_results(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not an eval run"):
        compare_runs(tmp_path, tmp_path)


# --------------------------------------------------------------------------- thresholds


def test_thresholds_pass_fail_and_missing(tmp_path: Path) -> None:
    toml = tmp_path / "t.toml"
    toml.write_text(
        '[toy.any.min]\nschema_valid_rate = 0.9\n"recall.entities" = 0.5\n'
        "[toy.replay.min]\nschema_valid_rate = 0.99\n[toy.replay.max]\nerrors_per_article = 1.0\n",
        encoding="utf-8",
    )
    table = load_thresholds(toml)
    rules = rules_for(table, "toy", "replay")
    assert rules[("schema_valid_rate", "min")] == 0.99  # the engine's own table wins
    results = {
        r.metric: r for r in check_thresholds({"schema_valid_rate": 0.95, "errors_per_article": 0.5}, rules)
    }
    assert not results["schema_valid_rate"].passed
    assert results["errors_per_article"].passed
    assert not results["recall.entities"].passed and results["recall.entities"].value is None
    ok = check_thresholds(
        {"schema_valid_rate": 1.0, "errors_per_article": 1.0, "recall.entities": 0.5}, rules
    )
    assert all(r.passed for r in ok)
    toml.write_text("[toy\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_thresholds(toml)


def test_repo_thresholds_file_parses() -> None:
    table = load_thresholds()
    assert rules_for(table, "gold", "replay"), "gold/replay floors must exist"


# --------------------------------------------------------------------------- CLI


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> FakeEngine:
    fake = FakeEngine()
    monkeypatch.setattr(runner_mod, "make_summarize", lambda config, engine=None: fake)
    return fake


def test_cli_eval_dataset_then_compare(tmp_path: Path, fake_engine: FakeEngine) -> None:
    data = _dataset(tmp_path, 4)
    toml = tmp_path / "t.toml"
    toml.write_text("[toy.any.min]\ngrounding_precision = 0.7\n", encoding="utf-8")
    cli = CliRunner()
    res = cli.invoke(eval_app, [str(data), "--out", str(tmp_path / "A"), "--engine", "rules", "--thresholds", str(toml),
                                "--check-thresholds", "-q"])  # fmt: skip
    assert res.exit_code == 0, res.output
    assert len(set(fake_engine.calls)) == 4  # (plus one warm-up call before timing)
    assert json.loads((tmp_path / "A" / "metrics.json").read_text())["scored"] == 4
    toml.write_text("[toy.any.min]\ngrounding_precision = 0.8\n", encoding="utf-8")
    res = cli.invoke(eval_app, ["run", str(data), "-o", str(tmp_path / "B"), "-e", "rules", "--thresholds", str(toml),
                                "--check-thresholds"])  # fmt: skip
    assert res.exit_code == 1, res.output
    assert "below threshold" in res.output and "grounding_precision" in res.output
    res = cli.invoke(eval_app, ["compare", str(tmp_path / "A"), str(tmp_path / "B")])
    assert res.exit_code == 0, res.output
    assert "No article regressed" in res.output


def test_cli_reports_bad_input_clearly(tmp_path: Path, fake_engine: FakeEngine) -> None:
    cli = CliRunner()
    res = cli.invoke(eval_app, [str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "o")])
    assert res.exit_code == 2 and "dataset not found" in res.output
    res = cli.invoke(eval_app, ["gold", "--out", str(tmp_path / "o"), "--record"])
    assert res.exit_code != 0 and "--record needs --engine openai" in res.output
    res = cli.invoke(eval_app, ["compare", str(tmp_path), str(tmp_path)])
    assert res.exit_code == 2 and "not an eval run" in res.output


# --------------------------------------------------------------------------- record, then replay


def test_record_against_a_stub_endpoint_then_replay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from openai_stub import OpenAIStub
    from pipeline_support import article, good_draft, install_fake_validators

    install_fake_validators(monkeypatch)  # the stub's draft passes whatever the real validators flag
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    data = _write_jsonl(tmp_path / "one.jsonl", [{"id": "schools", "text": article()}])
    fixtures = tmp_path / "fixtures"
    secret = "sk-evalsecret123456"
    with OpenAIStub([{"draft": good_draft()}], api_key=secret, echo_auth=True) as stub:
        config = EvalConfig(dataset=str(data), engine="openai", model="stub-model", base_url=stub.base_url,
                            api_key=secret, record=True, fixtures_dir=str(fixtures))  # fmt: skip
        live = run_eval(config, tmp_path / "live", progress=False)
        assert len(stub.requests) == 1
    assert live.metrics["scored"] == 1, live.records
    written = list(fixtures.glob("*.json"))
    assert len(written) == 1
    text = written[0].read_text(encoding="utf-8")
    assert secret not in text and json.loads(text)["origin"] == "recorded"
    assert all(secret not in p.read_text(encoding="utf-8") for p in (tmp_path / "live").iterdir())
    replay = run_eval(EvalConfig(dataset=str(data), engine="replay", fixtures_dir=str(fixtures)), tmp_path / "replay",
                      progress=False)  # fmt: skip
    rec_live, rec_replay = live.records[0], replay.records[0]
    assert rec_replay["status"] == "ok" and rec_replay["fixture_origin"] == "recorded"
    for key in ("finding_keys", "numbers_checked", "names_checked", "tokens_in", "tokens_out"):
        assert rec_replay[key] == rec_live[key], key


# --------------------------------------------------------------------------- the CI suite


def test_replay_over_the_gold_set_meets_its_thresholds(tmp_path: Path) -> None:
    """The replay suite CI runs: every floor in evals/thresholds.toml [gold.replay] holds."""
    run = run_eval(EvalConfig(dataset=str(GOLD), engine="replay"), tmp_path / "gold", progress=False)
    assert run.metrics["articles"] >= 5 and run.thresholds, "gold set or its thresholds are missing"
    failing = [f"{t.metric}={t.value} ({t.bound} {t.limit})" for t in run.thresholds if not t.passed]
    assert not failing, f"below thresholds: {failing}; failures: {run.metrics['failures_by_reason']}"


@pytest.mark.corpora
@pytest.mark.parametrize("name", ["xlsum", "counter"])
def test_rules_engine_over_the_corpora_meets_its_thresholds(name: str, corpora: Path, tmp_path: Path) -> None:
    """CI's corpus suites: the rules engine (there are no fixtures for corpus articles)."""
    path = corpora / ("xlsum-urdu.jsonl" if name == "xlsum" else "counter")
    run = run_eval(EvalConfig(dataset=str(path), engine="rules"), tmp_path / name, progress=False)
    assert run.dataset.name == name and run.thresholds
    failing = [f"{t.metric}={t.value} ({t.bound} {t.limit})" for t in run.thresholds if not t.passed]
    assert not failing, f"below thresholds: {failing}; failures: {run.metrics['failures_by_reason']}"
    if name == "xlsum":
        assert run.metrics["baselines"]["lead1"]["n"] == 488
        assert "indicative, not directly comparable" in (tmp_path / name / "report.md").read_text(
            encoding="utf-8"
        )


def test_worker_processes_give_the_same_records_as_one_process(tmp_path: Path) -> None:
    """`jobs=2` with replay forks warm worker processes; the scored records must not change."""
    config = dict(dataset=str(GOLD), engine="replay", limit=8, baselines=False)
    one = run_eval(EvalConfig(**config), tmp_path / "one", progress=False)  # type: ignore[arg-type]
    two = run_eval(EvalConfig(**config, jobs=2), tmp_path / "two", progress=False)  # type: ignore[arg-type]
    def strip(r: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in r.items() if k not in ("wall_ms", "latency_ms")}

    assert [r["status"] for r in two.records] == ["ok"] * 8
    assert [strip(r) for r in two.records] == [strip(r) for r in one.records]
