"""The contract: what the toolkit extracts, what the model must return, what a caller receives.

Two layers:
- `Span`, `Quantity`, `NameMatch`, `Finding`: what the deterministic Urdu toolkit produces.
- `BriefDraft` (what the LLM fills, compatible with OpenAI strict structured outputs: every
  field required, nullable where optional, no extra keys) and `Brief` (the draft plus the
  validation report and run metadata the pipeline adds).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from summarizer.errors import ValidationFailed

__all__ = [
    "MAX_ANSWER_BYTES",
    "PLOVER_TYPES",
    "Brief",
    "BriefDraft",
    "Dateline",
    "Entity",
    "EntityType",
    "Event",
    "EventType",
    "Evidence",
    "Finding",
    "FindingKind",
    "KeyPoint",
    "Meta",
    "NameMatch",
    "Quantity",
    "QuantityClaim",
    "QuantityKind",
    "Severity",
    "Span",
    "ValidationReport",
    "check_answer_size",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --------------------------------------------------------------------------- toolkit types


class Span(_Strict):
    """Characters [start, end) of some text; `text` is exactly those original characters."""

    start: int
    end: int
    text: str


class QuantityKind(StrEnum):
    COUNT = "count"
    PERCENT = "percent"
    MONEY = "money"
    YEAR = "year"
    DATE = "date"
    ORDINAL = "ordinal"
    DURATION = "duration"
    MEASURE = "measure"


Qualifier = Literal["exact", "about", "more_than", "less_than", "up_to", "at_least"]


class Quantity(_Strict):
    """A number stated in a text, with its kind and unit, pointing at the original characters."""

    value: float
    kind: QuantityKind = QuantityKind.COUNT
    unit: str | None = None
    """ISO 4217 code for money (PKR, USD, EUR, GBP, ...); a unit word for measures and durations."""
    qualifier: Qualifier = "exact"
    span: Span


class NameMatch(_Strict):
    """Where an English name was found in Urdu text, and how sure the match is (0..1)."""

    english: str
    span: Span | None
    score: float
    method: str
    """How it matched: exact, exonym, demonym, acronym, role, transliteration, variant; none when unmatched."""


class FindingKind(StrEnum):
    NUMBER = "number"
    NAME = "name"
    EVIDENCE = "evidence"
    CONSISTENCY = "consistency"
    REFERENCE = "reference"
    DATE = "date"
    LINK = "link"


Severity = Literal["error", "warning"]
Lang = Literal["ur", "en"]
"""The language of a text a check reads: Urdu, or English about an Urdu source."""


class Finding(_Strict):
    """One claim in checked text that the source does not support."""

    kind: FindingKind
    severity: Severity = "error"
    field: str | None = None
    """Where in a brief the claim sits (`summary_en`, `entities[2].name_ur`); None for bare text."""
    claim: Span
    nearest: Span | None = None
    """The closest candidate in the source, when there is one."""
    message: str


# --------------------------------------------------------------------------- LLM contract

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION",
    "COERCE", "ASSAULT", "FIGHT", "CRIME", "ACCIDENT", "DISASTER", "ELECT", "OTHER",
)  # fmt: skip
EventType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION",
    "COERCE", "ASSAULT", "FIGHT", "CRIME", "ACCIDENT", "DISASTER", "ELECT", "OTHER",
]  # fmt: skip
EntityType = Literal["person", "organization", "location", "other"]

# Size caps: far above what a brief of one news article needs, low enough that an oversized
# answer is refused by the schema in microseconds instead of keeping the validators busy.
# They are part of the JSON Schema the model is sent.
HEADLINE_CHARS = 3_000
SUMMARY_CHARS = 6_000
SENTENCE_CHARS = 3_000
QUOTE_CHARS = 3_000
NAME_CHARS = 300
ID_CHARS = 40
KEY_POINTS = 20
EVIDENCE_ITEMS = 8
ENTITIES = 150
QUANTITIES = 150
EVENTS = 40
EVENT_QUANTITIES = 20
PARTIES = 30
MAX_ANSWER_BYTES = 256 * 1024
"""Largest model answer (the completion's text or tool arguments, UTF-8) that is parsed at all."""

_Id = Annotated[str, Field(max_length=ID_CHARS)]


def check_answer_size(text: str | bytes | None, *, limit: int = MAX_ANSWER_BYTES, attempts: int = 1) -> None:
    """Refuse a model answer over `limit` bytes before it is parsed or validated.

    Raises `ValidationFailed` (no `last_output`: the oversized text is not kept). Engines call it
    on the raw completion text before handing it to the parser.
    """
    if text is None:
        return
    if isinstance(text, str):
        if len(text) * 4 <= limit:  # UTF-8 takes at most 4 bytes a character
            return
        size = len(text.encode("utf-8", "surrogatepass"))
    else:
        size = len(text)
    if size > limit:
        raise ValidationFailed(
            f"the model's answer is {size:,} bytes, over the cap of {limit:,}; refused before parsing "
            "(a brief of one article is a few kilobytes)",
            attempts=attempts,
        )


class Evidence(_Strict):
    quote: str = Field(max_length=QUOTE_CHARS, description="A verbatim quote copied from the Urdu article, 3-30 words.")
    start: int | None = Field(description="Set null: the pipeline fills the character offset.")
    end: int | None = Field(description="Set null: the pipeline fills the character offset.")


class Entity(_Strict):
    id: str = Field(max_length=ID_CHARS, description="Short id such as e1, e2; events refer to entities by it.")
    name_en: str = Field(max_length=NAME_CHARS, description="The usual English spelling of the name.")
    name_ur: str = Field(max_length=NAME_CHARS, description="The name exactly as the Urdu article writes it.")
    type: EntityType
    role_en: str | None = Field(max_length=NAME_CHARS, description="English role or title, e.g. 'Russian foreign minister'.")


class QuantityClaim(_Strict):
    value: float = Field(description="The number as a plain value: 1.5 lakh is 150000.")
    unit: str | None = Field(max_length=NAME_CHARS, description="What is counted or the ISO currency code: people, PKR, USD, percent.")
    text_ur: str = Field(max_length=NAME_CHARS, description="The number exactly as the Urdu article writes it.")
    text_en: str = Field(max_length=NAME_CHARS, description="The number as written in the English summary.")


class KeyPoint(_Strict):
    text_en: str = Field(max_length=SENTENCE_CHARS)
    text_ur: str = Field(max_length=SENTENCE_CHARS)
    evidence: list[Evidence] = Field(max_length=EVIDENCE_ITEMS)


class Event(_Strict):
    type: EventType = Field(description="PLOVER event category.")
    description_en: str = Field(max_length=SENTENCE_CHARS, description="One English sentence: who did what to whom.")
    actors: list[_Id] = Field(max_length=PARTIES, description="Entity ids of who acted.")
    targets: list[_Id] = Field(max_length=PARTIES, description="Entity ids of whom it was done to.")
    place_en: str | None = Field(max_length=NAME_CHARS)
    place_ur: str | None = Field(max_length=NAME_CHARS, description="The place as the Urdu article writes it.")
    date: str | None = Field(max_length=NAME_CHARS, description="ISO date when the article makes it certain, else as written.")
    quantities: list[QuantityClaim] = Field(max_length=EVENT_QUANTITIES)
    evidence: list[Evidence] = Field(max_length=EVIDENCE_ITEMS)


class Dateline(_Strict):
    place_en: str | None = Field(max_length=NAME_CHARS)
    place_ur: str | None = Field(max_length=NAME_CHARS)
    agency: str | None = Field(max_length=NAME_CHARS, description="News agency or desk named in the dateline, e.g. APP.")


class BriefDraft(_Strict):
    """What the model returns for one article."""

    headline_ur: str = Field(max_length=HEADLINE_CHARS)
    headline_en: str = Field(max_length=HEADLINE_CHARS)
    summary_ur: str = Field(max_length=SUMMARY_CHARS)
    summary_en: str = Field(max_length=SUMMARY_CHARS)
    key_points: list[KeyPoint] = Field(max_length=KEY_POINTS)
    entities: list[Entity] = Field(max_length=ENTITIES)
    quantities: list[QuantityClaim] = Field(max_length=QUANTITIES)
    events: list[Event] = Field(max_length=EVENTS)
    dateline: Dateline


# --------------------------------------------------------------------------- the result


class ValidationReport(_Strict):
    passed: bool
    findings: list[Finding]
    numbers_checked: int = 0
    names_checked: int = 0


class Meta(_Strict):
    engine: str
    model: str | None = None
    prompt_version: str | None = None
    attempts: int = 1
    tokens_in: int | None = None
    tokens_out: int | None = None
    latency_ms: float | None = None
    cost_usd: float | None = None
    fixture_origin: Literal["recorded", "authored"] | None = None
    fallback_reason: str | None = None
    """Set when the LLM failed and the rules engine answered instead: the error, without secrets."""
    extractive: bool = False
    """True when English fields hold only facts copied from the article (the rules engine)."""


class Brief(BriefDraft):
    """One article's brief: the draft, its validation, and how it was made."""

    validation: ValidationReport
    meta: Meta
