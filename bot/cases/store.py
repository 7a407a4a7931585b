"""The case service: submits reports as cases, keeps drafts, exports for staff.

Never log personal data here: only references, counts and error class names.
"""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import logging
from dataclasses import dataclass
from typing import Any, Callable, Iterator, List, Optional

from sqlalchemy import create_engine, delete, exists, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot import config
from bot.cases import deadlines, schema
from bot.cases.audit import record as audit
from bot.cases.crypto import sender_digest
from bot.cases.flags import derive_flags
from bot.cases.models import Case, DraftReport, ReferenceCounter
from bot.cases.report import Report
from bot.intake.postcode import postcode_district
from bot.notifications.outbox import case_created_messages

log = logging.getLogger(__name__)

# The fixed order of `python -m bot cases export` (DESIGN.md, "Interfaces").
EXPORT_FIELDS = (
    "reference", "created_at", "channel", "language", "reporter_role", "anonymous",
    "hate_types", "description", "incident_date", "location", "postcode",
    "immediate_danger", "consent_police", "consent_usah", "interpreter_needed",
    "first_contact_due", "status",
)


class CaseStoreError(Exception):
    """The case database failed; the caller should tell the user plainly and retry later."""


@dataclass(frozen=True)
class SubmittedCase:
    reference: str
    first_contact_due: dt.datetime
    created_at: dt.datetime


@dataclass(frozen=True)
class Draft:
    sender_key: str
    channel: str
    language: str
    data: dict
    updated_at: dt.datetime


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _json_default(value: Any) -> Any:
    # Drafts may hold dates from the intake; store them as ISO strings.
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _json_dumps(value: Any) -> str:
    return json.dumps(value, default=_json_default, ensure_ascii=False)


class _NoResultRows(logging.Filter):
    """SQLAlchemy logs every result row at DEBUG, decrypted (e.g. under `rasa run --debug`,
    which sets the root logger to DEBUG): drop those records, keep the SQL statements."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno > logging.DEBUG


_ROW_FILTER = _NoResultRows()
logging.getLogger("sqlalchemy.engine.Engine").addFilter(_ROW_FILTER)


def make_engine(database_url: str) -> Engine:
    """One engine per store; `hide_parameters` keeps personal data out of errors and logs."""
    kwargs: dict = {"future": True, "hide_parameters": True, "json_serializer": _json_dumps}
    if database_url.startswith("sqlite"):
        # Used from Rasa's and Flask's threads; wait for the write lock instead of failing.
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
    else:
        kwargs["pool_pre_ping"] = True
    return create_engine(database_url, **kwargs)


class CaseStore:
    def __init__(
        self,
        database_url: Optional[str] = None,
        *,
        clock: Callable[[], dt.datetime] = _utcnow,
    ) -> None:
        self.database_url = database_url or config.database_url()
        self._clock = clock
        with self._errors("open"):
            self.engine = make_engine(self.database_url)
            schema.upgrade(self.database_url, self.engine)
        # Rows handed out stay readable after their session closes.
        self._sessions = sessionmaker(self.engine, future=True, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()

    @contextlib.contextmanager
    def _errors(self, operation: str) -> Iterator[None]:
        # SQLAlchemy's messages can quote SQL; log the class name only.
        try:
            yield
        except SQLAlchemyError as exc:
            log.error("case store %s failed: %s", operation, type(exc).__name__)
            raise CaseStoreError(f"case database unavailable ({operation})") from exc

    @contextlib.contextmanager
    def _transaction(self, operation: str) -> Iterator[Session]:
        with self._errors(operation), self._sessions.begin() as session:
            yield session

    # The staff side (bot.cases.casework, bot.notifications, ...) works in these too.
    transaction = _transaction

    def now(self) -> dt.datetime:
        return self._clock()

    # -- cases ---------------------------------------------------------------

    def submit(
        self, report: Report, *, channel: str, language: str, sender_key: Optional[str],
        reply_script: Optional[str] = None,
    ) -> SubmittedCase:
        """Record the report as a new case, in one transaction with its reference,
        its notifications (the outbox) and its audit entry: all or nothing."""
        created_at = self._clock()
        digest = sender_digest(sender_key)
        with self._transaction("submit") as session:
            reference = self._next_reference(session, _reference_year(created_at))
            repeat_sender = _has_case_from(session, digest)
            case = _new_case(report, reference, created_at, repeat_sender)
            case.channel, case.language, case.sender_key = channel, language, digest
            case.reply_script = reply_script
            case.conversation_key = _conversation_key(sender_key)
            session.add(case)
            session.add_all(case_created_messages(case))
            audit(session, created_at, "case.created", reference=reference, actor="reporter")
            if digest is not None:
                session.execute(delete(DraftReport).where(DraftReport.sender_key == digest))
        log.info("case %s submitted", reference)
        return SubmittedCase(reference, case.first_contact_due, case.created_at)

    def _next_reference(self, session: Session, year: int) -> str:
        _ensure_counter(session, year)
        # The UPDATE's row lock (PostgreSQL) or the write lock (SQLite) serialises
        # submitters until commit, so each reads its own increment.
        session.execute(
            update(ReferenceCounter)
            .where(ReferenceCounter.year == year)
            .values(value=ReferenceCounter.value + 1)
        )
        value = session.execute(
            select(ReferenceCounter.value).where(ReferenceCounter.year == year)
        ).scalar_one()
        return f"HC-{year}-{value:05d}"

    def list_cases(self) -> List[Case]:
        """Every case, oldest first (detached rows, safe to read after return)."""
        with self._transaction("list cases") as session:
            return list(session.execute(select(Case).order_by(Case.created_at, Case.id)).scalars())

    def export(self) -> List[dict]:
        return [export_case(case) for case in self.list_cases()]

    def check_status(self, reference: Optional[str], proof: Optional[str],
                     sender_key: Optional[str]) -> "StatusAnswer":
        """For the reporter: status and last contact once they prove it is their case
        (bot.cases.status_check); three wrong proofs lock the reference for 30 minutes."""
        from bot.cases.status_check import check_status

        with self._transaction("check status") as session:
            return check_status(session, self._clock(), reference, proof, sender_key)

    def purge(self, closed_before: dt.datetime) -> "PurgeResult":
        """Retention (bot.cases.retention): remove personal data from cases closed before then."""
        from bot.cases.retention import purge

        return purge(self, closed_before)

    # -- drafts --------------------------------------------------------------

    def save_draft(self, sender_key: str, *, channel: str, language: str, data: dict) -> None:
        """Create or replace the conversation's unfinished report."""
        values = dict(
            sender_key=sender_digest(sender_key), sender=sender_key, channel=channel, language=language,
            data=data, updated_at=self._clock(),
        )
        with self._transaction("save draft") as session:
            _upsert_draft(session, values)

    def get_draft(self, sender_key: str) -> Optional[Draft]:
        with self._transaction("get draft") as session:
            row = session.get(DraftReport, sender_digest(sender_key))
            return _draft(row) if row is not None else None

    def discard_draft(self, sender_key: str) -> None:
        with self._transaction("discard draft") as session:
            session.execute(
                delete(DraftReport).where(DraftReport.sender_key == sender_digest(sender_key))
            )

    def list_drafts(self) -> List[Draft]:
        with self._transaction("list drafts") as session:
            rows = session.execute(select(DraftReport).order_by(DraftReport.updated_at)).scalars()
            return [_draft(row) for row in rows]


