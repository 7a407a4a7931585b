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


@pytest.mark.parametrize("lang,word", SKIP_WORDS.items())
@pytest.mark.parametrize("slot", ["postcode", "contact", "description", "reporter_role",
                                  "hate_types", "incident_when", "anonymous"])
def test_skip_words_skip_every_question(lang, word, slot):
    """The replies tell people to type this word to skip a question: every question takes it
    (the postcode and phone questions once knew only the English one)."""
    from bot.interpretation import interpret
    from bot.questions import BY_SLOT, SKIPPED_VALUE

    assert interpret(BY_SLOT[slot], word, lang).value == SKIPPED_VALUE
