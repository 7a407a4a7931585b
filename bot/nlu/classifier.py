"""Rasa NLU component: the intent classifier. A linear SVM over TF-IDF-weighted n-grams and
the sentence embedding, and the nearest training examples by embedding voting beside it.

Rasa's LogisticRegressionClassifier fits raw n-gram counts with C=1: long messages weigh more
than short ones, common character n-grams drown rare ones, and lbfgs needs many iterations on
such badly scaled input. TF-IDF (sublinear, rows normalised; sklearn's TfidfTransformer) in
front fixes that: about 2 points in every language held out (`make nlu-report`). Dense features
(the sentence embedding, bot/nlu/sentence_embedding.py) follow the n-gram counts in each row;
they are already scaled, and pass through unweighted. The nearest training examples by
embedding (bot/nlu/neighbours.py) vote beside the linear scores.

The linear model is sklearn's LinearSVC, its scores turned into probabilities by
CalibratedClassifierCV (sigmoid, fitted on 3 folds, one final SVM): against logistic
regression (liblinear, C=30) it measured 0.3 points better on a validation fifth of the
training part and 0.4 on the held-out split (reports/nlu-report.md), and trains in a third
of the time.

The embedding costs most of a message's time (about 8 of 15 ms), so it is computed only when
needed: the SVM on n-grams alone answers when it is sure (top probability at least
`ngram_confidence`, 0.9) and gives an emergency less than 2% (`ngram_check_above`); only
the others are embedded and answered by the full model. Chosen on a validation fifth of the
training part: a third of the messages answered without the embedding, at the same accuracy
and emergency recall (520 of 563) as the full model for all. Without the emergency check,
"sunati la 999" and "999 پر کال کریں" were taken for answers. Held out: reports/nlu-report.md.

Everything else (features, saving with skops, the ranking it outputs) is Rasa's own.
"""
import logging
from typing import Any, Callable, Dict, List, Sequence, Text

from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.utils.tensorflow.constants import RANKING_LENGTH
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
import numpy as np
import scipy.sparse
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin, clone
from sklearn.calibration import CalibratedClassifierCV
from sklearn.ensemble import VotingClassifier
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import make_pipeline
from sklearn.svm import LinearSVC

from bot.nlu.neighbours import EmbeddingNeighbours
from bot.nlu.sentence_embedding import embed

logger = logging.getLogger(__name__)

