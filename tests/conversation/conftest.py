"""The real stack: Rasa and the action server as processes, on free ports and a fresh database."""
import os
from pathlib import Path

import pytest
import requests

from bot.config import PROJECT_ROOT
from bot.stack import HOST, Ports, Stack, child_env, commands
from tests.conftest import free_port

MODEL = PROJECT_ROOT / "models" / "hatebot.tar.gz"
# Tests' own encryption key (cases and conversations), never a developer's var/case.key;
# the stack gets the same one as this process, which reads the cases back.
TEST_KEY = os.environ.setdefault("CASE_ENCRYPTION_KEY", "bGl2ZS1zdGFjay10ZXN0LWtleS1saXZlLXN0YWNrLXQ=")


class Conversation:
    """One reporter talking through Rasa's REST channel."""

    def __init__(self, base_url: str, sender: str):
        self.url = f"{base_url}/webhooks/rest/webhook"
        self.sender = sender

    def say(self, text: str) -> str:
        response = requests.post(self.url, json={"sender": self.sender, "message": text}, timeout=60)
        response.raise_for_status()
        return "\n".join(m.get("text", "") for m in response.json())


@pytest.fixture(scope="session")
def live_stack(tmp_path_factory):
    if not MODEL.exists():
        pytest.fail("no trained model: run `make train` (make test does it first)")
    tmp = tmp_path_factory.mktemp("stack")
    ports = Ports(rasa=free_port(), actions=free_port())
    endpoints = tmp / "endpoints.yml"
    endpoints.write_text(f'action_endpoint:\n  url: "http://{HOST}:{ports.actions}/webhook"\n'
                         "nlg:\n  type: bot.nlg.LocalisedNLG\n"
                         "tracker_store:\n  type: bot.tracker_store.EncryptedSQLTrackerStore\n")
    database_url = f"sqlite:///{tmp / 'cases.db'}"
    stack = Stack(
        commands(MODEL, ports, endpoints, PROJECT_ROOT / "credentials.yml"),
        # Debug logging asked for, as an operator chasing a fault would: test_logs.py checks
        # that the reporter's words still stay out of the logs.
        child_env({"DATABASE_URL": database_url, "CASE_ENCRYPTION_KEY": TEST_KEY,
                   "LOG_LEVEL": "DEBUG"}), log_dir=tmp,
    )
    with stack:
        stack.wait_ready([f"http://{HOST}:{ports.actions}/health", f"http://{HOST}:{ports.rasa}/"])
        yield {"base_url": f"http://{HOST}:{ports.rasa}", "database_url": database_url,
               "endpoints": endpoints, "log_dir": tmp}


@pytest.fixture
def conversation(live_stack, request):
    return Conversation(live_stack["base_url"], f"test-{request.node.name}-{id(request)}")
