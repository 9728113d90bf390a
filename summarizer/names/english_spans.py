"""Names in English text: the capitalised runs a brief claims, minus roles and sentence-initial words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from summarizer.lexicon.words import (
    COMMON_ACRONYMS,
    ENGLISH_COMMON,
    PORTFOLIOS,
    english_given_names,
    english_zipf,
    name_parts,
)
from summarizer.names import gazetteer
from summarizer.names.heard_english import american_spelling, given_name_only, in_dictionary, ordinary_english
from summarizer.names.matching import JOINERS, ORG_TAILS, POSSESSIVE
from summarizer.names.roles import english_role
from summarizer.numbers.english import ENGLISH_UNITS
from summarizer.schemas import Span
from summarizer.text.sentences import is_title_case

__all__ = ["ORG_TAILS", "english_name_spans", "english_role_spans", "given_names", "opens_line", "sports_body", "unshouted"]


# --------------------------------------------------------------------------- English text

_EN_TOKEN = re.compile(
    r"[Tt]wenty20|"  # the cricket format is one word, as the name it ends (Champions League Twenty20)
    r"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’]*(?:[-.][A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’]*)*\.?"
)
_CURRENCY_CODES = frozenset({"rs", "pkr", "inr", "usd", "eur", "gbp", "aed", "sar", "us", "tk"})
"""Written on a figure (Rs83.50, PKR500, US$5), a currency, not the end of the name before it."""
_SPACED_FIGURE = re.compile(r"\.?[ \t]?\d")


def _currency_on_figure(text: str, tok: _EnTok) -> bool:
    """A currency code on a figure (Rs83.50, Rs 13 billion, PKR. 500): glued for any code, and
    with a dot or a space for any but US and Tk, which also open names (US 2020 election)."""
    low = tok.text.lower()
    if low not in _CURRENCY_CODES:
        return False
    if text[tok.end : tok.end + 1].isdigit():
        return True
    return low not in ("us", "tk") and _SPACED_FIGURE.match(text, tok.end) is not None


_SENTENCE_END = frozenset(".!?:;\n\"“”'‘’()[]—–-•*#")


@dataclass(slots=True)
class _EnTok:
    start: int
    end: int
    text: str
    initial: bool


_FORMULA = re.compile(r"(?:[HBCNOFPSKVYIWU]+\d(?!\d))+[HBCNOFPSKVYIWU]*(?![\w-])")
"""A chemical formula (CO2, SO2, CH4, N2O): one-letter element symbols glued to one-digit
counts, a substance and no name (a flight code, PK303 or MH17, has more digits)."""


_LOWER_PREFIX = re.compile(r"(?:ex|former|then|pro|anti|non|pre|post|mid|pan)-(?=[A-Z])")
"""A lower-case prefix hyphened to a name (ex-Lahore High Court chief justice, pro-Taliban)."""


_ABBREVIATION_END = re.compile(r"(?:(?<![A-Za-z])(?:[A-Z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Capt|Prof|Sgt|Maj|Brig)\.)$")
"""A full stop that ends an abbreviation (U.S., Dr.), not a sentence: the next word is not a
sentence's first (`the U.S. Defense Department`)."""


_SENTENCE_OPENERS = frozenset((
    "the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "this", "that", "these", "those", "there",
    "in", "on", "at", "but", "and", "as", "after", "his", "her", "their", "some", "both", "many", "meanwhile",
))  # fmt: skip
"""Words that open a sentence after an abbreviation that ends one (`... in the U.S. The
ministry said`)."""


_ABBREVIATION_REACH = 24
"""Characters before a full stop searched for the abbreviation it may end: an abbreviation's
last letters lie within them, so the search need not read the text from its start."""


def _abbreviation_before(text: str, end: int) -> bool:
    return _ABBREVIATION_END.search(text, max(0, end - _ABBREVIATION_REACH), end) is not None


_ITEM_MARKER = re.compile(r"[ \t]*(?:[-*•–][ \t]*)?\(?\d{1,2}(?:/\d{1,2}|[./)])")
_ITEM_MARK_ENDS = frozenset("./)0123456789")
"""A numbered item's marker opening the line (1/, 2/7, 3., 4)): the word after it opens a sentence."""


_MARKDOWN_OPENING = re.compile(r"[ \t]*(?:#{1,6}[ \t]+|[-*+•>][ \t]+)*(?:\*\*[^*\n]{1,40}\*\*[ \t]*|\*\*[ \t]*)?")
"""What Markdown writes before a line's first word: a heading's #, a bullet, a quote's >, a bold
label (- **Who:** Insurgents, US troops ...)."""


def opens_line(text: str, start: int) -> bool:
    """The word at `start` is its line's first, past any Markdown heading, bullet or bold label:
    capitalised as a sentence's first word is."""
    line = text.rfind("\n", 0, start) + 1
    return _MARKDOWN_OPENING.fullmatch(text, line, start) is not None


