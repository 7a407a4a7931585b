"""Reading a tracker's intake answers and language, shared by the actions."""
from typing import Any, Dict, Optional

from rasa_sdk import Tracker

from bot import i18n
from bot.language.codes import LATIN
from bot.questions import INTAKE_SLOTS


# Filled by the channels (photos by MMS or Telegram), not asked as a question.
CHANNEL_SLOTS = ["evidence_links"]
# Everything one report is made of: cleared once it is submitted.
REPORT_SLOTS = INTAKE_SLOTS + CHANNEL_SLOTS


def intake_answers(tracker: Tracker) -> Dict[str, Any]:
    return {slot: tracker.get_slot(slot) for slot in REPORT_SLOTS}


def language(tracker: Tracker) -> str:
    return tracker.get_slot("language") or "en"


def reply_locale(tracker: Tracker) -> str:
    """The catalog for what the actions write (Roman Urdu's for Urdu in Latin letters);
    `language` is still what answers are read in."""
    return i18n.reply_locale_of(tracker.get_slot)


def reply_script(tracker: Tracker) -> Optional[str]:
    """LATIN while an Urdu conversation is answered in Roman Urdu: the case keeps it, so
    staff who text back write as the reporter does."""
    return LATIN if reply_locale(tracker) == i18n.LATIN_URDU else None


def sender_key(tracker: Tracker) -> str:
    """Conversation identity: channel-qualified so ids from two channels never collide."""
    channel = tracker.get_latest_input_channel() or "rest"
    return f"{channel}:{tracker.sender_id}"
