"""Talking to the web chat page as a reporter does: typing, pressing Enter, clicking options."""
from typing import List

BOT_MESSAGES = "#chat-log .app-chat__message--bot"


def _replied_after(page, count: int) -> List[str]:
    page.wait_for_function(
        "n => document.querySelectorAll('#chat-log .app-chat__message--bot').length > n"
        " && document.getElementById('chat-status').textContent === ''",
        arg=count,
    )
    return page.locator(BOT_MESSAGES).all_inner_texts()[count:]


def say(page, text: str) -> str:
    page.wait_for_selector('#chat[data-ready="true"]', state="attached")
    count = page.locator(BOT_MESSAGES).count()
    page.locator("#message").fill(text)  # labelled "Your message" in the page's language
    page.keyboard.press("Enter")
    return "\n".join(_replied_after(page, count))


def choose(page, title: str) -> str:
    count = page.locator(BOT_MESSAGES).count()
    options = page.locator("#chat-log .app-chat__options button:enabled", has_text=title)
    assert options.count(), f"no option {title!r} offered; the chat shows:\n{page.locator('#chat-log').inner_text()}"
    options.last.click()
    return "\n".join(_replied_after(page, count))
