"""Cross-validated mistakes, for reviewing training data: `python -m bench.nlu_audit [LANG...]`.

`make nlu-report` measures the served pipeline once; this is the reviewer's tool beside it. The
served features and classifier (read from config.yml: folded text, n-gram counts, TF-IDF,
the sentence embedding, the linear SVM), rebuilt from sklearn's parts so that a fit takes
seconds (embeddings are computed once and kept in var/nlu-audit/embeddings.npz),
are cross-validated over each language's examples, and every example it gets wrong is listed
with the intent it was taken for. A reviewer then decides, by the labelling guide in
nlu_data/README.md, whether the label is wrong, the example is ambiguous out of context, or the
data lacks that way of saying it.

Written to var/nlu-audit/<lang>.tsv (text, label, predicted), worst first by intent.
"""
import argparse
import sys
from collections import Counter
from typing import List, Sequence

from bench.nlu_report import LANGUAGES, ROOT, Example, examples, normalised

OUT = ROOT / "var" / "nlu-audit"
EMBEDDINGS = OUT / "embeddings.npz"


class Embeddings:
    """bot.nlu.sentence_embedding.embed, remembered by text across folds and runs."""

    def __init__(self, texts: Sequence[str]):
        import numpy as np

        from bot.nlu.sentence_embedding import embed

        known = {}
        if EMBEDDINGS.exists():
            with np.load(EMBEDDINGS, allow_pickle=False) as saved:
                known = dict(zip(saved["texts"].tolist(), saved["vectors"]))
        missing = sorted(set(texts) - set(known))
        if missing:
            print(f"embedding {len(missing)} texts", file=sys.stderr, flush=True)
            known.update(zip(missing, embed(missing)))
            OUT.mkdir(parents=True, exist_ok=True)
            np.savez(EMBEDDINGS, texts=np.array(list(known)),
                     vectors=np.vstack(list(known.values())))
        self.known = known

    def __call__(self, texts):
        import numpy as np

        return np.vstack([self.known[t] for t in texts])


def model(embeddings: Embeddings):
    """config.yml's featurisers as sklearn transformers, then the served classifier's own
    estimator (as bot.nlu.classifier builds it: TF-IDF on the counts, the linear SVM, and
    the nearest examples by embedding)."""
    import yaml
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.pipeline import make_pipeline, make_union
    from sklearn.preprocessing import FunctionTransformer

    from bot.nlu.classifier import IntentClassifier as Served, estimator
    from bot.intake.normalise import for_matching
    from bot.nlu.sentence_embedding import DIMENSION, SentenceEmbeddingFeaturizer as Embedding

    steps = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))["pipeline"]
    parts = [
        CountVectorizer(preprocessor=for_matching, analyzer=step.get("analyzer", "word"),
                        ngram_range=(step.get("min_ngram", 1), step.get("max_ngram", 1)))
        for step in steps if step["name"] == "CountVectorsFeaturizer"]
    dense = any(step["name"].endswith(Embedding.__name__) for step in steps)
    if dense:
        parts.append(FunctionTransformer(embeddings))
    served = next(step for step in steps if step["name"].endswith(Served.__name__))
    config = {**Served.get_default_config(), **{k: v for k, v in served.items() if k != "name"}}
    return make_pipeline(make_union(*parts), estimator(config, DIMENSION if dense else 0))


def mistakes(rows: Sequence[Example], folds: int, seed: int, embeddings: Embeddings):
    """Grouped by normalised text, so a repeated text is never on both sides of a fold."""
    from sklearn.model_selection import StratifiedGroupKFold, cross_val_predict

    texts = [r.text for r in rows]
    labels = [r.intent for r in rows]
    groups = [normalised(t) for t in texts]
    cv = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=seed)
    predicted = cross_val_predict(model(embeddings), texts, labels, groups=groups, cv=cv)
    return [(t, y, p) for t, y, p in zip(texts, labels, predicted) if y != p]


def audit(language: str, rows: List[Example], folds: int, seed: int,
          embeddings: Embeddings) -> str:
    wrong = mistakes(rows, folds, seed, embeddings)
    accuracy = 100 * (1 - len(wrong) / len(rows))
    per_intent = Counter(y for _, y, _ in wrong)
    wrong.sort(key=lambda w: (-per_intent[w[1]], w[1], w[2]))
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / f"{language}.tsv", "w", encoding="utf-8") as f:
        f.write("text\tlabel\tpredicted\n")
        f.writelines(f"{t}\t{y}\t{p}\n" for t, y, p in wrong)
    pairs = Counter(tuple(sorted((y, p))) for _, y, p in wrong).most_common(4)
    worst = ", ".join(f"{a}/{b} {n}" for (a, b), n in pairs)
    return f"{language}: {accuracy:.1f}% of {len(rows)} ({len(wrong)} wrong; {worst})"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("languages", nargs="*", default=list(LANGUAGES))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args(argv)
    data = [e for e in examples() if e.language in args.languages]
    embeddings = Embeddings([e.text for e in data])
    for language in args.languages:
        rows = [e for e in data if e.language == language]
        print(audit(language, rows, args.folds, args.seed, embeddings), flush=True)
    print(f"mistakes listed in {OUT.relative_to(ROOT)}/<lang>.tsv", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
