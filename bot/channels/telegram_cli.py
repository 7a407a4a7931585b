"""`python -m bot telegram set-webhook`: register the webhook (with its secret) with Telegram."""
import asyncio

from telegram import Bot

from bot.channels.settings import TelegramSettings

ALLOWED_UPDATES = ["message", "callback_query"]  # the kinds the channel handles


async def set_webhook(settings: TelegramSettings) -> bool:
    async with Bot(settings.bot_token, base_url=settings.api_base_url) as bot:
        return await bot.set_webhook(url=settings.webhook_url, secret_token=settings.webhook_secret,
                                     allowed_updates=ALLOWED_UPDATES, drop_pending_updates=False)


def _set_webhook(args) -> int:
    settings = TelegramSettings.from_env()
    if not settings.enabled:
        print("Set TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET (and PUBLIC_BASE_URL) first.")
        return 2
    if not settings.webhook_url.startswith("https://"):
        print(f"Warning: Telegram only delivers to https URLs; PUBLIC_BASE_URL gives {settings.webhook_url}")
    ok = asyncio.run(set_webhook(settings))
    print(f"Webhook {'set' if ok else 'NOT set'}: {settings.webhook_url}")
    return 0 if ok else 1


def register(subparsers) -> None:
    parser = subparsers.add_parser("telegram", help="Telegram channel set-up")
    commands = parser.add_subparsers(dest="telegram_command", required=True, metavar="command")
    hook = commands.add_parser("set-webhook", help="register $PUBLIC_BASE_URL/webhooks/telegram/webhook "
                                                   "with TELEGRAM_WEBHOOK_SECRET")
    hook.set_defaults(func=_set_webhook)
