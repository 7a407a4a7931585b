"""The staff's work on cases: the service the dashboard calls.

Every method takes the acting staff member (anything with `.id` and `.role`, e.g.
bot.staff.accounts.StaffAccount), checks bot.cases.permissions, does its change in one
transaction together with an audit row (who, when, reference, action; no personal data),
and returns detached objects that are safe to read after the call. Errors are
bot.cases.errors exceptions with a stable `.code`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable, List, Optional, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.cases import audit, deadlines
from bot.cases.errors import (
    AssignsOnlySelf, CaseNotFound, ConsentMissing, InvalidInput, InvalidTransition, NotPermitted,
)
from bot.cases.links import LinkSuggestion, linked_references, ordered_pair, suggest_links
from bot.cases.models import Case, CaseAction, CaseContact, CaseLink, StaffUser
from bot.cases.permissions import Permission, Role, allowed
from bot.cases.store import CaseStore

STATUSES = ("new", "open", "closed")
CONTACT_METHODS = ("phone", "sms", "email", "in_person", "home_visit", "letter", "video")
OUTCOMES = ("resolved", "not_motivated_by_hate", "no_further_action", "victim_withdrew",
            "referred_to_police", "perpetrator_action_taken")
# Suggested action kinds (policy 10: legal and non-legal); the officer marks `legal` explicitly.
ACTION_KINDS = (
    "warning_letter", "acceptable_behaviour_contract", "mediation", "security_measures",
    "graffiti_removed", "repair", "support_referral", "management_transfer", "home_visit",
    "injunction", "possession_proceedings", "closure_order", "community_protection_notice", "other",
)
LEGAL_ACTION_KINDS = ("injunction", "possession_proceedings", "closure_order", "community_protection_notice")
MAX_TEXT = 4000
MAX_CRIME_REFERENCE = 64


@dataclass(frozen=True)
class Due:
    kind: str  # first_contact | weekly_update | graffiti_removal
    at: dt.datetime
    overdue: bool


@dataclass(frozen=True)
class QueueItem:
    reference: str
    created_at: dt.datetime
    status: str
    hate_types: List[str]
    postcode_district: Optional[str]
    language: str
    assigned_officer_id: Optional[int]
    immediate_danger: bool
    flag_vulnerability: bool
    flag_repeat: bool
    escalated: bool
    due: List[Due]

    @property
    def overdue(self) -> bool:
        return any(d.overdue for d in self.due)


@dataclass
class CaseDetail:
    case: Case  # every column, personal data decrypted; detached
    contacts: List[CaseContact] = field(default_factory=list)
    actions: List[CaseAction] = field(default_factory=list)
    linked: List[str] = field(default_factory=list)  # references of linked cases
    assigned_officer: Optional[StaffUser] = None


class Casework:
    def __init__(self, store: CaseStore):
        self.store = store

    # -- reading ---------------------------------------------------------------

    def queue(self, actor, *, statuses: Sequence[str] = ("new", "open"), strand: Optional[str] = None,
              district: Optional[str] = None, language: Optional[str] = None,
              officer_id: Optional[int] = None) -> List[QueueItem]:
        """Cases to work, most urgent first: danger, vulnerability, repeat victims, then what is due."""
        _require(actor, Permission.VIEW_CASES)
        now = self.store.now()
        with self.store.transaction("queue") as session:
            query = select(Case).where(Case.status.in_(list(statuses)))
            if district:
                query = query.where(Case.postcode_district == district.strip().upper())
            if language:
                query = query.where(Case.language == language)
            if officer_id is not None:
                query = query.where(Case.assigned_officer_id == officer_id)
            cases = session.execute(query).scalars().all()
            cleaned = set(session.execute(
                select(CaseAction.case_id).where(CaseAction.kind == "graffiti_removed")).scalars())
            items = [_queue_item(c, now, c.id in cleaned) for c in cases
                     if not strand or strand in (c.hate_types or [])]
            audit.record(session, now, "queue.viewed", staff_id=actor.id)
        return sorted(items, key=_urgency)

    def get_case(self, actor, reference: str) -> CaseDetail:
        _require(actor, Permission.VIEW_CASES)
        with self.store.transaction("get case") as session:
            case = _case(session, reference)
            detail = CaseDetail(
                case=case,
                contacts=list(session.execute(select(CaseContact).where(CaseContact.case_id == case.id)
                                              .order_by(CaseContact.at)).scalars()),
                actions=list(session.execute(select(CaseAction).where(CaseAction.case_id == case.id)
                                             .order_by(CaseAction.at)).scalars()),
                linked=linked_references(session, case.id),
                assigned_officer=session.get(StaffUser, case.assigned_officer_id)
                if case.assigned_officer_id else None,
            )
            self._audit(session, actor, case, "case.viewed")
        return detail

    def suggest_links(self, actor, reference: str) -> List[LinkSuggestion]:
        """Other cases with the same postcode or address, or a similar perpetrator description."""
        _require(actor, Permission.VIEW_CASES)
        with self.store.transaction("suggest links") as session:
            return suggest_links(session, _case(session, reference))

    def officers(self, actor) -> List[StaffUser]:
        """Active staff a case can be assigned to (officers and team managers)."""
        _require(actor, Permission.VIEW_CASES)
        return self._staff_with({Role.OFFICER, Role.TEAM_MANAGER})

    def team_managers(self, actor) -> List[StaffUser]:
        _require(actor, Permission.VIEW_CASES)
        return self._staff_with({Role.TEAM_MANAGER})

    def audit_entries(self, actor, *, reference: Optional[str] = None, limit: int = 200, offset: int = 0):
        _require(actor, Permission.READ_AUDIT)
        with self.store.transaction("audit log") as session:
            rows = audit.entries(session, reference=reference, limit=limit, offset=offset)
            audit.record(session, self.store.now(), "audit.viewed", staff_id=actor.id)
            return rows

    # -- changing --------------------------------------------------------------

    def assign(self, actor, reference: str, officer_id: int) -> None:
        """A team manager assigns a case to any officer; an officer takes it for themself."""
        _require(actor, Permission.ASSIGN)
        if actor.role == Role.OFFICER and officer_id != actor.id:
            raise AssignsOnlySelf(reference)
        with self.store.transaction("assign") as session:
            case = _open_for_work(session, reference)
            _active_staff(session, officer_id, {Role.OFFICER, Role.TEAM_MANAGER}, "officer_id")
            case.assigned_officer_id = officer_id
            _start(case)
            self._audit(session, actor, case, "case.assigned")

    def open_case(self, actor, reference: str) -> None:
        """new -> open (also happens on assignment or the first contact)."""
        _require(actor, Permission.WORK_CASES)
        with self.store.transaction("open case") as session:
            case = _open_for_work(session, reference)
            if case.status != "new":
                raise InvalidTransition(f"{reference} is {case.status}")
            _start(case)
            self._audit(session, actor, case, "case.opened")

    def log_contact(self, actor, reference: str, method: str, note: Optional[str] = None,
                    at: Optional[dt.datetime] = None) -> None:
        """A contact with the reporter: resets the weekly-update clock (policy 5.3)."""
        _require(actor, Permission.WORK_CASES)
        _one_of("method", method, CONTACT_METHODS)
        at = at or self.store.now()
        if at.tzinfo is None:
            raise InvalidInput("at", "needs a time zone")
        with self.store.transaction("log contact") as session:
            case = _open_for_work(session, reference)
            session.add(CaseContact(case_id=case.id, staff_id=actor.id, at=at, method=method,
                                    note=_text("note", note)))
            case.first_contacted_at = min(filter(None, [case.first_contacted_at, at]))
            case.last_contact_at = max(filter(None, [case.last_contact_at, at]))
            case.weekly_update_due = deadlines.weekly_update_due(case.last_contact_at)
            _start(case)
            self._audit(session, actor, case, "contact.logged")

    def record_action(self, actor, reference: str, kind: str, *, legal: bool,
                      description: Optional[str] = None, at: Optional[dt.datetime] = None) -> None:
        _require(actor, Permission.WORK_CASES)
        _one_of("kind", kind, ACTION_KINDS)
        with self.store.transaction("record action") as session:
            case = _open_for_work(session, reference)
            session.add(CaseAction(case_id=case.id, staff_id=actor.id, at=at or self.store.now(),
                                   kind=kind, legal=bool(legal), description=_text("description", description)))
            self._audit(session, actor, case, "action.recorded")

    def set_crime_reference(self, actor, reference: str, crime_reference: str) -> None:
        _require(actor, Permission.WORK_CASES)
        value = (crime_reference or "").strip()
        if not value or len(value) > MAX_CRIME_REFERENCE:
            raise InvalidInput("crime_reference", f"1 to {MAX_CRIME_REFERENCE} characters")
        with self.store.transaction("crime reference") as session:
            case = _open_for_work(session, reference)
            case.crime_reference, case.police_reported = value, True
            self._audit(session, actor, case, "crime_reference.recorded")

    def refer_to_usah(self, actor, reference: str) -> None:
        """Only with the reporter's express consent (policy 5.3, 5.4.2)."""
        _require(actor, Permission.WORK_CASES)
        with self.store.transaction("usah referral") as session:
            case = _open_for_work(session, reference)
            if case.consent_usah is not True:
                raise ConsentMissing(f"{reference}: the reporter did not consent to a USAH referral")
            case.usah_referred_at = self.store.now()
            self._audit(session, actor, case, "usah.referred")

    def record_outcome(self, actor, reference: str, outcome: str, explanation: Optional[str] = None) -> None:
        _require(actor, Permission.WORK_CASES)
        with self.store.transaction("record outcome") as session:
            case = _open_for_work(session, reference)
            _set_outcome(case, outcome, explanation)
            self._audit(session, actor, case, "outcome.recorded")

    def close(self, actor, reference: str, outcome: Optional[str] = None,
              explanation: Optional[str] = None) -> None:
        """open/new -> closed; needs an outcome, given here or recorded before."""
        _require(actor, Permission.WORK_CASES)
        with self.store.transaction("close") as session:
            case = _open_for_work(session, reference)
            if outcome is not None:
                _set_outcome(case, outcome, explanation)
            if not case.outcome:
                raise InvalidInput("outcome", "a case is closed with an outcome")
            case.status, case.closed_at = "closed", self.store.now()
            self._audit(session, actor, case, "case.closed")

    def reopen(self, actor, reference: str) -> None:
        _require(actor, Permission.WORK_CASES)
        with self.store.transaction("reopen") as session:
            case = _case(session, reference)
            if case.status != "closed" or case.purged_at is not None:
                raise InvalidTransition(f"{reference} is not a closed case with its data")
            case.status, case.closed_at = "open", None
            case.weekly_update_due = deadlines.weekly_update_due(self.store.now())
            self._audit(session, actor, case, "case.reopened")

    def escalate(self, actor, reference: str, team_manager_id: int, reason: str) -> None:
        """The Community Cohesion Manager asks a team manager to take a case in hand."""
        _require(actor, Permission.ESCALATE)
        if not (reason or "").strip():
            raise InvalidInput("reason", "say why the case is escalated")
        with self.store.transaction("escalate") as session:
            case = _open_for_work(session, reference)
            _active_staff(session, team_manager_id, {Role.TEAM_MANAGER}, "team_manager_id")
            case.escalated_at, case.escalated_by, case.escalated_to = self.store.now(), actor.id, team_manager_id
            case.escalation_reason = _text("reason", reason)
            self._audit(session, actor, case, "case.escalated")

    def link_cases(self, actor, reference_a: str, reference_b: str, reason: str = "manual") -> None:
        """Record two cases as repeat incidents of one another (idempotent)."""
        _require(actor, Permission.WORK_CASES)
        _one_of("reason", reason, ("same_postcode", "same_address", "same_perpetrator", "manual"))
        if reference_a == reference_b:
            raise InvalidInput("reference_b", "a case cannot be linked to itself")
        with self.store.transaction("link cases") as session:
            a, b = _case(session, reference_a), _case(session, reference_b)
            first, second = ordered_pair(a.id, b.id)
            exists = session.execute(select(CaseLink.id).where(
                CaseLink.case_a_id == first, CaseLink.case_b_id == second)).first()
            if exists is None:
                session.add(CaseLink(case_a_id=first, case_b_id=second, reason=reason,
                                     created_by=actor.id, created_at=self.store.now()))
                a.flag_repeat = b.flag_repeat = True
            self._audit(session, actor, a, "case.linked")
            self._audit(session, actor, b, "case.linked")

    # -- helpers ---------------------------------------------------------------

    def _audit(self, session: Session, actor, case: Case, action: str) -> None:
        audit.record(session, self.store.now(), action, reference=case.reference, staff_id=actor.id)

    def _staff_with(self, roles: Iterable[Role]) -> List[StaffUser]:
        with self.store.transaction("staff list") as session:
            query = (select(StaffUser).where(StaffUser.active.is_(True),
                                             StaffUser.role.in_([r.value for r in roles]))
                     .order_by(StaffUser.display_name))
            return list(session.execute(query).scalars())


