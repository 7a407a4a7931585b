"""Tracker fixtures for testing actions directly, as in RasaHQ/financial-demo."""
from typing import Any, Dict, Optional

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import actions.store
from bot.cases import CaseStore


def make_tracker(slots: Optional[Dict[str, Any]] = None, text: str = "", intent: str = "inform",
                 active_loop: Optional[str] = "report_form", sender: str = "reporter-1") -> Tracker:
    return Tracker(
        sender_id=sender,
        slots={"language": "en", **(slots or {})},
        latest_message={"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": []},
        events=[{"event": "user", "text": text, "input_channel": "rest"}],
        paused=False,
        followup_action=None,
        active_loop={"name": active_loop} if active_loop else {},
        latest_action_name="action_listen",
    )


@pytest.fixture
def dispatcher():
    return CollectingDispatcher()


@pytest.fixture
def store(tmp_path, monkeypatch):
    """A real case store on a fresh SQLite file, used by the actions under test."""
    case_store = CaseStore(f"sqlite:///{tmp_path / 'cases.db'}")
    monkeypatch.setattr(actions.store, "case_store", lambda: case_store)
    for module in ("actions.report_form", "actions.reporting"):
        monkeypatch.setattr(f"{module}.case_store", lambda: case_store)
    return case_store


def responses(dispatcher: CollectingDispatcher):
    return [m.get("response") for m in dispatcher.messages]
