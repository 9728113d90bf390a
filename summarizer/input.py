"""Reading and checking an article before any engine sees it.

`read_article` gets the bytes (a regular file, or `-` for stdin), decodes UTF-8 or UTF-16,
refuses binary input and paths that are not regular files with a message that says what they
are, and drops the `# ` comment header that team-written example files carry. `check_article` cleans
and checks the text itself:

- control characters (NUL and friends) are removed, except newlines and tabs; CRLF becomes LF;
- an HTML page is reduced to its article with trafilatura: title and paragraphs kept; menus,
  related-links boxes, sidebars and footers dropped, so a claim copied from a "read more" box
  is not grounded by it. A page with no recognisable main text keeps all its visible text
  (stdlib `html.parser`: script and style dropped, blocks become lines, entities decoded);
- empty input, text that is not Urdu (English or other Latin-script text, Hindi in
  Devanagari, Arabic, Persian, or a mix) and text longer than the engine's limit are refused
  with an `InputError` that says what the text looks like. Nothing is ever truncated.

`write_text_atomic` is the one file-writing helper (CLI output, fixtures): temp file + rename.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import sys
import tempfile
import unicodedata
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from summarizer.errors import InputError
from summarizer.text.normalize import is_urdu_letter

__all__ = [
    "DEFAULT_MAX_CHARS",
    "check_article",
    "decode_text",
    "html_to_text",
    "looks_like_html",
    "read_article",
    "read_file_bytes",
    "read_text_file",
    "require_text",
    "script_profile",
    "strip_comment_header",
    "visible_text",
    "write_text_atomic",
]

DEFAULT_MAX_CHARS = 200_000
"""Limit when no engine states one: far above any news article, far below a runaway file."""

# Letters Urdu uses and Arabic does not (the brief's heuristic), and the subset Persian lacks too.
_URDU_OR_PERSIAN = frozenset("ٹڈڑںےہھگچپژکی")
_URDU_ONLY = frozenset("ٹڈڑںےہھ")
_HTML_HINT = re.compile(r"<\s*(!doctype|html|head|body|div|p|span|br|article|section|script|style|h[1-6]|a\s)\b",
                        re.IGNORECASE)  # fmt: skip
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # category Cc except tab and newline
_BLOCK_TAGS = frozenset(["p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "header", "footer", "title", "blockquote"])


MAX_CHECK_CHARS = DEFAULT_MAX_CHARS
"""Longest text a public check function takes (claims and sources): bounds validation time."""


def require_text(value: object, what: str, *, max_chars: int = MAX_CHECK_CHARS) -> str:
    """`value` when it is a str of at most `max_chars` characters, else an InputError naming `what`."""
    if isinstance(value, bytes | bytearray):
        raise InputError(f"{what} must be text (str), not bytes: decode it first, e.g. data.decode('utf-8')")
    if not isinstance(value, str):
        raise InputError(f"{what} must be text (str), not {'None' if value is None else type(value).__name__}")
    if len(value) > max_chars:
        raise InputError(f"{what} is {len(value):,} characters, over the limit of {max_chars:,}")
    return value


MAX_FILE_BYTES = 16 * 1024 * 1024
"""Largest file read at all: far above DEFAULT_MAX_CHARS in any encoding."""

_NOT_REGULAR = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
                (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))  # fmt: skip


def read_file_bytes(path: str | os.PathLike[str], what: str = "an article", *, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file, or an InputError that says what is wrong with the path:
    missing, a broken symlink, a symlink loop, a directory, a FIFO or device (never opened, so
    a pipe with no writer cannot hang), unreadable, or too large."""
    name = str(path)
    try:
        st = os.stat(name)
    except FileNotFoundError:
        if os.path.islink(name):
            raise InputError(f"{name} is a broken symbolic link (its target does not exist)") from None
        raise InputError(f"no such file: {name}") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(f"{name} is a symbolic link loop: it never reaches a file") from None
        raise InputError(f"cannot read {name}: {exc.strerror or exc}") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{name} is a directory, not {what} file")
    for test, kind in _NOT_REGULAR:
        if test(st.st_mode):
            raise InputError(f"{name} is {kind}, not a regular file; save {what} to a file, or pipe it to `-`")
    if st.st_size > max_bytes:
        raise InputError(f"{name} is {st.st_size:,} bytes, over the {max_bytes:,}-byte limit for {what} file")
    try:
        return Path(name).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {name}: {exc.strerror or exc}") from None


def _utf16_without_bom(data: bytes) -> str | None:
    """The text of UTF-16 bytes that carry no byte-order mark (NULs on one side of most pairs)."""
    if len(data) % 2:
        return None
    odd, even = data[1::2].count(0), data[0::2].count(0)
    if max(odd, even) < 2 or min(odd, even) * 4 > max(odd, even):
        return None
    try:
        text = data.decode("utf-16-le" if odd > even else "utf-16-be")
    except UnicodeDecodeError:
        return None
    return None if "\x00" in text else text


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) or UTF-16 (with a BOM, or recognised without one) as text;
    anything else is an InputError naming the problem."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise InputError(f"{name} is UTF-32 text; save it as UTF-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{name} starts with a UTF-16 byte-order mark but is not valid UTF-16") from None
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is not None:
            return text
        raise InputError(f"{name} looks binary (it contains NUL bytes and is not UTF-16); expected UTF-8 Urdu text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name} is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); save it as UTF-8"
        ) from None


