"""Proactive SMS through the twilio client, and `python -m bot telegram set-webhook`,
each against a local stand-in speaking the real API's wire format."""
import subprocess
import sys

import pytest
from twilio.base.exceptions import TwilioRestException

from bot.channels.settings import TwilioSettings
from bot.channels.sms_outbound import SmsNotConfigured, send_sms
from bot.config import PROJECT_ROOT
from tests.channels.standins import TelegramApi, TwilioApi

SID, TOKEN = "AC" + "1" * 32, "outbound-token"


def settings(api: TwilioApi, token: str = TOKEN) -> TwilioSettings:
    return TwilioSettings(token, SID, "+447700900000", "http://127.0.0.1:5005", api.base_url)


async def test_send_sms_posts_to_twilio_messages_resource():
    with TwilioApi(SID, TOKEN) as api:
        sids = await send_sms("+447400123456", "Your officer will call you tomorrow.", settings(api))
    assert len(sids) == 1 and sids[0].startswith("SM")
    assert api.calls == [{"To": "+447400123456", "From": "+447700900000",
                          "Body": "Your officer will call you tomorrow."}]


async def test_long_proactive_message_is_split():
    with TwilioApi(SID, TOKEN) as api:
        sids = await send_sms("+447400123456", "Sentence about your case. " * 60, settings(api))
    assert len(sids) == len(api.calls) > 1


async def test_wrong_credentials_raise_twilio_error():
    with TwilioApi(SID, TOKEN) as api:
        with pytest.raises(TwilioRestException):
            await send_sms("+447400123456", "hello", settings(api, token="wrong"))


async def test_sending_needs_configuration():
    with pytest.raises(SmsNotConfigured):
        await send_sms("+447400123456", "hello", TwilioSettings("t", None, None, "http://x", None))


def test_set_webhook_registers_url_and_secret():
    token = "42:CLI-token"
    with TelegramApi(token) as api:
        env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(PROJECT_ROOT), "TELEGRAM_BOT_TOKEN": token,
               "TELEGRAM_WEBHOOK_SECRET": "cli-secret", "TELEGRAM_API_BASE_URL": api.base_url,
               "PUBLIC_BASE_URL": "https://reports.example.gov.uk"}
        done = subprocess.run([sys.executable, "-m", "bot", "telegram", "set-webhook"], env=env,
                              cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    (call,) = [c for c in api.calls if c["method"] == "setWebhook"]
    assert call["url"] == "https://reports.example.gov.uk/webhooks/telegram/webhook"
    assert call["secret_token"] == "cli-secret"
    assert call["allowed_updates"] == ["message", "callback_query"]


def test_set_webhook_without_settings_says_what_to_set():
    done = subprocess.run([sys.executable, "-m", "bot", "telegram", "set-webhook"],
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(PROJECT_ROOT)},
                          cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "TELEGRAM_BOT_TOKEN" in done.stdout
