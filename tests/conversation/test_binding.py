"""Rasa and the action server listen on the loopback interface only (a proxy faces the internet)."""
import re
from pathlib import Path

import pytest

PROC_TCP = [Path("/proc/net/tcp"), Path("/proc/net/tcp6")]
LISTEN = "0A"
LOOPBACK = {"0100007F", "00000000000000000000000001000000"}


def listening_addresses(port: int):
    for table in PROC_TCP:
        if not table.exists():
            continue
        for line in table.read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == LISTEN and int(hex_port, 16) == port:
                yield address


def test_rasa_and_actions_listen_on_loopback_only(live_stack):
    if not PROC_TCP[0].exists():
        pytest.skip("no /proc/net/tcp on this system")
    rasa_port = int(live_stack["base_url"].rsplit(":", 1)[1])
    actions_port = int(re.search(r":(\d+)/webhook", live_stack["endpoints"].read_text()).group(1))
    for port in (rasa_port, actions_port):
        addresses = set(listening_addresses(port))
        assert addresses and addresses <= LOOPBACK, (port, addresses)
