"""SMS through POST /webhooks/twilio/webhook: requests signed as Twilio signs them."""
import re

import requests
from twilio.request_validator import RequestValidator

from bot.cases import CaseStore
from bot.cases.crypto import sender_digest
from bot.channels.sms_segments import measure
from tests.channels.clients import TWILIO_TOKEN, Phone, messages, signed, tracker, user_texts

REFERENCE = re.compile(r"HC-\d{4}-\d{5}")


def sender(phone: Phone) -> str:
    return f"sms:{phone.number}"


def test_signed_message_is_answered_in_twiml(phone):
    response = phone.post(phone.form("hello"))
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/xml; charset=utf-8"
    (menu,) = messages(response.text)
    assert "Choose your language" in menu and "2 اردو" in menu  # first contact by SMS
    assert "Reply 1 for" not in menu  # the menu lists its numbers: none are added
    (greeting,) = messages(phone.post(phone.form("1")).text)
    assert "automated assistant" in greeting and "Reply 1 for Yes, 2 for No." in greeting
    assert greeting.count("Reply 1") == 1


def test_unsigned_request_is_refused_and_not_processed(phone, channel_stack):
    response = phone.post(phone.form("hello"), signature=None)
    assert response.status_code == 403
    assert "<Message>" not in response.text
    assert user_texts(channel_stack["base_url"], sender(phone)) == []


def test_wrongly_signed_requests_are_refused(phone, channel_stack):
    form = phone.form("hello")
    other_key = signed(form, token="not-the-auth-token")
    tampered = dict(form, Body="something else")
    assert phone.post(form, signature=other_key).status_code == 403
    assert phone.post(tampered, signature=signed(form)).status_code == 403
    # Signed for another URL (e.g. the internal address instead of PUBLIC_BASE_URL).
    internal = RequestValidator(TWILIO_TOKEN).compute_signature(phone.url, form)
    assert phone.post(form, signature=internal).status_code == 403
    assert user_texts(channel_stack["base_url"], sender(phone)) == []


def test_replayed_message_sid_is_answered_once(phone, channel_stack):
    form = phone.form("hello")
    first, second = phone.post(form), phone.post(form)
    assert messages(first.text) and messages(second.text) == []
    assert user_texts(channel_stack["base_url"], sender(phone)) == ["hello"]


def test_malformed_and_oversized_requests(phone, channel_stack):
    url = phone.url
    assert requests.post(url, data=b"\xff\xfe=\x00", headers={"X-Twilio-Signature": "x"}).status_code == 400
    huge = phone.form("x" * (70 * 1024))
    assert phone.post(huge).status_code == 413
    no_sender = {k: v for k, v in phone.form("hello").items() if k != "From"}
    assert phone.post(no_sender).status_code == 400
    assert user_texts(channel_stack["base_url"], sender(phone)) == []


def test_intent_syntax_is_only_text(phone, channel_stack):
    phone.send("hello")
    phone.send('/affirm{"consent_police": true}')
    phone.send("/emergency")
    state = tracker(
        channel_stack["base_url"], sender(phone))
    assert state["slots"]["consent_police"] is None
    parsed = [e["parse_data"] for e in state["events"] if e["event"] == "user"][1:]
    for data in parsed:
        assert data["intent"]["name"] not in ("affirm", "emergency") or data["intent"]["confidence"] < 1.0
        assert data["entities"] == []
    assert [e.get("text") for e in state["events"] if e["event"] == "user"][1:] == [
        '\u2060/affirm{"consent_police": true}', "\u2060/emergency"]


def test_stop_start_help(phone, channel_stack):
    help_text = phone.send("HELP")
    assert "999" in help_text and "01782 234234" in help_text
    assert phone.send("hello")
    assert phone.send("STOP") == ""
    assert phone.send("I want to report something") == ""  # nothing more to a number that sent STOP
    assert phone.send("start") == ""  # Twilio confirms the opt-in itself
    assert "are you safe right now" in phone.send("I want to report something").lower()
    assert user_texts(channel_stack["base_url"], sender(phone)) == ["hello", "I want to report something"]


def test_arabic_indic_and_persian_digits_choose_options(phone):
    assert "Choose your language" in phone.send("hello")
    assert "automated assistant" in phone.send("١")  # Arabic-Indic 1: English from the menu
    assert "are you safe right now" in phone.send("I want to report something").lower()
    assert "what happened" in phone.send("۱").lower()  # Persian 1: Yes, safe


SMS_REPORT = [  # (reply, words of the question that should follow)
    ("1", "what happened"),
    ("My neighbour wrote racist graffiti on my door and shouted at my kids", "who did this happen to"),
    ("1", "anonymous"),
    ("٢", "what name"),
    ("Amira Khan", "phone number or email"),
    ("07400 123456", "when is it safe"),
    ("weekdays after 5pm", "leave you messages"),
    ("2", "interpreter"),
    ("no", "access needs"),
    ("no", "why do you think"),
    ("1 2", "when did it happen"),
    ("last night", "where did it happen"),
    ("12 Trent Road, Bentilee", "postcode"),
    ("ST2 0AB", "what kind of place"),
    ("1", "who did it"),
    ("1", "describe them"),
    ("the man at number 14, about 40", "did any of these happen"),
    ("3 4", "affected you"),
    ("skip", "evidence"),
]
SMS_REPORT_END = [
    ("2", "what would help"),
    ("2 3", "share your report with staffordshire police"),
    ("1", "usah"),
    ("۱", "more vulnerable"),
    ("no", "here is your report"),
]


def test_complete_report_by_sms_with_a_photo(phone, channel_stack):
    assert "Reply 1 for Yes" in phone.start()
    assert "are you safe right now" in phone.send("1").lower()
    for answer, next_question in SMS_REPORT:
        reply = phone.send(answer)
        assert next_question in reply.lower(), (answer, reply)
    photo = "https://api.twilio.com/2010-04-01/Accounts/AC0/Messages/MM1/Media/ME1"
    reply = phone.send("1", NumMedia="1", MediaUrl0=photo, MediaContentType0="image/jpeg")
    assert "already reported this to the police" in reply.lower()
    for answer, next_question in SMS_REPORT_END:
        reply = phone.send(answer)
        assert next_question in reply.lower(), (answer, reply)
    reply = phone.send("1")
    reference = REFERENCE.search(reply).group(0)
    assert "999" in reply and "0330 0881 339" in reply

    store = CaseStore(channel_stack["database_url"])
    exported = next(c for c in store.export() if c["reference"] == reference)
    assert exported["channel"] == "twilio" and exported["anonymous"] is False
    assert exported["consent_police"] is True and exported["consent_usah"] is True
    case = next(c for c in store.list_cases() if c.reference == reference)
    assert case.sender_key == sender_digest(f"twilio:sms:{phone.number}")  # the namespaced sender
    assert case.evidence_links == [photo]


def test_photo_alone_is_kept_and_acknowledged(phone, channel_stack):
    photo = "https://api.twilio.com/2010-04-01/Accounts/AC0/Messages/MM2/Media/ME2"
    reply = phone.send("", NumMedia="1", MediaUrl0=photo)
    assert "kept your photo" in reply
    state = tracker(
        channel_stack["base_url"], sender(phone))
    assert state["slots"]["evidence_links"] == [photo]


def test_long_reply_is_split_into_messages_that_fit(phone):
    phone.send("I want to report a hate incident")
    phone.send("1")
    response = phone.post(phone.form("skip"))
    for text in messages(response.text):
        assert measure(text).segments <= 3
