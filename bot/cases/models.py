"""Tables of the case service. The schema itself is made by the Alembic migrations."""
import datetime as dt

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import declarative_base
from sqlalchemy.types import TypeDecorator

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
    status = Column(String(20), nullable=False, default="new", server_default="new")
    # Opaque id of the conversation (e.g. "rest:abc"); used only to spot repeat reporters.
    sender_key = Column(String(255), index=True)

    # Intake (see bot.cases.report.Report).
    immediate_danger = Column(Boolean)
    reporter_role = Column(String(20))
    victim_aware = Column(Boolean)
    anonymous = Column(Boolean, nullable=False, default=False)
    contact_name = Column(Text)
    contact_phone = Column(String(64))
    contact_email = Column(String(320))
    safe_times = Column(Text)
    texts_safe = Column(Boolean)
    voicemail_safe = Column(Boolean)
    interpreter_needed = Column(Boolean)
    interpreter_language = Column(String(64))
    access_needs = Column(Text)
    description = Column(Text)
    hate_types = Column(JSON, nullable=False, default=list)
    hate_other = Column(Text)
    incident_date = Column(Date)
    incident_when_text = Column(Text)
    repeated = Column(Boolean)
    repeated_since = Column(Date)
    location = Column(Text)
    postcode = Column(String(16))
    location_type = Column(String(20))
    perpetrator_relation = Column(String(20))
    perpetrator_description = Column(Text)
    harms = Column(JSON, nullable=False, default=list)
    impact = Column(Text)
    evidence = Column(JSON, nullable=False, default=list)
    # Links to photos sent with the report (MMS media URLs, Telegram file ids).
    evidence_links = Column(JSON, nullable=False, default=list)
    police_reported = Column(Boolean)
    crime_reference = Column(String(64))
    wants = Column(JSON, nullable=False, default=list)
    consent_police = Column(Boolean)
    consent_usah = Column(Boolean)
    vulnerability = Column(Text)

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


class ReferenceCounter(Base):
    """The last reference number handed out in each year."""

    __tablename__ = "reference_counters"

    year = Column(Integer, primary_key=True, autoincrement=False)
    value = Column(Integer, nullable=False, default=0)


class DraftReport(Base):
    """An unfinished intake, kept so a conversation can resume."""

    __tablename__ = "draft_reports"

    sender_key = Column(String(255), primary_key=True)
    channel = Column(String(20), nullable=False)
    language = Column(String(8), nullable=False)
    data = Column(JSON, nullable=False, default=dict)
    updated_at = Column(UTCDateTime, nullable=False)
