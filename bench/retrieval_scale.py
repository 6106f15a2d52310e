"""Retrieval at scale: 1,000 documents of 20 pages in one store (`python -m bench.retrieval_scale`).

Synthetic but varied text: every document has its own title, 20 pages separated by form
feeds, two or three headed sections a page, sentences drawn from a French and English
vocabulary (the words of data/retrieval/, Zipf-weighted) with numbers and per-document
rare words, so that full text and vectors both have something to find.

Measured, on each database (SQLite; PostgreSQL with the exact fallback; PostgreSQL with
pgvector, when pgserver's build is installed):

- ingestion rate in pages/s through `RetrievalService.ingest` (split, embed, store) with a
  **cheap deterministic embedder** (`HashingEmbedder`, 640 dimensions like the default
  model's vectors): this measures the store and index, not a model;
- query latency p50/p95 of hybrid search over the whole store (one owner holds all 1,000
  documents, the worst case for the owner filter) and restricted to 3 documents (a
  conversation's attachments), each query embedded by the same cheap embedder (its time
  excluded);
- separately, the **real embedder's** throughput (the default model, `LlamaEmbedder`,
  batched) on a sample of the corpus's passages, and the pages/s it implies.

Nothing here is written to docs/benchmarks.md automatically: the numbers go into its
hand-written "Retrieval at scale" section.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from veilleur.retrieval.hashing import HashingEmbedder
from veilleur.retrieval.index import PostgresPassageIndex, open_index
from veilleur.retrieval.service import RetrievalService
from veilleur.store.db import open_database

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "retrieval"
OWNER = "bench"


def vocabulary() -> list[str]:
    words: dict[str, int] = {}
    for path in DATA.glob("*.md"):
        for word in re.findall(r"[^\W\d_]{3,}", path.read_text(encoding="utf-8").lower()):
            words[word] = words.get(word, 0) + 1
    return sorted(words, key=lambda w: -words[w])


def document(rng: random.Random, vocab: list[str], weights: list[float], number: int,
             pages: int) -> str:
    rare = [f"{rng.choice(vocab)}{rng.randint(100, 999)}" for _ in range(5)]
    out = [f"# Document {number}: {' '.join(rng.choices(vocab, weights, k=4))}"]
    for page in range(pages):
        parts = []
        for section in range(rng.randint(2, 3)):
            parts.append(f"## {page + 1}.{section + 1} "
                         + " ".join(rng.choices(vocab, weights, k=3)).capitalize())
            for _ in range(rng.randint(2, 3)):
                sentences = []
                for _ in range(rng.randint(3, 5)):
                    words = rng.choices(vocab, weights, k=rng.randint(8, 18))
                    if rng.random() < 0.3:
                        words.insert(rng.randrange(len(words)), str(rng.randint(1, 5000)))
                    if rng.random() < 0.2:
                        words.insert(rng.randrange(len(words)), rng.choice(rare))
                    sentences.append(" ".join(words).capitalize() + ".")
                parts.append(" ".join(sentences))
        out.append("\n\n".join(parts))
    return "\n\f\n".join(out)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def run_database(name: str, url: str, corpus: list[str], pages: int, queries: int,
                       use_pgvector: bool = True) -> dict[str, float | str]:
    engine, _ = open_database(url)
    index = (PostgresPassageIndex(engine, use_pgvector=use_pgvector)
             if engine.dialect.name == "postgresql" else open_index(engine))
    embedder = HashingEmbedder(640)
    service = RetrievalService(index, embedder, batch_size=16)
    started = time.perf_counter()
    for number, text in enumerate(corpus):
        await service.ingest(f"doc-{number}", OWNER, text, "fr" if number % 2 else "en")
    ingest_s = time.perf_counter() - started
    passages = index.count(OWNER)
    rng = random.Random(7)
    vocab = vocabulary()
    whole: list[float] = []
    scoped: list[float] = []
    for _ in range(queries):
        question = " ".join(rng.choices(vocab[:400], k=6))
        vector = embedder.vector(question)
        t = time.perf_counter()
        index.search(OWNER, question, vector, 8)
        whole.append(time.perf_counter() - t)
        chosen = [f"doc-{rng.randrange(len(corpus))}" for _ in range(3)]
        t = time.perf_counter()
        index.search(OWNER, question, vector, 8, chosen)
        scoped.append(time.perf_counter() - t)
    engine.dispose()
    return {"database": name, "documents": len(corpus), "pages": len(corpus) * pages,
            "passages": passages, "ingest_s": ingest_s,
            "pages_per_s": len(corpus) * pages / ingest_s,
            "whole_p50_ms": 1000 * percentile(whole, 0.5),
            "whole_p95_ms": 1000 * percentile(whole, 0.95),
            "scoped_p50_ms": 1000 * percentile(scoped, 0.5),
            "scoped_p95_ms": 1000 * percentile(scoped, 0.95)}


async def real_embedder_rate(corpus: list[str], sample: int) -> dict[str, float]:
    from veilleur.config import default_cache_dir
    from veilleur.engine.embeddings import LlamaEmbedder
    from veilleur.models import ensure_default_model
    from veilleur.retrieval.passages import split_passages

    passages = [p.indexed_text for text in corpus[:5] for p in split_passages(text)]
    per_page = len(passages) / (5 * 20)
    texts = passages[:sample]
    embedder = LlamaEmbedder(ensure_default_model(default_cache_dir()), n_ctx=2048)
    try:
        await embedder.embed(["warm up"])
        started = time.perf_counter()
        for start in range(0, len(texts), 16):
            await embedder.embed(texts[start:start + 16])
        seconds = time.perf_counter() - started
    finally:
        await embedder.aclose()
    rate = len(texts) / seconds
    return {"texts": len(texts), "seconds": seconds, "texts_per_s": rate,
            "passages_per_page": per_page, "pages_per_s": rate / per_page,
            "mean_chars": statistics.mean(len(t) for t in texts)}


def start_postgres(directory: Path, bindir: str | None) -> str:
    env = dict(os.environ)
    if bindir:
        env["VEILLEUR_PG_BINDIR"] = bindir
    return subprocess.run([str(ROOT / "tests" / "postgres.sh"), "start", str(directory)],
                          env=env, check=True, capture_output=True, text=True,
                          timeout=180).stdout.strip()


def stop_postgres(directory: Path, bindir: str | None) -> None:
    env = dict(os.environ)
    if bindir:
        env["VEILLEUR_PG_BINDIR"] = bindir
    subprocess.run([str(ROOT / "tests" / "postgres.sh"), "stop", str(directory)], env=env,
                   check=False, capture_output=True, timeout=180)
    subprocess.run(["rm", "-rf", str(directory)], check=False)


def pgserver_bindir() -> str | None:
    import importlib.util

    spec = importlib.util.find_spec("pgserver")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"
    return str(path) if (path / "pg_ctl").exists() else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--sample", type=int, default=64,
                        help="passages embedded by the default model (0: skip)")
    parser.add_argument("--databases", default="sqlite,postgresql,pgvector")
    args = parser.parse_args()
    rng = random.Random(1)
    vocab = vocabulary()
    weights = [1 / (rank + 1) for rank in range(len(vocab))]
    started = time.perf_counter()
    corpus = [document(rng, vocab, weights, n, args.pages) for n in range(args.documents)]
    print(f"corpus: {args.documents} documents x {args.pages} pages, "
          f"{sum(map(len, corpus)) / 1e6:.1f} M characters "
          f"({time.perf_counter() - started:.1f} s to generate)", flush=True)
    results = []
    with tempfile.TemporaryDirectory(prefix="veilleur-bench-retrieval-") as scratch:
        for name in args.databases.split(","):
            if name == "sqlite":
                result = asyncio.run(run_database(
                    "SQLite (sqlite-vec + FTS5)", f"sqlite:///{Path(scratch) / 'bench.db'}",
                    corpus, args.pages, args.queries))
            else:
                bindir = pgserver_bindir() if name == "pgvector" else None
                if name == "pgvector" and bindir is None:
                    print("pgvector: skipped (pgserver is not installed)")
                    continue
                directory = Path(tempfile.mkdtemp(prefix=f"veilleur-bench-{name}-"))
                try:
                    url = start_postgres(directory, bindir)
                    label = ("PostgreSQL 16 + pgvector 0.6 (exact <=>) + tsvector"
                             if name == "pgvector" else
                             "PostgreSQL 15, no pgvector (exact cosine in NumPy) + tsvector")
                    result = asyncio.run(run_database(label, url, corpus, args.pages,
                                                      args.queries,
                                                      use_pgvector=name == "pgvector"))
                finally:
                    stop_postgres(directory, bindir)
            print(result, flush=True)
            results.append(result)
    print("\n| database | pages | passages | ingestion (cheap embedder) | hybrid query, whole "
          "store p50 / p95 | hybrid query, 3 documents p50 / p95 |")
    print("| --- | --- | --- | --- | --- | --- |")
    for r in results:
        print(f"| {r['database']} | {r['pages']:,} | {r['passages']:,} | "
              f"{r['pages_per_s']:.0f} pages/s ({r['ingest_s']:.0f} s) | "
              f"{r['whole_p50_ms']:.0f} / {r['whole_p95_ms']:.0f} ms | "
              f"{r['scoped_p50_ms']:.1f} / {r['scoped_p95_ms']:.1f} ms |")
    if args.sample:
        real = asyncio.run(real_embedder_rate(corpus, args.sample))
        print(f"\ndefault model (LlamaEmbedder, batched 16): {real['texts']} passages of "
              f"{real['mean_chars']:.0f} characters in {real['seconds']:.1f} s = "
              f"{real['texts_per_s']:.1f} passages/s; {real['passages_per_page']:.2f} "
              f"passages a page -> {real['pages_per_s']:.2f} pages/s")


if __name__ == "__main__":
    main()
