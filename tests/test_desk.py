"""The translator's desk from the command line: `summarizer check ARTICLE BRIEF` with a plain
text, Markdown, JSON or stdin brief; findings located by line and column, each with the Urdu
sentence it is about, and every number and name linked to its evidence."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.desk.check import check_brief_text
from summarizer.desk.document import blank_markdown, detect_lang, parse_brief
from summarizer.desk.terminal import FSI, PDI
from summarizer.errors import InputError

ARTICLE = Path(__file__).resolve().parent.parent / "examples" / "lavrov-visit.ur.txt"
runner = CliRunner()

BRIEF = """\
# Lavrov in *Pakistan*

Russian Foreign Minister Sergei Lavrov arrived in Islamabad on Tuesday with a 15-member delegation.
The two sides set a target of $5 billion in trade within three years.

1. Lavrov met army chief Qamar Javed Bajwa in Karachi.
2. Pakistan will buy 1.5 million tons of wheat from Russia.
"""


@pytest.fixture(autouse=True)
def _no_llm(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(var, raising=False)


def _article() -> str:
    return ARTICLE.read_text(encoding="utf-8")


def test_findings_are_located_by_line_and_column_in_a_markdown_brief() -> None:
    report = check_brief_text(_article(), BRIEF)
    assert report.brief_format == "markdown"
    where = {d.finding.claim.text: d.location for d in report.findings}
    assert set(where) == {"15", "Qamar Javed Bajwa", "1.5 million tons"}
    lines = BRIEF.splitlines()
    for claim, loc in where.items():
        assert loc is not None
        assert lines[loc.line - 1][loc.column - 1 : loc.end_column - 1] == claim
    assert report.errors == 3 and not report.passed


def test_the_source_sentence_is_the_one_about_the_claim() -> None:
    report = check_brief_text(_article(), BRIEF)
    by_claim = {d.finding.claim.text: d for d in report.findings}
    delegation = by_claim["15"].source_sentence
    assert delegation is not None and "۱۲ رکنی وفد" in delegation.text
    # no near name for Bajwa: the sentence that shares Lavrov and the army chief is shown
    meeting = by_claim["Qamar Javed Bajwa"].source_sentence
    assert meeting is not None and "آرمی چیف سے بھی ملاقات" in meeting.text
    wheat = by_claim["1.5 million tons"].source_sentence
    assert wheat is not None and "ڈیڑھ لاکھ ٹن" in wheat.text


def test_numbers_and_names_link_to_every_piece_of_evidence() -> None:
    report = check_brief_text(_article(), "Trade is to reach $5 billion, Lavrov said in Islamabad.")
    links = {ln.claim.text: ln for ln in report.links}
    assert [e.text for e in links["$5 billion"].evidence] == ["پانچ ارب ڈالر", "پانچ ارب ڈالر"]
    assert links["$5 billion"].status == "ok"
    lavrov = {e.text for e in links["Lavrov"].evidence}
    assert {"لاوروف", "لاروف"} <= lavrov  # other spellings of the name, sentence by sentence
    assert links["Islamabad"].evidence[0].text == "اسلام آباد"


def test_markdown_list_numbers_and_headings_are_not_claims() -> None:
    blanked = blank_markdown("## 3 things\n\n1. Lavrov [arrived](http://x/9) **on Tuesday**.\n")
    assert "3 things" in blanked and "1." not in blanked and "9" not in blanked and "*" not in blanked
    assert len(blanked) == len("## 3 things\n\n1. Lavrov [arrived](http://x/9) **on Tuesday**.\n")
    report = check_brief_text(_article(), "1. Lavrov arrived in Islamabad.\n2. He met the army chief.\n")
    assert report.findings == []


def test_urdu_brief_is_detected_and_checked_in_urdu() -> None:
    brief = "روسی وزیر خارجہ سرگئی لاروف ۱۵ رکنی وفد کے ساتھ اسلام آباد پہنچے۔"
    assert detect_lang(brief) == "ur"
    report = check_brief_text(_article(), brief)
    assert [t.lang for t in report.texts] == ["ur"]
    assert [d.finding.claim.text for d in report.findings] == ["۱۵"]
    forced = check_brief_text(_article(), brief, lang="en")
    assert [t.lang for t in forced.texts] == ["en"]


def test_bilingual_markdown_checks_each_language_on_its_own() -> None:
    doc = parse_brief("# Lavrov visits\n\nسرگئی لاروف اسلام آباد پہنچے۔\n\nLavrov arrived in Islamabad.\n")
    assert [s.lang for s in doc.segments] == ["en", "ur", "en"]


def test_json_brief_partial_and_positions_inside_escaped_strings() -> None:
    brief = json.dumps({"headline_en": "Lavrov\nin \u00abIslamabad\u00bb", "summary_en": "A \"15-member\" delegation came."},
                       indent=2, ensure_ascii=True)  # fmt: skip
    report = check_brief_text(_article(), brief)
    assert report.brief_format == "json"
    [finding] = report.findings
    assert finding.finding.field == "summary_en" and finding.finding.claim.text == "15"
    loc = finding.location
    assert loc is not None
    assert brief.splitlines()[loc.line - 1][loc.column - 1 : loc.end_column - 1] == "15"


@pytest.mark.parametrize(
    ("brief", "message"),
    [("", "is empty"), ("{not json", "is not JSON: line 1, column 2"), ('{"title": "x"}', "none of a brief's fields"),
     ('["summary_en"]', "not a brief object"), ('{"key_points": [{"text_en": "x"}]}', "key_points.0.text_ur"),
     ("## --- 12\n", "no words to check")],
)  # fmt: skip
def test_bad_briefs_say_what_is_wrong(brief: str, message: str) -> None:
    with pytest.raises(InputError, match=message.replace(".", r"\.")):
        parse_brief(brief)


def test_cli_human_output_exit_codes_and_direction_safe_urdu(tmp_path: Path) -> None:
    path = tmp_path / "brief.md"
    path.write_text(BRIEF, encoding="utf-8")
    result = runner.invoke(app, ["check", str(ARTICLE), str(path)])
    assert result.exit_code == 1, result.output
    out = result.output
    assert f"{path}:3:79: error (number) 15" in out
    assert f"{path}:6:26: error (name) Qamar Javed Bajwa" in out
    assert re.search(f"^    {FSI}مہمان وزیر[^{PDI}]*{PDI}$", out, re.M)  # the sentence on its own line
    outside = re.sub(f"{FSI}[^{PDI}]*{PDI}", "", out)
    assert not any("\u0600" <= c <= "\u06ff" for c in outside)  # every Urdu run isolated
    assert "3 error(s), 0 warning(s)" in out
    good = tmp_path / "good.txt"
    good.write_text("Lavrov arrived in Islamabad with a 12-member delegation.\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(ARTICLE), str(good)])
    assert result.exit_code == 0 and "no findings" in result.output


def test_cli_json_stdin_and_errors_only(tmp_path: Path) -> None:
    brief = "Lavrov arrived with a 15-member delegation. The Committee of Friendly Neighbours met.\n"
    result = runner.invoke(app, ["check", str(ARTICLE), "-", "--json"], input=brief)
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    severities = sorted(d["finding"]["severity"] for d in data["findings"])
    assert severities == ["error", "warning"]
    result = runner.invoke(app, ["check", str(ARTICLE), "-", "--json", "--errors-only"], input=brief)
    assert [d["finding"]["severity"] for d in json.loads(result.stdout)["findings"]] == ["error"]
    assert json.loads(result.stdout)["findings"][0]["location"] == {
        "line": 1,
        "column": 23,
        "end_line": 1,
        "end_column": 25,
    }


def test_cli_bad_input_exits_2(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    for args in (["check", str(ARTICLE), str(tmp_path / "empty.txt")],
                 ["check", str(ARTICLE), str(tmp_path / "missing.txt")],
                 ["check", "-", "-"]):  # fmt: skip
        result = runner.invoke(app, args, input="")
        assert result.exit_code == 2, result.output
        assert "error:" in result.output and "Traceback" not in result.output
