"""The conversation language after a message, as the action server decides it mid-report."""
import pytest

from actions.language import language_slots
from tests.actions.conftest import make_tracker

POLISH = {"language": "pl", "language_source": "detected"}


@pytest.mark.parametrize("asked, text", [
    ("location", "Meir Park Stoke on Trent"),
    ("location", "Leek Road Hanley Stoke"),
    ("contact_name", "Mary Ann Smith Jones"),
    ("safe_times", "any time after five pm"),
])
def test_a_place_or_a_name_in_english_words_keeps_the_language(asked, text):
    tracker = make_tracker({**POLISH, "requested_slot": asked}, text=text)
    assert language_slots(tracker)["language"] == "pl"


def test_an_english_account_still_switches_the_language():
    tracker = make_tracker({**POLISH, "requested_slot": "description"},
                           text="my neighbour keeps shouting racist abuse at my children")
    assert language_slots(tracker)["language"] == "en"


def test_a_language_named_at_the_location_question_still_chooses_it():
    tracker = make_tracker({**POLISH, "requested_slot": "location"}, text="English please")
    assert language_slots(tracker)["language"] == "en"


async def test_naming_a_language_for_the_interpreter_shows_no_menu():
    """The model may call "da, romana" change_language; at the interpreter question it answers."""
    from rasa_sdk.executor import CollectingDispatcher

    from actions.language import ActionLanguageMenu

    for text, menu in [("da, romana", False), ("limba", True)]:
        dispatcher = CollectingDispatcher()
        tracker = make_tracker({"language": "ro", "requested_slot": "interpreter"}, text=text,
                               intent="change_language")
        await ActionLanguageMenu().run(dispatcher, tracker, {})
        assert [m["response"] for m in dispatcher.messages] == (["utter_language_menu"] if menu else [])


URDU = {"language": "ur", "language_source": "detected"}


@pytest.mark.parametrize("before, text, script", [
    ({}, "hamare parosi ne mere bete ko gaaliyan di", "latin"),   # Roman Urdu: answered in it
    ({"reply_script": "latin"}, "ہمارے پڑوسی نے گالیاں دیں", None),  # Urdu script: Nastaliq again
    ({"reply_script": "latin"}, "haan", "latin"),                  # a short reply changes nothing
    ({"reply_script": "latin"}, "جی ہاں", "latin"),
    ({}, "haan ji bilkul", "latin"),
    ({"language_source": "explicit"}, "ok thank you", None),  # English words are not Roman Urdu
])
def test_urdu_is_answered_in_the_script_it_is_written_in(before, text, script):
    tracker = make_tracker({**URDU, **before}, text=text)
    assert language_slots(tracker)["reply_script"] == script


def test_an_address_in_latin_letters_does_not_switch_urdu_to_roman():
    tracker = make_tracker({**URDU, "requested_slot": "location"}, text="12 Trent Road Bentilee Stoke")
    assert language_slots(tracker)["reply_script"] is None


def test_only_urdu_has_a_second_script():
    tracker = make_tracker({"language": "ur", "reply_script": "latin"},
                           text="my neighbour keeps shouting racist abuse at my children")
    slots = language_slots(tracker)
    assert (slots["language"], slots["reply_script"]) == ("en", None)
