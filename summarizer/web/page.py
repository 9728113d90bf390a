"""The side-by-side page: English beside the Urdu, every number and name linked to its evidence.

`build_view` turns a desk report (`summarizer.desk.check`) and the cleaned article into pieces a
template can print without logic: each brief text cut into plain runs and claims, the article
cut into runs carrying the ids of the claims they are evidence for. `render_export` writes the
page as one self-contained HTML file (inline CSS, the Urdu font as a data: URL, no script: hover
or focus on a claim highlights its evidence through CSS `:has()` rules, and each claim links to
its first piece of evidence). The web app (`summarizer.web.app`) renders the same partial.

Only jinja2 is needed here, so `summarize --format html` works without the web extra. Every
template is autoescaped: article, brief, model output, file names and messages are text.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Any, Literal

import jinja2
from markupsafe import Markup

from summarizer.desk.check import DeskFinding, DeskLink, DeskReport, DeskText
from summarizer.desk.document import detect_lang
from summarizer.schemas import Brief, Span
from summarizer.text.sentences import split_paragraphs

__all__ = ["FONT_FILE", "PageView", "build_view", "environment", "render_export", "static_bytes"]

FONT_FILE = "fonts/NotoNaskhArabic-Regular-subset.woff2"


@dataclass(slots=True)
class Piece:
    text: str
    link: str | None = None
    """Brief texts: the id of the claim this run is (None for plain text)."""
    status: str = ""
    kind: str = ""
    finding: int | None = None
    """1-based number of the finding about this claim, when there is one."""
    message: str = ""
    evidence: list[str] = field(default_factory=list)
    """Article runs: ids of the claims this run is evidence for."""
    anchor: str | None = None


@dataclass(slots=True)
class FindingView:
    text_id: str | None
    number: int
    severity: str
    kind: str
    claim: str
    claim_lang: str
    message: str
    where: str
    link: str | None
    sentence: list[Piece]
    sentence_label: str = "The article says:"


@dataclass(slots=True)
class TextView:
    id: str
    label: str
    lang: str
    pieces: list[Piece]
    findings: list[FindingView] = field(default_factory=list)
    """Shown in place, under the text."""


@dataclass(slots=True)
class PageView:
    title: str
    english: list[TextView]
    urdu: list[TextView]
    article: list[list[Piece]]
    findings: list[FindingView]
    """Findings about no shown text (entities, declared quantities): listed after the texts."""
    errors: int
    warnings: int
    numbers: int
    names: int
    kind: Literal["summary", "check"]
    note: str = ""
    engine: str = ""
    link_ids: list[str] = field(default_factory=list)

    @property
    def title_lang(self) -> str:
        return detect_lang(self.title)


# --------------------------------------------------------------------------- cutting


def _cut(text: str, offset: int, marks: list[tuple[int, int, str]]) -> list[tuple[str, list[str]]]:
    """Runs of text[...] (text starts at `offset`) with the mark ids covering each run."""
    end = offset + len(text)
    points = {offset, end}
    for s, e, _ in marks:
        if s < end and e > offset:
            points.update((max(s, offset), min(e, end)))
    cuts = sorted(points)
    out = []
    for a, b in pairwise(cuts):
        ids = [m for s, e, m in marks if s <= a and b <= e]
        out.append((text[a - offset : b - offset], ids))
    return out


def _text_view(text: DeskText, links: list[tuple[str, DeskLink]], numbers: dict[tuple[str, int], int]) -> TextView:
    pieces: list[Piece] = []
    at = 0
    for lid, ln in links:
        s, e = ln.claim.start, ln.claim.end
        if s < at or e > len(text.text):
            continue
        if s > at:
            pieces.append(Piece(text=text.text[at:s]))
        pieces.append(Piece(text=text.text[s:e], link=lid, status=ln.status, kind=ln.kind,
                            finding=numbers.get((text.id, s)), message=ln.message))  # fmt: skip
        at = e
    if at < len(text.text):
        pieces.append(Piece(text=text.text[at:]))
    return TextView(id=text.id, label=text.label, lang=text.lang, pieces=pieces)


def _sentence_pieces(sentence: Span | None, nearest: Span | None) -> list[Piece]:
    if sentence is None:
        return []
    marks = [(nearest.start, nearest.end, "near")] if nearest is not None else []
    return [Piece(text=t, evidence=ids) for t, ids in _cut(sentence.text, sentence.start, marks)]


def _where(d: DeskFinding, texts: dict[str, DeskText]) -> str:
    if d.location is not None:
        return f"line {d.location.line}, column {d.location.column}"
    if d.text_id in texts:
        return texts[d.text_id].label + (" (English)" if texts[d.text_id].lang == "en" else " (Urdu)")
    return d.finding.field or ""


def build_view(source: str, report: DeskReport, *, title: str, kind: Literal["summary", "check"],
               note: str = "", engine: str = "") -> PageView:  # fmt: skip
    """The page's pieces for one report of the article `source` (as checked: cleaned)."""
    texts = {t.id: t for t in report.texts}
    by_text: dict[str, list[tuple[str, DeskLink]]] = {t.id: [] for t in report.texts}
    marks: list[tuple[int, int, str]] = []
    for k, ln in enumerate(report.links):
        lid = f"c{k}"
        by_text.setdefault(ln.text_id, []).append((lid, ln))
        marks += [(ev.start, ev.end, lid) for ev in ln.evidence]
    numbers: dict[tuple[str, int], int] = {}
    findings: list[FindingView] = []
    claim_ids = {(ln.text_id, ln.claim.start): f"c{k}" for k, ln in enumerate(report.links)}
    for n, d in enumerate(report.findings, 1):
        f = d.finding
        if d.text_id is not None:
            numbers[(d.text_id, f.claim.start)] = n
        claim_lang = "ur" if re.search(r"[\u0600-\u06ff]", f.claim.text) else "en"
        findings.append(FindingView(
            text_id=d.text_id, number=n, severity=f.severity, kind=f.kind.value, claim=f.claim.text, claim_lang=claim_lang,
            message=f.message, where=_where(d, texts), link=claim_ids.get((d.text_id or "", f.claim.start)),
            sentence=_sentence_pieces(d.source_sentence, f.nearest),
            sentence_label="The article says:" if f.nearest is not None else "The article's sentence on this:",
        ))  # fmt: skip
    views = [_text_view(t, by_text.get(t.id, []), numbers) for t in report.texts]
    for view in views:
        view.findings = [f for f in findings if f.text_id == view.id]
    shown = {v.id for v in views}
    first: set[str] = set()
    article: list[list[Piece]] = []
    for para in split_paragraphs(source):
        row = []
        for text, ids in _cut(para.text, para.start, marks):
            anchor = next((i for i in ids if i not in first), None)
            if anchor is not None:
                first.add(anchor)
            row.append(Piece(text=text, evidence=ids, anchor=anchor))
        article.append(row)
    return PageView(
        title=title, english=[v for v in views if v.lang == "en"], urdu=[v for v in views if v.lang == "ur"],
        article=article, findings=[f for f in findings if f.text_id not in shown], errors=report.errors, warnings=report.warnings,
        numbers=report.numbers_linked, names=report.names_linked, kind=kind, note=note, engine=engine,
        link_ids=sorted(first, key=lambda i: int(i[1:])),
    )  # fmt: skip


