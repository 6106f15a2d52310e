"""Does ingesting documents stall a running stream? (`python -m bench.retrieval_stream_gap`)

In one process and one event loop, as in `veilleur serve`: the default model's batched
backend streams a completion while `RetrievalService.submit` ingests documents in the
background with the real embedder (`LlamaEmbedder`: a second llama.cpp context on its own
thread, sharing the CPU cores). The gaps between text pieces of the stream are recorded
with and without ingestion running, rounds interleaved. Also recorded: the event loop's
worst lag (a 10 ms ticker), which a blocking call on the loop would show.

This measures the in-process path the chat will use; the chat does not call retrieval yet,
so it is not measured against `veilleur serve` over HTTP.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import statistics
import tempfile
import time
from pathlib import Path

from veilleur.config import default_cache_dir
from veilleur.engine.batched import BatchedLlamaCppBackend
from veilleur.engine.embeddings import LlamaEmbedder
from veilleur.models import ensure_default_model
from veilleur.retrieval.index import open_index
from veilleur.retrieval.service import RetrievalService
from veilleur.store.db import open_database
from veilleur.types import GenerationRequest, SamplingParams, TextDelta

DATA = Path(__file__).resolve().parents[1] / "data" / "retrieval"


async def stream_gaps(backend: BatchedLlamaCppBackend, tokens: int) -> list[float]:
    request = GenerationRequest(prompt="The history of the city begins", sampling=SamplingParams(
        temperature=0.0, max_tokens=tokens, seed=1))
    arrivals: list[float] = []
    async for event in backend.generate(request):
        if isinstance(event, TextDelta):
            arrivals.append(time.perf_counter())
    return [b - a for a, b in itertools.pairwise(arrivals)]


async def loop_lag(stop: asyncio.Event, lags: list[float]) -> None:
    while not stop.is_set():
        t = time.perf_counter()
        await asyncio.sleep(0.01)
        lags.append(time.perf_counter() - t - 0.01)


def summary(gaps: list[float]) -> str:
    ordered = sorted(gaps)
    p95 = ordered[round(0.95 * (len(ordered) - 1))]
    return (f"median {1000 * statistics.median(gaps):.0f} ms, p95 {1000 * p95:.0f} ms, "
            f"worst {1000 * max(gaps):.0f} ms over {len(gaps)} gaps")


async def main_async(rounds: int, tokens: int, copies: int) -> None:
    model = ensure_default_model(default_cache_dir())
    backend = BatchedLlamaCppBackend(model)
    embedder = LlamaEmbedder(model, n_ctx=2048)
    await embedder.embed(["warm up"])
    texts = [(p.name.split(".")[0], p.name.split(".")[1], p.read_text(encoding="utf-8"))
             for p in sorted(DATA.glob("*.*.md"))]
    with tempfile.TemporaryDirectory() as scratch:
        engine, _ = open_database(f"sqlite:///{Path(scratch) / 'gap.db'}")
        service = RetrievalService(open_index(engine), embedder)
        await stream_gaps(backend, 16)  # warm up
        alone: list[float] = []
        during: list[float] = []
        lag_alone: list[float] = []
        lag_during: list[float] = []
        passages = 0
        ingest_seconds = 0.0
        for round_ in range(rounds):
            stop = asyncio.Event()
            ticker = asyncio.create_task(loop_lag(stop, lag_alone))
            alone += await stream_gaps(backend, tokens)
            stop.set()
            await ticker
            stop = asyncio.Event()
            ticker = asyncio.create_task(loop_lag(stop, lag_during))
            started = time.perf_counter()
            jobs = [service.submit(f"{name}-{round_}-{c}", "bench", text, lang)
                    for c in range(copies) for name, lang, text in texts]
            gaps = await stream_gaps(backend, tokens)
            running = [j for j in jobs if j.state in ("queued", "running")]
            during += gaps
            for job in jobs:
                await job.wait()
            ingest_seconds += time.perf_counter() - started
            passages += sum(j.passages for j in jobs)
            stop.set()
            await ticker
            print(f"round {round_ + 1}: stream alone {summary(alone[-len(gaps):])}; "
                  f"while ingesting {summary(gaps)} ({len(running)} of {len(jobs)} jobs still "
                  "running when the stream ended)", flush=True)
        await service.aclose()
        engine.dispose()
    await embedder.aclose()
    await backend.aclose()
    print(f"\nstream alone:          {summary(alone)}; loop lag worst "
          f"{1000 * max(lag_alone):.0f} ms")
    print(f"stream while ingesting: {summary(during)}; loop lag worst "
          f"{1000 * max(lag_during):.0f} ms")
    print(f"ingestion: {passages} passages in {ingest_seconds:.1f} s "
          f"({passages / ingest_seconds:.1f} passages/s, the stream running part of the time)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--tokens", type=int, default=128)
    parser.add_argument("--copies", type=int, default=1,
                        help="copies of the five evaluation documents ingested each round")
    args = parser.parse_args()
    asyncio.run(main_async(args.rounds, args.tokens, args.copies))


if __name__ == "__main__":
    main()
