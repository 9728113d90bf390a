"""Names: candidate finding on UNER, self-consistency of matching, and speed.

Run: /work/venv/bin/python benchmarks/bench_names.py   (needs the shared corpora)

Prints
- `.candidates()` precision/recall per type against UNER's PERSON/LOCATION/ORGANIZATION tags
  (a prediction counts when it overlaps a gold span of the same type);
- self-consistency: every gold span, romanized with uroman (or its gazetteer English name),
  is looked up with `match_english` in its own sentence (hit = score ≥ MATCH_THRESHOLD and the
  span overlaps a gold name of that sentence: the first of repeated mentions is returned) and in a random other sentence that does not contain it
  (false match = score ≥ MATCH_THRESHOLD);
- speed of building a NameIndex and matching ~10 names against a 2,200-character article,
  against a `str.find` baseline of each name's Urdu form in the same process.
"""

from __future__ import annotations

import random
import re
import statistics
import sys
import time
from pathlib import Path

from summarizer.corpora import corpora_dir
from summarizer.names import gazetteer
from summarizer.names.matching import MATCH_THRESHOLD, NameIndex
from summarizer.names.transliterate import romanize

TAG = re.compile(r"<(PERSON|LOCATION|ORGANIZATION|NUMBER|DATE|TIME|DESIGNATION)>(.*?)</\1>")
TYPES = {"PERSON": "person", "LOCATION": "location", "ORGANIZATION": "organization"}


