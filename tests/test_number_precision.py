"""Numbers a brief restates more precisely or more loosely than the article (found on dev 14's
and dev 10's briefs): decimals that only round to another number, a hedge that fits a number
at the wrong scale, a compound span of days, decades, and a trade word run into a name. Each
supported wording is paired with a changed one that must be flagged. The sentences are the
team's own."""

from __future__ import annotations

import pytest
from claim_helpers import flags as _flags


def _errors(source: str, brief: str, lang: str = "en") -> list[str]:
    return [c for c, s in _flags(source, brief, lang) if s == "error"]


MARKET = ("بدھ کے روز کاروبار ختم ہونے تک انڈیکس 47.97 پوائنٹس گر گیا اور سرمایہ کاروں کے 9 ارب روپے سے زائد ڈوب گئے۔"
          " ایک کمپنی کے حصص کی قیمت میں 50 روپے کا اضافہ ہوا جبکہ 1 کروڑ حصص کا کاروبار ہوا۔")


def test_decimals_that_only_round_to_a_source_number_are_another_number() -> None:
    assert _errors(MARKET, "The index fell 47.97 points on Wednesday.") == []
    assert "49.97" in _errors(MARKET, "The index fell 49.97 points on Wednesday.")


def test_a_hedge_at_the_wrong_scale_is_a_scale_error() -> None:
    """"more than Rs9 million" fits 1 کروڑ within a hedge, but the article hedges 9 ارب."""
    assert _errors(MARKET, "Investors lost more than Rs9 billion.") == []
    assert "Rs9 million" in _errors(MARKET, "Investors lost more than Rs9 million.")


TOUR = "ابتدائی دن چار روزہ مقابلے میں پاکستان اے نے 3 وکٹوں پر 305 رنز بنائے۔"


def test_a_compound_span_of_days_needs_a_span() -> None:
    """A three-day match is no "3 وکٹوں" where the article says چار روزہ."""
    assert _errors(TOUR, "Pakistan A made 305 on the first day of the four-day match.") == []
    assert "three-day" in _errors(TOUR, "Pakistan A made 305 on the first day of the three-day match.")


def test_a_plain_span_may_restate_an_elliptic_count() -> None:
    src = "متنازع پوسٹ کے بعد ٹوئٹر نے 12 اور فیس بک نے 24 گھنٹوں کے لیے صدر کا اکاؤنٹ معطل رکھا۔"
    assert _errors(src, "Twitter suspended the account for 12 hours and Facebook for 24 hours.") == []


def test_decades() -> None:
    nineties = "وہ نوے کی دہائی میں ایک سرکاری ادارے کے سربراہ رہے۔"
    assert _errors(nineties, "He headed a state body in the 1990s.") == []
    assert "1980s" in _errors(nineties, "He headed a state body in the 1980s.")
    both = "یہ شہری 1970 اور 1980 کی دہائی میں اغوا کیے گئے تھے۔"
    assert _errors(both, "They were abducted in the 1970s and 1980s.") == []
    assert "1960s" in _errors(both, "They were abducted in the 1960s and 1980s.")


def test_a_trade_run_into_a_name_that_is_also_a_word() -> None:
    """اوپنرشان: the opener Shan, though شان is also a word."""
    src = "پہلی وکٹ جلد گر گئی جب اوپنرشان مسعود صرف 6 رنز بنا کر آؤٹ ہوئے۔"
    assert _errors(src, "Opener Shan Masood fell for 6.") == []
    assert any("Azhar Ali" in c for c in _errors(src, "Opener Azhar Ali fell for 6."))


def test_a_whole_number_one_off_is_another_number() -> None:
    """1436 is no float noise of 1435; Rs10.55 billion is 10 ارب 55 کروڑ 40 لاکھ to four digits."""
    src = "سعودی حکومت نے 1435 ہجری کے حج کے لیے 10 ارب 55 کروڑ 40 لاکھ روپے مختص کیے۔"
    assert _errors(src, "Saudi Arabia set aside Rs10.55 billion for the Haj of 1435 AH.") == []
    assert "1436" in _errors(src, "Saudi Arabia set aside Rs10.55 billion for the Haj of 1436 AH.")


