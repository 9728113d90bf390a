"""Names an Urdu text claims that a source must support: the Urdu side of grounding.

`urdu_name_spans(text)` gives the names the toolkit knows (gazetteer places and organisations,
acronyms, words after a role). With a source, `urdu_name_claims` adds the name-like words and
phrases of `text` that the source lacks, each marked strong (almost surely a name) or weak
(merely rare: a paraphrase's vocabulary can look the same).
"""

from __future__ import annotations

import re
from functools import cache, cached_property, lru_cache
from weakref import WeakKeyDictionary

from rapidfuzz import fuzz, process

from summarizer.lexicon.words import (
    ADMIN_HEADS,
    BODY_TAILS,
    COMPASS,
    ENGLISH_SMALL_WORDS,
    GENERIC_QUALIFIERS,
    INSTITUTION_HEADS,
    INSTITUTION_TAILS,
    NAME_INTRODUCERS,
    NAME_PARTS,
    NAME_STOP_AFTER_ROLE,
    NEWS_WORDS,
    ORG_HEADS,
    PARTICLES,
    PLACE_HEADS,
    PLACE_SUFFIX_EXCEPTIONS,
    PLACE_SUFFIXES,
    PORTFOLIOS,
    URDU_COMMON,
    URDU_FUNCTION,
    URDU_OUTLET_WORDS,
    URDU_POSTPOSITIONS,
    folded_zipf,
    loanwords,
    name_parts,
    team_nicknames,
    urdu_inflected,
)
from summarizer.names import gazetteer
from summarizer.names.acronyms import letter_of
from summarizer.names.english_spans import ORG_TAILS
from summarizer.names.heard_english import heard_english
from summarizer.names.matching import (
    COMPOUND_OPENINGS,
    COPULAS,
    INFLECTIONS,
    MATCH_THRESHOLD,
    NAMED,
    REGNAL_WORDS,
    ClaimStrength,
    NameIndex,
    consonant_key,
    is_everyday_word,
    name_index,
    urdu_zipf,
)
from summarizer.names.name_db import attested_spellings
from summarizer.names.name_table import recorded_name_part
from summarizer.names.roles import urdu_role
from summarizer.names.spoken_english import spoken_english
from summarizer.names.transliterate import english_skeleton, urdu_skeletons
from summarizer.numbers.urdu import classify_urdu
from summarizer.schemas import Span
from summarizer.text.normalize import LETTERS, fold_token

__all__ = ["urdu_name_claims", "urdu_name_spans"]


def urdu_name_spans(text: str, source: str | None = None) -> list[Span]:
    """Names in an Urdu text (e.g. a model's Urdu summary) that a source must support.

    Precision first: gazetteer places and organisations, demonyms, acronym runs, and the
    words after a role (`وزیر خارجہ سرگئی لاروف`). Words merely before a postposition are left
    out: too many are ordinary nouns.

    With `source`, also the name-like words and phrases of `text` that the source does not
    contain (see `urdu_name_claims`, which also says how sure each is).
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if source is None:
        return _known_spans(name_index(text))
    return [span for span, _ in urdu_name_claims(text, source)]


def urdu_name_claims(text: str, source: str | NameIndex) -> list[tuple[Span, ClaimStrength]]:
    """Names in an Urdu text that `source` must support, each with how sure we are it is a name.

    "strong": a gazetteer place or organisation, an acronym, the words after a role, a common
    given name or surname (`NAME_PARTS`), a word with a place ending (میرپور، مظفر گڑھ), an
    Arabic `al-` name (الحسن), or a phrase built like a name whose whole the source lacks:
    an institution (پارلیمنٹ ہاؤس، وزارت دفاع، مسجد X، (ن) لیگ), an administrative unit
    (تحصیل X، ضلع X with X new), a compass word before a place (شمالی امریکہ). An unsupported
    strong claim is almost surely a wrong name: checkers can make it an error.
    "weak": a word merely rare (transliterated names mostly) or before the ergative نے, with
    its unsupported neighbours; a paraphrase's new vocabulary can look the same: a warning.

    A name-shaped phrase replaces the shorter known names inside it (`برطانوی` in `برطانوی
    پارلیمنٹ`). Spans are in text order and do not overlap.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if not isinstance(source, str | NameIndex):
        raise TypeError(f"source must be str, not {type(source).__name__}")
    idx = NameIndex(text)
    out: list[tuple[Span, ClaimStrength]] = [
        (sp, "weak" if _everyday_body(sp.text) else "strong") for sp in _known_spans(idx)
        if not _VERB_AFTER.match(text[sp.end :]) and not _word_not_name(
            fold_token(sp.text) if " " not in sp.text.strip() else None, text[sp.end : sp.end + _AFTER_REACH],
            text[max(0, sp.start - _AFTER_REACH) : sp.start])
        and not _suffix_apart(text, sp) and fold_token(sp.text) not in URDU_FUNCTION]  # کیسی: how, not Casey
    words = [idx.bounds(i, 1) for i in range(len(idx.tokens))]
    blocked = {
        i for i, (ws, we) in enumerate(words) if any(ws < sp.end and sp.start < we for sp, _ in out)
    }  # words of known names: a run stops at them (`شاہد آفریدی` before a known `پٹھان`)
    src = source if isinstance(source, NameIndex) else NameIndex(source)
    for sp in _recombined_people(idx, src):
        if not any(c.start < sp.end and sp.start < c.end for c, _ in out):
            out.append((sp, "strong"))
            blocked |= {i for i, (ws, we) in enumerate(words) if ws < sp.end and sp.start < we}
    runs, patterns = _unsupported_claims(idx, src, blocked)
    ordered = sorted(patterns, key=lambda c: (c[1] != "strong", c[0].start - c[0].end))
    for k, (extra, strength) in enumerate([*ordered, *runs]):
        inside = [c for c in out if extra.start <= c[0].start and c[0].end <= extra.end]
        clash = [c for c in out if c[0].start < extra.end and extra.start < c[0].end and c not in inside]
        if clash or (inside and k >= len(ordered)):
            continue
        if any(c[1] == "strong" and (c[0].start, c[0].end) == (extra.start, extra.end) for c in inside):
            strength = "strong"  # a known name (جنرل اسمبلی) read again as a phrase of everyday words
        out = [c for c in out if c not in inside]
        out.append((extra, strength))
    for sp in [*_syria_spans(idx), *_outlet_spans(idx), *_given_before_second_name(idx, src)]:
        if not any(c.start < sp.end and sp.start < c.end for c, _ in out):
            out.append((sp, "strong"))
    for sp, strength in _other_surname(idx, src):  # the whole name, in place of its new surname read alone
        inside = [c for c in out if sp.start <= c[0].start and c[0].end <= sp.end and c[1] == "weak"]
        if not any(c[0].start < sp.end and sp.start < c[0].end for c in out if c not in inside):
            out = [*(c for c in out if c not in inside), (sp, strength)]
    out = _places_with_bodies(text, idx, src, sorted(out, key=lambda c: c[0].start))
    claims = [piece for c in _whole_words(text, out) for piece in _lines_apart(c)]
    return _renumbered_rulers(idx, src, [c for c in claims if c[1] == "strong" or not _everyday_run(c[0].text)])


_SHAM = fold_token("شام")
_SYRIA_AFTER = frozenset(fold_token(w) for w in ("میں", "سے", "پر", "اور"))
_SYRIA_HEADS = frozenset(fold_token(w) for w in (
    "حالات", "صدر", "حکومت", "حکومتی", "فوج", "فوجی", "افواج", "باغیوں", "باغی", "سرحد", "شہر", "شہروں",
    "دارالحکومت", "خانہ", "تنازع", "تنازعے", "بحران", "جنگ", "عوام", "شہریوں", "پناہ", "معاملے", "مسئلے",
    "علاقے", "علاقوں", "وزیر", "وزارت", "صوبے", "اپوزیشن", "سفیر", "سفارت"))
_EVENING_BEFORE = frozenset(fold_token(w) for w in (
    "کی", "کو", "آج", "کل", "گزشتہ", "اسی", "اس", "ہر", "رات", "صبح", "دن", "روز", "جمعہ", "اتوار", "پیر", "منگل",
    "بدھ", "جمعرات", "ہفتہ", "ہفتے", "سے", "تک", "اور", "وقت", "دوپہر"))
_BAJE = fold_token("بجے")


_NEWS_KINDS = frozenset(fold_token(w) for w in (
    "بریکنگ", "فیک", "لیٹسٹ", "گڈ", "بیڈ", "تازہ", "اہم", "اچھی", "بری", "جعلی", "جھوٹی"))
"""Words that say what kind of news it is (بریکنگ نیوز, breaking news), no outlet's name."""


def _outlet_spans(idx: NameIndex) -> list[Span]:
    """An outlet named by a word and its paper's or channel's word (جنگ نیوز، ہندوستان ٹائمز): a
    name, however everyday the first word (جنگ: war), unless it says what kind of news (بریکنگ)."""
    toks, out = idx.tokens, []
    for i in range(1, len(toks)):
        first = toks[i - 1]
        if (toks[i] in URDU_OUTLET_WORDS and idx.joined_next[i - 1] and len(first) >= 2 and first not in URDU_FUNCTION
                and first not in _NEWS_KINDS and not first.isdigit() and urdu_role(first) is None):
            out.append(idx.span(i - 1, 2))
    return out


def _syria_spans(idx: NameIndex) -> list[Span]:
    """شام where it is Syria, not the evening: after a place and اور (عراق اور شام); before میں،
    سے، پر or اور, or before کے and a word a country takes (شام کے حالات، شام کی حکومت), after no
    word that times the day (اتوار کی شام، آج شام، صبح سے شام) and before no بجے (شام سات بجے)."""
    toks, out = idx.tokens, []
    for i, tok in enumerate(toks):
        if tok != _SHAM:
            continue
        prev = toks[i - 1] if i > 0 and idx.joined_next[i - 1] else ""
        nxt = toks[i + 1] if i + 1 < len(toks) and idx.joined_next[i] else ""
        nxt2 = toks[i + 2] if i + 2 < len(toks) and nxt and idx.joined_next[i + 1] else ""
        if prev == _AUR and i > 1 and idx.joined_next[i - 2] and gazetteer.names_a_place(toks[i - 2]):
            out.append(idx.span(i, 1))  # عراق اور شام: a country beside a country
            continue
        if prev in _EVENING_BEFORE or _BAJE in toks[i + 1 : i + 4]:
            continue
        if nxt in _SYRIA_AFTER or (nxt in _GENITIVE_OR_WA and nxt2 in _SYRIA_HEADS):
            out.append(idx.span(i, 1))
    return out


