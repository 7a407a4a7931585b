"""Benchmark our assistant against Rasa's stock moodbot: `python -m bench` (`make bench`).

The two bots run one after the other, never at the same time, so they do not compete for
the machine's cores. Each is measured one conversation at a time and with --concurrency
conversations at once, after a warm-up that is not counted. Results: a table on stdout,
var/bench/results.json and var/bench/results.md. Exit status 1 when a measured turn failed
or a bot could not be started; 0 otherwise (also when ours is skipped for want of a model).
"""
import argparse
import asyncio
import atexit
import datetime
import json
import os
import platform
import re
import signal
import sys
from pathlib import Path

import yaml

from . import channel_traffic, conversations, driver, model_costs, moodbot, processes

ROOT = Path(__file__).resolve().parent.parent


def parse_args(argv=None):
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--bots", choices=["both", "moodbot", "ours"], default="both",
                   help="which bots to measure (default both)")
    p.add_argument("--conversations", type=int, default=30,
                   help="conversations measured one at a time (default 30)")
    p.add_argument("--concurrency", type=int, default=20,
                   help="conversations in flight at once in the concurrent run (default 20)")
    p.add_argument("--concurrent-conversations", type=int, default=100,
                   help="conversations in the concurrent run (default 100)")
    p.add_argument("--warmup", type=int, default=5,
                   help="conversations sent first and not counted (default 5)")
    p.add_argument("--ours-model", default="models/hatebot.tar.gz",
                   help="our model (default models/hatebot.tar.gz; skipped if missing)")
    p.add_argument("--ours-credentials", default="credentials.yml",
                   help="credentials for our Rasa server (default credentials.yml)")
    p.add_argument("--ours-endpoints", default="endpoints.yml",
                   help="endpoints file copied for our server, action_endpoint replaced "
                        "(default endpoints.yml; optional)")
    p.add_argument("--ours-conversations", choices=["OURS", "MOODBOT"], default="OURS",
                   help="which list in bench/conversations.py to send to ours (default OURS)")
    p.add_argument("--channels", default="sms,telegram",
                   help="our channels measured beside REST, comma-separated: sms, telegram, "
                        "or none (default sms,telegram)")
    p.add_argument("--no-action-server", action="store_true",
                   help="do not start our action server (e.g. when --ours-model is the moodbot)")
    p.add_argument("--moodbot-dir", default="var/bench/moodbot")
    p.add_argument("--moodbot-port", type=int, default=5106)
    p.add_argument("--ours-port", type=int, default=5105)
    p.add_argument("--actions-port", type=int, default=5155)
    p.add_argument("--ready-timeout", type=float, default=300,
                   help="seconds to wait for a server to be ready (default 300)")
    p.add_argument("--request-timeout", type=float, default=60,
                   help="seconds before a turn counts as an error (default 60)")
    p.add_argument("--out-dir", default="var/bench", help="results and logs (default var/bench)")
    args = p.parse_args(argv)
    for name in ("conversations", "concurrency", "concurrent_conversations"):
        if getattr(args, name) < 1:
            p.error(f"--{name.replace('_', '-')} must be at least 1")
    return args


def path(p) -> Path:
    p = Path(p)
    return p if p.is_absolute() else ROOT / p


def count_log_errors(*servers) -> int:
    n = 0
    for s in servers:
        try:
            n += len(re.findall(r"^.*\bERROR\b", s.log_path.read_text(errors="replace"), re.M))
        except OSError:
            pass
    return n


