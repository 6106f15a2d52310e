"""Short probes of the batched engine, for one question at a time (not part of `make bench`).

    python -m bench.probe rounds [--rounds 3] [--streams 8]
        the same N prompts sent at once, several rounds on one server: aggregate tok/s and
        how each answer ended (a drop after the first round is a scheduling effect, such as
        busy slots spread apart);
    python -m bench.probe interference [--runs 2]
        bench.run's long-prompt scenario alone: worst inter-token gap of 4 running streams
        while a 1,500-token prompt is prefilled, against their median;
    python -m bench.probe long-ttft [--runs 3]
        time to first token of a 1,500-token prompt alone (no prefix shared);
    python -m bench.probe safety [--rounds 3] [--streams 8]
        what the safety checks cost: the same rounds on two servers, checks on and off,
        interleaved (also part of `make bench`);
    python -m bench.probe decode-split [--threads 1] [--runs 6]
        llama.cpp alone (no server): one decode step of k sequences as one batch against
        k calls of one sequence each, for k = 1…8 (why the batched engine decodes fewer
        than 8 sequences one per call).

Settings such as `VEILLEUR_PREFILL_CHUNK` or `VEILLEUR_SAFETY_ENABLED` are passed to the
server through the environment, e.g. `VEILLEUR_PREFILL_CHUNK=32 python -m bench.probe
interference`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path

import httpx

from bench.load import model_of, stream_completion
from bench.rounds import one_round, safety_cost
from bench.run import long_prompt_interference
from bench.servers import veilleur_server


async def rounds(base: str, n_rounds: int, streams: int, tokens: int) -> None:
    for n in range(1, n_rounds + 1):
        result = await one_round(base, streams, tokens)
        ends = sorted({f"{a['finish']}:{a['tokens']}" for a in result["answers"]})
        print(f"round {n}: {result['tps']:.1f} tok/s aggregate, ends {ends}", flush=True)


async def long_ttft(base: str, runs: int) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=600) as client:
        model = await model_of(client)
        for n in range(runs):
            prompt = f"Version {n}. " + "The quick brown fox jumps over the lazy dog. " * 150
            stream = await stream_completion(
                client, {"model": model, "prompt": prompt, "max_tokens": 4, "temperature": 0})
            print(f"run {n + 1}: TTFT {stream.ttft:.2f} s", flush=True)


def decode_split(model: Path, threads: int, runs: int) -> None:
    """Median time of a decode step of k sequences: one llama_decode of k rows, and k
    llama_decode calls of one row, with the engine's context settings."""
    import statistics
    import time

    import llama_cpp as lib
    from llama_cpp._internals import LlamaModel

    params = lib.llama_model_default_params()
    params.use_extra_bufts = False
    llama = LlamaModel(path_model=str(model), params=params, verbose=False)
    n_seqs, n_ctx = 8, 512
    cparams = lib.llama_context_default_params()
    cparams.n_ctx, cparams.n_seq_max = n_seqs * n_ctx, n_seqs
    cparams.n_batch = cparams.n_ubatch = 512
    cparams.n_threads = cparams.n_threads_batch = threads
    cparams.kv_unified, cparams.swa_full, cparams.no_perf = False, True, True
    cparams.flash_attn_type = lib.LLAMA_FLASH_ATTN_TYPE_DISABLED
    ctx = lib.llama_init_from_model(llama.model, cparams)
    batch = lib.llama_batch_init(512, 0, 1)
    positions = [0] * n_seqs

    def decode(seqs: list[int], width: int = 1) -> None:
        n = 0
        for seq in seqs:
            for _ in range(width):
                batch.token[n], batch.pos[n] = 100 + positions[seq] % 1000, positions[seq]
                batch.n_seq_id[n], batch.seq_id[n][0], batch.logits[n] = 1, seq, 1
                positions[seq] += 1
                n += 1
        batch.n_tokens = n
        if lib.llama_decode(ctx, batch) != 0:
            raise RuntimeError("llama_decode failed")

    try:
        for seq in range(n_seqs):
            decode([seq], width=20)  # a short prompt in every sequence
        for k in range(1, n_seqs + 1):
            together: list[float] = []
            apart: list[float] = []
            for _ in range(runs):
                started = time.perf_counter()
                decode(list(range(k)))
                together.append(time.perf_counter() - started)
                started = time.perf_counter()
                for seq in range(k):
                    decode([seq])
                apart.append(time.perf_counter() - started)
            print(f"{k} sequences: one batch {1000 * statistics.median(together):.1f} ms, "
                  f"{k} calls {1000 * statistics.median(apart):.1f} ms", flush=True)
    finally:
        lib.llama_batch_free(batch)
        lib.llama_free(ctx)
        llama.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("probe", choices=("rounds", "interference", "long-ttft", "safety",
                                          "decode-split"))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--streams", type=int, default=8)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--tokens", type=int, default=128)
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--slots", type=int, default=16)
    args = parser.parse_args()
    from veilleur.engine.llamacpp import usable_cores
    from veilleur.models import ensure_default_model

    model = ensure_default_model(Path.home() / ".cache" / "veilleur" / "models")
    threads = args.threads or usable_cores()
    if args.probe == "decode-split":
        decode_split(model, args.threads or 1, max(args.runs, 6))
        return
    if args.probe == "safety":
        result = safety_cost(model, threads, streams=args.streams, tokens=args.tokens,
                             n_rounds=args.rounds, slots=args.slots)
        print(json.dumps(result), flush=True)
        return
    with veilleur_server(model, threads, "batched", slots=args.slots, n_ctx=2048) as base:
        if args.probe == "rounds":
            asyncio.run(rounds(base, args.rounds, args.streams, args.tokens))
        elif args.probe == "interference":
            for _ in range(args.runs):
                result = asyncio.run(long_prompt_interference(base, args.tokens))
                ratio = result["worst_gap_during"] / result["median_gap"]
                print(f"worst gap {1000 * result['worst_gap_during']:.0f} ms, median "
                      f"{1000 * result['median_gap']:.0f} ms ({ratio:.1f}x), long prompt TTFT "
                      f"{result['long_ttft']:.2f} s", flush=True)
        else:
            asyncio.run(long_ttft(base, args.runs))


if __name__ == "__main__":
    main()