def _english_tokens(text: str) -> list[_EnTok]:
    out: list[_EnTok] = []
    for m in _EN_TOKEN.finditer(text):
        word = m.group()
        start, end = m.start(), m.end()
        if _FORMULA.match(text, start) and not text[start - 1 : start].isalnum():
            continue
        if word.endswith(".") and not re.fullmatch(r"(?:[A-Za-z]\.)+", word):
            word, end = word[:-1], end - 1
        prefix = _LOWER_PREFIX.match(word)
        if prefix:  # ex-Lahore High Court: the name starts after the prefix
            word, start = word[prefix.end() :], start + prefix.end()
        poss = POSSESSIVE.search(word)
        if poss and len(word) > 2:
            word, end = word[: poss.start()], end - (len(word) - poss.start())
        end_before = start  # text[:end_before] is text[:start].rstrip(), found without copying it
        while end_before and text[end_before - 1].isspace():
            end_before -= 1
        last = text[end_before - 1] if end_before else ""
        initial = not end_before or (last in _SENTENCE_END and not (
            _abbreviation_before(text, end_before) and word.lower() not in _SENTENCE_OPENERS)) or (
            last in _ITEM_MARK_ENDS and _ITEM_MARKER.fullmatch(text, text.rfind("\n", 0, end_before) + 1, end_before) is not None) or (
            last in "#*•>-+" and opens_line(text, start))
        out.append(_EnTok(start, end, word, initial))
    return out


_ARTICLE_PREFIX = re.compile(r"^(?:(?:al|el|ad|ar|as|ash|at|az|ul|ud|bin|ibn)-|d['’])[A-Z]")


def _is_cap(word: str) -> bool:
    """Capitalised, or a lower-case Arabic article before a capital (`al-Jazeera`), or French
    d' (`Palme d'Or`, `Côte d'Ivoire`)."""
    return word[:1].isupper() or bool(_ARTICLE_PREFIX.match(word))


_COLLECTIVE_OWNERS = frozenset((
    "people", "peoples", "children", "women", "men", "workers", "farmers", "nations", "citizens", "martyrs",
    "traders", "lawyers", "teachers", "students", "journalists", "veterans", "mothers", "employees", "labourers",
))  # fmt: skip
"""Plural nouns whose possessive sits inside a body's name (Pakistan People's Party, UN Children's Fund)."""
_POSSESSIVE_GAP = re.compile(r"['’]s?[ \t]+")


_LOWER_TAILS = frozenset(("party",))
"""A body's last word desks often write in lower case (the Labour party)."""


def _known_body(run: list[_EnTok], tail: _EnTok) -> bool:
    """The run and a lower-case tail make a known organisation's name (Labour + party)."""
    name = " ".join(t.text for t in run) + " " + tail.text.capitalize()
    return any(e.type == "organization" for e in gazetteer.lookup_english(name))


_GROUPS = frozenset(("Group", "Pool"))


def _group_label(run: list[_EnTok]) -> bool:
    """The run ends in a group's letter (Group B): the teams listed after it are names of their own
    (Group B Iran, Japan: Iran)."""
    return len(run) >= 2 and run[-2].text in _GROUPS and len(run[-1].text) == 1 and run[-1].text.isupper()


def _english_runs(text: str) -> list[list[_EnTok]]:
    toks = _english_tokens(text)
    runs: list[list[_EnTok]] = []
    cur: list[_EnTok] = []
    for k, tok in enumerate(toks):
        gap = text[cur[-1].end : tok.start] if cur else ""
        gap_ok = bool(cur) and "\n" not in gap and (gap.strip() == "" or (
            _POSSESSIVE_GAP.fullmatch(gap) is not None and cur[-1].text.lower() in _COLLECTIVE_OWNERS))
        if _is_cap(tok.text) and not _currency_on_figure(text, tok):
            if cur and (not gap_ok or _group_label(cur)):
                runs.append(cur)
                cur = []
            cur.append(tok)
        elif cur and gap_ok and tok.text.lower() in _LOWER_TAILS and _known_body(cur, tok):
            cur.append(tok)  # the Labour party, the Likud party: a known party's name
        elif (not cur and tok.text in _LEADING_PARTICLES and k + 1 < len(toks) and _is_cap(toks[k + 1].text)
              and text[tok.end : toks[k + 1].start] == " "):
            cur.append(tok)  # du Plessis, de Kock, van Gaal: the particle is the name's (ڈوپلیسز)
        elif cur and gap_ok and tok.text.lower() == "and" and _and_joins_a_body(text, cur, toks, k):
            cur.append(tok)  # Fish and Wildlife Service: one body of two things
        elif cur and gap_ok and tok.text.lower() in _INNER_SMALL and _small_in_known_name(text, cur, toks, k):
            cur.append(tok)  # Trinidad and Tobago, the Board of Control for Cricket in India: one known name
        elif (cur and gap_ok and tok.text == "for" and cur[-1].text.lower() in _HEADS_BEFORE_FOR and k + 1 < len(toks)
              and _is_cap(toks[k + 1].text) and text[tok.end : toks[k + 1].start] == " "
              and not any(e.type in ("location", "demonym", "person") for e in gazetteer.lookup_english(toks[k + 1].text))):
            cur.append(tok)  # the Syrian Observatory for Human Rights: one body, not an observatory and rights
        elif (
            tok.text.lower() in JOINERS
            and cur
            and gap_ok
            and k + 1 < len(toks)
            and _is_cap(toks[k + 1].text)
            and text[tok.end : toks[k + 1].start].strip() == ""
        ):
            cur.append(tok)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return runs


