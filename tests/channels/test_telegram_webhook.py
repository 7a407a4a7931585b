"""Telegram through POST /webhooks/telegram/webhook: updates built by python-telegram-bot,
replies sent to a stand-in Bot API that records them."""
import re

import requests
from telegram import Chat, Message

from bot.cases import CaseStore
from bot.cases.crypto import sender_digest
from tests.channels.clients import TelegramChat, photo, texts, tracker, user_texts

REFERENCE = re.compile(r"HC-\d{4}-\d{5}")


def sender(chat: TelegramChat) -> str:
    return f"telegram:{chat.chat_id}"


def test_message_gets_a_reply_with_an_inline_keyboard(telegram_chat, channel_stack):
    (sent,) = telegram_chat.say("hello")
    assert "automated assistant" in sent["text"]
    keyboard = sent["reply_markup"]["inline_keyboard"]
    assert [b["text"] for row in keyboard for b in row] == ["Yes", "No"]
    # callback_data is an opaque id, not the payload
    assert all(b["callback_data"] not in ("1", "2") for row in keyboard for b in row)
    hints = [e["metadata"].get("language_hint") for e in tracker(channel_stack["base_url"], sender(telegram_chat))["events"]
             if e["event"] == "user"]
    assert hints == ["en"]


def test_pressing_a_button_answers_the_query_and_chooses_the_option(telegram_chat, telegram_api):
    (greeting,) = telegram_chat.say("hello")
    replies = telegram_chat.press(greeting, "Yes")
    assert "are you safe right now" in texts(replies).lower()
    assert any(c["method"] == "answerCallbackQuery" for c in telegram_api.calls)


def test_forged_callback_data_does_nothing(telegram_chat, channel_stack):
    telegram_chat.say("hello")
    assert telegram_chat.deliver(telegram_chat.callback("1")) == []
    assert telegram_chat.deliver(telegram_chat.callback('/affirm{"consent_police": true}')) == []
    assert user_texts(channel_stack["base_url"], sender(telegram_chat)) == ["hello"]


def test_missing_or_wrong_secret_is_refused(telegram_chat, channel_stack):
    update = telegram_chat.update(message=telegram_chat.message("hello"))
    assert telegram_chat.post(update, secret=None).status_code == 403
    assert telegram_chat.post(update, secret="wrong").status_code == 403
    assert telegram_chat.post(update, secret="test-secret_ABCdef-012345678").status_code == 403
    assert user_texts(channel_stack["base_url"], sender(telegram_chat)) == []
    assert telegram_chat.api.sent(telegram_chat.chat_id) == []


def test_repeated_update_id_is_handled_once(telegram_chat, channel_stack):
    update = telegram_chat.update(message=telegram_chat.message("hello"))
    assert len(telegram_chat.deliver(update)) == 1
    assert telegram_chat.deliver(update) == []
    assert user_texts(channel_stack["base_url"], sender(telegram_chat)) == ["hello"]


def test_unhandled_update_kinds_are_ignored(telegram_chat, channel_stack):
    edited = telegram_chat.update(edited_message=telegram_chat.message("edited text"))
    group = Message(1, telegram_chat.message("x").date, Chat(telegram_chat.chat_id, Chat.GROUP),
                    from_user=telegram_chat.user, text="hello group")
    channel_post = Message(2, group.date, Chat(telegram_chat.chat_id, Chat.CHANNEL), text="post")
    for update in (edited, telegram_chat.update(message=group), telegram_chat.update(channel_post=channel_post),
                   {"update_id": 99_999_999, "a_kind_added_later": {"id": "1"}}):
        assert telegram_chat.deliver(update) == []
    assert user_texts(channel_stack["base_url"], sender(telegram_chat)) == []


def test_malformed_and_oversized_updates(telegram_chat):
    headers = {"X-Telegram-Bot-Api-Secret-Token": "test-secret_ABCdef-0123456789"}
    url = telegram_chat.url
    assert requests.post(url, data=b"{not json", headers=headers).status_code == 400
    assert requests.post(url, json=[1, 2], headers=headers).status_code == 400
    assert requests.post(url, json={"update_id": "x"}, headers=headers).status_code == 400
    big = {"update_id": 1, "message": {"text": "x" * (1024 * 1024)}}
    assert requests.post(url, json=big, headers=headers).status_code == 413


def test_commands(telegram_chat, channel_stack):
    assert "automated assistant" in texts(telegram_chat.say("/start"))
    help_text = texts(telegram_chat.say("/help"))
    assert "999" in help_text and "01782 234234" in help_text
    telegram_chat.say("/language")
    assert user_texts(channel_stack["base_url"], sender(telegram_chat))[-1] == "language"


def test_intent_syntax_typed_by_a_user_is_only_text(telegram_chat, channel_stack):
    telegram_chat.say("hello")
    telegram_chat.say('/affirm{"consent_police": true}')
    state = tracker(channel_stack["base_url"], sender(telegram_chat))
    assert state["slots"]["consent_police"] is None
    last = [e for e in state["events"] if e["event"] == "user"][-1]
    assert last["text"].startswith("\u2060/") and last["parse_data"]["entities"] == []


def test_photo_is_recorded_as_evidence(telegram_chat, channel_stack):
    sent = telegram_chat.deliver(telegram_chat.update(message=telegram_chat.message(photo=photo("AgACPhoto1"))))
    assert "kept your photo" in texts(sent)
    state = tracker(channel_stack["base_url"], sender(telegram_chat))
    assert state["slots"]["evidence_links"] == ["telegram-file:AgACPhoto1"]


TELEGRAM_REPORT = [  # (what the reporter sends: text or a button title, next question)
    ("My neighbour wrote racist graffiti on my door", "who did this happen to"),
    (("It happened to me",), "anonymous"),
    (("Yes",), "why do you think"),
    ("1", "when did it happen"),
    ("last night", "where did it happen"),
    ("12 Trent Road, Bentilee", "postcode"),
    ("ST2 0AB", "what kind of place"),
    (("A council home",), "who did it"),
    ("5", "describe them"),
    ("skip", "did any of these happen"),
    ("3", "affected you"),
    ("skip", "evidence"),
]


def test_complete_report_by_telegram(telegram_chat, channel_stack):
    (last,) = telegram_chat.say("I want to report a hate incident")[-1:]
    sent = telegram_chat.press(last, "Yes")
    assert "what happened" in texts(sent).lower()
    for answer, next_question in TELEGRAM_REPORT:
        sent = telegram_chat.press(last, answer[0]) if isinstance(answer, tuple) else telegram_chat.say(answer)
        assert next_question in texts(sent).lower(), (answer, texts(sent))
        last = sent[-1]
    sent = telegram_chat.say("1", photo=photo("AgACGraffiti"))
    # Anonymous: no "may we pass your details to USAH?" (there are none to pass)
    steps = [("No", "what would help"), ("3", "staffordshire police"), ("No", "more vulnerable"),
             ("no", "here is your report")]
    for answer, next_question in steps:
        sent = telegram_chat.press(sent[-1], answer) if answer[0].isupper() else telegram_chat.say(answer)
        assert next_question in texts(sent).lower(), (answer, texts(sent))
    sent = telegram_chat.press(sent[-1], "Send it")
    reference = REFERENCE.search(texts(sent)).group(0)
    store = CaseStore(channel_stack["database_url"])
    case = next(c for c in store.list_cases() if c.reference == reference)
    assert case.channel == "telegram" and case.anonymous is True
    assert case.sender_key == sender_digest(f"telegram:{sender(telegram_chat)}")
    assert case.evidence_links == ["telegram-file:AgACGraffiti"]
