"""Numbers read together: dashed pairs, ranges, counted things, lists a count sums up, and English
number phrasing."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import pairwise

from summarizer.names.capitals import (
    countries_named,
)
from summarizer.names.english_spans import english_name_spans
from summarizer.names.matching import (
    POSSESSIVE,
)
from summarizer.numbers.counted import counted_concepts, mentions, narrower_or_same, related_concepts
from summarizer.numbers.quantities import is_vague
from summarizer.numbers.ranges import number_ranges
from summarizer.schemas import (
    Finding,
    FindingKind,
    Lang,
    Quantity,
    QuantityKind,
    Severity,
    Span,
)
from summarizer.source_index import SourceIndex, dashed_pairs, set_score
from summarizer.validators.casualties import casualty_role
from summarizer.validators.numbers import (
    DAYS_IN,
    MAX_LISTED,
    check_numbers,
    exactly_in_other_unit,
    same_span_of_time,
    values_agree,
)


def check_pairs(source: SourceIndex, text: str, claims: list[Quantity], field: str | None,
                spoken: Sequence[tuple[Quantity, Quantity]] = ()) -> Iterator[Finding]:  # fmt: skip
    """A dashed pair (a score 7-5, a tally 3-1) is one claim: both numbers may each be in the
    article and the pair still wrong (7-6). Judged only where the article writes pairs itself.
    `spoken`: an Urdu text's set scores in number words (سات پانچ)."""
    if not source.number_pairs:
        return
    stated = ", ".join(sorted({f"{x:g}-{y:g}" for x, y in source.number_pairs if x >= y})[:6])
    for a, b in (*dashed_pairs(text, claims), *spoken):
        if a.value == b.value and _tie_written(source, a.value):
            continue  # a tie (12-12) the article words its own way: 12، 12 گیمز برابر
        if not source.writes_dashed_pairs and not set_score(max(a.value, b.value), min(a.value, b.value)):
            continue  # a head-to-head 25-22 of an article whose only pairs are set scores in words
        if (a.value, b.value) not in source.number_pairs | source.bowling_figures:
            said = text[a.span.start : b.span.end]
            yield Finding(
                kind=FindingKind.NUMBER, severity="error", field=field,
                claim=Span(start=a.span.start, end=b.span.end, text=said),
                message=(f"'{said}' is not a score or pair the article states (it gives "
                         f"{stated}, in either order). State the pair as the article does."),
            )  # fmt: skip



_TIE_GAP = 4
"""Characters between the two numbers of a tie the article writes side by side (12، 12; ایک ایک)."""


def _tie_written(source: SourceIndex, value: float) -> bool:
    """The article writes `value` twice side by side: a tie it states (12، 12 گیمز برابر)."""
    at = sorted((q.span.start, q.span.end) for q in source.quantities if q.value == value)
    return any(0 <= b[0] - a[1] <= _TIE_GAP for a, b in pairwise(at))


_ORDINAL_KIND = frozenset((QuantityKind.ORDINAL,))
_SERIES_MAX = 7
"""Ranks up to this are matches of a series or rounds (the second ODI is not two ODIs); above
it a rank is a milestone, which an article may write as the count reached (his 30th hundred)."""
_COUNT_KINDS = frozenset((QuantityKind.COUNT, QuantityKind.DURATION))


_AGE_AFTER = re.compile(r"[\s-]*old\b|(?<=سالہ)|\s*(?:سالہ|برس\s+کی\s+عمر|سال\s+کی\s+عمر)", re.I)
"""An age at or after the end of its number (25-year-old; 25 سالہ, whose span may hold سالہ; 25 برس
کی عمر): no span of time."""
_UNIT_MAY_FOLLOW = re.compile(r"\s*(?:[،,\-–]|(?:اور|یا|جبکہ|سے|تا|و)(?!\w)|\d|(?!(?:کی|کے|کا|کو|نے|پر|ہی)(?!\w))[^\W\d_]{1,2}(?!\w)|"
                              r"(?:ایک|دو|تین|چار|پانچ|چھ|سات|آٹھ|نو|دس|گیارہ|بارہ|تیرہ|چودہ|پندرہ|سولہ|سترہ|اٹھارہ|انیس|بیس)(?!\w))")
"""What may follow a number whose unit comes after a later one: a list's comma or conjunction, the
next number of a range in words (پندرہ سولہ برسوں), or a word broken by a stray space (دس بر سوں);
not a postposition (چار کی شناخت: four of them identified)."""