# Types skops does not trust by default (Rasa's loader would then quietly start an untrained
# classifier instead): TfidfTransformer's weights are a scipy sparse matrix, VotingClassifier
# keeps its fitted estimators in a Bunch (a dict), CalibratedClassifierCV its SVM and sigmoids
# in two private classes with its folds, and our own two classes.
TRUSTED = ["scipy.sparse._csr.csr_matrix", "sklearn.utils._bunch.Bunch",
           "sklearn.calibration._CalibratedClassifier", "sklearn.calibration._SigmoidCalibration",
           "sklearn.model_selection._split.StratifiedKFold",
           "bot.nlu.classifier.Cascade",
           "bot.nlu.neighbours.EmbeddingNeighbours"]


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True
)
class IntentClassifier(LogisticRegressionClassifier):
    """Rasa's LogisticRegressionClassifier for its plumbing (features in, ranking out, skops),
    with the estimator below in place of its logistic regression (so of its settings only
    random_state and the ranking length still apply). At inference a message's embedding is
    computed here, only if the n-grams are unsure (the featurizer embeds training data only)."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {**LogisticRegressionClassifier.get_default_config(), "C": 1.0,
                "neighbours": 3, "neighbour_weight": 0.4, "ngram_confidence": 0.9,
                "ngram_check": ["emergency"], "ngram_check_above": 0.02}

    def train(self, training_data: TrainingData) -> Resource:
        X, y = self._create_training_matrix(training_data)
        if X.shape[0]:
            # sklearn's calibration counts examples by `y == intent`: a list would count none
            self.clf = estimator(self.config, dense_width(training_data)).fit(X, np.asarray(y))
            self.persist()
        return self._resource

    def process(self, messages: List[Message]) -> List[Message]:
        counts = scipy.sparse.vstack([ngram_counts(m) for m in messages], format="csr")
        if isinstance(self.clf, Cascade):
            probabilities = self.clf.answer(counts, lambda rows: embedding(messages, rows))
        else:
            probabilities = self.clf.predict_proba(counts)
        for message, row in zip(messages, probabilities):
            ranking = sorted(({"name": name, "confidence": p}
                              for name, p in zip(self.clf.classes_, row)),
                             key=lambda e: -e["confidence"])
            message.set(INTENT, ranking[0], add_to_output=True)
            if self.config[RANKING_LENGTH] > 0:
                ranking = ranking[: self.config[RANKING_LENGTH]]
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any
             ) -> "IntentClassifier":
        import skops.io as sio

        try:
            with model_storage.read_from(resource) as model_dir:
                path = model_dir / f"{resource.name}.skops"
                untrusted = set(sio.get_untrusted_types(file=path)) - set(TRUSTED)
                if untrusted:  # a model that cannot be loaded must not pass for an empty one
                    raise RuntimeError(f"untrusted types in {path.name}: {sorted(untrusted)}")
                classifier = sio.load(path, trusted=TRUSTED)
        except ValueError:  # no such resource: nothing was trained (as Rasa's own loader)
            logger.debug(f"No trained {cls.__name__} in resource '{resource.name}'.")
            return cls.create(config, model_storage, resource, execution_context)
        component = cls(config, execution_context.node_name, model_storage, resource)
        component.clf = classifier
        return component


def linear_svm(config: Dict[Text, Any]) -> ClassifierMixin:
    """LinearSVC with probabilities. Every intent needs 3 examples (one per calibration fold);
    sklearn says so if one has fewer. Unlike Rasa's logistic regression, classes are not
    weighted "balanced": that measured 0.1 points worse on validation, 0.3 held out.

    The folds are shuffled: Rasa gives the examples file by file, so unshuffled folds each
    left out mostly whole languages, and the sigmoids learnt from those guesses made every
    probability timid (a median of 0.69 for the model's own training examples, against 0.85
    for unseen ones from a model trained on shuffled data)."""
    svm = LinearSVC(C=config["C"], random_state=config["random_state"])
    folds = StratifiedKFold(3, shuffle=True, random_state=config["random_state"])
    return CalibratedClassifierCV(svm, cv=folds, ensemble=False)


def dense_width(training_data: TrainingData) -> int:
    """How many dense columns end each of Rasa's rows (sparse n-gram counts first)."""
    dense = next((e.get_dense_features(TEXT)[1] for e in training_data.intent_examples
                  if e.get_dense_features(TEXT)[1] is not None), None)
    return dense.features.shape[-1] if dense is not None else 0


def ngram_counts(message: Message) -> scipy.sparse.spmatrix:
    """The message's sentence row of n-gram counts. Rasa's tokenizers give every message at
    least one token, so the featurisers always give one; a pipeline without them cannot work."""
    counts = message.get_sparse_features(TEXT)[1]
    if counts is None:
        raise ValueError("IntentClassifier needs n-gram counts: put a CountVectorsFeaturizer "
                         "before it in the pipeline")
    return counts.features


def embedding(messages: Sequence[Message], rows: Sequence[int]) -> np.ndarray:
    """The sentence embedding of these messages: the featurizer's where it gave one (training
    data), else computed now."""
    given = [messages[i].get_dense_features(TEXT)[1] for i in rows]
    if all(g is not None for g in given):
        return np.vstack([g.features for g in given])
    return embed([messages[i].get(TEXT) or "" for i in rows])


def estimator(config: Dict[Text, Any], dense_width: int) -> ClassifierMixin:
    """What the component trains, from its config (defaults included): TF-IDF over the n-gram
    columns into the linear SVM; with dense columns, a Cascade whose full model is that SVM on
    the weighted n-grams and the dense columns, and with `neighbours` > 0 the nearest examples
    by the dense columns voting too, `neighbour_weight` against the SVM's 1 - weight."""
    if not dense_width:
        return make_pipeline(tfidf(), linear_svm(config))
    full = linear_svm(config)
    if config["neighbours"]:
        nearest = EmbeddingNeighbours(config["neighbours"], columns=dense_width)
        weight = config["neighbour_weight"]
        full = VotingClassifier([("scores", full), ("neighbours", nearest)], voting="soft",
                                weights=[1.0 - weight, weight])
    return Cascade(tfidf(), linear_svm(config), full, dense_width, config["ngram_confidence"],
                   config["ngram_check"], config["ngram_check_above"])


