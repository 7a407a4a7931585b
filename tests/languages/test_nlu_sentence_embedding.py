"""The sentence embedding the classifier is given: the same meaning lands close across languages
and spellings, and each message gets one sentence-level vector."""
import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.sentence_embedding import SentenceEmbeddingFeaturizer, embed

ABUSE = "my neighbour shouted racist abuse at me"
SAME_IN = {
    "pl": "sąsiad krzyczał na mnie rasistowskie obelgi",
    "ar": "جاري صرخ علي بشتائم عنصرية",
    "fa": "همسایه‌ام به من فحش نژادپرستانه داد",
    "ur": "میرے پڑوسی نے مجھے نسلی گالیاں دیں",
}
UNRELATED = "the bins were not collected this week"


@pytest.mark.parametrize("language", sorted(SAME_IN))
def test_the_same_report_in_another_language_is_nearer_than_another_subject(language):
    english, translated, unrelated = embed([ABUSE, SAME_IN[language], UNRELATED])
    assert translated @ english > unrelated @ english


def test_a_missing_diacritic_barely_moves_a_message():
    typed, plain, other = embed(["zgłosić incydent", "zglosic incydent", UNRELATED])
    assert typed @ plain > typed @ other + 0.1


@pytest.fixture(scope="module")
def featurizer():
    return SentenceEmbeddingFeaturizer.create(
        SentenceEmbeddingFeaturizer.get_default_config(), None, None,
        ExecutionContext(GraphSchema({}), node_name="embedding"))


def test_each_training_example_gets_one_sentence_vector_and_empty_ones_none(featurizer):
    messages = [Message(data={TEXT: ABUSE}), Message(data={TEXT: ""})]
    featurizer.process_training_data(TrainingData(messages))
    sequence, sentence = messages[0].get_dense_features(TEXT)
    assert sequence is None and sentence.features.shape == (1, 384)
    assert np.isclose(np.linalg.norm(sentence.features), 1.0, atol=1e-3)
    assert messages[1].get_dense_features(TEXT) == (None, None)


def test_a_parsed_message_is_left_for_the_classifier_to_embed(featurizer):
    message = Message(data={TEXT: ABUSE})
    featurizer.process([message])
    assert message.get_dense_features(TEXT) == (None, None)