def check_ranges(source: SourceIndex, text: str, claims: list[Quantity], field: str | None) -> Iterator[Finding]:
    """A range is one claim: "80 to 90 percent" where the article's range is ستر سے اسی فیصد is
    wrong though it writes 90 elsewhere. Judged only against a range of the article that shares
    one end with the claim's."""
    for low, high in number_ranges(text, claims):
        if (low.value, high.value) in source.ranges:
            continue
        shifted = sorted((a, b) for a, b in source.ranges if {a, b} & {low.value, high.value})
        if not shifted:
            continue
        said = text[low.span.start : high.span.end]
        given = ", ".join(f"{a:g}-{b:g}" for a, b in shifted[:3])
        yield Finding(
            kind=FindingKind.NUMBER, severity="error", field=field,
            claim=Span(start=low.span.start, end=high.span.end, text=said),
            message=f"'{said}' is not a range the article gives (it gives {given}). State the range as the article does.",
        )  # fmt: skip


def _other_span_of_time(source: SourceIndex, claim: Quantity) -> Quantity | None:
    """A span of time whose number the article gives only for other things, where it measures
    time in the same unit otherwise: "two hours" where its hours are تین گھنٹے and its دو is
    دونوں کنارے. None when any span the article gives agrees (in any unit: 48 hours, دو دن)."""
    if claim.kind is not QuantityKind.DURATION or claim.unit not in DAYS_IN:
        return None
    spans = [q for q in source.quantities if q.kind is QuantityKind.DURATION and q.unit in DAYS_IN and not is_vague(q)]
    if any((q.unit == claim.unit and values_agree(claim, q)) or same_span_of_time(claim, q) for q in spans):
        return None
    if any(q.value == claim.value and _UNIT_MAY_FOLLOW.match(source.text, q.span.end) for q in source.quantities):
        return None  # 30 جبکہ دوسری 45 منٹ, پندرہ سولہ برسوں: the later number's unit is its too
    ages = {(q.span.start, q.span.end) for q, c in source.counted if "age" in c}  # 25 سالہ: an age, no other span
    return next((q for q in spans if q.unit == claim.unit and (q.span.start, q.span.end) not in ages), None)


def check_counted(source: SourceIndex, text: str, lang: Lang, claims: list[Quantity],
                   field: str | None) -> Iterator[Finding]:  # fmt: skip
    """A number the article gives, attached to another thing it counts: "18 wickets" where
    the article's 18 are runs and its wickets are 16. Judged only where every time the article
    writes the number (as a rank for a rank, a count for a count) it names what it counts, none
    of them the claim's noun or a broader or narrower one, and the article counts the claim's
    very noun with another number."""
    for claim in claims:
        kinds = _ORDINAL_KIND if claim.kind is QuantityKind.ORDINAL else _COUNT_KINDS
        if claim.kind not in kinds or is_vague(claim) or (claim.kind is QuantityKind.COUNT and not claim.value.is_integer()):
            continue  # (a share is no count: "three-quarters want the country united")
        span_of_time = None if _AGE_AFTER.match(text, claim.span.end) else _other_span_of_time(source, claim)
        if span_of_time is not None:
            yield Finding(
                kind=FindingKind.NUMBER, severity="error", field=field, claim=claim.span, nearest=span_of_time.span,
                message=(f"'{claim.span.text}' is a span of time the article does not give: it gives "
                         f"'{span_of_time.span.text}' in {claim.unit}s. State the time the article gives."),
            )  # fmt: skip
            continue
        concepts = counted_concepts(text, claim, lang)
        if not concepts:
            continue
        scored = [(q, c) for q, c in source.counted if q.value == claim.value and q.kind in kinds]
        same = [c for q, c in scored if c or (q.span.start, q.span.end) not in source.paired_spans]
        if any(not c or related_concepts(c, concepts) for c in same):
            continue  # the article writes the number for this thing, or without naming what it counts
        if not same and kinds is _COUNT_KINDS and any(
                q.kind is QuantityKind.ORDINAL and q.value == claim.value and c and related_concepts(c, concepts)
                for q, c in source.counted):
            continue  # three blasts where the article counts the first two and then the third
        if not same and not scored and claim.kind is QuantityKind.DURATION and (
                not claim.value.is_integer() or any(exactly_in_other_unit(claim, q) for q in source.quantities)):
            continue  # a span of time the article writes in another unit (half a year: چھ ماہ; ڈیڑھ برس)
        if kinds is _ORDINAL_KIND and claim.value > _SERIES_MAX and any(
                q.value == claim.value and related_concepts(c, concepts) for q, c in source.counted):
            continue  # a milestone the article writes as a count of the same thing (30 سنچری: his 30th hundred)
        comparable = [q for q, c in source.counted if _same_thing(c, concepts, kinds) and q.kind in kinds
                      and not _milestone_beside(claim, q)]  # the article's numbers of the claim's thing
        other = next((q for q in comparable if q.value != claim.value and not is_vague(q)), None)
        if other is None:
            continue
        counts = ", ".join(sorted(concepts))
        severity: Severity
        if kinds is _ORDINAL_KIND and claim.value == 2 and {q.value for q in comparable} == {1}:
            # the second semi-final where the article gives the first and then "the semi-final" of
            # two other sides: a desk's reckoning of the other one, or a changed rank
            severity = "warning"
            message = (f"'{claim.span.text}' ranks {counts} here; the article gives only '{other.span.text}' for "
                       "that. Check it means the other one the article names.")
        elif not same and not scored and kinds is _COUNT_KINDS:
            if any(_within_bound(claim, q.value) for q, c in source.counted
                   if q.kind in kinds and related_concepts(c, concepts)):
                continue  # more than 50 injured where the article gives 60 injured: a weaker bound holds
            # the article writes this number nowhere as a count: a desk may have reckoned it (three
            # wickets from a list of three, a margin from two totals), or changed it
            severity = "warning"
            message = (f"'{claim.span.text}' counts {counts} here; the article gives no such count, and gives "
                       f"'{other.span.text}' for that. Check the number, unless it is reckoned from the article.")
        else:
            where = (f"where the article writes this number it counts {', '.join(sorted(set().union(*same)))}" if same
                     else "the article gives it only in a score" if scored else "the article gives no such rank")
            severity = "error"
            message = (f"'{claim.span.text}' counts {counts} here, but {where}; it gives '{other.span.text}' for "
                       f"that. State the number the article gives for it.")
        yield Finding(kind=FindingKind.NUMBER, severity=severity, field=field, claim=claim.span, nearest=other.span,
                      message=message)


