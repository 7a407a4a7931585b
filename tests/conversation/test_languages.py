"""The conversation language through the live stack's REST channel (bot/language, actions/language.py)."""
import re

import pytest
import requests
import yaml

from bot.cases import CaseStore
from bot.config import PROJECT_ROOT
from bot.i18n import catalogs_of, gettext_for
from bot.language import NATIVE_NAMES, detect

REFERENCE = re.compile(r"HC-\d{4}-\d{5}")
SAFE_NOW = "First: are you safe right now? Reply 1 for Yes, 2 for No."
WHO = "Who did this happen to?"


def say(live_stack, sender, text, **extra):
    response = requests.post(f"{live_stack['base_url']}/webhooks/rest/webhook",
                             json={"sender": sender, "message": text, **extra}, timeout=60)
    response.raise_for_status()
    return "\n".join(m.get("text", "") for m in response.json())


def in_language(reply: str, code: str) -> bool:
    return detect(reply).code == code


def asks(reply: str, msgid: str, code: str) -> bool:
    """The reply contains the question as the catalog translates it (start of it, before numbers)."""
    translated = gettext_for(code)(msgid)
    return translated.split("?")[0].split("؟")[0] in reply


def test_keyword_shows_the_menu_and_a_number_chooses(live_stack, request):
    sender = f"lang-{request.node.name}"
    say(live_stack, sender, "hello")
    menu = say(live_stack, sender, "language")
    assert all(name in menu for name in NATIVE_NAMES.values())
    reply = say(live_stack, sender, "3")
    assert in_language(reply, "pl"), reply


def test_menu_answer_during_a_report_is_not_taken_as_an_answer(live_stack, request):
    sender = f"lang-{request.node.name}"
    reply = say(live_stack, sender, "I want to report a hate incident")
    assert asks(reply, SAFE_NOW, "en")
    menu = say(live_stack, sender, "language")
    assert "Polski" in menu and asks(menu, SAFE_NOW, "en")
    reply = say(live_stack, sender, "2")
    # "2" would mean "No, I am not safe": as a menu answer it is not, so no 999 advice,
    # and the same question comes again, in Urdu.
    assert "999" not in reply
    assert asks(reply, SAFE_NOW, "ur"), reply


def test_a_short_reply_never_switches_the_language(live_stack, request):
    sender = f"lang-{request.node.name}"
    reply = say(live_stack, sender, "mujhe report karni hai")
    assert asks(reply, SAFE_NOW, "ur_Latn"), reply  # Roman Urdu, answered in Roman Urdu
    for short in ("ok", "tak", "yes"):
        reply = say(live_stack, sender, short)
        assert in_language(reply, "ur") and not re.search("[\u0600-\u06ff]", reply), (short, reply)


def test_metadata_language_chooses_urdu(live_stack, request):
    sender = f"lang-{request.node.name}"
    reply = say(live_stack, sender, "hello", metadata={"language": "ur"})
    assert in_language(reply, "ur"), reply


def test_hint_pre_selects_but_a_confident_message_decides(live_stack, request):
    sender = f"lang-{request.node.name}"
    reply = say(live_stack, sender, "hi", metadata={"language_hint": "pl-PL"})
    assert in_language(reply, "pl"), reply
    reply = say(live_stack, sender, "vreau să raportez un incident", metadata={"language_hint": "pl-PL"})
    assert asks(reply, SAFE_NOW, "ro"), reply


def test_first_sms_that_decides_nothing_gets_the_menu(live_stack, request):
    sender = f"lang-{request.node.name}"
    menu = say(live_stack, sender, "hi", input_channel="twilio")
    assert all(name in menu for name in NATIVE_NAMES.values())
    reply = say(live_stack, sender, "8", input_channel="twilio")
    assert in_language(reply, "fa"), reply


def test_a_first_sms_in_punjabi_letters_is_answered_in_punjabi(live_stack, request):
    """Two words, too few to detect by, but only Punjabi is written in Gurmukhi: no menu."""
    sender = f"lang-{request.node.name}"
    reply = say(live_stack, sender, "ਹੈਲੋ ਜੀ", input_channel="twilio")
    assert in_language(reply, "pa") and "Polski" not in reply, reply


