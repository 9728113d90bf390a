"""Ways an article supports an Urdu name a brief writes that `NameIndex.match_urdu` misses.

A brief written in Urdu names things as an Urdu writer would, not always as the article did:
- a known name in another known spelling, or with a leading ع written ا / او as many papers
  write Arabic names (عمان / اومان);
- an institution named by a place and a description (ایرانی وزارت خارجہ for the article's
  وزارتِ خارجہ of an Iranian story, سندھ حکومت where the article says صوبائی حکومت about
  Sindh): the place and the rest each in the article;
- a name with a descriptor run in front (وزیر سیاحت قیس حسین: سیاحت is the portfolio): the
  leading words are the article's ordinary words and the rest is the article's name;
- a foreign name whose vowels are written differently (مون جے اِن / مون جائے اِن): two or
  more words with the very consonants of an article's window;
- an acronym in letter names (یو بی ایل) whose English letters the article writes out in full
  (یونائیٹڈ بینک لمیٹڈ: UBL) or as a known body of that acronym, and the other way about: a
  name in English words as Urdu spells them (آل پارٹیز ڈیموکریٹک موومنٹ) where the article
  writes its acronym (اے پی ڈی ایم) or a known form of it.

Each holds only with evidence in the article for every word, so a swapped name (another
person, another ministry, another province the article does not name) still fails. For the
same reason `loose_variant` refuses a spelling-variant match that rests on the words a phrase
shares with the article (لکی سیمنٹ against لیف سیمنٹ): the words that differ must be alike.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from summarizer.lexicon.words import (
    BODY_TAILS,
    COMPASS,
    INSTITUTION_HEADS,
    INSTITUTION_TAILS,
    NAME_PARTS,
    ORG_HEADS,
    URDU_COMMON,
    URDU_FUNCTION,
    URDU_OUTLET_WORDS,
    loanwords,
    team_nicknames,
)
from summarizer.names import gazetteer
from summarizer.names.acronyms import letter_of, urdu_to_acronym
from summarizer.names.capitals import demonym_of_country
from summarizer.names.matching import (
    INFLECTIONS,
    MATCH_THRESHOLD,
    NameIndex,
    consonant_key,
    is_everyday_word,
    urdu_zipf,
)
from summarizer.names.roles import urdu_role
from summarizer.names.transliterate import urdu_skeletons
from summarizer.schemas import NameMatch
from summarizer.text.normalize import LETTERS, fold, fold_token

__all__ = ["another_known_person", "given_name_added", "loose_variant", "supported_otherwise"]

_AIN = fold_token("ع")
_ALEF = fold_token("ا")
_MIN_CONSONANTS = 4
"""A consonant key this long or longer (منجن) is a name's, not a chance likeness."""


def _words(text: str) -> list[str]:
    return [fold_token(w) for w in LETTERS.findall(fold(text))]


def _holds(index: NameIndex, text: str) -> bool:
    match = index.match_urdu(text)
    return match.score >= MATCH_THRESHOLD and not loose_variant(text, match)


def _ain_forms(form: str) -> tuple[str, ...]:
    """عمان → امان, اومان: a leading ع is written as a plain vowel by many Urdu papers."""
    if not form.startswith(_AIN):
        return ()
    rest = form[len(_AIN):]
    return (_ALEF + rest, _ALEF + fold_token("و") + rest)


def known_spelling(index: NameIndex, text: str) -> bool:
    """A known name the article writes another known way (مسلم لیگ ن / مسلم لیگ (ن)), or with a
    leading ع written as a vowel (عمان / اومان)."""
    key = "".join(_words(text))
    raw = {f for e in gazetteer.lookup_urdu(key) for f in e.urdu}
    numbered = {f for f in raw if any(c.isdigit() for c in f)}  # جی 20: kept whole, digits and all
    forms = {" ".join(_words(f)) for f in raw - numbered}
    others = {f for f in forms if f.replace(" ", "") != key} | numbered
    alt = {a for f in {*forms, key} for a in _ain_forms(f)}
    return any(_written(index, f) for f in others | alt)


def _written(index: NameIndex, form: str) -> bool:
    """The article writes this known form, or a variant of it that names nothing else (ایرنا is
    not ایران, a known place), with its digits (جی 20 is not any جی)."""
    if any(c.isdigit() for c in form):
        return "".join(form.split()) in "".join(index.source.split())
    match = index.match_urdu(form)
    if match.score < MATCH_THRESHOLD or loose_variant(form, match) or match.span is None:
        return False
    mine = {e.english for e in gazetteer.lookup_urdu(form)}
    return match.score >= 1.0 or not any(e.english not in mine for e in gazetteer.lookup_urdu(match.span.text))


