"""Eval datasets: the project's JSONL, XL-Sum's JSONL and COUNTER's XML folder, one shape.

Every loader returns a `Dataset`: the articles it could read plus a `DatasetIssue` for each
line or file it could not (with the line number and the reason), so a run records the bad
lines and goes on with the rest. A `Dataset` is lazy: iterating it reads the file again, one
line (or XML file) at a time, so a 10,000-article run never holds its articles in memory; only
the ids seen so far are kept, to report duplicates. `articles` and `issues` read everything
into lists, for small sets and tests.

Formats
- project JSONL: ``{"id", "text", "origin"?, "reference_summary_ur"?, "reference_summary_en"?,
  "gold"?: {"entities": [...], "quantities": [...], "events": [...]}}``.
- XL-Sum JSONL: ``{"id", "text", "summary"}``; ``summary`` (BBC's one-sentence human summary)
  becomes ``reference_ur``.
- COUNTER folder: ``NNNN.xml`` is the agency story (APP, INN); its ``headline`` and ``body``
  become the article text. ``NNNNp.xml`` is a newspaper's *rewrite* of that story, about as
  long as the source, so it is not used as a reference summary: ROUGE against a full-length
  paraphrase measures copying, not summarising. Its newspaper and derivation class go into
  metadata (``rewrite_newspaper``, ``rewrite_classification``), and the source's ``classification``, ``domain``, ``newsdate``,
  ``newspaper`` attributes go into metadata too. COUNTER runs measure grounding, consistency
  and engine behaviour, not ROUGE.

`load_dataset` picks the loader from the path (a folder of ``NNNN.xml`` is COUNTER) and, for
JSONL, from the first readable line (``summary`` without ``reference_summary_ur`` is XL-Sum).
The names ``gold``, ``xlsum`` and ``counter`` resolve to the gold set and the shared corpora.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from summarizer.corpora import corpora_dir
from summarizer.errors import DatasetError

__all__ = [
    "Article",
    "Dataset",
    "DatasetIssue",
    "DatasetKind",
    "Entry",
    "Gold",
    "GoldEntity",
    "GoldEvent",
    "GoldQuantity",
    "detect_kind",
    "load_counter",
    "load_dataset",
    "load_jsonl",
    "read_counter_file",
    "resolve_dataset_path",
]

DatasetKind = Literal["project", "xlsum", "counter"]
_COUNTER_FILE = re.compile(r"^(\d+)\.xml$")


class _Lenient(BaseModel):
    model_config = ConfigDict(extra="ignore")


class GoldEntity(_Lenient):
    name_en: str
    name_ur: str
    type: str = "other"


class GoldQuantity(_Lenient):
    value: float
    unit: str | None = None
    text_ur: str | None = None


class GoldEvent(_Lenient):
    type: str
    actors: list[str] = []
    targets: list[str] = []
    place_en: str | None = None
    date: str | None = None


class Gold(_Lenient):
    entities: list[GoldEntity] = []
    quantities: list[GoldQuantity] = []
    events: list[GoldEvent] = []


class _ProjectLine(_Lenient):
    id: str
    text: str
    origin: str | None = None
    reference_summary_ur: str | None = None
    reference_summary_en: str | None = None
    gold: Gold | None = None


@dataclass(slots=True)
class Article:
    id: str
    text: str
    reference_ur: str | None = None
    reference_en: str | None = None
    gold: Gold | None = None
    origin: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class DatasetIssue:
    """A line (1-based) or file that could not be read, and why."""

    source: str
    line: int | None
    reason: str

    @property
    def id(self) -> str:
        """A stable id for the results file, so a resumed run does not record it twice."""
        return f"!{self.source}:{self.line}" if self.line is not None else f"!{self.source}"


Entry = Article | DatasetIssue
"""What a dataset yields, in file order: an article, or a line or file that could not be read."""


@dataclass(slots=True)
class Dataset:
    """A dataset read lazily: every iteration opens the source again and parses as it goes."""

    name: str
    kind: DatasetKind
    path: Path
    reader: Callable[[], Iterator[Entry]] = field(repr=False)

    def entries(self) -> Iterator[Entry]:
        """Articles and issues in file order, one at a time."""
        return self.reader()

    def __iter__(self) -> Iterator[Article]:
        return (e for e in self.reader() if isinstance(e, Article))

    @property
    def articles(self) -> list[Article]:
        """Every article, read into a list (small sets; a run iterates instead)."""
        return list(self)

    @property
    def issues(self) -> list[DatasetIssue]:
        """Every line or file that could not be read (the articles are parsed and dropped)."""
        return [e for e in self.reader() if isinstance(e, DatasetIssue)]

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def size_hint(self) -> int:
        """Entries without parsing them: non-blank lines, or NNNN.xml files (for a progress bar)."""
        if self.kind == "counter":
            return sum(1 for p in self.path.iterdir() if _COUNTER_FILE.match(p.name))
        count = 0
        try:
            with self.path.open("rb") as fh:
                count = sum(1 for raw in fh if raw.strip())
        except OSError:
            pass
        return count


def resolve_dataset_path(spec: str | Path) -> Path:
    """A path as given, or one of the short names ``gold``, ``xlsum``, ``counter``."""
    path = Path(spec)
    if path.exists():
        return path
    name = str(spec)
    if name == "gold":
        from summarizer.resources import gold_dataset

        return gold_dataset()
    if name in ("xlsum", "counter"):
        root = corpora_dir()
        if root is None:
            raise DatasetError(
                f"dataset {name!r} lives in the shared corpora, which are absent: "
                "set SUMMARIZER_CORPORA or place them at ../shared/corpora"
            )
        return root / ("xlsum-urdu.jsonl" if name == "xlsum" else "counter")
    raise DatasetError(
        f"dataset not found: {spec} (give a .jsonl file, a COUNTER folder, or gold/xlsum/counter)"
    )


def _dataset_name(path: Path) -> str:
    stem = path.stem if path.is_file() else path.name
    return "xlsum" if stem.startswith("xlsum") else stem


def detect_kind(path: Path) -> DatasetKind:
    """COUNTER for a folder of NNNN.xml files; for JSONL, the shape of the first readable line."""
    if path.is_dir():
        if any(_COUNTER_FILE.match(p.name) for p in path.iterdir()):
            return "counter"
        raise DatasetError(f"{path} is a folder without COUNTER NNNN.xml files")
    try:
        with path.open(encoding="utf-8") as fh:
            for raw in fh:
                try:
                    obj = json.loads(raw)
                except json.JSONDecodeError:
                    continue
                if isinstance(obj, dict):
                    if "summary" in obj and "reference_summary_ur" not in obj and "gold" not in obj:
                        return "xlsum"
                    return "project"
    except (OSError, UnicodeDecodeError) as exc:
        raise DatasetError(f"cannot read dataset {path}: {exc}") from exc
    raise DatasetError(f"{path} holds no JSON object lines")


def load_dataset(spec: str | Path) -> Dataset:
    """Load any supported dataset, detecting its format from the path and its first line."""
    path = resolve_dataset_path(spec)
    kind = detect_kind(path)
    if kind == "counter":
        return load_counter(path)
    return load_jsonl(path, kind)


def _parse_line(obj: Any, kind: DatasetKind) -> Article:
    if not isinstance(obj, dict):
        raise DatasetError(f"expected a JSON object, got {type(obj).__name__}")
    if kind == "xlsum":
        text, summary, ident = obj.get("text"), obj.get("summary"), obj.get("id")
        if not isinstance(ident, str | int) or not str(ident).strip():
            raise DatasetError("missing 'id'")
        if not isinstance(text, str) or not text.strip():
            raise DatasetError("missing or empty 'text'")
        if summary is not None and not isinstance(summary, str):
            raise DatasetError("'summary' is not a string")
        return Article(id=str(ident), text=text, reference_ur=summary or None, origin="xlsum")
    try:
        line = _ProjectLine.model_validate(obj)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "line"
        raise DatasetError(f"{where}: {first['msg']}") from None
    if not line.text.strip():
        raise DatasetError("empty 'text'")
    if not line.id.strip():
        raise DatasetError("empty 'id'")
    return Article(
        id=line.id, text=line.text, reference_ur=line.reference_summary_ur or None,
        reference_en=line.reference_summary_en or None, gold=line.gold, origin=line.origin,
    )  # fmt: skip


def load_jsonl(path: Path, kind: DatasetKind = "project") -> Dataset:
    """One article a line; a bad line becomes a `DatasetIssue` with its line number."""
    try:
        path.open("rb").close()
    except OSError as exc:
        raise DatasetError(f"cannot open dataset {path}: {exc}") from exc
    return Dataset(_dataset_name(path), kind, path, partial(_jsonl_entries, path, kind))


def _jsonl_entries(path: Path, kind: DatasetKind) -> Iterator[Entry]:
    seen: set[str] = set()
    source = path.name
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise DatasetError(f"cannot open dataset {path}: {exc}") from exc
    with fh:
        for number, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8"))
                article = _parse_line(obj, kind)
            except UnicodeDecodeError:
                yield DatasetIssue(source, number, "not valid UTF-8")
                continue
            except json.JSONDecodeError as exc:
                yield DatasetIssue(source, number, f"invalid JSON: {exc.msg} at column {exc.colno}")
                continue
            except DatasetError as exc:
                yield DatasetIssue(source, number, str(exc))
                continue
            if article.id in seen:
                yield DatasetIssue(source, number, f"duplicate id {article.id!r}")
                continue
            seen.add(article.id)
            yield article


def read_counter_file(path: Path) -> tuple[str, str, dict[str, str]]:
    """A COUNTER file's headline, body and attributes (classification, domain, newsdate, ...)."""
    root = ET.parse(path).getroot()
    headline = (root.findtext("headline") or "").strip()
    body = (root.findtext("body") or "").strip()
    return headline, body, dict(root.attrib)


