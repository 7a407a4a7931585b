"""The public web chat: a Rasa input channel serving an accessible page and its JSON endpoints.

Registered in credentials.yml as `bot.channels.webchat.WebchatInput` (always on). Under
/webhooks/webchat/ on the Rasa server:
  GET  /               the page (GOV.UK Frontend), ?lang=<code> chooses the language
  GET  /assets/govuk/  GOV.UK Frontend's built CSS, JavaScript and images (npm, node_modules)
  GET  /assets/webchat/ the page's own script and stylesheet
  POST /session        {} -> {"session": <server-issued, signed id>}
  POST /message        {"session", "message" | "choice", "language"?} -> {"messages": [...]}

What a browser sends is only ever text: a message starting with "/" cannot reach Rasa's
RegexMessageHandler as an intent, and a button press names an option by its position among the
options the assistant last offered this conversation (read back from the tracker), so no
payload is ever taken from the client.
"""
import json
import logging
import secrets
from typing import Any, Awaitable, Callable, Dict, List, Optional

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from rasa.shared.core.events import BotUttered, UserUttered
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.plain_text import as_plain_text
from bot.channels.webchat_page import (
    HERE, language_from_choice, language_from_header, render_page, security_headers,
)
from bot.channels.webchat_session import SessionSigner, secret_from_env, sender_id
from bot.config import PROJECT_ROOT

logger = logging.getLogger(__name__)

CHANNEL = "webchat"
BASE_PATH = f"/webhooks/{CHANNEL}"
GOVUK_DIST = PROJECT_ROOT / "node_modules" / "govuk-frontend" / "dist" / "govuk"
STATIC = HERE / "webchat_static"
MAX_BODY_BYTES = 8 * 1024
MAX_MESSAGE_CHARS = 2000
MAX_CHOICE = 100
SUMMARY_RESPONSE = "utter_summary"


class WebchatOutput(OutputChannel):
    """Collects one turn's replies for the JSON response: text, option titles (never payloads)."""

    @classmethod
    def name(cls) -> str:
        return CHANNEL  # bot.bidi knows this page sets dir itself and needs no isolates

    def __init__(self) -> None:
        self.messages: List[Dict[str, Any]] = []
        self._options = 0

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        self._add(text, [], kwargs)

    async def send_text_with_buttons(self, recipient_id: str, text: str, buttons: List[Dict[str, Any]],
                                     **kwargs: Any) -> None:
        self._add(text, buttons, kwargs)

    async def send_custom_json(self, recipient_id: str, json_message: Dict[str, Any], **kwargs: Any) -> None:
        logger.debug("web chat ignores custom JSON messages")

    def _add(self, text: str, buttons: List[Dict[str, Any]], kwargs: Dict[str, Any]) -> None:
        entry: Dict[str, Any] = {"text": text or ""}
        if buttons:
            entry["choices"] = [{"id": str(self._options + i), "title": str(b.get("title", ""))}
                                for i, b in enumerate(buttons)]
            self._options += len(buttons)
        if kwargs.get("utter_action") == SUMMARY_RESPONSE:
            entry["summary"] = str(kwargs.get("summary") or text or "")
        self.messages.append(entry)


def offered_payloads(tracker) -> List[str]:
    """The payloads of the options in the assistant's messages since the reporter last spoke,
    in the order WebchatOutput numbered them."""
    events = []
    for event in reversed(tracker.events if tracker else []):
        if isinstance(event, UserUttered):
            break
        if isinstance(event, BotUttered):
            events.append(event)
    return [str(b.get("payload", "")) for e in reversed(events) for b in (e.data.get("buttons") or [])]


class BadRequest(Exception):
    def __init__(self, status: int, error: str):
        super().__init__(error)
        self.status, self.error = status, error


class WebchatInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return CHANNEL

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[str, Any]]) -> "WebchatInput":
        return cls()

    def __init__(self, signer: Optional[SessionSigner] = None) -> None:
        self.signer = signer or SessionSigner(secret_from_env())

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        bp = Blueprint(f"{CHANNEL}_webhook", __name__)
        bp.static("/assets/govuk", str(GOVUK_DIST), name="webchat_govuk_assets")
        bp.static("/assets/webchat", str(STATIC), name="webchat_own_assets")

        @bp.middleware("response")
        async def add_security_headers(request: Request, resp: HTTPResponse) -> None:
            for header, value in security_headers().items():
                resp.headers.setdefault(header, value)

        @bp.route("/", methods=["GET"])
        async def page(request: Request) -> HTTPResponse:
            chosen = language_from_choice(request.args.get("lang"))
            lang = chosen or language_from_header(request.headers.get("accept-language")) or "en"
            nonce = secrets.token_urlsafe(16)
            headers = {**security_headers(nonce), "Cache-Control": "no-store"}
            return response.html(render_page(lang, chosen is not None, nonce, BASE_PATH), headers=headers)

        @bp.route("/session", methods=["POST"])
        async def session(request: Request) -> HTTPResponse:
            try:
                read_json(request)
            except BadRequest as error:
                return response.json({"error": error.error}, status=error.status)
            return response.json({"session": self.signer.issue()}, headers={"Cache-Control": "no-store"})

        @bp.route("/message", methods=["POST"])
        async def message(request: Request) -> HTTPResponse:
            try:
                body = read_json(request)
                if not self.signer.verify(body.get("session")):
                    raise BadRequest(403, "invalid session")
                sender = sender_id(body["session"])
                text = await self._text(request, body, sender)
            except BadRequest as error:
                return response.json({"error": error.error}, status=error.status)
            output = WebchatOutput()
            try:
                await on_new_message(UserMessage(
                    text, output, sender, input_channel=CHANNEL, metadata=metadata(request, body),
                ))
            except Exception:  # the reporter gets a retry message; the log keeps no message text
                logger.exception("web chat: the message could not be handled")
                return response.json({"error": "unavailable"}, status=503)
            return response.json({"messages": output.messages}, headers={"Cache-Control": "no-store"})

        return bp

    async def _text(self, request: Request, body: Dict[str, Any], sender: str) -> str:
        if "choice" in body:
            payloads = offered_payloads(await _tracker(request, sender))
            choice = body["choice"]
            index = int(choice) if isinstance(choice, str) and choice.isdigit() and len(choice) < 4 else -1
            if not 0 <= index < min(len(payloads), MAX_CHOICE):
                raise BadRequest(400, "unknown choice")
            return payloads[index]  # the assistant's own payload, chosen on the server
        text = body.get("message")
        if not isinstance(text, str) or not text.strip():
            raise BadRequest(400, "message must be text")
        if len(text) > MAX_MESSAGE_CHARS:
            raise BadRequest(413, "message too long")
        return as_plain_text(text)


def read_json(request: Request) -> Dict[str, Any]:
    declared = request.headers.get("content-length", "0")
    if (declared.isdigit() and int(declared) > MAX_BODY_BYTES) or len(request.body or b"") > MAX_BODY_BYTES:
        raise BadRequest(413, "request too large")
    try:
        body = json.loads(request.body or b"{}")
    except (ValueError, UnicodeDecodeError):
        raise BadRequest(400, "body must be JSON")
    if not isinstance(body, dict):
        raise BadRequest(400, "body must be a JSON object")
    return body


def metadata(request: Request, body: Dict[str, Any]) -> Dict[str, str]:
    """The language the reporter chose on the page, and the browser's preference as a hint only."""
    data = {}
    chosen = language_from_choice(body.get("language"))
    if chosen:
        data["language"] = chosen
    hint = language_from_header(request.headers.get("accept-language"))
    if hint:
        data["language_hint"] = hint
    return data


async def _tracker(request: Request, sender: str):
    agent = getattr(request.app.ctx, "agent", None)
    if agent is None or agent.tracker_store is None:
        return None
    return await agent.tracker_store.retrieve(sender)