_LEADING_PARTICLES = frozenset(("du", "de", "van", "von", "der", "den", "ter", "ten", "dos", "das", "del", "della"))
"""Particles that open a European surname, in lower case or capitalised where a sentence opens on
them (Du Plessis); Urdu writes them into it (ڈوپلیسز, ڈی کوک)."""

_AND_REACH = 4
"""Capitalised words after an `and` read for a body's last word (Fish and Wildlife Service)."""


def _and_joins_a_body(text: str, cur: list[_EnTok], toks: list[_EnTok], k: int) -> bool:
    """The `and` at toks[k] joins two things into one body's name (Fish and Wildlife Service,
    Food and Drug Administration): the words after it end in a body's word and the word before it
    is no place. (An `and` inside a name the gazetteer knows, Trinidad and Tobago, is any small
    word's case: `_small_in_known_name`.)"""
    after: list[str] = []
    for j in range(k + 1, min(k + 1 + _AND_REACH, len(toks))):
        gap = text[toks[j - 1].end : toks[j].start]
        if gap.strip() or "\n" in gap or not _is_cap(toks[j].text):
            break
        after.append(toks[j].text)
    return (1 <= len(after) <= 3 and after[-1].lower() in _JOINED_BODY_TAILS
            and not any(e.type in ("location", "demonym") for e in gazetteer.lookup_english(cur[-1].text)))


_INNER_SMALL = frozenset(("for", "in", "on", "the", "and", "&"))
_KNOWN_REACH = 8
"""Words a known name may hold on either side of a small word inside it."""


def _small_in_known_name(text: str, cur: list[_EnTok], toks: list[_EnTok], k: int) -> bool:
    """The small word at toks[k] (for, in, the) lies inside a name the gazetteer knows that the
    capitalised words before it open: the Board of Control for Cricket in India."""
    after: list[str] = []
    ends: list[int] = []
    for j in range(k + 1, min(k + 1 + _KNOWN_REACH, len(toks))):
        gap = text[toks[j - 1].end : toks[j].start]
        word = toks[j].text
        if gap.strip() or "\n" in gap or not (_is_cap(word) or word.lower() in _INNER_SMALL or word.lower() in JOINERS):
            break
        after.append(word)
        if _is_cap(word):
            ends.append(len(after))
    small = toks[k].text
    for a in range(max(0, len(cur) - _KNOWN_REACH), len(cur)):
        left = " ".join(t.text for t in cur[a:])
        if any(gazetteer.lookup_english(f"{left} {small} {' '.join(after[:b])}") for b in reversed(ends)):
            return True
    return False


_HEADS_BEFORE_FOR = frozenset(("observatory", "network", "centre", "center", "commission", "council", "committee",
                                "organisation", "organization", "institute", "foundation", "society", "association",
                                "federation", "union", "alliance", "coalition", "movement", "campaign", "fund",
                                "agency", "authority", "forum", "front", "trust", "bureau", "programme", "program",
                                "initiative"))
"""A body's word that a `for` and what the body is for follow inside its name (Commission for
Human Rights, Centre for Policy Research)."""

_JOINED_BODY_TAILS = frozenset(("service", "administration", "department", "ministry", "institute", "commission",
                                "agency", "foundation", "authority", "bureau", "directorate", "division"))


_SPORTS = frozenset(("cricket", "tennis", "hockey", "football", "rugby", "athletics", "swimming", "cycling", "golf",
                     "netball", "squash", "badminton", "boxing", "basketball", "volleyball", "rowing", "sailing"))
"""Sports whose governing bodies are named `<sport> <place>` (Cricket Australia, Athletics Kenya)."""


def sports_body(words: list[str]) -> bool:
    """Two words, a sport and a place: a governing body (Cricket Victoria, Athletics Kenya)."""
    return (len(words) == 2 and words[0].lower() in _SPORTS
            and any(e.type == "location" for e in gazetteer.lookup_english(words[1])))


def _starts_known_name(run: list[_EnTok], i: int) -> bool:
    """Words from `i` on make a known name of two to eight words (New York, West Bank, Board of
    Control for Cricket in India)."""
    return any(gazetteer.lookup_english(" ".join(t.text for t in run[i : i + k]))
               for k in range(min(_KNOWN_REACH, len(run) - i), 1, -1))


