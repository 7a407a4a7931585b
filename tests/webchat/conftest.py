"""The web chat in a real browser: Debian's chromium driven by Playwright, against the real stack."""
import os
from pathlib import Path

import pytest
import yaml

from bot.config import PROJECT_ROOT
from bot.stack import HOST, Ports, Stack, child_env, commands
from tests.conftest import free_port

MODEL = PROJECT_ROOT / "models" / "hatebot.tar.gz"
ARTIFACTS = PROJECT_ROOT / "test-artifacts"
# One encryption key for the stack and for this process reading its cases (whichever test
# package set it first), never a developer's var/case.key.
TEST_KEY = os.environ.setdefault("CASE_ENCRYPTION_KEY", "d2ViY2hhdC10ZXN0LWtleS13ZWJjaGF0LXRlc3Qta2U=")
EXIT_SITE = "https://www.bbc.co.uk/weather"
# Only the web chat and REST channels: the page's tests should not depend on how the SMS or
# Telegram channels are configured (test_webchat_channel.py checks credentials.yml lists it).
CREDENTIALS = "rest:\nbot.channels.webchat.WebchatInput:\n"


@pytest.fixture(scope="session")
def web_stack(tmp_path_factory):
    if not MODEL.exists():
        pytest.fail("no trained model: run `make train` (make test does it first)")
    built = PROJECT_ROOT / "bot/channels/webchat_static/build/webchat.css"
    if not (PROJECT_ROOT / "node_modules/govuk-frontend").exists() or not built.exists():
        pytest.fail("web chat assets missing: run `make node_modules/.installed` (make test does it)")
    tmp = tmp_path_factory.mktemp("webstack")
    ports = Ports(rasa=free_port(), actions=free_port())
    # The project's endpoints (NLG, tracker store, ...) with the action server on its test port.
    config = yaml.safe_load((PROJECT_ROOT / "endpoints.yml").read_text()) or {}
    config["action_endpoint"] = {"url": f"http://{HOST}:{ports.actions}/webhook"}
    endpoints = tmp / "endpoints.yml"
    endpoints.write_text(yaml.safe_dump(config))
    credentials = tmp / "credentials.yml"
    credentials.write_text(CREDENTIALS)
    database_url = f"sqlite:///{tmp / 'cases.db'}"
    stack = Stack(commands(MODEL, ports, endpoints, credentials),
                  child_env({"DATABASE_URL": database_url, "WEBCHAT_SECRET": "test-secret-for-the-web-chat",
                             "CASE_ENCRYPTION_KEY": TEST_KEY}),
                  log_dir=tmp)
    with stack:
        stack.wait_ready([f"http://{HOST}:{ports.actions}/health", f"http://{HOST}:{ports.rasa}/"])
        base = f"http://{HOST}:{ports.rasa}"
        yield {"base_url": base, "page_url": f"{base}/webhooks/webchat/",
               "database_url": database_url, "log_dir": tmp}


@pytest.fixture
def page(browser):
    """A fresh browser context per test; the exit site (not reachable here) is a local stand-in,
    and any other request leaving the machine fails the test."""
    context = browser.new_context(locale="en-GB")
    outside = []

    def route(route):
        url = route.request.url
        if url.startswith(EXIT_SITE):
            route.fulfill(status=200, content_type="text/html",
                          body="<!doctype html><html lang=en><title>Weather</title><h1>Weather</h1></html>")
        elif url.startswith(("http://127.0.0.1", "data:", "about:")):
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    context.route("**/*", route)
    page = context.new_page()
    yield page
    context.close()
    assert not outside, f"the page made third-party requests: {outside}"


@pytest.fixture(scope="session")
def artifacts():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
