"""Names across scripts: team-written sentences for the rules added in this session's work on
issue 8 (name slots, glued words, function-word homographs, Turkish readings, acronyms from
initials, letter-name suffixes, the home country). Each case fails without its rule."""

from __future__ import annotations

import pytest

from summarizer.names.matching import MATCH_THRESHOLD, match_name
from summarizer.validators import check_grounding


@pytest.mark.parametrize(
    ("english", "urdu"),
    [
        # a word that is also an ordinary word, used as a name after a title or class noun
        ("Danish", "برطانوی عدالت نے پاکستانی کرکٹر دانش کی اپیل مسترد کر دی۔"),
        ("Geo", "اراکین نے نجی ٹی وی چینل جیو کے ایک پروگرام پر اعتراض کیا۔"),
        ("Jurm", "زلزلے کا مرکز ڈسٹرکٹ جرم سے چالیس کلومیٹر دور تھا۔"),
        # an office run into the name, عبدال run into the name
        ("Hosni Mubarak", "عدالت نے معزول صدرحسنی مبارک کے دور کے وزیر کو سزا سنائی۔"),
        ("Haseem", "عبدالحسیم خان نے دو گول کیے۔"),
        # a name word spelt like a function word (کی), o written as alif (جان)
        ("John Key", "نیوزی لینڈ کے وزیراعظم جان کی نے ریفرنڈم کا اعلان کیا۔"),
        # Turkish c and final p; chh; ں; initial او; -language
        ("Recep Tayyip Erdogan", "ترک صدر رجب طیب اردوغان نے انقرہ میں نئے ہوائی اڈے کا افتتاح کیا۔"),
        ("Suruc", "دھماکہ سرحدی قصبے سوروچ میں ہوا۔"),
        ("Chhachhro", "طبی ٹیمیں چھاچھرو اور مٹھی پہنچ گئیں۔"),
        ("Nida Mian", "رئیل اسٹیٹ سے وابستہ ندا میاں نے کہا۔"),
        ("Uighurs", "سنکیانگ کے اویغور کسانوں نے کپاس کی فصل کاٹ لی۔"),
        ("Marathi-language", "اداکار نے ایک مراٹھی فلم میں کام کیا۔"),
        ("Chris Stevens", "انھوں نے کرس سٹیونز کو سفیر بنا کر بھیجا۔"),  # سٹی is not split off
        # an acronym written out word by word, a known organisation written out as it sounds
        ("ZTBL", "زرعی ترقیاتی بینک لمیٹڈ نے کسانوں کے لیے نئی قرض اسکیم شروع کی۔"),
        ("United Bank Limited", "میچ یونائیٹڈ بینک لمیٹڈ اور پورٹ قاسم کے درمیان ہوگا۔"),
        # organisations translated word by word, in Urdu order, partly by sound
        ("Meteorological Department", "محکمہ موسمیات نے بارش کی پیش گوئی کی۔"),
        ("National Action Plan", "قومی ایکشن پلان پر عمل درآمد جاری ہے۔"),
        ("UN Human Rights Council", "جنیوا میں اقوام متحدہ کی ہیومن رائٹس کونسل کا اجلاس ملتوی ہو گیا۔"),
        ("Pakistan-China Economic Corridor", "گوادر کی بندرگاہ کو پاکستان چین اقتصادی کوریڈور سے جوڑا جائے گا۔"),
        ("Court of Appeal", "برطانیہ کی کورٹ آف اپیل نے درخواست خارج کر دی۔"),
        # a party letter spelt as its letter name
        ("PML-Q", "وہ مسلم لیگ قاف کے ٹکٹ پر منتخب ہوئے۔"),
        # Pakistani agency copy: قومی is Pakistan's
        ("Pakistan", "کراچی۔ 3 مارچ (اے پی پی) قومی ہاکی ٹیم کا تربیتی کیمپ کل سے شروع ہوگا۔"),
    ],
)
def test_names_found_across_scripts(english: str, urdu: str) -> None:
    assert match_name(english, urdu).score >= MATCH_THRESHOLD


