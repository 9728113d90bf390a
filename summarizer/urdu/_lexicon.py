"""Hand-written Urdu and English word lists for telling names from ordinary words.

Urdu has no capital letters, so name finding leans on what a name is not: function words,
auxiliaries, and the common nouns news text puts before نے/کو/کی. Lists are folded once.
"""

from __future__ import annotations

from summarizer.urdu.normalize import fold_token


def _words(block: str) -> list[str]:
    """Words of a white-space separated block (lists read better as text than as literals)."""
    return block.split()


__all__ = [
    "ADMIN_HEADS",
    "COMPASS",
    "ENGLISH_COMMON",
    "GENERIC_QUALIFIERS",
    "INSTITUTION_HEADS",
    "INSTITUTION_TAILS",
    "NAME_PARTS",
    "NAME_STOP_AFTER_ROLE",
    "ORG_HEADS",
    "PARTICLES",
    "PLACE_HEADS",
    "PLACE_SUFFIXES",
    "PLACE_SUFFIX_EXCEPTIONS",
    "URDU_COMMON",
    "URDU_FUNCTION",
]

_URDU_FUNCTION = _words("""
کا کی کے کو نے سے میں پر تک بھی ہی تو اور یا کہ جو جس جن جنہوں جنھوں جب تب اگر مگر لیکن بلکہ
چونکہ کیونکہ اس ان یہ وہ یہی وہی ایسا ایسی ایسے جیسا جیسی جیسے کیسا کیسے کیا کیوں کون کس کن
کب کہاں جہاں یہاں وہاں ادھر ادھر اب پھر ابھی کبھی سب کچھ کوئی کئی ہر دونوں تمام بعض دیگر دوسرے
دوسری دوسرا ایک دو تین چار پانچ چھ سات آٹھ نو دس سو ہزار لاکھ کروڑ ارب پہلے پہلی پہلا بعد
ہے ہیں تھا تھی تھے تھیں ہو ہوا ہوئی ہوئے ہوتا ہوتی ہوتے ہونے ہوں گا گی گے رہا رہی رہے رہیں
کر کرنا کرنے کرتا کرتی کرتے کرکے کیا کی کیے کئے گیا گئی گئے جا جاتا جاتی جاتے جانا جانے سکتا
سکتی سکتے سکے چکا چکی چکے دیا دی دیے دیں دینے دیتا دیتے لیا لی لیے لئے لینے والا والی والے
نہیں نہ مت بہت زیادہ کم صرف اپنے اپنی اپنا آپ ہم میں تم انہوں انھوں انہیں انھیں اسے انہی
ان کے خلاف مطابق ساتھ درمیان بارے حوالے ذریعے دوران علاوہ طرف طرح جانب بجائے باوجود سمیت
بغیر پاس قریب اندر باہر اوپر نیچے آگے پیچھے سامنے لئے واسطے وجہ بنا تحت بابت بناء
کہا کہنا کہنے کہتے کہتا کہتی بتایا بتائے بتاتے کیساتھ کیخلاف کیلئے کیلیے سمیت یعنی نیز البتہ
جلد جلدی جبکہ حالانکہ تاکہ چنانچہ لہذا ورنہ بھر ذرا جی ہاں نیز گویا شاید ضرور یقینا
آج کل کل پرسوں روز دن رات سال ماہ ہفتے مہینے وقت گھنٹے منٹ صبح شام سنہ
""")

