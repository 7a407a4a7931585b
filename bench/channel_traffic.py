"""Turns through the SMS and Telegram channels, for measuring them beside the REST channel.

Traffic is what Twilio and Telegram send: a form signed with twilio's RequestValidator, an
update built by python-telegram-bot with the webhook secret. The bot's Telegram replies go
to a local sink that answers as the Bot API does (nothing leaves the machine); a Telegram
turn's latency therefore includes sending the replies, as it does in production.
"""
import datetime
import itertools
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl
from xml.etree import ElementTree

from telegram import Chat, Message, Update, User
from twilio.request_validator import RequestValidator

TWILIO_TOKEN = "bench-twilio-token"
TELEGRAM_TOKEN = "1:bench-telegram-token"
TELEGRAM_SECRET = "bench-telegram-secret"
PUBLIC_BASE = "http://127.0.0.1:5005"
CHANNELS = ("sms", "telegram")
_ids = itertools.count(1)


def channel_env(sink_base_url: str) -> dict:
    return {"TWILIO_AUTH_TOKEN": TWILIO_TOKEN, "PUBLIC_BASE_URL": PUBLIC_BASE,
            "TELEGRAM_BOT_TOKEN": TELEGRAM_TOKEN, "TELEGRAM_WEBHOOK_SECRET": TELEGRAM_SECRET,
            "TELEGRAM_API_BASE_URL": sink_base_url}


def request(channel: str, conversation: int, message: str) -> dict:
    """aiohttp.ClientSession.post keyword arguments (path, data/json, headers) for one turn."""
    n = next(_ids)
    if channel == "sms":
        form = {"MessageSid": f"SMbench{n:026d}", "From": f"+4477{conversation:09d}", "To": "+447700900000",
                "Body": message, "NumMedia": "0"}
        signature = RequestValidator(TWILIO_TOKEN).compute_signature(f"{PUBLIC_BASE}/webhooks/twilio/webhook", form)
        return {"path": "/webhooks/twilio/webhook", "data": form, "headers": {"X-Twilio-Signature": signature}}
    chat = Chat(conversation, Chat.PRIVATE)
    update = Update(n, message=Message(n, datetime.datetime.now(datetime.timezone.utc), chat,
                                       from_user=User(conversation, "Bench", False), text=message))
    return {"path": "/webhooks/telegram/webhook", "json": update.to_dict(),
            "headers": {"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET}}


def answered(channel: str, body: bytes) -> bool:
    """Whether the turn produced a reply the reporter sees (Telegram's go to the sink)."""
    if channel == "sms":
        return bool(ElementTree.fromstring(body).findall("Message"))
    return json.loads(body) == {}


class TelegramSink:
    """A Bot API stand-in in a thread: every call answered {"ok": true, ...}."""

    def __init__(self, port: int = 0):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), _SinkHandler)
        self.port = self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class _SinkHandler(BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802 (http.server's naming)
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
        params = json.loads(body) if "json" in (self.headers.get("Content-Type") or "") else dict(parse_qsl(body))
        result = True
        if self.path.endswith("/sendMessage"):
            result = Message(next(_ids), datetime.datetime.now(datetime.timezone.utc),
                             Chat(int(params.get("chat_id", 0)), Chat.PRIVATE), text=params.get("text")).to_dict()
        payload = json.dumps({"ok": True, "result": result}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass
