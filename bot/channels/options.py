"""Buttons on channels without buttons, and choices mapped on the server.

A button's payload is never taken from the client: the channel keeps the options it last
offered to each sender, and a reply ("2" by SMS, an opaque callback id on Telegram) only
selects one of them. In-process and bounded (least recently used senders are dropped);
with several Rasa workers put this in Redis instead.
"""
import re
import secrets
import threading
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Sequence

from bot.i18n import gettext_for

_NUMBER = re.compile(r"\d+")  # \d matches decimal digits of every script
_SINGLE_CHOICE = re.compile(r"^\s*(\d{1,2})\s*[.)]?\s*$")


@dataclass(frozen=True)
class Option:
    token: str  # opaque id handed to the client (Telegram callback_data)
    title: str
    payload: str  # what Rasa receives when this option is chosen


def ascii_number(digits: str) -> int:
    """A number written in any script's digits: "٢" (Arabic-Indic), "۲" (Persian), "2"."""
    return int("".join(str(unicodedata.decimal(c)) for c in digits))


def choice_number(text: str) -> Optional[int]:
    """The option number when the whole reply is one number ("2", "2.", " ۲ "), else None."""
    match = _SINGLE_CHOICE.match(text or "")
    return ascii_number(match.group(1)) if match else None


def lists_numbers(text: str, count: int) -> bool:
    """True when the text already names options 1..count (the domain's responses do)."""
    present = {ascii_number(n) for n in _NUMBER.findall(text or "") if len(n) <= 2}
    return count > 0 and set(range(1, count + 1)) <= present


def numbered_text(text: str, buttons: Sequence[Dict[str, Any]], lang: Optional[str]) -> str:
    """Text with "Reply 1 for Yes, 2 for No" added, unless it already lists the numbers."""
    if not buttons or lists_numbers(text, len(buttons)):
        return text
    _ = gettext_for(lang)
    choices = [_("%(number)d for %(option)s") % {"number": i, "option": b.get("title", "")}
               for i, b in enumerate(buttons, start=1)]
    line = _("Reply %(choices)s.") % {"choices": _(", ").join(choices)}
    return f"{text}\n{line}" if text else line


class OfferedOptions:
    """The buttons each sender was last offered, for at most `capacity` senders."""

    def __init__(self, capacity: int = 50_000):
        self.capacity = capacity
        self._by_sender: "OrderedDict[str, List[Option]]" = OrderedDict()
        self._lock = threading.Lock()

    def offer(self, sender: str, buttons: Sequence[Dict[str, Any]]) -> List[Option]:
        """Remember `buttons` as this sender's current options (none clears them)."""
        options = [Option(secrets.token_urlsafe(12), str(b.get("title", "")), str(b.get("payload", "")))
                   for b in buttons]
        with self._lock:
            self._by_sender.pop(sender, None)
            if options:
                self._by_sender[sender] = options
                while len(self._by_sender) > self.capacity:
                    self._by_sender.popitem(last=False)
        return options

    def by_number(self, sender: str, number: int) -> Optional[Option]:
        with self._lock:
            options = self._by_sender.get(sender, [])
        return options[number - 1] if 1 <= number <= len(options) else None

    def by_token(self, sender: str, token: str) -> Optional[Option]:
        with self._lock:
            options = self._by_sender.get(sender, [])
        # compare_digest: the token is a capability; do not leak its prefix by timing.
        return next((o for o in options if secrets.compare_digest(o.token, token)), None)