_URDU_NOUNS = _words("""
حکومت حکومتی پولیس فوج فوجی عدالت وزارت کمیٹی اجلاس ملاقات بیان اعلان دورہ دورے وفد عوام
لوگ لوگوں افراد شخص شہری شہریوں ملک ملکوں ممالک شہر صوبہ صوبے ضلع علاقہ علاقے علاقوں جماعت
جماعتوں پارٹی ادارہ ادارے اداروں تنظیم تنظیموں رپورٹ خبر خبروں اخبار ٹیلیویژن میڈیا ذرائع
سیاسی عسکری قیادت رہنماؤں رہنما سربراہ حکام اہلکار اہلکاروں افسر افسران عملہ کارکن کارکنوں
مظاہرین طلبا بچوں بچے خواتین مرد عورت عورتوں نوجوان ماہرین تجزیہ نگار صحافی صحافیوں
تعلقات تعاون معاہدہ معاہدے مذاکرات بات چیت امن جنگ حملہ حملے حملوں دھماکہ دھماکے ہلاک زخمی
مسئلہ مسائل معاملہ معاملات فیصلہ فیصلے قانون آئین انتخابات الیکشن ووٹ نتائج منصوبہ منصوبے
کام ترقی معیشت تجارت سرمایہ کاری قرض بجٹ قیمت قیمتیں رقم روپے ڈالر فیصد تعداد حصہ حصے
دنیا عالمی بین الاقوامی قومی مقامی صوبائی وفاقی سرکاری نجی عام خاص اہم بڑا بڑی بڑے نیا نئی نئے
پرانا پرانی پرانے مختلف متعدد کچھ اکثر زیادہ کم بہتر بہترین صورتحال حالات مقصد مقاصد کوشش
کوششیں اقدامات اقدام ضرورت اہمیت فروغ حل حملہ آور شدت پسند شدت پسندوں دہشت گرد دہشت گردی
گرد گردوں کمیشن انتظامیہ سیکورٹی سکیورٹی فورسز دستے اسمبلی ایوان پارلیمان کابینہ عدلیہ
عہدیدار عہدیداروں رکن ارکان اراکین اپوزیشن جماعتیں شعبے شعبہ سکول اسکول ہسپتال یونیورسٹی
سٹاف رپورٹر مانیٹرنگ ڈیسک نیوز ایجنسیاں ایجنسی نمائندہ نمائندے خصوصی اطلاعات مزید تفصیلات
واقعہ واقعے واقعات کارروائی کارروائیاں آپریشن تحقیقات مقدمہ مقدمے سزا جیل گرفتار گرفتاری
وزیر وزرا وزراء صدارت سربراہی ترجمانی دفتر خارجہ داخلہ دفاع خزانہ اعلامیہ اعلامیے مشترکہ
انہوں اس نے اسی انہی ایسا لہٰذا یہاں ویکسین کورونا وائرس وبا مریض مریضوں امداد سیلاب زلزلہ
آف انچیف سنیچر سینچر ہفتہ اتوار پیر منگل بدھ جمعرات جمعہ
""")

URDU_FUNCTION: frozenset[str] = frozenset(fold_token(w) for w in _URDU_FUNCTION)
"""Folded function words, auxiliaries and time words: never part of a name."""
URDU_COMMON: frozenset[str] = URDU_FUNCTION | frozenset(fold_token(w) for w in _URDU_NOUNS)
"""Folded words that are (almost) never a name or part of one."""

PARTICLES: frozenset[str] = frozenset(fold_token(w) for w in _words("نے"))
"""Postpositions after which a preceding run of name-like words is a candidate. Only the
ergative نے: on UNER the words before it are a tagged name 88% of the time, before کے/کی/میں
under 40%."""

NAME_STOP_AFTER_ROLE: frozenset[str] = frozenset(
    fold_token(w) for w in _words("ہاؤس ہاوس آفس سیکرٹریٹ مملکت بننے بنے بنی منتخب اعظم اعلی انچیف ان چیف آف")
)
"""Words that follow a role word without being a name (وزیراعظم ہاؤس, صدر مملکت)."""

ORG_HEADS: frozenset[str] = frozenset(
    fold_token(w)
    for w in _words("""پارٹی لیگ تنظیم کمیشن بینک یونیورسٹی کونسل فاؤنڈیشن ایسوسی ایشن فورم اتحاد محاذ
    تحریک کمپنی کارپوریشن اتھارٹی بورڈ ایجنسی ٹرسٹ سوسائٹی انسٹی ٹیوٹ اکیڈمی ایئرلائنز""")
)
"""Last words of organisation names (مسلم لیگ، شنگھائی تعاون تنظیم)."""

