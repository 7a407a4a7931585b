"""Request and message size bounds, enforced in the channels themselves.

The reverse proxy limits bodies too (README, "Production"); these hold when it is
misconfigured or absent, so a channel never parses an unbounded body.
"""
from typing import Optional

from sanic.request import Request

SMS_FORM_MAX_BYTES = 64 * 1024  # a Twilio webhook form is a few KB even with 10 media URLs
TELEGRAM_JSON_MAX_BYTES = 1024 * 1024
MESSAGE_TEXT_MAX_CHARS = 4096  # Telegram's own limit; SMS bodies are at most 1600 characters


def body_too_large(request: Request, limit: int) -> bool:
    """True when the declared or the received body is over `limit` bytes."""
    declared: Optional[str] = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        return True
    return len(request.body or b"") > limit
