"""Unicode direction isolates for right-to-left languages on plain-text channels.

In an Arabic-script message, "0330 0881 339" or "HC-2026-00042" is laid out right to left
group by group ("339 0881 0330"), and a URL's punctuation jumps to the wrong end. Wrapping
each such run in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE (Unicode UAX #9) makes
the phone show it as one left-to-right unit. The web chat sets dir="rtl" on its page and
needs none of this. Hand-written because no maintained library wraps these particular
runs: python-bidi reorders text for display, which is the phone's job, not ours.
"""
import re

from bot.language.codes import RIGHT_TO_LEFT

FSI = "\u2068"
PDI = "\u2069"

RTL_LANGUAGES = RIGHT_TO_LEFT
# Output channel names (Rasa's `OutputChannel.name()`) of the web chat, whose page does its
# own direction handling. Every other channel (SMS, Telegram, REST) gets isolates.
WEB_CHANNELS = frozenset({"webchat", "socketio"})

# One alternation, so a run matched by an earlier kind is never wrapped again by a later one.
_RUNS = re.compile(
    r"(?P<url>(?:https?://|www\.)[^\s<>\"]+[^\s<>\".,;:!?)\]،؛۔])"
    r"|(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
    r"|(?P<reference>\bHC-(?:\d{4}-\d+)?)"
    r"|(?P<postcode>\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b)"
    r"|(?P<phone>(?<![\w+])\+?\(?\d[\d ()\-]*\d(?!\w))",
    re.IGNORECASE,
)
# Fewer digits than this is a count, an option number or "999": a single digit run
# already reads the same in either direction.
_PHONE_MIN_DIGITS = 5


def _wrap(match: re.Match) -> str:
    text = match.group(0)
    if match.lastgroup == "phone":
        digits = sum(ch.isdigit() for ch in text)
        if digits < _PHONE_MIN_DIGITS:
            return text
    return f"{FSI}{text}{PDI}"


def isolate(text: str) -> str:
    """`text` with phone numbers, references, postcodes, URLs and emails isolated."""
    if FSI in text:  # already done (a response rendered twice must not nest isolates)
        return text
    return _RUNS.sub(_wrap, text)


def needs_isolates(language: str | None, output_channel: str | None) -> bool:
    return language in RTL_LANGUAGES and (output_channel or "") not in WEB_CHANNELS


def for_channel(text: str, language: str | None, output_channel: str | None) -> str:
    """`text` as it should be sent to `output_channel` in a conversation in `language`."""
    return isolate(text) if needs_isolates(language, output_channel) else text
