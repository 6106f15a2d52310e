"""What `logprobs` and `n` cost in the batched engine (`python -m bench.logprobs_overhead`).

Two measurements, rounds interleaved in one process, the default model:

* logprobs: one stream completing the same raw prompt for `--tokens` tokens at
  temperature 0.8 (each round its own seed, the same for both kinds), without logprobs
  and with `top_logprobs` 5; the rate is tokens after the first over the time after the
  first token, so that the prompt's prefill does not count.
* n: the four sequences a request with `n: 4` runs (the same prompt, seeds s…s+3,
  submitted together: what the API does), against the same four run one after the other
  as four requests; the rate is all their tokens over the wall time from the first
  submission to the last token, prefills included (each choice prefills its prompt).

Engine level (no HTTP, no safety checks): the guard's output checks of each choice come
on top in a server. It also times what reading one token's entry costs the engine thread
(`LogprobReader.read` on a row of the model's vocabulary size), which a busy machine
disturbs less than a rate.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time

import numpy as np

from veilleur.config import default_cache_dir
from veilleur.engine.batched import BatchedLlamaCppBackend
from veilleur.engine.logprobs import LogprobReader
from veilleur.engine.scheduler import SchedulerConfig
from veilleur.models import ensure_default_model
from veilleur.types import Finished, GenerationRequest, SamplingParams, TextDelta

PROMPT = "Once upon a time, in a small village by the sea, there lived"


async def _one(backend: BatchedLlamaCppBackend, tokens: int, seed: int,
               logprobs: int | None) -> tuple[float, int, float]:
    """(rate after the first token, tokens, seconds from submission to the end)."""
    request = GenerationRequest(
        prompt=PROMPT, logprobs=logprobs,
        sampling=SamplingParams(temperature=0.8, max_tokens=tokens, seed=seed))
    began = time.perf_counter()
    first: float | None = None
    done: Finished | None = None
    async for event in backend.generate(request):
        if isinstance(event, TextDelta):
            first = first or time.perf_counter()
        elif isinstance(event, Finished):
            done = event
    end = time.perf_counter()
    assert done is not None and first is not None
    n = done.usage.completion_tokens
    return (n - 1) / (end - first), n, end - began


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--tokens", type=int, default=200)
    parser.add_argument("--choices", type=int, default=4, help="n of the second measure")
    parser.add_argument("--threads", type=int, default=None, help="llama.cpp threads")
    args = parser.parse_args()
    backend = BatchedLlamaCppBackend(
        ensure_default_model(default_cache_dir()),
        config=SchedulerConfig(n_slots=args.choices, n_ctx_slot=1024), n_threads=args.threads)
    row = np.random.default_rng(0).normal(0, 3, backend._n_vocab).astype(np.float32)
    reader = LogprobReader(backend._piece)
    for top in (0, 5, 20):
        began = time.perf_counter()
        for token in range(200):
            reader.read(row, token, top)
        print(f"reading one token's logprobs, top {top}: "
              f"{(time.perf_counter() - began) / 200 * 1000:.2f} ms", flush=True)
    plain: list[float] = []
    with_logprobs: list[float] = []
    together: list[float] = []
    apart: list[float] = []
    for round_ in range(args.rounds):
        seed = 1000 * round_
        for kind, rates, top in (("plain", plain, None), ("top_logprobs=5", with_logprobs, 5)):
            rate, n, _ = await _one(backend, args.tokens, seed, top)
            rates.append(rate)
            print(f"round {round_}: one stream {kind}: {rate:.1f} tok/s ({n} tokens)",
                  flush=True)
        began = time.perf_counter()
        results = await asyncio.gather(*(_one(backend, args.tokens, seed + i, None)
                                         for i in range(args.choices)))
        total = sum(n for _, n, _ in results)
        together.append(total / (time.perf_counter() - began))
        began = time.perf_counter()
        sequential = [await _one(backend, args.tokens, seed + i, None)
                      for i in range(args.choices)]
        apart.append(sum(n for _, n, _ in sequential) / (time.perf_counter() - began))
        print(f"round {round_}: n={args.choices} together {together[-1]:.1f} tok/s "
              f"({total} tokens), {args.choices} requests one after the other "
              f"{apart[-1]:.1f} tok/s ({sum(n for _, n, _ in sequential)} tokens)", flush=True)
    print(f"median: one stream {statistics.median(plain):.1f} tok/s plain, "
          f"{statistics.median(with_logprobs):.1f} with top_logprobs=5; "
          f"n={args.choices} {statistics.median(together):.1f} tok/s in all, "
          f"{args.choices} sequential requests {statistics.median(apart):.1f}")
    await backend.aclose()


if __name__ == "__main__":
    asyncio.run(main())