ENGLISH_COMMON: frozenset[str] = frozenset(
    _words("""a an the and or but if then so yet for nor of in on at to from by with without into onto
    over under after before during since until about against among between through across as is
    are was were be been being has have had do does did will would shall should can could may
    might must not no yes he she it they we you i me him her them us our their his its my your
    this that these those there here where when while what which who whom whose why how all any
    both each every few many more most much other some such only own same than too very also just
    even still again already now today yesterday tomorrow later earlier meanwhile however
    according said says say told tells added asked called urged agreed met meets visited visits
    stressed noted expressed discussed reiterated emphasised emphasized highlighted welcomed
    praised condemned warned announced signed held talks meeting visit minister ministers
    government officials official statement report reports sources news agency agencies
    new old first second third last next one two three four five six seven eight nine ten
    hundred thousand million billion percent per cent dr mr mrs ms sir
    breaking update updated exclusive live video photo editorial opinion analysis
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday
    covid coronavirus vaccine vaccines""")
)
"""Lower-case English words that do not make a capitalised word a name (sentence starts, headlines)."""

NAME_PARTS: frozenset[str] = frozenset(
    fold_token(w)
    for w in _words("""
    محمد احمد علی حسن حسین عمر عثمان ابوبکر عمران نواز شریف شہباز زرداری بھٹو بینظیر بلاول آصف
    خان شاہ شیخ چوہدری چودھری ملک رانا راجہ میاں سید مرزا قریشی صدیقی فاروقی جعفری رضوی نقوی
    بخاری گیلانی ہاشمی عباسی انصاری بٹ اعوان جتوئی مزاری لغاری کھوسہ جمالی رئیسانی بگٹی مینگل
    اچکزئی آفریدی یوسفزئی خٹک مروت وزیر محسود داوڑ شیرپاؤ ترین نیازی اختر اسلم اشرف اقبال انور
    ایاز بابر بشیر پرویز تنویر جاوید جمیل حامد حمید حنیف خالد خورشید راشد رحمان رحمن رشید رضا رفیق
    زاہد زبیر ساجد سعید سلمان سلیم سہیل شاہد شفیق شوکت شکیل صدیق صلاح طارق طاہر ظفر عادل عارف
    عاصم عاطف عامر عباس عبداللہ عبدالرحمان عرفان عزیز عماد غلام فاروق فرحان فضل فیصل قادر قاسم
    کاشف کامران کریم لطیف ماجد مجید محمود مختار مشرف مصطفی منصور منیر مولوی ناصر نثار نعیم نوید
    وسیم وقار ولید یاسر یوسف یونس اسحاق اسد اسامہ الطاف امجد امین انعام بلال پرویز ثاقب جہانگیر
    حافظ حمزہ خرم دانش ذوالفقار رؤف ریاض سرفراز شعیب شہزاد شیراز صفدر ضیا ظہیر عبدالقادر عمار
    فخر فواد مبشر مظہر معین نادر نصیر نجیب ہارون یحیی فاطمہ عائشہ مریم زینب خدیجہ عاصمہ شیریں
    نرگس رخسانہ شمیم ثمینہ نسرین پروین سلمی صائمہ فریال حنا ملالہ سونیا راہول نریندر مودی
    من موہن سنگھ کمار راج رام لال پرساد گاندھی شرما ورما یادو پٹیل سنگھ داس بوس رائے
    جان جیمز جارج ڈیوڈ مائیکل پیٹر پال رابرٹ ولیم تھامس رچرڈ جوزف چارلس اینڈریو مارک
    اسٹیو اسٹیون سٹیو کرس کرسٹوفر ٹونی باراک اوباما ڈونلڈ ٹرمپ جو بائیڈن ہلیری کلنٹن جارج بش
    ولادیمیر پوتن پیوٹن سرگئی شی جن پنگ اردوغان اشرف غنی حامد کرزئی
    """)
)
"""Folded given names and surnames common in Pakistani news: a word that is one of these
and is not in the source is very likely a swapped-in person name (used with `source=`)."""

