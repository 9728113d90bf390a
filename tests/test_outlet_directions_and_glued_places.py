"""Dev 42's lessons, in the team's own sentences: the article's outlet grounds a brief that
credits it, compass directions are claims, and a few Urdu forms that read as something else
(a province run into its name, a road named by its ends, چھٹی as a verb, an Irishman)."""

from __future__ import annotations

import json

import pytest

from summarizer.errors import InputError
from summarizer.names.matching import name_index
from summarizer.names.urdu_support import supported_otherwise
from summarizer.numbers.quantities import extract_quantities
from summarizer.source_index import SourceIndex
from summarizer.validators import check_grounding

_TRAIN = "ریلوے حکام نے بتایا کہ کوئٹہ سے آنے والی ٹرین سبی کے قریب پٹری سے اتر گئی اور بیس مسافر زخمی ہوئے۔"


def _names(findings: list, text: str) -> list[str]:
    return [f.severity for f in findings if f.claim.text == text]


def test_the_outlet_the_caller_names_grounds_a_brief_that_credits_it() -> None:
    brief = "The BBC Urdu report says twenty passengers were hurt near Sibi. A BBC correspondent said the line was closed."
    bare = check_grounding(_TRAIN, brief, "en")
    assert _names(bare, "BBC Urdu") or _names(bare, "BBC")  # the text alone does not say who published it
    credited = check_grounding(SourceIndex(_TRAIN, outlet="BBC Urdu"), brief, "en")
    assert not [f for f in credited if "BBC" in f.claim.text]


@pytest.mark.parametrize("brief", [
    "According to the BBC's tribute, twenty passengers were hurt near Sibi.",
    "Twenty passengers were hurt near Sibi, according to a BBC Urdu timeline of the line's accidents.",
])  # fmt: skip
def test_the_outlet_s_own_work_of_any_kind_credits_it(brief: str) -> None:
    credited = check_grounding(SourceIndex(_TRAIN, outlet="BBC Urdu"), brief, "en")
    assert not [f for f in credited if "BBC" in f.claim.text]  # (session 56: tribute, timeline)
    assert [f for f in check_grounding(_TRAIN, brief, "en") if "BBC" in f.claim.text]


def test_the_outlet_grounds_no_other_role_and_no_other_outlet() -> None:
    index = SourceIndex(_TRAIN, outlet="BBC Urdu")
    film = check_grounding(index, "Twenty passengers were hurt near Sibi, a BBC film shows.", "en")
    assert [f for f in film if "BBC" in f.claim.text]  # an outlet's film is a claim of its own
    told = check_grounding(index, "Officials told the BBC that twenty passengers were hurt near Sibi.", "en")
    assert [f for f in told if "BBC" in f.claim.text]  # who was told: the article may name another outlet
    other = check_grounding(index, "Officials told Reuters that twenty passengers were hurt near Sibi.", "en")
    assert _names(other, "Reuters") == ["error"]


def test_an_urdu_brief_crediting_the_outlet_is_grounded_too() -> None:
    index = SourceIndex(_TRAIN, outlet="BBC Urdu")
    brief = "بی بی سی کے نامہ نگار کے مطابق سبی کے قریب بیس مسافر زخمی ہوئے۔"
    assert not [f for f in check_grounding(index, brief, "ur") if "بی بی سی" in f.claim.text]
    told = "بی بی سی سے بات کرتے ہوئے ریلوے حکام نے بتایا کہ سبی کے قریب بیس مسافر زخمی ہوئے۔"
    assert [f for f in check_grounding(index, told, "ur") if "بی بی سی" in f.claim.text]  # the one told


@pytest.mark.parametrize("outlet", ["", "   ", 7])
def test_an_outlet_must_be_a_name(outlet: object) -> None:
    with pytest.raises(InputError, match="outlet"):
        SourceIndex(_TRAIN, outlet=outlet)  # type: ignore[arg-type]


_STORM = "محکمہ موسمیات کے مطابق ملک کے شمال مشرقی علاقوں میں برفانی طوفان سے کئی سڑکیں بند ہو گئیں۔"


def test_a_direction_the_article_turns_the_other_way_is_an_error() -> None:
    assert _names(check_grounding(_STORM, "Snow closed roads in the north-west of the country.", "en"), "north-west") == ["error"]
    assert _names(check_grounding(_STORM, "Snow closed roads in the southern districts.", "en"), "southern") == ["error"]
    assert not check_grounding(_STORM, "Snow closed roads in the north-east of the country.", "en")
    assert not check_grounding(_STORM, "Snow closed roads in the country's northern and eastern parts.", "en")