def _reference_year(created_at: dt.datetime) -> int:
    # The council works in London time; a report at 00:30 BST on 1 January is next year's.
    return created_at.astimezone(deadlines.LONDON).year


def _has_case_from(session: Session, digest: Optional[str]) -> bool:
    if digest is None:
        return False
    return bool(session.execute(select(exists().where(Case.sender_key == digest))).scalar())


def _conversation_key(sender_key: Optional[str]) -> Optional[str]:
    # sender_key is "<channel>:<Rasa sender id>" (actions.slots.sender_key); Rasa's
    # tracker store knows only the sender id, so that is what purge must find.
    if not sender_key:
        return None
    return sender_digest(sender_key.partition(":")[2])


def _new_case(report: Report, reference: str, created_at: dt.datetime, repeat_sender: bool) -> Case:
    intake = dataclasses.asdict(report)
    flags = derive_flags(report, earlier_case_from_sender=repeat_sender)
    return Case(
        **intake,
        reference=reference,
        created_at=created_at,
        status="new",
        postcode_district=postcode_district(report.postcode),
        first_contact_due=deadlines.first_contact_due(created_at),
        weekly_update_due=deadlines.weekly_update_due(created_at),
        graffiti_removal_due=deadlines.graffiti_removal_due(created_at) if flags.graffiti else None,
        flag_damage=flags.damage,
        flag_security=flags.security,
        flag_vulnerability=flags.vulnerability,
        flag_repeat=flags.repeat,
        flag_graffiti=flags.graffiti,
    )


def _dialect_insert(session: Session, table):
    """INSERT with ON CONFLICT support where the dialect has it, else None."""
    name = session.get_bind().dialect.name
    if name == "postgresql":
        return postgresql.insert(table)
    if name == "sqlite":
        return sqlite.insert(table)
    return None


def _ensure_counter(session: Session, year: int) -> None:
    """Create the year's counter row, tolerating another submitter doing the same."""
    table = ReferenceCounter.__table__
    insert = _dialect_insert(session, table)
    if insert is not None:
        session.execute(insert.values(year=year, value=0).on_conflict_do_nothing())
        return
    if session.get(ReferenceCounter, year) is None:
        try:
            with session.begin_nested():  # a savepoint keeps the outer transaction usable
                session.add(ReferenceCounter(year=year, value=0))
        except IntegrityError:
            pass


def _upsert_draft(session: Session, values: dict) -> None:
    table = DraftReport.__table__
    insert = _dialect_insert(session, table)
    if insert is None:
        session.merge(DraftReport(**values))
        return
    changed = {k: v for k, v in values.items() if k != "sender_key"}
    session.execute(
        insert.values(**values).on_conflict_do_update(index_elements=["sender_key"], set_=changed)
    )


def _draft(row: DraftReport) -> Draft:
    return Draft(row.sender, row.channel, row.language, dict(row.data or {}), row.updated_at)


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def export_case(case: Case) -> dict:
    """One case in the export's fixed shape: ISO 8601 strings, lists as lists."""
    out = {name: _iso(getattr(case, name)) for name in EXPORT_FIELDS}
    out["hate_types"] = list(case.hate_types or [])
    return out
