"""`python -m bot cases ...` and `python -m bot db ...`: the staff's command line to the case store."""
import argparse
import datetime as dt
import hashlib
import json
import sys
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
    purge = sub.add_parser("purge", help="remove personal data from cases closed before a date")
    purge.add_argument("--closed-before", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                       help="default: today minus $RETENTION_DAYS (2190, six years)")
    purge.set_defaults(func=cmd_purge)


def register_report(subparsers) -> None:
    report = subparsers.add_parser("report", help="performance figures (policy 10.1)")
    sub = report.add_subparsers(dest="report_command", required=True)
    monthly = sub.add_parser("monthly", help="one month's figures")
    monthly.add_argument("--month", required=True, metavar="YYYY-MM")
    monthly.add_argument("--format", choices=["text", "csv", "json"], default="text")
    monthly.add_argument("--output", help="write to this file instead of standard output")
    monthly.set_defaults(func=cmd_report_monthly)


def register_db(subparsers) -> None:
    db = subparsers.add_parser("db", help="the case database")
    sub = db.add_subparsers(dest="db_command", required=True)
    sub.add_parser("upgrade", help="apply schema migrations").set_defaults(func=cmd_upgrade)
    sub.add_parser("rotate-key", help="re-encrypt personal data with the first key in "
                   "$CASE_ENCRYPTION_KEY").set_defaults(func=cmd_rotate_key)


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


def cmd_purge(args: argparse.Namespace) -> int:
    from bot.cases.retention import default_cutoff

    store = _store()
    if args.closed_before is not None:
        # The start of that day in London: "closed before 1 January" means by 31 December.
        cutoff = dt.datetime.combine(args.closed_before, dt.time(0), tzinfo=deadlines.LONDON)
    else:
        cutoff = default_cutoff(store.now())
    result = store.purge(cutoff.astimezone(dt.timezone.utc))
    print(f"Purged {result.cases} closed cases; deleted {result.drafts} drafts and "
          f"{result.conversation_events} conversation events.")
    return 0


def cmd_report_monthly(args: argparse.Namespace) -> int:
    from bot.cases.reporting import figures_csv, figures_text, monthly_figures

    figures = monthly_figures(_store(), args.month)
    render = {"csv": figures_csv, "text": figures_text,
              "json": lambda f: json.dumps(f, ensure_ascii=False, indent=2)}[args.format]
    out = render(figures)
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as handle:
            handle.write(out)
    else:
        sys.stdout.write(out if out.endswith("\n") else out + "\n")
    return 0


def cmd_upgrade(args: argparse.Namespace) -> int:
    store = _store()  # construction migrates to head
    print("Case database is up to date.")
    store.close()
    return 0


def cmd_rotate_key(args: argparse.Namespace) -> int:
    from bot.cases.crypto import ENV_VAR, EncryptionKeyError, key_count
    from bot.cases.rekey import rotate_all

    if key_count() < 2:
        print(f"{ENV_VAR} holds one key. Put the new key first, then the keys in use now "
              f"(the original last), separated by commas, and run this again.", file=sys.stderr)
        return 2
    store = _store()
    try:
        rotated = rotate_all(store.engine)
    except EncryptionKeyError as exc:  # what was done so far stands; a re-run finishes it
        print(f"Stopped: {exc}.", file=sys.stderr)
        return 1
    finally:
        store.close()
    for table, count in rotated.tables.items():
        print(f"{table}: {count} values re-encrypted")
    print(f"Done: {rotated.total} values now under the first key.")
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
