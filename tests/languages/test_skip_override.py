"""The skip word each language's replies tell people to type is read as dont_know, never stop."""
import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.keywords import SkipWordOverride

SKIP_WORDS = {"en": "skip", "pl": "pomiń", "ro": "sari", "ur": "چھوڑیں", "ar": "تخطي",
              "fa": "رد شو", "ckb": "تێپەڕە", "pa": "ਛੱਡੋ"}


def classified(text: str, intent: str = "stop_report") -> str:
    message = Message(data={"text": text, "intent": {"name": intent, "confidence": 0.9}})
    [message] = SkipWordOverride().process([message])
    return message.get("intent")["name"]


@pytest.mark.parametrize("lang,word", SKIP_WORDS.items())
def test_skip_words_are_dont_know(lang, word):
    assert classified(word) == "dont_know"


@pytest.mark.parametrize("text", ["stop", "cancel my report", "ਰੁਕੋ", "I want to stop this report now please"])
def test_other_messages_keep_the_models_intent(text):
    assert classified(text) == "stop_report"