def _renumbered_rulers(idx: NameIndex, src: NameIndex,
                       claims: list[tuple[Span, ClaimStrength]]) -> list[tuple[Span, ClaimStrength]]:
    """A ruler numbered otherwise than the source numbers him (الیگزینڈر سوم where it writes
    الیگزینڈر دوم): the name with its number is a claim, though each word is in the source."""
    numbered: dict[str, set[str]] = {}
    for j in range(len(src.tokens) - 1):
        if src.tokens[j + 1] in REGNAL_WORDS and src.joined_next[j]:
            numbered.setdefault(src.tokens[j], set()).add(src.tokens[j + 1])
    for i in range(1, len(idx.tokens)):
        name, number = idx.tokens[i - 1], idx.tokens[i]
        if number in REGNAL_WORDS and idx.joined_next[i - 1] and numbered.get(name, {number}) - {number}:
            span = idx.span(i - 1, 2)
            if not any(c.start <= span.start and span.end <= c.end for c, _ in claims):
                claims = sorted([c for c in claims if not (c[0].start < span.end and span.start < c[0].end)]
                                + [(span, "strong")], key=lambda c: c[0].start)
    return claims


_BODY_REACH = 4
"""Words after a place that can make up the body it names (کراچی نیٹ بال ایسوسی ایشن)."""


def _places_with_bodies(text: str, idx: NameIndex, src: NameIndex,
                        claims: list[tuple[Span, ClaimStrength]]) -> list[tuple[Span, ClaimStrength]]:
    """A place claimed on its own, and the body of two or more words its name opens (پاکستان
    سپورٹس بورڈ, کراچی نیٹ بال ایسوسی ایشن), as one claim when the source lacks the whole: the
    source may name the body with another place (سپورٹس بورڈ پنجاب, سندھ نیٹ بال ایسوسی ایشن),
    which the place alone would hide. Not after a demonym (امریکی ٹیکنالوجی کمپنی describes), nor
    across a word the gazetteer knows (انگلینڈ اینڈ ویلز کرکٹ بورڈ is a name of its own)."""
    toks = idx.tokens
    starts = {idx.bounds(i, 1)[0]: i for i in range(len(toks))}
    out: list[tuple[Span, ClaimStrength]] = []
    k = 0
    while k < len(claims):
        span, strength = claims[k]
        i = starts.get(span.start)
        words = LETTERS.findall(span.text)
        merged = None
        if i is not None and len(words) == 1 and any(e.type == "location" for e in gazetteer.lookup_urdu(span.text)):
            for n in range(_BODY_REACH, 1, -1):
                j = i + n  # the body's last token; two words at least (امریکی کمپنی is a description)
                if (j < len(toks) and idx.run_end[i] >= j and toks[j] in BODY_TAILS
                        and not any(t in URDU_FUNCTION or gazetteer.lookup_urdu(t) for t in toks[i + 1 : j + 1])):
                    whole = idx.span(i, n + 1)
                    if not src.occurrences("".join(toks[i : j + 1])) and "(" not in whole.text:
                        merged = whole  # (not across a bracket: ممبئی (وقت نیوز) is a dateline and a paper)
                    break
        if merged is None:
            out.append((span, strength))
            k += 1
            continue
        inside = k + 1  # the body's own claim (نیٹ بال ایسوسی ایشن) is part of the whole
        while inside < len(claims) and claims[inside][0].start < merged.end:
            inside += 1
        out.append((merged, "strong"))
        k = inside
    return out


def _lines_apart(claim: tuple[Span, ClaimStrength]) -> list[tuple[Span, ClaimStrength]]:
    """A claim across a line break (a headline without its full stop, then a label: ڈاکٹر معطل /
    خلاصہ) as one claim per line, each dropped that is only everyday words: no name runs on
    from one line to the next."""
    span, strength = claim
    if "\n" not in span.text:
        return [claim]
    out: list[tuple[Span, ClaimStrength]] = []
    for m in re.finditer(r"[^\n]+", span.text):
        piece = m.group(0).strip()
        if not piece or _everyday_run(piece):
            continue
        start = span.start + m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        out.append((Span(start=start, end=start + len(piece), text=piece), strength))
    return out


_OWN_WORDING_ZIPF = 4.0
"""Words of a brief's own wording are at least this frequent (گہری 4.5, پٹی 4.4, قرضہ 4.4); a place
named in everyday words uses rarer ones (انگور اڈا, 3.8 and 3.7)."""


def _everyday_run(text: str) -> bool:
    """Every word of a weak claim is an everyday word that no names resource lists: common in
    Urdu (wordfreq), no given name or surname of the names table or the desk's lists, no gazetteer
    or known name, no letter name; and at least one is Urdu's own, not English written in Urdu
    letters (گہری پٹی، قرضہ بلا، آخری گروپ). A paraphrase's own words, then, not a name; a rarer word
    stays a claim (منہمک is as rare as the names موہت and روحیل: rarity cannot tell them apart)."""
    from summarizer.names.romanize import known_name  # romanize reads the matcher: imported late

    toks = [fold_token(t) for t in LETTERS.findall(text)]
    if not toks or gazetteer.lookup_urdu(text) or known_name(text) is not None or "".join(toks) in loanwords():
        return False
    # an everyday English word beside an Urdu one is wording too (آخری گروپ, the last group);
    # English words alone may be a body's name (سکائی سپورٹس), and so may any with English's
    # small words (برٹش اکیڈمی آف فلم)
    return (not any(t in ENGLISH_SMALL_WORDS for t in toks)
            and all(not t.isascii() and urdu_zipf(t) >= _OWN_WORDING_ZIPF and t not in NAME_PARTS
                    and t not in name_parts() and not gazetteer.lookup_urdu(t) and letter_of(t) is None
                    and recorded_name_part(t) is False for t in toks)
            and not all(_english_word(t) for t in toks))


def _english_word(tok: str) -> bool:
    """An English word written in Urdu letters, by its sound, its spelling or the loanword table."""
    return spoken_english(tok) is not None or tok in loanwords() or heard_english(tok, words=True) is not None


def _recombined_people(idx: NameIndex, src: NameIndex) -> list[Span]:
    """Two words the source writes only in two different people's names, put together as one
    name (یش جوہر from یش چوپڑا and کرن جوہر), or two name parts it writes but never side by side
    (غلام محمد): a person the source does not name."""
    firsts: dict[str, set[int]] = {}
    lasts: dict[str, set[int]] = {}
    for k, cand in enumerate(src.candidates()):
        words = [fold_token(w) for w in cand.span.text.split()]
        if cand.type != "person" or len(words) < 2:
            continue
        for w in words[:-1]:
            firsts.setdefault(w, set()).add(k)
        lasts.setdefault(words[-1], set()).add(k)
    out: list[Span] = []
    toks = idx.tokens
    for i in range(len(toks) - 1):
        a, b = toks[i], toks[i + 1]
        if (not idx.joined_next[i] or src.occurrences(a + b) or firsts.get(a, set()) & lasts.get(b, set())
                or not (_name_word(a) and _name_word(b))):
            continue
        if (a in firsts and b in lasts) or (a in NAME_PARTS and b in NAME_PARTS and a in src.vocab and b in src.vocab):
            out.append(idx.span(i, 2))
    return out


def _given_before_second_name(idx: NameIndex, src: NameIndex) -> list[Span]:
    """A word new to the source that the names resource knows as a name, before a second name
    the source writes elsewhere (راحت علی where علی is another man's): a person it does not
    name. The second name is in the source, so no run of new words finds the pair."""
    toks, out = idx.tokens, []
    for i in range(len(toks) - 1):
        tok, nxt = toks[i], toks[i + 1]
        if (idx.joined_next[i] and nxt in _SECOND_NAMES and nxt in src.vocab and tok not in src.vocab
                and len(tok) >= 3 and tok not in URDU_FUNCTION and urdu_zipf(tok) < _BEFORE_KHAN_ZIPF
                and not _verb_form(tok) and urdu_role(tok) is None and attested_spellings(tok)):
            out.append(idx.span(i, 2))
    return out


def _other_surname(idx: NameIndex, src: NameIndex) -> list[tuple[Span, ClaimStrength]]:
    """A given name the source writes before one surname, here before another it never writes
    (منوج تیواری where the article has منوج ڈکشٹ): another person. Both words are uncommon, so
    the pair is no phrase of the language (عالمی ادارہ / عالمی تنظیم). A surname the source gives
    in part (میک / میکملن), or a whole name the matcher finds spelt another way (ایلن ہیننگ /
    ایلن ہننج), is the same man's; one that opens with the same letter as the source's (سمتھ /
    سکنر, ہیگڑے / ہیج) may be a spelling too far from it to tell: a weak claim."""
    toks = idx.tokens
    out: list[tuple[Span, ClaimStrength]] = []
    for i in range(len(toks) - 1):
        given, surname = toks[i], toks[i + 1]
        if not idx.joined_next[i] or given not in src.vocab or surname in src.vocab or not _uncommon_name_word(surname):
            continue
        if not _uncommon_name_word(given) and given not in name_parts():
            continue
        theirs = _written_after(src, given)
        if not theirs or not all(_uncommon_name_word(t) and not (t.startswith(surname) or surname.startswith(t))
                                 for t in theirs):
            continue
        span = idx.span(i, 2)
        if src.match_urdu(span.text).score >= MATCH_THRESHOLD:
            continue
        out.append((span, "weak" if any(t[0] == surname[0] for t in theirs) else "strong"))
    return out


def _uncommon_name_word(tok: str) -> bool:
    """A word that may be a given name or a surname: below everyday frequency, and no function
    word, news word, role, number or form of a verb or declined word."""
    return (len(tok) >= 3 and tok not in URDU_FUNCTION and tok not in NEWS_WORDS and urdu_role(tok) is None
            and urdu_zipf(tok) < _EVERYDAY_ZIPF and not _verb_form(tok) and not urdu_inflected(tok)
            and classify_urdu(tok) is None)


