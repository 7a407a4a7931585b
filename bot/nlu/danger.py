"""Rasa NLU component: overrides the intent with `emergency` when danger words appear."""
from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.safety import mentions_danger

EMERGENCY = "emergency"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class DangerWordOverride(GraphComponent):
    """Runs after the classifier; the model's ranking is kept for diagnosis."""

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "DangerWordOverride":
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            if text and mentions_danger(text):
                message.set(INTENT, {"name": EMERGENCY, "confidence": 1.0}, add_to_output=True)
                ranking = message.get(INTENT_RANKING_KEY) or []
                others = [r for r in ranking if r.get("name") != EMERGENCY]
                message.set(INTENT_RANKING_KEY, [{"name": EMERGENCY, "confidence": 1.0}] + others, add_to_output=True)
        return messages
