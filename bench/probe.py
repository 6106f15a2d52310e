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
        than 8 sequences one per call);
    python -m bench.probe greedy [--threads 1] [--runs 200]
        llama.cpp alone: a greedy draw by llama_sampler_sample against numpy's argmax over
        the same logits, token by token along one generation (the same token every time,
        and what each costs);
    python -m bench.probe steps [--streams 16] [--tokens 64] [--rounds 3] [--threads 1]
        the batched engine in-process (no server, no safety): N greedy completions at once,
        and where each round's engine time goes: llama_decode, sampling, the rest of the
        step (scheduling, batch filling, sinks).

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


def greedy(model: Path, threads: int, runs: int) -> None:
    """`runs` greedy steps of one sequence: the draw of a greedy sampler chain and
    numpy's argmax over the same logits, timed and compared."""
    import statistics
    import time

    import llama_cpp as lib
    from llama_cpp._internals import LlamaModel

    from veilleur.engine.logprobs import llama_logits

    params = lib.llama_model_default_params()
    llama = LlamaModel(path_model=str(model), params=params, verbose=False)
    n_vocab = lib.llama_vocab_n_tokens(lib.llama_model_get_vocab(llama.model))
    cparams = lib.llama_context_default_params()
    cparams.n_ctx, cparams.n_batch = 1024, 512
    cparams.n_threads = cparams.n_threads_batch = threads
    ctx = lib.llama_init_from_model(llama.model, cparams)
    chain = lib.llama_sampler_chain_init(lib.llama_sampler_chain_default_params())
    lib.llama_sampler_chain_add(chain, lib.llama_sampler_init_greedy())
    batch = lib.llama_batch_init(512, 0, 1)
    chain_s: list[float] = []
    numpy_s: list[float] = []
    try:
        token, pos = 2, 0  # <bos>
        for _ in range(runs):
            batch.token[0], batch.pos[0], batch.n_seq_id[0] = token, pos, 1
            batch.seq_id[0][0], batch.logits[0], batch.n_tokens = 0, 1, 1
            if lib.llama_decode(ctx, batch) != 0:
                raise RuntimeError("llama_decode failed")
            started = time.perf_counter()
            drawn = lib.llama_sampler_sample(chain, ctx, -1)
            chain_s.append(time.perf_counter() - started)
            started = time.perf_counter()
            picked = int(llama_logits(lib, ctx, -1, n_vocab).argmax())
            numpy_s.append(time.perf_counter() - started)
            if drawn != picked:
                raise SystemExit(f"position {pos}: the chain drew {drawn}, argmax {picked}")
            token, pos = drawn, pos + 1
        print(f"{runs} draws, the same token each time: llama_sampler_sample "
              f"{1e6 * statistics.median(chain_s):.0f} us, numpy argmax "
              f"{1e6 * statistics.median(numpy_s):.0f} us (medians)", flush=True)
    finally:
        lib.llama_sampler_free(chain)
        lib.llama_batch_free(batch)
        lib.llama_free(ctx)
        llama.close()


def steps(model: Path, threads: int, streams: int, tokens: int, n_rounds: int) -> None:
    """Rounds of `streams` greedy completions at once on the batched engine, in-process;
    per round: wall time, tok/s and the engine thread's time by part."""
    import tempfile
    import time
    from collections import defaultdict
    from typing import Any

    from bench.load import PROMPTS
    from veilleur.config import Settings
    from veilleur.engine import batched
    from veilleur.engine.factory import build_backend
    from veilleur.types import GenerationRequest, SamplingParams

    spent: dict[str, float] = defaultdict(float)
    engine = batched.BatchedLlamaCppBackend

    def timed(name: str, method: Any) -> Any:
        def run(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - started
        return run

    engine._decode = timed("decode", engine._decode)  # type: ignore[method-assign]
    engine._sample = timed("sample", engine._sample)  # type: ignore[method-assign]
    engine._step = timed("step", engine._step)  # type: ignore[method-assign]
    settings = Settings(model=model, n_threads=threads, scheduler="batched", n_slots=streams,
                        n_ctx=2048, max_queue=64, data_dir=Path(tempfile.mkdtemp()))
    backend = build_backend(settings)

    async def one(i: int) -> None:
        request = GenerationRequest(
            prompt=PROMPTS[i % len(PROMPTS)], request_id=f"r{i}",
            sampling=SamplingParams(max_tokens=tokens, temperature=0.0))
        async for _ in backend.generate(request):
            pass

    async def run() -> None:
        for n in range(1, n_rounds + 1):
            spent.clear()
            started = time.perf_counter()
            await asyncio.gather(*(one(i) for i in range(streams)))
            wall = time.perf_counter() - started
            rest = spent["step"] - spent["decode"] - spent["sample"]
            print(f"round {n}: {streams * tokens / wall:.1f} tok/s; engine time "
                  f"{spent['step']:.2f} s: llama_decode {spent['decode']:.2f} s, sampling "
                  f"{spent['sample']:.2f} s, the rest {rest:.2f} s", flush=True)
        await backend.aclose()

    asyncio.run(run())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("probe", choices=("rounds", "interference", "long-ttft", "safety",
                                          "decode-split", "greedy", "steps"))
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
    if args.probe == "greedy":
        greedy(model, args.threads or 1, max(args.runs, 200))
        return
    if args.probe == "steps":
        steps(model, args.threads or 1, args.streams, args.tokens, args.rounds)
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