def _compass_said(index: NameIndex, rest: list[str]) -> bool:
    """A compass word whose direction the article states (جنوبی اسرائیل where it says
    اسرائیل کے جنوب میں)."""
    if len(rest) != 1 or rest[0] not in COMPASS:
        return False
    return any(COMPASS.get(t) == COMPASS[rest[0]] for t in index.tokens)


def described(index: NameIndex, words: list[str]) -> bool:
    """A place or demonym at either end (ایرانی وزارت خارجہ، سندھ حکومت، حکومت سندھ) with the
    rest of the phrase (or the direction of a compass word) each found in the article."""
    if len(words) < 2:
        return False
    for place, rest in ((words[0], words[1:]), (words[-1], words[:-1])):
        if (
            gazetteer.names_a_place(place)
            and _holds(index, place)
            and all(w not in URDU_FUNCTION for w in rest)
            and (_holds(index, " ".join(rest)) or _compass_said(index, rest))
            and not (place is words[0] and (_always_another_place(index, rest, place)
                                            or _always_another_qualifier(index, rest, place)))
        ):
            return True
    return False


def _always_another_place(index: NameIndex, rest: list[str], place: str) -> bool:
    """Every time the article writes the rest, another place stands right before or after it
    (ویسٹ انڈیز کرکٹ بورڈ where the brief says بھارتی کرکٹ بورڈ, سپورٹس بورڈ پنجاب where it says
    پاکستان سپورٹس بورڈ): that body is the other place's."""
    toks = index.tokens
    spots = index.occurrences("".join(rest))
    if not spots:
        return False
    ours = {e.english for e in gazetteer.lookup_urdu(place)}
    for i, n in spots:
        beside = [" ".join(toks[i - k : i]) for k in (2, 1) if i - k >= 0 and index.run_end[i - k] >= i]
        end = i + n  # and after it: سپورٹس بورڈ پنجاب names its place last
        beside += [" ".join(toks[end : end + k]) for k in (2, 1) if end + k <= len(toks) and index.run_end[end - 1] >= end + k - 1]
        theirs = {e.english for b in beside for e in gazetteer.lookup_urdu(b) if e.type in ("location", "demonym")}
        if not theirs or _same_country(theirs, ours):
            return False
    return True


_BODY_TAILS = BODY_TAILS | frozenset(fold_token(w) for w in ("تھانے", "تھانہ", "ٹیلیویژن"))
"""A body's last words, and a police station's and television's (کینٹ تھانے، پاکستان ٹیلیویژن)."""


def _always_another_qualifier(index: NameIndex, rest: list[str], lead: str) -> bool:
    """A body's name whose rest the article writes every time after another word (قومی اسمبلی
    where the brief says پنجاب اسمبلی, ایشین کرکٹ کونسل where it says انٹرنیشنل کرکٹ کونسل,
    کینٹ تھانے for سٹی تھانے): the word that tells one body from another is swapped. Only for a
    rest ending in a body's word; a bare rest (اور سپورٹس بورڈ) is no other body."""
    if not rest or rest[-1] not in _BODY_TAILS:
        return False
    toks = index.tokens
    spots = index.occurrences("".join(rest))
    if not spots:
        return False
    for i, _ in spots:
        before = toks[i - 1] if i > 0 and index.joined_next[i - 1] else None
        if before is None or before == lead or before in URDU_FUNCTION:
            return False
    return True


def _same_country(a: set[str], b: set[str]) -> bool:
    """A demonym and its country (Indian, India) are one place."""
    def with_demonyms(names: set[str]) -> set[str]:
        return {n.lower() for n in names} | {d.lower() for n in names if (d := demonym_of_country(n))}
    return bool(with_demonyms(a) & with_demonyms(b))


def descriptor_before(index: NameIndex, words: list[str]) -> bool:
    """Leading ordinary words of the article (سیاحت) before a name of two or more words the
    article has (قیس حسین)."""
    vocab = index.vocab
    claims = gazetteer.claim_keys()
    for k in range(1, len(words) - 1):
        lead = words[k - 1]
        if lead not in vocab or lead in NAME_PARTS or lead in claims or letter_of(lead) is not None:
            return False  # (a letter's name is an acronym's: آئی سی سی is not آئی before سی سی)
        if gazetteer.names_a_place(f"{lead} {words[k]}"):
            return False  # اسلام آباد ہائی کورٹ: the lead is half a place's name, not a description
        if _holds(index, " ".join(words[k:])):
            return not _always_another_qualifier(index, words[k:], lead)
    return False


