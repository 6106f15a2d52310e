"""`make bench`: Veilleur's batched engine against llama-cpp-python, written to docs/benchmarks.md.

    python -m bench.run [--tokens 128] [--levels 1,2,4,8,16] [--threads N]

Scenarios, all on the default model with the same threads, prompts and HTTP client:
1. concurrency sweep: N simultaneous streaming /v1/completions (greedy, `--tokens` each)
   against `veilleur serve` and `python -m llama_cpp.server`;
2. single stream: Veilleur's decode rate against a bare `Llama.generate` loop in-process;
3. a 1,500-token prompt arriving while 4 streams run: their worst gap against their median;
4. prefix reuse: time to first token of a conversation's next turn, cached or not;
5. a profile of one llama_decode step against the number of sequences in the batch.
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

from bench.load import LevelStats, model_of, run_level, stream_completion
from bench.servers import llama_cpp_server, veilleur_server, veilleur_uses_cli

ROOT = Path(__file__).resolve().parent.parent
PROMPTS = [
    "Write a long story about a lighthouse keeper who finds a message in a bottle.",
    "Explain in detail how a steam engine works, step by step.",
    "Describe a walk through Paris on a rainy autumn day.",
    "Write a detailed recipe for a vegetable lasagna, with every step.",
    "Tell the history of the printing press and its effects on Europe.",
    "Write a letter from a sailor to his family during a long voyage.",
    "Describe the life cycle of a star, from nebula to remnant.",
    "Write a guide for a beginner who wants to learn to play the guitar.",
]


def _machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import os

    cores = len(os.sched_getaffinity(0))
    return f"{cpu}, {cores} usable cores, {platform.platform()}, Python {platform.python_version()}"


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
    """Time of one llama_decode step and of greedy sampling for k one-token sequences."""
    import llama_cpp

    from veilleur.engine.batched import BatchedLlamaCppBackend
    from veilleur.engine.scheduler import SchedulerConfig

    engine = BatchedLlamaCppBackend(
        model, config=SchedulerConfig(n_slots=max(sizes), n_ctx_slot=256), n_threads=threads
    )
    ctx, batch, mem = engine._ctx, engine._batch, engine._mem  # a profile may look inside
    sampler = llama_cpp.llama_sampler_init_greedy()
    rows = []
    for k in sizes:
        steps, samples = [], []
        for rep in range(6):
            for i in range(k):
                batch.token[i], batch.pos[i], batch.n_seq_id[i] = 2 + i, 0, 1
                batch.seq_id[i][0], batch.logits[i] = i, 1
            batch.n_tokens = k
            started = time.perf_counter()
            assert llama_cpp.llama_decode(ctx, batch) == 0
            decoded = time.perf_counter()
            for i in range(k):
                llama_cpp.llama_sampler_sample(sampler, ctx, i)
            if rep:  # the first step of a shape builds its graph
                steps.append(decoded - started)
                samples.append(time.perf_counter() - decoded)
            llama_cpp.llama_memory_clear(mem, True)
        rows.append(
            {
                "k": k,
                "decode_ms": 1000 * statistics.median(steps),
                "sample_ms": 1000 * statistics.median(samples),
            }
        )
    llama_cpp.llama_sampler_free(sampler)
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
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=128)
    parser.add_argument("--levels", default="1,2,4,8,16")
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    parser.add_argument("--skip-llama-cpp-server", action="store_true")
    args = parser.parse_args()
    from veilleur.engine.llamacpp import usable_cores
    from veilleur.engine.models import ensure_default_model

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

    print("veilleur serve", flush=True)
    with veilleur_server(model, threads, slots=max(levels), n_ctx=2048) as base:
        results["Veilleur"] = sweep(base)
        single = asyncio.run(run_level(base, 1, PROMPTS, args.tokens)).streams[0]
        veilleur_single = (len(single.token_times) - 1) / (
            single.token_times[-1] - single.token_times[0]
        )
        interference = asyncio.run(long_prompt_interference(base, 2 * args.tokens))
        print("  interference", interference, flush=True)
        reuse = asyncio.run(prefix_reuse(base))
        print("  prefix reuse", reuse, flush=True)
    if not args.skip_llama_cpp_server:
        print("llama_cpp.server", flush=True)
        with llama_cpp_server(model, threads, n_ctx=2048) as base:
            results["llama_cpp.server"] = sweep(base)
    bare = bare_loop_tps(model, threads, args.tokens)
    profile = decode_profile(model, threads, [1, 2, 4, 8, 16])
    print("  bare", bare, "profile", profile, flush=True)
    chart = ROOT / "docs" / "img" / "bench-concurrency.png"
    _chart(results, chart)
    args.out.write_text(_report(locals()))
    print(f"wrote {args.out}")


def _report(v: dict[str, Any]) -> str:
    results, args, reuse, inter, profile = (
        v["results"],
        v["args"],
        v["reuse"],
        v["interference"],
        v["profile"],
    )
    ours = {r["concurrency"]: r for r in results["Veilleur"]}
    theirs = {r["concurrency"]: r for r in results.get("llama_cpp.server", [])}
    one = ours.get(1, {}).get("agg_tps", float("nan"))
    eight = ours.get(8, {}).get("agg_tps", float("nan"))
    their8 = theirs.get(8, {}).get("agg_tps", float("nan"))
    ratio_gap = inter["worst_gap_during"] / inter["median_gap"]
    served = (
        "`veilleur serve`"
        if veilleur_uses_cli()
        else "`bench/serve_batched.py` (the Veilleur app with the batched backend)"
    )
    single, bare = v["veilleur_single"], v["bare"]
    min8 = ours.get(8, {}).get("tokens_min", "n/a")

    def met(ok: bool) -> str:
        return "yes" if ok else "no"

    out = [
        "# Benchmarks",
        "",
        f"- **Date:** {v['date']}",
        f"- **Machine:** {_machine()}",
        f"- **Command:** `{v['command']}` (`make bench`), {v['threads']} threads, "
        f"default model `{v['model'].name}`, greedy, {args.tokens} tokens per request, "
        f"Veilleur served by {served} with {max(v['levels'])} sequences.",
        "",
        "## Concurrent streaming requests",
        "",
        "![aggregate tokens/s and p95 inter-token latency](img/bench-concurrency.png)",
        "",
    ]
    for name, rows in results.items():
        out += [f"### {name}", "", _table(rows), ""]
    out += [
        "## Targets",
        "",
        "| target | measured | met |",
        "|---|---|---|",
        f"| single stream ≥ 95% of a bare `Llama.generate` loop | {single:.1f} vs {bare:.1f} "
        f"tok/s ({100 * single / bare:.0f}%) | {met(single >= 0.95 * bare)} |",
        f"| 8 streams: every request complete | min {min8} of {args.tokens} tokens "
        f"| {met(min8 == args.tokens)} |",
        f"| 8 streams ≥ 2× own single stream | {eight:.1f} vs {one:.1f} tok/s "
        f"({eight / one:.2f}×) | {met(eight >= 2 * one)} |",
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
        "One `llama_decode` of k one-token sequences, and greedy sampling of the k rows "
        "(median of 5, in-process):",
        "",
        "| k | decode (ms) | sampling (ms) | ms per token |",
        "|---:|---:|---:|---:|",
        *[
            f"| {r['k']} | {r['decode_ms']:.1f} | {r['sample_ms']:.1f} "
            f"| {(r['decode_ms'] + r['sample_ms']) / r['k']:.1f} |"
            for r in profile
        ],
        "",
    ]
    return "\n".join(out) + NOTES


NOTES = """
## Notes

