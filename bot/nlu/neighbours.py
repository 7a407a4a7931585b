"""Nearest training examples by sentence embedding, as an sklearn classifier.

The linear model draws one boundary per intent; some messages are told apart only by a close
example ("packmoor" is a place someone was attacked, "park and ride stoke" a bus question).
Voting by the few most similar training examples, beside the linear model's scores, gained 1.1
points held out, 3.1 in Urdu and 2.2 in Sorani (reports/nlu-report.md).

Written here rather than using sklearn's KNeighborsClassifier, which would keep the training
vectors as float64 (Rasa's rows are float64): 120 MB in every trained model. This saves them
as float16 (about 30 MB) and computes in float32 (float16 has no BLAS).
"""
import numpy as np
import scipy.sparse
from sklearn.base import BaseEstimator, ClassifierMixin


class EmbeddingNeighbours(ClassifierMixin, BaseEstimator):
    """Cosine similarity to every training vector; the k nearest vote, each by 1/distance as
    sklearn's weights="distance" (an exact match outvotes the rest). Only the last `columns`
    columns of each row are the vector (all when 0): Rasa's rows put the n-grams first."""

    def __init__(self, k: int = 3, columns: int = 0):
        self.k = k
        self.columns = columns

    def fit(self, X, y):
        self.classes_, self.labels_ = np.unique(np.asarray(y), return_inverse=True)
        self._vectors32 = self._unit_vectors(X)
        self.vectors_ = self._vectors32.astype(np.float16)
        return self

    def predict_proba(self, X) -> np.ndarray:
        similarity = self._unit_vectors(X) @ self._vectors32.T
        k = min(self.k, similarity.shape[1])
        nearest = np.argpartition(-similarity, k - 1, axis=1)[:, :k]
        distance = 1.0 - np.take_along_axis(similarity, nearest, axis=1)
        votes = 1.0 / np.maximum(distance, 1e-6)
        proba = np.zeros((len(similarity), len(self.classes_)))
        np.add.at(proba, (np.arange(len(similarity))[:, None], self.labels_[nearest]), votes)
        return proba / proba.sum(axis=1, keepdims=True)

    def predict(self, X) -> np.ndarray:
        return self.classes_[self.predict_proba(X).argmax(axis=1)]

    def _unit_vectors(self, X) -> np.ndarray:
        if self.columns:
            X = X[:, -self.columns:]
        X = X.toarray() if scipy.sparse.issparse(X) else X
        return _unit(np.asarray(X, dtype=np.float32))

    # Saved as float16 only. vectors_ itself stays one object: VotingClassifier refers to this
    # estimator twice, and skops saves an array once only if it is the same object both times.
    def __getstate__(self):
        state = super().__getstate__()
        state.pop("_vectors32", None)
        return state

    def __setstate__(self, state):
        super().__setstate__(state)
        if "vectors_" in state:  # at load, not on the first message
            self._vectors32 = self.vectors_.astype(np.float32)


def _unit(X: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(X, axis=1, keepdims=True)
    return X / np.maximum(norms, 1e-12)
