"""Talking to the channels as Twilio and Telegram do: signed forms, library-built updates."""
import datetime
import itertools
from typing import Any, Dict, List, Optional
from urllib.parse import quote

import requests
from telegram import CallbackQuery, Chat, Message, PhotoSize, Update, User
from twilio.request_validator import RequestValidator

from bot.config import PROJECT_ROOT
from tests.channels.standins import TelegramApi

MODEL = PROJECT_ROOT / "models" / "hatebot.tar.gz"
TWILIO_TOKEN = "test-auth-token-0123456789abcdef"
TELEGRAM_TOKEN = "123456:TEST-token_abcdefghijklmnop"
TELEGRAM_SECRET = "test-secret_ABCdef-0123456789"
API_TOKEN = "test-api-token"
PUBLIC_BASE = "https://hate-reports.example.gov.uk"

_numbers = itertools.count(1)


def tracker(base_url: str, sender: str) -> Dict[str, Any]:
    url = f"{base_url}/conversations/{quote(sender, safe=':+')}/tracker"
    response = requests.get(url, params={"token": API_TOKEN}, timeout=30)
    response.raise_for_status()
    return response.json()


def user_texts(base_url: str, sender: str) -> List[str]:
    return [e.get("text") for e in tracker(base_url, sender)["events"] if e["event"] == "user"]


# --- SMS ------------------------------------------------------------------------------

def new_number() -> str:
    return f"+4477009{next(_numbers):05d}"


def signed(params: Dict[str, str], token: str = TWILIO_TOKEN) -> str:
    return RequestValidator(token).compute_signature(f"{PUBLIC_BASE}/webhooks/twilio/webhook", params)


class Phone:
    """A reporter's phone, as Twilio delivers its messages to the webhook."""

    def __init__(self, base_url: str, number: Optional[str] = None):
        self.url = f"{base_url}/webhooks/twilio/webhook"
        self.number = number or new_number()
        self.sids = itertools.count(1)

    def form(self, body: str, **extra: str) -> Dict[str, str]:
        sid = f"SM{self.number[1:]}{next(self.sids):08d}"
        return {"MessageSid": sid, "AccountSid": "AC" + "0" * 32, "From": self.number,
                "To": "+447700900000", "Body": body, "NumMedia": "0", **extra}

    def post(self, form: Dict[str, str], signature: Optional[str] = "valid") -> requests.Response:
        headers = {} if signature is None else {
            "X-Twilio-Signature": signed(form) if signature == "valid" else signature}
        return requests.post(self.url, data=form, headers=headers, timeout=60)

    def start(self, first: str = "hi") -> str:
        """First contact: SMS offers the numbered language menu; "1" chooses English."""
        reply = self.send(first)
        return self.send("1") if "Choose your language" in reply else reply

    def send(self, body: str, **extra: str) -> str:
        """What the reporter reads back: every <Message> of the TwiML reply."""
        response = self.post(self.form(body, **extra))
        assert response.status_code == 200, response.text
        return "\n".join(messages(response.text))


def messages(twiml: str) -> List[str]:
    from xml.etree import ElementTree
    root = ElementTree.fromstring(twiml)
    assert root.tag == "Response"
    return [m.text or "" for m in root.findall("Message")]


# --- Telegram -------------------------------------------------------------------------

_update_ids = itertools.count(10_000)
_chat_ids = itertools.count(700_000_001)


class TelegramChat:
    """A private chat, as Telegram delivers its updates to the webhook."""

    def __init__(self, base_url: str, api: TelegramApi, language_code: str = "en"):
        self.url = f"{base_url}/webhooks/telegram/webhook"
        self.api = api
        self.chat_id = next(_chat_ids)
        self.user = User(self.chat_id, "Amira", False, language_code=language_code)
        self.chat = Chat(self.chat_id, Chat.PRIVATE)
        self.message_ids = itertools.count(1)

    def message(self, text: Optional[str] = None, **kwargs: Any) -> Message:
        return Message(next(self.message_ids), datetime.datetime.now(datetime.timezone.utc), self.chat,
                       from_user=self.user, text=text, **kwargs)

    def post(self, update: Dict[str, Any], secret: Optional[str] = TELEGRAM_SECRET) -> requests.Response:
        headers = {} if secret is None else {"X-Telegram-Bot-Api-Secret-Token": secret}
        return requests.post(self.url, json=update, headers=headers, timeout=60)

    def update(self, **kwargs: Any) -> Dict[str, Any]:
        return Update(next(_update_ids), **kwargs).to_dict()

    def say(self, text: str, **kwargs: Any) -> List[Dict[str, Any]]:
        """The bot's sendMessage calls caused by one message."""
        return self.deliver(self.update(message=self.message(text, **kwargs)))

    def deliver(self, update: Dict[str, Any]) -> List[Dict[str, Any]]:
        before = len(self.api.sent(self.chat_id))
        response = self.post(update)
        assert response.status_code == 200, response.text
        return self.api.sent(self.chat_id)[before:]

    def press(self, sent: Dict[str, Any], title: str) -> List[Dict[str, Any]]:
        """Press the inline button titled `title` on a message the bot sent."""
        keyboard = sent["reply_markup"]["inline_keyboard"]
        data = next(b["callback_data"] for row in keyboard for b in row if b["text"] == title)
        return self.deliver(self.callback(data, sent))

    def callback(self, data: str, sent: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
        shown = self.message("(the bot's message)")
        query = CallbackQuery(f"cq{next(_update_ids)}", self.user, chat_instance="ci", data=data, message=shown)
        return self.update(callback_query=query)


def texts(sent: List[Dict[str, Any]]) -> str:
    return "\n".join(c.get("text", "") for c in sent)


def photo(file_id: str = "AgACAgQAAxkBAAIBQ2f0") -> List[PhotoSize]:
    return [PhotoSize(file_id + "small", "u1", 90, 90), PhotoSize(file_id, "u2", 1280, 960)]
