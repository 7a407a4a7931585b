"""Web chat session ids: issued by the server, unguessable, signed so forged ones are refused.

A session id is `<issued>.<random>.<signature>`: 32 random bytes (secrets.token_urlsafe) and an
HMAC-SHA256 over the rest with WEBCHAT_SECRET. Nothing is stored on the server, so any worker
holding the same secret can check it; a forged or expired id fails `hmac.compare_digest`.
"""
import base64
import hashlib
import hmac
import os
import secrets
import time
from typing import Optional

MAX_AGE_SECONDS = 24 * 3600  # a report takes minutes; a day covers an interrupted one
MAX_LENGTH = 200  # bounds the work done on whatever a client sends


def secret_from_env() -> bytes:
    """WEBCHAT_SECRET, or a fresh one per start (sessions then end when the server restarts)."""
    configured = os.environ.get("WEBCHAT_SECRET", "")
    return configured.encode() if configured else secrets.token_bytes(32)


class SessionSigner:
    def __init__(self, secret: bytes, max_age: int = MAX_AGE_SECONDS):
        self._secret = secret
        self._max_age = max_age

    def issue(self, now: Optional[float] = None) -> str:
        body = f"{int(now if now is not None else time.time())}.{secrets.token_urlsafe(32)}"
        return f"{body}.{self._sign(body)}"

    def verify(self, session: object, now: Optional[float] = None) -> bool:
        if not isinstance(session, str) or len(session) > MAX_LENGTH or session.count(".") != 2:
            return False
        body, _, signature = session.rpartition(".")
        if not hmac.compare_digest(self._sign(body), signature):
            return False
        issued = body.split(".", 1)[0]
        age = (now if now is not None else time.time()) - int(issued) if issued.isdigit() else -1
        return 0 <= age <= self._max_age

    def _sign(self, body: str) -> str:
        digest = hmac.new(self._secret, body.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def sender_id(session: str) -> str:
    """The Rasa sender id: namespaced, and a digest so the session id itself is never stored."""
    return "web:" + hashlib.sha256(session.encode()).hexdigest()[:40]