@pytest.mark.parametrize(
    ("english", "urdu"),
    [
        ("PML-Q", "وہ مسلم لیگ نون کے ٹکٹ پر منتخب ہوئے۔"),  # the letter tells the parties apart
        ("PML-N", "وہ مسلم لیگ قاف کے ٹکٹ پر منتخب ہوئے۔"),
        ("Danish", "یہ دانش مندانہ فیصلہ نہیں تھا اور دانش کی کمی تھی۔"),  # no name slot: wisdom
        ("Pakistan", "ڈھاکہ۔ 9 جون (اے پی پی) بنگلہ دیش میں شدید بارش سے سیلاب آ گیا۔"),  # credit, no قومی
        ("Pakistan", "بھارت کی قومی ٹیم روانہ ہوگئی۔"),  # قومی, no Pakistani credit
        ("PPP", "مظاہرین نے پولیس پر پتھراؤ کیا۔"),  # initials of ordinary prose
        ("PPP", "لاہور (اے پی پی) وزیر نے کہا۔"),  # پی پی inside the agency's letters
        ("Busan", "انہوں نے با آسانی میچ جیت لیا۔"),  # the consonants of بوسان over ordinary words
        ("Asian Development Bank", "اسلامی ترقیاتی بینک نے قرض دیا۔"),  # a translated name's other words
        ("Canadian Labour Congress", "کینیڈین فیڈریشن آف سٹوڈنٹس نے اعلان کیا۔"),
    ],
)
def test_names_not_found_where_absent(english: str, urdu: str) -> None:
    assert match_name(english, urdu).score < MATCH_THRESHOLD


def test_an_added_year_is_an_error_unless_the_source_states_it() -> None:
    source = "لاہور۔ 6 اگست (اے پی پی) وزیراعلیٰ نے کمیٹی بنائی۔"
    found = check_grounding(source, "The committee was formed on 6 August 2013.", "en")
    assert [f.claim.text for f in found if f.severity == "error"] == ["6 August 2013"]
    assert "adds a year" in found[0].message
    assert check_grounding(source, "The committee was formed on 6 August.", "en") == []
    assert check_grounding(source + " یہ 2013 کی بات ہے۔", "The committee was formed on 6 August 2013.", "en") == []
    urdu = check_grounding(source, "کمیٹی 6 اگست 2012ء کو بنی۔", "ur")
    assert [f.claim.text for f in urdu] == ["6 اگست 2012ء"]


def test_a_place_inside_an_organisation_name_must_be_in_the_source() -> None:
    source = "جیٹ ایئرویز کا طیارہ ممبئی میں اترا۔"
    assert [f.claim.text for f in check_grounding(source, "An Air Canada jet landed in Mumbai.", "en")] == ["Air Canada"]
    assert check_grounding("ایئر انڈیا کا طیارہ بھارت میں اترا۔", "An Air India jet landed.", "en") == []
    # a known airline is written its own way: India in the source is no evidence for it
    jet = check_grounding("جیٹ ایئرویز کا طیارہ بھارت میں اترا۔", "An Air India jet landed.", "en")
    assert [(f.claim.text, f.severity) for f in jet] == [("Air India", "error")]


@pytest.mark.parametrize(
    ("urdu", "english"),
    [
        ("شیخ محمد بن زاید النہیان", "Sheikh Mohamed bin Zayed Al Nahyan"),  # title; bin, not Ibn; Al
        ("رجب طیب اردوغان", "Recep Tayyip Erdogan"),  # an unlisted spelling of a known name
        ("مولانا طارق جمیل", "Maulana Tariq Jameel"),
    ],
)
def test_english_spelling_of_titles_particles_and_variants(urdu: str, english: str) -> None:
    from summarizer.names.romanize import english_spelling

    got = english_spelling(urdu).split()
    assert got[0] == english.split()[0]
    assert got[-1].lower().startswith(english.split()[-1][:3].lower())
    if " bin " in english:
        assert "bin" in got and "Al" in got


def test_an_english_count_is_not_grounded_by_a_day_of_the_month() -> None:
    source = "بن غازی میں 11 ستمبر کو حملہ ہوا۔ کانگریس سات دفعہ تحقیقات کر چکی ہے۔"
    found = check_grounding(source, "Congress has investigated eleven times.", "en")
    assert [f.claim.text for f in found] == ["eleven"]
    assert check_grounding(source, "Congress has investigated seven times since the attack on 11 September.", "en") == []