_BACK_REFERENCE = re.compile(
    r"\b(?:the|both|these|those|their|its)\s+(?:two|three|four)\s+(?:main\s+|major\s+|big\s+|other\s+|rival\s+)?(?:sides|teams|currencies|companies|firms|banks|cities|countries|nations|men|women|leaders|"
    r"parties|groups|players|brothers|sisters|sons|daughters|governments|states|blasts|bombs|attacks|cases|suspects|"
    r"votes|resolutions|motions|bills|proposals|measures|agreements|deals|matches|games|films|incidents|numbers|figures)\b"
    r"|\b(?:the|all)\s+(?:two|three|four)\b(?=\s+(?:were|are|was|is|had|have|has|will|would|could|can|may|might|must|"
    r"should|came|returned|went|later|also|then|now|all|both|together|of\s+them|who|remain|remains|remained|met|"
    r"agreed|signed|discussed|spoke|talked|shared|worked|played|appeared|starred|landed)\b|\s*[,.;:])", re.I)
"""Also the count as a pronoun ("The three came back aboard …", "all three were freed")."""


def _milestone_beside(claim: Quantity, q: Quantity) -> bool:
    """A milestone (his 100th Test, the 17th Asian Games) says nothing of a rank in a series (the
    second match): neither contradicts the other."""
    return claim.kind is QuantityKind.ORDINAL and claim.value <= _SERIES_MAX < q.value


def _same_thing(counted: frozenset[str], concepts: frozenset[str], kinds: frozenset[QuantityKind]) -> bool:
    """The article's number counts what the claim counts. A rank may rank a narrower thing (the
    third match, where the article's is the fourth ODI of the same series), not a broader one (the
    second game is not the fourth match); a count must count the very noun, as a count of people
    is no count of the journalists among them."""
    return narrower_or_same(counted, concepts) if kinds is _ORDINAL_KIND else bool(counted & concepts)


def _within_bound(claim: Quantity, value: float) -> bool:
    """`value` lies within the round bound a claim sets (more than 50: 60; up to 100: 80). A desk
    rounds a count to a round bound; "at least 16" where the article gives at least 19 is a changed
    number, however true."""
    if claim.value % 10:
        return False
    match claim.qualifier:
        case "more_than":
            return value > claim.value
        case "at_least":
            return value >= claim.value
        case "less_than":
            return value < claim.value
        case "up_to":
            return value <= claim.value
    return False


