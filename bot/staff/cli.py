"""`python -m bot staff add-user | list-users | deactivate`."""
import argparse
import getpass
import sys

from bot.cases.permissions import Role


def register(subparsers) -> None:
    staff = subparsers.add_parser("staff", help="staff accounts for the dashboard")
    sub = staff.add_subparsers(dest="staff_command", required=True)
    add = sub.add_parser("add-user", help="create an account")
    add.add_argument("--email", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--password-stdin", action="store_true",
                     help="read the password from the first line of stdin (scripts, tests)")
    add.set_defaults(func=cmd_add_user)
    sub.add_parser("list-users", help="list accounts").set_defaults(func=cmd_list_users)
    deactivate = sub.add_parser("deactivate", help="stop an account signing in")
    deactivate.add_argument("--email", required=True)
    deactivate.set_defaults(func=cmd_deactivate)
    serve = sub.add_parser("serve", help="serve the dashboard (waitress, 127.0.0.1:8000)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.set_defaults(func=cmd_serve)


def _store():
    from bot.cases.store import CaseStore

    return CaseStore()


def _password(args) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Password again: "):
        raise SystemExit("The passwords differ.")
    return first


def cmd_add_user(args: argparse.Namespace) -> int:
    from bot.cases.errors import InvalidInput
    from bot.staff.accounts import add_user

    try:
        account = add_user(_store(), email=args.email, name=args.name, role=args.role,
                           password=_password(args))
    except InvalidInput as exc:
        print(f"Not created: {exc}", file=sys.stderr)
        return 2
    print(f"Created {account.email} ({account.role.value}), id {account.id}.")
    return 0


def cmd_list_users(args: argparse.Namespace) -> int:
    from bot.cases.cli import print_table
    from bot.staff.accounts import list_users

    rows = [[str(a.id), a.email, a.display_name, a.role.value, "yes" if a.active else "no"]
            for a in list_users(_store())]
    print_table(["id", "email", "name", "role", "active"], rows, empty="No accounts.")
    return 0


def cmd_deactivate(args: argparse.Namespace) -> int:
    from bot.staff.accounts import list_users, set_active

    store = _store()
    match = [a for a in list_users(store) if a.email == args.email.strip().lower()]
    if not match:
        print("No such account.", file=sys.stderr)
        return 2
    set_active(store, match[0].id, False)
    print(f"Deactivated {match[0].email}.")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from bot.staff.web.serve import serve

    return serve(args.host, args.port)
