"""The dashboard in Debian's chromium (Playwright): an officer runs the life of a case the
bot created, on the real server (`python -m bot staff serve`, waitress) and a temp database.
axe-core finds no serious or critical problems on the pages; screenshots go to test-artifacts/."""
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from bot.cases.store import CaseStore
from bot.config import PROJECT_ROOT
from bot.staff import accounts
from tests.conftest import free_port
from tests.staff_web.conftest import PASSWORD, URDU, report

ARTIFACTS = PROJECT_ROOT / "test-artifacts"
SERIOUS = {"serious", "critical"}


def _answers(url):
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


@pytest.fixture(scope="module")
def dashboard(tmp_path_factory):
    if not (PROJECT_ROOT / "node_modules/govuk-frontend/dist/govuk").exists():
        pytest.fail("GOV.UK Frontend missing: run `make node_modules/.installed` (make test does it)")
    tmp = tmp_path_factory.mktemp("dashboard")
    database_url = f"sqlite:///{tmp / 'cases.db'}"
    store = CaseStore(database_url)
    officer = accounts.add_user(store, email="officer@stoke.example", name="Olu Officer", role="officer",
                                password=PASSWORD)
    accounts.add_user(store, email="manager@stoke.example", name="Tara Manager", role="team_manager",
                      password=PASSWORD)
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT), "DATABASE_URL": database_url,
           "STAFF_SECRET_KEY": "browser-test-secret-" + "y" * 40,
           "STAFF_BASE_URL": f"http://127.0.0.1:{port}"}
    log = open(tmp / "dashboard.log", "wb")
    proc = subprocess.Popen([sys.executable, "-m", "bot", "staff", "serve", "--port", str(port)],
                            cwd=PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while not _answers(f"{base}/health"):
            assert proc.poll() is None, (tmp / "dashboard.log").read_text()
            assert time.monotonic() < deadline, "the dashboard did not start"
            time.sleep(0.2)
        yield {"base": base, "store": store, "officer": officer}
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        store.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="en-GB")
    outside = []

    def route(route):
        if route.request.url.startswith(("http://127.0.0.1", "data:", "about:")):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    page = context.new_page()
    errors = []
    # A refused form is answered 400 on purpose; any other error (a CSP refusal, a missing asset) is not.
    page.on("console", lambda message: errors.append(message.text)
            if message.type == "error" and not message.text.startswith("Failed to load resource") else None)
    page.on("response", lambda response: errors.append(f"{response.status} {response.url}")
            if response.status >= 400 and response.request.resource_type != "document" else None)
    yield page
    context.close()
    assert not outside, f"the page made third-party requests: {outside}"
    assert not errors, f"console errors (CSP?): {errors}"


def serious_violations(page):
    results = Axe().run(page)
    return [(v["id"], v["impact"], [n["target"] for n in v["nodes"]])
            for v in results.response["violations"] if v["impact"] in SERIOUS]


def test_officer_runs_a_bot_created_case(page, dashboard):
    ARTIFACTS.mkdir(exist_ok=True)
    store = dashboard["store"]
    store.submit(report(hate_types=["race"]), channel="sms", language="en", sender_key="sms:+447700900001")
    newest = store.submit(report(consent_usah=True),
                          channel="sms", language="ur", sender_key="sms:+447700900002").reference

    page.goto(dashboard["base"] + "/")
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    assert serious_violations(page) == []
    page.get_by_label("Email address").fill("officer@stoke.example")
    page.get_by_label("Password", exact=True).fill("wrong password, twice over")
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("The email address or password is not right")
    page.get_by_label("Email address").fill("officer@stoke.example")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()

    expect(page.get_by_role("heading", name="Cases to work")).to_be_visible()
    expect(page.get_by_role("link", name="Sign out")).to_be_visible()
    expect(page.locator("#queue")).to_contain_text(newest)
    assert serious_violations(page) == []
    page.screenshot(path=str(ARTIFACTS / "staff-queue.png"), full_page=True)

    page.get_by_role("link", name=newest).click()
    expect(page.get_by_role("heading", name=newest)).to_be_visible()
    verbatim = page.locator("#verbatim span[lang=ur]")
    expect(verbatim).to_have_attribute("dir", "rtl")
    expect(verbatim).to_have_text(URDU)
    assert serious_violations(page) == []
    page.screenshot(path=str(ARTIFACTS / "staff-case.png"), full_page=True)

    page.get_by_label("Assign to").select_option(label="Olu Officer")
    page.get_by_role("button", name="Assign").click()
    expect(page.locator(".govuk-notification-banner--success")).to_contain_text("Case assigned")
    expect(page.locator(".govuk-summary-list").first).to_contain_text("Olu Officer")

    page.get_by_label("Phone").check()
    page.get_by_label("Note (optional)").fill("Called the victim; interpreter booked for Thursday")
    page.get_by_role("button", name="Log contact").click()
    expect(page.locator(".govuk-notification-banner--success")).to_contain_text("Contact logged")
    expect(page.get_by_text("Called the victim; interpreter booked for Thursday")).to_be_visible()

    close = page.locator("form[action$='/close']")
    close.get_by_label("Not motivated by hate").check()
    close.get_by_role("button", name="Close case").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter the explanation given to the victim")
    assert serious_violations(page) == []
    close = page.locator("form[action$='/close']")
    close.get_by_label("Resolved").check()
    close.get_by_role("button", name="Close case").click()
    expect(page.locator(".govuk-notification-banner--success")).to_contain_text("Case closed")
    expect(page.get_by_role("button", name="Reopen case")).to_be_visible()

    page.get_by_role("link", name="Queue", exact=True).click()
    expect(page.locator("#queue")).not_to_contain_text(newest)

    page.get_by_role("link", name="Performance").click()
    expect(page.get_by_role("heading", name="New cases by strand")).to_be_visible()
    assert serious_violations(page) == []
    page.screenshot(path=str(ARTIFACTS / "staff-performance.png"), full_page=True)

    page.get_by_role("link", name="Sign out").click()
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
