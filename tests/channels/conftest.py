"""A real Rasa server with the project's model and channels (test secrets), stand-in APIs."""
import pytest

from bot.config import PROJECT_ROOT
from bot.stack import HOST, Ports, Stack, child_env, commands
from tests.channels.clients import (API_TOKEN, MODEL, PUBLIC_BASE, TELEGRAM_SECRET, TELEGRAM_TOKEN,
                                    TWILIO_TOKEN, Phone, TelegramChat)
from tests.channels.standins import TelegramApi
from tests.conftest import free_port


@pytest.fixture(scope="session")
def telegram_api():
    with TelegramApi(TELEGRAM_TOKEN) as api:
        yield api


@pytest.fixture(scope="session")
def channel_stack(tmp_path_factory, telegram_api):
    if not MODEL.exists():
        pytest.fail("no trained model: run `make train` (make test does it first)")
    tmp = tmp_path_factory.mktemp("channels")
    ports = Ports(rasa=free_port(), actions=free_port())
    endpoints = tmp / "endpoints.yml"
    endpoints.write_text(f'action_endpoint:\n  url: "http://{HOST}:{ports.actions}/webhook"\n')
    database_url = f"sqlite:///{tmp / 'cases.db'}"
    cmds = commands(MODEL, ports, endpoints, PROJECT_ROOT / "credentials.yml")
    # The HTTP API only to read trackers in assertions (what a message did to the conversation).
    cmds["rasa"] += ["--enable-api", "--auth-token", API_TOKEN]
    env = child_env({
        "DATABASE_URL": database_url, "PUBLIC_BASE_URL": PUBLIC_BASE, "TWILIO_AUTH_TOKEN": TWILIO_TOKEN,
        "TELEGRAM_BOT_TOKEN": TELEGRAM_TOKEN, "TELEGRAM_WEBHOOK_SECRET": TELEGRAM_SECRET,
        "TELEGRAM_API_BASE_URL": telegram_api.base_url,
    })
    with Stack(cmds, env, log_dir=tmp) as stack:
        base = f"http://{HOST}:{ports.rasa}"
        stack.wait_ready([f"http://{HOST}:{ports.actions}/health", f"{base}/"])
        yield {"base_url": base, "database_url": database_url, "log_dir": tmp}


@pytest.fixture
def phone(channel_stack):
    return Phone(channel_stack["base_url"])


@pytest.fixture
def telegram_chat(channel_stack, telegram_api):
    return TelegramChat(channel_stack["base_url"], telegram_api)
