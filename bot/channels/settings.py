"""Channel settings from the environment (README, "Configuration").

Read from os.environ rather than `${VAR}` in credentials.yml: Rasa 3.6 does expand
`${VAR}` in YAML, but refuses to start when one is unset, and a channel without its
settings must simply be switched off.
"""
import os
from dataclasses import dataclass
from typing import Optional

DEFAULT_PUBLIC_BASE_URL = "http://127.0.0.1:5005"
TELEGRAM_DEFAULT_BASE_URL = "https://api.telegram.org/bot"


def _env(name: str) -> Optional[str]:
    value = os.environ.get(name, "").strip()
    return value or None


def public_base_url() -> str:
    return (_env("PUBLIC_BASE_URL") or DEFAULT_PUBLIC_BASE_URL).rstrip("/")


@dataclass(frozen=True)
class TwilioSettings:
    auth_token: Optional[str]
    account_sid: Optional[str]
    from_number: Optional[str]
    public_base_url: str
    api_base_url: Optional[str]  # None: Twilio's own https://api.twilio.com

    @classmethod
    def from_env(cls) -> "TwilioSettings":
        return cls(_env("TWILIO_AUTH_TOKEN"), _env("TWILIO_ACCOUNT_SID"), _env("TWILIO_FROM_NUMBER"),
                   public_base_url(), _env("TWILIO_API_BASE_URL"))

    @property
    def receives(self) -> bool:
        return self.auth_token is not None

    @property
    def sends(self) -> bool:
        return None not in (self.auth_token, self.account_sid, self.from_number)

    @property
    def webhook_url(self) -> str:
        return f"{self.public_base_url}/webhooks/twilio/webhook"


@dataclass(frozen=True)
class TelegramSettings:
    bot_token: Optional[str]
    webhook_secret: Optional[str]
    api_base_url: str
    public_base_url: str

    @classmethod
    def from_env(cls) -> "TelegramSettings":
        return cls(_env("TELEGRAM_BOT_TOKEN"), _env("TELEGRAM_WEBHOOK_SECRET"),
                   _env("TELEGRAM_API_BASE_URL") or TELEGRAM_DEFAULT_BASE_URL, public_base_url())

    @property
    def enabled(self) -> bool:
        return self.bot_token is not None and self.webhook_secret is not None

    @property
    def webhook_url(self) -> str:
        return f"{self.public_base_url}/webhooks/telegram/webhook"
