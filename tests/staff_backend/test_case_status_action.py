"""actions/case_status.py's form validation with a tracker fixture and a real store."""
import pytest
from rasa_sdk.executor import CollectingDispatcher

import actions.case_status
from actions.case_status import DONE, ValidateStatusForm
from bot.cases.store import CaseStore
from tests.actions.conftest import make_tracker
from tests.staff_backend.conftest import report


@pytest.fixture
def case_store(sqlite_url, monkeypatch):
    store = CaseStore(sqlite_url)
    monkeypatch.setattr(actions.case_status, "case_store", lambda: store)
    yield store
    store.close()


async def validate(slot, text, slots=None, sender="someone", intent="inform"):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker({**(slots or {}), "requested_slot": slot}, text=text, intent=intent,
                           active_loop="status_form", sender=sender)
    method = getattr(ValidateStatusForm(), f"validate_{slot}")
    result = await method(text, dispatcher, tracker, {})
    return [m["response"] for m in dispatcher.messages], dispatcher.messages, result


async def test_reference_then_last_four_digits(case_store):
    ref = case_store.submit(report(), channel="rest", language="en", sender_key="rest:x").reference
    responses, _, result = await validate("status_reference", f"any news on {ref.lower()}?", intent="ask_case_status")
    assert responses == [] and result == {"status_reference": ref}
    responses, messages, result = await validate("status_proof", "3456", {"status_reference": ref})
    assert responses == ["utter_status_result"] and result == {"status_proof": DONE}
    assert messages[0]["status"] == "received and waiting for an officer"
    assert messages[0]["last_contact"] == "none yet"


async def test_three_wrong_answers_lock_the_reference(case_store):
    ref = case_store.submit(report(), channel="rest", language="en", sender_key="rest:x").reference
    for expected in ("utter_status_check_failed", "utter_status_check_failed", "utter_status_locked"):
        responses, _, _ = await validate("status_proof", "0000", {"status_reference": ref})
        assert responses == [expected]
    responses, _, _ = await validate("status_proof", "3456", {"status_reference": ref})
    assert responses == ["utter_status_locked"]


async def test_unknown_reference_and_question_without_one(case_store):
    responses, _, result = await validate("status_reference", "HC-2020-00077")
    assert responses == ["utter_status_not_found"] and result == {"status_reference": None}
    responses, _, result = await validate("status_reference", "what is happening with my report",
                                          intent="ask_case_status")
    assert responses == [] and result == {"status_reference": None}
    responses, _, result = await validate("status_reference", "hc-26-1", intent="ask_case_status")
    assert responses == ["utter_status_not_found"] and result == {"status_reference": None}


@pytest.mark.parametrize("typed", ["hc-2026-1", "HC 2026 00001", "hc202600001", "HC–2026–1",
                                   "my ref is hc/2026/1 thanks"])
async def test_a_reference_as_people_type_it(case_store, typed):
    ref = case_store.submit(report(), channel="rest", language="en", sender_key="rest:x").reference
    assert ref.endswith("-00001")  # the first case: typed below as "1" or "00001"
    responses, _, result = await validate("status_reference", typed.replace("2026", ref[3:7]))
    assert responses == [] and result == {"status_reference": ref}


async def test_same_conversation_needs_no_digits(case_store):
    ref = case_store.submit(report(), channel="rest", language="en", sender_key="rest:reporter-9").reference
    responses, _, result = await validate("status_reference", ref, sender="reporter-9")
    assert responses == ["utter_status_result"] and result["status_proof"] == DONE
