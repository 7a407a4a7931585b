"""Held-out intent accuracy per language: `python -m bench.nlu_report` (`make nlu-report`).

One stratified split (80% train, 20% test, stratified by intent AND language, fixed seed), one
training of config.yml's NLU pipeline (rasa.model_training.train_nlu), then every held-out
message parsed in one batch through the trained model's own graph (the graph runner that
`rasa run` uses for /model/parse), so the danger-word override is measured as it serves.
Emergency recall is given with the override and without it, the latter read from the same
graph stopped at the override's input (the classifier's ranking before the override).

Why not k-fold with a training per fold: one Rasa training is most of the cost of a run, and
`make nlu-report` must finish in minutes, not hours, on two busy cores. Why one batch: Rasa's
components process lists of messages, and a batch featurises and classifies at once.

Written to reports/nlu-report.md (committed; the README links it).
"""
import argparse
import datetime
import os
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Dict, List, NamedTuple, Optional, Sequence, Tuple

# Rasa's training cache would make a second run "train" in seconds; the report gives the real cost.
os.environ.setdefault("RASA_MAX_CACHE_SIZE", "0")

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "ur", "pl", "ro", "ar", "ckb", "pa", "fa")
EMERGENCY = "emergency"
OVERRIDE = "DangerWordOverride"


class Example(NamedTuple):
    language: str
    intent: str
    text: str


class Result(NamedTuple):
    language: str
    intent: str          # the label
    predicted: str       # what the full pipeline says (override included)
    model_only: str      # what the classifier said before the override
    text: str


def examples() -> List[Example]:
    """Every intent example, its language taken from its folder (nlu_data/<code>/nlu.yml)."""
    from rasa.shared.nlu.training_data.loading import load_data

    out = []
    for path in sorted((ROOT / "nlu_data").glob("*/nlu.yml")):
        for message in load_data(str(path)).intent_examples:
            out.append(Example(path.parent.name, message.get("intent"), message.get("text")))
    return out


