"""One source index per article: what every grounding check needs, built once.

    index = SourceIndex(article)          # cheap: parts are computed on first use
    check_grounding(index, brief_en)      # every check takes the index (or the text)

The normalised text, the quantities (Urdu, English-script figures, and دونوں-style
collectives), the name index, the context words around every token, the date words and the
links the article contains. Engines put the index into instructor's validation context, so
the re-ask loop, the pipeline and the translator's check all read one object per article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from functools import cached_property
from itertools import pairwise

from summarizer.errors import InputError
from summarizer.lexicon.words import compass_directions
from summarizer.names.gazetteer import lookup_urdu
from summarizer.names.matching import NameIndex
from summarizer.names.romanize import known_name
from summarizer.numbers.clauses import clauses_in_words
from summarizer.numbers.clock import clock_times
from summarizer.numbers.codes import serial_codes
from summarizer.numbers.collectives import collective_counts
from summarizer.numbers.counted import listed_concepts
from summarizer.numbers.labels import labels
from summarizer.numbers.listing import article_lists
from summarizer.numbers.quantities import extract_quantities, urdu_time_unit
from summarizer.numbers.ranges import number_ranges
from summarizer.numbers.urdu import sounded_digit_runs, sounded_ordinals
from summarizer.schemas import Quantity, QuantityKind, Span
from summarizer.text.context import Context
from summarizer.text.dateline import find_datelines
from summarizer.text.dates import DateWord, date_words, urdu_date
from summarizer.text.normalize import fold
from summarizer.text.sentences import split_sentences

__all__ = ["LINK_PATTERN", "SourceIndex", "as_index", "dashed_pairs", "find_links", "link_key", "set_score", "spoken_pairs"]

_TODAY = re.compile(r"(?<![\w])آج(?![\w])")
_YESTERDAY = re.compile(r"(?<![\w])(?:گزشتہ|گذشتہ)\s*(?:روز|صبح|شب|رات|شام|دن)(?![\w])")
_RELATIVE = r"(?<![\w])(?:(?P<next>آئندہ|ائندہ|اگلے|اگلا|اگلی)|(?P<this>رواں|اس|امسال)|(?P<last>گزشتہ|گذشتہ|پچھلے|پچھلا))\s*"
_RELATIVE_YEAR = re.compile(_RELATIVE + r"(?:سال|برس)(?![\w])")
_RELATIVE_MONTH = re.compile(_RELATIVE + r"(?:ماہ|مہینے|مہینہ)(?![\w])")
"""Next, this and last year or month (آئندہ سال، رواں ماہ، گزشتہ سال), which a dateline dates."""
_RUNS = re.compile(r"\s*رن(?:ز|وں)?(?!\w)")
_WICKETS = re.compile(r"\s*وکٹ(?:یں|وں)?(?!\w)")
_FIGURES_GAP = 30
"""Characters between a bowler's runs and wickets in one statement of his figures."""
_RUN_TOTAL_AFTER = re.compile(r"\s*(?:رنز|رن)(?:\s|[،۔.,]|$)")
"""رنز or رن then a break after a number: a side's total as a margin is taken between (narrower
than `_RUNS`, which bowling figures read, by رنوں and a closing bracket)."""
_TOTAL_MIN = 20
"""Totals a margin is taken between: a side's innings, not a bowler's or a batsman's small figures."""
_SIDES = {"ٹرائنگولر": 3, "ٹرائی اینگولر": 3, "ٹرائی": 3, "کواڈرینگولر": 4}
_SIDES_WORD = re.compile(r"(?<!\w)(ٹرائنگولر|ٹرائی اینگولر|کواڈرینگولر|ٹرائی(?=\s*(?:سیریز|نیشن)))(?!\w)")
"""Series named by their English count of sides in Urdu letters (ٹرائنگولر سیریز, ٹرائی سیریز)."""
_NO_ACCOUNT = re.compile(
    r"(?<!\w)(?:(?:بغیر|بنا)\s+کھات[ہا]\s+کھولے|کھات[ہا]\s+کھولے\s+(?:بغیر|بنا)"
    r"|کھات[ہا]\s+(?:\w+\s+){0,3}?(?:نہ|نہیں)\s+(?:\w+\s+)?کھول\w*"
    r"|کھات[ہا]\s+(?:\w+\s+){0,3}?کھول\w*\s+(?:\w+\s+){0,2}?(?:نہ|نہیں)(?!\w))")
