"""`python -m bot run`'s processes stop with it, however it is stopped."""
import os
import signal
import subprocess
import sys
import time

import pytest

from bot.config import PROJECT_ROOT

# A stack of one child (a sleeping process), started as run_forever starts its own.
PARENT = """
import sys, time
from bot.stack import Stack, stop_on_signals
stack = Stack({"child": [sys.executable, "-c", "import time; time.sleep(600)"]}, env=None)
stop_on_signals()
try:
    stack.start()
    print(stack.procs["child"].pid, flush=True)
    while True:
        time.sleep(0.1)
except KeyboardInterrupt:
    pass
finally:
    stack.stop()
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as stat:  # a zombie is gone, waiting to be reaped
        return stat.read().split(") ")[-1][0] != "Z"


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_the_children_stop_with_the_parent(signum):
    parent = subprocess.Popen([sys.executable, "-c", PARENT], cwd=PROJECT_ROOT, stdout=subprocess.PIPE,
                              env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}, text=True)
    child = int(parent.stdout.readline())
    assert _alive(child)
    parent.send_signal(signum)
    assert parent.wait(timeout=30) == 0
    deadline = time.monotonic() + 10
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(child)