def test_a_dated_day_is_no_bare_count() -> None:
    """October 3 to 5 where the article has 3سے5 نومبر and 3 wickets elsewhere."""
    src = "نیوزی لینڈ اور پاکستان اے کی ٹیمیں 3سے5 نومبر تک شارجہ میں مدمقابل ہوں گی۔ گزشتہ میچ میں بولر نے 3 وکٹیں لیں۔"
    assert _errors(src, "The match will be played in Sharjah from November 3 to 5.") == []
    assert "October 3" in _errors(src, "The match will be played in Sharjah from October 3 to 5.")


def test_a_hedge_restates_the_articles_hedged_number() -> None:
    src = "فیکٹری کا بوائلر پھٹنے سے 65 افراد ہلاک ہو گئے اور زخمیوں کی تعداد تقریباً 120 بتائی گئی۔"
    assert _errors(src, "The blast killed 65 people and injured around 120.") == []
    assert "130" in _errors(src, "The blast killed 65 people and injured around 130.")


def test_a_silent_opening_letter_of_an_english_name() -> None:
    src = "شدت پسندوں نے جیمز رائٹ نامی امریکی یرغمالی کو مارنے کی فلم جاری کی۔"
    assert _errors(src, "Militants released a video of the killing of US journalist James Wright.") == []
    assert any("Steven Sotloff" in c for c in _errors(
        src, "Militants released a video of the killing of US journalist Steven Sotloff."))


def test_two_days_of_one_month_and_a_day_after_its_month() -> None:
    """26 اور 27 نومبر, چوبیس اور پچیس مئی, ستمبر کی 30 تاریخ: dates, so a brief's dates match them
    and a bare count of the same digits does not."""
    src = ("سارک سربراہ اجلاس 26 اور 27 نومبر کو ہوگا۔ گول میز کانفرنس چوبیس اور پچیس مئی کو ہوئی۔"
           " معاہدے پر ستمبر کی 30 تاریخ کو دستخط ہوں گے۔")
    brief = "The summit is on 26 and 27 November; the round table met on May 24 and 25; the deal is due on 30 September."
    assert [c for c, _ in _flags(src, brief)] == []
    assert "26" in _errors(src, brief.replace("26 and 27 November", "26 and 27 October"))
    assert "30 October" in _errors(src, brief.replace("30 September", "30 October"))


def test_and_a_half_century_is_no_half() -> None:
    src = "کورے اینڈرسن نے 47 رنز دے کر 4 وکٹیں لیں اور نصف سنچری بھی بنائی۔"
    assert _errors(src, "Corey Anderson took four wickets for 47 and a half-century.") == []
    assert "49" in _errors(src, "Corey Anderson took four wickets for 49 and a half-century.")


def test_double_hundreds_are_innings() -> None:
    src = "ڈبل سنچریوں کی فہرست میں سر ڈان بریڈمین 12 کے ساتھ پہلے اور برائن لارا، جو ویسٹ انڈیز کے ہیں، 9 کے ساتھ تیسرے نمبر پر ہیں۔"
    brief = "Bradman leads the list of most double hundreds with 12, while West Indian Brian Lara is third with nine."
    assert _errors(src, brief) == []
    assert "ten" in _errors(src, brief.replace("nine", "ten"))


def test_a_second_or_third_before_an_event_is_a_claim() -> None:
    """دوسری فلم, تیسری سیڈ: ordinals up to third are idiom elsewhere (دوسری طرف), not before these."""
    src = "یہ اداکارہ کی دوسری فلم ہے جبکہ دوسری طرف ان کی بہن بھی فلموں میں آ رہی ہیں۔"
    assert _errors(src, "یہ اداکارہ کی دوسری فلم ہے۔", "ur") == []
    assert "تیسری" in _errors(src, "یہ اداکارہ کی تیسری فلم ہے۔", "ur")


def test_a_lower_bound_above_the_articles_own_bound_is_not_grounded() -> None:
    source = "بازار کی آتشزدگی میں کم از کم اکیاون افراد ہلاک اور کم از کم ساٹھ افراد زخمی ہوئے۔"
    assert _errors(source, "At least 61 people were injured.") == ["61"]
    # a weaker bound, or the article's own, still holds
    assert _flags(source, "At least 60 people were injured.") == []
    assert _flags(source, "More than 50 people were injured.") == []