# Session 15: what the fresh blind set's misses showed (that set is development data now).


@pytest.mark.parametrize(
    ("english", "urdu"),
    [
        ("Gen Zia-ul-Haq", "جنرل ضیاء الحق نے مارشل لا نافذ کیا۔"),  # an abbreviated rank
        ("Captain (retd) Muhammad Safdar", "کیپٹن (ر) محمد صفدر نے کہا۔"),  # (retd) is no name
        ("Ch Nisar", "چوہدری نثار علی خان نے کہا۔"),  # a family title the desk abbreviates
        ("Ayub Khan", "فیلڈ مارشل ایوب خان کا دور۔"),  # Urdu writes no y in ایوب
        ("Abdul Malik Baloch", "ڈاکٹر عبدالمالک بلوچ نے کہا۔"),  # عبدال run into the name
        ("Dr Abdus Salam", "ڈاکٹر عبدالسلام کو نوبیل انعام ملا۔"),  # Abdus: the l assimilated
        ("Abdelmadjid Tebboune", "صدر عبدالمجید تبون نے کہا۔"),  # Abdel- run into the name
        ("Abdul Omar", "باکسر عبدل عمر نے اکرا میں ٹائٹل جیت لیا۔"),  # Abdul as spelt, not only عبدال
        ("Samoa", "انگلینڈ نے ساموا کو ہرا دیا۔"),  # a final وا is oa
        ("Cilic", "مارین چلچ نے فائنل جیتا۔"),  # Slavic c is ch
        ("West Bengal", "اورمغربی بنگالکی وزیراعلیٰ نے کہا۔"),  # words run together
        ("Paris", "ٹیم اول نمبر پر براجمانپیرس میں ہے۔"),  # a known place run into the word before
    ],
)
def test_titles_abdul_and_glued_words(english: str, urdu: str) -> None:
    assert match_name(english, urdu).score >= MATCH_THRESHOLD


@pytest.mark.parametrize(
    ("english", "urdu"),
    [
        ("Karachi", "مریضوں کو خوراکیں دی گئیں۔"),  # an inflected everyday word, not split
        ("Kabul", "یہ بات قابلِ ذکر ہے۔"),
        ("Sukkur", "انہوں نے سنچری سکور کی۔"),  # a frequent loanword is no unlisted spelling
        ("Abdul Haseem", "عبدالعلیم نے کہا۔"),  # Abdul alone does not carry another name
        ("Abhishek Bachchan", "وہ ابھی شک میں ہیں۔"),
    ],
)
def test_no_match_on_ordinary_or_other_words(english: str, urdu: str) -> None:
    assert match_name(english, urdu).score < MATCH_THRESHOLD


def test_unlisted_names_are_not_cut_into_frequent_words() -> None:
    from summarizer.names.matching import _segmented
    from summarizer.text.normalize import fold_token

    for name in ("ابھیشک", "پریانجن", "کوچرینا", "پالیکے", "مورانی"):
        assert _segmented(fold_token(name)) == (fold_token(name),)
    assert _segmented(fold_token("اورمغربی")) == (fold_token("اور"), fold_token("مغربی"))


def test_a_score_is_one_claim() -> None:
    source = "فائنل میں نڈال نے فیڈرر کو 6-3، 7-5 سے شکست دی۔ پاکستان نے میچ 3-1 سے جیتا۔"
    assert check_grounding(source, "Nadal beat Federer 6-3, 7-5; Pakistan won 3-1.", "en") == []
    assert check_grounding(source, "Pakistan won 1-3.", "en") == []  # either order: RTL display
    wrong = check_grounding(source, "Nadal beat Federer 6-3, 7-6.", "en")
    assert [f.claim.text for f in wrong] == ["7-6"]
    assert [f.claim.text for f in check_grounding(source, "نڈال نے 6-3، 7-6 سے کامیابی حاصل کی", "ur")] == ["7-6"]
    # an article that writes no pair cannot judge one: the numbers are checked one by one
    assert check_grounding("میچ میں 7 کھلاڑی اور 6 امپائر تھے۔", "7-6", "en") == []


