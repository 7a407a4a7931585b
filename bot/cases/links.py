"""Repeat incidents: cases about the same place or the same perpetrator.

The address, postcode and perpetrator description are encrypted (random IVs), so SQL
cannot compare them: the recent cases are decrypted and compared here. An ASB team
sees hundreds of cases a year, so MAX_CANDIDATES recent ones cover it cheaply.
Perpetrator descriptions are matched by word overlap (Jaccard), a deliberately simple
measure an officer can predict; the officer confirms every link.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import List, Optional, Set, Tuple

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from bot.cases.models import Case, CaseLink

MAX_CANDIDATES = 2000
PERPETRATOR_OVERLAP = 0.5
_WORD = re.compile(r"\w{3,}", re.UNICODE)


@dataclass(frozen=True)
class LinkSuggestion:
    reference: str
    reason: str  # same_postcode | same_address | same_perpetrator


def ordered_pair(a: int, b: int) -> Tuple[int, int]:
    return (a, b) if a < b else (b, a)


def linked_ids(session: Session, case_id: int) -> Set[int]:
    rows = session.execute(select(CaseLink.case_a_id, CaseLink.case_b_id).where(
        or_(CaseLink.case_a_id == case_id, CaseLink.case_b_id == case_id))).all()
    return {a if b == case_id else b for a, b in rows}


def linked_references(session: Session, case_id: int) -> List[str]:
    ids = linked_ids(session, case_id)
    if not ids:
        return []
    return sorted(session.execute(select(Case.reference).where(Case.id.in_(ids))).scalars())


def suggest_links(session: Session, case: Case) -> List[LinkSuggestion]:
    already = linked_ids(session, case.id)
    candidates = session.execute(
        select(Case).where(Case.id != case.id, Case.purged_at.is_(None))
        .order_by(Case.id.desc()).limit(MAX_CANDIDATES)
    ).scalars()
    out = []
    for other in candidates:
        if other.id in already:
            continue
        reason = _match(case, other)
        if reason:
            out.append(LinkSuggestion(other.reference, reason))
    return out


def _match(case: Case, other: Case) -> Optional[str]:
    if _norm(case.postcode) and _norm(case.postcode) == _norm(other.postcode):
        return "same_postcode"
    if _norm(case.location) and _norm(case.location) == _norm(other.location):
        return "same_address"
    if _overlap(case.perpetrator_description, other.perpetrator_description) >= PERPETRATOR_OVERLAP:
        return "same_perpetrator"
    return None


def _norm(text: Optional[str]) -> str:
    return " ".join(_WORD.findall((text or "").casefold())) if text else ""


def _overlap(a: Optional[str], b: Optional[str]) -> float:
    words_a, words_b = set(_WORD.findall((a or "").casefold())), set(_WORD.findall((b or "").casefold()))
    if not words_a or not words_b:
        return 0.0
    return len(words_a & words_b) / len(words_a | words_b)
