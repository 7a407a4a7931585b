"""The conversation language, decided after every user message (bot/language has the rules).

Rasa runs `action_validate_slot_mappings` after every user message, before the policies
predict, so the slots below are already set when the rules and the form look at them.
It sets:
- `language` (en, ur, ...; None while nothing is decided) and `language_source`
  (explicit, detected, hint): detection never overrides an explicit choice;
- `language_chosen`: this message's text was itself a choice (a menu number, "urdu", "po
  polsku"), so the form must not take it as an answer, and the rules confirm the choice;
- `language_menu`: the menu was shown on the last turn (a number answers it), cleared here;
- `language_menu_due`: the first message of an SMS conversation decided nothing, so the
  rules show the menu;
- `reply_script`: "latin" while an Urdu conversation is written in Roman Urdu, whose replies
  then come from the Roman Urdu catalog (bot/i18n.reply_locale).
"""
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker, ValidationAction
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.language import reply_script, resolve
from bot.language.choice import asks_for_menu

SMS_CHANNELS = frozenset({"twilio"})  # bot/channels/twilio_sms.py's name()
MAX_TEXT = 2000
# Questions whose answer names a language without choosing the conversation's.
LANGUAGE_QUESTIONS = frozenset({"interpreter"})
# Questions whose answer is a name, a place or a number: no detection there.
NAME_AND_PLACE_QUESTIONS = frozenset({"contact_name", "contact", "safe_times", "location",
                                      "postcode", "crime_reference"})


def _user_messages(tracker: Tracker) -> int:
    """User messages in this session (a new session starts with no language again)."""
    count = 0
    for event in tracker.events:
        if event.get("event") == "session_started":
            count = 0
        elif event.get("event") == "user":
            count += 1
    return count


def language_slots(tracker: Tracker) -> Dict[Text, Any]:
    """The language slots after the latest user message."""
    message = tracker.latest_message or {}
    metadata = message.get("metadata") or {}
    text = (message.get("text") or "")[:MAX_TEXT]
    asked = tracker.get_slot("requested_slot")
    detect_language = asked not in NAME_AND_PLACE_QUESTIONS
    decision = resolve(
        tracker.get_slot("language"), text,
        source=tracker.get_slot("language_source"),
        explicit=metadata.get("language"), hint=metadata.get("language_hint"),
        menu_shown=bool(tracker.get_slot("language_menu")),
        naming_is_an_answer=asked in LANGUAGE_QUESTIONS,
        detect_language=detect_language,
    )
    first_sms = _user_messages(tracker) <= 1 and tracker.get_latest_input_channel() in SMS_CHANNELS
    return {
        "language": decision.code,
        "language_source": decision.source,
        "language_chosen": decision.chosen_in_text,
        "language_menu": False,
        "language_menu_due": first_sms and decision.code is None and not decision.show_menu,
        "reply_script": reply_script(decision.code, tracker.get_slot("reply_script"), text,
                                     detect_language=detect_language),
    }


class ValidateGlobalSlots(ValidationAction):
    """Rasa's global slot validation; other global custom slots could get extract_ methods here."""

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[EventType]:
        events = await super().run(dispatcher, tracker, domain)
        # Only what changed, so the tracker is not filled with repeated SlotSets.
        return events + [SlotSet(slot, value) for slot, value in language_slots(tracker).items()
                         if tracker.get_slot(slot) != value]


class ActionLanguageMenu(Action):
    """Shows the numbered menu, unless this very message already chose a language, or it
    named one to answer the interpreter question ("da, romana"), unless it asked for the menu."""

    def name(self) -> Text:
        return "action_language_menu"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain) -> List[EventType]:
        if tracker.get_slot("language_chosen"):
            return []
        text = (tracker.latest_message or {}).get("text") or ""
        if tracker.get_slot("requested_slot") in LANGUAGE_QUESTIONS and not asks_for_menu(text):
            return []
        dispatcher.utter_message(response="utter_language_menu")
        return [SlotSet("language_menu", True)]