def read_text_file(path: str | os.PathLike[str], what: str = "an article") -> str:
    """A text file's contents (see `read_file_bytes` and `decode_text`)."""
    return decode_text(read_file_bytes(path, what), str(path))


def read_article(path: str | os.PathLike[str]) -> str:
    """The article text of a file (or stdin for `-`), without its leading `# ` comment lines.

    UTF-8 and UTF-16 are decoded; paths that are not regular files are refused with a message
    that says what they are."""
    if str(path) == "-":
        return strip_comment_header(decode_text(sys.stdin.buffer.read(), "<stdin>"))
    return strip_comment_header(read_text_file(path, "an article"))


def strip_comment_header(text: str) -> str:
    """Drop leading lines that start with `# ` (or are a bare `#`): team-written file headers."""
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines) and (lines[i].startswith("# ") or lines[i].rstrip("\r\n") == "#"):
        i += 1
    return "".join(lines[i:])


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "noscript", "template"):
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "noscript", "template"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    """At least two tags of the kinds web pages are made of."""
    return len(_HTML_HINT.findall(text[:20_000])) >= 2


def html_to_text(html: str) -> str:
    """The article of an HTML page, one paragraph per line: its title and body text, without
    menus, related-links boxes, sidebars, footers, scripts or styles (trafilatura's main-content
    extraction). A page where trafilatura finds no main text falls back to all visible text."""
    import trafilatura

    main = trafilatura.extract(html, output_format="txt", include_comments=False, include_tables=True,
                               include_links=False, include_images=False, deduplicate=False)  # fmt: skip
    if main and main.strip():
        lines = (" ".join(line.split()) for line in main.splitlines())
        return "\n".join(line for line in lines if line)
    return visible_text(html)


def visible_text(html: str) -> str:
    """Every visible text of an HTML page, one block per line (stdlib `html.parser`)."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def _clean_controls(text: str) -> str:
    return _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def script_profile(text: str) -> dict[str, int]:
    """Letter counts by script: arabic (Arabic-script), latin, devanagari, other."""
    counts = {"arabic": 0, "latin": 0, "devanagari": 0, "other": 0}
    for ch in text:
        if not ch.isalpha():
            continue
        if is_urdu_letter(ch):
            counts["arabic"] += 1
        elif ch.isascii() or "LATIN" in unicodedata.name(ch, ""):
            counts["latin"] += 1
        elif "\u0900" <= ch <= "\u097f":
            counts["devanagari"] += 1
        else:
            counts["other"] += 1
    return counts


def _check_language(text: str) -> None:
    counts = script_profile(text)
    letters = sum(counts.values())
    if letters == 0:
        raise InputError("the article has no letters (only digits, punctuation or symbols); expected Urdu text")
    share = counts["arabic"] / letters
    if share < 0.6:
        main = max(("latin", "devanagari", "other"), key=lambda k: counts[k])
        looks = {
            "latin": "English (or another Latin-script language)",
            "devanagari": "Hindi or another language in Devanagari script",
            "other": "a language in neither Arabic nor Latin script",
        }[main]
        if share >= 0.25:
            raise InputError(
                f"the article mixes scripts ({share:.0%} Arabic-script letters, the rest mostly {main}); "
                "expected an Urdu article"
            )
        raise InputError(f"the article looks like {looks}, not Urdu")
    arabic_letters = [ch for ch in text if ch.isalpha() and is_urdu_letter(ch)]
    if not any(ch in _URDU_OR_PERSIAN for ch in arabic_letters):
        raise InputError("the article looks like Arabic, not Urdu (none of the letters Urdu uses and Arabic lacks)")
    if len(arabic_letters) >= 200 and not any(ch in _URDU_ONLY for ch in arabic_letters):
        raise InputError("the article looks like Persian, not Urdu (none of ٹ ڈ ڑ ں ے ہ ھ)")


def check_article(text: str, *, max_chars: int = DEFAULT_MAX_CHARS, limit_note: str = "") -> str:
    """The cleaned article, or an InputError saying why it cannot be summarized.

    `max_chars` is the longest article the engine can take whole (for an LLM: what fits its
    context window beside the prompt and the answer); `limit_note` says where it comes from.
    """
    if not isinstance(text, str):
        raise InputError(f"the article must be text (str), not {type(text).__name__}")
    text = _clean_controls(text)
    if looks_like_html(text):
        text = html_to_text(text)
    text = text.strip()
    if not text:
        raise InputError("the article is empty")
    if len(text) > max_chars:
        note = f" ({limit_note})" if limit_note else ""
        raise InputError(
            f"the article is {len(text):,} characters, over the limit of {max_chars:,}{note}; "
            + ("it is not truncated: split it or use a model with a longer context" if limit_note
               else "it is not truncated: split it into articles")
        )
    _check_language(text)
    return text


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write via a temp file in the same folder and a rename, so readers never see half a file."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def parse_published(value: str, what: str = "--published") -> date:
    """An article's date as the CLI and the desk take it: YYYY-MM-DD."""
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"{what} must be a date as YYYY-MM-DD (2014-10-17), not {value!r}") from None
