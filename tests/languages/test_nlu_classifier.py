"""The intent classifier survives saving and loading: Rasa's loader would otherwise fall back,
without a word, to an untrained classifier when skops distrusts a type in the saved file."""
import io
import zipfile

import numpy as np
import pytest
import scipy.sparse
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, INTENT, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.classifier import IntentClassifier

WORDS = ["help", "now", "knife", "report", "racist", "neighbour", "bye", "thanks"]
EXAMPLES = {
    "emergency": ["help now", "knife now", "help knife"],
    "report_incident": ["report racist neighbour", "racist neighbour", "report racist"],
    "goodbye": ["bye thanks", "bye", "thanks bye"],
}


def message(text, intent=None, unseen_ngrams=0):
    counts = np.array([[text.split().count(w) for w in WORDS] + [0] * unseen_ngrams],
                      dtype=float)
    m = Message(data={TEXT: text, **({INTENT: intent} if intent else {})})
    m.add_features(Features(scipy.sparse.coo_matrix(counts), FEATURE_TYPE_SENTENCE, TEXT, "counts"))
    # A dense sentence vector after the counts, as the embedding gives (negative values too:
    # TF-IDF must not touch them).
    parting = "bye" in text or "thanks" in text
    dense = np.array([[len(text) / 20, -1.0 if parting else 0.5]])
    m.add_features(Features(dense, FEATURE_TYPE_SENTENCE, TEXT, "embedding"))
    return m


@pytest.fixture
def stored(tmp_path):
    storage = LocalModelStorage(tmp_path)
    context = ExecutionContext(GraphSchema({}), node_name="classifier")
    return storage, Resource("classifier"), context


def test_a_saved_classifier_loads_trained_and_answers_the_same(stored):
    storage, resource, context = stored
    trained = IntentClassifier.create({}, storage, resource, context)
    trained.train(TrainingData([message(t, i) for i, ts in EXAMPLES.items() for t in ts]))

    loaded = IntentClassifier.load({}, storage, resource, context)
    texts = ["knife help", "racist report neighbour", "thanks"]
    # Fresh messages for each: process() sets the intent on the messages it is given.
    by_loaded = [m.get("intent_ranking") for m in loaded.process([message(t) for t in texts])]
    by_trained = [m.get("intent_ranking") for m in trained.process([message(t) for t in texts])]
    assert [r[0]["name"] for r in by_loaded] == ["emergency", "report_incident", "goodbye"]
    assert by_loaded == by_trained  # the same confidences, not only the same winners


def test_a_message_without_n_gram_counts_is_a_clear_error(stored):
    """A pipeline missing its CountVectorsFeaturizer says so, not a numpy traceback."""
    storage, resource, context = stored
    trained = IntentClassifier.create({}, storage, resource, context)
    trained.train(TrainingData([message(t, i) for i, ts in EXAMPLES.items() for t in ts]))
    with pytest.raises(ValueError, match="needs n-gram counts"):
        trained.process([Message(data={TEXT: "help now"})])


def test_the_training_vectors_are_saved_once_as_float16(stored):
    """The nearest-examples vote keeps every training vector (30 MB in the real model)."""
    storage, resource, context = stored
    examples = [message(t, i) for i, ts in EXAMPLES.items() for t in ts]
    IntentClassifier.create({}, storage, resource, context).train(TrainingData(examples))
    with storage.read_from(resource) as model_dir:
        with zipfile.ZipFile(model_dir / f"{resource.name}.skops") as saved:
            arrays = [np.load(io.BytesIO(saved.read(name))) for name in saved.namelist()
                      if name.endswith(".npy")]
    assert [a.dtype for a in arrays if a.shape == (len(examples), 2)] == [np.float16]


def test_the_saved_description_does_not_grow_with_the_n_gram_columns(tmp_path):
    """The real model has about 300,000 n-gram columns; sklearn's ColumnTransformer wrote each
    one's index into the saved JSON (hundreds of megabytes to parse at every start)."""
    def description_size(columns):
        (tmp_path / str(columns)).mkdir()
        storage = LocalModelStorage(tmp_path / str(columns))
        resource = Resource("classifier")
        context = ExecutionContext(GraphSchema({}), node_name="classifier")
        trained = IntentClassifier.create({}, storage, resource, context)
        trained.train(TrainingData([message(t, i, unseen_ngrams=columns)
                                    for i, ts in EXAMPLES.items() for t in ts]))
        with storage.read_from(resource) as model_dir:
            with zipfile.ZipFile(model_dir / f"{resource.name}.skops") as saved:
                return saved.getinfo("schema.json").file_size

    assert description_size(50_000) - description_size(0) < 1_000


