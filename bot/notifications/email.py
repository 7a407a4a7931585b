"""Staff notification emails over SMTP.

stdlib smtplib, not aiosmtplib: the worker is its own synchronous process sending a
handful of messages a day, so blocking I/O costs nothing and needs no event loop.
The Message-ID is the outbox row's idempotency key, so a resend after an outage is
recognisably the same message.
"""
from __future__ import annotations

import datetime as dt
import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate
from typing import Optional

from bot.cases.deadlines import LONDON
from bot.i18n import gettext_for
from bot.labels import label

STAFF_LANGUAGE = "en"  # staff emails: English, still through the localisation layer
SMTP_TIMEOUT = 20


class NotConfigured(Exception):
    """A recipient address or setting is missing; the row stays pending until it is set."""


@dataclass(frozen=True)
class SmtpSettings:
    host: str = "127.0.0.1"
    port: int = 1025
    username: Optional[str] = None
    password: Optional[str] = None
    starttls: bool = False
    mail_from: str = "hate-reports@localhost"

    @classmethod
    def from_env(cls) -> "SmtpSettings":
        env = os.environ
        return cls(
            host=env.get("SMTP_HOST", "127.0.0.1"),
            port=int(env.get("SMTP_PORT", "1025")),
            username=env.get("SMTP_USERNAME") or None,
            password=env.get("SMTP_PASSWORD") or None,
            starttls=env.get("SMTP_STARTTLS", "").lower() in ("1", "true", "yes"),
            mail_from=env.get("MAIL_FROM", "hate-reports@localhost"),
        )


RECIPIENT_ENV = {"asb_team": "ASB_TEAM_EMAIL", "cohesion_manager": "COHESION_MANAGER_EMAIL"}


def recipient_address(recipient: str) -> str:
    address = os.environ.get(RECIPIENT_ENV.get(recipient, ""), "").strip()
    if not address:
        raise NotConfigured(recipient)
    return address


def staff_base_url() -> str:
    return os.environ.get("STAFF_BASE_URL", "http://127.0.0.1:8000").rstrip("/")


def message_id(idempotency_key: str, mail_from: str) -> str:
    domain = mail_from.rpartition("@")[2] or "localhost"
    return f"<{idempotency_key}@{domain}>"


def build_message(payload: dict, idempotency_key: str, settings: SmtpSettings) -> EmailMessage:
    """Reference, strands, deadline and a link: nothing the reporter told us about themselves."""
    _ = gettext_for(STAFF_LANGUAGE)
    reference = payload["reference"]
    due = _local(payload["first_contact_due"])
    strands = ", ".join(label(code, STAFF_LANGUAGE) for code in payload.get("hate_types", []))
    msg = EmailMessage()
    msg["Subject"] = _("New hate incident report %(reference)s") % {"reference": reference}
    msg["From"] = settings.mail_from
    msg["To"] = recipient_address(payload["recipient"])
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = message_id(idempotency_key, settings.mail_from)
    lines = [
        _("A new hate incident report is in the ASB team's queue."),
        "",
        _("Reference: %(reference)s") % {"reference": reference},
        _("Strands: %(strands)s") % {"strands": strands or _("not given")},
        _("First contact due by: %(due)s") % {"due": due},
    ]
    if payload.get("immediate_danger"):
        lines.append(_("The reporter said they were in danger when reporting."))
    lines += ["", _("Open the case: %(url)s") % {"url": f"{staff_base_url()}/cases/{reference}"}]
    msg.set_content("\n".join(lines))
    return msg


def _local(iso: str) -> str:
    return dt.datetime.fromisoformat(iso).astimezone(LONDON).strftime("%A %d %B %Y, %H:%M")


def send(payload: dict, idempotency_key: str, settings: Optional[SmtpSettings] = None) -> None:
    settings = settings or SmtpSettings.from_env()
    message = build_message(payload, idempotency_key, settings)
    with smtplib.SMTP(settings.host, settings.port, timeout=SMTP_TIMEOUT) as smtp:
        if settings.starttls:
            smtp.starttls(context=ssl.create_default_context())
        if settings.username:
            smtp.login(settings.username, settings.password or "")
        smtp.send_message(message)
