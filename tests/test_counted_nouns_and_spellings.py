"""What a number counts, tournament stages, ranks written with a full stop, names split or
spelt with another letter of one sound, and ordinary words after a role or a demonstrative
(session 34). Every Urdu sentence here is written by the team."""

from __future__ import annotations

import pytest

from summarizer.names.english_spans import english_name_spans
from summarizer.names.matching import MATCH_THRESHOLD, NameIndex, match_name
from summarizer.names.urdu_claims import urdu_name_claims
from summarizer.numbers.counted import counted_concepts, related_concepts
from summarizer.numbers.quantities import extract_quantities
from summarizer.validators import check_grounding

CRICKET = ("آسٹریلیا نے سری لنکا کی 16 وکٹیں حاصل کیں جبکہ پونٹنگ نے 18 رنز بنائے۔ بارش کے باعث کھیل دو گھنٹے تک "
           "رکا رہا اور تین کھلاڑی زخمی ہوئے۔ سیریز تین ٹیسٹ میچوں پر مشتمل ہے اور چوتھے ٹیسٹ کا فیصلہ بعد میں ہوگا۔")
BOWLING = "رضا نے 17 اوورز میں 60 رنز دے کر تین وکٹیں اپنے نام کیں۔"
TENNIS = "تیسرے راؤنڈ میں دوسری سیڈ کھلاڑی نے کامیابی حاصل کی۔"


def _numbers(source: str, brief: str, lang: str = "en") -> list[str]:
    return [f.claim.text for f in check_grounding(source, brief, lang) if f.kind.value == "number"]


@pytest.mark.parametrize("brief", [
    "Australia took 18 wickets.",  # the article's 18 are runs
    "Ponting made 16 runs.",  # ... and its 16 wickets
    "Play stopped for three hours.",  # its three are players; its hours two
])
def test_a_number_the_article_gives_for_another_thing_is_an_error(brief: str) -> None:
    assert len(_numbers(CRICKET, brief)) == 1


@pytest.mark.parametrize("brief", [
    "Australia took 16 wickets and Ponting made 18 runs.",
    "Rain stopped play for two hours; three players were hurt.",
    "The series has three Test matches.",  # Test and match: two nouns, the article's is one of them
    "The fourth match will be decided later.",  # a match is the broader term of its Test
    "Three players were injured.",
])
def test_a_number_with_the_article_s_noun_passes(brief: str) -> None:
    assert _numbers(CRICKET, brief) == []


def test_a_number_followed_by_another_number_reads_no_noun_past_it() -> None:
    # 60 is runs, 17 overs: "off 17 overs" is not what the 60 counts
    assert _numbers(BOWLING, "Raza took three for 60 off 17 overs.") == []


def test_ranks_are_judged_against_ranks() -> None:
    assert len(_numbers(TENNIS, "The third seed won.")) == 1
    assert _numbers(TENNIS, "The second seed won in the third round.") == []


def test_an_urdu_brief_is_judged_the_same_way() -> None:
    assert len(_numbers(CRICKET, "آسٹریلیا نے 18 وکٹیں حاصل کیں۔", "ur")) == 1
    assert _numbers(CRICKET, "آسٹریلیا نے 16 وکٹیں حاصل کیں۔", "ur") == []


def test_concepts_of_either_language_and_broader_terms() -> None:
    [q] = [q for q in extract_quantities("He has played 20 one-day international hundreds", "en") if q.value == 20]
    assert counted_concepts("He has played 20 one-day international hundreds", q, "en") == {"odi", "century"}
    assert related_concepts(frozenset({"match"}), frozenset({"test"}))
    assert not related_concepts(frozenset({"test"}), frozenset({"odi"}))


def test_a_noun_the_table_lacks_makes_no_finding() -> None:
    source = "اجلاس میں 12 قراردادیں منظور ہوئیں اور 14 ارکان شریک ہوئے۔"
    assert _numbers(source, "The meeting passed 14 motions.") == []  # motions: not a counted noun here


def test_the_last_eight_is_a_stage_not_a_count() -> None:
    source = "کوارٹر فائنل میں فرانس کا مقابلہ جرمنی سے ہوگا۔"
    assert _numbers(source, "France reached the last eight.") == []
    assert _numbers(source, "France won the last eight matches.") == ["eight"]


@pytest.mark.parametrize("text", [
    "Ministry spokesman Maj. Gen. Mansour al-Turki said",
    "Spokesman Lt. Col. Mansour al-Turki said",
    "Spokesman Brig. Mansour al-Turki said",
])
def test_a_rank_with_a_full_stop_is_no_name(text: str) -> None:
    assert [s.text for s in english_name_spans(text)] == ["Mansour al-Turki"]


