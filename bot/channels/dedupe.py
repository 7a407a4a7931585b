"""Replayed deliveries (same Twilio MessageSid, same Telegram update_id) are handled once.

In-process and bounded: enough for retries, which come within minutes. With more than
one Rasa worker, use a shared store (Redis) instead; one worker is the default.
"""
import threading
import time
from collections import OrderedDict
from typing import Hashable


class SeenIds:
    """Remembers the last `capacity` ids for `ttl` seconds."""

    def __init__(self, capacity: int = 10_000, ttl: float = 24 * 3600):
        self.capacity, self.ttl = capacity, ttl
        self._seen: "OrderedDict[Hashable, float]" = OrderedDict()
        self._lock = threading.Lock()

    def first_time(self, key: Hashable) -> bool:
        """Record `key`; True only the first time it is seen (within the ttl)."""
        now = time.monotonic()
        with self._lock:
            self._expire(now)
            if key in self._seen:
                return False
            self._seen[key] = now
            while len(self._seen) > self.capacity:
                self._seen.popitem(last=False)
            return True

    def forget(self, key: Hashable) -> None:
        """Let a delivery that failed before processing be retried."""
        with self._lock:
            self._seen.pop(key, None)

    def _expire(self, now: float) -> None:
        while self._seen:
            key, seen_at = next(iter(self._seen.items()))
            if now - seen_at < self.ttl:
                break
            self._seen.popitem(last=False)
