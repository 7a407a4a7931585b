"""The reporter asks how their case is going: status and last contact, after a check
only they can pass (the last four digits of the phone they gave, or the same
conversation that submitted it). Three wrong answers lock the reference for 30
minutes; the count lives in the database, so a restart does not reset it.
"""
from __future__ import annotations

import datetime as dt
import hmac
import re
from dataclasses import dataclass
from typing import Optional

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.cases import audit
from bot.cases.crypto import digests_equal, sender_digest
from bot.cases.models import Case, StatusLookup

MAX_FAILURES = 3
LOCK_FOR = dt.timedelta(minutes=30)
# As people type it: "hc-2026-42", "HC 2026 00042", "hc202600042", any dash.
_REFERENCE = re.compile(r"\bHC[\s\-\u2010-\u2015_/.]*(\d{4})[\s\-\u2010-\u2015_/.]*(\d{1,5})(?!\d)")

OK, FAILED, LOCKED, NOT_FOUND = "ok", "failed", "locked", "not_found"


@dataclass(frozen=True)
class StatusAnswer:
    outcome: str  # ok | failed | locked | not_found
    status: Optional[str] = None  # new | open | closed (only when ok)
    last_contact_at: Optional[dt.datetime] = None


def normalise_reference(text: Optional[str]) -> Optional[str]:
    match = _REFERENCE.search((text or "").upper()[:200])
    return f"HC-{match[1]}-{int(match[2]):05d}" if match else None


def check_status(session: Session, now: dt.datetime, reference: Optional[str],
                 proof: Optional[str], sender_key: Optional[str]) -> StatusAnswer:
    reference = normalise_reference(reference)
    if reference is None:
        return StatusAnswer(NOT_FOUND)
    case = session.execute(select(Case).where(Case.reference == reference)).scalar_one_or_none()
    if case is None:
        return StatusAnswer(NOT_FOUND)
    lookup = session.get(StatusLookup, reference) or StatusLookup(reference=reference, failures=0)
    session.add(lookup)
    if lookup.locked_until is not None and lookup.locked_until > now:
        return StatusAnswer(LOCKED)
    if _same_sender(case, sender_key) or _phone_digits_match(case, proof):
        lookup.failures, lookup.locked_until = 0, None
        audit.record(session, now, "status.checked", reference=reference, actor="reporter")
        return StatusAnswer(OK, case.status, case.last_contact_at)
    if not (proof or "").strip():
        return StatusAnswer(FAILED)  # nothing offered yet: not counted as a guess
    return _failure(session, lookup, now)


def _failure(session: Session, lookup: StatusLookup, now: dt.datetime) -> StatusAnswer:
    lookup.failures = (0 if lookup.locked_until is not None else lookup.failures or 0) + 1
    lookup.locked_until = None
    audit.record(session, now, "status.check_failed", reference=lookup.reference, actor="reporter")
    if lookup.failures >= MAX_FAILURES:
        lookup.locked_until, lookup.failures = now + LOCK_FOR, 0
        audit.record(session, now, "status.locked", reference=lookup.reference, actor="reporter")
        return StatusAnswer(LOCKED)
    return StatusAnswer(FAILED)


def _same_sender(case: Case, sender_key: Optional[str]) -> bool:
    return digests_equal(case.sender_key, sender_digest(sender_key))


def _phone_digits_match(case: Case, proof: Optional[str]) -> bool:
    digits = re.sub(r"\D", "", (proof or "")[:50])
    phone = re.sub(r"\D", "", case.contact_phone or "")
    if len(digits) != 4 or len(phone) < 4:
        return False
    return hmac.compare_digest(digits.encode(), phone[-4:].encode())
