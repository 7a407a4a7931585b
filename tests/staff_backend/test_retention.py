"""Retention: personal data leaves old closed cases, drafts and conversations; figures stay."""
import asyncio
import datetime as dt
import subprocess
import sys

from sqlalchemy import create_engine, text

from bot.cases.casework import Casework
from bot.cases.reporting import monthly_figures
from bot.config import PROJECT_ROOT
from bot.tracker_store import EncryptedSQLTrackerStore
from tests.staff_backend.conftest import DESCRIPTION, NAME, PHONE, report
from tests.staff_backend.test_tracker_store import DOMAIN, tracker_with


def test_purge_removes_personal_data_keeps_figures(store, staff, clock, database_url):
    officer = staff["officer"]
    conversations = EncryptedSQLTrackerStore(DOMAIN, db_url=database_url)
    asyncio.run(conversations.save(tracker_with(PHONE, DESCRIPTION)))
    asyncio.run(conversations.save(tracker_with("+447700900999", "someone else's words")))
    old = store.submit(report(), channel="twilio", language="en", sender_key=f"twilio:{PHONE}").reference
    store.save_draft(f"twilio:{PHONE}", channel="twilio", language="en", data={"description": "again"})
    kept = store.submit(report(), channel="rest", language="en", sender_key="rest:b").reference
    work = Casework(store)
    work.log_contact(officer, old, "phone", note=f"called {NAME}")
    work.record_action(officer, old, "injunction", legal=True, description="against no. 14")
    work.close(officer, old, "resolved")
    before = monthly_figures(store, "2026-11")

    clock.advance(days=10)
    result = store.purge(clock.now - dt.timedelta(days=5))
    assert (result.cases, result.drafts) == (1, 1) and result.conversation_events > 0

    case = work.get_case(officer, old).case
    assert case.purged_at == clock.now
    assert (case.contact_name, case.contact_phone, case.description, case.location, case.postcode) == (None,) * 5
    assert (case.hate_types, case.postcode_district, case.status, case.outcome) == (["race"], "ST2", "closed", "resolved")
    detail = work.get_case(officer, old)
    assert [(a.kind, a.legal, a.description) for a in detail.actions] == [("injunction", True, None)]
    assert [c.note for c in detail.contacts] == [None]
    assert work.get_case(officer, kept).case.description == DESCRIPTION  # open case untouched
    assert store.get_draft(f"twilio:{PHONE}") is None
    assert asyncio.run(conversations.retrieve(PHONE)) is None
    assert asyncio.run(conversations.retrieve("+447700900999")) is not None
    after = monthly_figures(store, "2026-11")
    # Only the clock moved the other case from pending to missed; the purged case still counts.
    assert {k: v for k, v in after.items() if k != "first_contact"} == \
        {k: v for k, v in before.items() if k != "first_contact"}
    assert after["first_contact"]["met"] == before["first_contact"]["met"] == 1
    assert store.purge(clock.now).cases == 0  # already purged


def test_old_drafts_go_after_thirty_days(store, clock):
    store.save_draft("rest:old", channel="rest", language="en", data={"description": "x"})
    clock.advance(days=20)
    store.save_draft("rest:new", channel="rest", language="en", data={"description": "y"})
    clock.advance(days=11)
    assert store.purge(clock.now - dt.timedelta(days=2190)).drafts == 1
    assert [d.sender_key for d in store.list_drafts()] == ["rest:new"]


def test_purge_command(sqlite_url, tmp_path):
    from bot.cases.store import CaseStore
    from bot.staff.accounts import add_user

    store = CaseStore(sqlite_url)
    officer = add_user(store, email="o@stoke.example", name="O", role="officer", password="x" * 12)
    ref = store.submit(report(), channel="rest", language="en", sender_key="rest:a").reference
    Casework(store).close(officer, ref, "no_further_action")
    env = {"DATABASE_URL": sqlite_url, "PYTHONPATH": str(PROJECT_ROOT), "PATH": "/usr/bin:/bin",
           "CASE_ENCRYPTION_KEY": __import__("os").environ["CASE_ENCRYPTION_KEY"]}
    run = lambda *args: subprocess.run([sys.executable, "-m", "bot", "cases", "purge", *args],  # noqa: E731
                                       cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, check=True)
    assert "Purged 0 closed cases" in run().stdout  # default: six years
    assert "Purged 1 closed cases" in run("--closed-before", "2999-01-01").stdout
    engine = create_engine(sqlite_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT description, purged_at IS NOT NULL FROM cases")).one() == (None, 1)
    engine.dispose()
    store.close()
