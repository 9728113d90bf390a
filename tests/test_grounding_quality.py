"""The grounding checker's quality floors on real text, and the corruption functions they use.

Floors (measured in full by benchmarks/bench_grounding.py; here on a seeded subsample so the
file stays well under a minute):
- English briefs (evals/english_briefs.jsonl, all 39): true numbers/names accepted >= 0.95,
  one-change corruptions flagged >= 0.95.
- Urdu corruption recall >= 0.98 (the issue's floor): every XL-Sum summary + every COUNTER WD
  rewrite, the same set the benchmark reports on.
- False alarms on facts the source states <= 0.02: the same 120 summaries + COUNTER WD and PD.
"""

from __future__ import annotations

import random
import re
from pathlib import Path
from types import ModuleType

import pytest

from summarizer.errors import InputError
from summarizer.evals import grounding_quality
from summarizer.evals.corruption import (
    Corruption,
    corrupt,
    digit_edit,
    find_numbers,
    name_swap,
    percent_count,
    scale_swap,
    source_values,
    times_ten,
)

REPO = Path(__file__).resolve().parent.parent
SUBSAMPLE = 120

UR = "حکام کے مطابق 2015 میں تین ہزار افراد ہلاک ہوئے جبکہ ۱۲۵ زخمی ہوئے اور 40 فیصد علاقہ متاثر ہوا، نقصان 2.5 ارب روپے ہے۔"
EN = "Officials said 1,500 people died in 2015 and 40 percent of homes, worth 2.5 billion dollars, were lost; three lakh fled."


def _bench() -> ModuleType:
    return grounding_quality


def _assert_well_formed(original: str, c: Corruption) -> None:
    assert c.text != original
    assert c.original.text == original[c.original.start : c.original.end]
    assert c.changed.text == c.text[c.changed.start : c.changed.end]
    assert c.changed.text != c.original.text
    # Everything outside the changed phrase is untouched.
    assert c.text[: c.changed.start] == original[: c.original.start]
    assert c.text[c.changed.end :] == original[c.original.end :]


# --------------------------------------------------------------------------- corruption.py


@pytest.mark.parametrize("how", ["digit edit", "x10", "scale swap", "percent-count"])
@pytest.mark.parametrize(("lang", "text"), [("ur", UR), ("en", EN)])
def test_number_corruptions_are_deterministic_and_well_formed(how: str, lang: str, text: str) -> None:
    first = corrupt(text, how, 7, lang)  # type: ignore[arg-type]
    again = corrupt(text, how, 7, lang)  # type: ignore[arg-type]
    assert first is not None and first == again
    _assert_well_formed(text, first)
    assert first.kind == "number" and first.how == how


def test_different_seeds_reach_different_targets() -> None:
    texts = {c.text for seed in range(30) if (c := digit_edit(UR, seed, "ur")) is not None}
    assert len(texts) > 3


@pytest.mark.parametrize(
    ("text", "lang", "old", "new", "factor"),
    [
        ("کل 5 ہزار افراد آئے", "ur", "ہزار", "لاکھ", 100),
        ("قرضہ 3 ارب ڈالر ہے", "ur", "ارب", "ملین", 1e-3),
        ("ملین افراد نہیں بلکہ 7 ملین لوگ", "ur", "ملین", "ارب", 1e3),
        ("about 150 thousand people", "en", "thousand", "million", 1e3),
        ("some 2 lakh homes", "en", "lakh", "million", 10),
    ],
)
def test_scale_swap_changes_value_by_the_scale_ratio(
    text: str, lang: str, old: str, new: str, factor: float
) -> None:
    c = scale_swap(text, 1, lang)  # type: ignore[arg-type]
    assert c is not None
    _assert_well_formed(text, c)
    assert old in c.original.text and new in c.changed.text
    before = next(m for m in find_numbers(text, lang) if m.start == c.original.start)  # type: ignore[arg-type]
    after = next(m for m in find_numbers(c.text, lang) if m.start == c.changed.start)  # type: ignore[arg-type]
    assert before.value and after.value
    assert after.value / before.value == pytest.approx(factor)
    assert c.factor == pytest.approx(factor)


def test_lakh_becomes_crore_or_thousand() -> None:
    targets = {c.changed.text.split()[-1] for s in range(20) if (c := scale_swap("کل 4 لاکھ ووٹ", s, "ur"))}
    assert targets <= {"ہزار", "کروڑ"} and targets


@pytest.mark.parametrize(
    ("text", "lang", "expect"),
    [
        ("کل ۱۲۵ زخمی", "ur", "۱۲۵۰"),
        ("تین افراد", "ur", "تیس"),
        ("1,500 people", "en", "15,000"),
        ("2.5 tonnes", "en", "25"),
    ],
)
def test_times_ten_keeps_the_writing_style(text: str, lang: str, expect: str) -> None:
    c = times_ten(text, 0, lang)  # type: ignore[arg-type]
    assert c is not None and c.changed.text.startswith(expect)
    assert c.factor == pytest.approx(10)


def test_times_ten_leaves_years_alone() -> None:
    assert times_ten("in 2015 it rained", 0, "en") is None


def test_percent_count_both_ways() -> None:
    dropped = percent_count("شرح 40 فیصد رہی", 0, "ur")
    assert dropped is not None and "فیصد" not in dropped.text and dropped.changed.text == "40"
    added = percent_count("Police held 23 people", 0, "en")
    assert added is not None and added.changed.text == "23 percent"
    # A source that states 23 percent makes "23 percent" true: no corruption then.
    assert percent_count("Police held 23 people", 0, "en", source="turnout was 23 percent") is None


