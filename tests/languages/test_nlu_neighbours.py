"""The nearest-examples vote (bot/nlu/neighbours.py) beside the linear intent scores."""
import numpy as np
import scipy.sparse
import skops.io as sio

from bot.nlu.neighbours import EmbeddingNeighbours

# Two directions in a 3-dimensional "embedding"; lengths differ, as cosine must ignore them.
VECTORS = np.array([[1, 0.1, 0], [2, 0, 0.1], [0.9, 0, 0], [0, 1, 0.1], [0, 3, 0], [0.1, 1, 0]])
LABELS = ["inform", "inform", "inform", "out_of_scope", "out_of_scope", "out_of_scope"]


def test_the_nearest_examples_decide_and_an_exact_match_outvotes_the_rest():
    nearest = EmbeddingNeighbours(k=3).fit(VECTORS, LABELS)
    proba = nearest.predict_proba(np.array([[5, 0.4, 0], [0, 1, 0.1], [0.2, 0.3, 0]]))
    assert list(nearest.classes_) == ["inform", "out_of_scope"]
    assert list(nearest.predict(np.array([[5, 0.4, 0]]))) == ["inform"]
    assert proba[0, 0] == 1.0  # its three nearest are all inform
    assert proba[1, 1] > 0.999  # the same direction as a training example
    assert proba[2, 1] == 1.0
    four = EmbeddingNeighbours(k=4).fit(VECTORS, LABELS).predict_proba(np.array([[0.2, 0.3, 0]]))
    assert 0.5 < four[0, 1] < 1  # an inform is the fourth nearest, and far: it counts for less
    assert np.allclose(proba.sum(axis=1), 1)


def test_fewer_examples_than_k_and_a_zero_vector_still_give_probabilities():
    nearest = EmbeddingNeighbours(k=10).fit(VECTORS[[0, 3]], [LABELS[0], LABELS[3]])
    proba = nearest.predict_proba(np.array([[1, 0.2, 0], [0, 0, 0]]))
    assert proba[0, 0] > 0.9  # both vote, the nearer far more
    assert proba[1].tolist() == [0.5, 0.5]  # no direction: nobody is nearer


def test_only_the_last_columns_are_the_vector_and_rows_may_be_sparse():
    counts = np.array([[9, 0], [0, 9], [9, 0], [0, 9], [9, 0], [0, 9]])  # say the opposite
    rows = scipy.sparse.csr_matrix(np.hstack([counts, VECTORS]))
    nearest = EmbeddingNeighbours(k=3, columns=3).fit(rows, LABELS)
    query = scipy.sparse.csr_matrix([[0, 9, 5, 0.4, 0]])
    assert list(nearest.predict(query)) == ["inform"]


def test_loaded_ready_and_answering_the_same(tmp_path):
    """Saved as float16 (test_nlu_classifier checks that, inside the whole classifier)."""
    nearest = EmbeddingNeighbours(k=3).fit(VECTORS, LABELS)
    query = np.array([[0.2, 0.3, 0], [1, 1, 0]])
    before = nearest.predict_proba(query)
    path = tmp_path / "nearest.skops"
    sio.dump(nearest, path)
    loaded = sio.load(path, trusted=["bot.nlu.neighbours.EmbeddingNeighbours"])
    assert loaded._vectors32.dtype == np.float32  # ready for the first message
    assert np.allclose(loaded.predict_proba(query), before, atol=1e-3)
