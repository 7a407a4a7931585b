"""How often a careful reader gives the data's label: `python -m bench.reader_agreement [sample]`.

The held-out accuracy in reports/nlu-report.md is below the 95% target. Whether the cause is
the data (messages whose intent cannot be told out of context) or the model is settled by
readers labelling a sample of the same held-out messages blind, from the labelling guide
(nlu_data/README.md) alone, as the first message of a conversation.

`sample` writes 200 messages per language, drawn from bench.nlu_report's held-out fifth, to
var/reader-agreement/<code>.tsv (id, text) for the readers. Their labels are committed in
reports/reader-agreement/<code>.tsv (text, intent, ambiguous, other: the reader's best intent,
and a second one where the guide allows both); without an argument this scores them against
the data's labels and prints a Markdown table.
"""
import argparse
import csv
import random
from collections import Counter
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from bench.nlu_report import LANGUAGES, ROOT, examples, normalised, split

LABELS = ROOT / "reports" / "reader-agreement"
SAMPLES = ROOT / "var" / "reader-agreement"
PER_LANGUAGE = 200


def sample(seed: int = 7) -> None:
    _, test = split(examples(), 0.2, 42)  # bench.nlu_report's held-out fifth
    rng = random.Random(seed)
    SAMPLES.mkdir(parents=True, exist_ok=True)
    for code in dict.fromkeys(e.language for e in test):  # the order the split gives
        rows = rng.sample([e for e in test if e.language == code], PER_LANGUAGE)
        with open(SAMPLES / f"{code}.tsv", "w", encoding="utf-8", newline="") as f:
            f.write("id\ttext\n")
            f.writelines(f"{i}\t{e.text}\n" for i, e in enumerate(rows))


def score() -> Tuple[List[str], Counter]:
    labels: Dict[Tuple[str, str], str] = {(e.language, normalised(e.text)): e.intent
                                          for e in examples()}
    lines = ["| language | messages | reader gives the data's label | counting the reader's second reading | marked ambiguous |",
             "|---|---:|---:|---:|---:|"]
    pairs: Counter = Counter()
    totals = Counter()
    for code in LANGUAGES:
        counts = Counter()
        for row in _read(LABELS / f"{code}.tsv"):
            gold = labels.get((code, normalised(row["text"])))
            if gold is None:  # the example has since been rewritten or removed
                continue
            counts["n"] += 1
            counts["same"] += row["intent"] == gold
            counts["either"] += gold in (row["intent"], row["other"])
            counts["ambiguous"] += row["ambiguous"] == "yes"
            if row["intent"] != gold:
                pairs[tuple(sorted((gold, row["intent"])))] += 1
        totals.update(counts)
        lines.append(_row(code, counts))
    lines.append(_row("all", totals))
    return lines, pairs


def _row(name: str, c: Counter) -> str:
    n = c["n"] or 1
    return (f"| {name} | {c['n']} | {100 * c['same'] / n:.1f}% | {100 * c['either'] / n:.1f}% "
            f"| {c['ambiguous']} |")


def _read(path: Path) -> List[Dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def main(argv: Optional[List[str]] = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.reader_agreement", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("action", nargs="?", choices=("score", "sample"), default="score")
    if p.parse_args(argv).action == "sample":
        sample()
        print(f"Wrote {SAMPLES}/<code>.tsv")
        return 0
    lines, pairs = score()
    print("\n".join(lines))
    print("\nDisagreements by pair: " + ", ".join(f"{a}/{b} {n}" for (a, b), n in pairs.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
