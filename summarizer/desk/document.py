"""A translator's brief as given: plain text, Markdown or brief JSON, with positions in the file.

- Plain text and Markdown: Markdown markup (heading hashes, list markers such as `1.`, emphasis,
  link targets, HTML tags, fenced code) is blanked to spaces, so offsets in the checked text are
  offsets in the file and a list number is never read as a claim. Runs of paragraphs in one
  language form one `Segment`, checked in that language (Urdu when most letters are
  Arabic-script, else English), unless `lang` forces one language.
- Brief JSON (the object `summarizer summarize` writes, or any part of it): missing top-level
  fields are filled empty, so a partial brief checks; the position of every string value is
  kept, so a finding in `key_points[0].text_en` points at its line and column in the file.

Lines and columns are 1-based; columns count characters (code points), as editors do.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from summarizer.errors import InputError
from summarizer.input import script_profile
from summarizer.schemas import BriefDraft, Lang

__all__ = [
    "BriefDocument",
    "Lang",
    "Location",
    "Segment",
    "detect_lang",
    "parse_brief",
    "urdu_share",
]

Format = Literal["text", "markdown", "json"]

_DRAFT_DEFAULTS: dict[str, Any] = {
    "headline_ur": "", "headline_en": "", "summary_ur": "", "summary_en": "",
    "key_points": [], "entities": [], "quantities": [], "events": [],
    "dateline": {"place_en": None, "place_ur": None, "agency": None},
}  # fmt: skip


class Location(BaseModel):
    """Where a claim sits in the brief file (1-based line and column, end exclusive)."""

    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of a text brief checked as one text: `text` starts at `start` in the file."""

    start: int
    text: str
    lang: Lang


@dataclass(slots=True)
class BriefDocument:
    """A parsed brief: `segments` for a text brief, `draft` for a JSON one."""

    raw: str
    format: Format
    segments: list[Segment] = field(default_factory=list)
    draft: BriefDraft | None = None
    _strings: dict[str, int] = field(default_factory=dict)
    """JSON pointer of a string value -> offset of its opening quote in `raw`."""
    _line_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._line_starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", self.raw)]

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column), both 1-based, of a character offset in the file."""
        k = bisect_right(self._line_starts, offset) - 1
        return k + 1, offset - self._line_starts[k] + 1

    def file_offsets(self, field_path: str | None, start: int, end: int) -> tuple[int, int] | None:
        """File offsets of [start, end) in a field's string value (or in the text itself)."""
        if self.format != "json" or field_path is None:
            return (start, end) if self.format != "json" else None
        quote = self._strings.get(_pointer(field_path))
        if quote is None:
            return None
        return _raw_index(self.raw, quote, start), _raw_index(self.raw, quote, end)

    def locate(self, field_path: str | None, start: int, end: int) -> Location | None:
        """Line and column of a claim: in the text, or in a JSON field's string value."""
        offsets = self.file_offsets(field_path, start, end)
        if offsets is None:
            return None
        (line, col), (end_line, end_col) = self.position(offsets[0]), self.position(offsets[1])
        return Location(line=line, column=col, end_line=end_line, end_column=end_col)


def urdu_share(text: str) -> float:
    """The share of letters that are Arabic-script (Urdu) letters; 0 when there are none."""
    counts = script_profile(text)
    letters = sum(counts.values())
    return counts["arabic"] / letters if letters else 0.0


def detect_lang(text: str) -> Lang:
    """Urdu when most letters are Arabic-script, else English."""
    return "ur" if urdu_share(text) >= 0.5 else "en"


def parse_brief(raw: str, *, name: str = "brief", lang: Lang | None = None) -> BriefDocument:
    """Read a brief given as text, Markdown or JSON. InputError when it cannot be checked."""
    if not isinstance(raw, str):
        raise InputError(f"{name} must be text, not {type(raw).__name__}")
    if raw.startswith("\ufeff"):
        raw = " " + raw[1:]  # keep offsets: the BOM becomes a blank
    if not raw.strip():
        raise InputError(f"{name} is empty")
    if raw.lstrip().startswith("{") or (raw.lstrip().startswith("[") and _is_json(raw)):
        return _parse_json(raw, name)
    blanked = blank_markdown(raw)
    fmt: Format = "markdown" if blanked != raw else "text"
    segments = _segments(blanked, lang)
    if not segments:
        raise InputError(f"{name} has no words to check (only markup, digits or punctuation)")
    return BriefDocument(raw=raw, format=fmt, segments=segments)


# --------------------------------------------------------------------------- Markdown