def test_a_direction_the_article_never_gives_is_a_warning_and_a_capital_opens_a_name() -> None:
    plain = "برفانی طوفان سے کئی سڑکیں بند ہو گئیں۔"
    assert _names(check_grounding(plain, "Snow closed roads in the west.", "en"), "west") == ["warning"]
    south_africa = "جنوبی افریقہ میں برفانی طوفان سے کئی سڑکیں بند ہو گئیں۔"
    assert not check_grounding(south_africa, "Snow closed roads in South Africa.", "en")


def test_an_urdu_brief_direction_is_checked_once() -> None:
    found = check_grounding(_STORM, "جنوبی علاقوں میں برفانی طوفان سے سڑکیں بند ہو گئیں۔", "ur")
    assert _names(found, "جنوبی") == ["error"]
    assert not check_grounding(_STORM, "شمال مشرقی علاقوں میں برفانی طوفان سے سڑکیں بند ہو گئیں۔", "ur")
    # مشرق وسطیٰ names a region (the Middle East): no direction is claimed
    gulf = "خلیج کے ممالک میں برفانی طوفان سے کئی سڑکیں بند ہو گئیں۔"
    assert not [f for f in check_grounding(gulf, "مشرق وسطیٰ کے ممالک میں سڑکیں بند ہو گئیں۔", "ur") if f.claim.text == "مشرق"]


def test_a_province_run_into_its_name_is_split_for_matching() -> None:
    index = name_index("سرکاری میڈیا کے مطابق مشرقی صوبےجیانگ سو کی ایک فیکٹری میں آگ لگ گئی۔")
    assert "جیانگ" in index.tokens
    assert index.match_english("Jiangsu").score >= 0.8


def test_a_road_named_by_its_two_ends_is_the_articles_when_both_places_are() -> None:
    index = name_index("قافلے کو پشاور سے کابل جانے والے راستے پر روکا گیا۔")
    assert supported_otherwise(index, "پشاور کابل شاہراہ")
    assert not supported_otherwise(index, "پشاور جلال آباد شاہراہ")
    assert not supported_otherwise(index, "کابل شاہراہ")


def test_chhati_as_a_verb_or_a_holiday_is_no_sixth() -> None:
    def values(text: str) -> list[float]:
        return [q.value for q in extract_quantities(text, "ur")]

    assert 6.0 not in values("دس گھنٹے گزرنے پر بھی دھند نہیں چھٹی۔")
    assert values("ملازمین عید کی چھٹی پر گھر گئے۔") == []
    assert values("ٹیم نے چھٹی بار ٹرافی جیتی۔") == [6.0]


def test_a_person_named_by_his_people_is_the_demonym() -> None:
    index = name_index("آئرش گالفر نے فائنل راؤنڈ میں شاندار کھیل پیش کیا۔")
    assert index.match_english("Irishman").score >= 0.8
    assert index.match_english("Frenchman").score < 0.8


