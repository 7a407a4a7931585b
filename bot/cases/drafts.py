"""Reports stopped half-way, as staff see them: read-only, permission-checked, audited.

Kept beside bot.cases.casework (not in it) so the read-only drafts page adds nothing to
the casework service's surface; the rules are the same: VIEW_CASES, one audit row.
"""
from __future__ import annotations

from typing import List

from sqlalchemy import select

from bot.cases import audit
from bot.cases.errors import NotPermitted
from bot.cases.models import DraftReport
from bot.cases.permissions import Permission, allowed
from bot.cases.store import Draft, _draft

MAX_DRAFTS = 500  # newest first; bounds one page


def drafts_for_staff(store, actor, limit: int = MAX_DRAFTS) -> List[Draft]:
    if actor is None or not getattr(actor, "active", True) or not allowed(actor.role, Permission.VIEW_CASES):
        raise NotPermitted(Permission.VIEW_CASES.value)
    with store.transaction("drafts for staff") as session:
        rows = session.execute(select(DraftReport).order_by(DraftReport.updated_at.desc())
                               .limit(max(1, min(limit, MAX_DRAFTS)))).scalars()
        drafts = [_draft(row) for row in rows]
        audit.record(session, store.now(), "drafts.viewed", staff_id=actor.id)
    return drafts
