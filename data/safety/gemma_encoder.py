"""Gemma 3 270M (the default GGUF) as a sentence encoder, for compare_requests.py.

The embedding context is the server's own `LlamaEmbedder` (engine/embeddings.py): a second
llama.cpp context in embedding mode, mean pooling, L2-normalised, several texts per
`llama_decode` (each its own sequence id). Loaded once per process, 2 threads. Texts are
cut to their first `MAX_TOKENS` tokens for this measurement (requests are short: none of
the corpus requests reaches it, see docs/safety.md). Embeddings are cached in the repository's
`.cache/safety-embeddings/` by `EmbeddingStore`, under `NAME`.

    nice -n 10 python data/safety/gemma_encoder.py speed       # one text, 40 and 1,000 tokens
    REPEAT=5 LENGTHS=1000 nice -n 10 python data/safety/gemma_encoder.py speed  # fewer runs
    nice -n 10 python data/safety/gemma_encoder.py rate 500    # texts/s on 500 requests
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from veilleur.config import default_cache_dir  # noqa: E402
from veilleur.engine.embeddings import LlamaEmbedder  # noqa: E402
from veilleur.models import ensure_default_model  # noqa: E402
from veilleur.safety.encoder import EmbeddingStore  # noqa: E402

NAME = "gemma3-270m-mean-t256"
MAX_TOKENS = 256
THREADS = 2
_EMBEDDER: LlamaEmbedder | None = None
TRUNCATED = 0  # texts cut to MAX_TOKENS in this process


def embedder() -> LlamaEmbedder:
    """The process's one embedding context (loaded on first use)."""
    global _EMBEDDER
    if _EMBEDDER is None:
        _EMBEDDER = LlamaEmbedder(ensure_default_model(default_cache_dir()), n_ctx=2048,
                                  n_threads=THREADS)
    return _EMBEDDER


def _cut(texts: Sequence[str]) -> list[str]:
    global TRUNCATED
    llama = embedder()._model()
    out = []
    for text in texts:
        tokens = llama.tokenize(text.encode("utf-8", "replace"), add_bos=False)
        if len(tokens) > MAX_TOKENS:
            TRUNCATED += 1
            text = llama.detokenize(tokens[:MAX_TOKENS]).decode("utf-8", "replace")
        out.append(text)
    return out


def encode(texts: Sequence[str], batch: int = 64) -> np.ndarray:
    """L2-normalised mean-pooled embeddings of `texts` (several per llama_decode)."""
    model = embedder()
    parts = []
    for i in range(0, len(texts), batch):
        result = asyncio.run(model.embed(_cut(texts[i : i + batch])))
        parts.append(np.asarray(result.vectors, dtype=np.float32))
    return np.concatenate(parts) if parts else np.zeros((0, 640), dtype=np.float32)


def store() -> EmbeddingStore:
    return EmbeddingStore(ROOT / ".cache" / "safety-embeddings", NAME, encode)


def _speed() -> None:
    llama = embedder()._model()
    word = "Bonjour, pouvez-vous m'aider à écrire une lettre à mon voisin ? "
    base = (word * 200).encode()
    for want in [int(n) for n in os.environ.get("LENGTHS", "40,1000").split(",")]:
        text = llama.detokenize(llama.tokenize(base, add_bos=False)[:want]).decode()
        n = len(llama.tokenize(text.encode(), add_bos=False))
        asyncio.run(embedder().embed([text]))  # warm
        times = []
        for _ in range(int(os.environ.get("REPEAT", "20"))):
            start = time.perf_counter()
            asyncio.run(embedder().embed([text]))
            times.append(time.perf_counter() - start)
        print(f"{n} tokens: median {1000 * statistics.median(times):.0f} ms "
              f"(min {1000 * min(times):.0f}), load average {os.getloadavg()[0]:.2f}",
              flush=True)


def _rate(n: int) -> None:
    import random

    from veilleur.safety.corpus import load_corpus
    from veilleur.safety.normalise import normalise

    rows = [r for r in load_corpus() if r["form"] == "request"]
    texts = [normalise(r["text"]) for r in random.Random(5).sample(rows, n)]
    embedder()._model()
    start = time.perf_counter()
    vectors = encode(texts)
    took = time.perf_counter() - start
    print(f"{n} texts in {took:.1f} s: {n / took:.1f} texts/s, shape {vectors.shape}, "
          f"truncated {TRUNCATED}, load average {os.getloadavg()[0]:.2f}; "
          f"{len(rows)} requests would take {len(rows) / (n / took) / 60:.0f} min", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "speed":
        _speed()
    else:
        _rate(int(sys.argv[2]))
