"""Load generation over Rasa's REST channel, and the statistics of one run.

A run sends `conversations` scripted conversations, `concurrency` of them in flight at any
time; each conversation has a fresh sender id and sends its turns one after the other.
A turn's latency is the time from sending the request to having read the whole response.
A turn is an error when the HTTP status is not 200, the body is not a JSON list, the list is
empty (the bot said nothing) and the message is not in `may_be_silent`, or the request fails
or times out; a conversation stops at its first error (its remaining turns are not sent).
An empty reply to a message in `may_be_silent` is counted as `silent` and measured normally.
"""
import asyncio
import json
import statistics
import time
import uuid

import aiohttp

from . import channel_traffic


class Run:
    def __init__(self):
        self.latencies = []   # seconds, successful turns only
        self.turns = 0        # turns sent
        self.errors = 0
        self.silent = 0       # empty replies to messages allowed to get none
        self.error_samples = []
        self.elapsed = 0.0    # wall clock of the whole run, seconds

    def error(self, sender, message, what):
        self.errors += 1
        if len(self.error_samples) < 5:
            self.error_samples.append(f"{sender} {message!r}: {what}")


async def _conversation(session, url, sender, messages, run: Run, timeout, may_be_silent,
                        channel="rest", number=0):
    if channel != "rest":
        return await _channel_conversation(session, url, number, messages, run, timeout, channel)
    for message in messages:
        run.turns += 1
        started = time.perf_counter()
        try:
            async with session.post(url, json={"sender": sender, "message": message},
                                    timeout=aiohttp.ClientTimeout(total=timeout)) as resp:
                body = await resp.read()
                latency = time.perf_counter() - started
                if resp.status != 200:
                    run.error(sender, message, f"HTTP {resp.status} {body[:200]!r}")
                    return
            try:
                reply = json.loads(body)
            except ValueError:
                run.error(sender, message, f"not JSON: {body[:200]!r}")
                return
            if not isinstance(reply, list):
                run.error(sender, message, f"not a list: {body[:200]!r}")
                return
            if not reply:
                if message not in may_be_silent:
                    run.error(sender, message, "empty reply []")
                    return
                run.silent += 1
            run.latencies.append(latency)
        except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
            run.error(sender, message, f"{type(exc).__name__}: {exc}")
            return


async def _channel_conversation(session, base_url, number, messages, run: Run, timeout, channel):
    """One conversation through the SMS or Telegram channel (bench/channel_traffic.py)."""
    for message in messages:
        run.turns += 1
        kwargs = channel_traffic.request(channel, number, message)
        started = time.perf_counter()
        try:
            async with session.post(base_url + kwargs.pop("path"), **kwargs,
                                    timeout=aiohttp.ClientTimeout(total=timeout)) as resp:
                body = await resp.read()
                latency = time.perf_counter() - started
            if resp.status != 200 or not channel_traffic.answered(channel, body):
                run.error(number, message, f"HTTP {resp.status} {body[:200]!r}")
                return
            run.latencies.append(latency)
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as exc:
            run.error(number, message, f"{type(exc).__name__}: {exc}")
            return


async def drive(base_url, scripts, conversations, concurrency, label, timeout=60.0,
                may_be_silent=frozenset(), channel="rest") -> Run:
    url = base_url + "/webhooks/rest/webhook" if channel == "rest" else base_url
    run = Run()
    queue = asyncio.Queue()
    for i in range(conversations):
        queue.put_nowait(scripts[i % len(scripts)])
    tag = uuid.uuid4().hex[:8]
    counter = iter(range(conversations))

    async def worker(session):
        while True:
            try:
                messages = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            number = next(counter)
            sender = f"bench-{label}-{tag}-{number}"
            # SMS numbers and Telegram chat ids: unique per run and conversation.
            unique = int(tag, 16) % 10_000 * 100_000 + number
            await _conversation(session, url, sender, messages, run, timeout, may_be_silent,
                                channel, unique)

    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:
        started = time.perf_counter()
        await asyncio.gather(*(worker(session) for _ in range(min(concurrency, conversations))))
        run.elapsed = time.perf_counter() - started
    return run


def summarise(run: Run, conversations, concurrency) -> dict:
    lat = sorted(run.latencies)
    ok = len(lat)

    def ms(x):
        return round(x * 1000, 1) if x is not None else None

    median = statistics.median(lat) if lat else None
    p95 = statistics.quantiles(lat, n=100, method="inclusive")[94] if ok >= 2 else (lat[0] if lat else None)
    return {
        "concurrency": concurrency,
        "conversations": conversations,
        "turns": run.turns,
        "errors": run.errors,
        "silent": run.silent,
        "turns_per_s": round(ok / run.elapsed, 2) if run.elapsed else None,
        "median_ms": ms(median),
        "p95_ms": ms(p95),
        "mean_ms": ms(statistics.fmean(lat)) if lat else None,
        "max_ms": ms(lat[-1]) if lat else None,
        "elapsed_s": round(run.elapsed, 2),
        "error_samples": run.error_samples,
    }
