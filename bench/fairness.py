"""Fairness across users: a lone user's time to first token while another floods the server.

    python -m bench.fairness [--flood 50] [--tokens 8] [--reps 3] [--slots 4] [--write]

Two real `veilleur serve` processes on the default model (batched scheduler, `--slots`
sequences), each with the same two users and API keys: one with fair scheduling (the
default) and one with `VEILLEUR_FAIR_SCHEDULING=false` (first come, first served). User A
has no quota (overrides null) and sends `--flood` streaming completions at once; once
they have all reached the engine (its `/metrics` say so: busy slots + queue = flood),
user B sends one. B's TTFT is measured on both servers, rounds interleaved, `--reps`
times; the ratio is FIFO over fair. `make bench` runs it (bench.run); `--write` puts the
section into docs/benchmarks.md by itself.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import platform
import re
import shlex
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import httpx

from bench.load import PROMPTS, model_of, stream_completion
from bench.machine import cpu_name, usable_cores
from bench.report import write_sections
from bench.servers import veilleur_server

__all__ = ["fairness", "report"]

ROOT = Path(__file__).resolve().parent.parent
_MODES = {"fair": "true", "fifo": "false"}


def _users(data_dir: Path) -> dict[str, str]:
    """Users A (no quota) and B (the defaults) in a new store; their API keys."""
    from veilleur.accounts.service import AccountService
    from veilleur.config import Settings
    from veilleur.store.db import open_database

    settings = Settings(data_dir=data_dir)
    engine, sessions = open_database(settings.resolved_database_url)
    try:
        accounts = AccountService(sessions, settings.accounts)
        keys = {}
        for name in ("flooder", "loner"):
            user = accounts.create_user(name, password=f"{name} bench passphrase 1234")
            if name == "flooder":
                accounts.set_quotas(user.id, {"requests_per_minute": None,
                                              "tokens_per_day": None,
                                              "concurrent_generations": None})
            keys[name] = accounts.create_key(user.id, name="bench", expires_at=None)[1]
        return keys
    finally:
        engine.dispose()


async def _engine_holds(client: httpx.AsyncClient, n: int, timeout: float = 120.0) -> float:
    """Wait until busy slots + waiting requests reach `n` (seconds waited)."""
    began = time.perf_counter()
    while time.perf_counter() - began < timeout:
        text = (await client.get("/metrics")).text
        values = dict(re.findall(r"^veilleur_(busy_slots|queue_depth) (\S+)$", text, re.M))
        if sum(float(v) for v in values.values()) >= n:
            break
        await asyncio.sleep(0.02)
    return time.perf_counter() - began


async def one_round(base: str, keys: dict[str, str], flood: int, tokens: int
                    ) -> dict[str, Any]:
    """A floods, then B asks once: B's TTFT, how A's requests ended, and B's TTFT for the
    same request once the server is idle again (the floor: HTTP, quota, safety check)."""
    a = httpx.AsyncClient(base_url=base, timeout=600,
                          headers={"Authorization": f"Bearer {keys['flooder']}"},
                          limits=httpx.Limits(max_connections=flood + 4))
    b = httpx.AsyncClient(base_url=base, timeout=600,
                          headers={"Authorization": f"Bearer {keys['loner']}"})
    async with a, b:
        model = await model_of(a)
        body = {"model": model, "max_tokens": tokens, "temperature": 0.0}
        runners = [asyncio.create_task(stream_completion(
            a, {**body, "prompt": PROMPTS[i % len(PROMPTS)]})) for i in range(flood)]
        waited = await _engine_holds(a, flood)
        lone = await stream_completion(b, {**body, "prompt": PROMPTS[-1]})
        streams = await asyncio.gather(*runners)
        alone = await stream_completion(b, {**body, "prompt": PROMPTS[-1]})  # idle server
    flood_ttfts = sorted(s.ttft for s in streams if s.ttft is not None)
    # A's requests that started answering while B waited: how many went ahead of it (a
    # count of requests, which the machine's load does not change as it changes times).
    b_first = lone.token_times[0] if lone.token_times else float("inf")
    ahead = sum(1 for s in streams if s.token_times and lone.sent < s.token_times[0] < b_first)
    return {
        "ahead": ahead,
        "ttft_b": lone.ttft if lone.ttft is not None else float("nan"),
        "b_status": lone.status,
        "b_error": lone.error,
        "ttft_b_alone": alone.ttft if alone.ttft is not None else float("nan"),
        "flood_ok": sum(s.status == 200 and bool(s.token_times) for s in streams),
        "flood_ttft_median": statistics.median(flood_ttfts) if flood_ttfts else float("nan"),
        "flood_ttft_max": flood_ttfts[-1] if flood_ttfts else float("nan"),
        "waited": waited,
    }


def fairness(model: Path, threads: int, *, flood: int = 50, tokens: int = 8, reps: int = 3,
             slots: int = 4) -> dict[str, Any]:
    """Both servers up at once, rounds interleaved (fair, FIFO, fair, …)."""
    rounds: dict[str, list[dict[str, Any]]] = {mode: [] for mode in _MODES}
    with ExitStack() as stack:
        bases, keys = {}, {}
        for mode, fair in _MODES.items():
            data = Path(tempfile.mkdtemp(prefix=f"veilleur-bench-fair-{mode}-"))
            keys[mode] = _users(data)
            bases[mode] = stack.enter_context(veilleur_server(
                model, threads, "batched", slots=slots, n_ctx=2048,
                env={"VEILLEUR_DATA_DIR": str(data), "VEILLEUR_FAIR_SCHEDULING": fair,
                     "VEILLEUR_MAX_QUEUE": str(flood + 8)}))
        for mode in _MODES:  # warm-up: the first request of a server pays for lazy work
            asyncio.run(one_round(bases[mode], keys[mode], 2, 2))
        for rep in range(reps):
            for mode in _MODES:
                result = asyncio.run(one_round(bases[mode], keys[mode], flood, tokens))
                rounds[mode].append(result)
                print(f"  round {rep + 1} {mode}: {result}", flush=True)
    fair_ttft = statistics.median(r["ttft_b"] for r in rounds["fair"])
    fifo_ttft = statistics.median(r["ttft_b"] for r in rounds["fifo"])
    return {"flood": flood, "tokens": tokens, "reps": reps, "slots": slots,
            "rounds": rounds, "fair_ttft": fair_ttft, "fifo_ttft": fifo_ttft,
            "ratio": fifo_ttft / fair_ttft if fair_ttft else float("nan")}


def report(result: dict[str, Any], *, date: str, machine: str, command: str) -> str:
    """The docs/benchmarks.md section of a `fairness` result."""
    rows = []
    for mode, label in (("fair", "fair (default)"), ("fifo", "first come, first served")):
        rounds = result["rounds"][mode]
        each = ", ".join(f"{r['ttft_b']:.2f}" for r in rounds)
        rows.append(
            f"| {label} | {each} "
            f"| **{statistics.median(r['ttft_b'] for r in rounds):.2f}** "
            f"| {', '.join(str(r['ahead']) for r in rounds)} "
            f"| {statistics.median(r['ttft_b_alone'] for r in rounds):.2f} "
            f"| {statistics.median(r['flood_ttft_median'] for r in rounds):.2f} / "
            f"{statistics.median(r['flood_ttft_max'] for r in rounds):.2f} "
            f"| {min(r['flood_ok'] for r in rounds)} of {result['flood']} |")
    return "\n".join([
        "## Fairness across users",
        "",
        f"- **Date:** {date}; **machine:** {machine}.",
        f"- **Command:** `{command}` (also part of `make bench`): two batched servers "
        f"({result['slots']} slots, default model, safety checks on) up at once, the same "
        "two users on each; one with fair scheduling (the default), one with "
        "`VEILLEUR_FAIR_SCHEDULING=false`. User A (no quota) sends "
        f"{result['flood']} streaming completions of {result['tokens']} tokens at once; once "
        "the engine holds them all (busy slots + queue, read from `/metrics`), user B sends "
        f"one. {result['reps']} rounds per server, interleaved.",
        "",
        "| scheduling | B's TTFT per round (s) | B's TTFT, median (s) "
        "| A's requests served ahead of B, per round | B alone on the idle server, "
        "median (s) | A's TTFT median / max (s) | A's requests answered |",
        "|---|---|---:|---|---:|---:|---:|",
        *rows,
        "",
        f"B's first token came **{result['ratio']:.1f}×** sooner with fair scheduling "
        f"({result['fair_ttft']:.2f} s against {result['fifo_ttft']:.2f} s, medians). The "
        "times swing with the load of a shared machine; the count of A's requests served "
        "ahead of B does not. With fairness "
        "B takes the first slot that frees after it arrives (the tenant holding the fewest "
        "slots goes first); without, it waits behind all of A's queued requests. Fairness "
        "does not preempt: B still waits for one of A's running requests to end, so its "
        "wait is bounded by one request's length, not by the queue's.",
        "",
    ])


def _machine() -> str:
    try:
        load = Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        load = "?"
    return (f"{cpu_name()}, {usable_cores()} usable cores (shared with other "
            f"jobs; load average {load} at the start), {platform.system()} "
            f"{platform.release()}, Python {platform.python_version()}")


def write_section(path: Path, section: str) -> None:
    """Replace (or append) the fairness section of docs/benchmarks.md: the text between
    its `bench:fairness` markers (bench/report.py), nothing else."""
    write_sections(path, {"fairness": section})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flood", type=int, default=50)
    parser.add_argument("--tokens", type=int, default=8)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--slots", type=int, default=4)
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--write", action="store_true",
                        help="put the section into docs/benchmarks.md")
    args = parser.parse_args()
    from veilleur.engine.llamacpp import usable_cores
    from veilleur.models import ensure_default_model

    machine = _machine()
    model = ensure_default_model(Path.home() / ".cache" / "veilleur" / "models")
    began = time.perf_counter()
    result = fairness(model, args.threads or usable_cores(), flood=args.flood,
                      tokens=args.tokens, reps=args.reps, slots=args.slots)
    date = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    section = report(result, date=date, machine=machine,
                     command="python -m bench.fairness " + shlex.join(sys.argv[1:]))
    print(section)
    print(f"({time.perf_counter() - began:.0f} s)")
    if args.write:
        write_section(ROOT / "docs" / "benchmarks.md", section)


if __name__ == "__main__":
    main()
