import datetime as dt

import pytest
from sqlalchemy import text

from bot.cases.store import EXPORT_FIELDS, CaseStore, CaseStoreError
from bot.cases.report import Report

UTC = dt.timezone.utc


def full_report(**overrides) -> Report:
    values = dict(
        reporter_role="victim",
        anonymous=False,
        contact_name="Amina",
        contact_phone="+447700900123",
        hate_types=["race", "religion"],
        description="میرے دروازے پر نفرت انگیز باتیں لکھی گئیں",
        incident_date=dt.date(2026, 3, 1),
        location="Flat 3, Example House",
        postcode="ST1 1AA",
        immediate_danger=False,
        consent_police=True,
        consent_usah=False,
        interpreter_needed=True,
        interpreter_language="ur",
    )
    values.update(overrides)
    return Report(**values)


def test_submit_assigns_sequential_references(store):
    year = dt.datetime.now(UTC).year
    first = store.submit(Report(), channel="rest", language="en", sender_key="rest:a")
    second = store.submit(Report(), channel="rest", language="en", sender_key="rest:b")
    assert first.reference == f"HC-{year}-00001"
    assert second.reference == f"HC-{year}-00002"
    assert first.created_at.tzinfo is not None
    assert first.first_contact_due > first.created_at


def test_counter_restarts_each_year(database_url):
    clock = [dt.datetime(2026, 12, 31, 12, 0, tzinfo=UTC)]
    store = CaseStore(database_url, clock=lambda: clock[0])
    assert store.submit(Report(), channel="sms", language="en", sender_key=None).reference == "HC-2026-00001"
    clock[0] = dt.datetime(2027, 1, 1, 0, 30, tzinfo=UTC)
    assert store.submit(Report(), channel="sms", language="en", sender_key=None).reference == "HC-2027-00001"
    store.close()


def test_export_keys_and_values(database_url):
    created = dt.datetime(2026, 3, 6, 10, 0, tzinfo=UTC)  # a Friday
    store = CaseStore(database_url, clock=lambda: created)
    store.submit(full_report(), channel="sms", language="ur", sender_key="sms:1")
    [row] = store.export()
    assert tuple(row) == EXPORT_FIELDS
    assert row == {
        "reference": "HC-2026-00001",
        "created_at": "2026-03-06T10:00:00+00:00",
        "channel": "sms",
        "language": "ur",
        "reporter_role": "victim",
        "anonymous": False,
        "hate_types": ["race", "religion"],
        "description": "میرے دروازے پر نفرت انگیز باتیں لکھی گئیں",
        "incident_date": "2026-03-01",
        "location": "Flat 3, Example House",
        "postcode": "ST1 1AA",
        "immediate_danger": False,
        "consent_police": True,
        "consent_usah": False,
        "interpreter_needed": True,
        "first_contact_due": "2026-03-09T17:00:00+00:00",  # Monday, GMT
        "status": "new",
    }
    store.close()


def test_case_keeps_intake_deadlines_and_flags(database_url):
    created = dt.datetime(2026, 8, 28, 14, 0, tzinfo=UTC)  # Friday before the bank holiday
    store = CaseStore(database_url, clock=lambda: created)
    store.submit(
        full_report(harms=["graffiti", "children_present"], wants=["security"], evidence=["photos"]),
        channel="web", language="en", sender_key="rest:x",
    )
    [case] = store.list_cases()
    assert case.contact_phone == "+447700900123"
    assert case.evidence == ["photos"]
    assert case.first_contact_due == dt.datetime(2026, 9, 1, 16, 0, tzinfo=UTC)  # 17:00 BST Tue
    assert case.weekly_update_due == created + dt.timedelta(days=7)
    assert case.graffiti_removal_due == created + dt.timedelta(hours=24)
    assert (case.flag_graffiti, case.flag_security, case.flag_vulnerability) == (True, True, True)
    assert (case.flag_damage, case.flag_repeat) == (False, False)
    store.close()


def test_no_graffiti_deadline_without_graffiti(store):
    store.submit(Report(), channel="web", language="en", sender_key="rest:x")
    assert store.list_cases()[0].graffiti_removal_due is None


def test_repeat_flag_for_same_sender(store):
    store.submit(Report(), channel="sms", language="en", sender_key="sms:+447700900123")
    store.submit(Report(), channel="sms", language="en", sender_key="sms:+447700900999")
    store.submit(Report(), channel="sms", language="en", sender_key="sms:+447700900123")
    store.submit(Report(), channel="sms", language="en", sender_key=None)
    assert [c.flag_repeat for c in store.list_cases()] == [False, False, True, False]


def test_drafts_upsert_and_discard(store):
    store.save_draft("tg:1", channel="telegram", language="pl", data={"description": "a"})
    store.save_draft("tg:1", channel="telegram", language="pl",
                     data={"description": "b", "incident_date": dt.date(2026, 3, 1)})
    store.save_draft("tg:2", channel="telegram", language="ar", data={})
    draft = store.get_draft("tg:1")
    assert draft.data == {"description": "b", "incident_date": "2026-03-01"}
    assert draft.language == "pl"
    assert draft.updated_at.tzinfo is not None
    assert sorted(d.sender_key for d in store.list_drafts()) == ["tg:1", "tg:2"]
    store.discard_draft("tg:1")
    assert store.get_draft("tg:1") is None
    store.discard_draft("tg:unknown")  # no error
    assert [d.sender_key for d in store.list_drafts()] == ["tg:2"]


def test_submit_removes_only_that_senders_draft(store):
    store.save_draft("rest:a", channel="rest", language="en", data={"description": "x"})
    store.save_draft("rest:b", channel="rest", language="en", data={"description": "y"})
    store.submit(Report(description="x"), channel="rest", language="en", sender_key="rest:a")
    assert store.get_draft("rest:a") is None
    assert store.get_draft("rest:b") is not None


def test_reopening_is_idempotent(database_url):
    CaseStore(database_url).submit(Report(), channel="rest", language="en", sender_key="k").reference
    again = CaseStore(database_url)
    assert len(again.list_cases()) == 1
    again.close()


def test_unreachable_database_raises_case_store_error():
    with pytest.raises(CaseStoreError):
        CaseStore("postgresql+psycopg2://postgres@127.0.0.1:1/test")


def test_failure_after_open_raises_case_store_error(sqlite_url):
    store = CaseStore(sqlite_url)
    with store.engine.begin() as conn:
        conn.execute(text("DROP TABLE cases"))
    with pytest.raises(CaseStoreError) as info:
        store.submit(Report(description="secret words"), channel="rest", language="en", sender_key="k")
    # Personal data stays out of the error a caller might log.
    assert "secret words" not in str(info.value)
    assert "secret words" not in str(info.value.__cause__)
    store.close()


def test_models_match_migrations(store):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from bot.cases.models import Base

    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