def brief_note(brief: Brief) -> str:
    """What a reader must know about how a generated brief was made."""
    notes = []
    if brief.meta.fallback_reason:
        notes.append(f"The LLM failed, so the rules engine answered instead ({brief.meta.fallback_reason}).")
    if brief.meta.extractive:
        notes.append(f"Fact sheet, not a translation: the {brief.meta.engine} engine copies facts from the article; "
                     "the English lists what the article states.")  # fmt: skip
    return " ".join(notes)


# --------------------------------------------------------------------------- rendering


@cache
def environment() -> jinja2.Environment:
    """The one template environment: autoescape on for every template, whatever its name."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("summarizer.web", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def static_bytes(name: str) -> bytes:
    """A file shipped in summarizer/web/static (read with importlib.resources)."""
    node = resources.files("summarizer.web").joinpath("static")
    for part in name.split("/"):
        node = node.joinpath(part)
    return node.read_bytes()


def _export_css(view: PageView, font: bool) -> str:
    css = static_bytes("desk.css").decode("utf-8")
    if font:
        data = base64.b64encode(static_bytes(FONT_FILE)).decode("ascii")
        css = ("@font-face{font-family:'Desk Naskh';font-display:swap;"
               f"src:url(data:font/woff2;base64,{data}) format('woff2');}}\n") + css  # fmt: skip
    # no script in an exported file: hover or focus on a claim lights its evidence through CSS
    rules = [f"body:has(.claim[data-link={lid}]:is(:hover,:focus)) .ev.{lid}" for lid in view.link_ids]
    if rules:
        css += "\n" + ",\n".join(rules) + "{background:var(--hl);outline:2px solid var(--hl-edge);}\n"
    return css


def render_export(view: PageView, *, font: bool = True) -> str:
    """The page as one self-contained HTML file: inline CSS, the font inlined, no script."""
    css = _export_css(view, font)
    return environment().get_template("export.html").render(v=view, css=Markup(css))


def page_context(view: PageView) -> dict[str, Any]:
    return {"v": view}
