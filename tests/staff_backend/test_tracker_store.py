"""Rasa conversations stored encrypted, surviving a restart."""
import asyncio

from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import create_engine, text

from bot.config import PROJECT_ROOT
from bot.tracker_store import EncryptedSQLTrackerStore

DOMAIN = Domain.load(str(PROJECT_ROOT / "domain.yml"))
WORDS = "my neighbour Amira Khan was attacked on Trent Road"


def tracker_with(sender_id: str, text_: str) -> DialogueStateTracker:
    tracker = DialogueStateTracker(sender_id, DOMAIN.slots)
    for event in (ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen"),
                  UserUttered(text_, {"name": "report_incident", "confidence": 1.0}),
                  BotUttered("Thank you for telling me.")):
        tracker.update(event)
    return tracker


def test_conversation_encrypted_and_survives_restart(database_url):
    store = EncryptedSQLTrackerStore(DOMAIN, db_url=database_url)
    tracker = tracker_with("+447400123456", WORDS)
    asyncio.run(store.save(tracker))
    tracker.update(UserUttered("and again today", {"name": "inform", "confidence": 1.0}))
    asyncio.run(store.save(tracker))
    store.engine.dispose()

    restarted = EncryptedSQLTrackerStore(DOMAIN, db_url=database_url)
    again = asyncio.run(restarted.retrieve("+447400123456"))
    assert [e.text for e in again.events if isinstance(e, UserUttered)] == [WORDS, "and again today"]
    assert list(asyncio.run(restarted.keys())) == ["+447400123456"]

    engine = create_engine(database_url)
    with engine.connect() as conn:
        dump = " ".join(str(v) for row in conn.execute(text("SELECT * FROM conversation_events")) for v in row)
    engine.dispose()
    assert dump and "Amira" not in dump and "Trent Road" not in dump and "again today" not in dump
    assert "7400123456" not in dump
    assert restarted.delete_conversation("+447400123456") > 0
    assert asyncio.run(restarted.retrieve("+447400123456")) is None
    restarted.engine.dispose()


def test_endpoints_yml_loads_this_store(sqlite_url, monkeypatch):
    from rasa.core.tracker_store import TrackerStore
    from rasa.utils.endpoints import read_endpoint_config

    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    config = read_endpoint_config(str(PROJECT_ROOT / "endpoints.yml"), "tracker_store")
    store = TrackerStore.create(config, DOMAIN)
    # Rasa falls back to an in-memory store on an import error: make sure it did not.
    assert "EncryptedSQLTrackerStore" in type(getattr(store, "_tracker_store", store)).__name__ or \
        isinstance(getattr(store, "_tracker_store", None), EncryptedSQLTrackerStore)