def test_digit_edit_never_lands_on_a_source_value_or_a_rounding_of_one() -> None:
    source = "کل 1250 افراد، 1300 زخمی اور 12 گاڑیاں"
    values = source_values(source, "ur")
    for seed in range(40):
        c = digit_edit("اس میں 1250 افراد تھے", seed, "ur", source=source)
        assert c is not None
        (new,) = [m for m in find_numbers(c.text, "ur") if m.start == c.changed.start]
        assert new.value not in values and new.value not in {1000, 1200, 1300, 1250}


def test_hedged_numbers_move_more_than_the_hedge() -> None:
    for seed in range(40):
        c = digit_edit("About 800 people died", seed, "en")
        assert c is not None
        (new,) = [m for m in find_numbers(c.text, "en") if m.start == c.changed.start]
        assert new.value is not None and abs(new.value / 800 - 1) >= 0.3


def test_word_numbers_and_indefinite_one() -> None:
    # "one"/ایک alone is mostly the article "a": never a target.
    assert digit_edit("one man and one woman", 0, "en") is None
    c = digit_edit("Three men", 3, "en")
    assert c is not None and c.changed.text[0].isupper() and c.changed.text != "Three"


def test_name_swap_uses_an_unsupported_name() -> None:
    text = "Imran Khan met Narendra Modi in Lahore."
    source = "عمران خان نے لاہور میں نریندر مودی سے ملاقات کی، ماسکو"
    pool = ["Moscow", "Lahore", "Jacinda Ardern"]
    c = name_swap(text, ["Imran Khan", "Narendra Modi", "Lahore"], pool, 5, "en")
    assert c is not None and c.kind == "name"
    _assert_well_formed(text, c)
    assert c.changed.text in {"Moscow", "Jacinda Ardern"}
    ur = name_swap(source, ["لاہور", "عمران خان"], ["ماسکو", "کابل"], 5, "ur", source=source)
    assert ur is not None and ur.changed.text == "کابل"
    assert name_swap(text, ["Karachi"], pool, 5, "en") is None


def test_unknown_corruption_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="unknown corruption"):
        corrupt(EN, "swap everything", 0, "en")


def test_nothing_to_corrupt_returns_none() -> None:
    for how in ("digit edit", "x10", "scale swap", "percent-count"):
        assert corrupt("کوئی عدد نہیں", how, 0, "ur") is None


# --------------------------------------------------------------------------- data file


def test_english_briefs_file_is_consistent() -> None:
    bench = _bench()
    briefs = bench.load_briefs(REPO / 'evals' / 'english_briefs.jsonl')
    assert len(briefs) >= 35
    for b in briefs:
        words = len(b["brief_en"].split())
        assert 60 <= words <= 130, b["article_id"]
        for phrase in [*b["numbers"], *b["names"]]:
            assert re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", b["brief_en"]), (b["article_id"], phrase)
        assert 3 <= len(b["corruptions"]) <= 5
        for c in b["corruptions"]:
            assert c["kind"] in ("number", "name") and c["how"]
            assert c["changed"] in c["brief_en"] and c["brief_en"] != b["brief_en"]


# --------------------------------------------------------------------------- floors on real text


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return _bench()


@pytest.fixture(scope="module")
def check():  # type: ignore[no-untyped-def]
    from summarizer.validators import check_grounding

    return check_grounding


@pytest.fixture(scope="module")
def human_pairs(corpora: Path, bench: ModuleType) -> list:
    xl = bench.xlsum_pairs(corpora)
    rng = random.Random(11)
    counter = bench.load_counter(corpora)
    return [
        *rng.sample(xl, min(SUBSAMPLE, len(xl))),
        *[p for p in counter if p.group in ("WD", "PD")],
    ]


@pytest.mark.corpora
def test_english_briefs_floors(corpora: Path, bench: ModuleType, check) -> None:  # type: ignore[no-untyped-def]
    r = bench.english_side(check, bench.load_briefs(REPO / 'evals' / 'english_briefs.jsonl'), bench.load_xlsum(corpora))
    assert r.accepted / r.phrases >= 0.95, r.rejected[:20]
    assert r.flagged / r.corruptions >= 0.95, r.missed[:20]


@pytest.mark.corpora
def test_false_alarms_on_facts_in_the_source(bench: ModuleType, check, human_pairs: list) -> None:  # type: ignore[no-untyped-def]
    r, _ = bench.false_alarms(check, human_pairs)
    assert r.in_source > 300
    rate = r.in_source_flagged / r.in_source
    shown = [(p.doc, f.claim.text, f.message[:80]) for p, f in r.in_source_misses[:15]]
    assert rate <= 0.02, shown


@pytest.mark.corpora
def test_corruption_recall_on_urdu(corpora: Path, bench: ModuleType, check) -> None:  # type: ignore[no-untyped-def]
    pairs = [*bench.xlsum_pairs(corpora), *[p for p in bench.load_counter(corpora) if p.group == "WD"]]
    r = bench.recall(check, pairs, bench.load_gazetteer(corpora))
    tried = sum(r.tried.values())
    assert tried > 600
    share = sum(r.flagged.values()) / tried
    assert share >= 0.98, {how: f"{r.flagged[how]}/{r.tried[how]}" for how in r.tried} | {
        "missed": r.missed[:15]
    }
