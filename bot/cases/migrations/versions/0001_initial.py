"""Cases, per-year reference counters and drafts.

Revision ID: 0001
Revises:
Create Date: 2026-01-01
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Plain column types (not the models' TypeDecorators) so this file never changes
# when the models do.
TS = sa.DateTime(timezone=True)


def _flag(name: str) -> sa.Column:
    return sa.Column(name, sa.Boolean(), nullable=False, server_default=sa.false())


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("reference", sa.String(20), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("status", sa.String(20), nullable=False, server_default="new"),
        sa.Column("sender_key", sa.String(255)),
        sa.Column("immediate_danger", sa.Boolean()),
        sa.Column("reporter_role", sa.String(20)),
        sa.Column("victim_aware", sa.Boolean()),
        sa.Column("anonymous", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("contact_name", sa.Text()),
        sa.Column("contact_phone", sa.String(64)),
        sa.Column("contact_email", sa.String(320)),
        sa.Column("safe_times", sa.Text()),
        sa.Column("texts_safe", sa.Boolean()),
        sa.Column("voicemail_safe", sa.Boolean()),
        sa.Column("interpreter_needed", sa.Boolean()),
        sa.Column("interpreter_language", sa.String(64)),
        sa.Column("access_needs", sa.Text()),
        sa.Column("description", sa.Text()),
        sa.Column("hate_types", sa.JSON(), nullable=False),
        sa.Column("hate_other", sa.Text()),
        sa.Column("incident_date", sa.Date()),
        sa.Column("incident_when_text", sa.Text()),
        sa.Column("repeated", sa.Boolean()),
        sa.Column("repeated_since", sa.Date()),
        sa.Column("location", sa.Text()),
        sa.Column("postcode", sa.String(16)),
        sa.Column("location_type", sa.String(20)),
        sa.Column("perpetrator_relation", sa.String(20)),
        sa.Column("perpetrator_description", sa.Text()),
        sa.Column("harms", sa.JSON(), nullable=False),
        sa.Column("impact", sa.Text()),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("evidence_links", sa.JSON(), nullable=False),
        sa.Column("police_reported", sa.Boolean()),
        sa.Column("crime_reference", sa.String(64)),
        sa.Column("wants", sa.JSON(), nullable=False),
        sa.Column("consent_police", sa.Boolean()),
        sa.Column("consent_usah", sa.Boolean()),
        sa.Column("vulnerability", sa.Text()),
        sa.Column("first_contact_due", TS, nullable=False),
        sa.Column("weekly_update_due", TS, nullable=False),
        sa.Column("graffiti_removal_due", TS),
        _flag("flag_damage"),
        _flag("flag_security"),
        _flag("flag_vulnerability"),
        _flag("flag_repeat"),
        _flag("flag_graffiti"),
        # The backstop against a duplicate reference, whatever the allocator does.
        sa.UniqueConstraint("reference", name="uq_cases_reference"),
    )
    op.create_index("ix_cases_sender_key", "cases", ["sender_key"])
    op.create_table(
        "reference_counters",
        sa.Column("year", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("value", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_table(
        "draft_reports",
        sa.Column("sender_key", sa.String(255), primary_key=True),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("draft_reports")
    op.drop_table("reference_counters")
    op.drop_index("ix_cases_sender_key", table_name="cases")
    op.drop_table("cases")