- **Batched output vs. output alone (greedy).** Not always identical, and not because of
  the scheduler: llama.cpp's CPU kernels are not batch-invariant. With the raw llama.cpp
  API, the same 6-token prompt decoded as the first of two sequences in one batch gets
  logits that differ by up to ~0.95 from the same prompt decoded alone (identical when it
  comes second; the pattern changes with repacking and flash attention on or off, and
  with unified or per-sequence KV). Near-tied greedy choices of this 270M model then flip.
  `tests/unit/test_scheduler_backend.py::test_batched_output_equals_output_alone` records
  it as an expected failure; the serial backend and the batched one alone differ the
  same way.
- **Why 8 streams do not reach 2× one stream here.** See the profile: on this CPU one
  `llama_decode` of 2 one-token sequences costs ~3.7× one of a single sequence, and 8 cost
  ~7× (≈1.2× the tokens/s of one stream at the llama.cpp level itself). Unified KV,
  weight repacking off and flash attention off change nothing measurable. The single
  stream is fast (~90 tok/s, above the 49 tok/s `llama-server` reached in the issue),
  which leaves little for batching to gain on a 270M model whose 262k-token vocabulary
  head dominates each extra row.
- **Threads on a busy machine.** llama.cpp's worker threads wait for each other at every
  graph node; when another process takes one of two cores, a two-thread decode step can
  stall for seconds (p95 inter-token latency of 2.3 s measured at 4 streams). Run the
  benchmark on a quiet machine, or with `--threads` below the free cores.
"""


if __name__ == "__main__":
    main()
