"""The page itself: what a reporter sees before typing anything, in English and in Urdu."""
from playwright.sync_api import expect

from tests.webchat.chat_page import say


def test_page_shows_service_exit_and_emergency_numbers(page, web_stack, artifacts):
    response = page.goto(web_stack["page_url"])
    csp = response.headers["content-security-policy"]
    assert "default-src 'self'" in csp
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_text("Stoke-on-Trent City Council").first).to_be_visible()
    expect(page.get_by_role("link", name="Report a hate incident")).to_be_visible()
    expect(page.get_by_role("button", name="Exit this page")).to_be_visible()
    expect(page.get_by_text("automated assistant", exact=False)).to_be_visible()
    emergency = page.locator("#emergency-numbers")
    for number in ("999", "18000", "101"):
        expect(emergency).to_contain_text(number)
    expect(page.get_by_label("Your message")).to_be_visible()
    expect(page.get_by_role("log")).to_have_attribute("aria-live", "polite")
    page.screenshot(path=str(artifacts / "webchat-en.png"), full_page=True)


def test_changing_language_keeps_the_conversation(page, web_stack):
    page.goto(web_stack["page_url"])
    say(page, "hi")
    page.get_by_label("Language").select_option("ur")
    page.get_by_role("button", name="Change language").click()
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("html")).to_have_attribute("lang", "ur")
    expect(page.get_by_role("log")).to_contain_text("automated assistant")  # still on screen
    with page.expect_request(lambda r: r.url.endswith("/message")) as sent:
        say(page, "I want to report something")
    assert sent.value.post_data_json["language"] == "ur"


def test_language_chosen_before_starting_is_sent_with_messages(page, web_stack):
    page.goto(web_stack["page_url"])
    page.get_by_label("Language").select_option("pl")
    page.get_by_role("button", name="Change language").click()
    expect(page.locator("html")).to_have_attribute("lang", "pl")
    expect(page.locator("html")).to_have_attribute("dir", "ltr")
    with page.expect_request(lambda r: r.url.endswith("/message")) as sent:
        say(page, "hello")
    assert sent.value.post_data_json["language"] == "pl"


def test_on_a_phone_the_numbers_stay_beside_the_input(browser, web_stack, artifacts):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    try:
        page.goto(web_stack["page_url"])
        for _ in range(3):
            say(page, "hi")  # a conversation long enough to scroll
        page.get_by_label("Your message").focus()
        expect(page.locator("#emergency-inline")).to_be_in_viewport()
        expect(page.locator("#emergency-inline")).to_contain_text("999")
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        page.screenshot(path=str(artifacts / "webchat-phone.png"), full_page=False)
    finally:
        context.close()
