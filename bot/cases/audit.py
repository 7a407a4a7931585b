"""The audit log: who did what to which case, when. Append-only, no personal data.

Rows hold a staff id, an actor kind, a case reference and an action code (e.g.
"case.viewed", "contact.logged"); never names, notes or anything the reporter said.
The database rejects UPDATE and DELETE on the table (triggers in migration 0002).
"""
import datetime as dt
from typing import List, Optional

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.cases.models import AuditEntry


def record(
    session: Session, at: dt.datetime, action: str, *, reference: Optional[str] = None,
    staff_id: Optional[int] = None, actor: str = "staff",
) -> None:
    session.add(AuditEntry(at=at, action=action, reference=reference, staff_id=staff_id, actor=actor))


def entries(session: Session, *, reference: Optional[str] = None, limit: int = 200,
            offset: int = 0) -> List[AuditEntry]:
    """Newest first; bounded so one page never loads the whole history."""
    query = select(AuditEntry).order_by(AuditEntry.id.desc())
    if reference is not None:
        query = query.where(AuditEntry.reference == reference)
    query = query.limit(max(1, min(limit, 1000))).offset(max(0, offset))
    return list(session.execute(query).scalars())