def test_cricket_nouns_are_not_numbers() -> None:
    source = "انہوں نے نو چوکے اور ایک چھکا لگایا؛ وہ پانچویں ٹیسٹ سنچری سے نو رنز پیچھے آؤٹ ہو گئے۔"
    assert check_grounding(source, "His innings had one six and nine fours.", "en") == []
    assert check_grounding(source, "He missed a fifth Test hundred by nine runs.", "en") == []
    assert [f.claim.text for f in check_grounding(source, "He hit six fours.", "en")] == ["six"]  # a count of fours
    # without a century in the article, a hundred is a number like any other
    assert [f.claim.text for f in check_grounding("وہ 91 رنز بنا کر آؤٹ ہوئے۔", "He scored a hundred.", "en")] == ["a hundred"]


def test_hyphenated_names_and_short_forms_in_urdu_briefs() -> None:
    assert check_grounding("آج کے- الیکٹرک لمیٹڈ کے حصص کی خرید و فروخت سب سے زیادہ رہی۔", "کے الیکٹرک کے حصص کی خرید و فروخت ہوئی۔", "ur") == []
    source = "ایمنسٹی کا کہنا ہے کہ 2012 میں پھانسیاں دی گئیں۔"
    assert check_grounding(source, "ایمنسٹی انٹرنیشنل کے مطابق 2012 میں پھانسیاں دی گئیں۔", "ur") == []
    wrong = check_grounding("ہیومن رائٹس واچ کی رپورٹ بتاتی ہے کہ 2012 میں پھانسیاں دی گئیں۔", "ایمنسٹی انٹرنیشنل کے مطابق 2012 میں پھانسیاں دی گئیں۔", "ur")
    assert [f.claim.text for f in wrong] == ["ایمنسٹی انٹرنیشنل"]


@pytest.mark.parametrize(
    ("english", "urdu"),
    [
        ("Sher-e-Bangla National Stadium", "میچ شیر بنگلہ نیشنل سٹیڈیم میں کھیلا جائے گا۔"),  # ti as sh; izafat
        ("St Lucia", "اگلا میچ سینٹ لوشیا میں ہوگا۔"),  # St is Saint
        ("Houthi", "حوثی باغیوں نے شہر پر قبضہ کر لیا۔"),  # th as Arabic ث
        ("Jose Mourinho", "کوچ ہوزے مورینیو نے کہا۔"),  # Spanish j
        ("Angel Di Maria", "اینخل ڈی ماریا نے گول کیا۔"),  # Spanish g before e
        ("President's XI", "بورڈ پریذیڈنٹ الیون نے میچ جیتا۔"),  # XI is eleven
    ],
)
def test_readings_of_spelling_habits(english: str, urdu: str) -> None:
    assert match_name(english, urdu).score >= MATCH_THRESHOLD


def test_xi_the_name_is_not_eleven() -> None:
    assert match_name("Xi Jinping", "چینی صدر شی جن پنگ نے کہا۔").score >= MATCH_THRESHOLD
    assert match_name("Xi Jinping", "ٹیم کے الیون کھلاڑی میدان میں اترے۔").score < MATCH_THRESHOLD


def test_a_short_form_is_only_a_distinctive_first_word() -> None:
    # پیپلز begins several party names: the source's پیپلز is no evidence for پیپلز پارٹی
    wrong = check_grounding("پیپلز لائرز فورم نے احتجاج کیا۔", "پیپلز پارٹی نے احتجاج کیا۔", "ur")
    assert [f.claim.text for f in wrong] == ["پیپلز پارٹی"]


def test_ordinary_words_after_a_names_core_must_be_there_too() -> None:
    source = "کراچی سے عرب نیوز نے لکھا کہ پاکستان کرکٹ بورڈ کا اجلاس ہوا۔"
    assert [f.claim.text for f in check_grounding(source, "The Karachi Chronicle reported it.", "en")] == ["Karachi Chronicle"]
    assert check_grounding(source, "The Pakistan Cricket Board met, Arab News reported.", "en") == []
    # words before the core are a desk's descriptions, not the name
    assert check_grounding(source, "Former Pakistan captain spoke.", "en") == []