_KNOWN_BODY_WORDS = ORG_TAILS | {"parliament", "assembly", "court", "news", "gazette", "times", "tribune", "post",
                                  "herald", "observer"}
"""A body's or a paper's word after a people's word in a known name (European Parliament, Arab
League, Saudi Gazette); not a contest's (the Asian Games, which Urdu may glue to the next word)."""


def _demonym_led_name(run: list[_EnTok], i: int) -> bool:
    """A demonym that begins an organisation's name (Indian Cricket League, Saudi Football
    Federation): one name with its other words, not a demonym then a name."""
    rest = run[i + 1 :]
    if rest and gazetteer.HYPHEN_TAIL.search(run[i].text) and gazetteer.lookup_english(" ".join(t.text for t in run[i:])):
        return True  # Indian-held Kashmir: a known name that opens on a demonym and its participle
    if len(rest) == 1 and rest[0].text.lower() in _KNOWN_BODY_WORDS and any(
            e.type == "organization" for e in gazetteer.lookup_english(f"{run[i].text} {rest[0].text}")):
        return True  # the European Parliament, the Arab League: a known body, not a people's parliament
    if any(t.text == "for" for t in rest):
        return True  # the Syrian Observatory for Human Rights (joined at its `for`)
    return len(rest) >= 2 and rest[-1].text.lower() in ORG_TAILS and not any(
        english_role(t.text) is not None for t in rest)


_COUNTED = re.compile(
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)"
    r"(?:-[a-z]+)+", re.I)


_OFFICE_OF = re.compile(r"\b(?:Minister|Ministry|Secretary|Adviser|Advisor|Department)\s+(?:for|of|on)\s+$")
_PORTFOLIOS = frozenset(PORTFOLIOS)
"""The subject of an office written after it ("Minister for Religious Affairs"): the office's, not
a name (the ministries check reads it against the Urdu)."""


def _portfolio_len(run: list[_EnTok]) -> int:
    for k in range(min(3, len(run) - 1), 0, -1):  # a name must follow it in the run
        if " ".join(t.text for t in run[:k]).lower() in _PORTFOLIOS:
            return k
    return 0


_BODY_TAILS = frozenset((
    "assembly", "council", "court", "committee", "commission", "secretariat", "motors", "electric",
    "hospital", "headquarters", "office", "department", "bench", "tribunal", "league",
))
"""Words after an office's word that make the run a body's name (General Assembly)."""
_OPENING_BODY_TAILS = frozenset(("hospital", "college", "school", "university", "academy", "institute"))
"""A run of two capitalised words ending in one of these is a body's name even where it opens a
sentence or line (Civil Hospital, Government College); the first word is no mere capital."""


_LANGUAGE_ADJECTIVE = re.compile(r"[A-Z][a-z]+-(?:language|speaking|medium)")
"""`English-language papers`, `Pashto-speaking areas`: a language, named as what things are in."""


_PLAYING_ROLES = frozenset(("paceman", "pacemen", "pacer", "pacers", "seamer", "seamers", "quick", "quicks",
                            "all-rounder", "allrounder", "wicketkeeper", "wicket-keeper", "keeper", "leggie", "debutant"))
"""A player's role a sports desk opens a sentence with (`Paceman Zaheer Khan`), which its dictionary
lacks or lists as a census name too."""


