"""Rasa's conversations, encrypted at rest on the case database.

Rasa's own SQLTrackerStore writes every message in plain text, keyed by the sender id
(for SMS, the phone number). This one stores each event's JSON as a Fernet token (the
case key, bot.cases.crypto), keys rows by a keyed digest of the sender id, and lives in
its own table (`conversation_events`, made by the case migrations) on $DATABASE_URL.
Retention (bot.cases.retention) deletes a case's conversation by that digest.

endpoints.yml:  tracker_store: {type: bot.tracker_store.EncryptedSQLTrackerStore}
Optional keyword `db_url` overrides $DATABASE_URL (tests use it).
"""
from __future__ import annotations

import itertools
import json
import logging
from typing import Any, Iterable, List, Optional, Text

from rasa.core.tracker_store import SerializedTrackerAsText, TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import func, select
from sqlalchemy.orm import sessionmaker

from bot import config
from bot.cases import schema
from bot.cases.crypto import sender_digest
from bot.cases.models import ConversationEvent
from bot.cases.store import make_engine

log = logging.getLogger(__name__)


class EncryptedSQLTrackerStore(TrackerStore, SerializedTrackerAsText):
    def __init__(self, domain: Optional[Domain] = None, event_broker=None,
                 db_url: Optional[str] = None, **kwargs: Any) -> None:
        super().__init__(domain, event_broker, **kwargs)
        url = db_url or config.database_url()
        self.engine = make_engine(url)
        schema.upgrade(url, self.engine)
        self._sessions = sessionmaker(self.engine, future=True)

    # -- reading -----------------------------------------------------------------

    async def retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        return self._retrieve(sender_id, all_sessions=False)

    async def retrieve_full_tracker(self, conversation_id: Text) -> Optional[DialogueStateTracker]:
        return self._retrieve(conversation_id, all_sessions=True)

    async def keys(self) -> Iterable[Text]:
        # Sender ids are kept encrypted; decrypt one row per conversation.
        with self._sessions() as session:
            first_ids = select(func.min(ConversationEvent.id)).group_by(ConversationEvent.sender_digest)
            rows = session.execute(select(ConversationEvent.sender_id)
                                   .where(ConversationEvent.id.in_(first_ids))).scalars()
            return list(rows)

    def _retrieve(self, sender_id: Text, all_sessions: bool) -> Optional[DialogueStateTracker]:
        with self._sessions() as session:
            events = [json.loads(data) for data in self._query(session, sender_id, all_sessions)]
        if not events:
            return None
        return DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)

    def _query(self, session, sender_id: Text, all_sessions: bool) -> List[str]:
        digest = sender_digest(sender_id)
        query = select(ConversationEvent.data).where(ConversationEvent.sender_digest == digest)
        if not all_sessions:
            start = session.execute(select(func.max(ConversationEvent.timestamp)).where(
                ConversationEvent.sender_digest == digest,
                ConversationEvent.type_name == SessionStarted.type_name)).scalar()
            if start is not None:
                query = query.where(ConversationEvent.timestamp >= start)
        return list(session.execute(query.order_by(ConversationEvent.id)).scalars())

    # -- writing -----------------------------------------------------------------

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        digest = sender_digest(tracker.sender_id)
        with self._sessions.begin() as session:
            stored = len(self._query(session, tracker.sender_id, all_sessions=False))
            for event in itertools.islice(tracker.events, stored, len(tracker.events)):
                data = event.as_dict()
                session.add(ConversationEvent(
                    sender_digest=digest, sender_id=tracker.sender_id, type_name=event.type_name,
                    timestamp=data.get("timestamp"), data=json.dumps(data, ensure_ascii=False),
                ))

    def delete_conversation(self, sender_id: Text) -> int:
        """Every event of one conversation (also done by retention, by digest)."""
        from sqlalchemy import delete

        with self._sessions.begin() as session:
            result = session.execute(delete(ConversationEvent).where(
                ConversationEvent.sender_digest == sender_digest(sender_id)))
            return result.rowcount or 0