"""A batsman out for nought, as Urdu says it: he could not open his account (کھاتہ بھی نہ کھول سکے,
کھاتہ تک کھولنا نصیب نہیں ہوا, بغیر کھاتہ کھولے): a zero a brief may write as صفر or 0."""

LINK_PATTERN = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'()]+"  # URLs
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"  # e-mail addresses
    r"|(?<![\w@])@[A-Za-z0-9_]{2,}"  # @handles
    r"|(?<![\w.])\+?\d[\d\s()-]{7,}\d(?!\w|\.\d)",  # phone numbers: 9+ digits with separators
    re.I,
)
"""Links and contacts a brief must not carry unless the article does."""


_LINK_PATTERN_NO_AT = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'()]+|(?<![\w.])\+?\d[\d\s()-]{7,}\d(?!\w|\.\d)", re.I)
"""LINK_PATTERN without its addresses and handles, for a text with no @: they cost most of its time."""


def find_links(text: str) -> list[re.Match[str]]:
    """Links, addresses, handles and phone numbers (9 digits or more: not "2014-2015")."""
    pattern = LINK_PATTERN if "@" in text else _LINK_PATTERN_NO_AT
    return [m for m in pattern.finditer(text)
            if m.group(0)[0] not in "+0123456789" or sum(c.isdigit() for c in m.group(0)) >= 9]


def link_key(raw: str) -> str:
    """Comparable form: lower case, no scheme, no trailing punctuation; digits only for phones."""
    text = raw.strip().rstrip(".,;:!?")
    if re.fullmatch(r"\+?[\d\s()-]+", text):
        return re.sub(r"\D", "", text)[-9:]
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", text.lower()).rstrip("/")


_NEXT_WORD = re.compile(r"\s+(?:ہی\s+)?(\w+)")
"""The word after a number, past an emphatic ہی (تیسرے ہی روز)."""
_PAIR_GAP = re.compile(r"\s*[-–—:]\s*")
_SLASH_OR_PAIR_GAP = re.compile(r"\s*[-–—:/]\s*")
"""An article may write a set's score with a slash (سیٹ 4/6 سے): a pair there, a fraction only
when the number reader took it as one."""
_URDU_SCORE_GAP = re.compile(r"\s*کے\s+مقابلے(?:\s+میں)?\s*")
"""3 کے مقابلے میں 4 گول سے: a score written out (4-3), in an Urdu article only."""
_SPACE_GAP = re.compile(r"\s+")
"""تین صفر, چھ تین: a score said in number words side by side (three-nil, 6-3)."""
_SET_SCORES = frozenset({(6.0, b) for b in (0.0, 1.0, 2.0, 3.0, 4.0)} | {(7.0, 5.0), (7.0, 6.0)})


def set_score(a: float, b: float) -> bool:
    """Number words side by side that can only be a tennis set's score: 6-0 to 6-4, 7-5, 7-6
    (چھ ایک, سات پانچ). Two numbers rising (دو تین, چھ سات) are a rough count instead."""
    return (a, b) in _SET_SCORES