def _written_after(src: NameIndex, word: str) -> frozenset[str]:
    """The words the source writes right after `word`, wherever it writes it."""
    toks = src.tokens
    return frozenset(toks[i + 1] for i in range(len(toks) - 1) if toks[i] == word and src.joined_next[i])


def _name_word(tok: str) -> bool:
    """A word of a person's name rather than of a role or of the language (چیف سلیکٹر is no name)."""
    if urdu_role(tok) is not None or tok in NEWS_WORDS or tok in URDU_FUNCTION or is_everyday_word(tok):
        return False
    return tok in NAME_PARTS or urdu_zipf(tok) < _EVERYDAY_ZIPF


def _whole_words(text: str, claims: list[tuple[Span, ClaimStrength]]) -> list[tuple[Span, ClaimStrength]]:
    """Claims that are pieces of one written word (عبدال|صبور of عبدالصبور) are one claim: an
    article that writes the name apart (عبد الصبور) supports the whole, not a piece."""
    out: list[tuple[Span, ClaimStrength]] = []
    for span, strength in claims:
        if span.text.endswith(_ABD_AL):  # عبدال of عبدالرحیم, its divine name unclaimed as a word of the language
            end = span.end
            while end < len(text) and text[end].isalpha():
                end += 1
            span = Span(start=span.start, end=end, text=text[span.start : end])
        if out and out[-1][0].start <= span.start and span.end <= out[-1][0].end:
            if strength == "strong":  # the rest of a word already claimed whole
                out[-1] = (out[-1][0], "strong")
            continue
        if out and out[-1][0].end == span.start and span.start > 0 and text[span.start - 1].isalpha():
            prev, was = out[-1]
            out[-1] = (Span(start=prev.start, end=span.end, text=text[prev.start : span.end]),
                       "strong" if "strong" in (was, strength) else strength)
        else:
            out.append((span, strength))
    return out


_AUXILIARY_AFTER = re.compile(r"^\s+(?:گئی|گئیں|جاتی|جاتیں|جا\s+رہی|جا\s+سکتی)(?:\s|[،۔.,]|$)")
_GIR_AFTER = re.compile(r"^\s+(?:گیر(?:وں|ی|ے)?|کشی)(?:\s|[،۔.,]|$)")
"""ماہی گیروں (fishermen), راہ گیر, جنین کشی (feticide): a compound with گیر or کشی, not the name
its first word spells (Jenin)."""


_AMRIKI = fold_token("امریکی")
_BUDH = fold_token("بدھ")
_DAY_AFTER = re.compile(r"^\s*(?:کو|کے\s+(?:روز|دن|روزے)|کی\s+(?:صبح|شام|رات|دوپہر|خبر)|سے|تک|[،,۔.)]|$"
                        r"|\S+\s+(?:جنوری|فروری|مارچ|اپریل|مئی|جون|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر)(?!\w))")
"""After بدھ, what makes it the weekday: کو, کے روز, کی صبح, سے, a stop, a date's day and month
(بدھ دس ستمبر)."""
_DOLLAR_AFTER = re.compile(r"^\s+ڈالر")
_DAY_BEFORE = frozenset(fold_token(w) for w in ("بروز", "آج", "گزشتہ", "گذشتہ", "اگلے", "آئندہ", "ہر", "اسی"))
"""Before بدھ, what makes it Wednesday (بروز بدھ، آج بدھ، گزشتہ بدھ), not Buddha."""
_DER = fold_token("دیر")
_LATE_AFTER = re.compile(r"^\s*(?:سے\s+(?:(?:نہیں|نہ|بھی)\s+)?(?:پہنچ|آ|شروع|جاگ|اٹھ|سو|کھل|ملی|ملا|ملے)|تک|بعد|ہو|لگ|کر)")
"""After دیر, what makes it "late" or "a while" (دیر سے پہنچی، دیر تک، دیر ہو گئی), not the district Dir."""
_DELAY_BEFORE = frozenset(fold_token(w) for w in (
    "گھنٹہ", "گھنٹے", "گھنٹوں", "منٹ", "منٹوں", "دن", "روز", "کافی", "بہت", "تھوڑی", "تھوڑا", "کچھ", "زیادہ", "ذرا"))
"""Before دیر, a span of time or an amount (پون گھنٹہ دیر سے، کافی دیر): a delay, not the district."""
_AFTER_REACH = 30
"""Characters after a word that the two patterns above read."""


def _word_not_name(word: str | None, after: str, before: str = "") -> bool:
    """A known name's letters that the words after show to be something else: a word before گیر
    (ماہی گیروں, fishermen), امریکی before ڈالر (the currency, not a claim of America), or a folded single `word` the lemma table lists as a verb form before
    a feminine passive auxiliary (ڈولفن گنی گئیں: were counted, not Guinea; گنی گئے, went to
    Guinea, stays the place)."""
    if _GIR_AFTER.match(after):
        return True
    if word == _AMRIKI and _DOLLAR_AFTER.match(after):
        return True  # امریکی ڈالر: the dollar, which an article writes as ڈالر alone
    if word == _BUDH and (_DAY_AFTER.match(after) or fold_token((before.split() or [""])[-1]) in _DAY_BEFORE):
        return True  # بدھ کو, بروز بدھ, آج بدھ: Wednesday, not Buddhist
    if word == _DER and (_LATE_AFTER.match(after) or fold_token((before.split() or [""])[-1]) in _DELAY_BEFORE):
        return True  # دیر سے نہیں پہنچتی, پون گھنٹہ دیر سے: late, not Dir
    return word is not None and urdu_inflected(word) and _AUXILIARY_AFTER.match(after) is not None


_MAND = fold_token("مند")
_MAND_STEMS = frozenset(fold_token(w) for w in (
    "آرزو", "دولت", "فکر", "ضرورت", "عقل", "صحت", "طاقت", "ہنر", "حاجت", "درد", "دانش", "عزت", "احسان",
    "خواہش", "رضا", "شکر", "علم", "ارادت", "حوصلہ", "دل", "گلہ", "بہرہ"))  # fmt: skip
"""Nouns Urdu writes apart from the suffix مند (آرزو مند, فکر مند): no place Mand after them."""


def _everyday_body(text: str) -> bool:
    """One everyday word that names a body only in general (فوج: an army, any army): a
    paraphrase of حکومتی فورسز may use it, so its absence is a warning."""
    word = fold_token(text)
    return " " not in text.strip() and is_everyday_word(word) and all(
        e.type == "organization" for e in gazetteer.lookup_urdu(text))


def _mand_suffix(word: str, before: str) -> bool:
    """Folded `word` is the suffix مند written apart from the folded noun `before` it."""
    return word == _MAND and before in _MAND_STEMS


def _suffix_apart(text: str, span: Span) -> bool:
    before = LETTERS.findall(text[max(0, span.start - 12) : span.start])
    return bool(before) and _mand_suffix(fold_token(span.text), fold_token(before[-1]))


_VERB_AFTER = re.compile(r"^\s+(?:کر|دی|دیا|دیے|دیئے|دیں)(?:\s|[،۔.,]|$)")
"""A known name's spelling before کر or the light verb دینا is a verb phrase (گولی مار کر: having
shot; گولی مار دی: shot), not Golimar."""


def _known_spans(idx: NameIndex) -> list[Span]:
    """Gazetteer names, acronyms and the words after a role, but for a single verb form after a
    role (کمانڈر مارے گئے: the commanders were killed) or everyday words ending in one (رہنما مل
    بیٹھے: the leaders sat together)."""
    return [c.span for c in idx.candidates() if c.source in {"gazetteer", "acronym"} or (
        c.source == "role" and not _verb_phrase([fold_token(w) for w in c.span.text.split()]))]


def _verb_phrase(words: list[str]) -> bool:
    return bool(words) and _verb_form(words[-1]) and all(is_everyday_word(w) for w in words[:-1])


_AUR = fold_token("اور")
_ALLAH = fold_token("اللہ")
_GENITIVE_OR_WA = frozenset(fold_token(w) for w in ("کا", "کی", "کے", "و"))
_OPINION_BEFORE = frozenset(fold_token(w) for w in ("اتفاق", "کثرت", "عوامی", "ذاتی", "اپنی", "مختلف", "حتمی",
                                                    "واضح", "مثبت", "منفی", "جلی", "متفقہ", "الگ", "عام"))
"""Words that make a compound with an everyday name part (اتفاق رائے: consensus, not Rai)."""
_QARAR = fold_token("قرار")
_LIGHT_VERBS = frozenset(fold_token(w) for w in (
    "دی", "دیا", "دیے", "دیئے", "دے", "دیں", "دینے", "دیتے", "دیتی", "دیتا", "لی", "لیا", "لے", "لیں", "لینے",
    "لیتے", "لیتی", "ظاہر", "طلب", "مانگی", "مانگے"))
