"""User text is text: close Rasa's `/intent{"slot": "value"}` door on public channels.

Rasa's RegexMessageHandler turns any message starting with "/" into an intent with
entities and slots, skipping NLU. A WORD JOINER (U+2060, invisible, not whitespace, so
Rasa's `str.strip()` keeps it) in front of such a message makes it ordinary text for the
NLU model. The words are unchanged for the reader of the case, and the model sees the
same tokens (the joiner is not a word character).
"""
from bot.channels.limits import MESSAGE_TEXT_MAX_CHARS

INTENT_PREFIX = "/"  # rasa.shared.constants.INTENT_MESSAGE_PREFIX
WORD_JOINER = "\u2060"


def as_plain_text(text: object) -> str:
    """The user's message, bounded in length and never readable as an intent command."""
    if not isinstance(text, str):
        return ""
    text = text.strip()[:MESSAGE_TEXT_MAX_CHARS]
    return WORD_JOINER + text if text.startswith(INTENT_PREFIX) else text