def test_a_cited_clause_must_be_one_the_article_cites() -> None:
    source = "پولیس نے دفعہ تین سو دو کے تحت قتل کا مقدمہ درج کر کے آرٹیکل 292 کا حوالہ بھی دیا۔"
    assert _errors(source, "A case was filed under Article 294.") == ["Article 294"]
    assert _errors(source, "دفعہ 303 کے تحت مقدمہ درج ہوا۔", "ur") == ["دفعہ 303"]
    # the article's clauses, in digits or in number words, pass
    assert _flags(source, "A murder case was filed under Section 302, citing Article 292.") == []


@pytest.mark.parametrize(("source", "right", "wrong"), [
    ("پولیس کے مطابق پنچ ہزار مظاہرین نے شہر کا مرکزی راستہ بند کر دیا۔", "Police said 5,000 people blocked the route.", "6,000"),
    ("وہ چونتسیویں ویسٹ اسٹریٹ پر بیٹھا تھا۔", "He sat on West 34th Street.", "35th"),
    ("پاکستان کی طرف سے یہ چاتھا میڈل تھا۔", "It was Pakistan's 4th medal.", "5th"),
])
def test_a_number_word_written_with_a_slip_is_the_number(source: str, right: str, wrong: str) -> None:
    """A typist's slip in the article's number words (پنچ for پانچ, چاتھا for چوتھا): the brief
    that states the number is right; another number is still an error."""
    assert _flags(source, right) == []
    figure = next(w for w in right.replace(".", " ").split() if any(c.isdigit() for c in w))
    assert wrong in _errors(source, right.replace(figure, wrong))


def test_a_slip_that_reads_as_two_numbers_is_a_warning() -> None:
    """چرانوے is a letter from چورانوے (94) and from ترانوے (93); پچس from پچیس and پچاس."""
    source = "یہ قانون سنہ انیس سو چرانوے میں منظور ہوا جبکہ بلے باز کی اوسط اکاون عشاریہ پچس رہی۔"
    for brief in ("The law dates from 1994.", "The law dates from 1993.", "He averaged 51.25."):
        assert [s for _, s in _flags(source, brief)] == ["warning"], brief
    assert _errors(source, "The law dates from 1992.") == ["1992"]


def test_a_slip_is_no_other_number_word_nor_an_everyday_word() -> None:
    # تیس is 30, not a slip of بیس (20)
    assert _errors("وہاں تیس ہزار لوگ جمع تھے۔", "Some 20,000 people gathered.") == ["20,000"]
    # اٹھائی (raised) as written is a word, a letter from اٹھاسی (88): a reading to check, a warning
    assert _flags("انہوں نے آواز اٹھائی اور شرح نوے فیصد رہی۔", "The rate was 88 percent.") == [
        ("88 percent", "warning")]


def test_digits_after_letter_names_before_a_scale_are_a_quantity() -> None:
    """ایس ایس جی سی 400 ملین: SSGC's 400 million, not a code like F-16."""
    src = "ایس ایس جی سی 400 ملین مکعب فٹ کا ٹرمینل بنا رہی ہے جبکہ ایف 16 طیارے آئے۔"
    assert _errors(src, "ایس ایس جی سی کا 400 ملین مکعب فٹ کا ٹرمینل۔", "ur") == []
    assert _errors(src, "SSGC is building a 400 million cubic feet terminal.") == []
    assert "500 million" in _errors(src, "SSGC is building a 500 million cubic feet terminal.")


def test_a_second_or_third_event_in_english_is_a_claim() -> None:
    """A third term, the second ODI, third-seeded: an ordinal word before an event it ranks."""
    source = "بے نظیر بھٹو تیسری بار وزیر اعظم بننے کی کوشش کر رہی ہیں۔"
    assert _flags(source, "Bhutto is seeking a third term.") == []
    assert _errors(source, "Bhutto is seeking a second term.") == ["second"]
    # idiom stays idiom: a second glance, for a second time
    assert _flags(source, "At a second glance, Bhutto is seeking a third term.") == []


def test_a_thousand_written_twice_is_a_reading_to_check() -> None:
    """14000 ہزار: the digits end in a thousand and ہزار follows; 14,000 is a warning, not a scale
    error, and 14 million still passes; another number is an error."""
    source = "تنظیم کے پاس 14000 ہزار جوڑے رجسٹرڈ ہیں۔"
    assert _flags(source, "The group has 14,000 registered pairs.") == [("14,000", "warning")]
    assert _flags(source, "The group has 14 million registered pairs.") == []
    assert _errors(source, "The group has 1,400 registered pairs.") == ["1,400"]


