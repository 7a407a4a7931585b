"""Tables of the case service. The schema itself is made by the Alembic migrations."""
import datetime as dt

from sqlalchemy import (
    JSON, Boolean, Column, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint,
)
from sqlalchemy.orm import declarative_base
from sqlalchemy.types import TypeDecorator

from bot.cases.crypto import EncryptedJSON, EncryptedText

Base = declarative_base()


class UTCDateTime(TypeDecorator):
    """Always hands back aware UTC datetimes (SQLite forgets the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given for a UTC column")
        value = value.astimezone(dt.timezone.utc)
        # SQLite stores text: drop the zone so values compare and sort as written.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.timezone.utc)
        return value.astimezone(dt.timezone.utc)


class Case(Base):
    __tablename__ = "cases"
    # Named as in migration 0001; the backstop against a duplicate reference.
    __table_args__ = (UniqueConstraint("reference", name="uq_cases_reference"),)

    id = Column(Integer, primary_key=True)
    reference = Column(String(20), nullable=False)
    created_at = Column(UTCDateTime, nullable=False)
    channel = Column(String(20), nullable=False)
    language = Column(String(8), nullable=False)
    # "latin" when an Urdu reporter wrote in Latin letters (Roman Urdu) and was answered so:
    # staff who text back use the same script (the `reply_script` slot, bot.language.codes).
    reply_script = Column(String(8))
    status = Column(String(20), nullable=False, default="new", server_default="new")
    # Keyed digest (bot.cases.crypto.sender_digest) of the conversation id ("sms:+44..."):
    # spots repeat reporters and proves the sender, without storing the phone number.
    sender_key = Column(String(255), index=True)
    # Digest of Rasa's bare sender id: finds the conversation in the tracker store at purge.
    conversation_key = Column(String(64), index=True)

    # Intake (see bot.cases.report.Report).
    immediate_danger = Column(Boolean)
    reporter_role = Column(String(20))
    victim_aware = Column(Boolean)
    anonymous = Column(Boolean, nullable=False, default=False)
    contact_name = Column(EncryptedText)
    contact_phone = Column(EncryptedText)
    contact_email = Column(EncryptedText)
    safe_times = Column(EncryptedText)
    texts_safe = Column(Boolean)
    voicemail_safe = Column(Boolean)
    interpreter_needed = Column(Boolean)
    interpreter_language = Column(EncryptedText)
    access_needs = Column(EncryptedText)
    description = Column(EncryptedText)
    hate_types = Column(JSON, nullable=False, default=list)
    hate_other = Column(EncryptedText)
    incident_date = Column(Date)
    incident_when_text = Column(EncryptedText)
    repeated = Column(Boolean)
    repeated_since = Column(Date)
    location = Column(EncryptedText)
    postcode = Column(EncryptedText)
    # The outward code ("ST4") in clear: locality for the performance figures (policy 10.1).
    postcode_district = Column(String(8), index=True)
    location_type = Column(String(20))
    perpetrator_relation = Column(String(20))
    perpetrator_description = Column(EncryptedText)
    harms = Column(JSON, nullable=False, default=list)
    impact = Column(EncryptedText)
    evidence = Column(JSON, nullable=False, default=list)
    # Links to photos sent with the report (MMS media URLs, Telegram file ids).
    evidence_links = Column(EncryptedJSON, default=list)
    police_reported = Column(Boolean)
    crime_reference = Column(EncryptedText)
    wants = Column(JSON, nullable=False, default=list)
    consent_police = Column(Boolean)
    consent_usah = Column(Boolean)
    vulnerability = Column(EncryptedText)

    # Deadlines derived from the policy (bot.cases.deadlines).
    first_contact_due = Column(UTCDateTime, nullable=False)
    weekly_update_due = Column(UTCDateTime, nullable=False)
    graffiti_removal_due = Column(UTCDateTime)

    # Flags for the officer (bot.cases.flags).
    flag_damage = Column(Boolean, nullable=False, default=False)
    flag_security = Column(Boolean, nullable=False, default=False)
    flag_vulnerability = Column(Boolean, nullable=False, default=False)
    flag_repeat = Column(Boolean, nullable=False, default=False)
    flag_graffiti = Column(Boolean, nullable=False, default=False)

    # Casework (bot.cases.casework).
    assigned_officer_id = Column(Integer, ForeignKey("staff_users.id", name="fk_cases_assigned_officer"))
    first_contacted_at = Column(UTCDateTime)
    last_contact_at = Column(UTCDateTime)
    usah_referred_at = Column(UTCDateTime)
    outcome = Column(String(40))
    # What the victim was told, e.g. why it was not treated as hate (policy 5.3).
    outcome_explanation = Column(EncryptedText)
    closed_at = Column(UTCDateTime)
    escalated_at = Column(UTCDateTime)
    escalated_by = Column(Integer, ForeignKey("staff_users.id", name="fk_cases_escalated_by"))
    escalated_to = Column(Integer, ForeignKey("staff_users.id", name="fk_cases_escalated_to"))
    escalation_reason = Column(EncryptedText)
    # Set when retention removed the personal data (bot.cases.retention).
    purged_at = Column(UTCDateTime)


class ReferenceCounter(Base):
    """The last reference number handed out in each year."""

    __tablename__ = "reference_counters"

    year = Column(Integer, primary_key=True, autoincrement=False)
    value = Column(Integer, nullable=False, default=0)


class DraftReport(Base):
    """An unfinished intake, kept so a conversation can resume."""

    __tablename__ = "draft_reports"

    # Keyed digest of the conversation id (bot.cases.crypto.sender_digest): looked up by it.
    sender_key = Column(String(255), primary_key=True)
    # The conversation id itself, encrypted (for SMS it is a phone number).
    sender = Column(EncryptedText)
    channel = Column(String(20), nullable=False)
    language = Column(String(8), nullable=False)
    data = Column(EncryptedJSON, nullable=False, default=dict)
    updated_at = Column(UTCDateTime, nullable=False)


class StaffUser(Base):
    __tablename__ = "staff_users"

    id = Column(Integer, primary_key=True)
    email = Column(String(320), nullable=False, unique=True)
    display_name = Column(String(200), nullable=False)
    role = Column(String(30), nullable=False)
    password_hash = Column(String(255), nullable=False)
    active = Column(Boolean, nullable=False, default=True)
    created_at = Column(UTCDateTime, nullable=False)


class CaseContact(Base):
    """One contact with the reporter (policy 5.3: weekly while the case is open)."""

    __tablename__ = "case_contacts"

    id = Column(Integer, primary_key=True)
    case_id = Column(Integer, ForeignKey("cases.id"), nullable=False, index=True)
    staff_id = Column(Integer, ForeignKey("staff_users.id"), nullable=False)
    at = Column(UTCDateTime, nullable=False)
    method = Column(String(20), nullable=False)
    note = Column(EncryptedText)


class CaseAction(Base):
    """An action taken on the case, legal or not (policy section 10)."""

    __tablename__ = "case_actions"

    id = Column(Integer, primary_key=True)
    case_id = Column(Integer, ForeignKey("cases.id"), nullable=False, index=True)
    staff_id = Column(Integer, ForeignKey("staff_users.id"), nullable=False)
    at = Column(UTCDateTime, nullable=False)
    kind = Column(String(40), nullable=False)
    description = Column(EncryptedText)
    legal = Column(Boolean, nullable=False)


class CaseLink(Base):
    """Two cases about the same address or perpetrator (repeat incidents); case_a_id < case_b_id."""

    __tablename__ = "case_links"
    __table_args__ = (UniqueConstraint("case_a_id", "case_b_id", name="uq_case_links_pair"),)

    id = Column(Integer, primary_key=True)
    case_a_id = Column(Integer, ForeignKey("cases.id"), nullable=False)
    case_b_id = Column(Integer, ForeignKey("cases.id"), nullable=False)
    reason = Column(String(40), nullable=False)
    created_by = Column(Integer, ForeignKey("staff_users.id"))
    created_at = Column(UTCDateTime, nullable=False)


class AuditEntry(Base):
    """Append-only (database triggers reject UPDATE and DELETE); never personal data."""

    __tablename__ = "audit_log"

    id = Column(Integer, primary_key=True)
    at = Column(UTCDateTime, nullable=False)
    staff_id = Column(Integer)  # no FK: the log outlives accounts
    actor = Column(String(30), nullable=False)  # "staff", "system", "reporter"
    reference = Column(String(20), index=True)
    action = Column(String(40), nullable=False)


class OutboxMessage(Base):
    """A notification written with its case, delivered later by bot.notifications.worker."""

    __tablename__ = "outbox"

    id = Column(Integer, primary_key=True)
    idempotency_key = Column(String(120), nullable=False, unique=True)
    kind = Column(String(10), nullable=False)  # email | webhook
    payload = Column(JSON, nullable=False)  # no personal data
    attempts = Column(Integer, nullable=False, default=0)
    created_at = Column(UTCDateTime, nullable=False)
    next_attempt_at = Column(UTCDateTime, nullable=False, index=True)
    delivered_at = Column(UTCDateTime)
    last_error = Column(String(100))


class StatusLookup(Base):
    """Failed status checks per reference, so a lockout survives a restart."""

    __tablename__ = "status_lookups"

    reference = Column(String(20), primary_key=True)
    failures = Column(Integer, nullable=False, default=0)
    locked_until = Column(UTCDateTime)


class ConversationEvent(Base):
    """Rasa tracker events, encrypted (bot.tracker_store)."""

    __tablename__ = "conversation_events"
    __table_args__ = (Index("ix_conversation_events_sender", "sender_digest", "id"),)

    id = Column(Integer, primary_key=True)
    sender_digest = Column(String(64), nullable=False)
    sender_id = Column(EncryptedText, nullable=False)
    type_name = Column(String(64), nullable=False)
    timestamp = Column(Float)
    data = Column(EncryptedText, nullable=False)
