"""Quantity extraction: coverage and value accuracy on UNER, the num2text pairs, and speed.

Run: `python benchmarks/bench_extraction.py` (needs ../shared/corpora or SUMMARIZER_CORPORA).
Prints:
- num2text pairs: share parsed to their value by parse_urdu_number and by extract_quantities;
- UNER NUMBER spans: share overlapped by an extracted quantity (coverage), and among spans whose
  value is determinable, share with an overlapping quantity of that value; then every miss with
  ~40 characters of context (printed only, never stored);
- speed: extract_quantities over all XL-Sum articles beside a bare `re.findall(r"\\w+")` pass
  over the same texts in the same run, and the ratio; English extraction speed likewise.

"Determinable": `parse_urdu_number` gives a value for the gold span, or for the span without its
last word when that word is a unit (تیرہ برس، اڑتالیس فیصد، سات ٹن). Spans such as ہزاروں (vague),
پانچ صفر (a score, two numbers) or دو ارب کروڑ پاؤنڈ (garbled) have no single determinable value.
"""

from __future__ import annotations

import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from summarizer.corpora import corpora_dir
from summarizer.numbers.quantities import extract_quantities
from summarizer.numbers.urdu import parse_urdu_number

_TAG = re.compile(r"<(PERSON|LOCATION|ORGANIZATION|NUMBER|DATE|TIME|DESIGNATION)>(.*?)</\1>")


@dataclass
class UnerLine:
    text: str
    numbers: list[tuple[int, int]] = field(default_factory=list)


def load_uner(path: Path) -> list[UnerLine]:
    """UNER lines with tags stripped, keeping the offsets of each NUMBER span."""
    out: list[UnerLine] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        parts: list[str] = []
        line = UnerLine("")
        pos = 0
        length = 0
        for m in _TAG.finditer(raw):
            before = raw[pos : m.start()]
            parts.append(before)
            length += len(before)
            inner = m.group(2)
            if m.group(1) == "NUMBER":
                line.numbers.append((length, length + len(inner)))
            parts.append(inner)
            length += len(inner)
            pos = m.end()
        parts.append(raw[pos:])
        line.text = "".join(parts)
        out.append(line)
    return out


def gold_value(span_text: str) -> float | None:
    """The value a gold span determines (see the module docstring), else None."""
    v = parse_urdu_number(span_text)
    if v is not None:
        return v
    words = span_text.split()
    if len(words) >= 2:
        head = " ".join(words[:-1])
        qs = extract_quantities(span_text)
        if len(qs) == 1 and (qs[0].unit is not None or qs[0].kind.value == "percent"):
            return parse_urdu_number(head)
    return None


@dataclass
class UnerScore:
    spans: int
    covered: int
    determinable: int
    right_value: int
    misses: list[str]

    @property
    def coverage(self) -> float:
        return self.covered / self.spans if self.spans else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.right_value / self.determinable if self.determinable else 0.0


def score_uner(lines: list[UnerLine]) -> UnerScore:
    spans = covered = determinable = right = 0
    misses: list[str] = []
    for line in lines:
        if not line.numbers:
            continue
        qs = extract_quantities(line.text)
        for s, e in line.numbers:
            spans += 1
            over = [q for q in qs if q.span.start < e and q.span.end > s]
            gold = line.text[s:e]
            ctx = line.text[max(0, s - 20) : e + 20].replace("\n", " ")
            if over:
                covered += 1
            else:
                misses.append(f"uncovered  {gold!r:30} … {ctx} …")
            v = gold_value(gold)
            if v is None:
                continue
            determinable += 1
            if any(abs(q.value - v) < 1e-6 * max(1.0, abs(v)) for q in over):
                right += 1
            elif over:
                got = ", ".join(f"{q.span.text}={q.value:g}" for q in over)
                longer = any(q.span.start <= s and q.span.end > e for q in over)
                tag = "gold is head of a longer number" if longer else "wrong value"
                misses.append(f"{tag}: gold {v:g}, got {got} | {gold!r} … {ctx} …")
    return UnerScore(spans, covered, determinable, right, misses)