def _blank(m: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", m.group())


def _blank_group(group: int) -> Any:
    def sub(m: re.Match[str]) -> str:
        s, e = m.span(group)
        s, e = s - m.start(), e - m.start()
        whole = m.group()
        return re.sub(r"[^\n]", " ", whole[:s]) + whole[s:e] + re.sub(r"[^\n]", " ", whole[e:])

    return sub


_FENCE = re.compile(r"^[ \t]*(```|~~~)[^\n]*\n.*?^[ \t]*\1[^\n]*$", re.M | re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_TAG = re.compile(r"</?[A-Za-z][^<>\n]*>")
_IMAGE_OR_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}(?=[ \t]|$)|[ \t]+#+[ \t]*$", re.M)
_QUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.M)
_LIST = re.compile(r"^[ \t]*(?:[-*+•]|\d{1,3}[.)])(?=[ \t])", re.M)
_RULE = re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.M)
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$", re.M)
_EMPHASIS = re.compile(r"\*{1,3}|(?<![A-Za-z0-9])_{1,3}|_{1,3}(?![A-Za-z0-9])|`+|\|")


def blank_markdown(text: str) -> str:
    """`text` with Markdown markup replaced by spaces: same length, same line breaks."""
    for pattern in (_FENCE, _COMMENT, _TAG, _TABLE_RULE, _RULE):
        text = pattern.sub(_blank, text)
    text = _IMAGE_OR_LINK.sub(_blank_group(1), text)
    for pattern in (_HEADING, _QUOTE, _LIST, _EMPHASIS):
        text = pattern.sub(_blank, text)
    return text


def _segments(text: str, forced: Lang | None) -> list[Segment]:
    """Paragraph runs of one language; a paragraph's language is its letters' majority."""
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"\S(?:.*\S)?(?:\n[ \t]*\S.*)*", text)]
    out: list[tuple[int, int, Lang]] = []
    for start, end in paragraphs:
        piece = text[start:end]
        if not any(c.isalpha() for c in piece):
            continue
        lang = forced or detect_lang(piece)
        if out and out[-1][2] == lang:
            out[-1] = (out[-1][0], end, lang)
        else:
            out.append((start, end, lang))
    return [Segment(start=s, text=text[s:e], lang=lg) for s, e, lg in out]


# --------------------------------------------------------------------------- JSON


def _is_json(raw: str) -> bool:
    try:
        json.loads(raw)
    except ValueError:
        return False
    return True


def _parse_json(raw: str, name: str) -> BriefDocument:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(f"{name} is not JSON: line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    if not isinstance(data, dict):
        raise InputError(f"{name} holds a JSON {type(data).__name__}, not a brief object")
    present = [k for k in _DRAFT_DEFAULTS if k in data]
    if not present:
        raise InputError(
            f"{name} has none of a brief's fields ({', '.join(_DRAFT_DEFAULTS)}); "
            "give the brief as plain text or Markdown instead"
        )
    try:
        draft = BriefDraft.model_validate({**_DRAFT_DEFAULTS, **{k: data[k] for k in present}})
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "(top level)"
        raise InputError(
            f"{name} is not a brief: {where}: {err['msg']} ({exc.error_count()} problem(s))"
        ) from None
    return BriefDocument(raw=raw, format="json", draft=draft, _strings=_string_positions(raw))


def _string_positions(raw: str) -> dict[str, int]:
    from json_source_map import calculate

    out: dict[str, int] = {}
    for pointer, entry in calculate(raw).items():
        at = entry.value_start.position
        if at < len(raw) and raw[at] == '"':
            out[pointer] = at
    return out


_FIELD_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _pointer(field_path: str) -> str:
    """`key_points[0].evidence[1]` -> `/key_points/0/evidence/1/quote` (an evidence item's quote)."""
    parts = [m.group(1) or m.group(2) for m in _FIELD_PART.finditer(field_path)]
    if len(parts) >= 2 and parts[-2] == "evidence" and parts[-1].isdigit():
        parts.append("quote")
    if parts and parts[-1] == "value" and "quantities" in parts:
        parts[-1] = "text_ur"  # a declared value's finding quotes its Urdu text
    return "".join("/" + p.replace("~", "~0").replace("/", "~1") for p in parts)


def _raw_index(raw: str, quote: int, index: int) -> int:
    """File offset of decoded character `index` of the JSON string literal opening at `quote`."""
    i = quote + 1
    for _ in range(index):
        if i >= len(raw) or raw[i] == '"':
            break
        if raw[i] == "\\":
            if raw[i + 1 : i + 2] == "u":
                high = int(raw[i + 2 : i + 6], 16)
                i += 12 if 0xD800 <= high < 0xDC00 and raw[i + 6 : i + 8] == "\\u" else 6
            else:
                i += 2
        else:
            i += 1
    return i