def _back_reference(text: str, claim: Span) -> bool:
    """"the two sides", "the three men": a count of what the brief has just named, which an
    article rarely states as a number (نیوزی لینڈ اور آئرلینڈ): shown, not an error."""
    return any(m.start() <= claim.start and claim.end <= m.end() for m in _BACK_REFERENCE.finditer(text))


_NAME_RUN = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|de|al|bin))*"
_LISTED = re.compile(rf"{_NAME_RUN}(?:\s*,\s*(?:the\s+)?{_NAME_RUN})*,?\s+and\s+(?:the\s+)?{_NAME_RUN}")


_RESULT_BETWEEN = re.compile(
    r"\s+(?:beat|defeated|drew\s+with|lost\s+to|edged(?:\s+past)?|thrashed|routed|crushed|overcame|"
    r"knocked\s+out|held|played|met|faced|against|v|vs\.?)\s+")
"""What stands between the two sides of a match or a meeting (Pakistan beat Saudi Arabia)."""
_PAIR_OF_PLACES = re.compile(r"\s+(?:countries|nations|states|neighbours|neighbors|capitals)\b")


def _pair_named_before(text: str, claim: Span) -> bool:
    """The pair a back reference to two refers to: the sentence before it and its own sentence up
    to it name exactly two, or name two either side of a result (`Pakistan beat Saudi Arabia`,
    whatever else the dateline adds), or, for `the two countries`, the brief names exactly two
    countries."""
    before = text[max(0, claim.start - 400) : claim.start]
    window = " ".join(re.split(r"(?<=[.!?])\s+", before)[-2:])
    spans = english_name_spans(window)
    if len({s.text for s in spans}) == 2:
        return True
    if any(_RESULT_BETWEEN.fullmatch(window, a.end, b.start) for a, b in pairwise(spans)):
        return True  # `Pakistan beat Saudi Arabia ... the two sides`: a result names its pair
    if _PAIR_OF_PLACES.match(text, claim.end) is None:
        return False
    whole = text[: claim.start]
    countries = {c for s in english_name_spans(whole) for c in countries_named(POSSESSIVE.sub("", s.text))}
    return len(countries) == 2


def _listed_before(text: str, claim: Span, count: float) -> bool:
    """The brief has just named that many (New Zealand XI and Ireland ... the two sides;
    Skvortsov, Artemyev and Swanson ... the three): the count is of its own list."""
    before = text[max(0, claim.start - 300) : claim.start]
    sentences = re.split(r"(?<=[.!?])\s+", before)
    window = " ".join(sentences[-2:])
    for m in _LISTED.finditer(window):
        items = [w for w in re.split(r"\s*,\s*|\s+and\s+", m.group()) if w]
        if len(items) == count:
            return True
    return False


_LIST_REACH = 80
"""Characters between a count and the list it announces ("four: Pakistan, India, ...")."""
_INTRODUCED = re.compile(r"\s*(?:[\w'’-]+\s+){0,5}[\w'’-]+\s*[:—–]\s*")
"""A count's noun, then a colon or dash that opens what it counts (two loans: ...)."""
_DETERMINER_LED = re.compile(r"(?:the|its|his|her|their|a|an)\s", re.I)
_ITEM_BREAK = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _listed_after(text: str, claim: Span, count: float) -> bool:
    """The brief names right after a count as many items as it counts, in its own sentence
    (four teams: Pakistan, India, Bangladesh and Thailand; two loans: $600m for ... and $100
    million for ...): the count is of its own list, whose items are checked on their own."""
    rest = text[claim.end :]
    stop = re.search(r"(?<!\b[A-Z])[.;!?](?:\s|$)|\n", rest)  # (not an initial's: Samuel L. Jackson; a line ends it)
    sentence = rest[: stop.start()] if stop else rest
    names = _LISTED.search(sentence)
    if (names is not None and names.start() <= _LIST_REACH and not any(c.isdigit() for c in sentence[: names.start()])
            and len([w for w in _ITEM_BREAK.split(names.group()) if w]) == count):
        return True
    opener = _INTRODUCED.match(sentence)
    if opener is None:
        return False
    listed = sentence[opener.end() :]
    commas = [p for p in re.split(r"\s*,\s+", listed) if p]
    if len(commas) >= 2 and re.search(r"\sand\s", commas[-1]) and len(commas) + 1 == count:
        return True  # "government bodies, businesses and private individuals": a comma list's
        # items, however ordinary their words; its last "and" joins the last two
    items: list[str] = []
    for piece in _ITEM_BREAK.split(listed):
        if items and not (piece[:1].isupper() or piece[:1].isdigit() or piece[:1] in "$£€₨"
                          or _DETERMINER_LED.match(piece)):  # (missiles and the nuclear programme: two)
            items[-1] += " and " + piece  # "a Sindh water and irrigation scheme": one item
        elif piece:
            items.append(piece)
    return len(items) == count


