"""Local stand-ins for the services this machine cannot reach, speaking their real wire formats.

- TelegramApi: the Bot API as python-telegram-bot calls it (POST {base}{token}/{method},
  form or JSON parameters), answering {"ok": true, "result": ...} built from the library's
  own objects, and recording every call.
- TwilioApi: Twilio's REST API for sending a message (POST
  /2010-04-01/Accounts/{sid}/Messages.json, form parameters, basic auth), answering with
  Twilio's Message resource JSON.
"""
import base64
import datetime
import itertools
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, List
from urllib.parse import parse_qsl

from telegram import Chat, Message, User

from tests.conftest import free_port


def _parameters(handler: BaseHTTPRequestHandler) -> Dict[str, Any]:
    body = handler.rfile.read(int(handler.headers.get("Content-Length") or 0)).decode()
    if "json" in (handler.headers.get("Content-Type") or ""):
        return json.loads(body or "{}")
    params: Dict[str, Any] = {}
    for key, value in parse_qsl(body, keep_blank_values=True):
        try:  # the library JSON-encodes objects such as reply_markup inside form fields
            params[key] = json.loads(value) if value[:1] in "{[" else value
        except ValueError:
            params[key] = value
    return params


class _Server:
    def __init__(self) -> None:
        self.calls: List[Dict[str, Any]] = []
        self.port = free_port()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", self.port), self._handler())
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def _reply(self, handler: BaseHTTPRequestHandler, status: int, payload: Any) -> None:
        body = json.dumps(payload).encode()
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 (http.server's naming)
                server.handle(self)

            def log_message(self, *args):
                pass

        return Handler


class TelegramApi(_Server):
    def __init__(self, token: str):
        super().__init__()
        self.token = token
        self.message_ids = itertools.count(1000)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    def handle(self, handler: BaseHTTPRequestHandler) -> None:
        prefix = f"/bot{self.token}/"
        if not handler.path.startswith(prefix):
            return self._reply(handler, 401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
        method, params = handler.path[len(prefix):], _parameters(handler)
        self.calls.append({"method": method, **params})
        self._reply(handler, 200, {"ok": True, "result": self._result(method, params)})

    def _result(self, method: str, params: Dict[str, Any]) -> Any:
        if method == "sendMessage":
            chat = Chat(int(params["chat_id"]), Chat.PRIVATE)
            message = Message(next(self.message_ids), datetime.datetime.now(datetime.timezone.utc), chat,
                              from_user=User(1, "Council bot", True), text=params.get("text"))
            return message.to_dict()
        if method == "getMe":
            return User(1, "Council bot", True, username="council_bot").to_dict()
        return True  # answerCallbackQuery, setWebhook, deleteWebhook

    def sent(self, chat_id: int) -> List[Dict[str, Any]]:
        return [c for c in self.calls if c["method"] == "sendMessage" and int(c["chat_id"]) == chat_id]


class TwilioApi(_Server):
    def __init__(self, account_sid: str, auth_token: str):
        super().__init__()
        self.account_sid, self.auth_token = account_sid, auth_token
        self.sids = itertools.count(1)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def handle(self, handler: BaseHTTPRequestHandler) -> None:
        expected = "Basic " + base64.b64encode(f"{self.account_sid}:{self.auth_token}".encode()).decode()
        if handler.headers.get("Authorization") != expected:
            return self._reply(handler, 401, {"code": 20003, "message": "Authenticate", "status": 401})
        if handler.path != f"/2010-04-01/Accounts/{self.account_sid}/Messages.json":
            return self._reply(handler, 404, {"code": 20404, "message": "Not found", "status": 404})
        params = _parameters(handler)
        self.calls.append(params)
        sid = f"SM{next(self.sids):032x}"
        self._reply(handler, 201, {
            "sid": sid, "account_sid": self.account_sid, "to": params.get("To"), "from": params.get("From"),
            "body": params.get("Body"), "status": "queued", "num_segments": "1", "direction": "outbound-api",
            "api_version": "2010-04-01", "date_created": "Tue, 25 Nov 2025 10:00:00 +0000",
            "uri": f"/2010-04-01/Accounts/{self.account_sid}/Messages/{sid}.json",
        })
