"""`python -m bot cases ...` and `python -m bot db ...`: the staff's command line to the case store."""
import argparse
import datetime as dt
import hashlib
import json
from typing import Iterable, List, Sequence

from bot.cases import deadlines


def register_cases(subparsers) -> None:
    cases = subparsers.add_parser("cases", help="list, export and inspect cases")
    sub = cases.add_subparsers(dest="cases_command", required=True)
    export = sub.add_parser("export", help="print every case")
    export.add_argument("--format", choices=["json"], default="json")
    export.set_defaults(func=cmd_export)
    sub.add_parser("list", help="a table of cases").set_defaults(func=cmd_list)
    sub.add_parser("drafts", help="unfinished reports").set_defaults(func=cmd_drafts)


def register_db(subparsers) -> None:
    db = subparsers.add_parser("db", help="the case database")
    sub = db.add_subparsers(dest="db_command", required=True)
    sub.add_parser("upgrade", help="apply schema migrations").set_defaults(func=cmd_upgrade)


def _store():
    # Imported here so that `--help` works even without a database driver.
    from bot.cases.store import CaseStore

    return CaseStore()


def cmd_export(args: argparse.Namespace) -> int:
    print(json.dumps(_store().export(), ensure_ascii=False, indent=2))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    now = dt.datetime.now(dt.timezone.utc)
    rows = [
        [
            case.reference,
            _local(case.created_at),
            case.status,
            ",".join(case.hate_types or []) or "-",
            case.postcode or "-",
            _local(case.first_contact_due) + (" OVERDUE" if _overdue(case, now) else ""),
        ]
        for case in _store().list_cases()
    ]
    header = ["reference", "created", "status", "strands", "postcode", "first contact due"]
    print_table(header, rows, empty="No cases.")
    return 0


def cmd_drafts(args: argparse.Namespace) -> int:
    rows = [
        [_redact(d.sender_key), _local(d.updated_at), d.channel, d.language, str(_answers(d.data))]
        for d in _store().list_drafts()
    ]
    print_table(["sender", "updated", "channel", "language", "answers"], rows, empty="No drafts.")
    return 0


def cmd_upgrade(args: argparse.Namespace) -> int:
    store = _store()  # construction migrates to head
    print("Case database is up to date.")
    store.close()
    return 0


def _local(moment: dt.datetime) -> str:
    # Staff read London time; the database keeps UTC.
    return moment.astimezone(deadlines.LONDON).strftime("%Y-%m-%d %H:%M")


def _overdue(case, now: dt.datetime) -> bool:
    return case.status == "new" and case.first_contact_due < now


def _redact(sender_key: str) -> str:
    # Enough to tell conversations apart without showing a phone number or chat id.
    return hashlib.sha256(sender_key.encode("utf-8")).hexdigest()[:10]


def _answers(data: dict) -> int:
    return sum(1 for value in (data or {}).values() if value not in (None, "", [], {}))


def print_table(header: Sequence[str], rows: List[List[str]], *, empty: str) -> None:
    if not rows:
        print(empty)
        return
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows)]
    for line in [header, ["-" * w for w in widths], *rows]:
        print(_format_row(line, widths))


def _format_row(cells: Iterable[str], widths: Sequence[int]) -> str:
    return "  ".join(str(c).ljust(w) for c, w in zip(cells, widths)).rstrip()
