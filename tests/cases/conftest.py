"""Fixtures for the case service: every store test runs on SQLite and on PostgreSQL.

PostgreSQL tests get a schema of their own (dropped afterwards), so runs repeat
cleanly and in parallel. Without a reachable PostgreSQL they are skipped, unless
$CI is set: then a missing database is a failure, not a silent pass.
"""
import os
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import SQLAlchemyError

from bot.cases.store import CaseStore

# Tests use their own encryption key, never the developer's var/case.key.
os.environ.setdefault("CASE_ENCRYPTION_KEY", "dGVzdHMtb25seS10ZXN0cy1vbmx5LXRlc3RzLW9ubHk=")

PG_URL = os.environ.get(
    "TEST_POSTGRES_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/test"
)


@pytest.fixture(scope="session")
def pg_admin():
    engine = create_engine(PG_URL, future=True, connect_args={"connect_timeout": 5})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        engine.dispose()
        reason = f"PostgreSQL at {PG_URL} is unreachable ({type(exc).__name__})"
        if os.environ.get("CI"):
            pytest.fail(reason + "; CI is set, so this is a failure")
        pytest.skip(reason + "; set TEST_POSTGRES_URL or start PostgreSQL")
    yield engine
    engine.dispose()


@pytest.fixture
def pg_url(pg_admin):
    """A URL whose search_path is a fresh, empty schema."""
    name = f"cases_test_{uuid.uuid4().hex[:12]}"
    with pg_admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{name}"'))
    yield f"{PG_URL}?options=-csearch_path%3D{name}"
    with pg_admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{name}" CASCADE'))


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'cases.db'}"


@pytest.fixture(params=["sqlite_url", "pg_url"], ids=["sqlite", "postgresql"])
def database_url(request):
    return request.getfixturevalue(request.param)


@pytest.fixture
def store(database_url):
    store = CaseStore(database_url)
    yield store
    store.close()