@pytest.mark.parametrize(("english", "source"), [
    ("Netherlands", "فرانس کا مقابلہ نیڈر لینڈ سے ہوگا۔"),  # split before لینڈ, an everyday word
    ("Fortaleza", "برازیل کی ٹیم فور ٹالیزامیں کھیلے گی۔"),  # split, and میں run into it
])
def test_a_known_place_split_or_run_into_a_postposition_is_found(english: str, source: str) -> None:
    assert match_name(english, source).score >= MATCH_THRESHOLD


def test_a_name_spelt_with_another_letter_of_one_sound_is_found() -> None:
    index = NameIndex("البم کے گیت عامر زکی نے لکھے ہیں۔")
    assert index.match_urdu("عامر ذکی").score >= MATCH_THRESHOLD
    assert index.match_urdu("عامر نقوی").score < MATCH_THRESHOLD


def test_an_infinitive_after_a_role_and_a_word_after_a_demonstrative_are_no_names() -> None:
    brief = "انہیں نائب صدر بنانے کی تجویز پر کپتان کی اس رائے سے اتفاق کیا گیا۔"
    assert urdu_name_claims(brief, "کچھ اور") == []
    named = [s.text for s, _ in urdu_name_claims("کانگریس کے رہنما اجے رائے نے کہا۔", "کچھ اور")]
    assert any("رائے" in n for n in named)  # a surname after a given name stays a name


def test_a_plural_of_a_frequent_word_is_no_name() -> None:
    assert urdu_name_claims("انہیں نئی فلموں کی پیشکشیں مل رہی ہیں۔", "کچھ اور") == []
    assert urdu_name_claims("اداکارہ یاسمین نے کہا۔", "کچھ اور") != []  # a name in -ین keeps a short stem


def test_a_score_written_out_is_no_count_of_matches() -> None:
    source = "پاکستان نے سیمی فائنل میں ملائیشیا کو چار کے مقابلے میں دو گول سے ہرا دیا اور دو میچ پہلے جیتے تھے۔"
    assert _numbers(source, "Pakistan beat Malaysia four goals to two.") == []


@pytest.mark.parametrize(("english", "article", "found"), [
    # a frequent word is no city, though folding hides it (میزائل folds to a form wordfreq lacks)
    ("Mosul", "عراق کی سرحد کے قریب ایرانی میزائل رکھے جانے کی خبریں گرم ہیں۔", False),
    ("Incheon", "ایشین گیمز کے لیے کھلاڑی انچیان پہنچ گئے۔", True),
    ("Qaidabad", "یہ واقعہ قائد آباد میں پیش آیا۔", True),  # everyday words before a place ending
])
def test_a_frequent_word_is_no_evidence_for_a_place(english: str, article: str, found: bool) -> None:
    assert (match_name(english, article).score >= MATCH_THRESHOLD) is found


def test_a_world_city_english_prints_often_is_still_a_name() -> None:
    article = "برازیل اور کولمبیا کا میچ فورٹالیزا میں ہوگا۔"
    assert [f.claim.text for f in check_grounding(article, "Brazil face Colombia in Salvador.", "en")] == ["Salvador"]
    assert check_grounding(article, "Brazil face Colombia in Fortaleza.", "en") == []


def test_a_rank_the_article_never_gives_is_an_error_where_it_ranks_that_thing_otherwise() -> None:
    source = "آسٹریلیا کے خلاف تیسرے ون ڈے میں دو کھلاڑیوں کو آرام دیا گیا۔"
    assert _numbers(source, "دوسرے ون ڈے میں دو کھلاڑیوں کو آرام دیا گیا۔", "ur") == ["دوسرے"]
    assert _numbers(source, "Two players were rested for the second ODI.") == ["second"]
    assert _numbers(source, "Two players were rested for the third ODI.") == []


def test_a_rank_the_article_writes_as_a_count_of_the_same_thing_passes() -> None:
    source = "چندرپال نے 101 رنز بنائے، یہ ان کے کیریئر کی 30 سنچری تھی۔ دوسرا ٹیسٹ اگلے ہفتے ہوگا۔"
    assert _numbers(source, "Chanderpaul made 101, his 30th Test hundred.") == []
    assert _numbers(source, "Chanderpaul made 101 in the third Test.") == ["third"]


def test_an_acronym_with_a_lower_case_tail_is_the_acronym() -> None:
    source = "بی بی سی کے لیے کیے گئے سروے میں ڈھائی ہزار عراقیوں سے رائے لی گئی۔"
    assert check_grounding(source, "A BBC-commissioned poll asked 2,500 Iraqis.", "en") == []
    found = check_grounding(source, "A CNN-commissioned poll asked 2,500 Iraqis.", "en")
    assert [f.severity for f in found if f.kind.value == "name"] == ["error"]


def test_a_small_rank_is_not_a_count_of_the_same_thing() -> None:
    source = "سیریز کے دو ون ڈے ہو چکے ہیں اور تیسرے ون ڈے میں کپتان کو آرام دیا گیا۔"
    assert _numbers(source, "The captain was rested for the second ODI.") == ["second"]