def normalised(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def contradictions(data: Sequence[Example]) -> List[Tuple[str, str, List[str]]]:
    """The same text (up to case and spacing) under different intents: no model can get both."""
    intents: Dict[Tuple[str, str], set] = defaultdict(set)
    for e in data:
        intents[(e.language, normalised(e.text))].add(e.intent)
    return [(lang, text, sorted(i)) for (lang, text), i in sorted(intents.items()) if len(i) > 1]


def split(data: Sequence[Example], test_size: float, seed: int):
    """Stratified by (intent, language); a duplicate text stays on one side of the split.

    Duplicates are grouped first so that a test message never also sits, verbatim, in the
    training data (that would flatter the figures).
    """
    from sklearn.model_selection import train_test_split

    groups: Dict[Tuple[str, str, str], List[Example]] = defaultdict(list)
    for e in data:
        groups[(e.language, e.intent, normalised(e.text))].append(e)
    keys = list(groups)
    strata = [f"{lang}:{intent}" for lang, intent, _ in keys]
    counts = Counter(strata)
    # A stratum with a single example cannot be split; let it go with its intent instead.
    strata = [s if counts[s] >= 2 else s.split(":")[1] for s in strata]
    train_keys, test_keys = train_test_split(keys, test_size=test_size, random_state=seed,
                                             stratify=strata)
    return ([e for k in train_keys for e in groups[k]], [groups[k][0] for k in test_keys])


def write_nlu(rows: Sequence[Example], path: Path) -> None:
    from rasa.shared.nlu.training_data.message import Message
    from rasa.shared.nlu.training_data.training_data import TrainingData

    td = TrainingData([Message(data={"text": e.text, "intent": e.intent}) for e in rows])
    path.write_text(td.nlu_as_yaml(), encoding="utf-8")


def train(rows: Sequence[Example], config: Path, tmp: Path) -> Tuple[str, float]:
    from rasa.model_training import train_nlu

    data = tmp / "nlu.yml"
    write_nlu(rows, data)
    started = time.perf_counter()
    model = train_nlu(str(config), str(data), str(tmp / "models"), fixed_model_name="heldout")
    return model, time.perf_counter() - started


def _intents(runner, target: str, messages) -> List[str]:
    from rasa.engine.constants import PLACEHOLDER_MESSAGE

    parsed = runner.run(inputs={PLACEHOLDER_MESSAGE: messages}, targets=[target])[target]
    return [m.get("intent", {}).get("name") for m in parsed]


def parse(model: str, test: Sequence[Example]) -> List[Result]:
    """Runs the trained graph once over all test messages: with the override and without it."""
    from rasa.core.agent import Agent
    from rasa.core.channels import UserMessage

    processor = Agent.load(model).processor
    schema = processor.model_metadata.predict_schema
    target = processor.model_metadata.nlu_target
    override = next((n for n, s in schema.nodes.items() if s.uses.__name__ == OVERRIDE), None)
    before = schema.nodes[override].needs["messages"] if override else target
    messages = [UserMessage(e.text, sender_id=f"nlu-report-{i}") for i, e in enumerate(test)]
    full = _intents(processor.graph_runner, target, messages)
    model_only = _intents(processor.graph_runner, before, messages)
    results = [Result(e.language, e.intent, p, m, e.text) for e, p, m in zip(test, full, model_only)]
    return results, ngrams_alone(processor, messages)


def ngrams_alone(processor, messages) -> Optional[float]:
    """Share of the messages the classifier answers from the n-grams alone, without computing
    their embedding (bot/nlu/classifier.py's Cascade); None when it has no such step."""
    import numpy as np
    import scipy.sparse
    from rasa.engine.constants import PLACEHOLDER_MESSAGE

    from bot.nlu.classifier import Cascade, IntentClassifier, ngram_counts

    schema = processor.model_metadata.predict_schema
    node = next((n for n, s in schema.nodes.items() if s.uses is IntentClassifier), None)
    if node is None:
        return None
    # Rasa keeps its loaded components private; the classifier is only read here.
    classifier = processor.graph_runner._instantiated_nodes[node]._component.clf
    if not isinstance(classifier, Cascade):
        return None
    featurised_by = schema.nodes[node].needs["messages"]
    featurised = processor.graph_runner.run(inputs={PLACEHOLDER_MESSAGE: messages},
                                            targets=[featurised_by])[featurised_by]
    counts = scipy.sparse.vstack([ngram_counts(m) for m in featurised])
    return float(np.mean(classifier.sure_of(classifier.ngram_probabilities(counts))))


def check_against_single_parses(model: str, results: Sequence[Result], n: int = 25) -> None:
    """The batch must agree with the one-message-at-a-time parse the server does."""
    import asyncio

    from rasa.core.agent import Agent

    agent = Agent.load(model)
    for r in results[:: max(1, len(results) // n)]:
        served = asyncio.run(agent.parse_message(r.text))["intent"]["name"]
        if served != r.predicted:
            raise AssertionError(f"batch said {r.predicted}, server says {served}: {r.text!r}")


# ---------------------------------------------------------------- figures


def accuracy(rows: Sequence[Result]) -> float:
    return 100 * sum(r.intent == r.predicted for r in rows) / len(rows)


def macro_f1(rows: Sequence[Result]) -> float:
    from sklearn.metrics import f1_score

    return f1_score([r.intent for r in rows], [r.predicted for r in rows], average="macro",
                    zero_division=0)


def recall(rows: Sequence[Result], model_only: bool = False) -> str:
    em = [r for r in rows if r.intent == EMERGENCY]
    if not em:
        return "-"
    hit = sum((r.model_only if model_only else r.predicted) == EMERGENCY for r in em)
    return f"{100 * hit / len(em):.1f}% ({hit}/{len(em)})"


def false_alarms(rows: Sequence[Result]) -> int:
    """Ordinary messages taken for an emergency (a cost, but the safe side)."""
    return sum(r.intent != EMERGENCY and r.predicted == EMERGENCY for r in rows)


def confused_pairs(rows: Sequence[Result]) -> List[Tuple[Tuple[str, str], int]]:
    """Unordered intent pairs by how often either was taken for the other."""
    pairs = Counter(tuple(sorted((r.intent, r.predicted))) for r in rows if r.intent != r.predicted)
    return pairs.most_common()


def interruptions() -> frozenset:
    """The intents that interrupt the report form (domain.yml's x-interruptions): inside a
    report every other intent is taken as the answer to the question asked."""
    import yaml

    with open(ROOT / "domain.yml", encoding="utf-8") as f:
        return frozenset(yaml.safe_load(f)["x-interruptions"])


def form_errors(rows: Sequence[Result], stopping: frozenset) -> str:
    """Answers the form would not take, and interruptions it would take as answers."""
    answers = [r for r in rows if r.intent not in stopping]
    stops = [r for r in rows if r.intent in stopping]
    lost = sum(r.predicted in stopping for r in answers)
    missed = sum(r.predicted not in stopping for r in stops)
    return (f"{100 * lost / max(1, len(answers)):.1f}% ({lost}/{len(answers)}) | "
            f"{100 * missed / max(1, len(stops)):.1f}% ({missed}/{len(stops)})")


def verdict(acc: float) -> str:
    return "meets 95%" if acc >= 95 else ("below 95%" if acc >= 90 else "**below 90%**")


def report(results: Sequence[Result], n_examples: int, n_train: int, train_seconds: float,
           config: Path, seed: int, test_size: float, contradicted,
           ngrams_share: Optional[float] = None) -> str:
    by_lang: Dict[str, List[Result]] = defaultdict(list)
    for r in results:
        by_lang[r.language].append(r)
    langs = [c for c in LANGUAGES if c in by_lang] + sorted(set(by_lang) - set(LANGUAGES))
    today = datetime.date.today().isoformat()
    lines = [
        "# NLU report: intent classification per language", "",
        f"Measured {today} by `make nlu-report` (`bench/nlu_report.py`) on this machine.", "",
        f"- Data: {n_examples} intent examples in `nlu_data/*/nlu.yml` "
        f"({len(langs)} languages, {len({r.intent for r in results})} intents).",
        f"- Split: held out {test_size:.0%}, stratified by intent and language, seed {seed}; "
        "repeated texts kept on one side. "
        f"Trained on {n_train} examples, tested on {len(results)}.",
        f"- Pipeline: `{config.name}` as served (tokenizer, featurisers, classifier, "
        "danger-word override), trained once with `rasa.model_training.train_nlu`; the test "
        "messages parsed through the trained model's graph.",
        f"- Training time: {train_seconds:.0f} s (NLU only, Rasa's training cache off).",
        *([f"- Answered from the n-grams alone, without computing the sentence embedding: "
           f"{ngrams_share:.0%} of the test messages."] if ngrams_share is not None else []),
        "- Target: at least 95% intent accuracy in every language, none below 90%.", "",
        "| language | test messages | intent accuracy | macro-F1 | emergency recall | "
        "emergency recall without the override | false emergencies | verdict |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for lang in langs + ["all"]:
        rows = list(results) if lang == "all" else by_lang[lang]
        acc = accuracy(rows)
        lines.append(f"| {lang} | {len(rows)} | {acc:.1f}% | {macro_f1(rows):.3f} | "
                     f"{recall(rows)} | {recall(rows, model_only=True)} | {false_alarms(rows)} | "
                     f"{verdict(acc) if lang != 'all' else ''} |")
    lines += ["", "## Worst-confused intent pairs", "",
              "All languages (either intent taken for the other):", ""]
    lines += [f"- {a} / {b}: {n}" for (a, b), n in confused_pairs(results)[:10]] or ["- none"]
    lines += ["", "Per language (the three worst pairs):", ""]
    for lang in langs:
        pairs = confused_pairs(by_lang[lang])[:3]
        lines.append(f"- {lang}: " + (", ".join(f"{a} / {b} ({n})" for (a, b), n in pairs)
                                       or "none"))
    stopping = interruptions()
    lines += ["", "## What the form would do with the same messages", "",
              "Inside a report the form takes any message as the answer to its question unless "
              "its intent is one that interrupts (domain.yml's `x-interruptions`: "
              f"{', '.join(sorted(stopping))}). So what matters there is whether an answer is "
              "taken for an interruption (the question is asked again, or the report pauses), "
              "and whether an interruption is taken for an answer:", "",
              "| language | answers taken for an interruption | interruptions taken as answers |",
              "|---|---:|---:|"]
    lines += [f"| {lang} | {form_errors(list(results) if lang == 'all' else by_lang[lang], stopping)} |"
              for lang in langs + ["all"]]
    lines += ["", "## Contradictory examples", "",
              "The same text (up to case and spacing) labelled with different intents:", ""]
    lines += [f"- {lang}: \"{text}\" -> {', '.join(i)}" for lang, text, i in contradicted[:20]] \
        or ["- none"]
    return "\n".join(lines) + "\n"


def main(argv: Optional[List[str]] = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.nlu_report", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--test-size", type=float, default=0.2)
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--config", default=str(ROOT / "config.yml"))
    p.add_argument("--out", default=str(ROOT / "reports" / "nlu-report.md"),
                   help="'-' prints only")
    p.add_argument("--errors", action="store_true", help="print every misclassified message")
    args = p.parse_args(argv)
    data = examples()
    train_rows, test_rows = split(data, args.test_size, args.seed)
    print(f"{len(data)} examples: training on {len(train_rows)}, testing on {len(test_rows)}",
          flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        model, seconds = train(train_rows, Path(args.config), Path(tmp))
        print(f"trained in {seconds:.0f} s", flush=True)
        results, ngrams_share = parse(model, test_rows)
        check_against_single_parses(model, results)
    if args.errors:
        for r in sorted(results):
            if r.intent != r.predicted:
                print(f"{r.language}\t{r.intent} -> {r.predicted}\t{r.text}")
    text = report(results, len(data), len(train_rows), seconds, Path(args.config), args.seed,
                  args.test_size, contradictions(data), ngrams_share)
    print(text)
    if args.out != "-":
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        # Keep any hand-written notes below the generated part (see MARKER).
        notes = ""
        if out.exists() and MARKER in out.read_text(encoding="utf-8"):
            notes = out.read_text(encoding="utf-8").split(MARKER, 1)[1]
        out.write_text(text + "\n" + MARKER + notes, encoding="utf-8")
        print(f"Wrote {out}")
    return 0


# Everything in the report below this line is written by hand and kept across runs.
MARKER = "<!-- notes: kept by make nlu-report -->\n"

if __name__ == "__main__":
    raise SystemExit(main())
