"""`python -m bot notifications run | deliver-once | pending`."""
import argparse
import logging


def register(subparsers) -> None:
    parser = subparsers.add_parser("notifications", help="deliver the case notifications outbox")
    sub = parser.add_subparsers(dest="notifications_command", required=True)
    run = sub.add_parser("run", help="deliver due notifications until stopped")
    run.add_argument("--interval", type=float, default=10.0, help="seconds between passes")
    run.set_defaults(func=cmd_run)
    sub.add_parser("deliver-once", help="one delivery pass").set_defaults(func=cmd_deliver_once)
    sub.add_parser("pending", help="undelivered notifications").set_defaults(func=cmd_pending)


def _store():
    from bot.cases.store import CaseStore

    return CaseStore()


def cmd_run(args: argparse.Namespace) -> int:
    from bot.notifications.worker import run_forever

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    try:
        run_forever(_store(), interval=args.interval)
    except KeyboardInterrupt:
        return 0
    return 0


def cmd_deliver_once(args: argparse.Namespace) -> int:
    from bot.notifications.worker import deliver_once

    result = deliver_once(_store())
    print(f"delivered {result.delivered}, failed {result.failed}")
    return 0 if result.failed == 0 else 1


def cmd_pending(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from bot.cases.cli import print_table
    from bot.cases.models import OutboxMessage

    store = _store()
    with store.transaction("outbox pending") as session:
        rows = session.execute(
            select(OutboxMessage).where(OutboxMessage.delivered_at.is_(None)).order_by(OutboxMessage.id)
        ).scalars().all()
        table = [[r.idempotency_key, r.kind, str(r.attempts), r.next_attempt_at.isoformat(),
                  r.last_error or "-"] for r in rows]
    print_table(["key", "kind", "attempts", "next attempt", "last error"], table, empty="Nothing pending.")
    return 0
