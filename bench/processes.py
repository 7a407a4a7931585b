"""Start, wait for and stop the servers the benchmark runs.

Every child gets its own process group (session); stopping it signals the whole group,
SIGTERM first, then SIGKILL. `stop_all` runs on normal exit, on errors, on Ctrl-C and on
SIGTERM (see __main__), so no server outlives the benchmark.
"""
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

_running = []  # every Server started and not yet stopped


def rasa_executable() -> str:
    """The rasa script next to the running interpreter (the project's .venv)."""
    return str(Path(sys.executable).parent / "rasa")


def child_env(**extra) -> dict:
    env = dict(os.environ)
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    env.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
    env["RASA_TELEMETRY_ENABLED"] = "false"
    env.update(extra)
    return env


def port_in_use(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex((host, port)) == 0


class Server:
    def __init__(self, name, cmd, cwd, env, log_path: Path, port=None):
        self.name, self.cmd, self.cwd, self.env = name, cmd, cwd, env
        self.log_path, self.port = log_path, port
        self.proc = None

    def start(self):
        if self.port is not None and port_in_use(self.port):
            raise RuntimeError(
                f"{self.name}: port {self.port} is already in use; stop whatever listens "
                f"there (a leftover benchmark server?) and run again")
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = open(self.log_path, "wb")
        print(f"{self.name}: starting (log {self.log_path})", flush=True)
        try:
            self.proc = subprocess.Popen(
                self.cmd, cwd=self.cwd, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, start_new_session=True)
        finally:
            log.close()
        _running.append(self)
        return self

    def exited(self):
        return self.proc is not None and self.proc.poll() is not None

    def log_tail(self, lines=25) -> str:
        try:
            text = self.log_path.read_text(errors="replace").splitlines()
        except OSError:
            return ""
        return "\n".join(text[-lines:])

    def check_alive(self):
        if self.exited():
            raise RuntimeError(
                f"{self.name} exited with code {self.proc.returncode} before it was ready; "
                f"last lines of {self.log_path}:\n{self.log_tail()}")

    def stop(self, grace=10.0):
        if self.proc is None:
            return
        pgid = self.proc.pid  # start_new_session: the group id is the leader's pid
        for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 5.0)):
            try:
                os.killpg(pgid, sig)
            except ProcessLookupError:
                break
            try:
                self.proc.wait(timeout=wait)
            except subprocess.TimeoutExpired:
                continue
            # the leader is gone; make sure nothing else in its group survives it
            try:
                os.killpg(pgid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            break
        if self in _running:
            _running.remove(self)
        print(f"{self.name}: stopped", flush=True)


def stop_all():
    for server in reversed(list(_running)):
        try:
            server.stop()
        except Exception as exc:  # keep stopping the others
            print(f"{server.name}: could not stop cleanly: {exc}", file=sys.stderr)


def run_to_completion(name, cmd, cwd, env, log_path: Path) -> int:
    """Run a command in its own process group (killed with us if interrupted)."""
    server = Server(name, cmd, cwd, env, log_path).start()
    try:
        return server.proc.wait()
    finally:
        if server in _running:
            if server.exited():
                _running.remove(server)
            else:
                server.stop()


def _http(method, url, body=None, timeout=5.0):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method,
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        return resp.status, resp.read()


def wait_http_ok(server: Server, url: str, timeout: float):
    """Poll GET url until it answers 200."""
    deadline = time.monotonic() + timeout
    while True:
        server.check_alive()
        try:
            if _http("GET", url)[0] == 200:
                return
        except (urllib.error.URLError, OSError, ValueError):
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"{server.name}: no answer from {url} after {timeout:.0f} s; "
                               f"last lines of {server.log_path}:\n{server.log_tail()}")
        time.sleep(0.5)


def wait_rasa_ready(server: Server, base_url: str, probe_message: str, timeout: float) -> float:
    """Wait until GET / answers and the REST webhook replies (model loaded)."""
    started = time.monotonic()
    wait_http_ok(server, base_url + "/", timeout)
    deadline = started + timeout
    last = "no reply"
    n = 0
    while True:
        server.check_alive()
        n += 1
        try:
            status, body = _http("POST", base_url + "/webhooks/rest/webhook",
                                 {"sender": f"bench-ready-{os.getpid()}-{n}",
                                  "message": probe_message}, timeout=30)
            if status == 200 and isinstance(json.loads(body), list) and json.loads(body):
                ready_after = time.monotonic() - started
                print(f"{server.name}: ready after {ready_after:.1f} s", flush=True)
                return ready_after
            last = f"HTTP {status}: {body[:200]!r}"
        except (urllib.error.URLError, OSError, ValueError) as exc:
            last = repr(exc)
        if time.monotonic() > deadline:
            raise RuntimeError(
                f"{server.name}: the REST webhook gave no reply to {probe_message!r} within "
                f"{timeout:.0f} s (last: {last}); last lines of {server.log_path}:\n"
                f"{server.log_tail()}")
        time.sleep(1.0)
