"""Hypothesis against the live webhooks: random forms, JSON, encodings and sizes.

Never a 5xx; never a processed message without a valid signature or secret (checked on
the conversations the forged traffic named, through Rasa's tracker API).
"""
import datetime
import json

import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from telegram import Chat, Message, Update, User

from tests.channels.clients import TELEGRAM_SECRET, messages, signed, user_texts

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
FORGED_NUMBERS = ["+447700800001", "+447700800002", "whatsapp:+447700800003", ""]
FORGED_CHAT = 555_000_001
field_names = st.sampled_from(["Body", "From", "To", "MessageSid", "NumMedia", "MediaUrl0", "AccountSid"]) | st.text(max_size=20)
field_values = st.text(max_size=300) | st.sampled_from(['/affirm{"consent_police": true}', "/emergency", "STOP", "99", "-1"])


def forms(numbers=st.sampled_from(FORGED_NUMBERS)):
    return st.fixed_dictionaries(
        {"From": numbers, "MessageSid": st.text(max_size=40), "Body": field_values},
        optional={"NumMedia": field_values, "MediaUrl0": field_values},
    ).flatmap(lambda base: st.dictionaries(field_names, field_values, max_size=6).map(lambda extra: {**extra, **base}))


@FUZZ
@given(form=forms(), signature=st.none() | st.text(alphabet=st.characters(min_codepoint=33, max_codepoint=126), max_size=40))
def test_twilio_forged_requests_are_refused(channel_stack, form, signature):
    headers = {} if signature is None else {"X-Twilio-Signature": signature}
    response = requests.post(f"{channel_stack['base_url']}/webhooks/twilio/webhook", data=form, headers=headers, timeout=60)
    assert response.status_code in (400, 403, 413)
    assert "<Message>" not in response.text


@FUZZ
@given(body=st.binary(max_size=2048) | st.binary(min_size=65 * 1024, max_size=66 * 1024),
       content_type=st.sampled_from(["application/x-www-form-urlencoded", "application/json", "text/plain", "multipart/form-data"]))
def test_twilio_random_bytes_are_refused(channel_stack, body, content_type):
    response = requests.post(f"{channel_stack['base_url']}/webhooks/twilio/webhook", data=body,
                             headers={"Content-Type": content_type, "X-Twilio-Signature": "AAAA"}, timeout=60)
    assert response.status_code in (400, 403, 413)


@FUZZ
@given(form=forms(numbers=st.sampled_from(["+447700811111", "+447700822222"]) | st.text(max_size=70)))
def test_twilio_signed_random_forms_never_fail(channel_stack, form):
    url = f"{channel_stack['base_url']}/webhooks/twilio/webhook"
    response = requests.post(url, data=form, headers={"X-Twilio-Signature": signed(form)}, timeout=60)
    assert response.status_code in (200, 400), response.text
    if response.status_code == 200:
        messages(response.text)  # well-formed TwiML


def test_forged_sms_traffic_reached_no_conversation(channel_stack):
    for number in FORGED_NUMBERS:
        assert user_texts(channel_stack["base_url"], f"sms:{number}") == []


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=50),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=15), children, max_size=4),
    max_leaves=20)


def forged_update(data):
    message = Message(1, datetime.datetime(2026, 1, 1), Chat(FORGED_CHAT, Chat.PRIVATE),
                      from_user=User(FORGED_CHAT, "F", False), text=data)
    return Update(1, message=message).to_dict()


@FUZZ
@given(payload=json_values, text=st.text(max_size=100),
       secret=st.none() | st.text(alphabet=st.characters(min_codepoint=33, max_codepoint=126), max_size=60))
def test_telegram_forged_updates_are_refused(channel_stack, payload, text, secret):
    url = f"{channel_stack['base_url']}/webhooks/telegram/webhook"
    headers = {} if secret is None or secret == TELEGRAM_SECRET else {"X-Telegram-Bot-Api-Secret-Token": secret}
    for body in (payload, forged_update(text)):
        response = requests.post(url, json=body, headers=headers, timeout=60)
        assert response.status_code in (403, 413)


@FUZZ
@given(payload=json_values | st.fixed_dictionaries({"update_id": st.integers(), "message": json_values}),
       raw=st.binary(max_size=512))
def test_telegram_random_json_with_the_secret_never_fails(channel_stack, payload, raw):
    url = f"{channel_stack['base_url']}/webhooks/telegram/webhook"
    headers = {"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET}
    for body in (json.dumps(payload).encode(), raw):
        response = requests.post(url, data=body, headers={**headers, "Content-Type": "application/json"}, timeout=60)
        assert response.status_code in (200, 400), response.text


@FUZZ
@given(text=st.text(max_size=500), kind=st.sampled_from(["message", "edited_message", "channel_post"]),
       chat_type=st.sampled_from([Chat.PRIVATE, Chat.GROUP, Chat.SUPERGROUP, Chat.CHANNEL]),
       # Above the conversation tests' ids (tests/channels/clients.py counts from 10,000): the stack
       # is shared and handles each update_id once, so a fuzzed id could swallow their update.
       update_id=st.integers(min_value=10**9, max_value=2**31))
def test_telegram_library_built_updates_never_fail(channel_stack, telegram_api, text, kind, chat_type, update_id):
    chat_id = 888_000_001
    message = Message(1, datetime.datetime(2026, 1, 1), Chat(chat_id, chat_type),
                      from_user=User(chat_id, "F", False), text=text or None)
    before = len(telegram_api.sent(chat_id))
    response = requests.post(f"{channel_stack['base_url']}/webhooks/telegram/webhook",
                             json=Update(update_id, **{kind: message}).to_dict(),
                             headers={"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET}, timeout=60)
    assert response.status_code == 200, response.text
    if kind != "message" or chat_type != Chat.PRIVATE:
        assert len(telegram_api.sent(chat_id)) == before  # ignored: nothing processed, nothing sent


def test_forged_telegram_traffic_reached_no_conversation(channel_stack, telegram_api):
    assert user_texts(channel_stack["base_url"], f"telegram:{FORGED_CHAT}") == []
    assert telegram_api.sent(FORGED_CHAT) == []