def test_a_capital_for_its_government_is_no_error() -> None:
    # the capital as the actor stands for the government the article names; as a place the
    # article does not name, it is a warning
    for brief in ("Washington suspended aid to Egypt.", "Since Washington suspended aid, Egypt has waited.",
                  "Washington's decision hurt Egypt."):
        assert check_grounding("امریکہ نے مصر کی امداد روک دی۔", brief, "en") == [], brief
    found = check_grounding("امریکہ نے مصر کی امداد روک دی۔", "The decision on Egypt was taken in Washington.", "en")
    assert [(f.severity, f.claim.text) for f in found] == [("warning", "Washington")]
    assert "United States" in found[0].message
    # without the country in the article the capital is an unsupported name
    found = check_grounding("مصر کی امداد روک دی گئی۔", "Washington suspended aid to Egypt.", "en")
    assert [(f.severity, f.claim.text) for f in found] == [("error", "Washington")]
    # a city that is no capital gets no such reading
    assert [f.severity for f in check_grounding("امریکہ نے کہا۔", "The talks were held in New York.", "en")] == ["error"]


@pytest.mark.parametrize(
    ("english", "urdu"),
    [
        ("French", "فرانس کے صدر نے کہا۔"),  # a demonym no stem rule reaches: countryinfo's
        ("Dutch", "ہالینڈ کی حکومت نے کہا۔"),
        ("Indian", "انڈین کرکٹ لیگ نے کہا۔"),  # the demonym written as the English word sounds
        ("Rahat Indori", "شاعر راحت اندوری کو کمرہ خالی کرنے کو کہا گیا۔"),  # اندوری is not ان + دوری
        ("Mominul Haque", "نئی گیند کے سامنے مومن الحق نے ذمہ داری سے کھیلا۔"),  # -ul as the article
        ("Recep Tayyip Erdogan", "صدر رجب طیب اردوگان نے کہا۔"),  # Turkish c before e is j
        ("DIG Abdul Majeed", "جائے وقوعہ پر پولیس کے ڈپٹی انسپکٹر جنرل عبدالمجید پہنچے۔"),  # DIG is a role
        ("Sunni", "سنی عرب اور کرد رہنماؤں نے کہا۔"),
        ("Eid", "اس سال عید پر شہر کے بازاروں میں خوب رش رہا۔"),
    ],
)
def test_names_found_across_scripts_since_set4(english: str, urdu: str) -> None:
    assert match_name(english, urdu).score >= MATCH_THRESHOLD


@pytest.mark.parametrize(
    ("english", "urdu"),
    [
        ("French", "جرمنی کے صدر نے کہا۔"),
        ("Indian", "دوسری جانب انڈونیشیا نے کہا۔"),
        ("Paul Haque", "اس کے بعد انعام الحق نے بیٹنگ کی۔"),
        ("Eid", "رمضان کا مہینہ شروع ہو گیا۔"),
    ],
)
def test_names_not_found_across_scripts(english: str, urdu: str) -> None:
    assert match_name(english, urdu).score < MATCH_THRESHOLD


def test_a_quoted_title_may_be_made_of_everyday_words() -> None:
    source = "انھیں ’چوری میرا کام‘ کے لیے ایوارڈ ملا اور وہ ’دل‘ میں بھی تھے۔"
    assert match_name("Chori Mera Kaam", source).score >= MATCH_THRESHOLD
    assert match_name("Dil", source).score >= MATCH_THRESHOLD
    # the same everyday word outside quotation marks is no evidence for a name
    assert match_name("Dil", "انھوں نے دل سے کام کیا۔").score < MATCH_THRESHOLD


def test_a_persons_name_in_pieces() -> None:
    def severities(source: str, brief: str) -> list[tuple[str, str]]:
        return [(f.severity, f.claim.text) for f in check_grounding(source, brief, "en") if f.kind == "name"]

    # side by side in another order: supported
    assert severities("دلشان تلکارتنے نے سلپ میں ایک مشکل کیچ پکڑا۔", "Tillakaratne Dilshan took a catch.") == []
    # distinctive words, apart: a warning
    apart = "سٹیون نے 68 رنز بنائے۔ کلارک کے بعد سمتھ آؤٹ ہوئے۔"
    assert severities(apart, "Steven Smith made 68.") == [("warning", "Steven Smith")]
    # a distinctive surname after a title, the given name left out: a warning
    assert severities("امریکی سفیر ہوگلینڈ نے کہا۔", "The envoy Vikram Hoagland said so.") == [("warning", "Vikram Hoagland")]
    # the surname after another given name: another person, an error
    assert severities("مسلم لیگ کے صدر شہباز شریف نے کہا۔", "Nawaz Sharif spoke.") == [("error", "Nawaz Sharif")]
    # an everyday name part is no evidence: خان is in many names
    assert severities("اداکار شاہ رخ خان نے کہا۔", "Salman Khan spoke.") == [("error", "Salman Khan")]
    assert severities("ڈاکٹر عافیہ کو سزا ہوئی۔ والدہ عصمت صدیقی نے اپیل کی۔", "Aafia Siddiqui was sentenced.") == [
        ("error", "Aafia Siddiqui")]