def load_pairs(path: Path) -> list[tuple[float, str]]:
    rows = path.read_text(encoding="utf-8").splitlines()[1:]
    return [(float(v), w) for v, w in (r.split("\t", 1) for r in rows if r.strip())]


def score_pairs(pairs: list[tuple[float, str]]) -> tuple[float, float]:
    """Share parsed right by parse_urdu_number, and by extract_quantities (one quantity, whole)."""
    by_parse = sum(1 for v, w in pairs if parse_urdu_number(w) == v)
    by_extract = 0
    for v, w in pairs:
        qs = extract_quantities(w)
        if len(qs) == 1 and abs(qs[0].value - v) < 1e-9 and qs[0].span.text == w.strip():
            by_extract += 1
    return by_parse / len(pairs), by_extract / len(pairs)


def _timed(fn, texts: list[str], repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        for x in texts:
            fn(x)
        best = min(best, time.perf_counter() - t)
    return best


_EN_SAMPLE = (
    "Pakistan received $2bn from the IMF on December 1, 2021, while more than 1.5 million people "
    "were displaced. About 24.3 percent of the Rs 50 crore budget, some 5 lakh rupees, went to "
    "twenty-three districts over three years; nearly fifty thousand homes and 150k acres. "
    "The JF-17 and F-16 fleets flew for 10 hours. In 2021, inflation rose 12% to its fifth peak. "
)


_EN_PROSE = (
    "The minister said the government would continue talks with its partners and that the "
    "reforms announced last week would be debated in parliament before they take effect. "
    "Officials in the provinces welcomed the decision, while opposition leaders called for a "
    "review of the plan and asked how the new measures would be paid for and monitored. "
)


def main() -> int:
    root = corpora_dir()
    if root is None:
        print("corpora absent: set SUMMARIZER_CORPORA or place them at ../shared/corpora")
        return 1
    p_parse, p_extract = score_pairs(load_pairs(root / "num2text-ur-pairs.tsv"))
    print(f"num2text pairs: parse_urdu_number {p_parse:.1%}, extract_quantities {p_extract:.1%}")

    sc = score_uner(load_uner(root / "uner.txt"))
    print(
        f"UNER NUMBER spans: {sc.spans}; covered {sc.covered} ({sc.coverage:.2%}); "
        f"determinable {sc.determinable}, right value {sc.right_value} ({sc.value_accuracy:.2%})"
    )
    for m in sc.misses:
        print("  miss:", m)

    texts = [json.loads(line)["text"] for line in (root / "xlsum-urdu.jsonl").open(encoding="utf-8")]
    word = re.compile(r"\w+")
    extract_quantities(texts[0])  # import-time tables are built; per-token caches stay cold
    t_cold = _timed(extract_quantities, texts, repeat=1)
    t_base = _timed(word.findall, texts)
    t_ext = _timed(extract_quantities, texts)
    n_q = sum(len(extract_quantities(x)) for x in texts)
    chars = sum(map(len, texts))
    print(
        f"XL-Sum {len(texts)} articles, {chars / 1e6:.2f} M chars, {n_q} quantities: "
        f"extract_quantities {len(texts) / t_ext:,.0f} articles/s (first pass {len(texts) / t_cold:,.0f}/s); "
        f"re.findall(r'\\w+') {len(texts) / t_base:,.0f} articles/s; ratio {t_ext / t_base:.1f}x"
    )
    big = "\n".join(texts)[:1_000_000]
    t_big = _timed(extract_quantities, [big], repeat=1)
    print(f"1 MB of Urdu in one call: {t_big:.3f} s")

    for label, para in (("dense", _EN_SAMPLE), ("typical", _EN_SAMPLE + _EN_PROSE * 4)):
        en = [para * 10] * 100
        t_en = _timed(lambda x: extract_quantities(x, "en"), en)
        t_en_base = _timed(word.findall, en)
        print(
            f"English ({label}: {len(extract_quantities(para, 'en'))} quantities per {len(para)} chars): "
            f"{sum(map(len, en)) / t_en / 1e6:.2f} M chars/s; ratio to re.findall {t_en / t_en_base:.1f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
