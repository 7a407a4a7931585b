"""The audit log is append-only, enforced by the database itself."""
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from bot.cases.casework import Casework
from tests.staff_backend.conftest import NAME, PHONE, report


def test_views_and_changes_are_audited_without_personal_data(store, staff):
    ref = store.submit(report(), channel="rest", language="en", sender_key="rest:x").reference
    work = Casework(store)
    work.get_case(staff["cohesion_manager"], ref)
    work.log_contact(staff["officer"], ref, "phone", note=f"spoke to {NAME} on {PHONE}")
    entries = work.audit_entries(staff["administrator"], reference=ref)
    assert [(e.action, e.staff_id) for e in reversed(entries)] == [
        ("case.created", None), ("case.viewed", staff["cohesion_manager"].id),
        ("contact.logged", staff["officer"].id),
    ]
    with store.engine.connect() as conn:
        dump = " ".join(str(v) for row in conn.execute(text("SELECT * FROM audit_log")) for v in row)
    assert NAME not in dump and PHONE not in dump


@pytest.mark.parametrize("statement", [
    "UPDATE audit_log SET action = 'nothing'",
    "DELETE FROM audit_log",
])
def test_audit_rows_cannot_be_changed(store, statement):
    store.submit(report(), channel="rest", language="en", sender_key="rest:x")
    with pytest.raises(DatabaseError, match="append-only"):
        with store.engine.begin() as conn:
            conn.execute(text(statement))
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT action FROM audit_log")).scalars().all() == ["case.created"]


def test_non_administrators_cannot_read_the_audit_log(store, staff):
    from bot.cases.errors import NotPermitted

    for role in ("officer", "team_manager", "cohesion_manager"):
        with pytest.raises(NotPermitted):
            Casework(store).audit_entries(staff[role])
