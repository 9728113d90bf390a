"""A body or place a brief qualifies by its place. The qualifier may stand elsewhere in the
article (Sindh High Court where it names Sindh and ہائی کورٹ apart), but not where the article
heads the same words with another place (سندھ نیٹ بال ایسوسی ایشن is not the Punjab Netball
Association) or with a longer name (پاکستان اسلامک میڈیکل ایسوسی ایشن is not the Pakistan
Medical Association). Urdu here is the team's own."""

from summarizer.names.matching import MATCH_THRESHOLD, match_name
from summarizer.validators import check_grounding

SPORT = "سندھ نیٹ بال ایسوسی ایشن کے صدر نے کہا کہ پنجاب کی ٹیم بھی کراچی آئے گی۔"
DOCTORS = "پاکستان اسلامک میڈیکل ایسوسی ایشن نے ہڑتال کا اعلان کیا۔"
COURT = "سندھ ہائی کورٹ نے درخواست مسترد کر دی جبکہ بلوچستان میں وکلا نے احتجاج کیا۔"


def test_a_body_of_another_place_is_not_found() -> None:
    assert match_name("Sindh Netball Association", SPORT).score >= MATCH_THRESHOLD
    assert match_name("Punjab Netball Association", SPORT).score < MATCH_THRESHOLD
    assert match_name("Sindh High Court", COURT).score >= MATCH_THRESHOLD
    assert match_name("Balochistan High Court", COURT).score < MATCH_THRESHOLD


def test_a_longer_name_in_the_source_is_another_body() -> None:
    assert match_name("Pakistan Islamic Medical Association", DOCTORS).score >= MATCH_THRESHOLD
    assert match_name("Pakistan Medical Association", DOCTORS).score < MATCH_THRESHOLD
    found = check_grounding(DOCTORS, "The Pakistan Medical Association announced a strike.", "en")
    assert [(f.severity, f.claim.text) for f in found] == [("error", "Pakistan Medical Association")]


def test_the_same_place_before_the_words_is_the_same_body() -> None:
    assert match_name("Indian National Congress", "انڈین نیشنل کانگریس نے انتخابات میں حصہ لیا۔").score >= MATCH_THRESHOLD
    # a country's force holds its provinces' (پاکستان رینجرز for the Punjab Rangers)
    assert match_name("Punjab Rangers", "پاکستان رینجرز نے انھیں پنجاب کی سرحد پر روکا۔").score >= MATCH_THRESHOLD
    assert match_name("US Secret Service", "امریکی خفیہ سروس نے کہا کہ تحقیقات جاری ہیں۔").score >= MATCH_THRESHOLD
    assert match_name("Pakistan Tehreek-e-Insaf", "پاکستان تحریک انصاف نے جلسہ کیا۔").score >= MATCH_THRESHOLD