def spoken_pairs(text: str, quantities: Sequence[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """Number words side by side, no digits among them (تین صفر, چھ تین): a score said aloud."""
    return [(a, b) for a, b in dashed_pairs(text, quantities, _SPACE_GAP)
            if not any(c.isdigit() for c in a.span.text + b.span.text)]


def dashed_pairs(text: str, quantities: Sequence[Quantity], gap: re.Pattern[str] = _PAIR_GAP) -> Iterator[tuple[Quantity, Quantity]]:
    """Consecutive small whole counts joined by a dash or colon (6-3, 7-5; 2:1), in text order."""
    ordered = sorted(quantities, key=lambda q: q.span.start)
    for a, b in pairwise(ordered):
        if (_small_whole(a) and _small_whole(b) and a.span.end <= b.span.start
                and gap.fullmatch(text[a.span.end : b.span.start])):
            yield a, b


def _small_whole(q: Quantity) -> bool:
    return q.kind is QuantityKind.COUNT and q.value == int(q.value) and 0 <= q.value < 100


class SourceIndex:
    """An article and everything the checks look up in it, each part computed on first use."""

    def __init__(self, text: str, *, published: date | None = None, outlet: str | None = None) -> None:
        """`published`: the article's date when it comes apart from the text (an agency file's
        metadata, a web page's date). A brief may cite it, as it cites a dateline, so the checks
        read it as a last line of the article: `text` is the article plus `17 اکتوبر 2014`.

        `outlet`: who published the article (`BBC Urdu`, `Dawn`), when that too comes apart from
        the text (a page's site name, a corpus). A brief may say so (`the BBC Urdu report says`,
        `a BBC correspondent`), which an article's own text seldom does."""
        if not isinstance(text, str):
            raise InputError(f"a source article must be text (str), not {type(text).__name__}")
        if published is not None and not isinstance(published, date):
            raise InputError(f"published must be a datetime.date, not {type(published).__name__}")
        if outlet is not None and (not isinstance(outlet, str) or not outlet.strip()):
            raise InputError(f"outlet must be a non-empty name (str), not {outlet!r}")
        self.article = text
        self.published = published
        self.outlet = outlet.strip() if outlet is not None else None
        self.text = text if published is None else f"{text}\n\n{urdu_date(published)}"

    def __repr__(self) -> str:
        return f"SourceIndex({len(self.text)} chars)"

    @cached_property
    def folded(self) -> str:
        return fold(self.text)

    @cached_property
    def spaceless(self) -> str:
        """The folded text without spaces: a phrase is found however the article spaces it."""
        return self.folded.replace(" ", "")

    @cached_property
    def quantities(self) -> tuple[Quantity, ...]:
        found = extract_quantities(self.text, "ur")
        # Sources sometimes carry English-style figures ("$5bn", "5 million"); the English pass
        # adds Latin-script words. Keep both, deduplicated by span.
        seen = {(q.span.start, q.span.end) for q in found}
        extra = [q for q in extract_quantities(self.text, "en") if (q.span.start, q.span.end) not in seen
                 and any(c.isalpha() and c.isascii() for c in q.span.text)]  # fmt: skip
        # "both"/"all three" (دونوں، تینوں) state a count English writes as "the two", "three".
        collective = collective_counts(self.text)
        # a series by its English count of sides (ٹرائنگولر سیریز: a three-nation, سہ ملکی, series)
        collective += [
            Quantity(value=_SIDES[m.group(1)], span=Span(start=m.start(), end=m.end(), text=m.group(0)))
            for m in _SIDES_WORD.finditer(self.text)
        ]
        # numbers read out in English digit by digit (ٹرپل ون بریگیڈ: 111 Brigade)
        sounded = [Quantity(value=v, span=Span(start=a, end=b, text=self.text[a:b])) for a, b, v in sounded_digit_runs(self.text)]
        sounded += [Quantity(value=0, span=Span(start=m.start(), end=m.end(), text=m.group(0)))
                    for m in _NO_ACCOUNT.finditer(self.text)]
        # English ordinals written out (فورتھ سیڈ: the fourth seed)
        ordinals = [Quantity(value=v, kind=QuantityKind.ORDINAL, span=Span(start=a, end=b, text=self.text[a:b]))
                    for a, b, v in sounded_ordinals(self.text)]
        return tuple(found + extra + collective + sounded + ordinals)

    @cached_property
    def relative_dates(self) -> tuple[tuple[str, int, Span], ...]:
        """(kind, value, the article's words) for the weekdays, months and years its "today",
        "yesterday", "next month", "last year" (آج، گزشتہ روز، آئندہ ماہ، گزشتہ سال) name by the
        calendar from its published date; none without one. A desk's reckoning from a dateline
        is no statement of the article's, and the same words may date another event: checkers
        make a claim they alone support a warning. (کل is also "tomorrow" and "total": not read.)"""
        if self.published is None:
            return ()
        day = self.published
        out = [("weekday", named.weekday(), span) for named, span in self._today_and_yesterday]
        out += [("month", (day.month - 1 + _step(m)) % 12 + 1, _span(m)) for m in _RELATIVE_MONTH.finditer(self.article)]
        out += [("year", day.year + _step(m), _span(m)) for m in _RELATIVE_YEAR.finditer(self.article)]
        return tuple(out)

    @cached_property
    def has_dateline(self) -> bool:
        """The article opens a line with a dateline of its own (`اسلام آباد (اے پی پی)`,
        `کراچی: ...`): where it does, a brief's dateline place must be the article's."""
        return bool(find_datelines(self.article, is_place=lambda place: bool(lookup_urdu(place))))

    @cached_property
    def stated_days(self) -> frozenset[str]:
        """The days the article states in full, and its published date, as ISO dates, each also
        without its year (`--10-02`, as a brief writes "October 2")."""
        days = {q.unit for q in self.quantities if q.kind is QuantityKind.DATE and q.unit}
        if self.published is not None:
            days.add(self.published.isoformat())
        return frozenset(days | {f"--{day[5:]}" for day in days if not day.startswith("--")})

    @cached_property
    def reckoned_days(self) -> frozenset[str]:
        """The days of the weekdays the article names, each in the week up to a full date it
        states (بیجنگ، 22 ستمبر 2014 ... اتوار کی شام: Sunday the 21st), as ISO dates and without
        the year (as `stated_days`): a desk's reckoning the article settles."""
        anchors = [date.fromisoformat(day) for day in self.stated_days if not day.startswith("--")]
        days = {(anchor - timedelta(days=(anchor.weekday() - d.value) % 7)).isoformat()
                for d in date_words(self.article, "ur") if d.kind == "weekday" for anchor in anchors}  # fmt: skip
        return frozenset(days | {f"--{day[5:]}" for day in days})

    @cached_property
    def _today_and_yesterday(self) -> tuple[tuple[date, Span], ...]:
        """(the day it names by the published date, the words) for each آج and گزشتہ روز of the
        article, every "today" before every "yesterday"; none without a published date."""
        if self.published is None:
            return ()
        return tuple((self.published + timedelta(days=shift), _span(m))
                     for pattern, shift in ((_TODAY, 0), (_YESTERDAY, -1)) for m in pattern.finditer(self.article))

    def relative_day(self, day: str) -> Span | None:
        """The article's "today" or "yesterday" (آج، گزشتہ روز) that names this ISO day (or
        `--MM-DD`) by its published date. Not settled: the words may date another event."""
        return next((span for named, span in self._today_and_yesterday
                     if day in (named.isoformat(), f"--{named.isoformat()[5:]}")), None)

    def relative_date(self, kind: str, value: int) -> Span | None:
        """The article's words that name this weekday, month or year relative to its date."""
        return next((span for k, v, span in self.relative_dates if (k, v) == (kind, value)), None)

    @cached_property
    def named_lists(self) -> dict[int, str]:
        """Lists of three to six names the article gives (برطانیہ، فرانس اور جرمنی), each item a
        known name or gazetteer entry: count → the first such list, as written."""
        out: dict[int, str] = {}
        for items in article_lists(self.text):
            # the first item's walk may take in words before the list (ایران برطانیہ، فرانس ...)
            words = items[0].split()
            first = next((" ".join(words[k:]) for k in range(len(words)) if _named(" ".join(words[k:]))), None)
            if first is not None and all(_named(item) for item in items[1:]):
                out.setdefault(len(items), "، ".join((first, *items[1:])))
        return out

    @cached_property
    def digit_runs(self) -> frozenset[str]:
        """Every run of digits the article writes (Urdu digits read as ASCII): a clause a brief
        cites in digits must be one of them."""
        return frozenset(re.findall(r"[0-9]+", self.folded))

    @cached_property
    def clauses_in_words(self) -> frozenset[int]:
        """Clauses the article cites in number words (دفعہ تین سو دو)."""
        return clauses_in_words(self.folded)

    @cached_property
    def clock_minutes(self) -> dict[int, Span]:
        """The clock times the article gives (Urdu and Latin), minutes past twelve → the first span."""
        out: dict[int, Span] = {}
        for c in (*clock_times(self.text, "ur"), *clock_times(self.text, "en")):
            out.setdefault(c.minutes, c.span)
        return out

    @cached_property
    def _pairs(self) -> tuple[tuple[Quantity, Quantity], ...]:
        return tuple(dashed_pairs(self.text, self.quantities, _SLASH_OR_PAIR_GAP))

    @cached_property
    def writes_dashed_pairs(self) -> bool:
        """The article writes pairs in digits (6-3, 4/6): every pair a brief gives is judged.
        Otherwise only set scores are (its set scores said in words make them judged)."""
        return bool(self._pairs)

    @cached_property
    def number_pairs(self) -> frozenset[tuple[float, float]]:
        """Small whole numbers written as a dashed pair (a score 6-4, a tally 3-1), both orders:
        an Urdu line may hold the pair in either order once it is shown right to left. Where the
        article writes dashed pairs, a score written out (3 کے مقابلے میں 4, تین صفر) is one too; alone it
        never makes pairs judged, as an article states scores in more ways than are read here,
        unless it is a tennis set's (چھ ایک اور چھ چار: 6-1, 6-4), which no other phrase reads as."""
        spoken = spoken_pairs(self.text, self.quantities)
        judged = bool(self._pairs) or any(set_score(a.value, b.value) for a, b in spoken)
        worded = [*dashed_pairs(self.text, self.quantities, _URDU_SCORE_GAP), *spoken] if judged else []
        return frozenset(p for a, b in (*self._pairs, *worded) for p in ((a.value, b.value), (b.value, a.value)))

    @cached_property
    def two_largest_totals_apart(self) -> float | None:
        """The difference of the article's two largest run figures, the sides' totals (Zimbabwe
        145, India 135: 10), which a brief states as the margin of a win by runs; None with fewer
        than two."""
        totals = sorted({q.value for q in self.quantities if q.value >= _TOTAL_MIN and q.value == int(q.value)
                         and _RUN_TOTAL_AFTER.match(self.text[q.span.end :]) is not None}, reverse=True)
        return totals[0] - totals[1] if len(totals) >= 2 else None

    @cached_property
    def bowling_figures(self) -> frozenset[tuple[float, float]]:
        """(wickets, runs) of a bowler's figures the article writes out (48 رنز دے کر 6 وکٹیں, 6
        وکٹیں 48 رنز کے عوض): a brief writes them as one pair, 6-48."""
        runs, wickets = [], []
        for q in self.quantities:
            after = self.text[q.span.end : q.span.end + 8]
            if _RUNS.match(after):
                runs.append(q)
            elif _WICKETS.match(after) and q.value <= 10:
                wickets.append(q)
        return frozenset((w.value, r.value) for w in wickets for r in runs
                         if abs(w.span.start - r.span.start) <= _FIGURES_GAP)  # fmt: skip

    @cached_property
    def paired_spans(self) -> frozenset[tuple[int, int]]:
        """(start, end) of every number that is half of a dashed pair (the 5 of 7-5)."""
        return frozenset((q.span.start, q.span.end) for pair in self._pairs for q in pair)

    @cached_property
    def unpaired_quantities(self) -> tuple[Quantity, ...]:
        """The quantities that are no half of a dashed pair: a rank (the 16th) is not the 16 of 25-16."""
        return tuple(q for q in self.quantities if (q.span.start, q.span.end) not in self.paired_spans)

    @cached_property
    def nth_units_of_time(self) -> frozenset[tuple[float, str]]:
        """(n, unit) of every "Nth day" the article gives (میچ کے تیسرے ہی روز: 3, day): what
        happened on the third day happened within three days."""
        out = set()
        for q in self.quantities:
            if q.kind is QuantityKind.ORDINAL:
                after = _NEXT_WORD.match(self.text, q.span.end)
                unit = urdu_time_unit(after.group(1)) if after is not None else None
                if unit is not None:
                    out.add((q.value, unit))
        return frozenset(out)

    @cached_property
    def counted(self) -> tuple[tuple[Quantity, frozenset[str]], ...]:
        """Every quantity with what it counts (`numbers.counted`): wickets, sons, hours, or nothing."""
        return tuple(zip(self.quantities, listed_concepts(self.text, self.quantities, "ur"), strict=True))

    @cached_property
    def ranges(self) -> frozenset[tuple[float, float]]:
        """(low, high) of every range the article gives (ستر سے اسی فیصد: 70, 80)."""
        return frozenset((a.value, b.value) for a, b in number_ranges(self.text, self.quantities))

    @cached_property
    def names(self) -> NameIndex:
        return NameIndex(self.text)

    @cached_property
    def sentences(self) -> tuple[Span, ...]:
        return tuple(split_sentences(self.text))

    @cached_property
    def sentence_names(self) -> tuple[tuple[Span, NameIndex], ...]:
        """A name index per sentence: where else a name occurs, spelt another way (the desk)."""
        return tuple((s, NameIndex(s.text)) for s in self.sentences)

    @cached_property
    def context(self) -> Context:
        return Context(self.text)

    @cached_property
    def dates(self) -> tuple[DateWord, ...]:
        return tuple(date_words(self.text, "ur", strict=False))

    @cached_property
    def date_keys(self) -> frozenset[tuple[str, int]]:
        return frozenset(d.key for d in self.dates)

    @cached_property
    def label_values(self) -> frozenset[int]:
        """The numbers the article labels or ranks things with (وارڈ نمبر تین، دوسرے نمبر پر)."""
        return frozenset(label.value for label in labels(self.text, ranks=True))

    @cached_property
    def codes_by_shape(self) -> dict[str, frozenset[str]]:
        """The article's codes (H5N8, DF41) by their shape (H#N#, DF#), read once per article."""
        shapes: dict[str, set[str]] = {}
        for code in serial_codes(self.text):
            shapes.setdefault(code.shape, set()).add(code.code)
        return {shape: frozenset(codes) for shape, codes in shapes.items()}

    @cached_property
    def links(self) -> frozenset[str]:
        return frozenset(link_key(m.group(0)) for m in find_links(self.text))

    @cached_property
    def directions(self) -> dict[int, Span]:
        """The compass directions the article writes (`compass_directions`), each with where
        it first does."""
        out: dict[int, Span] = {}
        for direction, i in compass_directions(self.names.tokens):
            out.setdefault(direction, self.names.span(i, 1))
        return out


def _span(m: re.Match[str]) -> Span:
    return Span(start=m.start(), end=m.end(), text=m.group(0))


def _step(m: re.Match[str]) -> int:
    return 1 if m.group("next") else -1 if m.group("last") else 0


def _named(urdu: str) -> bool:
    return bool(lookup_urdu(urdu)) or known_name(urdu) is not None


def as_index(source: str | SourceIndex) -> SourceIndex:
    return source if isinstance(source, SourceIndex) else SourceIndex(source)