def article_words_after(index: NameIndex, words: list[str]) -> bool:
    """A name of two or more words the article has, then words the article also has that a
    run took along (مائیکل کلارک ہیمسٹرنگ انجری: the captain, then the injury): the mirror of
    `descriptor_before`. Not an institution's tail (پاکستان کرکٹ [بورڈ]) nor an acronym's
    letter (اے ایف [پی])."""
    vocab = index.vocab
    words = list(words)
    while len(words) > 2 and (last := words[-1]) in vocab and last not in INSTITUTION_TAILS and letter_of(last) is None:
        words.pop()
        if _holds(index, " ".join(words)):
            return True
    return False


def same_consonants(index: NameIndex, words: list[str]) -> bool:
    """Two or more words with the consonants of a window of as many words in the article
    (مون جے ان / مون جائے ان): vowels are what spellings of a foreign name change."""
    if len(words) < 2:
        return False
    key = consonant_key("".join(words))
    if len(key) < _MIN_CONSONANTS:
        return False
    toks, n = index.tokens, len(words)
    for i in range(len(toks) - n + 1):
        if toks[i][:1] == words[0][:1] and consonant_key("".join(toks[i : i + n])) == key:
            joined = index.run_end[i] >= i + n - 1
            if joined:
                return True
    return False


_WORD_ALIKE = 75.0
"""Letters two spellings of one word share at least (لاروف / لاوروف 91, لکی / لیف 57)."""


def loose_variant(claim: str, match: NameMatch) -> bool:
    """A spelling-variant match of a phrase that holds only through the words it shares: the
    words that differ must themselves be alike (لکی سیمنٹ is not لیف سیمنٹ, سٹاک ہوم
    انٹرنیشنل not تاہم انٹرنیشنل); shared words (سیمنٹ، انٹرنیشنل) say nothing of the name."""
    if match.method != "variant" or match.span is None:
        return False
    mine, theirs = _words(claim), _words(match.span.text)
    if len(mine) < 2:
        return False
    own = [w for w in mine if w not in theirs and w not in BODY_TAILS]  # پارٹی added to a party's name
    other = [w for w in theirs if w not in mine]
    if not own or len(own) == len(mine):
        return False
    a, b = "".join(own), "".join(other)
    alike = fuzz.ratio(a, b)
    if min(len(a), len(b)) >= 3 and (a in b or b in a):  # حفیظ in عبدالحفیظ
        alike = 100.0
    same_sound = urdu_skeletons(a)[0] == urdu_skeletons(b)[0] != ""  # سنیورہ / سینورا
    return alike < _WORD_ALIKE and not same_sound


def another_known_person(claim: str, match: NameMatch) -> bool:
    """A close match of one known person to another (حسن نواز against the article's حسین نواز,
    brothers a vowel apart): the names table knows each as a different person."""
    return (match.span is not None and len(_words(claim)) == len(_words(match.span.text))
            and gazetteer.other_known_person(gazetteer.lookup_urdu(claim), gazetteer.lookup_urdu(match.span.text)))


_FINAL_VOWELS = frozenset(fold_token(c) for c in ("ا", "ہ", "ے"))
_ENGLISH_PLURAL = fold_token("ز")
_POSTPOSITION_LETTERS = frozenset(fold_token(w) for w in ("کے", "کی"))
_HEAD_SYNONYMS = tuple(frozenset(fold_token(w) for w in group) for group in (
    ("وزارت", "محکمہ", "منسٹری", "ڈیپارٹمنٹ"),
))  # fmt: skip
"""Heads that name one kind of body (a ministry is a department: امریکی محکمہ دفاع for the
article's امریکی وزارت دفاع). A swapped name changes the portfolio, not the head."""
_MAX_GAP = 1
"""Words the article may put between a name's words that a brief leaves out (مینجر آف کرکٹ)."""


def _glued_parts(token: str) -> tuple[str, ...]:
    """A source word with a function word run into it (بفلوسمیت، اتوارکو، دیدبئی) as the
    other part: articles typed in a hurry glue postpositions to names."""
    out = []
    for k in range(2, len(token) - 2):
        a, b = token[:k], token[k:]
        if b in URDU_FUNCTION and len(a) >= 3:
            out.append(a)
        if a in URDU_FUNCTION and len(b) >= 3:
            out.append(b)
    return tuple(out)


