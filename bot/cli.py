"""The project's command line: `python -m bot <command> ...`.

To add a command (e.g. `run`), add an entry to COMMANDS: "name": "module:register",
where register(subparsers) adds a parser and sets `func` (args -> exit code) with
set_defaults. Modules are imported only when their command is used (or for --help),
so `python -m bot cases export` never loads Rasa.
"""
import argparse
import importlib
import sys
from typing import Callable, Dict, Optional, Sequence

COMMANDS: Dict[str, str] = {
    "cases": "bot.cases.cli:register_cases",
    "db": "bot.cases.cli:register_db",
    "run": "bot.stack:register",
    "telegram": "bot.channels.telegram_cli:register",
    "notifications": "bot.notifications.cli:register",
    "report": "bot.cases.cli:register_report",
    "staff": "bot.staff.cli:register",
}


def _load(target: str) -> Callable:
    module, _, attr = target.partition(":")
    return getattr(importlib.import_module(module), attr)


def build_parser(only: Optional[str] = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="command")
    for name, target in COMMANDS.items():
        if only is None or name == only:
            _load(target)(subparsers)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    first = argv[0] if argv else None
    parser = build_parser(only=first if first in COMMANDS else None)
    args = parser.parse_args(argv)
    from bot.cases.store import CaseStoreError  # light: SQLAlchemy only

    try:
        return args.func(args) or 0
    except CaseStoreError as exc:
        print(f"The case database could not be used: {exc}", file=sys.stderr)
        return 1
