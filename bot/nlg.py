"""Rasa's responses in the conversation's language.

Rasa 3.6 builds the class named by `nlg: type:` in endpoints.yml with
`cls(endpoint_config=..., domain=...)` (rasa/core/nlg/generator.py). This one keeps everything
TemplatedNaturalLanguageGenerator does (variations, channel-specific and conditional
responses, {placeholder} filling from slots and the action's kwargs, buttons) and adds two
steps: the text and button titles are translated through gettext in the `language` slot
before placeholders are filled (so the msgid is the English exactly as written in
domain.yml), and for right-to-left languages numbers, references and links are isolated on
plain-text channels (bot/bidi.py) after filling, so values from slots are covered too.
"""
import copy
from typing import Any, Dict, Optional, Text

from rasa.core.nlg.response import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.utils.endpoints import EndpointConfig

from bot import bidi, log_privacy, rasa_speedups
from bot.i18n import gettext_for, reply_locale_of

# Loaded by Rasa from endpoints.yml, so this is where the Rasa server's own fixes go in.
rasa_speedups.install()
log_privacy.install()


class LocalisedNLG(TemplatedNaturalLanguageGenerator):
    """Domain responses, translated into the tracker's `language` slot (Roman Urdu's catalog
    for Urdu written in Latin letters: the `reply_script` slot)."""

    def __init__(self, endpoint_config: Optional[EndpointConfig] = None,
                 domain: Optional[Domain] = None, **_: Any) -> None:
        super().__init__((domain or Domain.empty()).responses)

    def generate_from_slots(self, utter_action: Text, filled_slots: Dict[Text, Any],
                            output_channel: Text, **kwargs: Any) -> Optional[Dict[Text, Any]]:
        chosen = self._random_response_for(utter_action, output_channel, filled_slots)
        if chosen is None:
            return None
        language = reply_locale_of((filled_slots or {}).get)
        response = translate_response(copy.deepcopy(chosen), language)
        response = self._fill_response(response, filled_slots, **kwargs)
        return localise_directions(response, language, output_channel)


def translate_response(response: Dict[Text, Any], language: str) -> Dict[Text, Any]:
    """The response's text and button titles through gettext (placeholders still unfilled)."""
    # Not named `_`: Babel would extract the "text"/"title" keys below as messages.
    translate = gettext_for(language)
    if isinstance(response.get("text"), str):
        response["text"] = translate(response["text"])
    for button in response.get("buttons") or []:
        if isinstance(button.get("title"), str):
            button["title"] = translate(button["title"])
    return response


def localise_directions(response: Dict[Text, Any], language: str,
                        output_channel: Text) -> Dict[Text, Any]:
    """Direction isolates on the filled text and button titles where the channel needs them."""
    if not bidi.needs_isolates(language, output_channel):
        return response
    if isinstance(response.get("text"), str):
        response["text"] = bidi.isolate(response["text"])
    for button in response.get("buttons") or []:
        if isinstance(button.get("title"), str):
            button["title"] = bidi.isolate(button["title"])
    return response
