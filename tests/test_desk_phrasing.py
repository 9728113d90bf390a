"""How desks and agency typists write what the article says: a surname again after the full
name, a team called by its English demonym in Urdu (سری لنکن), a party letter in brackets run
into the name, everyday acronyms (TV, FIR), counts that refer back ("the two sides"), and
number words typed into the word before them (نےدو) or sharing a letter (انیسو). Each case
pairs the supported wording with a swapped one that must still be flagged.

The sentences are the team's own, written for these tests."""

from __future__ import annotations

from claim_helpers import flags as _flags
from claim_helpers import values as _values

from summarizer.names.english_spans import english_name_spans
from summarizer.names.gazetteer import demonym_of
from summarizer.names.matching import MATCH_THRESHOLD, match_name
from summarizer.numbers.quantities import extract_quantities
from summarizer.text.normalize import fold

CRICKET = "چیف سلیکٹر معین خان نے کہا کہ سمیع اسلم اور رضا حسن ٹیم میں شامل ہیں۔"


def test_a_short_stem_is_no_demonym() -> None:
    assert demonym_of("Sami") is None  # not Samoa
    assert demonym_of("Cuban") is not None and demonym_of("Cuban").english == "Cuba"  # type: ignore[union-attr]
    spans = [s.text for s in english_name_spans("Raza Hasan, Sami Aslam and Moin Khan were there.")]
    assert "Sami Aslam" in spans


def test_a_surname_again_after_the_full_name() -> None:
    assert _flags(CRICKET, "Chief selector Moin Khan named Sami Aslam. Moin said more would follow.") == []
    # a single word the brief has not introduced is still checked
    flags = _flags(CRICKET, "Chief selector Moin Khan named Sami Aslam, and Qasim said more would follow.")
    assert [c for c, _ in flags] == ["Qasim"]


def test_a_team_called_by_its_english_demonym_in_urdu() -> None:
    for english, urdu in (("Sri Lanka", "سری لنکن ٹیم سیریز کھیلے گی"), ("West Indies", "ویسٹ انڈین ٹیم واپس چلی گئی")):
        assert match_name(english, urdu).score >= MATCH_THRESHOLD
    assert match_name("Sri Lanka", "بھارتی ٹیم سیریز کھیلے گی").score < MATCH_THRESHOLD


def test_institutions_by_their_urdu_names() -> None:
    assert match_name("Army", "فوج کے ترجمان نے کہا").score >= MATCH_THRESHOLD
    assert match_name("Pakistan Army", "بھارتی فوج کے ترجمان نے کہا").score < MATCH_THRESHOLD
    assert match_name("Line of Control", "کنٹرول لائن کی بنیاد پر").score >= MATCH_THRESHOLD


def test_a_party_letter_in_brackets_run_into_the_name() -> None:
    article = "تاہم مسلم لیگ(ن) نے اپوزیشن کا ساتھ دیا۔"
    assert match_name("PML-N", article).score >= MATCH_THRESHOLD
    assert match_name("PML-Q", article).score < MATCH_THRESHOLD


def test_everyday_acronyms_are_not_names() -> None:
    article = "میئر نے ایک ٹیلیوژن کو بتایا کہ پولیس نے مقدمہ درج کیا۔"
    assert _flags(article, "The mayor told a TV channel that an FIR was lodged.") == []
    assert _flags(article, "میئر نے ایک ٹی وی چینل کو بتایا کہ ایف آئی آر درج ہو گئی۔", "ur") == []
    assert [c for c, _ in _flags(article, "The mayor told CNN.")] == ["CNN"]
    assert [c for c, _ in _flags(article, "میئر نے سی این این کو بتایا۔", "ur")] == ["سی این این"]


