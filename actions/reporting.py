"""Starting, pausing and submitting a report."""
import logging
from typing import List, Optional, Text

from babel.dates import format_time
from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.slots import REPORT_SLOTS, intake_answers, language, reply_locale, reply_script, sender_key
from actions.store import case_store
from bot.cases import CaseStoreError
from bot.cases.deadlines import LONDON
from bot.date_format import show_date
from bot.i18n import babel_locale, gettext_for
from bot.intake import looks_like_account
from bot.questions import INTAKE_SLOTS
from bot.report_builder import build_report

logger = logging.getLogger(__name__)


class ActionStartReport(Action):
    """Begins a report; an account already given in the first message is kept (tell it once).
    After a pause, "report" carries on from where the reporter stopped."""

    def name(self) -> Text:
        return "action_start_report"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain) -> List[EventType]:
        text = _opening_account(tracker)
        account = text if text and looks_like_account(text, language(tracker)) else None
        if _has_paused_answers(tracker) and not _tells_a_new_account(tracker, account):
            dispatcher.utter_message(response="utter_report_resumed")
            # Safety may have changed since the pause: "are you safe?" is asked again first.
            events: List[EventType] = [SlotSet("safe_now", None)]
            if account and not tracker.get_slot("description"):
                events.append(SlotSet("description", account))
            return events
        dispatcher.utter_message(response="utter_report_intro")
        # Photos sent just before saying "report" stay: they belong to this report.
        events = [SlotSet(slot, None) for slot in INTAKE_SLOTS]
        if account:
            events.append(SlotSet("description", account))
        return events


def _has_paused_answers(tracker: Tracker) -> bool:
    """Answers left by a report stopped in this conversation (submitting one clears them)."""
    return any(tracker.get_slot(slot) is not None for slot in INTAKE_SLOTS if slot != "safe_now")


def _tells_a_new_account(tracker: Tracker, account: Optional[Text]) -> bool:
    """The message starting the report tells what happened itself: a new incident, told afresh."""
    return bool(account) and account == tracker.latest_message.get("text")


def _opening_account(tracker: Tracker) -> Optional[Text]:
    """The message that may already tell what happened: this one, or, when this is the "yes"
    to the offer of a report that follows danger advice, the message that raised the danger."""
    latest = tracker.latest_message
    if latest.get("intent", {}).get("name") in ("report_incident", "inform", "emergency"):
        return latest.get("text")
    said = [e for e in tracker.events if e.get("event") == "user"]
    intents = [((e.get("parse_data") or {}).get("intent") or {}).get("name") for e in said]
    if intents[-2:] == ["emergency", "affirm"]:
        return said[-2].get("text")
    return None


class ActionPauseReport(Action):
    """The reporter stops: the draft already saved stays for the team (see README)."""

    def name(self) -> Text:
        return "action_pause_report"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain) -> List[EventType]:
        dispatcher.utter_message(response="utter_report_paused")
        # The form ends here (as the rule says): left active, it would take the next message,
        # "thanks" or "report", as the answer to its pending question. The answers stay, so
        # "report" carries on from here (a frightened "stop it" may not have meant "stop").
        return [ActiveLoop(None), SlotSet("requested_slot", None)]


class ActionSubmitReport(Action):
    def name(self) -> Text:
        return "action_submit_report"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain) -> List[EventType]:
        answers = intake_answers(tracker)
        report = build_report(answers)
        lang = language(tracker)
        try:
            case = case_store().submit(
                report, channel=tracker.get_latest_input_channel() or "rest",
                language=lang, sender_key=sender_key(tracker), reply_script=reply_script(tracker),
            )
        except CaseStoreError:
            logger.error("report submission failed; answers kept for a retry")
            dispatcher.utter_message(response="utter_submit_failed")
            return [SlotSet("submission_pending", True)]
        logger.info("report submitted as %s", case.reference)
        dispatcher.utter_message(response="utter_report_sent", reference=case.reference)
        if report.anonymous:
            dispatcher.utter_message(response="utter_next_steps_anonymous")
        else:
            due = format_due(case.first_contact_due, reply_locale(tracker))
            dispatcher.utter_message(response="utter_next_steps_contact", due=due)
        dispatcher.utter_message(response="utter_signposting")
        # Photos go with the report just sent, never with the next one from this conversation.
        return [SlotSet("submission_pending", False), SlotSet("case_reference", case.reference)] + [
            SlotSet(slot, None) for slot in REPORT_SLOTS
        ]


def format_due(due, lang: str) -> str:
    """'17:00 on Thursday 26 November', in the conversation's language and UK time."""
    local = due.astimezone(LONDON)
    _ = gettext_for(lang)
    return _("{time} on {date}").format(
        time=format_time(local, "short", locale=babel_locale(lang)),
        date=show_date(local.date(), lang, weekday=True),
    )
