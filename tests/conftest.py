import os
import socket

import pytest

os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def anyport():
    return free_port()