def test_scale_misprints_and_ranges_with_ya() -> None:
    from summarizer.numbers.quantities import extract_quantities

    assert [q.value for q in extract_quantities("عدالت نے کمپنی کو دو کڑوڑ روپے ادا کرنے کا حکم دیا۔", "ur")] == [20_000_000]
    assert [q.value for q in extract_quantities("حکومت 25 یا 30 ہزار روپے ماہانہ دے۔", "ur")] == [25_000, 30_000]


def test_a_demonym_that_begins_an_organisations_name_stays_with_it() -> None:
    from summarizer.names.english_spans import english_name_spans

    assert [s.text for s in english_name_spans("The Indian Cricket Council banned him.")] == ["Indian Cricket Council"]
    # a demonym before a role or a plain name is still its own claim
    assert [s.text for s in english_name_spans("Russian Foreign Minister Sergei Lavrov came.")] == ["Russian", "Sergei Lavrov"]
    source = "دوسری جانب انڈین کرکٹ لیگ نے اپیل کا فیصلہ کیا۔"
    assert check_grounding(source, "The Indian Cricket League will appeal.", "en") == []
    assert [f.claim.text for f in check_grounding(source, "The Indian Cricket Council will appeal.", "en")] == ["Indian Cricket Council"]


def test_a_trade_run_into_the_name_after_it() -> None:
    source = "یہ دستاویزی فلم ریڈیو کی ایک پروڈیوسرجل شنیڈر نے بنائی ہے۔"
    assert match_name("Jill Schneider", source).score >= MATCH_THRESHOLD
    assert match_name("Jill Smith", source).score < MATCH_THRESHOLD


def test_initials_spelt_as_letter_names_before_the_name() -> None:
    source = "سائنس میلے میں اے پی جے عبدالکلام کی تصویر آویزاں کی گئی۔"
    hit = match_name("APJ Abdul Kalam", source)
    assert hit.score >= MATCH_THRESHOLD and hit.span is not None and hit.span.text.startswith("اے پی جے")
    assert match_name("APJ Abdul Kalam", "سائنس میلے میں عبدالقدیر کی تصویر آویزاں کی گئی۔").score < MATCH_THRESHOLD


def test_an_acronym_said_as_a_word() -> None:
    assert match_name("ISAF", "ایساف کے فوجیوں نے گشت کیا۔").score >= MATCH_THRESHOLD
    # letters said one by one are never read as a word
    assert match_name("GHQ", "گھوق نے کہا۔").score < MATCH_THRESHOLD


def test_the_spelling_lists_urdu_forms_serve_matching_too() -> None:
    # غرب اردن is a West Bank spelling known to the English-spelling list (known_names.tsv)
    assert match_name("West Bank", "غرب اردن میں زیتون کی فصل اس سال کم ہوئی۔").score >= MATCH_THRESHOLD
    assert match_name("West Bank", "مغربی بنگال میں دھان کی فصل اس سال کم ہوئی۔").score < MATCH_THRESHOLD


def test_translated_political_names() -> None:
    assert match_name("Charter of Democracy", "پیپلز پارٹی نے میثاق جمہوریت پر دستخط کیے۔").score >= MATCH_THRESHOLD
    source = "قومی مفاہمتی آرڈیننس سے فائدہ اٹھانے والوں کی فہرست عدالت میں پیش کی گئی۔"
    assert match_name("National Reconciliation Ordinance", source).score >= MATCH_THRESHOLD
    assert match_name("National Security Ordinance", source).score < MATCH_THRESHOLD