def test_a_count_that_refers_back_is_a_warning() -> None:
    article = "نیوزی لینڈ اور آئرلینڈ کے درمیان میچ بارش کی نذر ہو گیا۔"
    assert _flags(article, "Rain washed out the match, and the two sides never took the field.") == [("two", "warning")]
    assert _flags(article, "Rain washed out the match after two overs.") == [("two", "error")]
    # the count of what the brief has just listed by name: no finding; of another count, still shown
    assert _flags(article, "The match between New Zealand and Ireland was washed out; the two sides never took the field.") == []
    assert ("two", "warning") in _flags(article, "New Zealand, Ireland and Scotland met. The two sides never took the field.")


def test_millions_for_crores_but_not_for_thousands() -> None:
    assert _flags("ان کی آواز لاکھوں کروڑوں دلوں کی دھڑکن ہے۔", "His voice wins the hearts of millions.") == []
    assert [c for c, _ in _flags("ہزاروں لوگ جمع ہوئے۔", "Millions gathered.")] == ["Millions"]


def test_halves() -> None:
    assert _values("باقی بم آدھ آدھ کلو کے تھے", "ur") == [0.5, 0.5]
    assert [(q.value, q.kind.value) for q in extract_quantities("over the past year and a half", "en")] == [(1.5, "duration")]
    assert _flags("گزشتہ ڈیڑھ برس کے دوران دھماکے ہوئے۔", "Blasts over the past year and a half.") == []
    assert _values("the best of his one-day career", "en") == []


def test_number_words_typed_into_the_word_before() -> None:
    assert _values("انہوں نےدو سنچریاں اورتین نصف سنچریاں بنائیں", "ur") == [2, 3, 0.5]
    assert _values("کینو کا رس اورنو بہار", "ur") == []  # کی+نو, اور+نو: words, not nine
    assert _values("انیسو بانوے میں کھدائی ہوئی", "ur") == [1992]


def test_a_loose_heh_is_the_ordinary_letter() -> None:
    assert fold("شاھ فیصل کالونی") == fold("شاہ فیصل کالونی")
    assert fold("کھا") != fold("کہا")  # after a stop the aspirate stays
    assert _flags("وہ برسوں سے شاھ فیصل کالونی میں رہتے ہیں۔", "شاہ فیصل کالونی کے رہائشی", "ur") == []


def test_urdu_claims_that_are_not_names() -> None:
    article = "پارٹی نے تین دن سوگ منانے کا اعلان کیا کیونکہ چار نوجوانوں کی شناخت اس کے کارکنوں کے طور پر ہو گئی تھی۔ کرد رہنماؤں نے یہ بات کہی۔"
    flags = _flags(article, "نوجوانوں کی شناخت پارٹی کارکنوں کے طور پر ہوئی۔", "ur")
    assert all(sev == "warning" for _, sev in flags)
    assert [c for c, sev in _flags(article, "عوامی نیشنل پارٹی کارکنوں نے سوگ منایا۔", "ur") if sev == "error"]
    assert _flags(article, "کرد رہنما کہہ چکے ہیں کہ وہ شامل نہیں ہوں گے۔", "ur") == []
    innings = "کپتان اینڈریو سٹراس اٹھہتر رنز بنا کر آؤٹ ہوئے۔"
    assert _flags(innings, "کپتان اینڈریو سٹراس اٹھہتر رنز بنا کر بولڈ ہوئے۔", "ur") == []


def test_declined_and_conjugated_words_are_not_names() -> None:
    article = "شہر میں کشیدگی بڑھ گئی اور پولیس نے مقدمہ درج کر لیا۔"
    # verbs and declined nouns a brief may use that the article does not (LughaatNLP's lemma table)
    assert _flags(article, "شہر میں جذبات بھڑکے تو پولیس نے ایف آئی آر کٹوائی۔", "ur") == []
    # a foreign name is still a claim
    assert [c for c, _ in _flags(article, "شہر میں ڈیبورا آرنوٹ نے مقدمہ درج کرایا۔", "ur")]


