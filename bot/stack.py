"""Starts the whole stack as child processes and stops all of it together (make run).

A small supervisor rather than honcho/supervisord: four processes (Rasa, actions,
notifications, dashboard), one environment, and it must pass DATABASE_URL and the channel
settings through untouched.
"""
import os
import signal
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional

from sqlalchemy.engine import make_url

from bot.config import PROJECT_ROOT, database_url

HOST = "127.0.0.1"


@dataclass(frozen=True)
class Ports:
    rasa: int = 5005
    actions: int = 5055
    staff: int = 8000


def _rasa() -> str:
    return str(Path(sys.executable).with_name("rasa"))


def commands(model: Path, ports: Ports, endpoints: Path, credentials: Path) -> Dict[str, List[str]]:
    return {
        "actions": [_rasa(), "run", "actions", "--actions", "actions", "--port", str(ports.actions)],
        "rasa": [
            _rasa(), "run", "--model", str(model), "--interface", HOST, "--port", str(ports.rasa),
            "--endpoints", str(endpoints), "--credentials", str(credentials),
        ],
        # Delivers the outbox (case e-mails, webhook) with retries: bot/notifications.
        "notifications": [sys.executable, "-m", "bot", "notifications", "run"],
    }


def child_env(extra: Optional[Dict[str, str]] = None) -> Dict[str, str]:
    # SANIC_HOST: rasa_sdk's action server has no --interface flag and binds 0.0.0.0 without it.
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT), "TF_CPP_MIN_LOG_LEVEL": "3",
           "SQLALCHEMY_SILENCE_UBER_WARNING": "1", "SANIC_HOST": HOST}
    env.update(extra or {})
    return env


class Stack:
    """Processes started in their own process groups, so stopping takes their children too."""

    def __init__(self, cmds: Dict[str, List[str]], env: Dict[str, str], log_dir: Optional[Path] = None):
        self.cmds, self.env, self.log_dir = cmds, env, log_dir
        self.procs: Dict[str, subprocess.Popen] = {}

    def start(self) -> "Stack":
        for name, cmd in self.cmds.items():
            out = open(self.log_dir / f"{name}.log", "wb") if self.log_dir else None
            self.procs[name] = subprocess.Popen(
                cmd, cwd=PROJECT_ROOT, env=self.env, stdout=out, stderr=subprocess.STDOUT if out else None,
                start_new_session=True,
            )
        return self

    def wait_ready(self, urls: List[str], timeout: float = 300) -> None:
        deadline = time.monotonic() + timeout
        for url in urls:
            while not _answers(url):
                self._check_alive()
                if time.monotonic() > deadline:
                    raise TimeoutError(f"{url} did not answer within {timeout:.0f}s")
                time.sleep(0.5)

    def _check_alive(self) -> None:
        for name, proc in self.procs.items():
            if proc.poll() is not None:
                raise RuntimeError(f"{name} exited with code {proc.returncode}")

    def stop(self) -> None:
        for proc in self.procs.values():
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.procs.values():
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)

    def __enter__(self) -> "Stack":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status < 500
    except OSError:
        return False


def stop_on_signals() -> None:
    """SIGTERM (a service manager, `docker stop`, `kill`) and SIGHUP (the terminal closed) stop
    the stack as Ctrl-C does. Python's default for them exits at once, skipping `finally`, and
    the children, in process groups of their own, would run on without a parent. SIGINT too:
    a process started in the background inherits it ignored, so `kill -INT` did nothing."""
    def interrupt(signum, frame):
        raise KeyboardInterrupt

    for signum in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(signum, interrupt)


def run_forever() -> int:
    """`python -m bot run`: start everything, print where it is, stop all on Ctrl-C."""
    ports = Ports()
    cmds = commands(PROJECT_ROOT / "models" / "hatebot.tar.gz", ports,
                    PROJECT_ROOT / "endpoints.yml", PROJECT_ROOT / "credentials.yml")
    # The staff dashboard (bot/staff/web) only here: test stacks run without it, on free ports.
    cmds["staff"] = [sys.executable, "-m", "bot", "staff", "serve", "--port", str(ports.staff)]
    stack = Stack(cmds, child_env())
    stop_on_signals()
    try:
        stack.start()  # inside: a signal while starting still stops what has started
        stack.wait_ready([f"http://{HOST}:{ports.actions}/health", f"http://{HOST}:{ports.rasa}/",
                          f"http://{HOST}:{ports.staff}/health"])
        print(f"\nAssistant (Rasa):  http://{HOST}:{ports.rasa}  REST channel POST /webhooks/rest/webhook")
        print(f"Web chat page:     http://{HOST}:{ports.rasa}/webhooks/webchat/")
        print(f"Action server:     http://{HOST}:{ports.actions}")
        print(f"Staff dashboard:   http://{HOST}:{ports.staff}  (accounts: python -m bot staff add-user)")
        # The URL may carry a database password: never print it.
        print("Cases are kept in:", make_url(database_url()).render_as_string(hide_password=True))
        print("Press Ctrl-C to stop.\n", flush=True)
        while all(p.poll() is None for p in stack.procs.values()):
            time.sleep(1)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        stack.stop()


def register(subparsers) -> None:
    parser = subparsers.add_parser("run", help="start Rasa, the action server, the notifier and the staff dashboard; Ctrl-C stops all")
    parser.set_defaults(func=lambda args: run_forever())
