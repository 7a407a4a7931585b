"""Performance figures (policy 10.1) from a handful of cases."""
import csv
import io
import os
import subprocess
import sys

from bot.cases.casework import Casework
from bot.cases.reporting import figures_csv, monthly_figures
from bot.cases.store import CaseStore
from bot.config import PROJECT_ROOT
from tests.staff_backend.conftest import NAME, Clock, report
import datetime as dt

UTC = dt.timezone.utc


def make_month(store, clock, officer):
    work = Casework(store)
    refs = []
    for values, lang in [
        (dict(hate_types=["race", "religion"], postcode="ST4 1HH", interpreter_needed=True), "ur"),
        (dict(hate_types=["race"], postcode="ST4 2AA"), "en"),
        (dict(hate_types=["disability"], postcode=None, reporter_role="witness"), "pl"),
        (dict(hate_types=["sexual_orientation"], postcode="ST1 1AA", anonymous=True), "en"),
    ]:
        refs.append(store.submit(report(**values), channel="rest", language=lang, sender_key=None).reference)
    clock.advance(hours=5)
    work.log_contact(officer, refs[0], "phone")            # within the deadline (Tue 17:00)
    clock.advance(days=3)
    work.log_contact(officer, refs[1], "phone")            # late
    work.record_action(officer, refs[0], "injunction", legal=True)
    work.record_action(officer, refs[1], "warning_letter", legal=False)
    work.record_action(officer, refs[1], "mediation", legal=False)
    return refs


def test_monthly_figures(store, staff, clock):
    make_month(store, clock, staff["officer"])
    figures = monthly_figures(store, "2026-11")
    assert figures["new_cases"] == 4
    assert figures["by_strand"] == {"race": 2, "disability": 1, "religion": 1, "sexual_orientation": 1}
    assert figures["by_locality"] == {"ST4": 2, "ST1": 1, "unknown": 1}
    assert (figures["actions"]["legal"], figures["actions"]["non_legal"]) == (1, 2)
    # Two uncontacted cases are past Tuesday 17:00 by Thursday: missed.
    assert figures["first_contact"] == {"met": 1, "missed": 3, "pending": 0, "median_hours": 41.0}
    equality = figures["equality"]
    assert equality["by_language"] == {"en": 2, "pl": 1, "ur": 1}
    assert equality["interpreter_needed"] == 1 and equality["anonymous"] == 1
    assert equality["by_reporter_role"] == {"victim": 3, "witness": 1}
    assert NAME not in str(figures)
    assert monthly_figures(store, "2026-10")["new_cases"] == 0


def test_report_command_writes_csv(sqlite_url, tmp_path):
    clock = Clock(dt.datetime(2026, 11, 2, 10, 0, tzinfo=UTC))
    store = CaseStore(sqlite_url, clock=clock)
    from bot.staff.accounts import add_user

    officer = add_user(store, email="o@stoke.example", name="O", role="officer", password="x" * 12)
    make_month(store, clock, officer)
    out = tmp_path / "figures.csv"
    subprocess.run([sys.executable, "-m", "bot", "report", "monthly", "--month", "2026-11", "--format", "csv",
                    "--output", str(out)], cwd=PROJECT_ROOT, check=True,
                   env={**os.environ, "DATABASE_URL": sqlite_url, "PYTHONPATH": str(PROJECT_ROOT)})
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    table = {(r["section"], r["key"]): r["value"] for r in rows}
    assert table[("new_cases", "total")] == "4"
    assert table[("new_cases_by_locality", "ST4")] == "2"
    assert table[("actions", "legal")] == "1"
    assert out.read_text() == figures_csv(monthly_figures(store, "2026-11"))
    store.close()