# The n-grams give "knife help now" emergency 0.88; "racist" report_incident 0.78 (emergency
# 0.12); "bye thanks" goodbye 0.84 (emergency 0.08); "neighbour now" emergency 0.54.
@pytest.mark.parametrize("config, unsure", [
    ({"ngram_confidence": 0.0, "ngram_check": []}, []),
    ({"ngram_confidence": 0.8, "ngram_check": []}, [1, 3]),
    ({"ngram_confidence": 1.01, "ngram_check": []}, [0, 1, 2, 3]),
    # an emergency is not ruled out by the n-grams alone, but may be confirmed by them
    ({"ngram_confidence": 0.0, "ngram_check": ["emergency"], "ngram_check_above": 0.05}, [1, 2]),
    ({"ngram_confidence": 0.0, "ngram_check": ["emergency"], "ngram_check_above": 0.1}, [1]),
])
def test_the_embedding_is_asked_for_only_the_messages_the_n_grams_are_unsure_of(
        stored, config, unsure):
    """The embedding is most of a message's time: a message the n-grams are sure of is
    answered without it, the others by the model that has it."""
    storage, resource, context = stored
    trained = IntentClassifier.create(config, storage, resource, context)
    trained.train(TrainingData([message(t, i) for i, ts in EXAMPLES.items() for t in ts]))
    cascade = trained.clf
    rows = [message(t) for t in ["knife help now", "racist", "bye thanks", "neighbour now"]]
    X = scipy.sparse.vstack([scipy.sparse.hstack([m.get_sparse_features(TEXT)[1].features,
                                                  m.get_dense_features(TEXT)[1].features])
                             for m in rows], format="csr")
    counts, dense = X[:, :-2], X[:, -2:].toarray()
    by_ngrams = cascade.ngram_probabilities(counts)
    asked = []

    def dense_for(wanted):
        asked.append(list(wanted))
        return dense[wanted]

    answers = cascade.answer(counts, dense_for)
    assert asked == ([unsure] if unsure else [])
    sure_rows = np.setdiff1d(np.arange(len(rows)), unsure)
    assert np.allclose(answers[sure_rows], by_ngrams[sure_rows])
    if unsure:
        weighted = cascade.weighting_.transform(counts[unsure])
        by_full = cascade.full_.predict_proba(
            scipy.sparse.hstack([weighted, dense[unsure]], format="csr"))
        assert np.allclose(answers[unsure], by_full)
    assert np.allclose(cascade.predict_proba(X), answers)


def test_probabilities_do_not_depend_on_the_examples_coming_language_by_language(stored):
    """Rasa gives the examples file by file. Calibration folds cut in that order would each
    leave out a whole language, and the probabilities learnt from those guesses were timid."""
    rng = np.random.default_rng(0)
    intents = ["greet", "goodbye", "thank"]
    width = 6 * len(intents) * 4  # each language's own words, 4 per intent

    def counts(language, intent):
        row = np.zeros((1, width))
        start = (len(intents) * language + intents.index(intent)) * 4
        row[0, start + rng.choice(4, size=2, replace=False)] = 1
        return row

    examples = []
    for language in range(6):  # one language after the other, as Rasa reads nlu_data/
        for intent in intents:
            for _ in range(4):
                m = Message(data={TEXT: f"{language}-{intent}", INTENT: intent})
                m.add_features(Features(scipy.sparse.coo_matrix(counts(language, intent)),
                                        FEATURE_TYPE_SENTENCE, TEXT, "counts"))
                examples.append(m)
    storage, resource, context = stored
    trained = IntentClassifier.create({}, storage, resource, context)
    trained.train(TrainingData(examples))
    seen = [Message(data={TEXT: m.get(TEXT)}) for m in examples[::4]]
    for fresh, m in zip(seen, examples[::4]):
        fresh.add_features(m.get_sparse_features(TEXT)[1])
    trained.process(seen)
    assert [m.get("intent")["name"] for m in seen] == [m.get(INTENT) for m in examples[::4]]
    # unshuffled folds: 0.976 at least (0.69 the median in the real model); shuffled: 0.991
    assert min(m.get("intent")["confidence"] for m in seen) > 0.985