def _same_word(mine: str, theirs: str) -> bool:
    """`theirs` (an article's word) writes `mine`: the word itself, an inflection, the English
    plural in ز (ٹائٹل / ٹائٹلز), another final vowel (پونے / پونا), a function word run
    into it, or a head of the same kind (محکمہ / وزارت)."""
    if mine == theirs:
        return True
    if len(mine) >= 3 and (theirs in (mine + _ENGLISH_PLURAL, *(mine + s for s in INFLECTIONS if s))
                           or mine in (*(theirs + s for s in INFLECTIONS if s),)):  # fmt: skip
        return True
    if (len(mine) >= 4 and len(mine) == len(theirs) and mine[:-1] == theirs[:-1]
            and mine[-1] in _FINAL_VOWELS and theirs[-1] in _FINAL_VOWELS):  # fmt: skip
        return True
    if any(mine in g and theirs in g for g in _HEAD_SYNONYMS):
        return True
    return len(mine) >= 3 and mine in _glued_parts(theirs)


def _alike_word(mine: str, theirs: str) -> bool:
    """Vowel letters aside the same word (منیجر / مینجر): only beside a word written alike."""
    return len(mine) >= 4 and mine[:1] == theirs[:1] and len(consonant_key(mine)) >= 3 and consonant_key(mine) == consonant_key(theirs)


def _linking(word: str) -> bool:
    """A word a brief may leave out between a name's words: a function or everyday word (آف،
    کے), not a letter of an acronym or a word of a name (قیس in قیس حسین)."""
    return letter_of(word) is None and word in URDU_COMMON and word not in NAME_PARTS


def words_in_article(index: NameIndex, words: list[str]) -> bool:
    """Every word of the name in the article, in order, with at most one everyday word between
    (جنرل مینجر آف کرکٹ جیف for منیجر کرکٹ جیف), each written the same way as `_same_word`
    says, or, in a name of two or more words, with a vowel letter more or less where another
    word is the same. A swapped name brings a word the article lacks."""
    toks, n = index.tokens, len(words)
    # letters of an acronym are read only side by side: اے پی is not اے ایف پی
    max_gap = 0 if any(letter_of(w) is not None for w in words) else _MAX_GAP
    for i, tok in enumerate(toks):
        if not (_same_word(words[0], tok) or (n > 1 and _alike_word(words[0], tok))):
            continue
        j, gap, exact = i, 0, _same_word(words[0], tok)
        for w in words[1:]:
            nxt = j + 1
            while nxt < len(toks) and nxt - j - 1 <= max_gap - gap and not (
                _same_word(w, toks[nxt]) or _alike_word(w, toks[nxt])
            ):
                nxt += 1
            if nxt >= len(toks) or nxt - j - 1 > max_gap - gap or not all(_linking(t) for t in toks[j + 1 : nxt]):
                break
            gap += nxt - j - 1
            exact = exact or _same_word(w, toks[nxt])
            j = nxt
        else:
            if exact:
                return True
    return False


def postposition_before(index: NameIndex, words: list[str]) -> bool:
    """An acronym read from a run that starts with the postposition کے / کی (بنگلور کے ایم
    چناسوامی: کے is "of", not the letter K), the rest of it in the article."""
    return len(words) >= 2 and words[0] in _POSTPOSITION_LETTERS and (
        _holds(index, " ".join(words[1:])) or words_in_article(index, words[1:])
    )


def team_nickname(index: NameIndex, text: str) -> bool:
    """A national side by its nickname (کیوی، گرین شرٹس) where the article names its country."""
    key = fold(text)
    return any(key in forms and index.match_english(country).score >= MATCH_THRESHOLD
               for _, forms, country in team_nicknames())


_ACRONYM_MIN = 3
"""Letters an acronym needs to be read back in English: two (ایم ایس) are initials of anyone."""


def acronym_spelt_out(index: NameIndex, text: str) -> bool:
    """An acronym in Urdu letter names (یو بی ایل) that the article names in full, as the English
    matcher reads the letters against it (یونائیٹڈ بینک لمیٹڈ for UBL)."""
    letters = urdu_to_acronym(text)
    if letters is None or len(letters) < _ACRONYM_MIN:
        return False
    match = index.match_english(letters)
    # read as a whole name, not heard as a word (PTI is no پتی) nor a part of a longer acronym
    return match.score >= MATCH_THRESHOLD and match.method != "transliteration"