def test_a_rank_is_read_only_against_the_articles_ranks() -> None:
    """دوسری (other) and دونوں (both) are no second: a brief's "second round" needs the article to
    rank something second, and where it ranks the thing third the rank is an error."""
    source = ("دونوں ملکوں کے درمیان بات چیت کا تیسرا دور آج ختم ہوا جبکہ دوسری جماعتوں نے اس کا خیر مقدم کیا۔"
              " ٹیم نے مسلسل چوتھی کامیابی حاصل کی۔")
    assert _flags(source, "The two countries ended their third round of talks.") == []
    assert _errors(source, "The two countries ended their second round of talks.") == ["second"]
    # a run of wins is ranked through its "straight"
    assert _flags(source, "The team won its fourth straight win.") == []
    assert _errors(source, "It was the team's third straight win.") == ["third"]


def test_a_semi_final_is_counted_apart_from_a_seed() -> None:
    source = "دوسرے سیمی فائنل میں تھرڈ سیڈ کھلاڑی نے امریکی حریف کو ہرا دیا۔"
    assert _flags(source, "In the second semi-final the third seed beat her American rival.") == []
    assert "second" in [c.lower() for c in _errors(source, "The second seed beat her American rival.")]


def test_a_hat_trick_of_wins_is_a_third_straight_win() -> None:
    source = "ٹیم نے فتوحات کی ہیٹ ٹرک مکمل کر لی اور تیسرے میں گول کیا۔"
    assert _flags(source, "It was the team's third straight win.") == []
    assert _errors(source, "It was the team's second straight win.") == ["second"]


def test_set_scores_in_number_words_are_pairs_the_brief_must_give() -> None:
    """چھ تین اور چھ دو: a tennis score said in words; 6-1 is then no score the article states,
    while دو تین (two or three) stays a rough count that makes no pair."""
    source = "سرینا نے پینیٹا کو چھ تین اور چھ دو سے ہرا دیا جبکہ دو تین دن بعد فائنل ہو گا۔"
    assert _flags(source, "Serena beat Pennetta 6-3, 6-2.") == []
    assert "6-1" in _errors(source, "Serena beat Pennetta 6-1, 6-2.")
    assert _errors("میچ دو تین دن بعد ہو گا اور اس نے پچھلا میچ 3-1 سے جیتا۔", "They won the last match 3-1.") == []


def test_a_tie_is_read_as_the_article_words_it() -> None:
    source = "پہلا سیٹ چھ ایک سے جیتا، فائنل سیٹ میں دونوں کھلاڑی 12، 12 پر تھے اور فیصلہ ٹائی بریک سے ہوا۔"
    assert _flags(source, "He won the first set 6-1 and the last went to a tie-break at 12-12.") == []
    assert "6-2" in _errors(source, "He won the first set 6-2.")


def test_an_urdu_brief_s_set_scores_in_words_are_pairs() -> None:
    source = "سرینا نے پینیٹا کو 6-3 اور 6-2 سے ہرا دیا۔"
    assert _errors(source, "سرینا نے پینیٹا کو چھ تین اور چھ دو سے ہرا دیا۔", "ur") == []
    assert "چھ ایک" in _errors(source, "سرینا نے پینیٹا کو چھ ایک اور چھ دو سے ہرا دیا۔", "ur")


def test_a_tie_needs_the_article_to_write_it() -> None:
    source = "میچ ایک ایک گول سے برابر رہا جبکہ 2 کھلاڑی زخمی ہوئے اور اگلا میچ 3-0 سے جیتا گیا۔"
    assert _errors(source, "The match ended 1-1 and the next was won 3-0.") == []
    assert "2-2" in _errors(source, "The match ended 2-2 and the next was won 3-0.")


def test_set_scores_in_words_judge_only_set_scores() -> None:
    """سات کے مقابلے چھ (7-6) is a set score written out; where the article's pairs are only its
    set scores in words, a head-to-head tally (25-22) is not judged as a pair."""
    source = ("اس نے پہلا سیٹ سات کے مقابلے چھ سے اور دوسرا چھ ایک سے جیتا۔ دونوں کھلاڑیوں کے باہمی مقابلوں میں"
              " اس کی 25 اور حریف کی 22 فتوحات ہیں۔")
    assert _errors(source, "He won 7-6, 6-1 and leads their head-to-head 25-22.") == []
    assert "6-4" in _errors(source, "He won 6-4, 6-1.")