def _require(actor, permission: Permission) -> None:
    if actor is None or not getattr(actor, "active", True) or not allowed(actor.role, permission):
        raise NotPermitted(permission.value)


def _case(session: Session, reference: str) -> Case:
    case = session.execute(select(Case).where(Case.reference == reference)).scalar_one_or_none()
    if case is None:
        raise CaseNotFound(reference)
    return case


def _open_for_work(session: Session, reference: str) -> Case:
    case = _case(session, reference)
    if case.status == "closed" or case.purged_at is not None:
        raise InvalidTransition(f"{reference} is closed: reopen it first")
    return case


def _start(case: Case) -> None:
    if case.status == "new":
        case.status = "open"


def _set_outcome(case: Case, outcome: str, explanation: Optional[str]) -> None:
    _one_of("outcome", outcome, OUTCOMES)
    explanation = _text("explanation", explanation)
    if outcome == "not_motivated_by_hate" and not explanation:
        # Policy 5.3: the victim is told why; the explanation is kept with the case.
        raise InvalidInput("explanation", "give the explanation the victim was given")
    case.outcome, case.outcome_explanation = outcome, explanation


def _active_staff(session: Session, staff_id: int, roles, field_name: str) -> StaffUser:
    user = session.get(StaffUser, staff_id)
    if user is None or not user.active or user.role not in {Role(r).value for r in roles}:
        raise InvalidInput(field_name, "not an active member of staff with that role")
    return user


