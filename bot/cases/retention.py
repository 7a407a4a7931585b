"""Retention: personal data leaves cases closed before a cut-off; the figures stay.

Purging sets every personal field to NULL, clears contact notes and action
descriptions, deletes the sender's drafts and the Rasa conversation (tracker events),
and marks purged_at. Strands, postcode district, dates, flags, outcome codes and
actions (kind, legal) remain for the performance figures (policy 10.1).
Drafts not touched for DRAFT_DAYS are deleted as well (README: drafts are kept 30 days).
"""
from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import dataclass

from sqlalchemy import delete, select, update

from bot.cases import audit
from bot.cases.models import Case, CaseAction, CaseContact, ConversationEvent, DraftReport

log = logging.getLogger(__name__)

DEFAULT_RETENTION_DAYS = 2190  # six years
DRAFT_DAYS = 30
PERSONAL_FIELDS = (
    "contact_name", "contact_phone", "contact_email", "safe_times", "access_needs", "description",
    "location", "postcode", "perpetrator_description", "impact", "vulnerability", "crime_reference",
    "incident_when_text", "interpreter_language", "hate_other", "evidence_links",
    "outcome_explanation", "escalation_reason", "sender_key", "conversation_key",
)


@dataclass(frozen=True)
class PurgeResult:
    cases: int
    drafts: int
    conversation_events: int


def retention_days() -> int:
    value = os.environ.get("RETENTION_DAYS", "").strip()
    return int(value) if value else DEFAULT_RETENTION_DAYS


def default_cutoff(now: dt.datetime) -> dt.datetime:
    return now - dt.timedelta(days=retention_days())


def purge(store, closed_before: dt.datetime) -> PurgeResult:
    if closed_before.tzinfo is None:
        raise ValueError("closed_before needs a time zone")
    now = store.now()
    cases = drafts = events = 0
    with store.transaction("purge") as session:
        due = session.execute(select(Case).where(
            Case.status == "closed", Case.closed_at < closed_before, Case.purged_at.is_(None))).scalars().all()
        for case in due:
            drafts += _delete(session, DraftReport, DraftReport.sender_key, case.sender_key)
            events += _delete(session, ConversationEvent, ConversationEvent.sender_digest, case.conversation_key)
            _depersonalise(session, case, now)
            audit.record(session, now, "case.purged", reference=case.reference, actor="system")
            cases += 1
        stale = session.execute(delete(DraftReport).where(
            DraftReport.updated_at < now - dt.timedelta(days=DRAFT_DAYS)))
        drafts += stale.rowcount or 0
    log.info("purge: %d cases de-personalised, %d drafts and %d conversation events deleted",
             cases, drafts, events)
    return PurgeResult(cases, drafts, events)


def _delete(session, model, column, digest) -> int:
    if not digest:
        return 0
    return session.execute(delete(model).where(column == digest)).rowcount or 0


def _depersonalise(session, case: Case, now: dt.datetime) -> None:
    for name in PERSONAL_FIELDS:
        setattr(case, name, None)
    case.purged_at = now
    for model, column in ((CaseContact, "note"), (CaseAction, "description")):
        session.execute(update(model).where(model.case_id == case.id).values({column: None})
                        .execution_options(synchronize_session=False))
