"""STOP / START / HELP as Twilio's Advanced Opt-Out handles them for UK numbers.

Twilio itself answers the opt-out and opt-in keywords and blocks sending to a number that
sent STOP; the assistant records the opt-out too, stays silent to that number until it
opts back in, and answers HELP with its own short help (999, the council's number).
A keyword is the whole message, in any case, as Twilio matches it.

The opt-out record is in-process (lost on restart, when Twilio's own block still holds);
with several Rasa workers keep it in Redis or the database instead.
"""
import threading
from typing import Optional, Set

OPT_OUT = frozenset({"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"})
OPT_IN = frozenset({"START", "UNSTOP"})
OPT_IN_WHEN_OPTED_OUT = frozenset({"YES"})  # Twilio's opt-in word, but also an ordinary answer
HELP = frozenset({"HELP", "INFO"})


def keyword(body: str) -> Optional[str]:
    """"stop", "start", "help" or None for an ordinary message."""
    word = (body or "").strip().rstrip(".!").upper()
    if word in OPT_OUT:
        return "stop"
    if word in OPT_IN:
        return "start"
    if word in HELP:
        return "help"
    if word in OPT_IN_WHEN_OPTED_OUT:
        return "yes"
    return None


class OptOuts:
    def __init__(self) -> None:
        self._numbers: Set[str] = set()
        self._lock = threading.Lock()

    def stop(self, number: str) -> None:
        with self._lock:
            self._numbers.add(number)

    def start(self, number: str) -> None:
        with self._lock:
            self._numbers.discard(number)

    def opted_out(self, number: str) -> bool:
        with self._lock:
            return number in self._numbers