def test_place_words_that_are_everyday_words() -> None:
    article = "فنکار مالی مشکلات کا شکار ہیں اور حکومت سے مدد مانگ رہے ہیں۔"
    assert _flags(article, "فنکار شدید معاشی تنگی کا شکار ہیں۔", "ur") == []
    assert _flags(article, "حکومت سوچی سمجھی حکمت عملی سے مدد دے گی۔", "ur") == []
    assert [c for c, _ in _flags(article, "فنکار کراچی میں مدد مانگ رہے ہیں۔", "ur")] == ["کراچی"]


def test_a_name_and_the_article_words_a_run_took_along() -> None:
    article = "نیٹس میں مشق کے بیچ آسٹریلوی کپتان مائیکل کلارک ہیمسٹرنگ انجری سے دوچار ہوئے۔"
    assert _flags(article, "آسٹریلوی کپتان مائیکل کلارک ہیمسٹرنگ انجری کے باعث نہیں کھیل سکیں گے۔", "ur") == []
    assert [c for c, _ in _flags(article, "آسٹریلوی کپتان سٹیو سمتھ ہیمسٹرنگ انجری کے باعث نہیں کھیل سکیں گے۔", "ur")]


def test_a_title_word_is_not_part_of_the_name() -> None:
    spans = [s.text for s in english_name_spans("Former Supreme Court Bar Association president Ali Ahmad spoke.")]
    assert spans[0] == "Supreme Court Bar Association"


def test_an_english_name_written_out_with_of() -> None:
    article = "ثالثی کے معاملے میں وینزویلا کی نظریں یونین آف ساؤتھ امریکن نیشنز پر ہیں۔"
    assert _flags(article, "مدد کے لیے وینزویلا کو یونین آف ساؤتھ امریکن نیشنز پر بھروسا ہے۔", "ur") == []
    flags = _flags(article, "مدد کے لیے وینزویلا کو آرگنائزیشن آف امریکن سٹیٹس پر بھروسا ہے۔", "ur")
    assert ("آرگنائزیشن آف امریکن سٹیٹس", "error") in flags
    # one word respelt in the article's own name is a warning, not an error
    flags = _flags(article, "مدد کے لیے وینزویلا کو یونین آف ساؤتھ امریکن نیشن پر بھروسا ہے۔", "ur")
    assert all(sev == "warning" for _, sev in flags)


def test_a_given_name_with_another_surname_is_another_person() -> None:
    article = "کالونی کے رہائشی محبوب خان نے بتایا کہ بیٹا لاپتہ ہے۔ اداکار اجے دیوگن مصروف ترین شیڈول رکھتے ہیں۔"
    assert _flags(article, "رہائشی محبوب خان نے بتایا کہ ان کا بیٹا لاپتہ ہے۔", "ur") == []
    assert _flags(article, "محبوب نے بتایا کہ بیٹا لاپتہ ہے۔", "ur") == []
    assert [c for c, _ in _flags(article, "رہائشی محبوب علی نے بتایا کہ بیٹا لاپتہ ہے۔", "ur")] == ["محبوب علی"]
    # the superlative ترین is no surname: مصروف is no given name
    assert _flags(article, "اجے دیوگن مصروف شوٹنگ کے باوجود ورزش کرتے ہیں۔", "ur") == []


def test_another_given_name_before_the_right_surname() -> None:
    article = "دھماکے میں ساٹھ لوگ زخمی ہوئے جن میں قومی اسمبلی کے رکن رشید اکبر نوانی بھی ہیں۔"
    assert match_name("Rashid Akbar Nawani", article).score >= MATCH_THRESHOLD
    assert match_name("Saeed Akbar Nawani", article).score < MATCH_THRESHOLD
    # a name the two scripts split otherwise still matches as a whole
    assert match_name("Hilfenhaus", "بولر بین ہلفن ہاس نے وکٹ لی").score >= MATCH_THRESHOLD
    assert match_name("Amedy Coulibaly", "احمدے کولیبلی نے حملہ کیا").score >= MATCH_THRESHOLD
