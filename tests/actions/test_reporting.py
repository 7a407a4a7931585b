import actions.reporting
from actions.reporting import ActionStartReport, ActionSubmitReport
from actions.safety import ActionHandleDanger
from bot.cases import CaseStore
from tests.actions.conftest import make_tracker, responses

ANSWERS = {
    "safe_now": True, "description": "They shouted at me for being gay", "reporter_role": "victim",
    "anonymous": False, "contact_name": "Sam", "contact": {"kind": "phone", "value": "+447400123456"},
    "hate_types": ["sexual_orientation"], "harms": ["graffiti"], "wants": ["graffiti_removal"],
    "consent_police": False, "consent_usah": True, "confirm": "send",
    "evidence_links": ["telegram-file:AgAD1"],
}


def slots_of(events):
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


async def test_submission_gives_reference_deadline_and_signposting(dispatcher, store):
    events = await ActionSubmitReport().run(dispatcher, make_tracker(ANSWERS, active_loop=None), {})
    assert responses(dispatcher) == ["utter_report_sent", "utter_next_steps_contact", "utter_signposting"]
    reference = dispatcher.messages[0]["reference"]
    assert reference.startswith("HC-")
    assert " on " in dispatcher.messages[1]["due"]
    assert slots_of(events)["case_reference"] == reference
    assert slots_of(events)["evidence_links"] is None  # the next report starts without these photos
    [case] = store.export()
    assert case["hate_types"] == ["sexual_orientation"] and case["consent_usah"] is True
    assert store.list_cases()[0].evidence_links == ["telegram-file:AgAD1"]


async def test_failed_submission_keeps_answers_and_retry_works(dispatcher, store, monkeypatch, anyport):
    broken = "postgresql+psycopg2://nobody@127.0.0.1:{}/none".format(anyport)
    monkeypatch.setattr(actions.reporting, "case_store", lambda: CaseStore(broken))
    tracker = make_tracker(ANSWERS, active_loop=None)
    events = await ActionSubmitReport().run(dispatcher, tracker, {})
    assert responses(dispatcher) == ["utter_submit_failed"]
    assert slots_of(events) == {"submission_pending": True}  # answers untouched

    monkeypatch.setattr(actions.reporting, "case_store", lambda: store)
    await ActionSubmitReport().run(dispatcher, tracker, {})
    assert "utter_report_sent" in responses(dispatcher)
    assert len(store.export()) == 1


async def test_anonymous_report_is_told_no_contact(dispatcher, store):
    await ActionSubmitReport().run(dispatcher, make_tracker({**ANSWERS, "anonymous": True}, active_loop=None), {})
    assert "utter_next_steps_anonymous" in responses(dispatcher)
    assert store.export()[0]["anonymous"] is True


async def test_account_in_first_message_is_kept(dispatcher):
    text = "my neighbour keeps calling my son racist names"
    events = await ActionStartReport().run(dispatcher, make_tracker(text=text, intent="report_incident", active_loop=None), {})
    assert slots_of(events)["description"] == text
    events = await ActionStartReport().run(dispatcher, make_tracker(text="I want to report a hate incident", intent="report_incident", active_loop=None), {})
    assert slots_of(events)["description"] is None


async def test_yes_to_a_report_after_danger_keeps_the_account_given_with_it(dispatcher):
    """Danger as the first message, then "yes" to the offer of a report: tell it once."""
    text = "there are men outside my door shouting they will kill us because we are muslim"
    tracker = make_tracker(text="yes", intent="affirm", active_loop=None)
    tracker.events = [{"event": "user", "text": text, "parse_data": {"intent": {"name": "emergency"}}},
                      {"event": "bot", "text": "Call 999 now"},
                      {"event": "user", "text": "yes", "parse_data": {"intent": {"name": "affirm"}}}]
    events = await ActionStartReport().run(dispatcher, tracker, {})
    assert slots_of(events)["description"] == text
    tracker.events[0]["parse_data"]["intent"]["name"] = "greet"  # "yes" to something else
    events = await ActionStartReport().run(dispatcher, tracker, {})
    assert slots_of(events)["description"] is None


async def test_danger_during_description_keeps_the_account(dispatcher):
    text = "he is outside my door right now with a knife"
    tracker = make_tracker({"requested_slot": "description"}, text=text, intent="emergency")
    events = await ActionHandleDanger().run(dispatcher, tracker, {})
    assert responses(dispatcher)[0] == "utter_danger_now"
    assert slots_of(events) == {"description": text}


async def test_danger_during_any_open_question_keeps_the_answer(dispatcher):
    text = "my kids are too scared to play outside now"
    tracker = make_tracker({"requested_slot": "impact"}, text=text, intent="emergency")
    events = await ActionHandleDanger().run(dispatcher, tracker, {})
    assert responses(dispatcher)[0] == "utter_danger_now"
    assert slots_of(events) == {"impact": text}
    # A yes/no question is not answered by a cry for help.
    tracker = make_tracker({"requested_slot": "consent_police"}, text="help now", intent="emergency")
    assert slots_of(await ActionHandleDanger().run(dispatcher, tracker, {})) == {}
