"""Rasa NLU component: the skip words the assistant tells people to type always mean "skip".

The replies say "reply skip to any question" in the reporter's language ("pomiń", "ਛੱਡੋ"...).
A statistical classifier can take such a word for `stop_report` and end the report, so a whole
message that is a skip phrase (bot.intake.is_skip, in any of our languages) becomes
`dont_know`. It runs before DangerWordOverride, so danger still wins.
"""
from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.i18n import LANGUAGES
from bot.intake import is_skip

DONT_KNOW = "dont_know"
MAX_WORDS = 6  # a skip phrase is short; longer messages are left to the model


def is_skip_phrase(text: str) -> bool:
    return len(text.split()) <= MAX_WORDS and any(is_skip(text, lang) for lang in LANGUAGES)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class SkipWordOverride(GraphComponent):
    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "SkipWordOverride":
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            if text and is_skip_phrase(text):
                message.set(INTENT, {"name": DONT_KNOW, "confidence": 1.0}, add_to_output=True)
                others = [r for r in (message.get(INTENT_RANKING_KEY) or []) if r.get("name") != DONT_KNOW]
                message.set(INTENT_RANKING_KEY, [{"name": DONT_KNOW, "confidence": 1.0}] + others,
                            add_to_output=True)
        return messages