def _split_run(run: list[_EnTok], headline: bool, after_office: bool = False) -> tuple[list[list[_EnTok]], list[list[_EnTok]]]:
    """Split a capitalised run into name pieces and role pieces."""
    names: list[list[_EnTok]] = []
    roles: list[list[_EnTok]] = []
    cur: list[_EnTok] = []
    i = _portfolio_len(run) if after_office else 0
    if i:
        roles.append(run[:i])
    while i < len(run):
        tok = run[i]
        low = tok.text.lower()
        role_len = 0
        for k in range(min(6, len(run) - i), 0, -1):  # Custodian of the Two Holy Mosques
            if english_role(" ".join(t.text for t in run[i : i + k])) is not None:
                role_len = k
                break
        if role_len == 1 and i + 1 < len(run) and run[i + 1].text.lower() in _BODY_TAILS:
            role_len = 0  # the UN General Assembly, the Supreme Court: a body's name, not an office
        if role_len and _after_of(cur):
            role_len = 0  # Department of Justice, Office of the President: what a body is of
        if role_len:
            if cur:
                names.append(cur)
                cur = []
            roles.append(run[i : i + role_len])
            i += role_len
            continue
        if _COUNTED.fullmatch(tok.text):  # `Eleven-year-old Sardar`, `Two-day`: a count, then the name
            if cur:
                names.append(cur)
                cur = []
            i += 1
            continue
        common = (low in ENGLISH_COMMON and not (tok.text.isupper() and len(tok.text) > 1)) or (
            _LANGUAGE_ADJECTIVE.fullmatch(tok.text) is not None) or (tok.initial and low in _PLAYING_ROLES)
        if not common and tok.initial and not tok.text.isupper() and _dictionary_word(tok.text) and not (
                _given_name_before_name(run, i)):
            common = True  # Invitees, Retrenchment, Debutant Taijul Islam: a sentence opens on a word
        if common and not cur and low not in _ALWAYS_DROP and low not in JOINERS and low != "the" and _starts_known_name(run, i):
            common = False  # New York, New Zealand, West Bengal: the ordinary word is the name's
        if common and not cur and sports_body([t.text for t in run[i : i + 2]]):
            common = False  # Cricket Victoria, Tennis Australia: a sport's governing body
        if common and (tok.initial or headline) and not cur and len(run) == i + 2 and run[i + 1].text.lower() in _OPENING_BODY_TAILS:
            common = False  # `Where: Civil Hospital, Landhi`: a body of two words opens the line
        if common and not tok.initial and not headline and i + 1 < len(run) and run[i + 1].text.lower() in ENGLISH_UNITS:
            common = False  # the Big Three, Radio Five: a number word makes the run a name
        if common and (tok.initial or headline or not cur or low in _ALWAYS_DROP):
            if cur:
                names.append(cur)
                cur = []
            i += 1
            continue
        demonym = [e for e in gazetteer.lookup_english(tok.text) if e.type == "demonym"] or (
            tok.text[:1].isupper() and not tok.text.isupper() and gazetteer.demonym_of(tok.text) is not None
        )
        # South Korean, North Korean: one demonym
        paired = (gazetteer.lookup_english(f"{cur[0].text} {tok.text}")
                  if len(cur) == 1 and cur[0].text.lower() in _COMPASS else ())
        compass = bool(paired)
        joined = i + 2 < len(run) and run[i + 1].text.lower() in _IZAFAT_JOINERS  # Eid ul Azha: one name
        if compass and i + 1 < len(run) and not _demonym_led_name(run, i) and any(e.type == "demonym" for e in paired):
            names.append([*cur, tok])  # West Indian Brian Lara: the demonym, then the name
            cur = []
            i += 1
            continue
        if demonym and (i + 1 == len(run) or not cur) and not _demonym_led_name(run, i) and not compass and not joined:
            if cur:
                names.append(cur)
                cur = []
            names.append([tok])
            i += 1
            continue
        cur.append(tok)
        i += 1
    if cur:
        names.append(cur)
    cleaned: list[list[_EnTok]] = []
    for piece in names:
        while piece and piece[-1].text.lower() in JOINERS:
            piece = piece[:-1]
        while piece and piece[0].text.lower() in JOINERS and not (piece[0].text.lower() in _LEADING_PARTICLES and len(piece) > 1):
            piece = piece[1:]
        if not piece:
            continue
        if len(piece) == 1 and len(piece[0].text.rstrip(".")) < 2:
            continue
        cleaned.append(piece)
    return cleaned, roles


def _given_name_before_name(run: list[_EnTok], i: int) -> bool:
    """A sentence's first word that is a given name (Salma, Grace) before an uncommon word of
    the run (Salma Khatun): the person's given name, not a dictionary word (Art Gallery stays a
    word: Gallery is a common one)."""
    return (i + 1 < len(run) and run[i].text.lower() in given_names()
            and run[i + 1].text.lower() not in ENGLISH_COMMON and not _dictionary_word(run[i + 1].text))


@cache
def given_names() -> frozenset[str]:
    """Census given names and the desk's spellings of South Asian name parts (Salma, Rumana)."""
    return english_given_names() | {english.lower() for english in name_parts().values()}


def _after_of(cur: list[_EnTok]) -> bool:
    """The name being read so far ends in "of" (or "of the") after a word of its own."""
    words = [t.text.lower() for t in cur]
    if words[-1:] == ["the"]:
        words = words[:-1]
    return len(words) >= 2 and words[-1] == "of"


def _dictionary_word(word: str) -> bool:
    """A word of the dictionary that is never a proper noun (nor a census name, a place or a
    people): capitalised only because a sentence opens on it."""
    return ordinary_english(word.lower()) and not gazetteer.lookup_english(word)


_COMPASS = frozenset(("north", "south", "east", "west"))
_IZAFAT_JOINERS = frozenset(("ul", "ud", "ur", "us", "un", "al", "e", "i"))
"""The Arabic article and the izafat inside a name (Eid ul Azha, Sher-e-Kashmir): what follows is the name's."""
_ALWAYS_DROP = frozenset(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "sunday", "covid", "coronavirus")
)  # fmt: skip


def _headline_lines(text: str) -> set[int]:
    """Start offsets of lines written in title case (most words capitalised)."""
    out: set[int] = set()
    pos = 0
    for line in text.splitlines(keepends=True):
        if is_title_case(line):
            out.add(pos)
        pos += len(line)
    return out


