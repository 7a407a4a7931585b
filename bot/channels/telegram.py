"""Telegram through python-telegram-bot: POST /webhooks/telegram/webhook.

The X-Telegram-Bot-Api-Secret-Token header is compared in constant time with
TELEGRAM_WEBHOOK_SECRET before the body is read; updates are parsed by the library
(telegram.Update.de_json); only private-chat messages and callback queries are handled,
each update_id once. Replies are sent with the library's async Bot (base_url from
TELEGRAM_API_BASE_URL), so nothing blocks the event loop. Sender ids are "telegram:<chat id>".
"""
import hmac
import json
import logging
from typing import Any, Awaitable, Callable, Dict, List, Optional

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType
from telegram.error import TelegramError

from bot.channels import conversation_state
from bot.channels.dedupe import SeenIds
from bot.channels.limits import TELEGRAM_JSON_MAX_BYTES, body_too_large
from bot.channels.options import OfferedOptions
from bot.channels.plain_text import as_plain_text
from bot.channels.settings import TelegramSettings

logger = logging.getLogger(__name__)

SENDER_PREFIX = "telegram:"
# Bot commands become messages the server writes itself (never the user's own "/..."):
# /start greets through Rasa's greet intent, /language starts the change of language.
COMMAND_TEXT = {"/start": "/greet", "/language": "language"}
HELP_COMMAND = "/help"


def telegram_sender(chat_id: int) -> str:
    return f"{SENDER_PREFIX}{chat_id}"


class TelegramInput(InputChannel):
    """Registered in credentials.yml as bot.channels.telegram.TelegramInput."""

    @classmethod
    def name(cls) -> str:
        return "telegram"  # mounted at /webhooks/telegram/...; also the case's channel

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[str, Any]]) -> "TelegramInput":
        return cls(TelegramSettings.from_env())

    def __init__(self, settings: TelegramSettings):
        self.settings = settings
        self.seen = SeenIds()
        self.options = OfferedOptions()
        self.bot = Bot(settings.bot_token, base_url=settings.api_base_url) if settings.enabled else None
        if not settings.enabled:
            logger.warning("Telegram channel is off: TELEGRAM_BOT_TOKEN or TELEGRAM_WEBHOOK_SECRET is not set")

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        hook = Blueprint("project_telegram", __name__)

        @hook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok" if self.settings.enabled else "off"})

        @hook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if self.bot is None:
                return response.text("The Telegram channel is not configured "
                                     "(TELEGRAM_BOT_TOKEN, TELEGRAM_WEBHOOK_SECRET).", status=503)
            if body_too_large(request, TELEGRAM_JSON_MAX_BYTES):
                return response.text("Request body too large.", status=413)
            if not self._secret_matches(request):
                return response.text("Invalid secret token.", status=403)
            update = self._parse(request.body or b"")
            if update is None:
                return response.text("Malformed update.", status=400)
            if not self.seen.first_time(update.update_id):
                return response.json({})
            try:
                await self._dispatch(request, update, on_new_message)
            except Exception:  # Telegram retries on an error status; the update is kept for that
                self.seen.forget(update.update_id)
                logger.exception("Telegram update could not be processed")
                return response.text("Temporarily unavailable.", status=503)
            return response.json({})

        return hook

    def _secret_matches(self, request: Request) -> bool:
        given = request.headers.get("x-telegram-bot-api-secret-token", "")
        return hmac.compare_digest(given.encode("utf-8", "replace"), self.settings.webhook_secret.encode())

    def _parse(self, body: bytes) -> Optional[Update]:
        try:
            data = json.loads(body)
            if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
                return None
            return Update.de_json(data, self.bot)
        except Exception:  # any malformed JSON or update the library cannot read
            return None

    async def _dispatch(self, request: Request, update: Update, on_new_message) -> None:
        if update.callback_query is not None:
            await self._choice(request, update, on_new_message)
        elif update.message is not None and update.message.chat.type == ChatType.PRIVATE:
            await self._message(request, update.message, on_new_message)
        # Anything else (edited messages, channel posts, groups, other kinds) is ignored.

    async def _choice(self, request: Request, update: Update, on_new_message) -> None:
        query = update.callback_query
        await self.bot.answer_callback_query(query.id)
        message = query.message
        if message is None or message.chat.type != ChatType.PRIVATE or not isinstance(query.data, str):
            return
        sender = telegram_sender(message.chat.id)
        option = self.options.by_token(sender, query.data)
        if option is not None:  # an old or forged button does nothing
            metadata = _hint(query.from_user.language_code if query.from_user else None)
            await self._converse(request, message.chat.id, option.payload, metadata, on_new_message)

    async def _message(self, request: Request, message: Message, on_new_message) -> None:
        sender = telegram_sender(message.chat.id)
        evidence = [f"telegram-file:{message.photo[-1].file_id}"] if message.photo else []
        await conversation_state.add_evidence(request, sender, evidence)
        raw = message.text or message.caption or ""
        command = raw.strip().split("@", 1)[0].split(" ", 1)[0].lower() if raw.startswith("/") else None
        if command == HELP_COMMAND:
            await self._send_response(request, message.chat.id, "utter_telegram_help")
            return
        text = COMMAND_TEXT.get(command) or as_plain_text(raw)
        if not text:
            if evidence:
                await self._send_response(request, message.chat.id, "utter_evidence_received")
            return
        metadata = _hint(message.from_user.language_code if message.from_user else None)
        if evidence:
            metadata["evidence_urls"] = evidence
        await self._converse(request, message.chat.id, text, metadata, on_new_message)

    async def _converse(self, request, chat_id: int, text: str, metadata: Dict[str, Any], on_new_message) -> None:
        collector = CollectingOutputChannel()
        await on_new_message(UserMessage(text, collector, telegram_sender(chat_id),
                                         input_channel=self.name(), metadata=metadata or None))
        await self._send_all(chat_id, collector.messages)

    async def _send_all(self, chat_id: int, messages: List[Dict[str, Any]]) -> None:
        sender = telegram_sender(chat_id)
        with_buttons = [m for m in messages if m.get("buttons")]
        if not with_buttons:
            self.options.offer(sender, [])
        for message in messages:
            markup = None
            if message is (with_buttons[-1] if with_buttons else None):
                # Only the last offered buttons are live, as on SMS: tokens map to options here.
                options = self.options.offer(sender, message["buttons"])
                markup = InlineKeyboardMarkup([[InlineKeyboardButton(o.title, callback_data=o.token)]
                                               for o in options])
            text = message.get("text") or message.get("image") or ""
            if text:
                await self._send(chat_id, text, markup)

    async def _send(self, chat_id: int, text: str, markup=None) -> None:
        try:
            await self.bot.send_message(chat_id=chat_id, text=text[:4096], reply_markup=markup)
        except TelegramError as error:  # blocked by the user, chat gone: nothing to retry
            logger.warning("Telegram send failed: %s", type(error).__name__)

    async def _send_response(self, request: Request, chat_id: int, response_name: str) -> None:
        text = await conversation_state.response_text(request, telegram_sender(chat_id), response_name, self.name())
        if text:
            await self._send(chat_id, text)


def _hint(language_code: Optional[str]) -> Dict[str, Any]:
    """Telegram's language_code (the app's language) pre-selects only; see the languages issue."""
    return {"language_hint": language_code[:16]} if isinstance(language_code, str) and language_code else {}
