"""The housing management system's webhook: a signed JSON POST.

urllib from the standard library: one POST with two headers needs no extra client.
X-Signature is "sha256=" + hex HMAC-SHA256 of the exact body bytes with
$HOUSING_WEBHOOK_SECRET; Idempotency-Key lets the receiver drop a repeat.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import urllib.request

TIMEOUT = 20


class WebhookRejected(Exception):
    """The receiver answered with a non-2xx status."""


def body_bytes(event: dict) -> bytes:
    # Deterministic, so a retry sends (and signs) exactly the same bytes.
    return json.dumps(event, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def signature(body: bytes, secret: str) -> str:
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def verify(body: bytes, header: str, secret: str) -> bool:
    """For receivers (and tests): constant-time check of X-Signature."""
    return hmac.compare_digest(signature(body, secret), header or "")


def send(event: dict, idempotency_key: str) -> None:
    from bot.notifications.email import NotConfigured

    url = os.environ.get("HOUSING_WEBHOOK_URL", "").strip()
    secret = os.environ.get("HOUSING_WEBHOOK_SECRET", "")
    if not url or not secret:
        raise NotConfigured("webhook")
    body = body_bytes(event)
    request = urllib.request.Request(url, data=body, method="POST", headers={
        "Content-Type": "application/json",
        "X-Signature": signature(body, secret),
        "Idempotency-Key": idempotency_key,
    })
    with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
        if not 200 <= response.status < 300:
            raise WebhookRejected(str(response.status))
