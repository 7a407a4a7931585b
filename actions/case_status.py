"""The reporter asks how their report is going (bot.cases.status_check does the checking).

A small form: the reference (often already in the question), then, unless the same
conversation made the report, the last four digits of the phone number given with it.
"""
import logging
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.slots import language, reply_locale, sender_key
from actions.store import case_store
from bot.cases import CaseStoreError
from bot.cases.deadlines import LONDON
from bot.cases.status_check import FAILED, LOCKED, NOT_FOUND, OK, StatusAnswer, normalise_reference
from bot.date_format import show_date
from bot.i18n import N_, gettext_for
from bot.intake import is_skip
from bot.questions import SKIPPED_VALUE

logger = logging.getLogger(__name__)

STATUS_WORDS = {
    "new": N_("received and waiting for an officer"),
    "open": N_("being worked on by an officer"),
    "closed": N_("closed"),
}
NO_CONTACT = N_("none yet")
RESPONSES = {FAILED: "utter_status_check_failed", LOCKED: "utter_status_locked",
             NOT_FOUND: "utter_status_not_found"}
DONE = "done"  # the proof slot's value once an answer has been given: the form ends


class ValidateStatusForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_status_form"

    async def validate_status_reference(self, value: Any, dispatcher: CollectingDispatcher,
                                        tracker: Tracker, domain) -> Dict[str, Any]:
        text = value if isinstance(value, str) else ""
        if is_skip(text, language(tracker)):
            return {"status_reference": SKIPPED_VALUE, "status_proof": SKIPPED_VALUE}
        reference = normalise_reference(text)
        if reference is None:
            # Not after "how is my report going?" (no reference tried yet), but after "hc-26-1".
            asking = tracker.latest_message.get("intent", {}).get("name") == "ask_case_status"
            if not asking or any(c.isdigit() for c in text):
                dispatcher.utter_message(response="utter_status_not_found")
            return {"status_reference": None}
        # The same conversation that reported it needs no proof.
        answer = _check(dispatcher, reference, None, tracker)
        if answer is None or answer.outcome in (OK, LOCKED):
            return {"status_reference": reference, "status_proof": DONE}
        if answer.outcome == NOT_FOUND:
            dispatcher.utter_message(response="utter_status_not_found")
            return {"status_reference": None}
        return {"status_reference": reference}

    async def validate_status_proof(self, value: Any, dispatcher: CollectingDispatcher,
                                    tracker: Tracker, domain) -> Dict[str, Any]:
        text = value if isinstance(value, str) else ""
        if value == DONE or is_skip(text, language(tracker)):
            return {"status_proof": DONE}
        answer = _check(dispatcher, tracker.get_slot("status_reference"), text, tracker)
        if answer is not None and answer.outcome == FAILED:
            dispatcher.utter_message(response="utter_status_check_failed")
            return {"status_proof": None}
        return {"status_proof": DONE}


def _check(dispatcher: CollectingDispatcher, reference: str, proof: Optional[str],
           tracker: Tracker) -> Optional[StatusAnswer]:
    """Runs the check and tells the reporter any final answer; None if the lookup failed."""
    try:
        answer = case_store().check_status(reference, proof, sender_key(tracker))
    except CaseStoreError:
        logger.error("status check failed: case database unavailable")
        dispatcher.utter_message(response="utter_request_human")
        return None
    if answer.outcome == OK:
        _tell_status(dispatcher, answer, reply_locale(tracker))
    elif answer.outcome == LOCKED:
        dispatcher.utter_message(response="utter_status_locked")
    return answer


def _tell_status(dispatcher: CollectingDispatcher, answer: StatusAnswer, lang: str) -> None:
    _ = gettext_for(lang)
    last = (show_date(answer.last_contact_at.astimezone(LONDON).date(), lang, year=True)
            if answer.last_contact_at else _(NO_CONTACT))
    dispatcher.utter_message(response="utter_status_result",
                             status=_(STATUS_WORDS.get(answer.status, answer.status)), last_contact=last)


class ActionEndStatusCheck(Action):
    """The proof is used once and not kept in the conversation."""

    def name(self) -> Text:
        return "action_end_status_check"

    async def run(self, dispatcher, tracker: Tracker, domain) -> List[EventType]:
        return [SlotSet("status_reference", None), SlotSet("status_proof", None)]
