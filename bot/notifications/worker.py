"""Delivers due outbox rows: email by SMTP, events by webhook, with capped exponential backoff.

An outage only delays: a failed row keeps its place with attempts counted and the error's
class name, and is tried again after the backoff. Nothing personal is logged.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Callable, Dict, Optional

from bot.cases.store import CaseStore
from bot.notifications import email, outbox, webhook

log = logging.getLogger(__name__)

Sender = Callable[[dict, str], None]
DEFAULT_SENDERS: Dict[str, Sender] = {"email": email.send, "webhook": webhook.send}


@dataclass
class PassResult:
    delivered: int = 0
    failed: int = 0


def deliver_once(store: CaseStore, senders: Optional[Dict[str, Sender]] = None,
                 limit: int = 50) -> PassResult:
    """One pass over the due rows; each row's outcome is committed on its own."""
    senders = senders or DEFAULT_SENDERS
    result = PassResult()
    now = store.now()
    with store.transaction("outbox due") as session:
        rows = outbox.due(session, now, limit)
    for row in rows:
        with store.transaction("outbox claim") as session:
            if not outbox.claim(session, row, now):
                continue
        error = _attempt(senders, row)
        with store.transaction("outbox record") as session:
            if error is None:
                outbox.mark_delivered(session, row.id, store.now())
                result.delivered += 1
                log.info("notification %s delivered", row.idempotency_key)
            else:
                outbox.mark_failed(session, row.id, row.attempts + 1, store.now(), error)
                result.failed += 1
                log.warning("notification %s failed (%s), attempt %d",
                            row.idempotency_key, type(error).__name__, row.attempts + 1)
    return result


def _attempt(senders: Dict[str, Sender], row) -> Optional[Exception]:
    try:
        senders[row.kind](row.payload, row.idempotency_key)
    except Exception as exc:  # any failure is retried later; the row is never dropped
        return exc
    return None


def run_forever(store: CaseStore, interval: float = 10.0) -> None:
    log.info("notification worker started")
    while True:
        try:
            deliver_once(store)
        except Exception as exc:  # e.g. the database is down: wait and try again
            log.error("notification pass failed: %s", type(exc).__name__)
        time.sleep(interval)