"""Short verbs that make a compound with the noun before them (رائے دی: gave an opinion); a
name before a verb takes کو or نے, so an everyday name part here is the noun (not Rai)."""
_DEMONSTRATIVES_BEFORE = frozenset(fold_token(w) for w in ("اس", "اسی", "ان", "انہی", "ایسی", "ایسا", "ایسے", "ہر"))
"""Words that point at an everyday name part as a word (اس رائے: this opinion): no person
comes after them (وہ and یہ do: they are also he and she, وہ پال ہیرس کی جگہ کھیلے)."""
_VERBAL_ENDINGS = tuple(fold_token(s) for s in ("انے", "انا", "انی", "وں"))
_RARE_ZIPF = 3.3
"""Urdu words rarer than this (wordfreq Zipf) are mostly foreign names and places."""
_EVERYDAY_ZIPF = 4.6
_WORD_TOO_ZIPF = 5.5
"""A name part this frequent (جان، محمد، خان، ترین) is an ordinary word or a part of many names."""
"""Words at least this frequent do not join a name span unless another signal says name."""
_KHAN = fold_token("خان")
_UNITS_AFTER = frozenset(fold_token(w) for w in ("ایجنسی", "شہر", "قصبے", "قصبہ", "صوبے", "صوبہ", "ڈویژن"))
"""Units Urdu writes after a place's name (خیبر ایجنسی، مٹھی شہر، بہار صوبے)."""
_HONORIFICS_AFTER = frozenset(fold_token(w) for w in ("صاحب", "صاحبہ"))
"""Honorifics written after a person's name (مشتاق یوسفی صاحب)."""
_SECOND_NAMES = frozenset(fold_token(w) for w in ("خان", "علی", "احمد", "حسین"))
"""Second names that follow a given name (شیر خان، راحت علی، نذیر احمد، ذاکر حسین)."""
_BEFORE_KHAN_ZIPF = 5.5
"""Words as common as this (نصیب 4.8, شیر 5.0) are given names before خان; commoner ones
(والد 5.2 is not, but صاحب and جی are) are mostly titles or the sentence's own."""
_NAME_BESIDE_ZIPF = 5.0
"""A new word this rare beside an English-sounding one makes both a name's words (ہیزل ووڈ, ووڈ at
4.8); a common one (محفوظ, 5.2) is the sentence's own."""
_FOREIGN_NAME_ZIPF = 4.0
"""Every word of a run of new words below this (and one rare) makes the run a name for sure."""
_DISTINCT_ZIPF = 5.6
"""A word before an institution tail (`جناح انٹرنیشنل`) rarer than this can be a name's word;
more frequent ones are adjectives (`سرکاری ہسپتال`)."""
_COMPASS_NEW_ZIPF = 4.0
_ENGLISH_COMPASS = frozenset(fold_token(w) for w in ("نارتھ", "ساؤتھ", "ساوتھ", "ایسٹ", "ویسٹ", "سینٹرل"))
_SPLIT_SUFFIXES = frozenset(s for s in PLACE_SUFFIXES if s != fold_token("ستان"))
_LETTER_JOIN = re.compile(r"[\s()]*")
_LATIN_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _urdu_vocabulary() -> frozenset[str]:
    """Every word of wordfreq's Urdu list, folded (ئ → ی): the forms a verb's paradigm is
    looked up in."""
    return frozenset(folded_zipf())


_VERB_ENDINGS = tuple(sorted(
    {fold_token(e) for e in ("ا", "ی", "ے", "یں", "یا", "ئی", "ئے", "ئیں", "یے", "تا", "تی", "تے", "تیں", "نا", "نی", "نے", "و")},
    key=len, reverse=True,
))  # fmt: skip
"""Endings of Urdu verb forms: perfective (بڑھا، بڑھے، بھجوائے)، imperfective (بیچتا)، infinitive
(بیچنا)، subjunctive and imperative."""
_INFINITIVE = tuple(fold_token(e) for e in ("نا", "نے"))
_IMPERFECTIVE = tuple(fold_token(e) for e in ("تا", "تے", "تی"))


def _joined_name_only(tok: str) -> bool:
    """The word is a listed name only as the words of a longer one run together (لینا as لی نا,
    Li Na): an everyday word of that spelling (لینا, to take) is that word."""
    return all(len(form.split()) > 1 for e in gazetteer.lookup_urdu(tok) for form in e.urdu
               if gazetteer.urdu_key(form) == gazetteer.urdu_key(tok))


@lru_cache(maxsize=65536)
def _verb_form(tok: str) -> bool:
    """A form of an Urdu verb: a stem of three letters or more with a verb ending, whose
    infinitive (or, for an infinitive, imperfective) is an Urdu word: گھٹے (گھٹنے), بیچتا
    (بیچنا), بھجوائے (بھجوانے). Names do not conjugate: سمیتا has no سمینا."""
    vocab = _urdu_vocabulary()
    for end in _VERB_ENDINGS:
        if tok.endswith(end) and len(tok) - len(end) >= 3:
            stem = tok[: -len(end)]
            marks = _IMPERFECTIVE if end in _INFINITIVE else _INFINITIVE
            if any(stem + m in vocab for m in marks):
                return True
    return False


_PARADIGMS = tuple((fold_token(end), tuple(fold_token(r) for r in rel)) for end, rel in (
    ("وں", ("ا", "ہ", "ے", "")),  # ستاروں (ستارہ), ملکوں (ملک)
    ("یوں", ("ی", "یاں")),  # ٹولیوں (ٹولی)
    ("یاں", ("ی", "یوں")),
    ("ے", ("ا", "ہ", "وں")),  # پہرے (پہرہ), کڑے (کڑا)
))  # fmt: skip
"""Urdu nouns and adjectives change their ending for number and case; names seldom do."""
_PARADIGM_ZIPF = 3.4
"""A paradigm relative at least this frequent is an everyday word, not a rare spelling."""
_MASCULINE, _OBLIQUE = fold_token("ا"), fold_token("ے")
_DECLINED_ZIPF = 4.8
"""A word in -ا whose -ے form is this frequent is that word's direct form, however rare itself:
many names end in -ا (دارا، مالا), so only an everyday oblique form counts."""


@lru_cache(maxsize=65536)
def _paradigm_word(tok: str) -> bool:
    """An inflected form of an everyday Urdu noun or adjective: the same stem with another
    ending (ستاروں / ستارہ، ٹولیوں / ٹولی، کڑے / کڑا) is a frequent word that is not a name.
    Transliterated names do not decline: پونے has no frequent پونا."""
    for end, relatives in _PARADIGMS:
        stem = tok[: -len(end)]
        if not tok.endswith(end) or len(stem) < 2:
            continue
        for rel in relatives:
            other = stem + rel
            z = folded_zipf().get(other, 0.0)
            if (other != tok and z >= (_PARADIGM_ZIPF if len(other) >= 3 else _EVERYDAY_ZIPF)
                    and other not in NAME_PARTS and other not in gazetteer.claim_keys()):  # fmt: skip
                return True
    if tok.endswith(_MASCULINE) and len(tok) >= 4 and tok not in NAME_PARTS and tok not in gazetteer.claim_keys():
        return folded_zipf().get(tok[:-1] + _OBLIQUE, 0.0) >= _DECLINED_ZIPF  # پچھلا (پچھلے), بجایا (بجائے)
    return False


def _inflection_of(tok: str, vocab: set[str] | frozenset[str]) -> bool:
    """`tok` is a word of `vocab` with (or without) a plural/oblique/adjective ending."""
    for suf in INFLECTIONS:
        if suf and tok.endswith(suf) and tok[: -len(suf)] in vocab:
            return True
        if tok + suf in vocab and not _oblique_infinitive(tok + suf):
            return True  # (کرن is no form of کرنے, a verb's infinitive: Kiran is new beside it)
    return False


def _fused(tok: str, vocab: frozenset[str]) -> bool:
    """A function word run into a known word (`افرادمیں`, `نےدوستانہ`): not a name.

    The other part must be a source or everyday word: names are often compounds of
    frequent words (ناصرالملک), and `پالی|کے` is a name before a glued کے.
    """
    for k in range(2, len(tok) - 1):
        a, b = tok[:k], tok[k:]
        if (a in URDU_FUNCTION and (b in vocab or b in URDU_COMMON)) or (
            b in URDU_FUNCTION and (a in vocab or a in URDU_COMMON)
        ):
            return True
    return False


def _inflected(tok: str) -> bool:
    """An infinitive (پھیلانے) or an oblique plural (بنیادوں): grammar a name seldom takes."""
    return any(tok.endswith(e) and len(tok) - len(e) >= 2 for e in _VERBAL_ENDINGS)


_NE, _NA = fold_token("نے"), fold_token("نا")
_PLURAL_ENDINGS = tuple(fold_token(e) for e in ("یں", "یاں"))
_PLURAL_STEM_MIN = 4
_PLURAL_STEM_ZIPF = 4.0


def _plural_of_word(tok: str) -> bool:
    """A feminine plural (پیشکشیں, offers) of a frequent word of four letters or more, which
    wordfreq may not list itself: grammar a name does not take (حسین, یاسمین keep short stems)."""
    return any(tok.endswith(e) and len(tok) - len(e) >= _PLURAL_STEM_MIN
               and urdu_zipf(tok[: -len(e)]) >= _PLURAL_STEM_ZIPF for e in _PLURAL_ENDINGS)


_BA = fold_token("ب")
_ADVERB_BASE_ZIPF = 5.0


def _persian_adverb(tok: str) -> bool:
    """ب before an everyday noun makes an adverb (بخوشی gladly, بخوبی well, بروز on the day):
    no name, however rare the adverb (بشیر is a listed name part, not ب + شیر)."""
    return (tok.startswith(_BA) and len(tok) >= 4 and urdu_zipf(tok[1:]) >= _ADVERB_BASE_ZIPF
            and tok not in NAME_PARTS and not gazetteer.lookup_urdu(tok))


def _oblique_infinitive(tok: str) -> bool:
    """A verb's infinitive before a postposition (ماحول بگاڑنے کا): its -نا form is in the lemma
    table too. A name in -نے (جے وردھنے) is in neither."""
    return tok.endswith(_NE) and len(tok) - len(_NE) >= 2 and urdu_inflected(tok[: -len(_NE)] + _NA)


_NOT_BEFORE_PEOPLE = frozenset(fold_token(w) for w in (
    "چینل", "اخبار", "جریدے", "جریدہ", "فلم", "ڈرامہ", "ڈرامے", "ناول", "کتاب", "گانے", "گانا",
    "ڈسٹرکٹ", "ڈسٹرکٹس", "سٹی", "ٹاؤن", "ولیج"))
_PERSON_INTRODUCERS = NAME_INTRODUCERS - _NOT_BEFORE_PEOPLE
"""Words a person's name follows (باکسر، سپنر، بیٹے): the word after one is a name, and the word
itself is none (a title's or a work's name follows the others: فلم، چینل)."""
_MUHAMMAD = fold_token("محمد")
_NAME_WORD = fold_token("نام")
_TOWN_WORDS = frozenset(fold_token(w) for w in ("شہر", "قصبے", "قصبہ", "قصبوں"))
_ADJ_I = fold_token("ی")
"""An adjective's ending (ساحلی شہر، تاریخی قصبہ): a town described, not named."""
_OUTLET_INTRODUCERS = frozenset(fold_token(w) for w in ("چینل", "اخبار", "جریدے", "جریدہ"))
"""Words an outlet's name follows (جریدہ نیچر، اخبار ڈان): the uncommon new word after one is the
outlet's name, however English it sounds (nature)."""
_BEGUM = fold_token("بیگم")
"""Also a name's last word (بہار بیگم): a claim where it is new."""


@cache
def _nicknames() -> frozenset[str]:
    """A side's nickname in Urdu (کینگروز, Kangaroos) names it, however English it sounds."""
    return frozenset(form for _, forms, _ in team_nicknames() for form in forms)