_OF_THE = re.compile(r"\s+of\s+the\s+")


def _titles_across_of_the(text: str, runs: list[list[_EnTok]], roles: list[Span]) -> list[list[_EnTok]]:
    """A title whose "of the" splits it into two runs (Custodian of the Two Holy Mosques): its
    words go to `roles`, the name after it stays a run."""
    out: list[list[_EnTok]] = []
    k = 0
    while k < len(runs):
        run = runs[k]
        nxt = runs[k + 1] if k + 1 < len(runs) else None
        found = _title_of_the(run, nxt) if nxt is not None and _OF_THE.fullmatch(text[run[-1].end : nxt[0].start]) else None
        if found is None or nxt is None:
            out.append(run)
            k += 1
            continue
        start, n = found
        if run[:start]:
            out.append(run[:start])
        roles.append(Span(start=run[start].start, end=nxt[n - 1].end, text=text[run[start].start : nxt[n - 1].end]))
        if nxt[n:]:
            out.append(nxt[n:])
        k += 2
    return out


def _title_of_the(run: list[_EnTok], nxt: list[_EnTok]) -> tuple[int, int] | None:
    """(first word of `run`, words of `nxt`) of the longest title "<run's tail> of the <nxt's head>"."""
    for start in range(len(run)):
        head = " ".join(t.text for t in run[start:])
        for n in range(min(5, len(nxt)), 0, -1):
            if english_role(f"{head} of the {' '.join(t.text for t in nxt[:n])}") is not None:
                return start, n
    return None


def _apart_after_hyphen_tail(piece: list[_EnTok]) -> list[list[_EnTok]]:
    """`NATO-led International Security Assistance Force`, `Lahore-based Jamaat`: the leader and
    the led are two names, each a claim (a brief that makes it UN-led names the UN)."""
    if gazetteer.lookup_english(" ".join(t.text for t in piece)):
        return [piece]  # Indian-held Kashmir: one known name
    for k, tok in enumerate(piece[:-1]):
        if gazetteer.HYPHEN_TAIL.search(tok.text):
            return [piece[: k + 1], *_apart_after_hyphen_tail(piece[k + 1 :])]
    return [piece]


_PAPER_BEFORE = re.compile(r"\b(?:daily|weekly|newspaper|magazine|tabloid)\s+$")
"""A word that says the capitalised words after it are a paper's title (the daily The News)."""


def _english_pieces(text: str) -> tuple[list[Span], list[Span]]:
    heads = sorted(_headline_lines(text))
    names: list[Span] = []
    roles: list[Span] = []

    def in_headline(offset: int) -> bool:
        line_start = text.rfind("\n", 0, offset) + 1
        return line_start in heads

    for run in _titles_across_of_the(text, _english_runs(text), roles):
        defined = _defined_by_acronym(text, run)
        if defined:
            s, e = run[-defined].start, run[-1].end
            names.append(Span(start=s, end=e, text=text[s:e]))
            run = run[:-defined]
            if not run:
                continue
        if _PAPER_BEFORE.search(text[max(0, run[0].start - 12) : run[0].start]) and all(t.text[:1].isupper() for t in run):
            names.append(Span(start=run[0].start, end=run[-1].end, text=text[run[0].start : run[-1].end]))
            continue  # the daily The News: a paper's title, however common its words
        after_office = _OFFICE_OF.search(text[max(0, run[0].start - 20) : run[0].start]) is not None
        piece_names, piece_roles = _split_run(run, in_headline(run[0].start), after_office)
        for piece in piece_names:
            piece = _with_defined_opening(text, run, piece)
            for part in _apart_after_hyphen_tail(piece):
                s, e = part[0].start, part[-1].end
                names.append(Span(start=s, end=e, text=text[s:e]))
        for piece in piece_roles:
            s, e = piece[0].start, piece[-1].end
            roles.append(Span(start=s, end=e, text=text[s:e]))
    return [part for span in names for part in _caps_label_apart(text, span)], roles


_CAPS = r"[A-Z][A-Z'’]*[A-Z]"
"""A word of two capitals or more (an apostrophe may sit inside: NAWAZ'S)."""
_CAPS_WORD = re.compile(_CAPS + r"(?:['’]S)?|[A-Z]")


_CAPS_SMALL_WORDS = frozenset(("a", "an", "as", "at", "be", "by", "in", "is", "it", "no", "of", "on", "or", "so", "to",
                               "up", "we", "he", "my", "do", "go", "if"))
"""Two-letter words a label in capitals may hold; any other (US, UK, UN, EU, NA) may be a name."""


def _everyday_caps_word(word: str) -> bool:
    word = POSSESSIVE.sub("", word).lower()
    if len(word) <= 2:
        return word in _CAPS_SMALL_WORDS
    return word in ENGLISH_COMMON or ordinary_english(word)