def test_a_known_person_is_spelt_with_the_words_the_urdu_writes() -> None:
    from summarizer.names.romanize import english_spelling

    assert english_spelling("ناصر جنجوعہ") == "Nasser Janjua"  # the list's ناصر خان جنجوعہ without Khan
    assert english_spelling("ناصر خان جنجوعہ") == "Nasser Khan Janjua"
    assert english_spelling("بشیر بلور") == "Bashir Bilour"


def test_kot_opening_a_place_is_a_word_of_its_own() -> None:
    from summarizer.names.romanize import english_spelling

    assert english_spelling("کوٹ بگٹی") == "Kot Bugti"  # not the loan word coat
    assert english_spelling("سیالکوٹ") == "Sialkot"


def test_a_known_place_with_a_hyphened_suffix_is_still_that_place() -> None:
    source = "کمپنی اپنی سروس لاہور میں شروع کر رہی ہے، دبئی میں ترجمان نے بتایا۔"
    assert check_grounding(source, "A Dubai-based spokeswoman spoke.", "en") == []
    found = check_grounding(source, "An Abu Dhabi-based spokeswoman spoke.", "en")
    assert [(f.severity, f.claim.text) for f in found] == [("error", "Abu Dhabi-based")]


def test_an_everyday_acronym_before_a_channels_letters_is_no_part_of_them() -> None:
    # ٹی وی این بی سی is the TV channel NBC; اے پی پی is no PPP
    assert match_name("NBC", "امریکی ٹی وی این بی سی سے گفتگو میں کہا گیا").score >= MATCH_THRESHOLD
    assert match_name("PPP", "اے پی پی کے مطابق اجلاس ہوا").score < MATCH_THRESHOLD


def test_a_football_club_or_business_group_label_need_not_be_written() -> None:
    assert match_name("Liverpool FC", "لیورپول نے فائنل جیت لیا۔").score >= MATCH_THRESHOLD
    assert match_name("FC Barcelona", "بارسلونا نے فائنل جیت لیا۔").score >= MATCH_THRESHOLD
    assert match_name("Midea Group", "مائیڈیا نے روبوٹ بنانے والی کمپنی خرید لی۔").score >= MATCH_THRESHOLD
    assert match_name("Chelsea FC", "لیورپول نے فائنل جیت لیا۔").score < MATCH_THRESHOLD


def test_an_ain_opens_a_name_with_any_short_vowel() -> None:
    # عمر is Umar as much as Omar; عمیر Umair, عبید Ubaid
    assert match_name("Umar", "ترجمان عمر نے بیان دیا۔").score >= MATCH_THRESHOLD
    assert match_name("Maulvi Umar", "ترجمان مولوی عمر نے بیان دیا۔").score >= MATCH_THRESHOLD
    assert match_name("Ubaid", "کپتان عبید نے بیان دیا۔").score >= MATCH_THRESHOLD
    # an alif does not: امر (a matter) is no Umar
    assert match_name("Umar", "اس امر کا فیصلہ کل ہو گا۔").score < MATCH_THRESHOLD


def test_a_given_name_opening_with_a_vowel_is_not_heard_in_a_consonant() -> None:
    # Awais Leghari is not کھوسہ لغاری run together: a vowel opens with ا، ع، ح ... not ک
    text = "ضلعی انتخابات میں کھوسہ لغاری اتحاد نے بائیس نشستیں جیتیں۔"
    assert match_name("Awais Leghari", text).score < MATCH_THRESHOLD
    assert match_name("Amedy Coulibaly", "پولیس نے احمدے کولیبلی کی شناخت کر لی۔").score >= MATCH_THRESHOLD


def test_a_known_place_whose_final_a_is_written_with_he_is_that_place() -> None:
    # the table lists نینوا; writers also end it with ہ
    assert match_name("Nineveh", "فوجی دستے نینوہ سے واپس بلائے جا رہے ہیں۔").score >= MATCH_THRESHOLD


def test_a_place_word_after_a_near_spelling_makes_it_the_place() -> None:
    # the table lists یورال; اورال کے علاقے is the same region
    assert match_name("Urals", "باقیات اورال کے علاقے سے ملی تھیں۔").score >= MATCH_THRESHOLD
    assert match_name("Karachi", "مریض کو خوراکیں دی گئیں۔").score < MATCH_THRESHOLD