def english_numbers(source: SourceIndex, text: str, claims: list[Quantity], field: str | None) -> Iterator[Finding]:
    for f in check_numbers(source, claims, field):
        if _metres_written(source, f.claim):
            continue
        value = _claim_value(claims, f.claim)
        if 2 <= value <= MAX_LISTED and value == int(value) and _listed_after(text, f.claim, value):
            continue  # the brief counts the items it goes on to name
        listed = source.named_lists.get(int(value)) if f.severity == "error" and value == int(value) else None
        if listed is not None and _counted(text, f.claim):
            yield f.model_copy(update={"severity": "warning", "message": (
                f"'{f.claim.text}' is not in the article as a number; it may count the {int(value)} names the "
                f"article lists ({listed}). Check that it does.")})
            continue
        if _back_reference(text, f.claim):
            if _listed_before(text, f.claim, value) or (value == 2 and _pair_named_before(text, f.claim)):
                continue  # the brief counts the names it has just listed
            yield f.model_copy(update={"severity": "warning"}) if f.severity == "error" else f
        else:
            yield f


def as_own_count(source: SourceIndex, text: str, lang: Lang, finding: Finding, numbers: list[Quantity]) -> Finding:
    if finding.kind is not FindingKind.NUMBER or finding.severity != "error":
        return finding
    uncounted = _never_counted(source, text, lang, numbers, finding.claim)
    if uncounted is None:
        return finding
    return finding.model_copy(update={"severity": "warning", "message": (
        f"'{finding.claim.text}' is not in the article, which counts nothing of its kind ({uncounted}) with a "
        "number: the brief may have counted what the article names. Check the number against it.")})


def _never_counted(source: SourceIndex, text: str, lang: Lang, claims: list[Quantity], span: Span) -> str | None:
    """What a small count the article lacks counts (two journalists), where the article writes that
    number nowhere, counts nothing of the kind with any number and mentions the kind at least that
    often: a desk's own count of the people or things the article names one by one. Nothing
    contradicts it, so it is shown for checking, not judged wrong. A count the article gives
    otherwise, a count of the dead or injured, and a count the brief follows with its own list stay
    as the number check judged them."""
    claim = _claim_at(claims, span)
    if (claim is None or claim.kind is not QuantityKind.COUNT or not claim.value.is_integer()
            or not 2 <= claim.value <= MAX_LISTED or is_vague(claim)
            or any(q.value == claim.value for q in source.quantities) or source.named_lists):
        return None  # (a list of names the article gives is what such a count is judged by)
    if casualty_role(text, claim, lang) is not None or _LIST_OPENS.match(text, claim.span.end):
        return None  # (nine killed is no count of names; a list the brief gives is judged by its length)
    concepts = counted_concepts(text, claim, lang)
    if not concepts or not _nameable(concepts) or any(c and related_concepts(c, concepts) for _, c in source.counted):
        return None  # (overs, runs, days: units no article names one by one)
    if any(not c and q.kind is QuantityKind.COUNT and not is_vague(q) and 2 <= q.value <= _UNREAD_COUNT_MAX
           for q, c in source.counted):
        return None  # a count whose noun the table cannot read may be of the same thing
    if mentions(source.text, concepts) < claim.value:
        return None  # the article mentions fewer of them than the count: it cannot be a count of its mentions
    return ", ".join(sorted(concepts))


_LIST_OPENS = re.compile(r"[^.۔\n]*?(?:[:(—–]|،\s*یعنی\b)")
"""A list the brief opens after its count, in the count's sentence: a colon, a bracket, a dash, or ، یعنی."""


_UNREAD_COUNT_MAX = 100
_PEOPLE = frozenset(("person",))
_NAMED_ONE_BY_ONE = frozenset(("country", "province", "district", "village", "school", "hospital", "film", "book",
                               "team", "party"))


