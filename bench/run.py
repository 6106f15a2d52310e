"""`make bench`: Veilleur's schedulers against llama-cpp-python and llama.cpp's
`llama-server`, written to docs/benchmarks.md.

    python -m bench.run [--tokens 128] [--levels 1,2,4,8,16] [--threads N]
                        [--compare-tokens 64] [--compare-rounds 3]

Only the sections between `<!-- bench:NAME:start -->` and `<!-- bench:NAME:end -->`
markers (`serving`, `compare`, `fairness`) are rewritten (bench/report.py); the
hand-written rest of the file is kept.

Scenarios, all on the default model with the same threads, prompts and HTTP client:
1. concurrency sweep: N simultaneous streaming /v1/completions (greedy, `--tokens` each)
   against `veilleur serve` (batched scheduler, then serial) and `python -m llama_cpp.server`;
2. single stream: Veilleur's decode rate against a bare `Llama.generate` loop in-process
   (three interleaved pairs, median ratio);
3. a 1,500-token prompt arriving while 4 streams run: their worst gap against their median;
4. prefix reuse: time to first token of a conversation's next turn, cached or not;
5. a profile of one llama_decode step against the number of sequences in the batch, and
   llama.cpp's own `llama-batched-bench` on the same context when it is installed
   (bench/peer.py);
6. fairness across users: a lone user's TTFT while another floods 50 requests, with fair
   scheduling and first come, first served (bench/fairness.py);
7. Veilleur against llama.cpp's C++ `llama-server` (`make bench-peer` installs it), and
   Veilleur with the safety checks and with the metrics on and off, interleaved rounds in
   the same run (bench/compare.py).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import platform
import shlex
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from bench import compare as peer_compare
from bench.fairness import fairness
from bench.fairness import report as fairness_report
from bench.load import PROMPTS, LevelStats, model_of, run_level, stream_completion
from bench.machine import cpu_name, usable_cores
from bench.peer import batched_bench, find_batched_bench
from bench.report import write_sections
from bench.servers import find_llama_server, llama_cpp_server, veilleur_server

ROOT = Path(__file__).resolve().parent.parent


def _machine() -> str:
    return (f"{cpu_name()}, {usable_cores()} usable cores, {platform.platform()}, "
            f"Python {platform.python_version()}")


def bare_loop_tps(model: Path, threads: int, tokens: int) -> float:
    """Decode tokens/s of a bare llama-cpp-python `Llama.generate` loop (greedy)."""
    import llama_cpp

    llama = llama_cpp.Llama(
        model_path=str(model), n_ctx=2048, n_threads=threads, n_threads_batch=threads, verbose=False
    )
    prompt = llama.tokenize(PROMPTS[0].encode(), add_bos=True, special=True)
    times = []
    for n, _ in enumerate(llama.generate(prompt, temp=0.0, top_k=1, reset=True)):
        times.append(time.perf_counter())
        if n + 1 >= tokens:
            break
    llama.close()
    return (len(times) - 1) / (times[-1] - times[0])


async def long_prompt_interference(base: str, tokens: int) -> dict[str, float]:
    """Four running streams; a 1,500-token prompt arrives; compare their gaps."""
    long_prompt = "The quick brown fox jumps over the lazy dog. " * 150  # about 1,500 tokens
    async with httpx.AsyncClient(base_url=base, timeout=600) as client:
        model = await model_of(client)
        body = {"model": model, "max_tokens": tokens, "temperature": 0.0}
        runners = [
            asyncio.create_task(stream_completion(client, {**body, "prompt": p}))
            for p in PROMPTS[:4]
        ]
        await asyncio.sleep(2.0)
        arrived = time.perf_counter()
        long = await stream_completion(client, {**body, "prompt": long_prompt, "max_tokens": 8})
        streams = await asyncio.gather(*runners)
    window = (arrived, arrived + (long.ttft or 0.0))
    during = [
        b - a
        for s in streams
        for a, b in zip(s.token_times, s.token_times[1:], strict=False)
        if window[0] <= b and a <= window[1]
    ]
    gaps = [g for s in streams for g in s.gaps]
    return {
        "median_gap": statistics.median(gaps),
        "worst_gap_during": max(during, default=0.0),
        "long_ttft": long.ttft or float("nan"),
        "n_during": len(during),
        "long_status": long.status,
    }


async def prefix_reuse(base: str, turns: int = 4) -> dict[str, float]:
    """TTFT of each next turn of one conversation, and of the same prompt with no reuse."""
    system = "You are a careful assistant for a library. " * 40
    questions = [
        "Where are the history books?",
        "And the novels?",
        "Can I borrow ten books?",
        "What are the opening hours?",
        "Is there a café?",
    ][:turns]
    messages: list[dict[str, str]] = [{"role": "system", "content": system}]
    cached, fresh = [], []
    async with httpx.AsyncClient(base_url=base, timeout=600) as client:
        model = await model_of(client)
        for i, question in enumerate(questions):
            messages.append({"role": "user", "content": question})
            body = {"model": model, "messages": messages, "max_tokens": 24, "temperature": 0.0}
            result = await stream_completion(client, body, "/v1/chat/completions")
            answer = await client.post("/v1/chat/completions", json=body)
            text = answer.json()["choices"][0]["message"]["content"]
            if i:
                cached.append(result.ttft or float("nan"))
                # The same conversation with a new first character each time: same length,
                # no prefix in any slot beyond the first token.
                other = [{"role": "system", "content": "QRSTUV"[i] + system[1:]}, *messages[1:]]
                miss = await stream_completion(
                    client, {**body, "messages": other}, "/v1/chat/completions"
                )
                fresh.append(miss.ttft or float("nan"))
            messages.append({"role": "assistant", "content": text})
    return {"ttft_reuse": statistics.median(cached), "ttft_no_reuse": statistics.median(fresh)}


def decode_profile(model: Path, threads: int, sizes: list[int]) -> list[dict[str, float]]:
    """CPU time of one llama_decode of k one-token sequences (the engine's context).

    Measured twice: with the logits of every row (a real decode step) and of one row only
    (the 262k-token output head computed once), which splits the step into the
    transformer body and the head. CPU time of the process, not wall time, so that
    another process on the machine does not count (`threads` 1 keeps them equal).
    """
    import llama_cpp

    from veilleur.engine.batched import BatchedLlamaCppBackend
    from veilleur.engine.scheduler import SchedulerConfig

    engine = BatchedLlamaCppBackend(
        model, config=SchedulerConfig(n_slots=max(sizes), n_ctx_slot=256), n_threads=threads
    )
    ctx, batch, mem = engine._ctx, engine._batch, engine._mem  # a profile may look inside
    rows = []
    for k in sizes:
        row: dict[str, float] = {"k": k}
        for name, outputs in (("decode_ms", k), ("body_ms", 1)):
            steps = []
            for rep in range(7):
                for i in range(k):
                    batch.token[i], batch.pos[i], batch.n_seq_id[i] = 2 + i, 0, 1
                    batch.seq_id[i][0], batch.logits[i] = i, int(i < outputs)
                batch.n_tokens = k
                started = time.process_time()
                assert llama_cpp.llama_decode(ctx, batch) == 0
                if rep:  # the first step of a shape builds its graph
                    steps.append(time.process_time() - started)
                llama_cpp.llama_memory_clear(mem, True)
            row[name] = 1000 * statistics.median(steps)
        rows.append(row)
    asyncio.run(engine.aclose())
    return rows


def _table(rows: list[dict[str, Any]]) -> str:
    head = (
        "| concurrency | aggregate tok/s | tokens/request (mean, min) | TTFT p50 / p95 (s) "
        "| ITL p50 / p95 (ms) | errors |"
    )
    lines = [head, "|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(
            f"| {r['concurrency']} | {r['agg_tps']:.1f} "
            f"| {r['tokens_mean']:.1f}, {r['tokens_min']} "
            f"| {r['ttft_p50']:.2f} / {r['ttft_p95']:.2f} | {1000 * r['itl_p50']:.0f} / "
            f"{1000 * r['itl_p95']:.0f} | {r['errors']} |"
        )
    return "\n".join(lines)


def _chart(results: dict[str, list[dict[str, Any]]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    for name, rows in results.items():
        xs = [r["concurrency"] for r in rows]
        left.plot(xs, [r["agg_tps"] for r in rows], marker="o", label=name)
        right.plot(xs, [1000 * r["itl_p95"] for r in rows], marker="o", label=name)
    for ax, title in ((left, "aggregate decode tokens/s"), (right, "p95 inter-token latency (ms)")):
        ax.set_xscale("log", base=2)
        ax.set_xlabel("concurrent streaming requests")
        ax.set_title(title)
        ax.grid(alpha=0.3)
        ax.legend()
    right.set_yscale("log")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)


def _shown(path: Path | None) -> str:
    """`path` relative to the repository when it is inside it."""
    if path is None:
        return "none"
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def _load() -> str:
    """The machine's load average, in words."""
    try:
        one, five, _ = Path("/proc/loadavg").read_text().split()[:3]
    except OSError:
        return "unknown"
    return f"load average {one} (1 min), {five} (5 min)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=128)
    parser.add_argument("--levels", default="1,2,4,8,16")
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    parser.add_argument("--skip-llama-cpp-server", action="store_true")
    parser.add_argument("--compare-tokens", type=int, default=64,
                        help="tokens per answer of the llama-server comparison")
    parser.add_argument("--compare-rounds", type=int, default=3)
    args = parser.parse_args()
    from veilleur.engine.llamacpp import usable_cores
    from veilleur.models import ensure_default_model

    threads = args.threads or usable_cores()
    levels = [int(x) for x in args.levels.split(",")]
    model = ensure_default_model(Path.home() / ".cache" / "veilleur" / "models")
    command = "python -m bench.run " + shlex.join(sys.argv[1:])
    date = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    results: dict[str, list[dict[str, Any]]] = {}

    def sweep(base: str) -> list[dict[str, Any]]:
        asyncio.run(run_level(base, 1, PROMPTS, 8))  # warm-up
        rows = []
        for n in levels:
            stats: LevelStats = asyncio.run(run_level(base, n, PROMPTS, args.tokens))
            rows.append(stats.row())
            print(f"  {n:>2} streams: {rows[-1]}", flush=True)
        return rows

    loads = [_load()]
    print("veilleur serve (batched)", flush=True)
    with veilleur_server(model, threads, "batched", slots=max(levels), n_ctx=2048) as base:
        results["Veilleur, batched"] = sweep(base)
        # Single stream against the bare loop: interleaved pairs while the server is idle,
        # so that both sides of each ratio see the same machine load; median of 3 pairs.
        pairs = []
        for _ in range(3):
            single = asyncio.run(run_level(base, 1, PROMPTS, args.tokens)).streams[0]
            ours = (len(single.token_times) - 1) / (single.token_times[-1] - single.token_times[0])
            pairs.append((ours, bare_loop_tps(model, threads, args.tokens)))
        print("  single vs bare", pairs, flush=True)
        single_ratio = statistics.median(o / b for o, b in pairs)
        veilleur_single = statistics.median(o for o, _ in pairs)
        bare = statistics.median(b for _, b in pairs)
        interference = asyncio.run(long_prompt_interference(base, 2 * args.tokens))
        print("  interference", interference, flush=True)
        reuse = asyncio.run(prefix_reuse(base))
        print("  prefix reuse", reuse, flush=True)
    loads.append(_load())
    print("veilleur serve (serial)", flush=True)
    with veilleur_server(model, threads, "serial", slots=1, n_ctx=2048) as base:
        results["Veilleur, serial"] = sweep(base)
    if not args.skip_llama_cpp_server:
        print("llama_cpp.server", flush=True)
        with llama_cpp_server(model, threads, n_ctx=2048) as base:
            results["llama_cpp.server"] = sweep(base)
    loads.append(_load())
    print("llama-server; Veilleur with safety and metrics on and off (bench/compare.py)",
          flush=True)
    binary = find_llama_server()
    compare_date = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    comparison = peer_compare.run(model, threads, levels=levels, tokens=args.compare_tokens,
                                  rounds=args.compare_rounds, slots=max(levels), n_ctx=2048,
                                  binary=binary)
    compared = peer_compare.section_of(
        comparison, args=[], date=compare_date, machine=_machine(), threads=threads,
        slots=max(levels), n_ctx=2048, model=model, binary=binary,
        command=f"{command} (the comparison: --compare-tokens {args.compare_tokens} "
                f"--compare-rounds {args.compare_rounds})")
    loads.append(_load())
    print("fairness across users (fair vs first come, first served)", flush=True)
    fair = fairness(model, threads, flood=50, tokens=8, reps=3)
    print(f"  lone user's TTFT {fair['fair_ttft']:.2f} s fair, {fair['fifo_ttft']:.2f} s FIFO",
          flush=True)
    loads.append(_load())
    profile = decode_profile(model, threads, [1, 2, 4, 8, 16])
    peer_binary = find_batched_bench()
    peer = batched_bench(peer_binary, model, threads, levels, 32) if peer_binary else {}
    print("  bare", bare, "profile", profile, "peer", peer, flush=True)
    loads.append(_load())
    chart = ROOT / "docs" / "img" / "bench-concurrency.png"
    _chart(results, chart)
    fair_section = fairness_report(fair, date=date, machine=_machine(),
                                   command=f"{command} (the fairness rounds)")
    write_sections(args.out, {"serving": _report(locals()), "compare": compared,
                              "fairness": fair_section})
    print(f"wrote {args.out}")


def _report(v: dict[str, Any]) -> str:
    results, args, reuse, inter, profile, peer = (
        v["results"],
        v["args"],
        v["reuse"],
        v["interference"],
        v["profile"],
        v["peer"],
    )
    nan = float("nan")
    ours = {r["concurrency"]: r for r in results["Veilleur, batched"]}
    serial = {r["concurrency"]: r for r in results["Veilleur, serial"]}
    theirs = {r["concurrency"]: r for r in results.get("llama_cpp.server", [])}
    one, eight = ours.get(1, {}).get("agg_tps", nan), ours.get(8, {}).get("agg_tps", nan)
    their8 = theirs.get(8, {}).get("agg_tps", nan)
    ratio_gap = inter["worst_gap_during"] / inter["median_gap"]
    single, bare, single_ratio = v["veilleur_single"], v["bare"], v["single_ratio"]
    min8 = ours.get(8, {}).get("tokens_min", "n/a")

    def met(ok: bool) -> str:
        return "yes" if ok else "no"

    out = [
        f"- **Date:** {v['date']}",
        f"- **Machine:** {_machine()}",
        f"- **Command:** `{v['command']}` (`make bench` runs `python -m bench.run`), "
        f"{v['threads']} thread(s), default model `{v['model'].name}`, greedy, "
        f"{args.tokens} tokens per request. Veilleur is `python -m veilleur.cli serve` with "
        f"`VEILLEUR_SCHEDULER=batched` ({max(v['levels'])} sequences of 2,048 tokens) and "
        "with `VEILLEUR_SCHEDULER=serial`; all three servers are driven by the same HTTP "
        "client (bench/load.py) in the same run.",
        f"- **Noise:** load at the start, after each server and at the end: "
        f"{'; '.join(v['loads'])}. Other processes shared the 2 cores during the run, so "
        "compare rows of one run with each other (ratios), not with another run.",
        "",
        "## Concurrent streaming requests",
        "",
        "![aggregate tokens/s and p95 inter-token latency](img/bench-concurrency.png)",
        "",
    ]
    for name, rows in results.items():
        out += [f"### {name}", "", _table(rows), ""]
    if peer:
        out += [
            "### The ceiling: llama.cpp's `llama-batched-bench`",
            "",
            f"Decode tokens/s (`S_TG`) of llama.cpp's own batched benchmark "
            f"(`{_shown(v['peer_binary'])}`, bench/peer.py), same model and "
            "threads, with the context our engine uses (`--no-repack -fa auto`, one KV stream "
            "per sequence), 32-token prompts:",
            "",
            "| sequences | " + " | ".join(str(k) for k in sorted(peer)) + " |",
            "|---|" + "---:|" * len(peer),
            "| decode tok/s | " + " | ".join(f"{peer[k]:.1f}" for k in sorted(peer)) + " |",
            "| × one sequence | "
            + " | ".join(f"{peer[k] / peer[min(peer)]:.2f}" for k in sorted(peer))
            + " |",
            "",
        ]
    out += [
        "## Targets",
        "",
        "| target | measured | met |",
        "|---|---|---|",
        f"| single stream ≥ 95% of a bare `Llama.generate` loop | {single:.1f} vs {bare:.1f} "
        f"tok/s (median of 3 interleaved pairs: {100 * single_ratio:.0f}%) "
        f"| {met(single_ratio >= 0.95)} |",
        f"| 8 streams: every request complete | min {min8} of {args.tokens} tokens "
        f"| {met(min8 == args.tokens)} |",
        f"| 8 streams ≥ 2× own single stream | {eight:.1f} vs {one:.1f} tok/s "
        f"({eight / one:.2f}×; serial scheduler at 8: "
        f"{serial.get(8, {}).get('agg_tps', nan):.1f}) | {met(eight >= 2 * one)} |",
        f"| 8 streams ≥ 3× `llama_cpp.server` | {eight:.1f} vs {their8:.1f} tok/s "
        f"({eight / their8:.2f}×) | {met(eight >= 3 * their8)} |",
        f"| 1,500-token prompt: worst gap < 3× median "
        f"| {1000 * inter['worst_gap_during']:.0f} ms vs median "
        f"{1000 * inter['median_gap']:.0f} ms "
        f"({ratio_gap:.1f}×; long prompt TTFT {inter['long_ttft']:.2f} s) | {met(ratio_gap < 3)} |",
        "",
        "## Prefix reuse",
        "",
        f"Next turn of a conversation with a ~400-token system prompt (median over turns 2–4): "
        f"TTFT **{reuse['ttft_reuse']:.3f} s** with the cached prefix against "
        f"**{reuse['ttft_no_reuse']:.3f} s** for a prompt of the same length that shares nothing.",
        "",
        "## Where a decode step goes",
        "",
        "CPU time of one `llama_decode` of k one-token sequences in the batched engine's "
        "context (median of 6, in-process): with the logits of all k rows (a real step), and "
        "with the logits of one row (the transformer body for k tokens plus one row of the "
        "output head). The difference is what the 262,144 × 640 output head costs for the "
        "k − 1 other rows.",
        "",
        "| k | step (ms) | body + 1 head row (ms) | head, other rows (ms) | tok/s |",
        "|---:|---:|---:|---:|---:|",
        *[
            f"| {r['k']} | {r['decode_ms']:.1f} | {r['body_ms']:.1f} "
            f"| {r['decode_ms'] - r['body_ms']:.1f} | {1000 * r['k'] / r['decode_ms']:.0f} |"
            for r in profile
        ],
        "",
    ]
    return "\n".join(out)


if __name__ == "__main__":
    main()