PLACE_HEADS: frozenset[str] = frozenset(
    fold_token(w)
    for w in _words("""آباد پور ٹاؤن سٹریٹ اسٹریٹ روڈ کالونی چوک گاؤں قصبہ تحصیل ضلع ہاؤس آفس سکول اسکول
    کالج یونیورسٹی ہسپتال اسپتال ایئرپورٹ پارک سٹیڈیم اسٹیڈیم انٹرنیشنل پارلیمنٹ گروپ کلب""")
)
"""Words that end names of places and institutions (ہزارہ ٹاؤن، پاسپورٹ آفس, الہ آباد یونیورسٹی)."""

PLACE_SUFFIXES: tuple[str, ...] = tuple(fold_token(w) for w in _words("پور آباد گڑھ کوٹ نگر ستان"))
"""Endings of South Asian place names, run together (میرپور، سیالکوٹ) or spaced (مظفر گڑھ)."""

PLACE_SUFFIX_EXCEPTIONS: frozenset[str] = frozenset(
    fold_token(w) for w in _words("بھرپور قبرستان قبرستانوں ریگستان نخلستان دبستان آباد نگر ستان")
)
"""Ordinary words with a place ending (بھرپور "full", قبرستان "graveyard")."""

ADMIN_HEADS: frozenset[str] = frozenset(
    fold_token(w) for w in _words("تحصیل ضلع ضلعے گاؤں قصبہ قصبے صوبہ صوبے ریاست شہر علاقہ علاقے")
)
"""Words before a place name (تحصیل X، ضلع X): a new word after one is a place."""

INSTITUTION_HEADS: frozenset[str] = frozenset(
    fold_token(w) for w in _words("وزارت وزارتِ مسجد مزار تھانہ درگاہ جامعہ")
)
"""Words that begin institution and landmark names (وزارت X، مسجد X، تھانہ X): the whole
phrase, not each word, is the name, so it must be in the source as a whole."""

INSTITUTION_TAILS: frozenset[str] = frozenset(
    fold_token(w)
    for w in _words("""ہاؤس ہاوس آفس سکول اسکول کالج یونیورسٹی ہسپتال اسپتال ایئرپورٹ ائیرپورٹ انٹرنیشنل
    نیوز لیگ پارٹی پارلیمنٹ کلب سٹیڈیم اسٹیڈیم ٹاؤن کالونی روڈ چوک بینک کونسل فاؤنڈیشن اکیڈمی
    کارپوریشن اتھارٹی ٹرسٹ سوسائٹی گروپ چینل""")
)
"""Words that end institution names (پارلیمنٹ ہاؤس، پاسپورٹ آفس، جناح انٹرنیشنل): the
phrase they end is a name, and must be in the source as a whole."""

_COMPASS_GROUPS = (
    "شمالی شمال نارتھ",
    "جنوبی جنوب ساؤتھ ساوتھ",
    "مشرقی مشرق ایسٹ",
    "مغربی مغرب ویسٹ",
    "وسطی سینٹرل",
)
COMPASS: dict[str, int] = {fold_token(w): k for k, g in enumerate(_COMPASS_GROUPS) for w in _words(g)}
"""Compass words, Urdu and transliterated English, that make a new place of the place
after them (شمالی امریکہ، ویسٹ انڈیز) → their direction (جنوبی and ساؤتھ are one)."""

GENERIC_QUALIFIERS: frozenset[str] = frozenset(
    fold_token(w)
    for w in _words("""مرکزی قریبی سول سِول باکس ون ڈے ٹوئنٹی ٹیسٹ فرسٹ کلاس نجی سرکاری مقامی قومی
    صوبائی وفاقی عالمی بڑے بڑی چھوٹے پرانے نئے سابق""")
)
"""Qualifiers before an institution word that describe rather than name (قریبی ہسپتال،
سول سوسائٹی، ون ڈے انٹرنیشنل)."""