def _spoken_word(tok: str) -> bool:
    """An everyday English word the brief writes by its sound (ریڈز raids, سویلینز civilians):
    borrowed, not named. Never a listed name or name part (شریف is not sheriff here)."""
    return (tok not in NAME_PARTS and not gazetteer.lookup_urdu(tok) and tok not in _nicknames()
            and spoken_english(tok) is not None)


def _place_word(tok: str) -> bool:
    """A word with a place ending and a real stem (میرپور، سیالکوٹ، اوکاڑہ is not one)."""
    if tok in PLACE_SUFFIX_EXCEPTIONS:
        return False
    for suf in PLACE_SUFFIXES:
        stem = tok[: -len(suf)]
        if tok.endswith(suf) and len(stem) >= 2 and stem not in URDU_FUNCTION:
            return True
    return False


_ABD_AL = COMPOUND_OPENINGS[0]


def _arabic_name(tok: str) -> bool:
    """`al-` and a given name run together (الحسن، الرحمان), `Abd al-` and a divine name
    (عبدالرزاق، عبدالحفیظ), or a kunya `Abu al-` (ابوالحسن، ابوالبرا): part of an Arabic name;
    `Abd al-X` and `Abu al-X` are never anything else."""
    return len(tok) >= 5 and (
        (tok.startswith("ال") and tok[2:] in NAME_PARTS)
        or any(tok.startswith(head) and len(tok) >= len(head) + 3 for head in COMPOUND_OPENINGS)
    )


class _Scan:
    """Per-pair facts the claim finder needs: which words of the text the source lacks."""

    def __init__(self, idx: NameIndex, src: NameIndex) -> None:
        self.idx, self.src = idx, src
        toks = idx.tokens
        self.vocab = src.vocab
        self.surface = [idx.source[s:e] for s, e in map(idx.bounds, range(len(toks)), [1] * len(toks))]
        by_len: dict[bool, list[str]] = {True: [], False: []}
        for t in self.vocab:
            if len(t) >= 4:
                by_len[len(t) >= 5].append(t)
        # consonants of the article's Latin words (Eagle-Heron): a brief writes them in Urdu
        self.latin = frozenset(
            k for w in _LATIN_WORD.findall(src._latin_lower) if len(k := english_skeleton(w)) >= 3
        )
        self.novel = [self._novel(i, tok, by_len) for i, tok in enumerate(toks)]
        self._spoken_apart(toks)

    def _spoken_apart(self, toks: list[str]) -> None:
        """New words that are everyday English written by sound (ریڈز raids; سپوکس مین, one word
        in two) are no names, unless they stand where a name does: beside a rare new word, a name
        part, a listed name or a place's or body's head (گریم ہک Graeme Hick, کراچی بلوز, جان
        اسنر), after a word that introduces a name or a place (علاقے بفیلو), or before a place's
        unit (کریٹر ضلعے). Not before the ergative نے: a spokesman or an official acts as often as
        a person named (ایک لوکل آفیشل نے)."""
        novel, joined = self.novel, self.idx.joined_next
        spoken = [novel[i] and _spoken_word(t) for i, t in enumerate(toks)]
        pairs: set[int] = set()
        for i in range(len(toks) - 1):
            if (novel[i] or novel[i + 1]) and joined[i] and _spoken_word(toks[i] + toks[i + 1]):
                spoken[i] = spoken[i + 1] = True
                pairs.add(i)

        def named(j: int) -> bool:
            t = toks[j]
            return ((novel[j] and not spoken[j] and self.zipf(j) < _NAME_BESIDE_ZIPF) or t in NAME_PARTS
                    or t in ORG_HEADS or t in PLACE_HEADS
                    or any(e.type != "demonym" for e in gazetteer.lookup_urdu(t)))  # شامی ریفیوجیز describes

        def in_name(i: int) -> bool:
            before = i > 0 and joined[i - 1] and i - 1 not in pairs  # not the other half of سپوکس مین
            after = i + 1 < len(toks) and joined[i] and i not in pairs
            return (toks[i] in ORG_HEADS or toks[i] in PLACE_HEADS or _told_after(self.idx, i)
                    or (before and (named(i - 1) or toks[i - 1] in NAME_INTRODUCERS or toks[i - 1] in ADMIN_HEADS
                                    or (i > 1 and joined[i - 2] and toks[i - 2] + toks[i - 1] in NAME_INTRODUCERS)))
                    or (after and (named(i + 1) or toks[i + 1] in ADMIN_HEADS)))

        kept = [spoken[i] and in_name(i) for i in range(len(toks))]
        for order in (range(1, len(toks)), range(len(toks) - 2, -1, -1)):  # a name's other English-sounding words
            for i in order:
                j = i - 1 if order.step == 1 else i + 1
                if spoken[i] and kept[j] and joined[min(i, j)]:
                    kept[i] = True
        for i in range(len(toks)):
            if spoken[i] and not kept[i]:
                novel[i] = False

    def _novel(self, i: int, tok: str, by_len: dict[bool, list[str]]) -> bool:
        vocab = self.vocab
        if (
            len(tok) < 2
            or tok in vocab
            or tok in URDU_COMMON
            or tok in NAME_STOP_AFTER_ROLE
            or urdu_role(tok) is not None
            or classify_urdu(tok) is not None
            or letter_of(tok) is not None
            or _inflection_of(tok, vocab)
            or (_fused(tok, vocab) and not self.theophoric(i))  # انعام اللہ is a name, not ان|عام
        ):
            return False
        if tok.isascii():
            return tok.lower() not in self.src._latin_lower and self.surface[i][:1].istitle()
        if _paradigm_word(tok) or (self.latin and len(tok) >= 4 and urdu_skeletons(tok)[0] in self.latin):
            return False
        # a spelling variant of a source word (مئمبی / ممبئی): same length, or both of five
        # letters or more; `ایساف` is not a variant of `ایسا`, nor `انڈیز` of `انڈیا`
        if len(tok) >= 4:
            pool = by_len[len(tok) >= 5] if len(tok) >= 5 else [t for t in by_len[False] if len(t) == 4]
            best = process.extractOne(tok, pool, scorer=fuzz.ratio, score_cutoff=86)
            if best is not None and not (len(tok) <= 6 and tok[:2] != best[0][:2]):
                return False
        return True

    def theophoric(self, i: int) -> bool:
        """Word i, اللہ and a name part: a given name (انعام اللہ نیازی, ثنا اللہ خان), however
        everyday word i is on its own (انعام: a reward)."""
        toks, joined = self.idx.tokens, self.idx.joined_next
        return (i + 2 < len(toks) and toks[i + 1] == _ALLAH and joined[i] and joined[i + 1]
                and toks[i + 2] in NAME_PARTS and toks[i] not in URDU_FUNCTION and classify_urdu(toks[i]) is None)

    def split_piece(self, i: int) -> bool:
        """Word i is half of a word typed with a stray space (نو مبر، سا ئیڈ)."""
        toks = self.idx.tokens
        for a, b in ((i - 1, i), (i, i + 1)):
            if a >= 0 and b < len(toks):
                whole = toks[a] + toks[b]
                if whole in self.vocab or whole in URDU_COMMON or urdu_zipf(whole) >= 3.0:
                    return True
        return False

    def respelled(self, i: int) -> bool:
        """Word i is an article's word with other vowel letters (مارن / مرین): a foreign name
        the article spells another way, so the rest may be respelled too (a warning, not an
        error). The same word exactly beside a new one is another person (طارق محمود X)."""
        tok = self.idx.tokens[i]
        if len(tok) < 4 or tok in self.vocab or self.zipf(i) >= _RARE_ZIPF:  # منیجر / مینیجر: a word
            return False
        key = consonant_key(tok)
        return len(key) >= 3 and key in self.src_keys

    @cached_property
    def src_keys(self) -> frozenset[str]:
        return frozenset(consonant_key(t) for t in self.vocab if len(t) >= 3 and not t.isascii())

    def zipf(self, i: int) -> float:
        return max(urdu_zipf(self.surface[i]), urdu_zipf(self.idx.tokens[i]))  # ئ → ی can hide a word

    def joined(self, i: int) -> bool:
        """Token i and i+1 are one phrase: white space between, or `(ن) لیگ` / `لیگ (ن)`."""
        idx = self.idx
        if i + 1 >= len(idx.tokens):
            return False
        if idx.joined_next[i]:
            return True
        if len(idx.tokens[i]) > 1 and len(idx.tokens[i + 1]) > 1:
            return False
        gap = idx._norm.text[idx._ends[i] : idx._starts[i + 1]]
        return bool(_LETTER_JOIN.fullmatch(gap))

    def in_source(self, i: int, n: int) -> bool:
        """Tokens i..i+n-1 as a phrase are in the source (any spacing, any punctuation)."""
        toks = self.idx.tokens[i : i + n]
        return bool(self.src.occurrences("".join(toks))) or ("|" + "|".join(toks) + "|") in self.src.bar

    def known(self, i: int) -> bool:
        """Word i is a demonym, or a known place the source names: `امریکی کمپنی`, `شارجہ
        سٹیڈیم` describe rather than name."""
        tok = self.idx.tokens[i]
        entries = gazetteer.lookup_urdu(tok)
        return bool(entries) and (tok in self.vocab or any(e.type == "demonym" for e in entries))

    def distinct(self, i: int) -> bool:
        """Word i can be a word of an institution's name (not an adjective like سرکاری)."""
        tok = self.idx.tokens[i]
        if tok in URDU_FUNCTION or tok in GENERIC_QUALIFIERS or classify_urdu(tok) is not None:
            return False
        return (
            (tok not in URDU_COMMON and self.zipf(i) < _DISTINCT_ZIPF)
            or tok in NAME_PARTS
            or tok in gazetteer.claim_keys()
        )


_SURNAMES: WeakKeyDictionary[NameIndex, dict[str, frozenset[str]]] = WeakKeyDictionary()


