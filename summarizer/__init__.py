"""summarizer: Urdu news articles to bilingual briefs, every number and name grounded in the source.

    from summarizer import summarize, check_grounding, extract_quantities
    brief = summarize(urdu_text)             # engine from arguments, else the environment, else rules
    brief.summary_en, brief.events, brief.validation.findings

Names load on first use, so `import summarizer` stays cheap (openai, instructor, uroman and
babel are imported only by the code that needs them).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Brief",
    "BriefDraft",
    "ConfigError",
    "DatasetError",
    "EndpointError",
    "EngineError",
    "Finding",
    "FixtureMissing",
    "InputError",
    "Quantity",
    "SummarizerError",
    "ValidationFailed",
    "ValidationReport",
    "asummarize",
    "check_consistency",
    "check_grounding",
    "extract_quantities",
    "match_name",
    "summarize",
    "validate_draft",
]

_WHERE = {
    "Brief": "summarizer.schemas",
    "BriefDraft": "summarizer.schemas",
    "Finding": "summarizer.schemas",
    "Quantity": "summarizer.schemas",
    "ValidationReport": "summarizer.schemas",
    "ConfigError": "summarizer.errors",
    "DatasetError": "summarizer.errors",
    "EndpointError": "summarizer.errors",
    "EngineError": "summarizer.errors",
    "FixtureMissing": "summarizer.errors",
    "InputError": "summarizer.errors",
    "SummarizerError": "summarizer.errors",
    "ValidationFailed": "summarizer.errors",
    "asummarize": "summarizer.api",
    "summarize": "summarizer.api",
    "check_consistency": "summarizer.validators",
    "check_grounding": "summarizer.validators",
    "validate_draft": "summarizer.validators",
    "extract_quantities": "summarizer.numbers.quantities",
    "match_name": "summarizer.names.matching",
}

if TYPE_CHECKING:
    from summarizer.api import asummarize, summarize
    from summarizer.errors import (
        ConfigError,
        DatasetError,
        EndpointError,
        EngineError,
        FixtureMissing,
        InputError,
        SummarizerError,
        ValidationFailed,
    )
    from summarizer.names.matching import match_name
    from summarizer.numbers.quantities import extract_quantities
    from summarizer.schemas import Brief, BriefDraft, Finding, Quantity, ValidationReport
    from summarizer.validators import check_consistency, check_grounding, validate_draft


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
