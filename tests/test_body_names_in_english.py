"""A body's English name is read whole: a people's word before a known body (European Parliament),
a `for` inside a body's name (Syrian Observatory for Human Rights) and an office's word that is a
league's (Premier League). Read in pieces, a swapped body passed because each piece was in the
article. Urdu here is the team's own."""

from summarizer.names.english_spans import english_name_spans
from summarizer.validators import check_grounding

SOURCE = ("یورپی کمیشن نے کہا ہے کہ برطانوی وزیر اعظم کی تجاویز پر غور کیا جائے گا۔ سیئریئن اوبزرویٹری فار"
          " ہیومن رائٹس کے مطابق حلب میں لڑائی جاری ہے۔ کیریبیئن پریمیئر لیگ کے میچ بھی ہوں گے۔")
OPENING = "Officials met in the capital to discuss the matter at length. "


def _names(sentence: str) -> list[str]:
    return [s.text for s in english_name_spans(OPENING + sentence)]


def test_a_body_is_one_name() -> None:
    assert _names("The European Parliament said it would vote.") == ["European Parliament"]
    assert _names("He spoke to the Syrian Observatory for Human Rights in London.") == [
        "Syrian Observatory for Human Rights", "London"]
    assert _names("The Caribbean Premier League starts today in the city.") == ["Caribbean Premier League"]


def test_a_for_between_places_or_after_a_court_joins_nothing() -> None:
    assert _names("He left Lahore for Karachi that day.") == ["Lahore", "Karachi"]
    assert _names("He petitioned the Supreme Court for Imran Khan.") == ["Supreme Court", "Imran Khan"]
    assert _names("Premier Li Keqiang said it would help.") == ["Li Keqiang"]


def _flags(brief: str) -> list[tuple[str, str]]:
    return [(f.severity, f.claim.text) for f in check_grounding(SOURCE, brief, "en")]


def test_a_swapped_body_is_an_error_and_the_article_s_body_passes() -> None:
    assert _flags("The European Commission said it would consider the proposals.") == []
    assert _flags("The European Parliament said it would consider the proposals.") == [("error", "European Parliament")]
    assert _flags("According to the Syrian Observatory for Human Rights, fighting continues in Aleppo.") == []
    assert _flags("According to the Syrian Network for Human Rights, fighting continues in Aleppo.") == [
        ("error", "Syrian Network for Human Rights")]
    assert _flags("Caribbean Premier League matches will also be played.") == []


def test_a_paper_s_title_after_daily_is_a_name_however_common_its_words() -> None:
    assert _names("The English daily The News reported it.")[-1] == "The News"
    paper = "انگریزی روزنامہ ڈان نے لکھا کہ حکومت نے فیصلہ کر لیا ہے۔"
    assert check_grounding(paper, "The English daily Dawn reported that the government had decided.", "en") == []
    found = check_grounding(paper, "The English daily The News reported that the government had decided.", "en")
    assert [(f.severity, f.claim.text) for f in found] == [("error", "The News")]
