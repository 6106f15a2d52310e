"""Embeddings per second: one `llama_decode` for many texts against one per text
(`python -m bench.embeddings`), rounds interleaved in one process, on one `LlamaEmbedder`
context of the default model (so both ways pay the same load and the same threads).

Each round embeds `--texts` short sentences batched (one call: llama-cpp-python packs
them, each its own sequence id, into `llama_decode` calls of up to n_batch tokens), then
the same texts one call each. Prints the median rate of each way and their ratio.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time

from veilleur.config import default_cache_dir
from veilleur.engine.embeddings import LlamaEmbedder
from veilleur.models import ensure_default_model

SENTENCES = [
    "The cat sat on the mat.", "Stock markets fell sharply on Tuesday.",
    "Quelle est la capitale du Canada ?", "Photosynthesis turns light into energy.",
    "The train to Lyon leaves at nine.", "She plays the violin every evening.",
    "Rain is expected tomorrow afternoon.", "Bread needs flour, water, salt and yeast.",
]


async def measure(texts: int, rounds: int, threads: int | None) -> dict[str, float]:
    corpus = [f"{SENTENCES[i % len(SENTENCES)]} ({i})" for i in range(texts)]
    embedder = LlamaEmbedder(ensure_default_model(default_cache_dir()), n_ctx=2048,
                             n_threads=threads)
    await embedder.embed(["warm up"])  # loads the context
    batched: list[float] = []
    single: list[float] = []
    try:
        for _ in range(rounds):
            started = time.perf_counter()
            await embedder.embed(corpus)
            batched.append(texts / (time.perf_counter() - started))
            started = time.perf_counter()
            for text in corpus:
                await embedder.embed([text])
            single.append(texts / (time.perf_counter() - started))
    finally:
        await embedder.aclose()
    b, s = statistics.median(batched), statistics.median(single)
    return {"batched": b, "one_by_one": s, "speedup": b / s}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--threads", type=int, default=None)
    args = parser.parse_args()
    result = asyncio.run(measure(args.texts, args.rounds, args.threads))
    print(f"{args.texts} texts, median of {args.rounds} interleaved rounds: batched "
          f"{result['batched']:.1f} embeddings/s, one by one {result['one_by_one']:.1f} "
          f"embeddings/s ({result['speedup']:.2f}x)")


if __name__ == "__main__":
    main()
