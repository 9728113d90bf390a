"""A desk report for a terminal: one block per finding, Urdu kept direction-safe.

    brief.txt:1:23: error (name) Qamar Javed Bajwa
      Name 'Qamar Javed Bajwa' is not in the article. ...
      the article says:
        ⁨پاک فوج کے شعبہ تعلقات عامہ ...⁩

The Urdu sentence is printed on its own line, and every Urdu run (there, in a claim or inside a
checker message) is wrapped in the Unicode isolates FSI ... PDI, so a terminal's bidi handling
cannot reorder the Latin text around it; the nearest evidence inside the sentence is underlined
when the terminal shows styles.
"""

from __future__ import annotations

import re

from rich.console import Console
from rich.text import Text

from summarizer.desk.check import DeskFinding, DeskReport
from summarizer.schemas import Span

__all__ = ["FSI", "PDI", "isolate", "isolate_runs", "print_report"]

FSI = "\u2068"
PDI = "\u2069"
_ARABIC = "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"
_URDU_RUN = re.compile(rf"[{_ARABIC}]+(?:[\s\d.,،]+[{_ARABIC}]+)*")


def isolate(text: str) -> str:
    """`text` between FSI and PDI, with no bidi controls of its own that could leak out."""
    cleaned = "".join(ch for ch in text if ch not in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    return f"{FSI}{cleaned}{PDI}"


def isolate_runs(text: str) -> str:
    """Each Urdu run inside Latin text (a checker message quoting '۱۲') isolated on its own."""
    return _URDU_RUN.sub(lambda m: isolate(m.group()), text)


def _sentence_text(sentence: Span, nearest: Span | None) -> Text:
    out = Text(FSI)
    body = sentence.text
    if nearest is not None and sentence.start <= nearest.start and nearest.end <= sentence.end:
        a, b = nearest.start - sentence.start, nearest.end - sentence.start
        out.append(body[:a])
        out.append(body[a:b], style="bold underline")
        out.append(body[b:])
    else:
        out.append(body)
    out.append(PDI)
    return out


def _block(name: str, d: DeskFinding) -> list[Text]:
    f = d.finding
    where = f"{name}:{d.location.line}:{d.location.column}" if d.location else name
    if d.location is None and f.field:
        where += f" ({f.field})"
    colour = "red" if f.severity == "error" else "yellow"
    head = Text(f"{where}: ")
    head.append(f.severity, style=f"bold {colour}")
    head.append(f" ({f.kind.value}) ")
    head.append(isolate_runs(f.claim.text), style="bold")
    lines = [head, Text("  " + isolate_runs(f.message))]
    if d.source_sentence is not None:
        label = "the article says:" if f.nearest is not None else "the article's sentence on this:"
        lines.append(Text(f"  {label}"))
        lines.append(Text("    ") + _sentence_text(d.source_sentence, f.nearest))
    elif f.nearest is not None:
        lines.append(Text("  closest in the article:"))
        lines.append(Text("    " + isolate(f.nearest.text)))
    return lines


def print_report(report: DeskReport, name: str, console: Console, *, errors_only: bool = False) -> None:
    """Blocks for the findings, blank-line separated, then one summary line."""
    shown = [d for d in report.findings if d.finding.severity == "error" or not errors_only]
    for d in shown:
        for line in _block(name, d):
            console.print(line, soft_wrap=True, highlight=False)
        console.print()
    summary = f"{report.errors} error(s), {report.warnings} warning(s); {report.numbers_linked} numbers and {report.names_linked} names linked to the article"
    if not report.findings:
        summary = "no findings: " + summary
    console.print(summary, soft_wrap=True, highlight=False)