_LABEL_ZIPF = 3.0
"""A lone word in capitals before a colon this frequent in English is a label (BACKSTORY 3.1), not
a place in a dateline (KUNAR 2.1, INCHEON 2.9)."""


_GAZETTEER_NAME_WORDS = 4


def _gazetteer_words(titled: list[str]) -> set[int]:
    """Which of these words, in title case, belong to a place or body the gazetteer knows (the
    longest name from each word, up to four words)."""
    known: set[int] = set()
    for i in range(len(titled)):
        k = next((k for k in range(min(_GAZETTEER_NAME_WORDS, len(titled) - i), 0, -1)
                  if gazetteer.lookup_english(" ".join(titled[i : i + k]))), 0)
        known.update(range(i, i + k))
    return known


def _caps_label_apart(text: str, span: Span) -> list[Span]:
    """A name span inside a stretch of capitals (a label or headline: WHY IT MATTERS:, DI KHAN
    BLAST:) without its everyday words, which capitals do not make names, unless they name a
    place or body the gazetteer knows (NEW YORK, CAPE TOWN); the words left, each
    run of them, are still claims (DI KHAN). A lone word is one only as a label (NEXT:); a lone
    acronym (APC) is none."""
    words = list(re.finditer(r"\S+", span.text))
    if not words or not all(_CAPS_WORD.fullmatch(w.group(0).strip(".,:;")) for w in words):
        return [span]
    if len(words) == 1:
        before = text[max(0, span.start - 30) : span.start].rstrip()
        after = text[span.end : span.end + 30].lstrip(" ")
        if not (re.search(r"(?<![\w'’])" + _CAPS + "$", before) or re.match(_CAPS + r"(?![\w])|:", after)):
            return [span]
        word = span.text.strip(".,:;").lower()
        if (after.startswith(":") and english_zipf(word) >= _LABEL_ZIPF and not gazetteer.lookup_english(word.title())
                and not gazetteer.lookup_english(word.upper())):
            return []  # BACKSTORY:, NUMBERS: a section's label, however rare a word the dictionary finds it
            # (not a known body's acronym: `- FBI: will guard him` in a list of who's who)
    # words of a place or body the gazetteer knows (NEW YORK, TRIPOLI)
    known = _gazetteer_words([POSSESSIVE.sub("", w.group(0).strip(".,:;")).title() for w in words])
    out: list[Span] = []
    run: list[re.Match[str]] = []
    for n, w in enumerate([*words, None]):
        if w is not None and (n in known or not _everyday_caps_word(w.group(0))):
            run.append(w)
            continue
        if run:
            s, e = span.start + run[0].start(), span.start + run[-1].end()
            e -= 2 if re.search(r"['’]S$", text[s:e]) else 0
            out.append(Span(start=s, end=e, text=text[s:e]))
            run = []
    return out


_DEFINED_AFTER = re.compile(r"\s*\(([A-Z]{2,8})\)")


def _defined_by_acronym(text: str, run: list[_EnTok]) -> int:
    """How many last words of `run` the acronym the brief defines after it spells, word by word
    (Associated Press of Pakistan (APP)): one name, however everyday its words; 0 if none, or if
    the words are an office's."""
    defined = _DEFINED_AFTER.match(text, run[-1].end)
    if defined is None:
        return 0
    for k in range(len(run) - 1, -1, -1):
        words = [t for t in run[k:] if t.text.lower() not in JOINERS]
        if len(words) >= 2 and _spelt_initials(words) == defined.group(1):
            # an office defined by its letters (Inspector General of Police (IGP)) stays a role
            return 0 if any(english_role(t.text) is not None for t in words) else len(run) - k
    return 0


def _with_defined_opening(text: str, run: list[_EnTok], piece: list[_EnTok]) -> list[_EnTok]:
    """The piece with the word before it in its run, dropped as an everyday word, put back when
    the acronym the brief defines after it spells that word too: The All Parties Democratic
    Movement (APDM), not Parties Democratic Movement."""
    k = next((j for j, t in enumerate(run) if t is piece[0]), 0)
    defined = _DEFINED_AFTER.match(text, piece[-1].end)
    if k == 0 or defined is None or run[k - 1].text.lower() == "the":
        return piece
    return [run[k - 1], *piece] if _spelt_initials([run[k - 1], *piece]) == defined.group(1) else piece


def _spelt_initials(words: list[_EnTok]) -> str:
    """The capitals an acronym takes from these words, joiners (of, and, the) left out."""
    return "".join(t.text[0].upper() for t in words if t.text.lower() not in JOINERS)


_SHOUTED_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_SHOUTED_MIN_WORDS = 3
_TWO_SHOUTED = re.compile(r"[A-Z]{2,}[A-Z'’]*[ \t:-]+[A-Z]{2,}")
_ACRONYM_MAX = 5
_ACRONYM_ZIPF = 4.0
"""A short word in capitals rarer than this as an English word is read as an acronym (LOC 3.2,
CAS 3.5, ICC 3.6); a commoner one (DAY 6.0, CASE 5.6, RAW 4.5) as the word."""


