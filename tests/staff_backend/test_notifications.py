"""Notifications: written with the case, delivered by a real SMTP server and a local webhook,
surviving outages, each exactly once per idempotency key."""
import email
from email.policy import default
import hmac
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import func, select, text

from bot.cases.models import Case, OutboxMessage
from bot.cases.store import CaseStoreError
from bot.notifications import webhook
from bot.notifications.worker import deliver_once
from tests.conftest import free_port
from tests.staff_backend.conftest import DESCRIPTION, NAME, PHONE, report


class Inbox:
    """aiosmtpd handler: keeps every message it accepts."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, email.message_from_bytes(envelope.content, policy=default)))
        return "250 OK"


@pytest.fixture
def smtp(monkeypatch):
    port = free_port()
    inbox = Inbox()
    monkeypatch.setenv("SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("SMTP_PORT", str(port))
    monkeypatch.setenv("MAIL_FROM", "hate-reports@stoke.example")
    monkeypatch.setenv("ASB_TEAM_EMAIL", "asb@stoke.example")
    monkeypatch.setenv("COHESION_MANAGER_EMAIL", "cohesion@stoke.example")
    monkeypatch.delenv("HOUSING_WEBHOOK_URL", raising=False)

    class Server:
        controller = None

        def start(self):
            self.controller = Controller(inbox, hostname="127.0.0.1", port=port)
            self.controller.start()

        def stop(self):
            self.controller.stop()
            self.controller = None

    server = Server()
    server.start()
    yield server, inbox
    if server.controller:
        server.stop()


def outbox_rows(store):
    with store.transaction("test") as session:
        return session.execute(select(OutboxMessage).order_by(OutboxMessage.id)).scalars().all()


def test_submit_writes_two_emails_and_no_webhook_by_default(store, smtp):
    ref = store.submit(report(), channel="rest", language="en", sender_key="rest:a").reference
    rows = outbox_rows(store)
    assert [(r.kind, r.payload["recipient"]) for r in rows] == [("email", "asb_team"), ("email", "cohesion_manager")]
    assert all(r.delivered_at is None and r.idempotency_key.startswith(ref) for r in rows)
    payloads = json.dumps([r.payload for r in rows])
    assert NAME not in payloads and PHONE not in payloads and DESCRIPTION not in payloads


def test_a_failure_after_insert_rolls_back_case_and_outbox(store, smtp, clock):
    year = clock.now.year
    # A leftover row with the key the next case's first email will want: its INSERT
    # fails after the case row was written, inside the same transaction.
    with store.transaction("test") as session:
        session.add(OutboxMessage(idempotency_key=f"HC-{year}-00001.case-created.cohesion-manager",
                                  kind="email", payload={}, attempts=0, created_at=clock.now,
                                  next_attempt_at=clock.now))
    with pytest.raises(CaseStoreError):
        store.submit(report(), channel="rest", language="en", sender_key="rest:a")
    with store.transaction("test") as session:
        assert session.execute(select(func.count(Case.id))).scalar() == 0
        assert session.execute(select(func.count(OutboxMessage.id))).scalar() == 1  # only the leftover
        assert session.execute(text("SELECT count(*) FROM audit_log")).scalar() == 0


def test_smtp_outage_delays_and_loses_nothing(store, smtp, clock):
    server, inbox = smtp
    first = store.submit(report(), channel="rest", language="en", sender_key="rest:a").reference
    assert deliver_once(store).delivered == 2

    server.stop()
    second = store.submit(report(), channel="rest", language="en", sender_key="rest:b").reference
    failed = deliver_once(store)
    assert (failed.delivered, failed.failed) == (0, 2)
    pending = [r for r in outbox_rows(store) if r.delivered_at is None]
    assert [(r.attempts, r.last_error) for r in pending] == [(1, "ConnectionRefusedError")] * 2
    assert deliver_once(store).failed == 0  # backing off: not due again yet
    clock.advance(seconds=31)
    assert deliver_once(store).failed == 2
    assert {r.attempts for r in outbox_rows(store) if r.delivered_at is None} == {2}

    server.start()
    assert deliver_once(store).delivered == 0  # still backing off (60 s after attempt 2)
    clock.advance(minutes=2)
    assert deliver_once(store).delivered == 2
    assert deliver_once(store).delivered == 0  # nothing is sent twice
    assert all(r.delivered_at is not None for r in outbox_rows(store))

    ids = [msg["Message-ID"] for _, msg in inbox.messages]
    assert sorted(ids) == sorted({
        f"<{ref}.case-created.{who}@stoke.example>"
        for ref in (first, second) for who in ("asb-team", "cohesion-manager")
    })
    recipients = sorted(rcpt for rcpts, _ in inbox.messages for rcpt in rcpts)
    assert recipients == ["asb@stoke.example"] * 2 + ["cohesion@stoke.example"] * 2


def test_email_body_has_reference_deadline_link_and_nothing_personal(store, smtp, monkeypatch):
    monkeypatch.setenv("STAFF_BASE_URL", "https://asb.stoke.example")
    _, inbox = smtp
    ref = store.submit(report(hate_types=["race", "religion"]), channel="rest", language="en",
                       sender_key=f"twilio:{PHONE}").reference
    deliver_once(store)
    _, message = inbox.messages[0]
    body = message.get_content()
    assert ref in message["Subject"]
    assert f"https://asb.stoke.example/cases/{ref}" in body
    assert "Race, ethnicity or nationality" in body and "Religion or belief" in body
    assert "Tuesday 03 November 2026, 17:00" in body  # next working day after Monday 2 Nov
    for secret in (NAME, PHONE, DESCRIPTION, "Trent Road", "ST2 0AB"):
        assert secret not in body and secret not in str(message)


def test_missing_recipient_keeps_the_row_pending(store, smtp, monkeypatch):
    monkeypatch.delenv("COHESION_MANAGER_EMAIL")
    store.submit(report(), channel="rest", language="en", sender_key="rest:a")
    result = deliver_once(store)
    assert (result.delivered, result.failed) == (1, 1)
    [pending] = [r for r in outbox_rows(store) if r.delivered_at is None]
    assert pending.last_error == "NotConfigured"


class Receiver(BaseHTTPRequestHandler):
    """The housing system's end: checks the HMAC, fails the first request, then accepts."""

    secret = "s3cret-for-tests"
    received = []
    fail_next = True

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        good = webhook.verify(body, self.headers.get("X-Signature", ""), self.secret)
        if not good:
            self.send_response(401)
        elif Receiver.fail_next:
            Receiver.fail_next = False
            self.send_response(503)
        else:
            Receiver.received.append((self.headers["Idempotency-Key"], json.loads(body)))
            self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_webhook_signed_retried_and_delivered(store, smtp, clock, monkeypatch):
    server = HTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    Receiver.received, Receiver.fail_next = [], True
    monkeypatch.setenv("HOUSING_WEBHOOK_URL", f"http://127.0.0.1:{server.server_port}/events")
    monkeypatch.setenv("HOUSING_WEBHOOK_SECRET", Receiver.secret)
    try:
        ref = store.submit(report(hate_types=["disability"]), channel="rest", language="en",
                           sender_key="rest:a").reference
        assert deliver_once(store).failed == 1  # the 503
        [row] = [r for r in outbox_rows(store) if r.kind == "webhook"]
        assert (row.attempts, row.last_error, row.delivered_at) == (1, "HTTPError", None)
        clock.advance(minutes=1)
        assert deliver_once(store).delivered == 1
    finally:
        server.shutdown()
    [(key, event)] = Receiver.received
    assert key == f"{ref}.case-created.webhook" == event["idempotency_key"]
    assert event == {
        "event": "case.created", "reference": ref, "created_at": "2026-11-02T10:00:00+00:00",
        "hate_types": ["disability"], "postcode_district": "ST2",
        "first_contact_due": "2026-11-03T17:00:00+00:00", "idempotency_key": key,
    }


def test_wrong_webhook_secret_is_rejected_and_retried(store, smtp, monkeypatch):
    server = HTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    Receiver.received, Receiver.fail_next = [], False
    monkeypatch.setenv("HOUSING_WEBHOOK_URL", f"http://127.0.0.1:{server.server_port}/events")
    monkeypatch.setenv("HOUSING_WEBHOOK_SECRET", "not-the-receivers-secret")
    try:
        store.submit(report(), channel="rest", language="en", sender_key="rest:a")
        deliver_once(store)
    finally:
        server.shutdown()
    assert Receiver.received == []
    [row] = [r for r in outbox_rows(store) if r.kind == "webhook"]
    assert row.delivered_at is None and row.last_error == "HTTPError"
    assert hmac.compare_digest(webhook.signature(b"x", "k"), webhook.signature(b"x", "k"))