def measure(name, base_url, scripts, may_be_silent, servers, args, channel="rest") -> dict:
    """Warm up, then measure one bot at both concurrency levels."""
    load = os.getloadavg()[0]
    result = {"bot": name, "runs": [], "load_avg_1min_before": round(load, 2)}
    if load > 0.7:
        print(f"{name}: WARNING the machine is busy (1-minute load average {load:.2f} before "
              f"measuring); other work on the cores skews the figures", flush=True)
    warm = asyncio.run(driver.drive(base_url, scripts, args.warmup, 1, f"{name}-warmup",
                                    args.request_timeout, may_be_silent, channel)) if args.warmup else None
    if warm and warm.errors:
        print(f"{name}: WARNING {warm.errors} errors during warm-up: {warm.error_samples}")
    for concurrency, n in ((1, args.conversations),
                           (args.concurrency, args.concurrent_conversations)):
        print(f"{name}: {n} conversations, {concurrency} at a time ...", flush=True)
        run = asyncio.run(driver.drive(base_url, scripts, n, concurrency,
                                       f"{name}-c{concurrency}", args.request_timeout,
                                       may_be_silent, channel))
        row = driver.summarise(run, n, concurrency)
        print(f"{name}:   {row['turns']} turns, {row['errors']} errors, {row['silent']} silent, "
              f"{row['turns_per_s']} turns/s, median {row['median_ms']} ms, "
              f"p95 {row['p95_ms']} ms", flush=True)
        for sample in row["error_samples"]:
            print(f"{name}:   error: {sample}")
        result["runs"].append(row)
    result["server_log_errors"] = count_log_errors(*servers)
    if result["server_log_errors"]:
        print(f"{name}: WARNING {result['server_log_errors']} ERROR lines in the server logs "
              f"({', '.join(str(s.log_path) for s in servers)})")
    return result


def bench_moodbot(args, logs: Path) -> dict:
    directory = moodbot.prepare(path(args.moodbot_dir), logs)
    base = f"http://127.0.0.1:{args.moodbot_port}"
    rasa = processes.Server(
        "moodbot rasa",
        [processes.rasa_executable(), "run", "--model", str(directory / "models"),
         "--port", str(args.moodbot_port), "--interface", "127.0.0.1",
         "--credentials", str(directory / "credentials.yml")],
        cwd=directory, env=processes.child_env(), log_path=logs / "moodbot-rasa.log",
        port=args.moodbot_port)
    try:
        rasa.start()
        processes.wait_rasa_ready(rasa, base, conversations.MOODBOT[0][0], args.ready_timeout)
        return measure("moodbot", base, conversations.MOODBOT,
                       conversations.MOODBOT_MAY_BE_SILENT, [rasa], args)
    finally:
        rasa.stop()


def write_endpoints(args, out: Path) -> Path:
    """Copy the project's endpoints (if any) with the action endpoint on our bench port."""
    source = path(args.ours_endpoints)
    data = {}
    if source.exists():
        data = yaml.safe_load(source.read_text()) or {}
    action = data.get("action_endpoint") or {}
    action["url"] = f"http://127.0.0.1:{args.actions_port}/webhook"
    data["action_endpoint"] = action
    target = out / "endpoints.yml"
    target.write_text(f"# Written by `python -m bench` from {source} "
                      f"({'found' if source.exists() else 'missing'}); do not edit.\n"
                      + yaml.safe_dump(data, sort_keys=False))
    return target


