from rasa_sdk.events import SlotSet

from actions.report_form import ValidateReportForm
from tests.actions.conftest import make_tracker, responses

DOMAIN = {"forms": {"report_form": {"required_slots": []}}}


async def validate(slot, text, dispatcher, intent="inform", **slots):
    tracker = make_tracker({**slots, "requested_slot": slot}, text=text, intent=intent)
    tracker.events.append({"event": "slot", "name": slot, "value": text})
    tracker.slots[slot] = text
    events = await ValidateReportForm().get_validation_events(dispatcher, tracker, DOMAIN)
    return {e["name"]: e["value"] for e in events}


async def test_not_safe_gives_999_first(dispatcher, store):
    assert await validate("safe_now", "no", dispatcher) == {"safe_now": False}
    assert responses(dispatcher) == ["utter_danger_now"]


async def test_numbered_options_and_words(dispatcher, store):
    assert await validate("reporter_role", "2", dispatcher) == {"reporter_role": "witness"}
    assert await validate("hate_types", "1 and 3", dispatcher) == {"hate_types": ["race", "disability"]}
    assert await validate("harms", "none", dispatcher) == {"harms": []}


async def test_every_question_can_be_skipped(dispatcher, store):
    for slot in ("description", "hate_types", "incident_when", "postcode", "contact", "consent_police"):
        assert await validate(slot, "skip", dispatcher) == {slot: "skipped"}, slot


async def test_a_short_no_to_did_any_of_these_happen_is_none(dispatcher, store):
    """"Did any of these happen?" answered "nothing happened" as people text it, not the
    listed "none of these": before, asked again."""
    for text, language in [("nothing happened", "en"), ("nhi", "ur"), ("کچھ نہیں ہوا", "ur"),
                           ("ما صار شي", "ar"), ("لاشي", "ar"), ("ਕੁਝ ਨੀ", "pa")]:
        assert await validate("harms", text, dispatcher, language=language) == {"harms": []}, text
    assert await validate("evidence", "nie mam", dispatcher, language="pl") == {"evidence": []}
    assert responses(dispatcher) == []
    # A longer "no" that names an option too is not taken for none (it is asked again).
    assert await validate("harms", "no but my window was smashed", dispatcher) == {"harms": None}


async def test_a_skip_already_kept_is_not_read_again(dispatcher, store):
    """A form carried on after a pause validates the answers it holds, skips included."""
    for slot in ("postcode", "reporter_role", "anonymous", "location"):
        assert await validate(slot, "skipped", dispatcher) == {}, slot
    assert responses(dispatcher) == []


async def test_bad_phone_is_asked_again(dispatcher, store):
    assert await validate("contact", "call me maybe", dispatcher) == {"contact": None}
    assert responses(dispatcher) == ["utter_invalid_phone"]
    result = await validate("contact", "it's 01782 234234", dispatcher)
    assert result == {"contact": {"kind": "phone", "value": "+441782234234"}}


async def test_postcode_shape(dispatcher, store):
    assert await validate("postcode", "st4 1hh", dispatcher) == {"postcode": "ST4 1HH"}
    assert await validate("postcode", "stoke", dispatcher) == {"postcode": None}
    assert responses(dispatcher) == ["utter_invalid_postcode"]


async def test_no_to_a_postcode_or_a_contact_moves_on(dispatcher, store):
    """"What is the postcode there, if you know it?" "no": asking again would never end."""
    for slot, text, language in [("postcode", "no", "en"), ("postcode", "nie", "pl"), ("postcode", "لا", "ar"),
                                 ("contact", "no thanks", "en"), ("contact", "nu", "ro")]:
        assert await validate(slot, text, dispatcher, language=language) == {slot: "skipped"}, text
    assert await validate("postcode", "yes", dispatcher) == {"postcode": None}
    assert responses(dispatcher) == ["utter_invalid_postcode"]


async def test_a_bare_yes_to_an_open_question_asks_what(dispatcher, store):
    """"Any access needs?" "yes": staff could do nothing with a "yes"; which ones is asked for."""
    for slot, text, language in [("access_needs", "yes", "en"), ("vulnerability", "tak", "pl"),
                                 ("impact", "da", "ro"), ("crime_reference", "نعم", "ar"),
                                 ("incident_when", "بله", "fa"), ("access_needs", "haan ji", "ur"),
                                 ("evidence", "نعم", "ar"), ("harms", "yes", "en")]:
        assert await validate(slot, text, dispatcher, language=language) == {slot: None}, text
    assert responses(dispatcher) == ["utter_tell_more"] * 8
    assert await validate("evidence", "1", dispatcher) == {"evidence": ["photos"]}  # an option, not a yes
    assert await validate("harms", "1", dispatcher, language="ar") == {"harms": ["injury"]}
    result = await validate("access_needs", "yes, I use a wheelchair", dispatcher)
    assert result == {"access_needs": "yes, I use a wheelchair"}
    assert await validate("access_needs", "no", dispatcher) == {"access_needs": False}
    assert await validate("interpreter", "tak", dispatcher, language="pl") == {"interpreter": "tak"}


async def test_an_answer_read_as_a_question_is_kept_and_the_question_answered(dispatcher, store):
    """The form, not the rule, took the message: the form gives the rule's reply too."""
    result = await validate("consent_police", "yes tell the police", dispatcher, intent="ask_police_options")
    assert result == {"consent_police": True}
    result = await validate("consent_police", "no don't tell the police", dispatcher, intent="ask_police_options")
    assert result == {"consent_police": False}
    assert responses(dispatcher) == ["utter_police_options", "utter_police_options"]


async def test_a_question_that_is_no_answer_is_answered_not_misunderstood(dispatcher, store):
    result = await validate("consent_police", "how do I call the police?", dispatcher, intent="ask_police_options")
    assert result == {"consent_police": None}
    assert responses(dispatcher) == ["utter_police_options"]


async def test_no_answer_is_still_misunderstood_when_the_intent_answers_another_question(dispatcher, store):
    result = await validate("consent_usah", "how do I call the police?", dispatcher, intent="ask_police_options")
    assert result == {"consent_usah": None}
    assert responses(dispatcher) == ["utter_not_understood"]


async def test_correction_asks_that_section_again(dispatcher, store):
    result = await validate("correction", "3", dispatcher, confirm="change", location="x", postcode="ST4 1HH")
    assert result["location"] is None and result["postcode"] is None and result["location_type"] is None
    assert result["confirm"] is None and result["correction"] is None


async def test_answers_are_saved_as_a_draft(dispatcher, store):
    await validate("description", "They painted a swastika on the bins", dispatcher)
    draft = store.get_draft("rest:reporter-1")
    assert draft.data["description"] == "They painted a swastika on the bins"


async def test_anonymous_reporters_are_not_asked_for_contact(dispatcher):
    form = ValidateReportForm()
    named = await form.required_slots([], dispatcher, make_tracker({"anonymous": False}), DOMAIN)
    anonymous = await form.required_slots([], dispatcher, make_tracker({"anonymous": True}), DOMAIN)
    assert "contact" in named and "contact_name" in named
    assert not {"contact", "contact_name", "safe_times", "interpreter"} & set(anonymous)
    witness = await form.required_slots([], dispatcher, make_tracker({"reporter_role": "witness"}), DOMAIN)
    assert "victim_aware" in witness and "victim_aware" not in named
