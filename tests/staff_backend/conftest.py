"""Staff back end tests: every store test on SQLite and PostgreSQL (fixtures of tests/cases)."""
import datetime as dt
import os

import pytest

os.environ.setdefault("CASE_ENCRYPTION_KEY", "dGVzdHMtb25seS10ZXN0cy1vbmx5LXRlc3RzLW9ubHk=")

from bot.cases.report import Report  # noqa: E402
from bot.cases.store import CaseStore  # noqa: E402
from bot.staff.accounts import add_user  # noqa: E402
from tests.cases.conftest import database_url, pg_admin, pg_url, sqlite_url  # noqa: E402,F401

UTC = dt.timezone.utc
PASSWORD = "correct horse battery staple"

NAME, PHONE, DESCRIPTION = "Amira Khan", "+447400123456", "They sprayed hateful words on my door"


class Clock:
    def __init__(self, start: dt.datetime):
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **kwargs) -> None:
        self.now += dt.timedelta(**kwargs)


@pytest.fixture
def clock():
    return Clock(dt.datetime(2026, 11, 2, 10, 0, tzinfo=UTC))  # a Monday


@pytest.fixture
def store(database_url, clock):
    store = CaseStore(database_url, clock=clock)
    yield store
    store.close()


def report(**overrides) -> Report:
    values = dict(
        reporter_role="victim", contact_name=NAME, contact_phone=PHONE, description=DESCRIPTION,
        hate_types=["race"], location="12 Trent Road, Bentilee", postcode="ST2 0AB",
        perpetrator_description="the man at number 14, about 40", consent_usah=True,
        interpreter_needed=False, safe_times="after 5pm",
    )
    values.update(overrides)
    return Report(**values)


@pytest.fixture
def staff(store):
    """One account of each role."""
    return {
        role: add_user(store, email=f"{role}@stoke.example", name=role.replace("_", " ").title(),
                       role=role, password=PASSWORD)
        for role in ("officer", "team_manager", "cohesion_manager", "administrator")
    }
