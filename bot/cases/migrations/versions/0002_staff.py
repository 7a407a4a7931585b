"""Staff side: accounts, casework logs, audit, outbox, status lockouts, encrypted conversations;
personal data encrypted at rest.

Revision ID: 0002
Revises: 0001
Create Date: 2026-01-15
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)

# Personal data that becomes a Fernet token (bot.cases.crypto): text of any length.
ENCRYPTED_CASE_COLUMNS = (
    "contact_name", "contact_phone", "contact_email", "safe_times", "interpreter_language",
    "access_needs", "description", "hate_other", "incident_when_text", "location", "postcode",
    "perpetrator_description", "impact", "crime_reference", "vulnerability", "evidence_links",
)
_WAS_STRING = {"contact_phone": 64, "contact_email": 320, "interpreter_language": 64,
               "postcode": 16, "crime_reference": 64}


def upgrade() -> None:
    _create_staff_users()
    _alter_cases()
    _alter_drafts()
    _create_casework_tables()
    _create_audit_log()
    _create_outbox_and_lookups()
    _create_conversation_events()
    _encrypt_existing_rows()


def _create_staff_users() -> None:
    op.create_table(
        "staff_users",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("email", sa.String(320), nullable=False, unique=True),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(30), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("created_at", TS, nullable=False),
    )


def _alter_cases() -> None:
    # batch: SQLite cannot ALTER column types or add foreign keys; it rebuilds the table.
    with op.batch_alter_table("cases") as batch:
        for name in ENCRYPTED_CASE_COLUMNS:
            existing = sa.JSON() if name == "evidence_links" else (
                sa.String(_WAS_STRING[name]) if name in _WAS_STRING else sa.Text())
            batch.alter_column(
                name, type_=sa.Text(), existing_type=existing,
                nullable=True,
                postgresql_using=f"{name}::text",
            )
        batch.add_column(sa.Column("conversation_key", sa.String(64)))
        batch.add_column(sa.Column("postcode_district", sa.String(8)))
        batch.add_column(sa.Column("assigned_officer_id", sa.Integer()))
        for name in ("first_contacted_at", "last_contact_at", "usah_referred_at", "closed_at",
                     "escalated_at", "purged_at"):
            batch.add_column(sa.Column(name, TS))
        batch.add_column(sa.Column("outcome", sa.String(40)))
        batch.add_column(sa.Column("outcome_explanation", sa.Text()))
        batch.add_column(sa.Column("escalated_by", sa.Integer()))
        batch.add_column(sa.Column("escalated_to", sa.Integer()))
        batch.add_column(sa.Column("escalation_reason", sa.Text()))
        batch.create_foreign_key("fk_cases_assigned_officer", "staff_users", ["assigned_officer_id"], ["id"])
        batch.create_foreign_key("fk_cases_escalated_by", "staff_users", ["escalated_by"], ["id"])
        batch.create_foreign_key("fk_cases_escalated_to", "staff_users", ["escalated_to"], ["id"])
        batch.create_index("ix_cases_conversation_key", ["conversation_key"])
        batch.create_index("ix_cases_postcode_district", ["postcode_district"])


def _alter_drafts() -> None:
    with op.batch_alter_table("draft_reports") as batch:
        batch.add_column(sa.Column("sender", sa.Text()))
        batch.alter_column("data", type_=sa.Text(), existing_type=sa.JSON(), existing_nullable=False,
                           postgresql_using="data::text")


def _create_casework_tables() -> None:
    op.create_table(
        "case_contacts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("staff_id", sa.Integer(), sa.ForeignKey("staff_users.id"), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("method", sa.String(20), nullable=False),
        sa.Column("note", sa.Text()),
    )
    op.create_index("ix_case_contacts_case_id", "case_contacts", ["case_id"])
    op.create_table(
        "case_actions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("staff_id", sa.Integer(), sa.ForeignKey("staff_users.id"), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("description", sa.Text()),
        sa.Column("legal", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_case_actions_case_id", "case_actions", ["case_id"])
    op.create_table(
        "case_links",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_a_id", sa.Integer(), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("case_b_id", sa.Integer(), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("reason", sa.String(40), nullable=False),
        sa.Column("created_by", sa.Integer(), sa.ForeignKey("staff_users.id")),
        sa.Column("created_at", TS, nullable=False),
        sa.UniqueConstraint("case_a_id", "case_b_id", name="uq_case_links_pair"),
    )


def _create_audit_log() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", TS, nullable=False),
        sa.Column("staff_id", sa.Integer()),
        sa.Column("actor", sa.String(30), nullable=False),
        sa.Column("reference", sa.String(20)),
        sa.Column("action", sa.String(40), nullable=False),
    )
    op.create_index("ix_audit_log_reference", "audit_log", ["reference"])
    # The database itself refuses changes, so no application bug (or staff member
    # with the app's credentials) can rewrite history. NOTE: a later SQLite batch
    # rebuild of audit_log would drop these triggers; recreate them if you do one.
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"
        )
        op.execute(
            "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()"
        )
    else:
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
                "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
            )


def _create_outbox_and_lookups() -> None:
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("idempotency_key", sa.String(120), nullable=False, unique=True),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("next_attempt_at", TS, nullable=False),
        sa.Column("delivered_at", TS),
        sa.Column("last_error", sa.String(100)),
    )
    op.create_index("ix_outbox_next_attempt_at", "outbox", ["next_attempt_at"])
    op.create_table(
        "status_lookups",
        sa.Column("reference", sa.String(20), primary_key=True),
        sa.Column("failures", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("locked_until", TS),
    )


def _create_conversation_events() -> None:
    op.create_table(
        "conversation_events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("sender_digest", sa.String(64), nullable=False),
        sa.Column("sender_id", sa.Text(), nullable=False),
        sa.Column("type_name", sa.String(64), nullable=False),
        sa.Column("timestamp", sa.Float()),
        sa.Column("data", sa.Text(), nullable=False),
    )
    op.create_index("ix_conversation_events_sender", "conversation_events", ["sender_digest", "id"])


def _encrypt_existing_rows() -> None:
    """Rows written before this revision hold plaintext: encrypt them in place."""
    from bot.cases.crypto import encrypt, sender_digest
    from bot.intake.postcode import postcode_district

    bind = op.get_bind()
    cols = ", ".join(ENCRYPTED_CASE_COLUMNS)
    rows = bind.execute(sa.text(f"SELECT id, sender_key, {cols} FROM cases")).mappings().all()
    for row in rows:
        values = {name: encrypt(row[name]) if row[name] is not None else None
                  for name in ENCRYPTED_CASE_COLUMNS}
        key = row["sender_key"]
        values.update(
            id=row["id"], sender_key=sender_digest(key),
            conversation_key=sender_digest(key.partition(":")[2]) if key else None,
            postcode_district=postcode_district(row["postcode"]),
        )
        sets = ", ".join(f"{name} = :{name}" for name in values if name != "id")
        bind.execute(sa.text(f"UPDATE cases SET {sets} WHERE id = :id"), values)
    drafts = bind.execute(sa.text("SELECT sender_key, data FROM draft_reports")).all()
    for sender_key, data in drafts:
        bind.execute(
            sa.text("UPDATE draft_reports SET sender_key = :new, sender = :sender, data = :data "
                    "WHERE sender_key = :old"),
            {"new": sender_digest(sender_key), "sender": encrypt(sender_key), "data": encrypt(data),
             "old": sender_key},
        )


def downgrade() -> None:
    # Encryption is one-way here on purpose: downgrading would write plaintext.
    raise NotImplementedError("0002 cannot be downgraded: it would decrypt personal data")
