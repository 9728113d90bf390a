"""What the checker finds in a brief and what the extractor reads in a text, as plain values
for assertions (shared by the phrasing tests)."""

from __future__ import annotations

from summarizer.numbers.quantities import extract_quantities
from summarizer.source_index import SourceIndex
from summarizer.validators import check_grounding


def flags(source: str | SourceIndex, brief: str, lang: str = "en") -> list[tuple[str, str]]:
    """(claim text, severity) of every finding on `brief`."""
    return [(f.claim.text, f.severity) for f in check_grounding(source, brief, lang)]  # type: ignore[arg-type]


def flags_of(kind: str, source: str | SourceIndex, brief: str, lang: str = "en") -> list[tuple[str, str]]:
    """(claim text, severity) of the findings of one kind (name, number, date) on `brief`."""
    return [(f.claim.text, f.severity) for f in check_grounding(source, brief, lang)  # type: ignore[arg-type]
            if f.kind.value == kind]


def values(text: str, lang: str) -> list[float]:
    """The value of every quantity in `text`."""
    return [q.value for q in extract_quantities(text, lang)]  # type: ignore[arg-type]
