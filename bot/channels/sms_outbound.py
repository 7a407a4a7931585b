"""Proactive SMS (staff tools later): the twilio REST client, off the event loop.

The twilio library's client is synchronous (requests), so each call runs in the default
thread-pool executor; callers on an event loop are never blocked. Twilio's own opt-out
block refuses numbers that sent STOP (error 21610), which this raises as TwilioRestException.
"""
import asyncio
import functools
from typing import List, Optional

from twilio.rest import Client

from bot.channels.settings import TwilioSettings
from bot.channels.sms_segments import split_message


class SmsNotConfigured(RuntimeError):
    """TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM_NUMBER are all needed to send."""


def _client(settings: TwilioSettings) -> Client:
    client = Client(settings.account_sid, settings.auth_token)
    if settings.api_base_url:  # a Twilio-compatible endpoint (tests use a local stand-in)
        client.api.base_url = settings.api_base_url.rstrip("/")
    return client


async def send_sms(to: str, body: str, settings: Optional[TwilioSettings] = None) -> List[str]:
    """Send `body` to `to`, split into messages that fit; returns Twilio's message sids."""
    settings = settings or TwilioSettings.from_env()
    if not settings.sends:
        raise SmsNotConfigured("set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM_NUMBER")
    client = _client(settings)
    loop = asyncio.get_running_loop()
    sids = []
    for part in split_message(body):
        create = functools.partial(client.messages.create, to=to, from_=settings.from_number, body=part)
        message = await loop.run_in_executor(None, create)
        sids.append(message.sid)
    return sids