def _keeps_capitals(word: str) -> bool:
    if len(word) <= 1 or len(word) > _ACRONYM_MAX or word.lower() in _CAPS_SMALL_WORDS | _CURRENCY_WORDS:
        return len(word) <= 1  # (IS, IN, TO: words, though Islamic State is IS)
    if word in COMMON_ACRONYMS or any(word in (e.english, *e.aliases) for e in gazetteer.lookup_english(word)):
        return True  # TV, US, UAE, NATO
    if len(word) >= 4 and (in_dictionary(word.lower()) or ordinary_english(word.lower())):
        return False  # CRORE, SWEEP, TEES: words, however rare (a short one may be a body's: NAB, APP)
    return english_zipf(word.lower()) < _ACRONYM_ZIPF


_SHOUTED_EVERYDAY_ZIPF = 4.5
_CURRENCY_WORDS = frozenset(("rupee", "rupees", "paisa", "dirham", "dirhams", "riyal", "riyals", "dinar", "dinars",
                             "taka", "yuan", "yen", "afghani", "afghanis"))


def _shouted_everyday(word: str) -> bool:
    """An everyday word, which capitals do not make a name: one never a proper noun (STRIKES,
    AUTHORISES as authorizes), or one of the commonest words of the dictionary (DAY, CASE, STATE),
    though a surname may be spelt so."""
    lower = word.lower()
    return (lower in _CURRENCY_WORDS or _everyday_caps_word(word) or _everyday_caps_word(american_spelling(lower))
            or (english_zipf(lower) >= _SHOUTED_EVERYDAY_ZIPF and in_dictionary(lower)
                and not given_name_only(lower)))


def _unshout_line(line: str) -> str:
    words = list(_SHOUTED_WORD.finditer(line))
    titled = [w.group(0)[0] + w.group(0)[1:].lower() for w in words]
    known = _gazetteer_words(titled)  # (NEW YORK, ASIAN GAMES)
    out = list(line)
    for n, w in enumerate(words):
        word = w.group(0)
        if _keeps_capitals(word):
            continue
        lower = n > 0 and n not in known and _shouted_everyday(word)
        out[w.start() : w.end()] = word.lower() if lower else titled[n]
    return "".join(out)


def unshouted(text: str) -> str:
    """`text` with each line written all in capitals (a wire headline: OBAMA AUTHORISES AIR
    STRIKES ON MILITANTS IN IRAQ) as a sentence would write it (Obama authorises air strikes on
    militants in Iraq): everyday words in lower case unless they are words of a name the
    gazetteer knows (ASIAN GAMES), acronyms (short words English does not use, or the
    gazetteer's: LOC, US, NATO) in capitals, other words capitalised. Every character stays
    where it was; other text is returned as it is."""
    if _TWO_SHOUTED.search(text) is None:
        return text
    out: list[str] = []
    for line in text.splitlines(keepends=True):
        words = _SHOUTED_WORD.findall(line)
        if len(words) >= _SHOUTED_MIN_WORDS and all(w.isupper() for w in words if len(w) > 1):
            line = _unshout_line(line)
        out.append(line)
    return "".join(out)


def english_name_spans(text: str) -> list[Span]:
    """Candidate names in English text, each a claim the Urdu source must support.

    Capitalised word runs (joined by `of`, `al`, `bin`, ... and hyphens), acronyms (`GHQ`),
    demonyms as their own spans (`Russian`). Dropped: sentence-initial and headline common
    words (`The`, `According`), months and weekdays, and titles/roles (`Foreign Minister`,
    `Prime Minister`, `General`, `Mr`): roles are returned by `english_role_spans` instead.
    Possessive `'s` is left outside the span.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    return [_with_faction(text, span) for span in _english_pieces(text)[0]]


_FACTION = re.compile(r" ?\(([A-Z])\)")
"""A party's faction letter after its name: Pakistan Muslim League (N), JUI (F). Part of the name:
(N) and (Q) are two parties."""
_FACTION_END = re.compile(_FACTION.pattern + "$")


def _with_faction(text: str, span: Span) -> Span:
    m = _FACTION.match(text, span.end)
    return span if m is None else Span(start=span.start, end=m.end(), text=text[span.start : m.end()])


def split_faction(name: str) -> tuple[str, str | None]:
    """`JD(S)` -> (`JD`, `S`): a party's name and the faction letter it ends with, if any."""
    m = _FACTION_END.search(name)
    return (name, None) if m is None else (name[: m.start()], m.group(1))


def english_role_spans(text: str) -> list[Span]:
    """Capitalised titles/roles in English text (`Foreign Minister`, `President`)."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    return _english_pieces(text)[1]