def _surnames(src: NameIndex) -> dict[str, frozenset[str]]:
    """Source words followed by a name part (محبوب → {خان}): given names with the surnames
    the article gives them; once per source index. A name part itself (محمد، علی) leads too
    many names to count; an everyday word is no given name (کسی ملک: some country, not Malik),
    nor a word that introduces a name (باکسر محمد وسیم: the boxer, not a given name)."""
    got = _SURNAMES.get(src)
    if got is None:
        out: dict[str, set[str]] = {}
        keys = gazetteer.claim_keys()
        for i in range(len(src.tokens) - 1):
            a, b = src.tokens[i], src.tokens[i + 1]
            if (src.joined_next[i] and b in NAME_PARTS and b != _SUPERLATIVE and a not in NAME_PARTS
                    and a not in URDU_COMMON and a not in keys and urdu_role(a) is None and not is_everyday_word(a)
                    and a not in NAME_INTRODUCERS):
                out.setdefault(a, set()).add(b)
        got = _SURNAMES[src] = {a: frozenset(bs) for a, bs in out.items()}
    return got


_OF = fold_token("آف")
_SUPERLATIVE = fold_token("ترین")  # مصروف ترین: the superlative, not Tareen


def _of_word(scan: _Scan, k: int) -> bool:
    """Word k can be a word of an English name written out in Urdu around آف."""
    tok = scan.idx.tokens[k]
    return (len(tok) >= 2 and tok not in URDU_FUNCTION and tok not in URDU_POSTPOSITIONS and tok != _OF
            and classify_urdu(tok) is None and not _verb_form(tok))


_BODY_WORDS = (ORG_TAILS - {"company", "conference", "network", "club", "bank", "forum", "congress"}) | {
    "service", "services", "guard", "guards", "force", "forces"}
"""English last words of a body's name (Security Service, National Guard), written in Urdu letters;
not those of everyday phrases (انٹرنیٹ کمپنی، پریس کانفرنس، پریس کلب)."""


def _body_loanword(tok: str) -> bool:
    english = loanwords().get(tok)
    return english is not None and english.lower() in _BODY_WORDS


def _new_loanword(scan: _Scan, k: int) -> bool:
    """Word k is an English word written in Urdu letters (نیشنل، سٹیٹ) that the article lacks."""
    tok = scan.idx.tokens[k]
    return tok in loanwords() and tok not in scan.vocab


_MODIFIER_TAILS = frozenset(fold_token(w) for w in ("انٹرنیشنل", "نیوز"))
"""Tails that are also modifiers of the English word after them (انٹرنیشنل ہاکی, نیوز ایجنسی)."""


def _name_before_body(scan: _Scan, start: int, tail: int) -> bool:
    """The word before `start` is the article's name of a person or thing, not the first word of the body named in
    English words (or a demonym and English words) after it (ونسنٹ | انڈین کرکٹ لیگ: Vincent, then
    the Indian Cricket League): it is no English word, no place, and the article writes it."""
    toks = scan.idx.tokens
    english = loanwords()
    k = start - 1
    return (all(toks[m] in english or gazetteer.lookup_urdu(toks[m]) for m in range(start, tail)) and toks[k] not in english
            and scan.in_source(k, 1) and not gazetteer.lookup_urdu(toks[k]) and classify_urdu(toks[k]) is None)


def _pattern_claims(scan: _Scan) -> list[tuple[int, int, ClaimStrength]]:
    """(start, n, strength) of phrases built like names that the source lacks as a whole."""
    toks = scan.idx.tokens
    n_tok = len(toks)
    out: list[tuple[int, int, ClaimStrength]] = []

    def role_before(j: int) -> int:
        """Start of a role ending at word j (وزیر اعظم), else j + 1."""
        for k in (3, 2, 1):
            if (
                j - k + 1 >= 0
                and all(scan.joined(m) for m in range(j - k + 1, j))
                and urdu_role("".join(toks[j - k + 1 : j + 1])) is not None
            ):
                return j - k + 1
        return j + 1

    for i, tok in enumerate(toks):
        if i > 0 and (tok in INSTITUTION_TAILS or _body_loanword(tok)):
            loans = i
            while loans > 0 and i - loans < 3 and scan.joined(loans - 1) and toks[loans - 1] in loanwords():
                loans -= 1
            body = next((s for s in range(loans, i) if scan.in_source(s, i + 1 - s)), None)
            if body is not None and loans < body and all(_new_loanword(scan, k) for k in range(loans, body)):
                # the article's body with English words of the brief's own before it (سٹیٹ
                # سکیورٹی سروس where the article has پبلک سکیورٹی سروس): another body
                out.append((loans, i + 1 - loans, "strong"))
                continue
            if body is None and _body_loanword(tok) and any(_new_loanword(scan, k) for k in range(loans, i)):
                # a body named in English words the article lacks (نیشنل پارک سروس)
                out.append((loans, i + 1 - loans, "strong"))
                continue
        # X + institution tail (پارلیمنٹ ہاؤس، آرمی پبلک سکول، (ن) لیگ) or split place ending
        tail = tok in INSTITUTION_TAILS or (tok in _SPLIT_SUFFIXES and i > 0)
        if tail and tok in _MODIFIER_TAILS and i + 1 < n_tok and scan.joined(i) and toks[i + 1] in loanwords():
            tail = False  # انٹرنیشنل ہاکی: international hockey; a body's name, if any, ends later
        if tail and i > 1 and toks[i - 1] == NAMED and scan.joined(i - 2):
            # المنصورین نامی گروپ: the name is the word before نامی (however everyday: نامی says it
            # is a name), with the less common words before it, not the ذمہ داری it follows
            tail, start = False, i - 2
            while (start > 0 and i - 1 - start < 3 and scan.joined(start - 1) and toks[start - 1] not in URDU_FUNCTION
                   and scan.zipf(start - 1) < _EVERYDAY_ZIPF):
                start -= 1
            if not scan.in_source(start, i - 1 - start):
                out.append((start, i - 1 - start, "strong"))
        if tail and i > 0 and scan.joined(i - 1):
            start = i
            while start > 0 and i - start < 3 and scan.joined(start - 1):
                r = role_before(start - 1)
                if r <= start - 1:
                    start = r
                    break
                if not scan.distinct(start - 1) or letter_of(toks[start - 1]) is not None:
                    break  # letters before a tail are an acronym, claimed (or not) as one
                if start < i and _name_before_body(scan, start, i):
                    break
                start -= 1
            if tok in _SPLIT_SUFFIXES:
                start = max(start, i - 1)
                if start < i and (toks[start] in URDU_COMMON or scan.zipf(start) >= _DISTINCT_ZIPF - 0.4):
                    start = i
            end = i + 1
            if end < n_tok and len(toks[end]) == 1 and scan.joined(i) and letter_of(toks[end]) is None:
                end += 1  # مسلم لیگ ن
            described = all(scan.known(k) for k in range(start, i))
            if start < i and not described and not any(scan.in_source(s, end - s) for s in range(start, i)):
                # everyday words the article uses, before پارٹی: `شناخت پارٹی کارکنوں کے طور پر`
                # reads across a phrase as often as it names a party
                everyday = all(toks[k] in scan.vocab and scan.zipf(k) >= _EVERYDAY_ZIPF for k in range(start, i))
                out.append((start, end - start, "weak" if everyday else "strong"))
        # "whose name is X" (متاثرہ شخص کا نام کینٹ برینٹلی ہے): the words between نام and the
        # copula are a name, however the copula makes its last word look like a predicate
        if tok == _NAME_WORD and i > 0 and toks[i - 1] in _GENITIVE_OR_WA and scan.joined(i):
            end = i + 1
            while end < n_tok and end - i <= 3 and scan.joined(end - 1) and toks[end] not in URDU_FUNCTION:
                end += 1
            if (i + 1 < end < n_tok and toks[end] in COPULAS and all(scan.novel[k] for k in range(i + 1, end))
                    and any(scan.zipf(k) < _EVERYDAY_ZIPF for k in range(i + 1, end))
                    and not scan.in_source(i + 1, end - i - 1)):
                rare = any(scan.zipf(k) < _RARE_ZIPF for k in range(i + 1, end))
                out.append((i + 1, end - i - 1, "strong" if rare else "weak"))
        # a given name the article gives with one surname, here with another (محبوب خان →
        # محبوب عالم، لیاقت شاہ → لیاقت علی): another person
        surnames = _surnames(scan.src).get(tok)
        if surnames and i + 1 < n_tok and scan.joined(i):
            nxt = toks[i + 1]
            other = (nxt not in surnames and nxt not in URDU_FUNCTION and nxt not in URDU_POSTPOSITIONS
                     and classify_urdu(nxt) is None and urdu_role(nxt) is None and not _verb_form(nxt))
            if other and (nxt in NAME_PARTS or nxt not in scan.vocab) and not scan.in_source(i, 2):
                out.append((i, 2, "strong" if nxt in NAME_PARTS else "weak"))
        # an English name written out with "of" (آرگنائزیشن آف امریکن سٹیٹس، بینک آف پنجاب)
        if tok == _OF and 0 < i < n_tok - 1 and scan.joined(i - 1) and scan.joined(i):
            start, end = i, i + 1
            while (start > 0 and i - start < 3 and scan.joined(start - 1) and _of_word(scan, start - 1)
                   and scan.distinct(start - 1)):
                start -= 1
            while end < n_tok and end - i <= 3 and scan.joined(end - 1) and _of_word(scan, end):
                end += 1
            if start < i < end - 1 and not scan.in_source(start, end - start):
                # the article's words but for one (its own name respelt: اکیڈمی آف موونگ امیج for
                # اکیڈمی آن مووی امیج): a warning; two new words make another name
                new = sum(toks[k] not in scan.vocab for k in range(start, end) if k != i)
                out.append((start, end - start, "weak" if new <= 1 else "strong"))
        # institution head + X (وزارت دفاع، مسجد امام صادق، تھانہ صدر)
        office = tok in _OFFICE and i + 1 < n_tok and toks[i + 1] in _PORTFOLIO_WORDS  # دفتر خارجہ
        if (tok in INSTITUTION_HEADS or office) and scan.joined(i):
            end = i + 1
            while (
                end < n_tok
                and end - i <= 3
                and toks[end] not in URDU_FUNCTION
                and classify_urdu(toks[end]) is None
                and not _verb_form(toks[end])  # وزارت داخلہ سنبھالی: took the ministry
                and not (end + 1 < n_tok and toks[end + 1] in _CONJUNCTIVE)  # وزارت داخلہ سنبھال کر: having taken it
                and not (end == i + 1 and _oblique_infinitive(toks[end]))  # درگاہ گرانے
            ):
                if end > i + 1 and not (scan.novel[end] or scan.distinct(end)):
                    break
                end += 1
                if not scan.joined(end - 1):
                    break
            if end > i + 1 and not scan.in_source(i, end - i):
                out.append((i, end - i, "strong"))
        # administrative head + a new word (تحصیل دتہ خیل، ضلع کرک)
        if (tok in ADMIN_HEADS and scan.joined(i) and scan.novel[i + 1] and scan.zipf(i + 1) < _EVERYDAY_ZIPF
                and toks[i + 1] not in URDU_FUNCTION):  # شہر تبھی بچے گا: the city is saved only then
            end = i + 2
            while end < n_tok and end - i <= 3 and scan.joined(end - 1) and scan.novel[end]:
                end += 1
            out.append((i, end - i, "strong"))
        # compass word + place (شمالی امریکہ، جنوبی وزیرستان)
        if tok in COMPASS and scan.joined(i):
            nxt = toks[i + 1]
            place = nxt in gazetteer.urdu_keys() and nxt not in COMPASS
            # after an English compass word (ویسٹ انڈیز) any new word; after an Urdu one a rare
            # word only: شمالی ساحل is a coast, not a place's name
            limit = _EVERYDAY_ZIPF + 0.4 if tok in _ENGLISH_COMPASS else _COMPASS_NEW_ZIPF
            new = scan.novel[i + 1] and scan.zipf(i + 1) < limit and nxt not in COMPASS
            said = any(
                d == COMPASS[tok] and (bool(scan.src.occurrences(w + nxt)) or f"|{w}|{nxt}|" in scan.src.bar)
                for w, d in COMPASS.items()
            )
            if (place or new) and not said:
                # a region of a place the source names (جنوبی پنجاب) may be a paraphrase
                out.append((i, 2, "weak" if nxt in scan.vocab else "strong"))
    return out