def load_counter(folder: Path) -> Dataset:
    """Each NNNN.xml source story as an article; NNNNp.xml rewrites only annotate metadata."""
    try:
        found = any(_COUNTER_FILE.match(p.name) for p in folder.iterdir())
    except OSError as exc:
        raise DatasetError(f"cannot read dataset folder {folder}: {exc}") from exc
    if not found:
        raise DatasetError(f"{folder} holds no COUNTER NNNN.xml files")
    return Dataset(_dataset_name(folder), "counter", folder, partial(_counter_entries, folder))


def _counter_entries(folder: Path) -> Iterator[Entry]:
    for path in sorted(folder.iterdir()):
        match = _COUNTER_FILE.match(path.name)
        if not match:
            continue
        ident = match.group(1)
        try:
            headline, body, attrs = read_counter_file(path)
        except ET.ParseError as exc:
            yield DatasetIssue(path.name, exc.position[0], f"malformed XML: {exc}")
            continue
        except OSError as exc:
            yield DatasetIssue(path.name, None, f"cannot read: {exc}")
            continue
        if not body:
            yield DatasetIssue(path.name, None, "no <body> text")
            continue
        meta: dict[str, Any] = {
            k: attrs[k] for k in ("classification", "domain", "newsdate", "newspaper") if k in attrs
        }
        rewrite = folder / f"{ident}p.xml"
        if rewrite.exists():
            try:
                _r_headline, _r_body, r_attrs = read_counter_file(rewrite)
                meta["rewrite_newspaper"] = r_attrs.get("newspaper")
                meta["rewrite_classification"] = r_attrs.get("classification")
            except (ET.ParseError, OSError) as exc:
                yield DatasetIssue(rewrite.name, None, f"rewrite unreadable: {exc}")
        text = f"{headline}\n{body}" if headline else body
        yield Article(id=ident, text=text, origin="counter", metadata=meta)
