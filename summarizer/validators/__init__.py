"""Grounding checks: every number and name in a brief against the Urdu source.

How close is close enough (the contract the tests hold):
- An unhedged number must equal a source number of a compatible kind (relative difference
  ≤ 0.1%), or be that number rounded to two or three significant figures
  (1,482,000 → "1.5 million", "1.48 million").
- A hedged number ("about", "more than", "nearly", تقریباً، سے زیادہ ...) may sit within
  `HEDGE_TOLERANCE` (10%) of a source number, and "more than X"/"at least X" also holds when
  the source number is above X by at most 25% ("more than 40 percent" for 42 فیصد), and only
  then ("at least 61" is not the source's "at least 60"); "less than" and "up to" mirror that
  (15% for percentages: "more than 40 percent" is not 50 فیصد). Two
  vague plurals agree only when equal ("hundreds" is not ہزاروں).
- Years, dates and ordinals are never approximate (no relative tolerance: 2013 is not 2015).
- Urdu claims only: a loose match (hedge tolerance, rounding, a count against a day of the
  month) must share a content word nearby with the source number (`urdu.context`), or be
  money in the same currency, else the finding "about something else" (a warning). Exact
  restatements need no context.
- A vague plural (درجنوں، ہزاروں) supports only a vague or hedged claim, never "12".
- Kinds must agree: a percent is never grounded by a count, money only by money in the same
  currency (a count may drop the currency), dates agree on every part both state.
- Scale errors (the same significant digits at another power of ten, both numbers ≥ 100:
  lakh vs million, ہزار vs لاکھ) are errors that quote the source number they distort.
- Word-only "one" (ایک is also "a") and word ordinals up to "third" (پہلے is also "before")
  are not claims unless they rank an event (دوسرے راؤنڈ, the second Test), or "third" stands
  before a noun that is no idiom (تیسری منزل, the third floor; not the Third World); digits
  always are. دونوں / تینوں ground "two" / "three"; an Urdu brief's own تینوں، چاروں ... are
  count claims (its دونوں is not).
- A name holds when the names module matches it in the source at or above its threshold
  (exact, exonym, demonym, acronym letter-names, transliteration, spelling variant, role).
  An unmatched English name made only of common words ("Council of Common Interests", a
  sentence-initial "Floods") is a warning, unless a person's title marks it as a name
  (President Carter: an error); so is an Urdu word that is only rare and absent from the
  source (so are unknown words and runs of less common new words in a name's slot). Gazetteer
  places, acronyms and institution phrases are errors, and so are Urdu words before نامی or
  صاحب, and a given name the article writes with another surname. An everyday word of the
  source (by its own frequency or its paradigm's: قرضہ, a loan) is no evidence for a
  transliterated name, nor is a word inside a quoted phrase unless it opens it.

Findings are data (`schemas.Finding`); `reask_message` turns the errors into compact feedback
for the model. The pydantic hook for instructor lives with the OpenAI engine: it calls
`validate_draft` with the source from the validation context.

The package's modules, one job each: `numbers` (one quantity against the article's),
`number_claims` (which numbers are claims), `counts` (numbers read together), `name_support` and
`names` (names), `dates`, `terms` (links, clauses, ministries, forces, directions), `grounding`
(`check_grounding`, which runs them all on one source index) and `drafts` (whole drafts).
"""

from summarizer.source_index import SourceIndex
from summarizer.validators.drafts import find_quote, reask_message, resolve_evidence, validate_draft
from summarizer.validators.grounding import check_consistency, check_grounding
from summarizer.validators.numbers import HEDGE_TOLERANCE, is_rounding, supporting_numbers

__all__ = [
    "HEDGE_TOLERANCE",
    "SourceIndex",
    "check_consistency",
    "check_grounding",
    "find_quote",
    "is_rounding",
    "reask_message",
    "resolve_evidence",
    "supporting_numbers",
    "validate_draft",
]