def bench_ours(args, logs: Path, out: Path) -> dict:
    model, credentials = path(args.ours_model), path(args.ours_credentials)
    for what, p in (("model", model), ("credentials", credentials)):
        if not p.exists():
            reason = (f"our {what} {p} does not exist"
                      + (" (train it with `make train`)" if what == "model" else ""))
            print(f"ours: SKIPPED: {reason}")
            return {"bot": "ours", "skipped": reason, "runs": []}
    scripts = getattr(conversations, args.ours_conversations)
    may_be_silent = getattr(conversations, args.ours_conversations + "_MAY_BE_SILENT")
    endpoints = write_endpoints(args, out)
    channels = [c for c in args.channels.split(",") if c in channel_traffic.CHANNELS]
    sink = channel_traffic.TelegramSink()  # a free port
    env = processes.child_env(PYTHONPATH=str(ROOT),
                              DATABASE_URL=f"sqlite:///{(out / 'cases.db').resolve()}",
                              **channel_traffic.channel_env(sink.base_url))
    base = f"http://127.0.0.1:{args.ours_port}"
    servers = []
    try:
        if not args.no_action_server:
            actions = processes.Server(
                "ours actions",
                [processes.rasa_executable(), "run", "actions", "--port", str(args.actions_port),
                 "--actions", "actions"],
                cwd=ROOT, env=env, log_path=logs / "ours-actions.log", port=args.actions_port)
            servers.append(actions.start())
            processes.wait_http_ok(actions, f"http://127.0.0.1:{args.actions_port}/health",
                                   args.ready_timeout)
        rasa = processes.Server(
            "ours rasa",
            [processes.rasa_executable(), "run", "--model", str(model),
             "--port", str(args.ours_port), "--interface", "127.0.0.1",
             "--credentials", str(credentials), "--endpoints", str(endpoints)],
            cwd=ROOT, env=env, log_path=logs / "ours-rasa.log", port=args.ours_port)
        servers.append(rasa.start())
        load_s = processes.wait_rasa_ready(rasa, base, scripts[0][0], args.ready_timeout)
        result = measure("ours", base, scripts, may_be_silent, servers, args)
        result.update(model=str(model), model_load_s=round(load_s, 1))
        # Whole reports (only when measuring our own conversations, not a stand-in's).
        reports = ([dict(measure("ours-report", base, conversations.OURS_REPORT,
                                 conversations.OURS_REPORT_MAY_BE_SILENT, servers, args), model=str(model))]
                   if args.ours_conversations == "OURS" else [])
        # Whole reports through the SMS and Telegram channels, beside REST.
        by_channel = [dict(measure(f"ours-report-{c}", base, conversations.OURS_REPORT,
                                   conversations.OURS_REPORT_MAY_BE_SILENT, servers, args, c),
                           model=str(model)) for c in channels] if reports else []
        return [result] + reports + by_channel
    finally:
        sink.stop()
        for s in reversed(servers):
            s.stop()


def ratios(results) -> list:
    by_bot = {r["bot"]: {run["concurrency"]: run for run in r["runs"]} for r in results}
    out = []
    for c, ours in sorted(by_bot.get("ours", {}).items()):
        mood = by_bot.get("moodbot", {}).get(c)
        if not mood:
            continue
        div = lambda a, b: round(a / b, 2) if a is not None and b else None  # noqa: E731
        out.append({"concurrency": c,
                    "turns_per_s": div(ours["turns_per_s"], mood["turns_per_s"]),
                    "median": div(ours["median_ms"], mood["median_ms"]),
                    "p95": div(ours["p95_ms"], mood["p95_ms"])})
    return out


COLUMNS = [("bot", "bot"), ("concurrency", "concurrency"), ("conversations", "conversations"),
           ("turns", "turns"), ("errors", "errors"), ("silent", "silent"), ("turns/s", "turns_per_s"),
           ("median ms", "median_ms"), ("p95 ms", "p95_ms")]
RATIO_NOTE = ("ours/moodbot: turns/s above 1 means ours handles more turns per second (better); "
              "median and p95 below 1 mean ours answers faster (better).")


def rows(results):
    for r in results:
        for run in r["runs"]:
            yield [r["bot"]] + [run[key] for _, key in COLUMNS[1:]]
        if not r["runs"]:
            yield [r["bot"], r.get("skipped") and "skipped" or "failed"] + [""] * (len(COLUMNS) - 2)


def text_report(results, ratio_rows, notes) -> str:
    table = [[h for h, _ in COLUMNS]] + [[str(x) for x in row] for row in rows(results)]
    widths = [max(len(row[i]) for row in table) for i in range(len(COLUMNS))]
    lines = ["  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths)))
             for row in table]
    lines.insert(1, "  ".join("-" * w for w in widths))
    if ratio_rows:
        lines += ["", "ours/moodbot   concurrency  turns/s (higher better)  median (lower better)"
                      "  p95 (lower better)"]
        for r in ratio_rows:
            lines.append(f"{'':14} {r['concurrency']:>11}  {r['turns_per_s']!s:>23}  "
                         f"{r['median']!s:>21}  {r['p95']!s:>18}")
    return "\n".join(lines + [""] + notes)


