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

Everything else (features, saving with skops, the ranking it outputs) is Rasa's own.
"""
import logging
from typing import Any, Dict, Text

from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.training_data import TrainingData
import scipy.sparse
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.ensemble import VotingClassifier
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.pipeline import make_pipeline
from sklearn.svm import LinearSVC

from bot.nlu.neighbours import EmbeddingNeighbours

logger = logging.getLogger(__name__)

# Types skops does not trust by default (Rasa's loader would then quietly start an untrained
# classifier instead): TfidfTransformer's weights are a scipy sparse matrix, VotingClassifier
# keeps its fitted estimators in a Bunch (a dict), CalibratedClassifierCV its SVM and sigmoids
# in two private classes, and our own two classes.
TRUSTED = ["scipy.sparse._csr.csr_matrix", "sklearn.utils._bunch.Bunch",
           "sklearn.calibration._CalibratedClassifier", "sklearn.calibration._SigmoidCalibration",
           "bot.nlu.classifier.TfidfOnCounts", "bot.nlu.neighbours.EmbeddingNeighbours"]


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True
)
class IntentClassifier(LogisticRegressionClassifier):
    """Rasa's LogisticRegressionClassifier for its plumbing (features in, ranking out, skops),
    with the estimator below in place of its logistic regression (so of its settings only
    random_state and the ranking length still apply)."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {**LogisticRegressionClassifier.get_default_config(), "C": 1.0,
                "neighbours": 3, "neighbour_weight": 0.4}

    def train(self, training_data: TrainingData) -> Resource:
        self.clf = estimator(self.config, dense_width(training_data))
        return super().train(training_data)

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
    weighted "balanced": that measured 0.1 points worse on validation, 0.3 held out."""
    svm = LinearSVC(C=config["C"], random_state=config["random_state"])
    return CalibratedClassifierCV(svm, cv=3, ensemble=False)


def dense_width(training_data: TrainingData) -> int:
    """How many dense columns end each of Rasa's rows (sparse n-gram counts first)."""
    dense = next((e.get_dense_features(TEXT)[1] for e in training_data.intent_examples
                  if e.get_dense_features(TEXT)[1] is not None), None)
    return dense.features.shape[-1] if dense is not None else 0


def estimator(config: Dict[Text, Any], dense_width: int) -> ClassifierMixin:
    """What the component trains, from its config (defaults included): TF-IDF over the n-gram
    columns into the linear SVM; with dense columns and `neighbours` > 0, the nearest examples
    by those columns vote too, `neighbour_weight` against the SVM's 1 - weight."""
    scores = make_pipeline(TfidfOnCounts(dense_width), linear_svm(config))
    if not dense_width or not config["neighbours"]:
        return scores
    nearest = EmbeddingNeighbours(config["neighbours"], columns=dense_width)
    weight = config["neighbour_weight"]
    return VotingClassifier([("scores", scores), ("neighbours", nearest)], voting="soft",
                            weights=[1.0 - weight, weight])


class TfidfOnCounts(TransformerMixin, BaseEstimator):
    """TF-IDF over all but the last `dense` columns; those pass through as they are (IDF means
    nothing for them, and the sublinear log would turn negative values into NaN).

    sklearn's ColumnTransformer does the same, but saves the index of every column it selects
    in the model's JSON: 300,000 of them, hundreds of megabytes to parse at every start."""

    def __init__(self, dense: int = 0):
        self.dense = dense

    def fit(self, X, y=None):
        self.tfidf_ = TfidfTransformer(sublinear_tf=True).fit(
            self._counts(scipy.sparse.csr_matrix(X)))
        return self

    def transform(self, X):
        X = scipy.sparse.csr_matrix(X)
        weighted = self.tfidf_.transform(self._counts(X))
        if not self.dense:
            return weighted
        return scipy.sparse.hstack([weighted, X[:, -self.dense:]], format="csr")

    def _counts(self, X):
        return X[:, :-self.dense] if self.dense else X
