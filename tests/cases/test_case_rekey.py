"""`python -m bot db rotate-key`: stored personal data moves to the new key, and stays readable."""
import pytest
from cryptography.fernet import Fernet, InvalidToken
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from bot.cases import crypto, rekey
from bot.cases.models import ConversationEvent
from bot.cases.report import Report
from bot.cases.store import CaseStore
from bot.cli import main

OLD = Fernet.generate_key().decode()
NEW = Fernet.generate_key().decode()


@pytest.fixture
def keys(monkeypatch):
    def use(*keys):
        monkeypatch.setenv(crypto.ENV_VAR, ",".join(keys))
        crypto.reset_keys()
    yield use
    crypto.reset_keys()


def _raw(url, sql):
    engine = create_engine(url, future=True)
    with engine.connect() as conn:
        values = [row[0] for row in conn.execute(text(sql))]
    engine.dispose()
    return values


def _opens(key, token):
    try:
        Fernet(key.encode()).decrypt(token.encode())
        return True
    except InvalidToken:
        return False


def _stored(url, keys):
    keys(OLD)
    store = CaseStore(url)
    submitted = store.submit(
        Report(description="Pisali po drzwiach", contact_phone="07700 900123", hate_types=["race"]),
        channel="sms", language="pl", sender_key="sms:+447700900123")
    store.save_draft("tg:42", channel="telegram", language="ar", data={"location": "بيت"})
    with Session(store.engine) as session, session.begin():
        session.add_all(ConversationEvent(sender_digest=crypto.sender_digest("sms:+447700900123"),
                                          sender_id="sms:+447700900123", type_name="user",
                                          data=f'{{"text": "turn {n}"}}') for n in range(3))
    store.close()
    return submitted.reference


def test_rotate_key_moves_every_value_to_the_new_key(database_url, keys, monkeypatch, capsys):
    reference = _stored(database_url, keys)
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setattr(rekey, "BATCH", 2)  # several pages of conversation events
    keys(NEW, OLD)

    assert main(["db", "rotate-key"]) == 0
    out = capsys.readouterr().out
    assert "cases: 3 values re-encrypted" in out  # description, phone, evidence links ([])
    assert "draft_reports: 2 values re-encrypted" in out  # sender, answers
    assert "conversation_events: 6 values re-encrypted" in out  # sender, event, 3 times

    tokens = [token for column, table in [("description", "cases"), ("contact_phone", "cases"),
                                          ("evidence_links", "cases"), ("sender", "draft_reports"),
                                          ("data", "draft_reports"), ("sender_id", "conversation_events"),
                                          ("data", "conversation_events")]
              for token in _raw(database_url, f"SELECT {column} FROM {table}")]
    assert len(tokens) == 11
    assert all(_opens(NEW, t) and not _opens(OLD, t) for t in tokens)

    store = CaseStore(database_url)
    case = store.list_cases()[0]
    assert (case.description, case.contact_phone) == ("Pisali po drzwiach", "07700 900123")
    assert store.get_draft("tg:42").data == {"location": "بيت"}  # digests keyed by the last key
    assert store.check_status(reference, None, "sms:+447700900123").outcome == "ok"
    with Session(store.engine) as session:
        assert sorted(e.data for e in session.query(ConversationEvent)) == [
            '{"text": "turn 0"}', '{"text": "turn 1"}', '{"text": "turn 2"}']
    store.close()


def test_rotate_key_twice_changes_nothing_readable(database_url, keys, monkeypatch, capsys):
    _stored(database_url, keys)
    monkeypatch.setenv("DATABASE_URL", database_url)
    keys(NEW, OLD)
    assert main(["db", "rotate-key"]) == 0
    assert main(["db", "rotate-key"]) == 0
    keys(NEW, OLD)
    assert CaseStore(database_url).list_cases()[0].description == "Pisali po drzwiach"


def test_rotate_key_needs_a_new_key_first(sqlite_url, keys, monkeypatch, capsys):
    _stored(sqlite_url, keys)
    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    assert main(["db", "rotate-key"]) == 2
    assert "holds one key" in capsys.readouterr().err
    assert all(_opens(OLD, t) for t in _raw(sqlite_url, "SELECT description FROM cases"))


def test_rotate_key_without_the_old_key_stops_plainly(sqlite_url, keys, monkeypatch, capsys):
    _stored(sqlite_url, keys)
    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    keys(NEW, Fernet.generate_key().decode())
    assert main(["db", "rotate-key"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Stopped:") and "Traceback" not in err
    assert all(_opens(OLD, t) for t in _raw(sqlite_url, "SELECT description FROM cases"))
