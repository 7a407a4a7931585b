"""Danger at any point: 999 first, then back to what the person was doing."""
from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.slots import language
from bot.interpretation import interpret
from bot.questions import BY_SLOT


class ActionHandleDanger(Action):
    def name(self) -> Text:
        return "action_handle_danger"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain) -> List[EventType]:
        dispatcher.utter_message(response="utter_danger_now")
        if not tracker.active_loop_name:
            dispatcher.utter_message(response="utter_offer_report")
            return []
        dispatcher.utter_message(response="utter_continue_report")
        return self._keep_answer(tracker)

    @staticmethod
    def _keep_answer(tracker: Tracker) -> List[EventType]:
        """Danger answers "are you safe?"; words given to an open question (the account, how it
        affected them...) are kept as the answer even when they also signal danger, so the
        reporter never has to say them again."""
        slot = tracker.get_slot("requested_slot")
        if slot == "safe_now":
            return [SlotSet("safe_now", False)]
        question = BY_SLOT.get(slot)
        if question is None or question.kind != "text" or tracker.get_slot(slot):
            return []
        value = interpret(question, tracker.latest_message.get("text") or "", language(tracker)).value
        return [] if value is None else [SlotSet(slot, value)]
