"""The reporter's progress check: only they can pass it; three wrong answers lock it."""
import datetime as dt

from bot.cases.casework import Casework
from bot.cases.store import CaseStore
from tests.staff_backend.conftest import PHONE, report


def test_last_four_digits_or_same_sender(store, staff, clock):
    ref = store.submit(report(), channel="twilio", language="en", sender_key=f"twilio:{PHONE}").reference
    answer = store.check_status(ref, "3456", "rest:someone-else")
    assert (answer.outcome, answer.status, answer.last_contact_at) == ("ok", "new", None)
    assert store.check_status(ref.lower(), None, f"twilio:{PHONE}").outcome == "ok"
    Casework(store).log_contact(staff["officer"], ref, "phone")
    answer = store.check_status(f"what about {ref}?", "34 56", None)
    assert (answer.outcome, answer.status, answer.last_contact_at) == ("ok", "open", clock.now)


def test_three_wrong_answers_lock_for_thirty_minutes_across_restarts(store, database_url, clock):
    ref = store.submit(report(), channel="rest", language="en", sender_key="rest:a").reference
    assert store.check_status(ref, "1111", None).outcome == "failed"
    assert store.check_status(ref, "2222", None).outcome == "failed"
    assert store.check_status(ref, "3333", None).outcome == "locked"
    restarted = CaseStore(database_url, clock=clock)
    assert restarted.check_status(ref, "3456", "rest:a").outcome == "locked"  # even the right answer
    clock.advance(minutes=29)
    assert restarted.check_status(ref, "3456", None).outcome == "locked"
    clock.advance(minutes=2)
    assert restarted.check_status(ref, "3456", None).outcome == "ok"
    restarted.close()


def test_unknown_reference_and_anonymous_case(store):
    assert store.check_status("HC-2026-99999", "1234", None).outcome == "not_found"
    assert store.check_status("nonsense", "1234", None).outcome == "not_found"
    ref = store.submit(report(contact_phone=None, anonymous=True), channel="rest", language="en",
                       sender_key=None).reference
    assert store.check_status(ref, "0000", None).outcome == "failed"
    assert store.check_status(ref, "", "rest:x").outcome == "failed"
