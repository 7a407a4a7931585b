"""SMS through Twilio: POST /webhooks/twilio/webhook, answered with TwiML.

Every request's X-Twilio-Signature is checked (twilio's RequestValidator, compared with
hmac.compare_digest) against PUBLIC_BASE_URL's webhook URL before anything is read into
the conversation; replies go back in the webhook response, so nothing blocks the event
loop on a REST call. Sender ids are "sms:<number>".
"""
import hmac
import logging
from typing import Any, Awaitable, Callable, Dict, List, Optional
from urllib.parse import parse_qsl

from multidict import MultiDict
from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

from bot.channels import conversation_state
from bot.channels.dedupe import SeenIds
from bot.channels.limits import SMS_FORM_MAX_BYTES, body_too_large
from bot.channels.options import OfferedOptions, choice_number, numbered_text
from bot.channels.plain_text import as_plain_text
from bot.channels.settings import TwilioSettings
from bot.channels.sms_keywords import OptOuts, keyword
from bot.channels.sms_segments import split_message

logger = logging.getLogger(__name__)

MAX_MEDIA = 10  # Twilio sends at most 10 media items per MMS
MAX_FIELD_CHARS = 2048
SENDER_PREFIX = "sms:"


def sms_sender(number: str) -> str:
    return SENDER_PREFIX + number


def twiml(texts: List[str]) -> HTTPResponse:
    reply = MessagingResponse()
    for text in texts:
        reply.message(text)
    return response.text(str(reply), content_type="text/xml; charset=utf-8")


class TwilioSmsInput(InputChannel):
    """Registered in credentials.yml as bot.channels.twilio_sms.TwilioSmsInput."""

    @classmethod
    def name(cls) -> str:
        return "twilio"  # mounted at /webhooks/twilio/...; also the case's channel

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[str, Any]]) -> "TwilioSmsInput":
        return cls(TwilioSettings.from_env())

    def __init__(self, settings: TwilioSettings):
        self.settings = settings
        self.seen = SeenIds()
        self.options = OfferedOptions()
        self.opt_outs = OptOuts()
        if not settings.receives:
            logger.warning("SMS channel is off: TWILIO_AUTH_TOKEN is not set")

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        hook = Blueprint("project_twilio_sms", __name__)

        @hook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok" if self.settings.receives else "off"})

        @hook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if not self.settings.receives:
                return response.text("The SMS channel is not configured (TWILIO_AUTH_TOKEN).", status=503)
            if body_too_large(request, SMS_FORM_MAX_BYTES):
                return response.text("Request body too large.", status=413)
            form = _parse_form(request.body or b"")
            if form is None:
                return response.text("Malformed form body.", status=400)
            if not self._signed(request, form):
                return response.text("Invalid Twilio signature.", status=403)
            return await self._handle(request, form, on_new_message)

        return hook

    def _signed(self, request: Request, form: MultiDict) -> bool:
        signature = request.headers.get("x-twilio-signature", "")
        url = self.settings.webhook_url + (f"?{request.query_string}" if request.query_string else "")
        expected = RequestValidator(self.settings.auth_token).compute_signature(url, form)
        return hmac.compare_digest(expected.encode(), signature.encode("utf-8", "replace"))

    async def _handle(self, request: Request, form: MultiDict, on_new_message) -> HTTPResponse:
        number, body, sid = form.get("From", ""), form.get("Body", ""), form.get("MessageSid", "")
        if not number or not sid or len(number) > 64 or len(sid) > 64 or len(body) > 4 * 1600:
            return response.text("Missing or oversized From, MessageSid or Body.", status=400)
        if not self.seen.first_time(sid):
            return twiml([])  # a retry: already answered
        try:
            return await self._converse(request, sms_sender(number), body, _media(form), on_new_message)
        except Exception:  # keep Twilio's retry possible; never a traceback to the caller
            self.seen.forget(sid)
            logger.exception("SMS message could not be processed")
            return response.text("Temporarily unavailable.", status=503)

    async def _converse(self, request, sender, body, media, on_new_message) -> HTTPResponse:
        word = keyword(body)
        if word == "stop":
            self.opt_outs.stop(sender)
            return twiml([])  # Twilio sends the opt-out confirmation itself
        if word == "start" or (word == "yes" and self.opt_outs.opted_out(sender)):
            self.opt_outs.start(sender)
            return twiml([])  # Twilio confirms the opt-in itself
        if self.opt_outs.opted_out(sender):
            return twiml([])
        if word == "help":
            text = await conversation_state.response_text(request, sender, "utter_sms_help", self.name())
            return twiml(split_message(text or ""))
        await conversation_state.add_evidence(request, sender, media)
        text = self._text_for_rasa(sender, body)
        if not text:
            if not media:
                return twiml([])
            ack = await conversation_state.response_text(request, sender, "utter_evidence_received", self.name())
            return twiml(split_message(ack or ""))
        collector = CollectingOutputChannel()
        metadata = {"evidence_urls": media} if media else None
        await on_new_message(UserMessage(text, collector, sender, input_channel=self.name(), metadata=metadata))
        return twiml(await self._replies(request, sender, collector.messages))

    def _text_for_rasa(self, sender: str, body: str) -> str:
        """A number choosing an option the assistant offered becomes that option's payload."""
        number = choice_number(body)
        option = self.options.by_number(sender, number) if number is not None else None
        return option.payload if option else as_plain_text(body)

    async def _replies(self, request, sender: str, messages: List[Dict[str, Any]]) -> List[str]:
        lang = await conversation_state.reply_locale(request, sender)
        texts: List[str] = []
        offered: List[Dict[str, Any]] = []
        for message in messages:
            buttons = message.get("buttons") or []
            text = numbered_text(message.get("text") or "", buttons, lang)
            if message.get("image"):
                text = f"{text}\n{message['image']}".strip()
            offered = buttons or offered
            texts.extend(split_message(text))
        self.options.offer(sender, offered)
        return texts


def _parse_form(body: bytes) -> Optional[MultiDict]:
    """The urlencoded form, or None when it is not valid UTF-8 or not a form."""
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=bool(body),
                          max_num_fields=200)
    except (UnicodeDecodeError, ValueError):
        return None
    return MultiDict(pairs)


def _media(form: MultiDict) -> List[str]:
    """MediaUrl0..N of an MMS (bounded), to be kept as evidence links."""
    try:
        count = min(max(int(form.get("NumMedia", "0")), 0), MAX_MEDIA)
    except ValueError:
        return []
    urls = (form.get(f"MediaUrl{i}", "") for i in range(count))
    return [u for u in urls if u.startswith(("https://", "http://")) and len(u) <= MAX_FIELD_CHARS]
