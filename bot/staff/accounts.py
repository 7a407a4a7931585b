"""Staff accounts: argon2id password hashes (argon2-cffi), roles from bot.cases.permissions.

`authenticate` always runs one argon2 verification, even for an unknown email, so the
time taken does not reveal which addresses have accounts. It rehashes a password whose
hash was made with older parameters, on a successful sign-in.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import List, Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from bot.cases import audit
from bot.cases.errors import InvalidInput
from bot.cases.models import StaffUser
from bot.cases.permissions import Role
from bot.cases.store import CaseStore

__all__ = ["Role", "StaffAccount", "add_user", "authenticate", "get_user", "list_users",
           "set_active", "set_password", "verify_password"]

MIN_PASSWORD = 12
MAX_PASSWORD = 1024  # bounds the work one sign-in attempt can cost
_hasher = PasswordHasher()
# Verified against when the email is unknown, to even out the timing.
_DUMMY_HASH = _hasher.hash("not a real password, only for timing")


@dataclass(frozen=True)
class StaffAccount:
    id: int
    email: str
    display_name: str
    role: Role
    active: bool

    # Flask-Login's user protocol, so the dashboard can use accounts directly.
    @property
    def is_active(self) -> bool:
        return self.active

    is_authenticated = True
    is_anonymous = False

    def get_id(self) -> str:
        return str(self.id)


def _account(row: StaffUser) -> StaffAccount:
    return StaffAccount(row.id, row.email, row.display_name, Role(row.role), row.active)


def _email(value: str) -> str:
    value = (value or "").strip().lower()
    if "@" not in value or len(value) > 320:
        raise InvalidInput("email", "an email address")
    return value


def _check_password(password: str) -> None:
    if not MIN_PASSWORD <= len(password or "") <= MAX_PASSWORD:
        raise InvalidInput("password", f"{MIN_PASSWORD} to {MAX_PASSWORD} characters")


def add_user(store: CaseStore, *, email: str, name: str, role, password: str) -> StaffAccount:
    role = Role(role)
    _check_password(password)
    name = (name or "").strip()
    if not name or len(name) > 200:
        raise InvalidInput("name", "1 to 200 characters")
    row = StaffUser(email=_email(email), display_name=name, role=role.value,
                    password_hash=_hasher.hash(password), active=True, created_at=store.now())
    try:
        with store.transaction("add user") as session:
            session.add(row)
            session.flush()
            audit.record(session, store.now(), "user.added", staff_id=row.id, actor="system")
    except Exception as exc:
        if isinstance(exc.__cause__, IntegrityError):
            raise InvalidInput("email", "an account with this email exists") from exc
        raise
    return _account(row)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def authenticate(store: CaseStore, email: str, password: str) -> Optional[StaffAccount]:
    """The active account for these credentials, or None (the caller rate-limits)."""
    if not password or len(password) > MAX_PASSWORD:
        return None
    email = (email or "").strip().lower()[:320]
    with store.transaction("sign in") as session:
        row = session.execute(select(StaffUser).where(func.lower(StaffUser.email) == email)).scalar_one_or_none()
        ok = verify_password(row.password_hash if row else _DUMMY_HASH, password)
        if not ok or row is None or not row.active:
            audit.record(session, store.now(), "signin.failed", actor="system")
            return None
        if _hasher.check_needs_rehash(row.password_hash):
            row.password_hash = _hasher.hash(password)
        audit.record(session, store.now(), "signin.succeeded", staff_id=row.id)
        return _account(row)


def get_user(store: CaseStore, user_id) -> Optional[StaffAccount]:
    """For Flask-Login's user_loader: None for an unknown or malformed id."""
    try:
        user_id = int(user_id)
    except (TypeError, ValueError):
        return None
    with store.transaction("get user") as session:
        row = session.get(StaffUser, user_id)
        return _account(row) if row is not None else None


def list_users(store: CaseStore) -> List[StaffAccount]:
    with store.transaction("list users") as session:
        return [_account(r) for r in session.execute(select(StaffUser).order_by(StaffUser.email)).scalars()]


def set_active(store: CaseStore, user_id: int, active: bool, *, by: Optional[int] = None) -> None:
    with store.transaction("set active") as session:
        row = session.get(StaffUser, user_id)
        if row is None:
            raise InvalidInput("user_id", "no such account")
        row.active = bool(active)
        audit.record(session, store.now(), "user.activated" if active else "user.deactivated", staff_id=by)


def set_password(store: CaseStore, user_id: int, password: str, *, by: Optional[int] = None) -> None:
    _check_password(password)
    with store.transaction("set password") as session:
        row = session.get(StaffUser, user_id)
        if row is None:
            raise InvalidInput("user_id", "no such account")
        row.password_hash = _hasher.hash(password)
        audit.record(session, store.now(), "user.password_changed", staff_id=by)