_OFFICE = frozenset(fold_token(w) for w in ("دفتر", "دفترِ"))
_PORTFOLIO_WORDS = frozenset(fold_token(f) for forms in PORTFOLIOS.values() for f in forms if " " not in f)
"""دفتر heads a body only before a portfolio (دفتر خارجہ, the Foreign Office); else it is an
office (دفتر پہنچے)."""
_BODY_ENDS = INSTITUTION_TAILS | frozenset(fold_token(w) for w in ("کمیشن", "بورڈ", "کمیٹی", "ایجنسی", "فورس", "تنظیم"))
"""Last words of a body's name, for `_inserted_word_claims`."""
_NISBA_END = fold_token("ی")
"""An adjective of Persian or Arabic make ends in ی (قومی، تحقیقاتی، صوبائی): a brief may add one
inside a body's name to describe it (پاکستان قومی کرکٹ بورڈ، اندرونی تحقیقاتی کمیٹی)."""


def _inserted_word_claims(scan: _Scan) -> list[tuple[int, int, ClaimStrength]]:
    """A body's name that the article writes without one of its inner words (الیکشن شکایات کمیشن
    where it has الیکشن کمیشن; the Election Complaints Commission is another body than the
    Election Commission)."""
    toks = scan.idx.tokens
    out: list[tuple[int, int, ClaimStrength]] = []
    for i, tok in enumerate(toks):
        if tok not in _BODY_ENDS:
            continue
        for start in (i - 2, i - 3):
            if start < 0 or not all(scan.joined(m) for m in range(start, i)):
                break
            if any(toks[m] in URDU_FUNCTION or classify_urdu(toks[m]) is not None for m in range(start, i)):
                break
            if scan.in_source(start, i + 1 - start):
                break
            if any(scan.src.occurrences("".join(t for m, t in enumerate(toks[start : i + 1], start) if m != drop))
                   for drop in range(start + 1, i) if not toks[drop].endswith(_NISBA_END)):
                out.append((start, i + 1 - start, "strong"))
                break
    return out


_KE, _KO = fold_token("کے"), fold_token("کو")
_CONJUNCTIVE = frozenset(fold_token(w) for w in ("کر", "کرکے"))
"""After a verb's stem, "having done" (سنبھال کر): the stem ends a name before it."""
_ACCORDING_TO = frozenset((fold_token("مطابق"),))
_TOLD = frozenset(fold_token(w) for w in ("بتایا", "بتائی", "بتاتے", "انٹرویو"))


def _slot_before(idx: NameIndex, i: int, postposition: str, heads: frozenset[str]) -> bool:
    """Word i, perhaps with one more word (a surname), is followed by the postposition and one
    of the heads: a name's slot, however everyday or English the words are."""
    toks, joined = idx.tokens, idx.joined_next
    for k in (i, i + 1):
        if k + 2 < len(toks) and joined[k] and joined[k + 1] and toks[k + 1] == postposition and toks[k + 2] in heads:
            return k == i or (joined[i] and toks[k] not in URDU_FUNCTION and toks[k] not in URDU_POSTPOSITIONS)
    return False


def _slot_claims(scan: _Scan) -> list[tuple[int, int, ClaimStrength]]:
    """Given names and surnames in a person's slot (اکبر علی کے مطابق، راحت علی نے): a person,
    however everyday each word is (راحت: relief, رسول: a prophet). Claimed last, only where no
    other claim stands (مالک نصیب خان is نصیب's claim, a given name before خان)."""
    toks, n_tok = scan.idx.tokens, len(scan.idx.tokens)
    out: list[tuple[int, int, ClaimStrength]] = []
    for i in range(n_tok - 1):
        if not (scan.joined(i) and _personal(scan, i) and _personal(scan, i + 1)) or (
                i and scan.joined(i - 1) and urdu_role(" ".join(toks[i - 1 : i + 1])) is not None):
            continue  # (اعظم of وزیر اعظم is the office's)
        end = i + 2
        if end < n_tok and scan.joined(end - 1) and _personal(scan, end):
            end += 1
        if _person_slot(scan.idx, end) and not scan.in_source(i, end - i) and urdu_role(" ".join(toks[i:end])) is None:
            out.append((i, end - i, "strong"))
    return out


def _personal(scan: _Scan, k: int) -> bool:
    """Word k can be a person's given name or surname: one the names table records or the
    team's list holds, and no function word, role, number, place or word of a verb."""
    tok = scan.idx.tokens[k]
    return (len(tok) >= 2 and tok not in URDU_FUNCTION and tok not in URDU_POSTPOSITIONS and urdu_role(tok) is None
            and tok not in ORG_HEADS and tok not in PLACE_HEADS and tok != NAMED
            and classify_urdu(tok) is None and not gazetteer.lookup_urdu(tok) and not _verb_form(tok)
            and (tok in NAME_PARTS or recorded_name_part(tok) is True))


_ERGATIVE = fold_token("نے")
_SAYING = tuple(fold_token(w) for w in ("کا", "کہنا"))


def _person_slot(idx: NameIndex, end: int) -> bool:
    """The words before token `end` act or speak: نے, کے مطابق, کا کہنا."""
    toks, joined = idx.tokens, idx.joined_next
    if end >= len(toks) or not joined[end - 1]:
        return False
    if toks[end] == _ERGATIVE:
        return True
    nxt = toks[end + 1] if end + 1 < len(toks) and joined[end] else ""
    return (toks[end] == _KE and nxt in _ACCORDING_TO) or (toks[end], nxt) == _SAYING


def _according_to_after(idx: NameIndex, i: int) -> bool:
    """کیون ہیلی کے مطابق: "according to" a person or a body."""
    return _slot_before(idx, i, _KE, _ACCORDING_TO)


def _told_after(idx: NameIndex, i: int) -> bool:
    """پائنیئر پریس کو بتایا، ہالی وڈ رپورٹر کو انٹرویو: who a report was told to, an outlet or a person."""
    return _slot_before(idx, i, _KO, _TOLD)


def _name_part_slot(toks: list[str], novel: list[bool], i: int, prev: str, nxt: str) -> bool:
    """Word i stands where a name does: beside a new word of the desk's names table, or before a
    postposition, the ergative or اور with no noun before it that the word would go on (میزائل
    فضا میں, سکول وین پر) and not as the second noun of a pair (اطمینان اور مسرت کا)."""
    beside = [k for k in (i - 1, i + 1) if 0 <= k < len(toks) and novel[k]]
    if any(toks[k] in name_parts() for k in beside):
        return True
    if not (nxt in URDU_POSTPOSITIONS or nxt in (_ERGATIVE, _AUR)):
        return False
    return not prev or (prev in URDU_FUNCTION and prev not in _GENITIVE_OR_WA and prev != _AUR) or (
        prev in NAME_INTRODUCERS or urdu_role(prev) is not None)


_EXPRESSED_AFTER = re.compile(r"\s+کا\s+اظہار")
"""What one expresses (مسرت کا اظہار: expressed joy; تشویش کا اظہار) is a feeling or a view."""
_ECHO_OPENINGS = frozenset(fold_token(w) for w in ("ب", "و", "ش", "پ"))


def _echo_pair(word: str, echo: str) -> bool:
    """An echo compound: a word, then the word again with its first letter turned to ب، و، ش or
    پ (تتر بتر: scattered; الٹ پلٹ، چائے وائے). Everyday speech, however rare its halves; names
    do not rhyme so."""
    return (len(word) >= 3 and len(echo) == len(word) and echo[1:] == word[1:] and echo[0] != word[0]
            and echo[0] in _ECHO_OPENINGS)