def test_the_cli_takes_the_articles_outlet(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from summarizer.cli import app

    article = tmp_path / "story.txt"
    article.write_text(_TRAIN + "\n", encoding="utf-8")
    brief = tmp_path / "brief.txt"
    brief.write_text("The BBC Urdu report says twenty passengers were hurt near Sibi.\n", encoding="utf-8")
    runner = CliRunner()
    without = runner.invoke(app, ["check", str(article), str(brief), "--json"])
    assert without.exit_code == 0 and json.loads(without.output)["warnings"] == 1  # who published it is unsaid
    given = runner.invoke(app, ["check", str(article), str(brief), "--json", "--outlet", "BBC Urdu"])
    assert given.exit_code == 0 and json.loads(given.output)["warnings"] == 0, given.output
    other = runner.invoke(app, ["check", str(article), str(brief), "--json", "--outlet", "Dawn"])
    assert json.loads(other.output)["warnings"] == 1
    blank = runner.invoke(app, ["check", str(article), str(brief), "--outlet", " "])
    assert blank.exit_code == 2 and "outlet" in blank.output


def test_the_country_of_every_place_the_article_names_needs_no_check() -> None:
    brief = "Police in Pakistan arrested twelve suspects in Peshawar and Mardan."
    home = "پشاور اور مردان میں پولیس نے چھاپے مار کر بارہ مشتبہ افراد کو گرفتار کر لیا۔"
    assert not check_grounding(home, brief, "en")
    abroad = "پشاور اور مردان میں پولیس نے چھاپے مار کر بارہ مشتبہ افراد کو گرفتار کر لیا، جبکہ کابل میں بھی کارروائی ہوئی۔"
    assert _names(check_grounding(abroad, brief, "en"), "Pakistan") == ["warning"]


def test_the_two_countries_after_naming_two_countries_is_the_briefs_own_count() -> None:
    source = "امریکہ نے وینزویلا کے نائب صدر پر پابندیاں عائد کر دیں اور ان کے اثاثے منجمد کر دیے۔"
    pair = ("The United States has put sanctions on Venezuela's vice-president and frozen his assets. "
            "The move will strain ties between the two countries.")
    assert not check_grounding(source, pair, "en")
    three = "The United States has put sanctions on Venezuela's vice-president. The move will strain the three countries."
    assert _names(check_grounding(source, three, "en"), "three") == ["warning"]


def test_an_opening_s_is_not_heard_as_sh() -> None:
    from summarizer.names.heard_english import heard_english

    assert heard_english("شیفیلڈ") == "Sheffield"
    assert heard_english("سنگن") != "Schengen"  # شینگن is Schengen
    assert heard_english("شالکوٹ") != "Sialkot"  # سیالکوٹ is Sialkot


def test_a_place_two_countries_have_leaves_the_country_to_check() -> None:
    source = "پنجاب میں سیلاب سے درجنوں دیہات زیر آب آ گئے۔"
    assert _names(check_grounding(source, "Floods submerged dozens of villages in Punjab, India.", "en"), "India") == ["warning"]
    assert _names(check_grounding(source, "Floods submerged dozens of villages in Punjab, Nepal.", "en"), "Nepal") == ["error"]


def test_a_body_the_article_always_qualifies_otherwise_is_another_body() -> None:
    source = "وزیر داخلہ نے بتایا کہ قومی اسمبلی نے بل کی منظوری دے دی ہے اور پنجاب میں اس پر عمل ہوگا۔"
    assert _names(check_grounding(source, "وزیر داخلہ کے مطابق پنجاب اسمبلی نے بل منظور کر لیا۔", "ur"), "پنجاب اسمبلی") == ["error"]
    assert not check_grounding(source, "وزیر داخلہ کے مطابق قومی اسمبلی نے بل منظور کر لیا۔", "ur")
    # the article writes the body bare once: a place before it is the brief's description
    bare = "بارش سے ہاکی فیڈریشن اور سپورٹس بورڈ کے دفاتر متاثر ہوئے، یہ واقعہ لاہور میں پیش آیا۔"
    assert not check_grounding(bare, "بارش سے لاہور سپورٹس بورڈ کے دفاتر متاثر ہوئے۔", "ur")


def test_a_place_opening_a_body_the_article_names_with_another_place_is_one_claim() -> None:
    source = ("بارش سے ہاکی فیڈریشن اور سپورٹس بورڈ پنجاب کے دفاتر متاثر ہوئے۔ "
              "کراچی میں سندھ نیٹ بال ایسوسی ایشن نے بھی شکایت کی۔")
    assert _names(check_grounding(source, "بارش سے پاکستان سپورٹس بورڈ کے دفاتر متاثر ہوئے۔", "ur"),
                  "پاکستان سپورٹس بورڈ") == ["error"]
    assert _names(check_grounding(source, "کراچی نیٹ بال ایسوسی ایشن نے شکایت کی۔", "ur"),
                  "کراچی نیٹ بال ایسوسی ایشن") == ["error"]
    assert not check_grounding(source, "بارش سے پنجاب سپورٹس بورڈ کے دفاتر متاثر ہوئے۔", "ur")
    assert not check_grounding(source, "کراچی میں سندھ نیٹ بال ایسوسی ایشن نے شکایت کی۔", "ur")
    # a demonym before a generic body describes it: no name to find
    plain = "ایک کمپنی نے نیا فون متعارف کرایا جس کی قیمت کم رکھی گئی ہے۔"
    assert not [f for f in check_grounding(plain, "ایک امریکی ٹیکنالوجی کمپنی نے نیا فون متعارف کرایا۔", "ur")
                if f.claim.text == "امریکی ٹیکنالوجی کمپنی"]


def test_the_two_sides_after_a_result_that_names_them() -> None:
    source = "پاکستان نے سعودی عرب کو ہرا کر والی بال ٹورنامنٹ میں گیارہویں پوزیشن حاصل کر لی۔"
    result = ("In Incheon, Pakistan beat Saudi Arabia to finish 11th in the volleyball tournament. "
              "The two sides had met before.")
    assert "two" not in [f.claim.text for f in check_grounding(source, result, "en")]
    listed = ("In Incheon, Pakistan, Japan and Saudi Arabia played in the volleyball tournament. "
              "The two sides had met before.")
    assert _names(check_grounding(source, listed, "en"), "two") == ["warning"]
