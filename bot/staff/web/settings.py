"""The dashboard's settings, from the environment (README "Configuration")."""
from __future__ import annotations

import datetime as dt
import logging
import os
import secrets
from pathlib import Path

from bot.config import PROJECT_ROOT

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "http://127.0.0.1:8000"
HOST = "127.0.0.1"
PORT = 8000
IDLE_TIMEOUT = dt.timedelta(minutes=30)
SECRET_FILE = PROJECT_ROOT / "var" / "staff_secret.key"


def base_url() -> str:
    return os.environ.get("STAFF_BASE_URL", "").strip().rstrip("/") or DEFAULT_BASE_URL


def secret_key(path: Path = SECRET_FILE) -> str:
    """$STAFF_SECRET_KEY; for a newcomer, a random key kept in var/ (0600), with a warning,
    so sessions survive a restart without anyone having to invent a secret first."""
    value = os.environ.get("STAFF_SECRET_KEY", "").strip()
    if value:
        return value
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_urlsafe(48))
    log.warning("STAFF_SECRET_KEY is not set: using the development key in %s", path)
    return path.read_text().strip()


def flask_config() -> dict:
    """Flask settings; create_app(config) overrides any of them (tests)."""
    secure = base_url().startswith("https://")
    return {
        "SECRET_KEY": None,  # filled from secret_key() unless a config gives one
        "STAFF_BASE_URL": base_url(),
        "PERMANENT_SESSION_LIFETIME": IDLE_TIMEOUT,
        # Each request pushes the expiry on: the 30 minutes are idle time.
        "SESSION_REFRESH_EACH_REQUEST": True,
        "SESSION_COOKIE_NAME": "staff_session",
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": secure,
        "WTF_CSRF_TIME_LIMIT": None,  # the token lives as long as the session, which expires itself
        "MAX_CONTENT_LENGTH": 64 * 1024,  # forms only: bounds every request body
        "DATABASE_URL": None,  # None: $DATABASE_URL or var/cases.db (bot.config)
    }