def _unsupported_claims(
    idx: NameIndex, src: NameIndex, blocked: set[int] | frozenset[int] = frozenset()
) -> tuple[list[tuple[Span, ClaimStrength]], list[tuple[Span, ClaimStrength]]]:
    """(runs of name-like words, name-shaped phrases) of idx's text that `src` lacks.

    Strong signals (one is enough): a gazetteer word (an ambiguous one only when rare or
    before a postposition), a common given name or surname (`NAME_PARTS`), a place-ending
    word, an Arabic `al-` name, a name-shaped phrase (`_pattern_claims`). Also enough for a
    (weak) claim: a rare word (Zipf < 3.3: transliterated foreign names), a three-letter word
    wordfreq does not know (بڈا; not half of a word split by a stray space), a word right after
    a role, a less common word before the ergative نے. Other words below everyday frequency
    only join a run, or make one of two words ending in a place/institution head (ٹاؤن), or,
    two to four of them new and in a name's slot (before a postposition or اور), make a run
    on their own (مور کہو میں، راس ٹیلر کی); infinitives and oblique plurals never do.
    """
    scan = _Scan(idx, src)
    for i in blocked:
        scan.novel[i] = False
    toks = idx.tokens
    n_tok = len(toks)
    gaz = gazetteer.claim_keys()
    novel = scan.novel
    sure = [False] * n_tok  # a name for sure: a strong claim
    strong = [False] * n_tok  # enough for a claim
    weak = [False] * n_tok
    for i, tok in enumerate(toks):
        if not novel[i]:
            continue
        z = scan.zipf(i)
        nxt = toks[i + 1] if i + 1 < n_tok and idx.joined_next[i] else ""
        prev = toks[i - 1] if i > 0 and idx.joined_next[i - 1] else ""
        prev2 = toks[i - 2] + prev if i > 1 and prev and idx.joined_next[i - 2] else ""
        if _mand_suffix(tok, prev):
            continue  # آرزو مند
        if tok in gaz and not (z >= _EVERYDAY_ZIPF and _joined_name_only(tok)):
            # an everyday word that is also a place (تنگی، مالی) is one only when rare, or before a
            # postposition with no describing word before it (معاشی تنگی کا: hardship); a verb
            # form (سوچی سمجھی) is no place at all
            described = bool(prev) and prev not in URDU_FUNCTION and scan.zipf(i - 1) >= _EVERYDAY_ZIPF
            end = idx.bounds(i, 1)[1]
            start = idx.bounds(i, 1)[0]
            sure[i] = not _verb_form(tok) and not _word_not_name(
                tok, idx.source[end : end + _AFTER_REACH], idx.source[max(0, start - _AFTER_REACH) : start]) and (
                tok not in gazetteer.AMBIGUOUS_URDU or z < 4.0 or (nxt in URDU_POSTPOSITIONS and not described)
                or nxt in _UNITS_AFTER)  # خیبر ایجنسی, مٹھی شہر: the place's unit says it is one
        # a name part that is an everyday word too (رائے: opinion, Rai) after a genitive or و
        # (ڈاکٹروں کی رائے، امن و امان) or in a compound (اتفاق رائے) is the word: a surname
        # follows a given name
        worded = (z >= _EVERYDAY_ZIPF and (prev in _GENITIVE_OR_WA or prev in _OPINION_BEFORE
                                           or (prev not in NAME_PARTS and tok not in gaz
                                               and (_verb_form(nxt) or nxt in _LIGHT_VERBS))
                                           )) or prev in _DEMONSTRATIVES_BEFORE or (
            prev in _GENITIVE_OR_WA and (nxt in COPULAS or nxt == _QARAR))  # عزم کا مظہر ہے، اعتماد کا مظہر
        # قرار دیا: a predicate noun, not Mazhar
        # (and, no place, before a verb with no name before it: سے بھی رائے مانگی is an opinion asked
        # for; a person who acts takes نے or a given name first, and ریاض پہنچا is a place reached)
        if ((tok in NAME_PARTS and (z < _WORD_TOO_ZIPF or prev in NAME_PARTS) and not worded) or _place_word(tok)
                or _arabic_name(tok) or scan.theophoric(i)):
            sure[i] = True  # not جان, محمد, خان alone: far more often "life", a prefix, a title
        if len(tok) >= 3 and not _verb_form(tok) and urdu_role(tok) is None and (
                (nxt == NAMED and z < _WORD_TOO_ZIPF) or (nxt in _HONORIFICS_AFTER and z < _EVERYDAY_ZIPF)):
            sure[i] = True  # صداقت نامی (named Sadaqat), یوسفی صاحب: what a name is called or honoured
        if prev == _MUHAMMAD and tok in name_parts() and tok not in URDU_FUNCTION and not _verb_form(tok):
            sure[i] = True  # محمد اکرم: the commonest given name, then a name the desk's table lists
        # (a two-word one too: بلے باز، فلم ساز, written apart or as one word)
        introduced = prev in _PERSON_INTRODUCERS or prev2 in _PERSON_INTRODUCERS
        if introduced and len(tok) >= 3 and z < _RARE_ZIPF and not _verb_form(tok):
            sure[i] = True  # a rare word after باکسر، فاسٹ بولر، بیٹے: a person's name
        if (nxt in _TOWN_WORDS and len(tok) >= 3 and z < _EVERYDAY_ZIPF and tok not in URDU_FUNCTION
                and not _verb_form(tok) and not urdu_inflected(tok) and (tok in gaz or not tok.endswith(_ADJ_I))):
            sure[i] = True  # لیل شہر، مری قصبے: the uncommon word before a town's word names it
        strong[i] = sure[i] or (
            (z < _RARE_ZIPF and len(tok) >= 4)
            or (z == 0 and len(tok) == 3 and not _fused(tok, scan.vocab) and not scan.split_piece(i))
            or tok.isascii()
            or (prev and urdu_role(prev) is not None and z < _EVERYDAY_ZIPF + 0.4)
            or (introduced and len(tok) >= 3 and z < _EVERYDAY_ZIPF)
            or (prev in _OUTLET_INTRODUCERS and len(tok) >= 3 and z < _EVERYDAY_ZIPF)  # جریدہ نیچر
            # and a given name that is also a word (شان: glory) before a new uncommon word
            # (بیٹسمین شان ایبٹ): the two are the person's name
            or (introduced and len(tok) >= 3 and z < _NAME_BESIDE_ZIPF and bool(nxt)
                and novel[i + 1] and scan.zipf(i + 1) < _EVERYDAY_ZIPF)
            or (prev2 and urdu_role(prev2) is not None and z < _EVERYDAY_ZIPF + 0.4)
            # a surname after given names (طارق محمود کھوکھر): the word a name goes on with
            or (prev in NAME_PARTS and i > 1 and toks[i - 2] in NAME_PARTS and idx.joined_next[i - 2]
                and z < _EVERYDAY_ZIPF)
            or (nxt in PARTICLES and z < 5.0 and tok not in ORG_HEADS and tok not in PLACE_HEADS)  # (not
            # a body's or a place's head alone: بورڈ نے is the board the article named, said again)
            # a given name or surname of the desk's table, new to the article, where a name stands
            # (کترینہ کے ساتھ، فرحان زمان نے): a person the article does not name, however
            # everyday a word the name may be elsewhere (فضا ہموار، میزائل فضا میں)
            or (tok in name_parts() and len(tok) >= 3 and z < _EVERYDAY_ZIPF and not worded
                and _name_part_slot(toks, novel, i, prev, nxt))
            # the source of a report (کیون کے مطابق: according to Kevin), however common a word a
            # name may also be below everyday frequency; a document or a survey is an everyday word
            or (z < _EVERYDAY_ZIPF and len(tok) >= 3 and (_according_to_after(idx, i) or _told_after(idx, i)))
            # a given name before the surname خان, however everyday a word it is (نصیب خان, شیر خان)
            or (nxt == _KHAN and len(tok) >= 3 and z < _BEFORE_KHAN_ZIPF and not _verb_form(tok))
        )
        weak[i] = z < _EVERYDAY_ZIPF or tok in PLACE_HEADS or tok in ORG_HEADS
        # a declined or conjugated word outside a name's slot (بھونی کے، مور کہو میں may be
        # names: a postposition follows them), or in one with an infinitive's or an oblique
        # plural's ending (گھٹانے کے، یاتریوں کی)
        declined = len(tok) >= 3 and urdu_inflected(tok) and (
            (nxt not in URDU_POSTPOSITIONS and nxt != _AUR) or _inflected(tok) or _oblique_infinitive(tok))
        end = idx.bounds(i, 1)[1]
        passive = not sure[i] and _AUXILIARY_AFTER.match(idx.source[end:]) is not None  # بیاہی گئی
        if not sure[i] and (_verb_form(tok) or nxt in COPULAS or declined or passive or _plural_of_word(tok)
                            or _echo_pair(tok, nxt) or _echo_pair(prev, tok)
                            or _EXPRESSED_AFTER.match(idx.source, end) is not None
                            or _persian_adverb(tok)
                            or (tok in _PERSON_INTRODUCERS and tok != _BEGUM)):
            strong[i] = weak[i] = False  # grammar a name does not take: a verb, a predicate, a declined word
    out: list[tuple[Span, ClaimStrength]] = []
    i = 0
    while i < n_tok:
        if not (strong[i] or weak[i]):
            i += 1
            continue
        j = i + 1
        while j < n_tok and j - i < 4 and idx.joined_next[j - 1] and (strong[j] or weak[j]):
            j += 1
        run = range(i, j)
        heads = toks[j - 1] in PLACE_HEADS or toks[j - 1] in ORG_HEADS
        if not heads and all(toks[k] in NEWS_WORDS and not sure[k] for k in run):
            i = j  # ordinary news words (منتظمین، اوپنر، احتیاطی تدبیر); with a head they may name a body
            continue
        # two or more new, less common words in a row read as one foreign name (مور کہو،
        # راس ٹیلر); a paraphrase's new words are mostly everyday ones
        pair = (
            j - i >= 2
            and all(novel[k] and weak[k] and not _inflected(toks[k]) for k in run)
            and j < n_tok
            and (toks[j] in URDU_POSTPOSITIONS or toks[j] == _AUR)  # a name's slot: مور کہو میں
            and not scan.in_source(i, j - i)
        )
        if any(strong[k] for k in run) or (j - i >= 2 and heads) or pair:
            # two or more new words, all uncommon and one rare, read as a foreign person's
            # name (ڈیبورا آرنوٹ، جیفری لیوس): a paraphrase's new words are seldom all uncommon
            foreign = j - i >= 2 and any(strong[k] for k in run) and all(
                novel[k] and scan.zipf(k) < _FOREIGN_NAME_ZIPF and not _inflected(toks[k]) for k in run
            ) and not any(scan.respelled(k) for k in run)
            out.append((idx.span(i, j - i), "strong" if foreign or any(sure[k] for k in run) else "weak"))
        i = j
    slots = [(idx.span(i, n), strength) for i, n, strength in _slot_claims(scan)]
    patterns = [*_pattern_claims(scan), *_inserted_word_claims(scan)]
    return out + slots, [(idx.span(i, n), strength) for i, n, strength in patterns]
