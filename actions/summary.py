"""Shows the summary as the form's confirmation question."""
from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.slots import intake_answers, reply_locale
from bot.summary import render_summary


class ActionAskConfirm(Action):
    def name(self) -> Text:
        return "action_ask_confirm"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain) -> List[EventType]:
        summary = render_summary(intake_answers(tracker), reply_locale(tracker))
        dispatcher.utter_message(response="utter_summary", summary=summary)
        return []