def _one_of(field_name: str, value: str, allowed_values: Sequence[str]) -> None:
    if value not in allowed_values:
        raise InvalidInput(field_name, f"one of {', '.join(allowed_values)}")


def _text(field_name: str, value: Optional[str]) -> Optional[str]:
    value = (value or "").strip()
    if len(value) > MAX_TEXT:
        raise InvalidInput(field_name, f"at most {MAX_TEXT} characters")
    return value or None


def _queue_item(case: Case, now: dt.datetime, graffiti_removed: bool) -> QueueItem:
    return QueueItem(
        reference=case.reference, created_at=case.created_at, status=case.status,
        hate_types=list(case.hate_types or []), postcode_district=case.postcode_district,
        language=case.language, assigned_officer_id=case.assigned_officer_id,
        immediate_danger=bool(case.immediate_danger), flag_vulnerability=case.flag_vulnerability,
        flag_repeat=case.flag_repeat, escalated=case.escalated_at is not None,
        due=_due(case, now, graffiti_removed),
    )


def _due(case: Case, now: dt.datetime, graffiti_removed: bool) -> List[Due]:
    due = []
    if case.first_contacted_at is None:
        due.append(Due("first_contact", case.first_contact_due, case.first_contact_due < now))
    elif case.status != "closed":
        due.append(Due("weekly_update", case.weekly_update_due, case.weekly_update_due < now))
    if case.graffiti_removal_due is not None and not graffiti_removed:
        due.append(Due("graffiti_removal", case.graffiti_removal_due, case.graffiti_removal_due < now))
    return due


def _urgency(item: QueueItem):
    soonest = min((d.at for d in item.due), default=item.created_at)
    return (not item.immediate_danger, not item.flag_vulnerability, not item.flag_repeat,
            not item.overdue, soonest, item.reference)