def test_the_case_records_the_chosen_language(live_stack, request):
    sender = f"lang-{request.node.name}"
    say(live_stack, sender, "hello")
    say(live_stack, sender, "urdu")
    reply = say(live_stack, sender, "1")  # yes, report
    assert asks(reply, SAFE_NOW, "ur"), reply
    answers = ["1", "میرے پڑوسی نے ہمارے دروازے پر نسل پرستانہ باتیں لکھیں", "1", "yes"]
    for answer in answers:
        reply = say(live_stack, sender, answer)
    for _ in range(40):  # skip every remaining question; at the summary, "skip" sends it
        if REFERENCE.search(reply):
            break
        reply = say(live_stack, sender, "skip")
    reference = REFERENCE.search(reply)
    assert reference, reply
    case = next(c for c in CaseStore(live_stack["database_url"]).export()
                if c["reference"] == reference.group(0))
    assert case["language"] == "ur"
    assert case["description"] == answers[1]


# "Sorry, I didn't understand. You can say "report" to report an incident, "police" for police
# contacts, "support" for support...": each catalog names its own three words, and each must
# do what the message says in that language (a word the model took for an emergency would
# give the 999 advice instead; one the danger words catch, the same).
QUOTED = re.compile(r'[«"„“]([^»"”“]+)[»"”]')


def _response(name: str) -> str:
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))
    return domain["responses"][name][0]["text"]


@pytest.mark.parametrize("catalog", ["en", "ur", "ur_Latn", "pl", "ro", "ar", "ckb", "pa", "fa"])
def test_the_words_the_fallback_offers_do_what_it_says(live_stack, catalog):
    lang = catalog.split("_")[0]  # Roman Urdu's words, typed in an Urdu conversation
    report, police, support = QUOTED.findall(gettext_for(catalog)(_response("utter_default")))
    for word, response in [(report, "utter_ask_safe_now"), (police, "utter_police_options"),
                           (support, "utter_support")]:
        # In either of Urdu's scripts: "police ka number" is Roman Urdu enough to answer in it.
        expected = [gettext_for(c)(_response(response))[:25] for c in catalogs_of(lang)]
        reply = say(live_stack, f"fallback-words-{catalog}-{word}", word, metadata={"language": lang})
        assert any(e in reply for e in expected), f"{catalog}: {word!r} should give {response}, got {reply!r}"


# "Are you safe right now?" answered "yes, I'm safe now": an answer, not an emergency. The
# model once read "safe" as danger, and the reporter got the 999 advice and a case marked
# "in danger". None of these texts is a training example.
SAFE_ANSWERS = {
    "en": "yes, we're safe at home now",
    "ur": "جی ہاں، میں اب محفوظ ہوں",
    "ur_Latn": "ji haan main ab mehfooz hun",
    "pl": "tak, z dziećmi jesteśmy już bezpieczni",
    "ro": "da, acum suntem în siguranță",
    "ar": "نعم انا بخير وبامان الان",
    "ckb": "بەڵێ ئێستا سەلامەتم",
    "pa": "ਹਾਂ ਜੀ ਮੈਂ ਹੁਣ ਸੁਰੱਖਿਅਤ ਹਾਂ",
    "fa": "بله الان در امان هستم",
}


@pytest.mark.parametrize("catalog", list(SAFE_ANSWERS))
def test_saying_one_is_safe_answers_the_safety_question(live_stack, catalog):
    lang = catalog.split("_")[0]
    sender = f"safe-now-{catalog}"
    report_word = QUOTED.findall(gettext_for(catalog)(_response("utter_default")))[0]
    say(live_stack, sender, report_word, metadata={"language": lang})
    reply = say(live_stack, sender, SAFE_ANSWERS[catalog], metadata={"language": lang})
    asked = [gettext_for(c)(_response("utter_ask_description"))[:25] for c in catalogs_of(lang)]
    assert any(a in reply for a in asked) and "999" not in reply, f"{catalog}: {reply!r}"
    draft = CaseStore(live_stack["database_url"]).get_draft(f"rest:{sender}")
    assert draft.data["safe_now"] is True