def _nameable(concepts: frozenset[str]) -> bool:
    """Every concept is of things an article names one by one, so that a desk may count them itself:
    people (`person` and its narrower concepts in `counted_nouns.tsv`), places, bodies and works."""
    return all(c in _NAMED_ONE_BY_ONE or related_concepts(frozenset((c,)), _PEOPLE) for c in concepts)


_M_SUFFIX = re.compile(r"(\d+(?:\.\d+)?)m")


def _metres_written(source: SourceIndex, claim: Span) -> bool:
    """`4m` read as four million where the article gives four metres (چار میٹر): the brief's
    m is the metre's symbol (a 4m, 4.5-tonne robot), which the article supports."""
    m = _M_SUFFIX.fullmatch(claim.text)
    return m is not None and any(q.kind is QuantityKind.MEASURE and q.unit == "m" and q.value == float(m.group(1))
                                 for q in source.quantities)


_COUNTED = re.compile(r"^\s+(?:[A-Za-z][\w-]*\s+){0,2}(?:countries|nations|states|provinces|cities|towns|districts|"
                      r"villages|capitals|teams|sides|clubs|parties|groups|organisations|organizations|companies|"
                      r"banks|men|women|people|leaders|players|members|journalists|officials|brothers|sisters|"
                      r"sons|daughters|children|suspects|militants|soldiers|ministers)\b")
"""A count word before a noun for named things, at most two words apart (three European countries)."""


def _counted(text: str, claim: Span) -> bool:
    """A spelt-out count of a plural noun ("three European countries"), not a figure or a total."""
    return claim.text.lower() in _COUNT_WORDS and _COUNTED.match(text[claim.end :]) is not None


_COUNT_WORDS = frozenset(("three", "four", "five", "six"))




def _claim_at(claims: list[Quantity], span: Span) -> Quantity | None:
    """The claim whose span a finding quotes."""
    return next((q for q in claims if q.span.start == span.start and q.span.end == span.end), None)


def _claim_value(claims: list[Quantity], span: Span) -> float:
    q = _claim_at(claims, span)
    return -1.0 if q is None else q.value


_MARGIN = re.compile(r"^\s+(?:runs?\b|رنز?\s+سے)")
"""A win's margin in runs: "by 10 runs", "10 رنز سے"."""


def margin_of_totals(source: SourceIndex, text: str, claim: Span, numbers: list[Quantity]) -> bool:
    """A win by runs the brief reckons from the two totals the article gives (Zimbabwe 145, India
    135: won by 10 runs). Any other margin is still judged as a number."""
    q = _claim_at(numbers, claim)
    if q is None or q.kind is not QuantityKind.COUNT or _MARGIN.match(text[claim.end :]) is None:
        return False  # (ten percent runs is no margin)
    return source.two_largest_totals_apart == q.value


def _sum_of_two(source: SourceIndex, text: str, lang: Lang, claim: Quantity) -> tuple[Quantity, Quantity] | None:
    """Two counts the article gives of what the claim counts, which add up to it ("six militants
    killed in two raids" where it gives چار and دو killed): a desk's own sum, or a wrong number."""
    if claim.kind is not QuantityKind.COUNT or is_vague(claim) or not claim.value.is_integer():
        return None
    concepts = counted_concepts(text, claim, lang)
    if not concepts:
        return None
    parts = [q for q, c in source.counted if q.kind is QuantityKind.COUNT and c & concepts and not is_vague(q)
             and 1 < q.value < claim.value]  # (not ایک, "a" as often as one)
    for i, a in enumerate(parts):
        b = next((b for b in parts[i + 1:] if a.value + b.value == claim.value and b.span.start != a.span.start), None)
        if b is not None:
            return a, b
    return None


def as_sum(source: SourceIndex, text: str, lang: Lang, finding: Finding, numbers: list[Quantity]) -> Finding:
    if finding.kind is not FindingKind.NUMBER or finding.severity != "error":
        return finding
    claim = _claim_at(numbers, finding.claim)
    parts = None if claim is None else _sum_of_two(source, text, lang, claim)
    if parts is None:
        return finding
    a, b = parts
    return finding.model_copy(update={"severity": "warning", "nearest": a.span, "message": (
        f"'{finding.claim.text}' is not a count the article gives, but its '{a.span.text}' and "
        f"'{b.span.text}' of the same thing add up to it. Check the sum, or state the two numbers.")})
