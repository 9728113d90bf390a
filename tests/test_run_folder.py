"""Nothing lost or doubled: one writer per run folder, and clean errors for a bad `--out`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.errors import ConfigError
from summarizer.evals.cli import eval_app
from summarizer.evals.runlock import LOCK_NAME, run_folder
from summarizer.evals.runner import EvalConfig, read_results, run_eval

UR = "پاکستان نے میچ جیت لیا"  # team-written toy Urdu


def _dataset(tmp_path: Path, n: int) -> Path:
    path = tmp_path / "toy.jsonl"
    rows = [json.dumps({"id": f"a{i}", "text": f"{UR} {i}۔ دوسرا جملہ یہاں ہے۔"}, ensure_ascii=False) for i in range(n)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_a_second_run_into_a_held_folder_refuses(tmp_path: Path) -> None:
    out = tmp_path / "run"
    with run_folder(out), pytest.raises(ConfigError, match=r"in use by another run \(pid \d+"):  # noqa: SIM117
        with run_folder(out):
            pass
    with run_folder(out):  # released: the next run gets it
        assert (out / LOCK_NAME).exists()


def test_a_lock_held_by_another_process_refuses_a_whole_eval(tmp_path: Path) -> None:
    out = tmp_path / "run"
    out.mkdir()
    code = ("import sys, time; from pathlib import Path; from summarizer.evals.runlock import run_folder\n"
            "with run_folder(Path(sys.argv[1])):\n    print('held', flush=True); time.sleep(30)\n")  # fmt: skip
    holder = subprocess.Popen([sys.executable, "-c", code, str(out)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        calls: list[str] = []
        with pytest.raises(ConfigError, match=f"pid {holder.pid}"):
            run_eval(EvalConfig(dataset=str(_dataset(tmp_path, 3)), engine="replay"), out,
                     summarize=lambda t: calls.append(t) or None, progress=False)  # type: ignore[func-returns-value,arg-type]  # fmt: skip
        assert calls == [] and not (out / "results.jsonl").exists()
    finally:
        holder.kill()
        holder.wait()
    # The holder was killed without releasing anything: its lock file is stale and is taken over.
    assert json.loads((out / LOCK_NAME).read_text(encoding="utf-8"))["pid"] == holder.pid
    with run_folder(out):
        assert json.loads((out / LOCK_NAME).read_text(encoding="utf-8"))["pid"] == os.getpid()


def test_concurrent_threads_never_double_records(tmp_path: Path) -> None:
    from test_evals import FakeEngine

    data = _dataset(tmp_path, 20)
    out = tmp_path / "run"
    errors: list[Exception] = []

    def go() -> None:
        try:
            run_eval(EvalConfig(dataset=str(data), engine="replay", baselines=False), out, summarize=FakeEngine(),
                     progress=False)  # fmt: skip
        except ConfigError as exc:
            errors.append(exc)

    threads = [threading.Thread(target=go) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ids = [json.loads(line)["id"] for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(ids) == sorted(f"a{i}" for i in range(20))  # 20 records for 20 ids, whichever ran
    assert len(errors) <= 1


def test_duplicate_lines_count_once(tmp_path: Path) -> None:
    rec = {"id": "x", "status": "ok"}
    (tmp_path / "results.jsonl").write_text(json.dumps(rec) + "\n" + json.dumps({**rec, "status": "failed"}) + "\n")
    assert read_results(tmp_path) == [rec]


@pytest.mark.parametrize("case", ["file", "parent-file", "unwritable"])
def test_eval_out_errors_are_one_clean_line(tmp_path: Path, case: str) -> None:
    data = _dataset(tmp_path, 1)
    if case == "file":
        out = tmp_path / "taken.txt"
        out.write_text("x")
        expected = "is a file, not a run folder"
    elif case == "parent-file":
        (tmp_path / "f").write_text("x")
        out = tmp_path / "f" / "run"
        expected = "a parent of it is a file"
    else:
        if os.geteuid() == 0:
            pytest.skip("root writes anywhere: an unwritable folder cannot be made")
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o500)
        out = ro / "run"
        expected = "permission denied"
    result = CliRunner().invoke(eval_app, ["run", str(data), "--out", str(out), "--engine", "rules", "-q"])
    assert result.exit_code == 2
    assert expected in result.output and "Traceback" not in result.output
