"""axe-core (axe-playwright-python) finds no serious or critical problems, left to right and right to left."""
import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.webchat.chat_page import say

SERIOUS = {"serious", "critical"}


def serious_violations(page):
    results = Axe().run(page)
    return [(v["id"], v["impact"], [n["target"] for n in v["nodes"]])
            for v in results.response["violations"] if v["impact"] in SERIOUS]


@pytest.mark.parametrize("lang,direction", [("en", "ltr"), ("ur", "rtl")])
def test_no_serious_accessibility_violations(page, web_stack, artifacts, lang, direction):
    page.goto(f"{web_stack['page_url']}?lang={lang}")
    expect(page.locator("html")).to_have_attribute("lang", lang)
    expect(page.locator("html")).to_have_attribute("dir", direction)
    assert serious_violations(page) == []
    say(page, "hi")  # with a conversation and option buttons on the page too
    expect(page.locator("#chat-log .app-chat__options button").first).to_be_visible()
    assert serious_violations(page) == []
    page.screenshot(path=str(artifacts / f"webchat-{lang}.png"), full_page=True)


def test_keyboard_only_reporter_can_answer(page, web_stack):
    page.goto(web_stack["page_url"])
    page.locator("#message").focus()
    page.keyboard.type("hi")
    page.keyboard.press("Enter")
    option = page.locator("#chat-log .app-chat__options button").first
    expect(option).to_be_visible()
    option.focus()
    expect(option).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_role("log")).to_contain_text("safe right now")
