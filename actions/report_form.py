"""Validation of the report form: which questions apply, and what each answer means."""
import logging
from typing import Any, Dict, List, Text

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.slots import intake_answers, language, sender_key
from actions.store import case_store
from bot.interpretation import interpret
from bot.cases import CaseStoreError
from bot.questions import BY_SLOT, SECTIONS, SKIPPED_VALUE, required_slots

logger = logging.getLogger(__name__)
# The reply of the rule for each interrupting intent during a report (nlu_data/rules.yml).
# A message a question takes as its answer although it reads as one of these intents
# (Question.also_answered_by) goes to the form, not to the rule, so the form gives the reply.
RULE_REPLIES = {
    "ask_police_options": "utter_police_options",
    "ask_support": "utter_support",
    "request_human": "utter_request_human",
    "ask_what_is_hate": "utter_what_is_hate",
    "ask_complaint": "utter_complaint",
    "bot_challenge": "utter_bot_challenge",
}


class ValidateReportForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_report_form"

    async def required_slots(self, domain_slots, dispatcher, tracker, domain) -> List[Text]:
        return required_slots(intake_answers(tracker))

    async def get_validation_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        # One table-driven validator for every question instead of a validate_<slot> each.
        if tracker.get_slot("language_chosen"):
            # The message chose a language (a menu number, "urdu"): it answers no question,
            # so the form asks its question again, now in the chosen language.
            return [SlotSet(slot, None) for slot in tracker.slots_to_validate() if slot in BY_SLOT]
        lang = language(tracker)
        intent = tracker.latest_message.get("intent", {}).get("name")
        updates: Dict[str, Any] = {}
        for slot, raw in tracker.slots_to_validate().items():
            question = BY_SLOT.get(slot)
            # A form (re)activated validates the answers it already holds: a skip is no text.
            if question is None or not isinstance(raw, str) or raw == SKIPPED_VALUE:
                continue
            result = interpret(question, raw, lang)
            reply = RULE_REPLIES.get(intent) if intent in question.also_answered_by else None
            if reply:
                # Also when it is no usable answer: the reply answered the question it asked,
                # so nothing was misunderstood, and the form asks its own question again.
                dispatcher.utter_message(response=reply)
            elif result.problem:
                dispatcher.utter_message(response=result.problem)
            updates.update(self._after_answer(slot, result.value, dispatcher))
        if updates:
            self._save_draft(tracker, {**intake_answers(tracker), **updates})
        return [SlotSet(slot, value) for slot, value in updates.items()]

    @staticmethod
    def _after_answer(slot: str, value: Any, dispatcher: CollectingDispatcher) -> Dict[str, Any]:
        if slot == "safe_now" and value is False:
            dispatcher.utter_message(response="utter_danger_now")
        if slot == "correction" and value in SECTIONS:
            # Ask that section's questions again, then show the summary again.
            return {**{s: None for s in SECTIONS[value]}, "confirm": None, "correction": None}
        return {slot: value}

    @staticmethod
    def _save_draft(tracker: Tracker, answers: Dict[str, Any]) -> None:
        """Keep the answers so far, so a report abandoned half-way is not lost."""
        try:
            case_store().save_draft(
                sender_key(tracker), channel=tracker.get_latest_input_channel() or "rest",
                language=language(tracker), data=answers,
            )
        except CaseStoreError:
            logger.warning("draft not saved for this conversation; the form carries on")
