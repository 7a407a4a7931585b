"""Fixtures for the dashboard: the Flask app on a real case store, SQLite and PostgreSQL.

The app and its staff accounts are made once per module and database (argon2 hashing is
deliberately slow); each test makes the cases it changes, so tests do not share state.
"""
import datetime as dt
import os
import re
import uuid

import pytest
from sqlalchemy import text

from bot.cases.casework import Casework
from bot.cases.report import Report
from bot.cases.store import CaseStore
from bot.staff import accounts
from bot.staff.web import create_app
from bot.staff.web.ratelimit import SignInLimiter
from tests.cases.conftest import PG_URL, pg_admin  # noqa: F401 (a fixture)

os.environ.setdefault("CASE_ENCRYPTION_KEY", "dGVzdHMtb25seS10ZXN0cy1vbmx5LXRlc3RzLW9ubHk=")

PASSWORD = "correct horse battery staple"
ROLES = ("officer", "team_manager", "cohesion_manager", "administrator")
URDU = "میرے دروازے پر نفرت انگیز باتیں لکھی گئیں"


def report(**overrides) -> Report:
    values = dict(reporter_role="victim", contact_name="Amina Khan", contact_phone="+447700900123",
                  hate_types=["race", "religion"], description=URDU, location="Flat 3, Example House",
                  postcode="ST1 1AA", immediate_danger=False, consent_police=True, consent_usah=False,
                  interpreter_needed=True, interpreter_language="Urdu")
    values.update(overrides)
    return Report(**values)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def database_url(request, tmp_path_factory):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('staffweb') / 'cases.db'}"
        return
    admin = request.getfixturevalue("pg_admin")
    name = f"staff_web_{uuid.uuid4().hex[:12]}"
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{name}"'))
    yield f"{PG_URL}?options=-csearch_path%3D{name}"
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{name}" CASCADE'))


@pytest.fixture(scope="module")
def store(database_url):
    store = CaseStore(database_url)
    yield store
    store.close()


@pytest.fixture(scope="module")
def users(store):
    tag = uuid.uuid4().hex[:6]
    made = {role: accounts.add_user(store, email=f"{role}-{tag}@stoke.example", name=f"{role.title()} {tag}",
                                    role=role, password=PASSWORD) for role in ROLES}
    made["second_officer"] = accounts.add_user(store, email=f"officer2-{tag}@stoke.example",
                                               name=f"Second Officer {tag}", role="officer", password=PASSWORD)
    return made


def make_app(store, **config):
    settings = {"CASE_STORE": store, "SECRET_KEY": "test-secret-" + "x" * 40, "TESTING": True,
                "WTF_CSRF_ENABLED": False, "SIGNIN_LIMITER": SignInLimiter()}
    settings.update(config)
    return create_app(settings)


@pytest.fixture(scope="module")
def app(store, users):
    return make_app(store)


@pytest.fixture
def new_case(store):
    """A fresh case each call: new_case(consent_usah=True, ...)."""
    def make(**overrides):
        return store.submit(report(**overrides), channel="sms", language="ur",
                            sender_key=f"sms:+4477009{uuid.uuid4().int % 100000:05d}").reference
    return make


@pytest.fixture
def casework(store):
    return Casework(store)


def sign_in(client, user, password=PASSWORD, **kwargs):
    return client.post("/sign-in", data={"email": user.email, "password": password}, **kwargs)


@pytest.fixture
def client_as(app, users):
    def make(role):
        client = app.test_client()
        if role is not None:
            response = sign_in(client, users[role])
            assert response.status_code == 302, response.data[:2000]
        return client
    return make


def csrf_token(html: str, prefix: str = "") -> str:
    name = f"{prefix}-csrf_token" if prefix else "csrf_token"
    match = re.search(rf'name="{re.escape(name)}" type="hidden" value="([^"]+)"', html)
    assert match, f"no {name} on the page"
    return match.group(1)


def london(year, month, day, hour=12):
    return dt.datetime(year, month, day, hour, tzinfo=dt.timezone.utc)