def parse_uner(path: Path) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """Plain sentences with gold (start, end, type) spans for the three name types."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        text, spans, pos = [], [], 0
        last = 0
        for m in TAG.finditer(line):
            text.append(line[last : m.start()])
            pos += m.start() - last
            inner = m.group(2)
            if m.group(1) in TYPES:
                spans.append((pos, pos + len(inner), TYPES[m.group(1)]))
            text.append(inner)
            pos += len(inner)
            last = m.end()
        text.append(line[last:])
        out.append(("".join(text), spans))
    return out


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def bench_candidates(sents: list[tuple[str, list[tuple[int, int, str]]]]) -> None:
    print("== candidates() vs UNER (overlap, same type) ==")
    for typ in ("person", "location", "organization", "any"):
        tp_p = n_pred = tp_g = n_gold = 0
        for text, gold in sents:
            preds = [c for c in NameIndex(text).candidates() if c.type != "other"]
            g = [(s, e) for s, e, t in gold if typ == "any" or t == typ]
            p = [(c.span.start, c.span.end) for c in preds if typ == "any" or c.type == typ]
            n_pred += len(p)
            n_gold += len(g)
            tp_p += sum(1 for x in p if any(overlaps(x, y) for y in g))
            tp_g += sum(1 for y in g if any(overlaps(x, y) for x in p))
        prec = tp_p / n_pred if n_pred else 0.0
        rec = tp_g / n_gold if n_gold else 0.0
        print(f"  {typ:13} precision {prec:.3f} ({tp_p}/{n_pred})  recall {rec:.3f} ({tp_g}/{n_gold})")
    by_source: dict[str, list[int]] = {}
    for text, gold in sents:
        for c in NameIndex(text).candidates():
            ok = any(overlaps((c.span.start, c.span.end), (s, e)) for s, e, _ in gold)
            by_source.setdefault(c.source, [0, 0])[0 if ok else 1] += 1
    print("  by heuristic (overlaps any gold name / does not):", by_source)


def english_of(surface: str) -> str:
    entries = gazetteer.lookup_urdu(surface)
    if entries:
        return entries[0].english
    return " ".join(romanize(w).capitalize() for w in surface.split())


def bench_self_consistency(sents: list[tuple[str, list[tuple[int, int, str]]]]) -> None:
    print("== self-consistency: match_english(romanized gold name) ==")
    rng = random.Random(7)
    hits = total = false = trials = 0
    per_type: dict[str, list[int]] = {}
    misses: list[str] = []
    for si, (text, gold) in enumerate(sents):
        idx = NameIndex(text)
        for s, e, typ in gold:
            surface = text[s:e]
            eng = english_of(surface)
            m = idx.match_english(eng)
            ok = (
                m.score >= MATCH_THRESHOLD
                and m.span is not None
                and any(overlaps((m.span.start, m.span.end), (gs, ge)) for gs, ge, _ in gold)
            )
            total += 1
            hits += ok
            per_type.setdefault(typ, [0, 0])[0 if ok else 1] += 1
            if not ok and len(misses) < 12:
                misses.append(f"{surface} → {eng} ({m.score:.2f} {m.span.text if m.span else None})")
            # the same name against a random other sentence that does not contain it
            for _ in range(5):
                oi = rng.randrange(len(sents))
                other = sents[oi][0]
                if oi != si and surface not in other and eng.lower() not in other.lower():
                    break
            else:
                continue
            trials += 1
            if NameIndex(other).match_english(eng).score >= MATCH_THRESHOLD:
                false += 1
    print(f"  found in own sentence: {hits}/{total} = {hits / total:.3f}")
    for typ, (good, bad) in per_type.items():
        print(f"    {typ:13} {good / (good + bad):.3f} ({good}/{good + bad})")
    print(f"  false match in another sentence: {false}/{trials} = {false / max(trials, 1):.3f}")
    print("  sample misses:", *misses, sep="\n    ")


def bench_speed(article: str) -> None:
    print("== speed ==")
    names = ["Sergei Lavrov", "Imran Khan", "Qamar Javed Bajwa", "Vladimir Putin", "Moscow",
             "Russia", "Pakistan", "GHQ", "foreign minister", "Shehbaz Sharif"]  # fmt: skip
    urdu_forms = ["سرگئی لاروف", "عمران خان", "قمر جاوید باجوہ", "ولادیمیر پوتن", "ماسکو", "روس",
                  "پاکستان", "جی ایچ کیو", "وزیر خارجہ", "شہباز شریف"]  # fmt: skip
    builds, matches, finds = [], [], []
    for k in range(30):
        src = article + " " * k  # a new source string each time: no cache
        t0 = time.perf_counter()
        idx = NameIndex(src)
        idx.match_english("warm-up")  # builds the skeleton table
        t1 = time.perf_counter()
        for n in names:
            idx.match_english(n)
        t2 = time.perf_counter()
        for f in urdu_forms:
            src.find(f)
        t3 = time.perf_counter()
        builds.append((t1 - t0) * 1000)
        matches.append((t2 - t1) * 1000)
        finds.append((t3 - t2) * 1000)
    b, m, f = statistics.median(builds), statistics.median(matches), statistics.median(finds)
    print(f"  article {len(article)} chars; index build (incl. skeleton table) median {b:.2f} ms")
    print(f"  match_english x{len(names)} with a built index: median {m:.3f} ms")
    print(f"  baseline str.find x{len(names)}: median {f:.4f} ms  (ratio {m / max(f, 1e-9):.0f}x)")


def main() -> int:
    corpora = corpora_dir()
    if corpora is None:
        print("corpora absent: set SUMMARIZER_CORPORA or place them at ../shared/corpora")
        return 0
    sents = parse_uner(corpora / "uner.txt")
    t = time.perf_counter()
    romanize("پاکستان")
    print(f"(uroman load, once per process: {time.perf_counter() - t:.2f} s)")
    bench_candidates(sents)
    bench_self_consistency(sents)
    seed = corpora.parent / "seed" / "lavrov-visit-2021.ur.txt"
    article = (
        seed.read_text(encoding="utf-8")[:2200]
        if seed.exists()
        else " ".join(s for s, _ in sents[:20])[:2200]
    )
    bench_speed(article)
    return 0


if __name__ == "__main__":
    sys.exit(main())
