import json
import os
import subprocess
import sys

from bot import config
from bot.cli import main
from bot.cases.report import Report
from bot.cases.store import CaseStore


def test_export_json_through_subprocess(sqlite_url):
    store = CaseStore(sqlite_url)
    store.submit(Report(description="Napisali „wynoś się” na drzwiach", hate_types=["race"]),
                 channel="telegram", language="pl", sender_key="tg:1")
    store.submit(Report(anonymous=True), channel="sms", language="en", sender_key="sms:2")
    store.close()
    env = dict(os.environ, DATABASE_URL=sqlite_url, PYTHONPATH=str(config.PROJECT_ROOT))
    result = subprocess.run(
        [sys.executable, "-m", "bot", "cases", "export", "--format", "json"],
        cwd=config.PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=60, check=True,
    )
    cases = json.loads(result.stdout)
    assert [c["reference"][-5:] for c in cases] == ["00001", "00002"]
    assert cases[0]["description"] == "Napisali „wynoś się” na drzwiach"
    assert "„wynoś" in result.stdout  # ensure_ascii=False
    assert cases[1]["anonymous"] is True


def test_list_and_drafts_commands(sqlite_url, monkeypatch, capsys):
    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    store = CaseStore(sqlite_url)
    store.submit(Report(hate_types=["disability"], postcode="ST4 1AB"),
                 channel="web", language="en", sender_key="rest:a")
    store.save_draft("sms:+447700900123", channel="sms", language="ur",
                     data={"description": "x", "postcode": None, "harms": ["damage"]})
    store.close()

    assert main(["cases", "list"]) == 0
    out = capsys.readouterr().out
    assert "disability" in out and "ST4 1AB" in out and "-00001" in out

    assert main(["cases", "drafts"]) == 0
    out = capsys.readouterr().out
    assert "+447700900123" not in out  # redacted
    assert out.splitlines()[2].split()[-1] == "2"  # two answers given


def test_database_error_is_reported_plainly(monkeypatch, capsys):
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg2://postgres@127.0.0.1:1/test")
    assert main(["cases", "list"]) == 1
    assert "case database" in capsys.readouterr().err


def test_db_upgrade(sqlite_url, monkeypatch, capsys):
    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    assert main(["db", "upgrade"]) == 0
    assert "up to date" in capsys.readouterr().out


def test_default_database_url(monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert config.database_url() == f"sqlite:///{config.PROJECT_ROOT / 'var' / 'cases.db'}"