def test_everyday_words_heading_a_groups_name_are_a_name() -> None:
    text = "ضلعی ناظم کے مقابلے میں صادق دوست گروپ بنایا گیا۔"
    assert match_name("Sadiq Dost", text).score >= MATCH_THRESHOLD
    assert match_name("Sadiq Dost", "وہ ایک صادق دوست ہیں۔").score < MATCH_THRESHOLD


def test_a_name_after_daughters_is_a_name_though_an_everyday_word() -> None:
    assert match_name("Khushi", "اداکارہ نے اپنی بیٹیاں خوشی اور جھانوی ساتھ رکھیں۔").score >= MATCH_THRESHOLD


def test_a_place_word_after_a_word_makes_no_organisation_of_it() -> None:
    # a news agency is no town: Xinhua is not کنشان (Kunshan) because شہر follows it
    assert match_name("Xinhua", "کنشان شہر کے ایک کارخانے میں دھماکہ ہوا۔").score < MATCH_THRESHOLD


def test_a_bodys_name_with_of_is_not_split_into_two_names() -> None:
    # "Organisation" heard in ایرنستو and "American States" in امریکن نیشنز is no Organisation of American States
    text = "سیکرٹری جنرل ایرنستو سیمپر نے امریکن نیشنز کی تنظیم کا اجلاس بلایا۔"
    assert match_name("Organisation of American States", text).score < MATCH_THRESHOLD
    assert match_name("Rohan Bopanna of India", "بھارت کے روہن بوپنا نے میچ جیت لیا۔").score >= MATCH_THRESHOLD


def test_a_name_is_found_though_an_everyday_word_with_its_consonants_comes_first() -> None:
    # موجود (present) has Amjad's consonants too; the name امجد later in the text is the match
    text = "یہ ریکارڈ آج بھی موجود ہے کہ یہ پروگرام دو دوستوں امجد اور باسط نے لکھا تھا۔"
    assert match_name("Amjad", text).score >= MATCH_THRESHOLD


def test_a_short_known_place_whose_final_a_is_written_otherwise_is_that_place() -> None:
    # an article writes رقا, a brief the listed رقہ (Raqqa)
    article = "شام کے شمالی شہر رقا میں کئی روز سے جھڑپیں ہو رہی ہیں۔"
    assert [f.claim.text for f in check_grounding(article, "رقہ میں جھڑپیں جاری ہیں۔", "ur") if f.kind.value == "name"] == []
    assert match_name("Raqqa", article).score >= MATCH_THRESHOLD


def test_a_chemical_formula_is_no_name() -> None:
    src = "سمندروں کا درجہ حرارت بڑھ رہا ہے۔"
    findings = check_grounding(src, "CO2 from burning fuel is changing the oceans, and SO2 too.", "en")
    assert [f.claim.text for f in findings if f.kind.value == "name"] == []
    # a flight code is a claim (more than one digit)
    assert "PK" in [f.claim.text for f in check_grounding(src, "Flight PK303 landed.", "en")]


def test_an_acronym_run_into_a_word_is_matched_apart() -> None:
    """ESPNcricinfo, as the brand writes itself, is ای ایس پی این کرک انفو."""
    src = "ای ایس پی این کرک انفو نے سال کی بہترین ٹیم کا اعلان کیا۔"
    assert match_name("ESPNcricinfo", src).score >= MATCH_THRESHOLD
    assert match_name("ESPNstar", src).score < MATCH_THRESHOLD


def test_the_leader_in_a_led_compound_is_its_own_claim() -> None:
    """`NATO-led International Security Force`: NATO and the force are two names; a brief that
    makes it UN-led names the UN, which the article does not."""
    src = "ہالینڈ کے دستے نیٹو کی زیر قیادت انٹرنیشنل سیکیورٹی فورس میں شامل ہو گئے۔"
    brief = "Dutch troops have joined the NATO-led International Security Force."
    assert check_grounding(src, brief, "en") == []
    wrong = [(f.severity, f.claim.text) for f in check_grounding(src, brief.replace("NATO", "UN"), "en")]
    assert wrong == [("error", "UN-led")]