def english_words_named(index: NameIndex, words: list[str]) -> bool:
    """A name the brief writes in English words as Urdu spells them (آل پارٹیز ڈیموکریٹک موومنٹ,
    انڈین کرکٹ لیگ with a demonym, ایسوسی ایٹڈ پریس آف پاکستان with a place and "of") that the
    article names otherwise: by its acronym (اے پی ڈی ایم, اے پی پی) or a known form, as the
    English matcher reads the English words (All Parties Democratic Movement) against it."""
    english = _as_english_words(words)
    if len(words) < 2 or english is None:
        return False
    match = index.match_english(" ".join(english))
    # its acronym or a known form: not heard, nor translated word by word (Air India is no
    # بھارتی ایئر لائن)
    return match.score >= MATCH_THRESHOLD and match.method not in ("transliteration", "translation")


def _as_english_words(words: list[str]) -> list[str] | None:
    """The English words Urdu letters spell, a loan word of two Urdu words (ایسوسی ایٹڈ) first;
    a demonym or a place as its English; None when a word is none of these."""
    table = loanwords()
    out: list[str] = []
    k = 0
    while k < len(words):
        pair = table.get(words[k] + words[k + 1]) if k + 1 < len(words) else None
        if pair is not None:
            out.append(pair)
            k += 2
            continue
        one = table.get(words[k]) or _ENGLISH_JOINERS.get(words[k]) or _listed_english(words[k], "demonym") or (
            _listed_english(words[k], "location") if k else None)
        if one is None:
            return None
        out.append(one)
        k += 1
    return out


_ENGLISH_JOINERS = {fold_token("آف"): "of", fold_token("اینڈ"): "and"}


def _listed_english(word: str, kind: str) -> str | None:
    """The English of a listed place or demonym the brief writes inside a name in Urdu (... آف
    پاکستان: of Pakistan; انڈین: Indian)."""
    return next((e.english for e in gazetteer.lookup_urdu(word) if e.type == kind), None)


def known_english_named(index: NameIndex, text: str) -> bool:
    """A listed name in a listed Urdu spelling (لوراں فابیوس) that the article writes in a
    spelling of its own (لورنٹ فیبیس), as the English matcher hears the listed English (Laurent
    Fabius) in the article: Urdu writes foreign names by ear, so two papers spell them apart."""
    words = _words(text)
    for entry in gazetteer.lookup_urdu(text):
        if entry.type != "person":
            continue  # a place or body is written its listed ways (known_spelling), not by ear
        match = index.match_english(entry.english)
        if match.score < MATCH_THRESHOLD or match.span is None:
            continue
        theirs = _words(match.span.text)
        if len(theirs) == len(words) and all(_heard_alike(a, b) for a, b in zip(words, theirs, strict=True)):
            return True
    return False


_SPELT_BODY_MIN = 0.9
"""How closely the article's Urdu letters must spell a listed body's English name as a whole."""


def english_spelt_body(index: NameIndex, text: str) -> bool:
    """A listed body or place in its Urdu name (ایوان نمائندگان) that the article writes as its
    English name sounds (ہاؤس آف ریپریزنٹیٹو): the English matcher hears the listed English,
    or one of its listed short forms, whole in the article."""
    for entry in gazetteer.lookup_urdu(text):
        if entry.type not in ("organization", "location"):
            continue
        for english in (entry.english, *entry.aliases):
            if len(english.split()) >= 2 and index.match_english(english).score >= _SPELT_BODY_MIN:
                return True
    return False


_HEARD_ALIKE = 60.0


def _heard_alike(mine: str, theirs: str) -> bool:
    """Two Urdu spellings of one word by ear: the same first consonant and consonants this close
    (لوراں / لورنٹ, فابیوس / فیبیس), not another name of the same listed person's family (آصفہ /
    بلاول)."""
    a, b = urdu_skeletons(mine)[0], urdu_skeletons(theirs)[0]
    return bool(a) and bool(b) and a[0] == b[0] and fuzz.ratio(a, b) >= _HEARD_ALIKE


_MIDDLE_MAX = 2
_GIVEN_NAME_ZIPF = 3.0
"""A first word rarer than this that no names list has is a foreign given name (جارج)."""


