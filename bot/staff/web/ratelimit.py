"""Sign-in rate limiting: at most MAX_FAILURES failed sign-ins per email and IP address
in WINDOW; further attempts are refused without checking the password.

Kept in the process, not the database: the dashboard runs as one waitress process (many
threads, hence the lock), and keeping emails and IP addresses (personal data) out of a
table means nothing to purge or encrypt. The cost, accepted: a restart forgets the counts,
and several dashboard processes would each count on their own. Keys are digests, so the
memory never holds the email or the address either. Hand-written because Flask-Limiter
would bring a new dependency tree for one counter.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import threading
from collections import defaultdict, deque
from typing import Callable, Deque, Dict

MAX_FAILURES = 5
WINDOW = dt.timedelta(minutes=15)
MAX_KEYS = 100_000  # bounds memory under a flood of distinct emails


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class SignInLimiter:
    def __init__(self, max_failures: int = MAX_FAILURES, window: dt.timedelta = WINDOW,
                 clock: Callable[[], dt.datetime] = _utcnow):
        self.max_failures, self.window, self.clock = max_failures, window, clock
        self._failures: Dict[str, Deque[dt.datetime]] = defaultdict(deque)
        self._lock = threading.Lock()

    @staticmethod
    def key(email: str, ip: str) -> str:
        raw = f"{(email or '').strip().lower()}\x00{ip or ''}".encode("utf-8", "replace")
        return hashlib.sha256(raw).hexdigest()

    def _recent(self, key: str, now: dt.datetime) -> Deque[dt.datetime]:
        times = self._failures[key]
        while times and now - times[0] >= self.window:
            times.popleft()
        return times

    def blocked(self, email: str, ip: str) -> bool:
        with self._lock:
            return len(self._recent(self.key(email, ip), self.clock())) >= self.max_failures

    def failed(self, email: str, ip: str) -> None:
        now = self.clock()
        with self._lock:
            if len(self._failures) >= MAX_KEYS:
                self._forget_old(now)
            self._recent(self.key(email, ip), now).append(now)

    def succeeded(self, email: str, ip: str) -> None:
        with self._lock:
            self._failures.pop(self.key(email, ip), None)

    def _forget_old(self, now: dt.datetime) -> None:
        for key in [k for k, times in self._failures.items() if not self._recent(k, now)]:
            del self._failures[key]
        if len(self._failures) >= MAX_KEYS:  # still full: a flood; start again rather than grow
            self._failures.clear()