def tfidf() -> TransformerMixin:
    return TfidfTransformer(sublinear_tf=True)


class Cascade(ClassifierMixin, BaseEstimator):
    """Rows of n-gram counts followed by `dense` columns (the embedding). The counts are
    weighted once (`weighting`, TF-IDF: IDF means nothing for the dense columns, and the
    sublinear log would turn their negative values into NaN). `ngrams`, fitted on the weighted
    counts alone, answers the rows it gives one intent at least `sure` probability, unless it
    leaves a `check` intent (an emergency) at `check_above` or more; `full`, fitted on the
    weighted counts and the dense columns, answers the rest. The dense columns are asked for
    only for those rows (`answer`): they cost the time, the n-grams do not.

    sklearn's ColumnTransformer could split the columns, but saves the index of every column
    it selects in the model's JSON: 300,000 of them, hundreds of megabytes to parse at every
    start."""

    def __init__(self, weighting=None, ngrams=None, full=None, dense: int = 1,
                 sure: float = 0.9, check: Sequence[str] = (), check_above: float = 1.0):
        self.weighting = weighting
        self.ngrams = ngrams
        self.full = full
        self.dense = dense
        self.sure = sure
        self.check = check
        self.check_above = check_above

    def fit(self, X, y):
        X, y = scipy.sparse.csr_matrix(X), np.asarray(y)
        counts = X[:, :-self.dense]
        self.weighting_ = clone(self.weighting).fit(counts)
        weighted = self.weighting_.transform(counts)
        self.ngrams_ = clone(self.ngrams).fit(weighted, y)
        self.full_ = clone(self.full).fit(
            scipy.sparse.hstack([weighted, X[:, -self.dense:]], format="csr"), y)
        self.classes_ = self.full_.classes_
        if list(self.ngrams_.classes_) != list(self.classes_):
            raise ValueError("the two models learnt different intents")
        return self

    def predict_proba(self, X) -> np.ndarray:
        X = scipy.sparse.csr_matrix(X)
        return self.answer(X[:, :-self.dense], lambda rows: X[rows][:, -self.dense:].toarray())

    def predict(self, X) -> np.ndarray:
        return self.classes_[self.predict_proba(X).argmax(axis=1)]

    def answer(self, counts, dense_for: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
        """Probabilities for n-gram `counts` rows; dense_for(rows) gives the dense columns of
        those rows, asked once, only for the rows the n-grams are unsure of (maybe none)."""
        weighted = self._weighted(counts)
        probabilities = self.ngrams_.predict_proba(weighted)
        unsure = np.flatnonzero(~self.sure_of(probabilities))
        if len(unsure):
            rows = scipy.sparse.hstack([weighted[unsure], dense_for(unsure)], format="csr")
            probabilities[unsure] = self.full_.predict_proba(rows)
        return probabilities

    def ngram_probabilities(self, counts) -> np.ndarray:
        """What the n-grams alone give these rows of counts."""
        return self.ngrams_.predict_proba(self._weighted(counts))

    def _weighted(self, counts):
        return self.weighting_.transform(scipy.sparse.csr_matrix(counts))

    def sure_of(self, ngram_probabilities: np.ndarray) -> np.ndarray:
        """Which rows the n-grams answer alone: sure of one intent, and either it is a `check`
        intent or they give every `check` intent less than `check_above`."""
        answer = ngram_probabilities.argmax(axis=1)
        checked = np.isin(self.classes_, self.check)
        ruled_out = (ngram_probabilities[:, checked] < self.check_above).all(axis=1)
        return (ngram_probabilities.max(axis=1) >= self.sure) & (checked[answer] | ruled_out)
