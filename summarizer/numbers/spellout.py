"""Integers to Urdu words, following the CLDR rule-based number format (RBNF) for Urdu.

The rules file (`cldr-rbnf-ur.xml` in the corpora folder) is read at first use when present;
otherwise an embedded table is used. Only the parts of RBNF that the Urdu rules use are
implemented: a word for each of 0..99, the scales سو، ہزار، لاکھ، کروڑ، ارب، کھرب written
`<< SCALE[ >>]`, and ordinals (irregular 0..9, then cardinal + واں / ویں).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Literal

from summarizer.corpora import corpora_dir

__all__ = ["OrdinalForm", "render_urdu", "rules"]

OrdinalForm = Literal["masculine", "oblique", "feminine"]

# The 0..99 words are facts of the language (the CLDR spelling where variants exist).
_WORDS_TEXT = (
    "صفر ایک دو تین چار پانچ چھ سات آٹھ نو "
    "دس گیارہ بارہ تیرہ چودہ پندرہ سولہ سترہ اٹھارہ انیس "
    "بیس اکیس بائیس تئیس چوبیس پچیس چھبیس ستائیس اٹھائیس انتیس "
    "تیس اکتیس بتیس تینتیس چونتیس پینتیس چھتیس سینتیس اڑتیس انتالیس "
    "چالیس اکتالیس بیالیس تینتالیس چوالیس پینتالیس چھیالیس سینتالیس اڑتالیس انچاس "
    "پچاس اکیاون باون تریپن چون پچپن چھپن ستاون اٹھاون انسٹھ "
    "ساٹھ اکسٹھ باسٹھ تریسٹھ چونسٹھ پینسٹھ چھیاسٹھ سڑسٹھ اڑسٹھ انہتر "
    "ستر اکہتر بہتر تہتر چوہتر پچہتر چھہتر ستہتر اٹھہتر انیاسی "
    "اسی اکیاسی بیاسی تراسی چوراسی پچاسی چھیاسی ستاسی اٹھاسی نواسی "
    "نوے اکیانوے بانوے ترانوے چورانوے پچانوے چھیانوے ستانوے اٹھانوے ننانوے"
)
_WORDS_0_99 = _WORDS_TEXT.split()
_SCALES = ((10**11, "کھرب"), (10**9, "ارب"), (10**7, "کروڑ"), (10**5, "لاکھ"), (1000, "ہزار"), (100, "سو"))
_ORD_EMBEDDED: dict[str, tuple[tuple[str, ...], str]] = {
    "masculine": (("صفرواں", "پہلا", "دوسرا", "تیسرا", "چوتھا", "پانچواں", "چھٹا", "ساتواں", "آٹھواں", "نواں"), "واں"),
    "oblique": (("صفرویں", "پہلے", "دوسرے", "تیسرے", "چوتھے", "پانچویں", "چھٹے", "ساتویں", "آٹھویں", "نویں"), "ویں"),
    "feminine": (("صفرویں", "پہلی", "دوسری", "تیسری", "چوتھی", "پانچویں", "چھٹی", "ساتویں", "آٹھویں", "نویں"), "ویں"),
}  # fmt: skip
_NEG = "منفی"


class Rules:
    """The pieces of the RBNF rule set the renderer needs."""

    def __init__(
        self,
        words: list[str],
        scales: tuple[tuple[int, str], ...],
        ordinals: dict[str, tuple[tuple[str, ...], str]],
        source: str,
    ) -> None:
        self.words = words
        self.scales = scales
        self.ordinals = ordinals
        self.source = source


_RULE = re.compile(r"^\s*(-?\d+|-x|x\.x|Inf):\s*(.*?);\s*$")
_SCALE_BODY = re.compile(r"^<<\s*(\S+)\[\s*>>\]$")
_ORD_SUFFIX = re.compile(r"^=%spellout-cardinal=(\S+)$")


def _parse_rbnf(text: str) -> Rules | None:
    """Read the Urdu spellout rule sets; None when the file does not have the expected shape."""
    sets: dict[str, list[tuple[str, str]]] = {}
    current: list[tuple[str, str]] | None = None
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("%") and line.endswith(":"):
            current = sets.setdefault(line[1:-1], [])
            continue
        m = _RULE.match(line)
        if m and current is not None:
            current.append((m.group(1), m.group(2)))
    card = sets.get("spellout-cardinal")
    if not card:
        return None
    words: dict[int, str] = {}
    scales: list[tuple[int, str]] = []
    for key, body in card:
        if not key.lstrip("-").isdigit():
            continue
        n = int(key)
        if 0 <= n < 100 and re.fullmatch(r"[^\s<>=%\[\]]+", body):
            words[n] = body
        elif n >= 100 and (sm := _SCALE_BODY.match(body)):
            scales.append((n, sm.group(1)))
    if sorted(words) != list(range(100)) or not scales:
        return None
    ordinals: dict[str, tuple[tuple[str, ...], str]] = {}
    for form, name in (("masculine", "spellout-ordinal-masculine"),
                       ("oblique", "spellout-ordinal-masculine-oblique"),
                       ("feminine", "spellout-ordinal-feminine")):  # fmt: skip
        irregular: dict[int, str] = {}
        suffix = None
        for key, body in sets.get(name, []):
            if not key.isdigit():
                continue
            if (om := _ORD_SUFFIX.match(body)) and int(key) == 10:
                suffix = om.group(1)
            elif int(key) < 10:
                irregular[int(key)] = body
        if sorted(irregular) != list(range(10)) or suffix is None:
            return None
        ordinals[form] = (tuple(irregular[i] for i in range(10)), suffix)
    return Rules([words[i] for i in range(100)], tuple(sorted(scales, reverse=True)), ordinals, "cldr")


@cache
def rules() -> Rules:
    """The rule set in use: the CLDR file when the corpora folder has it, else the embedded one."""
    root = corpora_dir()
    path = root / "cldr-rbnf-ur.xml" if root else None
    if path is not None and Path(path).is_file():
        try:
            parsed = _parse_rbnf(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            parsed = None
        if parsed is not None:
            return parsed
    return Rules(list(_WORDS_0_99), _SCALES, dict(_ORD_EMBEDDED), "embedded")


def _cardinal(n: int, r: Rules) -> list[str]:
    if n < 100:
        return [r.words[n]]
    for base, word in r.scales:
        if n >= base:
            left, right = divmod(n, base)
            out = [*_cardinal(left, r), word]
            if right:
                out += _cardinal(right, r)
            return out
    raise AssertionError("unreachable: scales include 100")


def render_urdu(n: int, *, ordinal: OrdinalForm | None = None) -> str:
    """Urdu words for an integer: `render_urdu(123)` → 'ایک سو تئیس'.

    `ordinal` picks the ordinal form: masculine (پانچواں), oblique (پانچویں), feminine (پانچویں);
    1..9 are irregular (پہلا، دوسرا...), from 10 on the suffix joins the last word (دسواں).
    Numbers of 10^18 and more, which the rules write with digits, raise ValueError.
    """
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"render_urdu needs an int, got {type(n).__name__}")
    if abs(n) >= 10**18:
        raise ValueError(f"render_urdu: {n} is beyond the spelled-out range (|n| < 10^18)")
    r = rules()
    if n < 0:
        return f"{_NEG} {render_urdu(-n, ordinal=ordinal)}"
    if ordinal is None:
        return " ".join(_cardinal(n, r))
    if ordinal not in r.ordinals:
        raise ValueError(f"unknown ordinal form {ordinal!r}: use masculine, oblique or feminine")
    irregular, suffix = r.ordinals[ordinal]
    if n < 10:
        return irregular[n]
    words = _cardinal(n, r)
    words[-1] += suffix
    return " ".join(words)
