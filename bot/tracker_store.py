"""Rasa's conversations, encrypted at rest on the case database.

Rasa's own SQLTrackerStore writes every message in plain text, keyed by the sender id
(for SMS, the phone number). This one stores each event's JSON as a Fernet token (the
case key, bot.cases.crypto), keys rows by a keyed digest of the sender id, and lives in
its own table (`conversation_events`, made by the case migrations) on $DATABASE_URL.
Retention (bot.cases.retention) deletes a case's conversation by that digest.

endpoints.yml:  tracker_store: {type: bot.tracker_store.EncryptedSQLTrackerStore}
Optional keyword `db_url` overrides $DATABASE_URL (tests use it).

Each turn Rasa retrieves the tracker and saves it again. Decrypting and parsing every event
of a long report on each retrieve was a fifth of the server's time (py-spy), so the current
session's parsed events are kept in process, checked against the stored row count (one cheap
COUNT) so that another process's writes are never missed.
"""
from __future__ import annotations

import itertools
import json
import logging
from collections import OrderedDict
from typing import Any, Dict, Iterable, List, Optional, Text, Tuple

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

CACHED_CONVERSATIONS = 1000


class EncryptedSQLTrackerStore(TrackerStore, SerializedTrackerAsText):
    def __init__(self, domain: Optional[Domain] = None, event_broker=None,
                 db_url: Optional[str] = None, **kwargs: Any) -> None:
        super().__init__(domain, event_broker, **kwargs)
        url = db_url or config.database_url()
        self.engine = make_engine(url)
        schema.upgrade(url, self.engine)
        self._sessions = sessionmaker(self.engine, future=True)
        # sender id -> (rows stored for it, the current session's events as dicts)
        self._cache: "OrderedDict[Text, Tuple[int, List[Dict[Text, Any]]]]" = OrderedDict()
        # The entries retrieve has just checked against the database (until the next save).
        self._checked: Dict[Text, Tuple[int, List[Dict[Text, Any]]]] = {}

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
            if all_sessions:
                events = [json.loads(data) for data in self._query(session, sender_id, all_sessions)]
            else:
                events = self._current_session(session, sender_id)
        if not events:
            return None
        return DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)

    def _current_session(self, session, sender_id: Text) -> List[Dict[Text, Any]]:
        stored = self._stored_rows(session, sender_id)
        cached = self._cache.get(sender_id)
        if cached is None or cached[0] != stored:
            events = [json.loads(data) for data in self._query(session, sender_id, all_sessions=False)]
            self._remember(sender_id, stored, events)
            cached = (stored, events)
        self._cache.move_to_end(sender_id)
        if len(self._checked) > CACHED_CONVERSATIONS:
            self._checked.clear()
        self._checked[sender_id] = cached
        return cached[1]

    def _remember(self, sender_id: Text, stored: int, events: List[Dict[Text, Any]]) -> None:
        self._cache[sender_id] = (stored, events)
        self._cache.move_to_end(sender_id)
        while len(self._cache) > CACHED_CONVERSATIONS:
            self._cache.popitem(last=False)

    @staticmethod
    def _stored_rows(session, sender_id: Text) -> int:
        return session.execute(select(func.count(ConversationEvent.id)).where(
            ConversationEvent.sender_digest == sender_digest(sender_id))).scalar() or 0

    @staticmethod
    def _session_start_filter(session, digest: str):
        start = session.execute(select(func.max(ConversationEvent.timestamp)).where(
            ConversationEvent.sender_digest == digest,
            ConversationEvent.type_name == SessionStarted.type_name)).scalar()
        return None if start is None else ConversationEvent.timestamp >= start

    def _query(self, session, sender_id: Text, all_sessions: bool) -> List[str]:
        digest = sender_digest(sender_id)
        query = select(ConversationEvent.data).where(ConversationEvent.sender_digest == digest)
        since_start = None if all_sessions else self._session_start_filter(session, digest)
        if since_start is not None:
            query = query.where(since_start)
        return list(session.execute(query.order_by(ConversationEvent.id)).scalars())

    def _stored_in_session(self, session, digest: str) -> int:
        query = select(func.count(ConversationEvent.id)).where(ConversationEvent.sender_digest == digest)
        since_start = self._session_start_filter(session, digest)
        if since_start is not None:
            query = query.where(since_start)
        return session.execute(query).scalar() or 0

    # -- writing -----------------------------------------------------------------

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        digest = sender_digest(tracker.sender_id)
        # Rasa holds the conversation's lock from retrieve to save, so a cache entry checked
        # at retrieve still matches the database here and spares two COUNT queries.
        checked = self._checked.pop(tracker.sender_id, None)
        with self._sessions.begin() as session:
            stored = len(checked[1]) if checked else self._stored_in_session(session, digest)
            new_events = list(itertools.islice(tracker.events, stored, len(tracker.events)))
            for event in new_events:
                data = event.as_dict()
                session.add(ConversationEvent(
                    sender_digest=digest, sender_id=tracker.sender_id, type_name=event.type_name,
                    timestamp=data.get("timestamp"), data=json.dumps(data, ensure_ascii=False),
                ))
            stored_now = (checked[0] + len(new_events) if checked
                          else self._stored_rows(session, tracker.sender_id))
        self._remember(tracker.sender_id, stored_now, _current_session_dicts(tracker))

    def delete_conversation(self, sender_id: Text) -> int:
        """Every event of one conversation (also done by retention, by digest)."""
        from sqlalchemy import delete

        with self._sessions.begin() as session:
            result = session.execute(delete(ConversationEvent).where(
                ConversationEvent.sender_digest == sender_digest(sender_id)))
        self._cache.pop(sender_id, None)
        return result.rowcount or 0


def _current_session_dicts(tracker: DialogueStateTracker) -> List[Dict[Text, Any]]:
    """What `_query(all_sessions=False)` would read back: events from the last session start."""
    events = list(tracker.events)
    starts = [i for i, event in enumerate(events) if isinstance(event, SessionStarted)]
    return [event.as_dict() for event in events[starts[-1] if starts else 0:]]
