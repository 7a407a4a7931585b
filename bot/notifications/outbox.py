"""The outbox: notification rows written in the case's own transaction, delivered later.

A row is claimed by moving its next_attempt_at forward with a conditional UPDATE (works
on SQLite and PostgreSQL alike), so two workers never send the same row at once; if a
worker dies mid-send the lease expires and the row is tried again. Receivers
de-duplicate on the idempotency key, so a resend is harmless.
"""
from __future__ import annotations

import datetime as dt
import os
from typing import List, Optional

from sqlalchemy import and_, select, update
from sqlalchemy.orm import Session

from bot.cases.models import Case, OutboxMessage

EMAIL_RECIPIENTS = ("asb_team", "cohesion_manager")
LEASE = dt.timedelta(minutes=5)
BACKOFF_BASE = dt.timedelta(seconds=30)
BACKOFF_CAP = dt.timedelta(hours=1)


def webhook_configured() -> bool:
    return bool(os.environ.get("HOUSING_WEBHOOK_URL", "").strip())


def case_created_messages(case: Case) -> List[OutboxMessage]:
    """The new case's notifications. Payloads hold codes and dates, never personal data."""
    summary = {
        "reference": case.reference,
        "hate_types": list(case.hate_types or []),
        "first_contact_due": case.first_contact_due.isoformat(),
        "immediate_danger": bool(case.immediate_danger),
    }
    rows = [
        _row(f"{case.reference}.case-created.{recipient.replace('_', '-')}", "email",
             {**summary, "template": "case_created", "recipient": recipient}, case.created_at)
        for recipient in EMAIL_RECIPIENTS
    ]
    if webhook_configured():
        key = f"{case.reference}.case-created.webhook"
        event = {
            "event": "case.created",
            "reference": case.reference,
            "created_at": case.created_at.isoformat(),
            "hate_types": list(case.hate_types or []),
            "postcode_district": case.postcode_district,
            "first_contact_due": case.first_contact_due.isoformat(),
            "idempotency_key": key,
        }
        rows.append(_row(key, "webhook", event, case.created_at))
    return rows


def _row(key: str, kind: str, payload: dict, now: dt.datetime) -> OutboxMessage:
    return OutboxMessage(idempotency_key=key, kind=kind, payload=payload, attempts=0,
                         created_at=now, next_attempt_at=now)


def due(session: Session, now: dt.datetime, limit: int = 50) -> List[OutboxMessage]:
    query = (
        select(OutboxMessage)
        .where(OutboxMessage.delivered_at.is_(None), OutboxMessage.next_attempt_at <= now)
        .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id)
        .limit(limit)
    )
    return list(session.execute(query).scalars())


def claim(session: Session, row: OutboxMessage, now: dt.datetime) -> bool:
    """Take the row for one attempt; False if another worker got there first."""
    result = session.execute(
        update(OutboxMessage)
        .where(and_(OutboxMessage.id == row.id, OutboxMessage.delivered_at.is_(None),
                    OutboxMessage.next_attempt_at == row.next_attempt_at))
        .values(next_attempt_at=now + LEASE)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1


def backoff(attempts: int) -> dt.timedelta:
    """30 s, 1 min, 2 min, ... capped at an hour."""
    return min(BACKOFF_BASE * (2 ** max(0, min(attempts - 1, 20))), BACKOFF_CAP)


def mark_delivered(session: Session, row_id: int, now: dt.datetime) -> None:
    session.execute(
        update(OutboxMessage).where(OutboxMessage.id == row_id)
        .values(delivered_at=now, attempts=OutboxMessage.attempts + 1, last_error=None)
        .execution_options(synchronize_session=False)
    )


def mark_failed(session: Session, row_id: int, attempts: int, now: dt.datetime,
                error: Optional[BaseException]) -> None:
    # Only the exception's class name: messages can quote addresses or payloads.
    session.execute(
        update(OutboxMessage).where(OutboxMessage.id == row_id)
        .values(attempts=attempts, next_attempt_at=now + backoff(attempts),
                last_error=type(error).__name__[:100] if error else None)
        .execution_options(synchronize_session=False)
    )