def middle_names_left_out(index: NameIndex, words: list[str]) -> bool:
    """A person's first and last name where the article writes one or two names between them
    (عمر البشیر for عمر حسن احمد البشیر), each a name part or no everyday word."""
    if len(words) != 2 or len(words[1]) < 3 or any(
            w in URDU_COMMON or w in URDU_FUNCTION or (w not in NAME_PARTS and is_everyday_word(w)) for w in words):
        return False
    if words[0] not in NAME_PARTS and urdu_zipf(words[0]) >= _GIVEN_NAME_ZIPF:
        return False  # a given name opens it (نوادرات حسین is a portfolio and a surname)
    toks, run_end = index.tokens, index.run_end
    for i, tok in enumerate(toks):
        if tok != words[0]:
            continue
        for gap in range(1, _MIDDLE_MAX + 1):
            j = i + gap + 1
            if j < len(toks) and toks[j] == words[1] and run_end[i] >= j and not any(
                    toks[k] in URDU_FUNCTION for k in range(i + 1, j)):
                return True
    return False


def supported_otherwise(index: NameIndex, text: str) -> bool:
    """The article supports the Urdu name `text` in one of the ways the module names."""
    words = _words(text)
    if not words:
        return False
    # a known organisation named as a word and then a place (ایئر انڈیا, کرکٹ آسٹریلیا) is no
    # description of the place (as سندھ حکومت، ایرانی وزارت خارجہ، حکومت سندھ, whose first word is
    # an everyday one, are): its words found apart do not make it
    known_body = (len(words) >= 2 and gazetteer.names_a_place(words[-1]) and words[0] not in URDU_COMMON
                  and words[0] not in INSTITUTION_HEADS and words[0] not in ORG_HEADS
                  and any(e.type == "organization" for e in gazetteer.lookup_urdu(" ".join(words))))
    paper = len(words) == 2 and words[-1] in URDU_OUTLET_WORDS  # ہندوستان ٹائمز: a paper's title, no description
    body = known_body or paper
    return (
        known_spelling(index, text)
        or team_nickname(index, text)
        or (not body and described(index, words))
        or descriptor_before(index, words)
        or article_words_after(index, words)
        or same_consonants(index, words)
        or words_in_article(index, words)
        or postposition_before(index, words)
        or acronym_spelt_out(index, text)
        or english_words_named(index, words)
        or known_english_named(index, text)
        or (not body and english_spelt_body(index, text))
        or middle_names_left_out(index, words)
        or route_between(index, words)
    )


_ROUTE_HEADS = frozenset(fold_token(w) for w in ("شاہراہ", "روڈ", "سڑک", "ہائی وے", "ہائیوے", "موٹروے", "موٹر وے"))


def _places_in_turn(words: list[str]) -> list[str]:
    """The places the words name one after another (جلال آباد کابل: two), or none when a word is
    no part of one."""
    k, out = 0, []
    while k < len(words):
        n = next((n for n in (3, 2, 1) if k + n <= len(words) and gazetteer.names_a_place(" ".join(words[k : k + n]))), 0)
        if not n:
            return []
        out.append(" ".join(words[k : k + n]))
        k += n
    return out


def route_between(index: NameIndex, words: list[str]) -> bool:
    """A road named by the places it joins (کابل قندھار شاہراہ) where the article names the
    places (کابل سے قندھار کے راستے پر): every place is the article's."""
    head = next((n for n in (2, 1) if len(words) > n and " ".join(words[-n:]) in _ROUTE_HEADS), 0)
    places = _places_in_turn(words[:-head]) if head else []
    return len(places) >= 2 and all(_holds(index, p) for p in places)


def given_name_added(index: NameIndex, text: str) -> bool:
    """A given name and a surname where the article writes the surname alone, with no name word
    before it (گپٹل رن آؤٹ ہوئے; the brief: مارٹن گپٹل): the desk's completion of a name the
    article shortens, or another person of that surname; a warning, not an error. Not for a
    surname that is an everyday name part (خان، صدیقی), which many people share."""
    words = _words(text)
    if len(words) != 2:
        return False
    given, surname = words
    if (given in index.vocab or len(given) < 3 or len(surname) < 3 or surname in NAME_PARTS
            or surname in INSTITUTION_TAILS or surname in loanwords() or gazetteer.lookup_urdu(given)
            or any(w in URDU_COMMON or w in URDU_FUNCTION or is_everyday_word(w) for w in words)):
        return False  # (چائنا ڈیلی against پیپلز ڈیلی: a place and a paper's English word, no person)
    toks = index.tokens
    at = [i for i, tok in enumerate(toks) if tok == surname]
    return bool(at) and all(
        i == 0 or not index.joined_next[i - 1] or toks[i - 1] in URDU_FUNCTION
        or is_everyday_word(toks[i - 1]) or urdu_role(toks[i - 1]) is not None for i in at)