def markdown_report(results, ratio_rows, notes, meta) -> str:
    lines = [f"Benchmark of {meta['date']} on {meta['cpus']} cores ({meta['platform']}, "
             f"Rasa {meta['rasa']}):", "",
             "| " + " | ".join(h for h, _ in COLUMNS) + " |",
             "|" + "|".join("---" if i == 0 else "---:" for i in range(len(COLUMNS))) + "|"]
    lines += ["| " + " | ".join(str(x) for x in row) + " |" for row in rows(results)]
    if ratio_rows:
        lines += ["", "| ours/moodbot at concurrency | turns/s (higher is better) | "
                      "median latency (lower is better) | p95 latency (lower is better) |",
                  "|---:|---:|---:|---:|"]
        lines += [f"| {r['concurrency']} | {r['turns_per_s']} | {r['median']} | {r['p95']} |"
                  for r in ratio_rows]
    return "\n".join(lines + [""] + notes) + "\n"


def main(argv=None) -> int:
    args = parse_args(argv)
    out = path(args.out_dir)
    logs = out / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    atexit.register(processes.stop_all)
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, lambda signum, frame: sys.exit(128 + signum))

    print("The bots are measured one after the other, never at the same time, "
          "so they do not compete for the cores.", flush=True)
    results = []
    try:
        for name in ("moodbot", "ours"):
            if args.bots not in ("both", name):
                continue
            try:
                result = (bench_moodbot(args, logs) if name == "moodbot"
                          else bench_ours(args, logs, out))
                results.extend(result if isinstance(result, list) else [result])
            except RuntimeError as exc:
                print(f"{name}: FAILED: {exc}", file=sys.stderr)
                results.append({"bot": name, "failed": str(exc), "runs": []})
    finally:
        processes.stop_all()

    import rasa
    meta = {"date": datetime.datetime.now().isoformat(timespec="seconds"),
            "cpus": os.cpu_count(), "platform": platform.platform(),
            "python": platform.python_version(), "rasa": rasa.__version__}
    errors = sum(run["errors"] for r in results for run in r["runs"])
    failed = [r["bot"] for r in results if r.get("failed")]
    skipped = [f"{r['bot']}: {r['skipped']}" for r in results if r.get("skipped")]
    notes = [
        "The bots ran one after the other (never at the same time) over Rasa's REST channel, "
        "each as one Rasa process (one Sanic worker).",
        f"Each conversation has a fresh sender id and sends its turns in sequence; "
        f"{args.warmup} warm-up conversations per bot were not counted. Latency is from "
        f"request to complete response; turns/s counts answered turns over the run's wall "
        f"clock.",
        "silent: empty replies to messages the bot is known to have no answer for "
        "(bench/conversations.py, *_MAY_BE_SILENT; the stock moodbot falls back silently on "
        "the last two turns); they are measured, not errors. Any other empty reply is an error.",
        RATIO_NOTE,
    ] + [f"Skipped {s}." for s in skipped] + [f"FAILED: {b} (see the log above)." for b in failed]
    if errors:
        notes.append(f"INVALID RUN: {errors} turns failed (HTTP error, timeout or empty reply).")
    ours = next((r for r in results if r["bot"] == "ours" and r.get("runs")), None)
    if ours:
        meta["model"] = model_costs.report(path(ours["model"]), out, ours.get("model_load_s"))
        notes.append("Our model: trained from scratch in {training_s} s, {model_mb} MB on disk, "
                     "loaded and answering {model_load_s} s after Rasa started.".format(**meta["model"]))
    ratio_rows = ratios(results)
    print()
    print(text_report(results, ratio_rows, notes))
    (out / "results.json").write_text(json.dumps(
        {"meta": meta, "settings": vars(args), "results": results, "ratios_ours_over_moodbot":
         ratio_rows, "notes": notes, "valid": not errors and not failed}, indent=2) + "\n")
    (out / "results.md").write_text(markdown_report(results, ratio_rows, notes, meta))
    print(f"\nWrote {out / 'results.json'} and {out / 'results.md'}")
    return 1 if errors or failed else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        processes.stop_all()
        print("interrupted; every server the benchmark started has been stopped", file=sys.stderr)
        sys.exit(130)
