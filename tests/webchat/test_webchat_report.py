"""A reporter completes a report on the web chat page in chromium; the case is in the queue."""
import re

from playwright.sync_api import expect

from bot.cases import CaseStore
from tests.webchat.chat_page import choose, say

REFERENCE = re.compile(r"HC-\d{4}-\d{5}")

# (how the reporter answers: typed text or an option button's title, what should be asked next)
REPORT = [
    (("click", "Yes"), "what happened"),
    (("type", "My neighbour wrote racist graffiti on my door and shouted at my kids"), "who did this happen to"),
    (("click", "It happened to me"), "anonymous"),
    (("click", "No"), "what name"),
    (("type", "Amira Khan"), "phone number or email"),
    (("type", "07400 123456"), "when is it safe"),
    (("type", "weekdays after 5pm"), "leave you messages"),
    (("click", "Texts only"), "interpreter"),
    (("type", "no"), "access needs"),
    (("type", "no"), "why do you think"),
    (("type", "1 2"), "when did it happen"),
    (("type", "last night"), "where did it happen"),
    (("type", "12 Trent Road, Bentilee"), "postcode"),
    (("type", "ST2 0AB"), "what kind of place"),
    (("click", "A council home"), "who did it"),
    (("type", "1"), "describe them"),
    (("type", "the man at number 14, about 40"), "did any of these happen"),
    (("type", "3 4"), "affected you"),
    (("type", "skip"), "evidence"),
    (("type", "1"), "already reported this to the police"),
    (("click", "No"), "what would help"),
    (("type", "2 3"), "share your report with staffordshire police"),
    (("click", "Yes"), "usah"),
    (("click", "Yes"), "more vulnerable"),
    (("type", "no"), "here is your report"),
]


def answer(page, how: str, value: str) -> str:
    return choose(page, value) if how == "click" else say(page, value)


def test_report_made_on_the_page_reaches_the_queue(page, web_stack):
    page.goto(web_stack["page_url"])
    assert "automated assistant" in say(page, "hi").lower()
    assert "are you safe right now" in say(page, "I'd like to report something").lower()
    for (how, value), next_question in REPORT:
        reply = answer(page, how, value)
        assert next_question in reply.lower(), (value, reply)
    assert "racist graffiti" in reply

    # Before sending, the reporter can get a copy of the summary the assistant showed.
    page.get_by_role("button", name="Get a copy of my report summary").click()
    copy = page.locator("#summary-copy")
    expect(copy).to_be_visible()
    expect(copy).to_contain_text("racist graffiti")
    expect(copy).to_contain_text("ST2 0AB")

    reply = choose(page, "Send it")
    reference = REFERENCE.search(reply).group(0)
    assert "999" in reply and "0330 0881 339" in reply
    expect(page.get_by_role("log")).to_contain_text(reference)

    case = next(c for c in CaseStore(web_stack["database_url"]).export() if c["reference"] == reference)
    assert case["channel"] == "webchat"
    assert case["description"] == "My neighbour wrote racist graffiti on my door and shouted at my kids"
    assert case["hate_types"] == ["race", "religion"]
    assert case["postcode"] == "ST2 0AB"
    assert case["consent_police"] is True and case["consent_usah"] is True
    # Nothing of the conversation was written to the browser's storage.
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0
    assert page.context.cookies() == []
