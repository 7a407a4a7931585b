"""The channel's parts in-process: sessions, text neutralising, option mapping, summary marking."""
import asyncio
from concurrent.futures import ThreadPoolExecutor

import yaml
from rasa.shared.core.events import BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.core.training_data.story_reader.yaml_story_reader import YAMLStoryReader
from rasa.shared.nlu.training_data.message import Message

from bot.channels.plain_text import as_plain_text
from bot.channels.webchat import WebchatOutput, offered_payloads
from bot.channels.webchat_page import language_from_header, render_page
from bot.channels.webchat_session import MAX_AGE_SECONDS, SessionSigner, sender_id
from bot.config import PROJECT_ROOT


def test_credentials_register_the_web_chat():
    credentials = yaml.safe_load((PROJECT_ROOT / "credentials.yml").read_text())
    assert "bot.channels.webchat.WebchatInput" in credentials


def test_sessions_are_signed_unique_and_expire():
    signer = SessionSigner(b"k" * 32)
    first, second = signer.issue(now=1000), signer.issue(now=1000)
    assert first != second
    assert signer.verify(first, now=1000 + 60)
    assert not signer.verify(first, now=1000 + MAX_AGE_SECONDS + 1)
    assert not SessionSigner(b"other").verify(first, now=1000)
    assert sender_id(first).startswith("web:") and first.split(".")[1] not in sender_id(first)


def test_slash_text_is_not_unpacked_as_an_intent():
    typed = '/affirm{"consent_police": true}'
    raw = YAMLStoryReader.unpack_regex_message(Message(data={"text": typed}))
    assert raw.get("intent", {}).get("name") == "affirm"  # what Rasa would do with it as typed
    neutral = YAMLStoryReader.unpack_regex_message(Message(data={"text": as_plain_text(typed)}))
    assert not neutral.get("intent") and not neutral.get("entities")
    assert as_plain_text("hello /there") == "hello /there"


def test_options_are_mapped_from_what_the_assistant_offered():
    tracker = DialogueStateTracker.from_events("web:x", [
        UserUttered("hi"),
        BotUttered("Safe?", data={"buttons": [{"title": "Yes", "payload": "1"}, {"title": "No", "payload": "2"}]}),
    ])
    assert offered_payloads(tracker) == ["1", "2"]
    tracker.update(UserUttered("1"))
    assert offered_payloads(tracker) == []


def test_output_sends_titles_not_payloads_and_marks_the_summary():
    output = WebchatOutput()
    buttons = [{"title": "Send it", "payload": "1"}, {"title": "Change something", "payload": "2"}]
    sending = output.send_text_with_buttons("web:x", "Here is your report", buttons,
                                            utter_action="utter_summary", summary="- What happened: x")
    # In a thread of its own: Playwright's sync API may hold this thread's event loop.
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, sending).result()
    [message] = output.messages
    assert message["choices"] == [{"id": "0", "title": "Send it"}, {"id": "1", "title": "Change something"}]
    assert "payload" not in str(message)
    assert message["summary"] == "- What happened: x"


def test_page_language_and_direction():
    assert language_from_header("ur-PK,ur;q=0.9,en;q=0.5") == "ur"
    assert language_from_header("en-GB,pl;q=0.2") == "en"
    assert language_from_header("fr-FR") is None
    html = render_page("ar", True, "n", "/webhooks/webchat")
    assert '<html lang="ar" dir="rtl"' in html and 'nonce="n"' in html
    assert '<html lang="pl" dir="ltr"' in render_page("pl", False, "n", "/webhooks/webchat")
