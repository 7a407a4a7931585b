"""Exit this page: by the button or Shift three times, the page is left and nothing stays behind."""
import pytest
from playwright.sync_api import expect

from tests.webchat.chat_page import say
from tests.webchat.conftest import EXIT_SITE

SECRET_WORDS = "My neighbour shouted at me"


def start_conversation(page, web_stack):
    page.goto(web_stack["page_url"])
    say(page, SECRET_WORDS)
    expect(page.get_by_role("log")).to_contain_text(SECRET_WORDS)
    # Whatever might have been kept in this origin's storage by then must go on exit too.
    page.evaluate("sessionStorage.setItem('probe', '1'); localStorage.setItem('probe', '1')")


def assert_nothing_left(page, web_stack):
    assert page.url.startswith(EXIT_SITE)
    page.go_back()
    assert not page.url.startswith(web_stack["page_url"]), "Back returned to the chat"
    assert SECRET_WORDS not in page.content()
    # Opening the chat again in the same tab: a fresh page, and empty storage for its origin.
    page.goto(web_stack["page_url"])
    expect(page.get_by_role("log")).not_to_contain_text(SECRET_WORDS)
    assert page.evaluate("sessionStorage.length + localStorage.length") == 0
    assert page.context.cookies() == []


@pytest.mark.parametrize("how", ["button", "shift"])
def test_quick_exit_leaves_and_clears(page, web_stack, how):
    start_conversation(page, web_stack)
    with page.expect_navigation(url=f"{EXIT_SITE}**"):
        if how == "button":
            page.get_by_role("button", name="Exit this page").click()
        else:
            page.locator("body").click(position={"x": 5, "y": 5})
            for _ in range(3):
                page.keyboard.press("Shift")
    assert_nothing_left(page, web_stack)
