"""Language identification on short chat messages: `python -m bench.langid` (`make bench-langid`).

Our detector (bot.language.detect) against langdetect (unrestricted, seeded) on the labelled
messages in tests/languages/data/langid.tsv: accuracy by language and by length band, time per
call, and how the confidence threshold used by bot.language.decide trades coverage for
precision on 3+ word messages. Printed and written to var/bench/langid.md.
"""
import argparse
import csv
import time
from collections import defaultdict
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

from bot.language import CODES, detect
from bot.language.decide import MIN_CONFIDENCE

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "languages" / "data" / "langid.tsv"
BANDS = ("1-2", "3-6", "7+")
THRESHOLDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


def band(text: str) -> str:
    n = len(text.split())
    return "1-2" if n <= 2 else "3-6" if n <= 6 else "7+"


def load(path: Path = DATA) -> List[Tuple[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return [(row["language"], row["text"]) for row in csv.DictReader(f, delimiter="\t")]


def ours(text: str) -> Tuple[Optional[str], float]:
    found = detect(text)
    return found.code, found.confidence


def _langdetect() -> Callable[[str], Tuple[Optional[str], float]]:
    from langdetect import DetectorFactory, LangDetectException, detect_langs

    DetectorFactory.seed = 0  # langdetect is random without a seed

    def run(text: str):
        try:
            best = detect_langs(text)[0]
        except LangDetectException:
            return None, 0.0
        return best.lang, best.prob

    return run


def evaluate(name: str, fn, samples) -> Dict:
    for _, text in samples[:20]:  # warm-up: lazy model loading is not counted
        fn(text)
    results = []
    start = time.perf_counter()
    for lang, text in samples:
        results.append((lang, band(text), *fn(text), text))
    elapsed = time.perf_counter() - start
    return {"name": name, "results": results, "us_per_call": elapsed / len(samples) * 1e6}


def accuracy(rows) -> str:
    if not rows:
        return "-"
    return f"{100 * sum(r[0] == r[2] for r in rows) / len(rows):.1f}%"


def table(run) -> List[str]:
    by = defaultdict(list)
    for row in run["results"]:
        by[(row[0], row[1])].append(row)
        by[(row[0], "all")].append(row)
        by[("all", row[1])].append(row)
        by[("all", "all")].append(row)
    head = ["language"] + [f"{b} words" for b in BANDS] + ["all"]
    lines = ["| " + " | ".join(head) + " |", "|---" + "|---:" * (len(head) - 1) + "|"]
    for lang in CODES + ("all",):
        cells = [accuracy(by[(lang, b)]) for b in BANDS + ("all",)]
        lines.append(f"| {lang} | " + " | ".join(cells) + " |")
    return lines


def thresholds(run) -> List[str]:
    """On 3+ words: the share of messages that pass each threshold, and how many of those are right."""
    longer = [r for r in run["results"] if r[1] != "1-2"]
    lines = ["| confidence at least | 3+ word messages passing | of those, correct | wrong switches |",
             "|---:|---:|---:|---:|"]
    for t in THRESHOLDS:
        passing = [r for r in longer if r[2] is not None and r[3] >= t]
        wrong = sum(r[0] != r[2] for r in passing)
        lines.append(f"| {t} | {100 * len(passing) / len(longer):.1f}% | {accuracy(passing)} | {wrong} |")
    return lines


def errors(run, limit: int = 60) -> List[str]:
    """Our own labelled test messages (no personal data), so they can be shown."""
    wrong = [r for r in run["results"] if r[0] != r[2]]
    return [f"- {r[0]} taken for {r[2]} ({r[3]:.2f}), {r[1]} words: {r[4]}" for r in wrong[:limit]]


def report(samples, runs) -> str:
    counts = defaultdict(int)
    for lang, text in samples:
        counts[band(text)] += 1
    out = [f"# Language identification on short chat messages", "",
           f"{len(samples)} labelled messages from `{DATA.relative_to(ROOT)}` "
           f"({', '.join(f'{counts[b]} of {b} words' for b in BANDS)}), eight languages "
           f"(Roman Urdu labelled ur; Polish and Romanian partly without diacritics).", ""]
    for run in runs:
        out += [f"## {run['name']}: {run['us_per_call']:.0f} µs per call", ""] + table(run) + [""]
    out += [f"## Our detector's confidence on 3+ word messages (decide() uses {MIN_CONFIDENCE})", ""]
    out += thresholds(runs[0]) + [""]
    out += ["langdetect knows no Sorani (ckb) at all, and being unrestricted it may answer with a "
            "language outside the eight (counted wrong).", ""]
    out += ["## Our detector's mistakes", ""] + (errors(runs[0]) or ["none"]) + [""]
    return "\n".join(out)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.langid", description=__doc__)
    p.add_argument("--out", default=str(ROOT / "var" / "bench" / "langid.md"))
    args = p.parse_args(argv)
    samples = load()
    runs = [evaluate("ours (script check, lingua restricted, Roman Urdu words)", ours, samples),
            evaluate("langdetect (unrestricted, seed 0)", _langdetect(), samples)]
    text = report(samples, runs)
    print(text)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text + "\n", encoding="utf-8")
    print(f"Wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
