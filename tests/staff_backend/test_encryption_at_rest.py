"""Personal data is encrypted in the database; staff tools see it decrypted."""
import json
import subprocess
import sys

import pytest
from sqlalchemy import create_engine, text

from bot.cases import crypto
from bot.cases.store import CaseStore
from bot.config import PROJECT_ROOT
from tests.staff_backend.conftest import DESCRIPTION, NAME, PHONE, report


def raw_dump(url: str) -> str:
    """Every cell of every table, read with plain SQL (no ORM, no decryption)."""
    engine = create_engine(url, future=True)
    cells = []
    with engine.connect() as conn:
        for table in ("cases", "draft_reports", "outbox", "audit_log", "case_contacts"):
            for row in conn.execute(text(f"SELECT * FROM {table}")):
                cells.extend(str(v) for v in row)
    engine.dispose()
    return "\n".join(cells)


def test_raw_database_holds_no_plaintext(store, database_url):
    store.save_draft(f"twilio:{PHONE}", channel="twilio", language="en",
                     data={"description": "a draft about my neighbour", "contact_name": NAME})
    store.submit(report(), channel="twilio", language="en", sender_key=f"twilio:{PHONE}")
    store.save_draft(f"twilio:{PHONE}", channel="twilio", language="en",
                     data={"description": "a draft about my neighbour", "contact_name": NAME})
    dump = raw_dump(database_url)
    for secret in (DESCRIPTION, NAME, PHONE, "7400123456", "Trent Road", "ST2 0AB", "number 14",
                   "a draft about my neighbour"):
        assert secret not in dump
    assert "ST2" in dump  # the postcode district stays readable for the figures
    # ...and the staff see it all decrypted.
    [case] = store.list_cases()
    assert (case.contact_name, case.contact_phone, case.description) == (NAME, PHONE, DESCRIPTION)
    assert store.get_draft(f"twilio:{PHONE}").data["contact_name"] == NAME


def test_export_command_prints_decrypted_fields(sqlite_url):
    store = CaseStore(sqlite_url)
    store.submit(report(), channel="rest", language="en", sender_key="rest:x")
    store.close()
    out = subprocess.run(
        [sys.executable, "-m", "bot", "cases", "export", "--format", "json"],
        cwd=PROJECT_ROOT, capture_output=True, text=True, check=True,
        env={**_env(), "DATABASE_URL": sqlite_url},
    ).stdout
    [row] = json.loads(out)
    assert row["description"] == DESCRIPTION
    assert row["postcode"] == "ST2 0AB"
    assert row["location"] == "12 Trent Road, Bentilee"


def test_wrong_key_fails_clearly(store, monkeypatch):
    store.submit(report(), channel="rest", language="en", sender_key="rest:x")
    monkeypatch.setenv(crypto.ENV_VAR, "d3Jvbmcta2V5LXdyb25nLWtleS13cm9uZy1rZXktd3I=")
    crypto.reset_keys()
    try:
        with pytest.raises(crypto.EncryptionKeyError, match="CASE_ENCRYPTION_KEY is not the key"):
            store.list_cases()
    finally:
        monkeypatch.undo()
        crypto.reset_keys()
    assert store.list_cases()[0].description == DESCRIPTION


def test_rotation_old_key_still_decrypts(store, monkeypatch):
    import os

    store.submit(report(), channel="rest", language="en", sender_key="rest:x")
    old = os.environ[crypto.ENV_VAR]
    monkeypatch.setenv(crypto.ENV_VAR, f"{crypto.Fernet.generate_key().decode()},{old}")
    crypto.reset_keys()
    try:
        assert store.list_cases()[0].description == DESCRIPTION
    finally:
        monkeypatch.undo()
        crypto.reset_keys()


def test_missing_key_generates_a_private_local_key(tmp_path, monkeypatch, caplog):
    monkeypatch.delenv(crypto.ENV_VAR, raising=False)
    path = tmp_path / "var" / "case.key"
    key = crypto._local_key(path)
    assert (path.stat().st_mode & 0o777) == 0o600
    assert crypto._local_key(path) == key  # kept, not regenerated
    assert "CASE_ENCRYPTION_KEY is not set" in caplog.text


def _env():
    import os

    return {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