def test_fifties_ages_and_votes_are_read_as_what_they_count() -> None:
    source = "انہوں نے دو سنچریوں اور تین نصف سنچریوں کی مدد سے رنز بنائے، 25 سالہ کھلاڑی نے پانچ سال کھیلا۔"
    assert _numbers(source, "He has three fifties and two centuries.") == []
    assert len(_numbers(source, "He has three centuries.")) == 1  # three is fifties, centuries two
    votes = "قرارداد کو 163 کے مقابلے میں 249 ووٹ ملے اور وہ منظور ہو گئی۔"
    assert _numbers(votes, "249 members voted for the resolution.") == []


def test_an_age_is_an_age_in_either_language() -> None:
    source = "پولیس کے مطابق 14 سالہ لڑکا تین روز سے لاپتہ ہے۔"
    assert _numbers(source, "Police say the 14-year-old boy has been missing for three days.") == []


def test_a_rate_counts_what_comes_before_its_per() -> None:
    source = "چار اوور کے سپیل میں بولر کو 36 رنز پڑے، یعنی ساڑھے آٹھ رنز فی اوور۔"
    assert _numbers(source, "He bowled four overs for 36 runs, eight and a half an over.") == []


@pytest.mark.parametrize(("english", "article", "found"), [
    ("U.S. Department of State", "امریکی محکمہ خارجہ نے بیان جاری کیا۔", True),  # the listed State Department
    ("Department of State", "امریکی محکمہ خارجہ نے بیان جاری کیا۔", True),
    ("Pakistani Army", "پاک فوج نے پورے قصبے کا محاصرہ کر لیا۔", True),  # the listed Pakistan Army
    ("Pakistani Army", "بھارتی فوج نے پورے قصبے کا محاصرہ کر لیا۔", False),
])
def test_a_listed_body_named_in_other_words_is_found(english: str, article: str, found: bool) -> None:
    assert (match_name(english, article).score >= MATCH_THRESHOLD) is found


def test_a_number_at_the_near_end_of_a_range_counts_what_the_far_end_counts() -> None:
    """تین یا چار روز: the three counts days, so a brief's three sons is not the article's three
    (its sons are two). Session 60."""
    source = "اس کے دو بیٹے ہیں۔ وہ ہفتے میں تین یا چار روز دفتر جاتا ہے۔"
    assert _numbers(source, "He has three sons.") == ["three"]
    assert _numbers(source, "He has two sons and goes to the office three or four days a week.") == []
    assert _numbers("پانچ سے چھ گھنٹے بارش ہوئی اور دو بچے زخمی ہوئے۔", "Five children were hurt.") == ["Five"]


def test_a_constable_is_counted_as_a_policeman() -> None:
    source = "فائرنگ سے دو کانسٹیبل ہلاک ہو گئے اور تین گھنٹے تک سڑک بند رہی۔"
    assert _numbers(source, "Three policemen were killed.") == ["Three"]
    assert _numbers(source, "Two constables were killed.") == []


def test_people_and_officials_are_counted_and_hold_their_narrower_groups() -> None:
    source = "دھماکے میں پانچ سرکاری اہلکار زخمی ہوئے اور دو گاڑیاں تباہ ہو گئیں۔"
    assert _numbers(source, "Two officials were hurt.") == ["Two"]  # its two are vehicles, its officials five
    assert _numbers("حادثے میں چار افراد ہلاک اور دو گاڑیاں تباہ ہوئیں۔", "Two people died.") == ["Two"]
    assert _numbers(source, "Five policemen were hurt and two vehicles destroyed.") == []  # policemen are officials


def test_a_share_is_no_count() -> None:
    source = "تین چوتھائی سے زیادہ افراد چاہتے ہیں کہ ملک متحد رہے۔ صرف ایک تہائی افراد مطمئن ہیں۔"
    assert _numbers(source, "More than three-quarters want the country to stay united; only a third are content.") == []


def test_a_round_bound_below_the_article_s_count_holds_and_another_bound_is_flagged() -> None:
    source = "حملوں میں کم از کم انیس کارکن ہلاک ہوئے اور ساٹھ افراد زخمی ہوئے۔"
    assert _numbers(source, "More than 50 people were hurt.") == []  # a desk's round bound
    assert _numbers(source, "At least 16 workers were killed.") == ["16"]  # a changed number


def test_staff_are_officials() -> None:
    # the team's own Urdu: four royal officials and, elsewhere, three daughters
    article = "بادشاہ، ان کی تین بیٹیاں اور چار شاہی اہلکار اس حملے میں مارے گئے۔"
    found = [(f.severity, f.claim.text) for f in check_grounding(article, "The king and three royal staff died.", "en")
             if f.kind.value == "number"]
    assert found == [("error", "three")]
