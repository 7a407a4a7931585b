"""Performance figures for housing managers (policy 10.1), de-personalised.

`monthly_figures(store, "2026-11")` counts, for cases created that month (London time):
new cases by strand and by locality (postcode district), legal and non-legal actions
recorded that month, time to first contact against the deadline (met, missed, pending;
median hours), and equality indicators (strand, language, interpreter needed, reporter
role, anonymous). Only codes and counts: never a name, address or account. Purged cases
still count: retention keeps these fields.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
import statistics
from collections import Counter
from typing import Dict, Tuple

from sqlalchemy import select

from bot.cases.deadlines import LONDON
from bot.cases.models import Case, CaseAction

UNKNOWN = "unknown"


def month_bounds(month: str) -> Tuple[dt.datetime, dt.datetime]:
    """[start, end) of a "YYYY-MM" month in London time, as UTC datetimes."""
    if not re.fullmatch(r"\d{4}-\d{2}", month or ""):
        raise ValueError("month must look like 2026-11")
    year, number = int(month[:4]), int(month[5:])
    start = dt.datetime(year, number, 1, tzinfo=LONDON)
    end = dt.datetime(year + number // 12, number % 12 + 1, 1, tzinfo=LONDON)
    return start.astimezone(dt.timezone.utc), end.astimezone(dt.timezone.utc)


def monthly_figures(store, month: str) -> dict:
    start, end = month_bounds(month)
    now = store.now()
    with store.transaction("monthly figures") as session:
        # Only clear columns are loaded: no personal data is even decrypted.
        cases = session.execute(
            select(Case.hate_types, Case.postcode_district, Case.language, Case.interpreter_needed,
                   Case.reporter_role, Case.anonymous, Case.created_at, Case.first_contact_due,
                   Case.first_contacted_at)
            .where(Case.created_at >= start, Case.created_at < end)
        ).all()
        actions = session.execute(
            select(CaseAction.legal, CaseAction.kind).where(CaseAction.at >= start, CaseAction.at < end)
        ).all()
    strands = Counter(code for row in cases for code in (row.hate_types or []))
    return {
        "month": month,
        "new_cases": len(cases),
        "by_strand": _sorted(strands),
        "by_locality": _sorted(Counter(row.postcode_district or UNKNOWN for row in cases)),
        "actions": {
            "legal": sum(1 for a in actions if a.legal),
            "non_legal": sum(1 for a in actions if not a.legal),
            "by_kind": _sorted(Counter(a.kind for a in actions)),
        },
        "first_contact": _first_contact(cases, now),
        "equality": {
            "by_strand": _sorted(strands),
            "by_language": _sorted(Counter(row.language for row in cases)),
            "interpreter_needed": sum(1 for row in cases if row.interpreter_needed),
            "by_reporter_role": _sorted(Counter(row.reporter_role or UNKNOWN for row in cases)),
            "anonymous": sum(1 for row in cases if row.anonymous),
        },
    }


def _first_contact(cases, now: dt.datetime) -> dict:
    met = missed = pending = 0
    hours = []
    for row in cases:
        if row.first_contacted_at is not None:
            hours.append((row.first_contacted_at - row.created_at).total_seconds() / 3600)
            if row.first_contacted_at <= row.first_contact_due:
                met += 1
            else:
                missed += 1
        elif row.first_contact_due < now:
            missed += 1
        else:
            pending += 1
    median = round(statistics.median(hours), 1) if hours else None
    return {"met": met, "missed": missed, "pending": pending, "median_hours": median}


def _sorted(counter: Counter) -> Dict[str, int]:
    return dict(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def _rows(figures: dict):
    """Flat (section, key, value) rows: the CSV and text forms share them."""
    yield "new_cases", "total", figures["new_cases"]
    for key, value in figures["by_strand"].items():
        yield "new_cases_by_strand", key, value
    for key, value in figures["by_locality"].items():
        yield "new_cases_by_locality", key, value
    yield "actions", "legal", figures["actions"]["legal"]
    yield "actions", "non_legal", figures["actions"]["non_legal"]
    for key, value in figures["actions"]["by_kind"].items():
        yield "actions_by_kind", key, value
    for key in ("met", "missed", "pending", "median_hours"):
        value = figures["first_contact"][key]
        yield "first_contact", key, "" if value is None else value
    equality = figures["equality"]
    for section in ("by_strand", "by_language", "by_reporter_role"):
        for key, value in equality[section].items():
            yield f"equality_{section}", key, value
    yield "equality", "interpreter_needed", equality["interpreter_needed"]
    yield "equality", "anonymous", equality["anonymous"]


def figures_csv(figures: dict) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["month", "section", "key", "value"])
    for section, key, value in _rows(figures):
        writer.writerow([figures["month"], section, key, value])
    return out.getvalue()


def figures_text(figures: dict) -> str:
    lines = [f"Performance figures for {figures['month']}"]
    section = None
    for name, key, value in _rows(figures):
        if name != section:
            lines += ["", name.replace("_", " ")]
            section = name
        lines.append(f"  {key:<28} {value}")
    return "\n".join(lines) + "\n"
