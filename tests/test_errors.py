"""Every error a user can provoke is a SummarizerError with a message that names the real problem."""

from __future__ import annotations

import importlib.util
import os
import threading
from pathlib import Path

import pytest
from pipeline_support import ARTICLE_PATH, article
from typer.testing import CliRunner

from summarizer import check_consistency, check_grounding, extract_quantities, match_name, summarize
from summarizer.cli import app
from summarizer.errors import ConfigError, InputError, SummarizerError
from summarizer.input import MAX_CHECK_CHARS, read_article

runner = CliRunner()
SRC = "روسی وزیر خارجہ سرگئی لاوروف نے کہا کہ پانچ معاہدوں پر دستخط ہوئے۔"  # team-written


# --------------------------------------------------------------------------- public functions


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: check_grounding(SRC, None), "the text to check must be text (str), not None"),  # type: ignore[arg-type]
        (lambda: check_grounding(None, "x"), "the source article must be text (str), not None"),  # type: ignore[arg-type]
        (lambda: check_grounding(SRC, "x", lang="fr"), "lang must be 'ur' or 'en', not 'fr'"),  # type: ignore[arg-type]
        (lambda: check_grounding(SRC, b"five"), "not bytes: decode it first"),  # type: ignore[arg-type]
        (lambda: check_grounding(SRC, "5 " * MAX_CHECK_CHARS), "over the limit"),
        (lambda: match_name("Lavrov", None), "the Urdu text must be text (str), not None"),  # type: ignore[arg-type]
        (lambda: match_name(None, SRC), "the English name must be text (str), not None"),  # type: ignore[arg-type]
        (lambda: check_consistency(SRC, 5), "the English text must be text (str), not int"),  # type: ignore[arg-type]
        (lambda: extract_quantities(None), "needs a str"),  # type: ignore[arg-type]
    ],
)
def test_bad_arguments_are_input_errors(call: object, message: str) -> None:
    with pytest.raises(InputError) as info:
        call()  # type: ignore[operator]
    assert isinstance(info.value, SummarizerError) and message in str(info.value)


def test_good_arguments_still_work() -> None:
    assert match_name("Lavrov", SRC).span is not None
    assert check_grounding(SRC, "Lavrov said five agreements were signed.") == []


# --------------------------------------------------------------------------- messages that named the wrong cause


def test_a_long_article_with_the_rules_engine_is_not_told_to_use_a_model() -> None:
    with pytest.raises(InputError) as info:
        summarize(SRC * 4000, engine="rules")
    assert "over the limit" in str(info.value) and "split it" in str(info.value)
    assert "model" not in str(info.value)


@pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is not None, reason="llama_cpp is installed")
def test_llama_without_llama_cpp_says_so_before_judging_the_length() -> None:
    with pytest.raises(ConfigError, match="needs llama-cpp-python"):
        summarize(SRC * 4000, engine="llama", fallback=False)


@pytest.mark.parametrize(("encoding", "bom"), [("utf-16", True), ("utf-16-le", False), ("utf-16-be", False)])
def test_utf16_input_is_decoded(tmp_path: Path, encoding: str, bom: bool) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE_PATH.read_text(encoding="utf-8").encode(encoding))
    assert path.read_bytes().startswith((b"\xff\xfe", b"\xfe\xff")) is bom
    assert read_article(path) == read_article(ARTICLE_PATH)


def test_binary_input_is_still_called_binary(tmp_path: Path) -> None:
    path = tmp_path / "a.bin"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(InputError, match="looks binary"):
        read_article(path)


def _cli_fails(args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert message in result.output and "Traceback" not in result.output


def test_symlink_loop_is_named(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    _cli_fails(["summarize", str(tmp_path / "a"), "--engine", "rules"], "symbolic link loop")


def test_broken_symlink_is_named(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "gone")
    _cli_fails(["summarize", str(tmp_path / "a"), "--engine", "rules"], "broken symbolic link")


def test_a_directory_given_as_the_brief_is_named(tmp_path: Path) -> None:
    _cli_fails(["check", str(ARTICLE_PATH), str(tmp_path)], "is a directory, not a brief file")


def test_a_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    done: list[object] = []
    worker = threading.Thread(target=lambda: done.append(runner.invoke(app, ["summarize", str(fifo), "--engine", "rules"])),
                              daemon=True)  # fmt: skip
    worker.start()
    worker.join(timeout=30)
    if not done:  # unblock the reader so the thread ends, then fail
        with open(fifo, "wb"):
            pass
        pytest.fail("reading a FIFO with no writer hung")
    result = done[0]
    assert result.exit_code == 2 and "named pipe (FIFO), not a regular file" in result.output  # type: ignore[attr-defined]


def test_an_unreadable_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(article(), encoding="utf-8")
    path.chmod(0)
    if os.access(path, os.R_OK):
        pytest.skip("running as root: every file is readable")
    _cli_fails(["summarize", str(path), "--engine", "rules"], "Permission denied")
