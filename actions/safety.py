"""Danger at any point: 999 first, then back to what the person was doing."""
from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

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
        return self._keep_account(tracker)

    @staticmethod
    def _keep_account(tracker: Tracker) -> List[EventType]:
        """Danger answers "are you safe?"; an account that signals danger is still kept."""
        slot = tracker.get_slot("requested_slot")
        if slot == "safe_now":
            return [SlotSet("safe_now", False)]
        if slot != "description" or tracker.get_slot(slot):
            return []
        value = interpret(BY_SLOT[slot], tracker.latest_message.get("text") or "").value
        return [SlotSet(slot, value)] if value else []
