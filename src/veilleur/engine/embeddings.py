"""Embeddings from the served GGUF: a second llama.cpp context in embedding mode.

The generating context (serial or batched) keeps its KV cache and its thread; this one is
loaded on the first embedding request (`Llama(embedding=True)`, mean pooling over the
sequence's last hidden states, L2-normalised) and runs on its own worker thread, so
embedding never waits for the generation scheduler nor stalls it (both share the CPU).
Several texts go to llama.cpp in one `llama_decode`, each its own sequence id
(llama-cpp-python's `Llama.embed` packs them up to `n_batch` tokens).

The default model is a small base model, not one trained for embeddings: its vectors
place a paraphrase only somewhat closer than an unrelated text (docs/api.md gives
numbers). `dimensions` is refused unless it is the model's own width: truncating the
vectors of a model not trained for it (Matryoshka) would give worse vectors silently.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from veilleur.engine.base import EmbeddingResult
from veilleur.errors import (
    ContextLengthError,
    EngineGenerateError,
    EngineOverloadedError,
    ModelLoadError,
    UnsupportedParameterError,
)

__all__ = ["LlamaEmbedder"]

log = logging.getLogger(__name__)


class LlamaEmbedder:
    """Embeds texts with `model_path` in a context of its own (see the module docstring).

    Args:
        model_path: the GGUF file (the one the backend serves).
        n_ctx: tokens of the longest text; also the tokens of one `llama_decode`.
        n_threads: CPU threads for llama.cpp.
        max_queue: requests that may wait for the context before 503 `overloaded`.
        batched: False embeds one text per `llama_decode` (for measurements).
    """

    def __init__(self, model_path: Path, *, n_ctx: int = 2048, n_threads: int | None = None,
                 max_queue: int = 16, batched: bool = True):
        self._path = model_path
        self._n_ctx = n_ctx
        self._threads = n_threads
        self._max_queue = max_queue
        self._batched = batched
        self._llama: Any = None
        self._load_lock = threading.Lock()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="veilleur-embed")
        self._waiting = 0

    @property
    def n_ctx(self) -> int:
        return self._n_ctx

    async def embed(self, texts: Sequence[str], *, dimensions: int | None = None
                    ) -> EmbeddingResult:
        if self._waiting >= self._max_queue:
            raise EngineOverloadedError(
                f"{self._waiting} embedding requests are already waiting; retry shortly",
                retry_after=1)
        self._waiting += 1
        try:
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self._executor, self._embed_blocking,
                                              list(texts), dimensions)
        finally:
            self._waiting -= 1

    async def aclose(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
        llama, self._llama = self._llama, None
        if llama is not None:
            llama.close()

    # --- worker thread ------------------------------------------------------------------
    def _model(self) -> Any:
        with self._load_lock:
            if self._llama is None:
                self._llama = self._load()
            return self._llama

    def _load(self) -> Any:
        import llama_cpp

        from veilleur.engine.llamacpp import usable_cores

        threads = self._threads or usable_cores()
        started = time.perf_counter()
        try:
            llama = llama_cpp.Llama(
                model_path=str(self._path), embedding=True,
                pooling_type=llama_cpp.LLAMA_POOLING_TYPE_MEAN,
                n_ctx=self._n_ctx, n_batch=self._n_ctx, n_ubatch=self._n_ctx,
                n_threads=threads, n_threads_batch=threads, verbose=False)
        except (ValueError, RuntimeError, OSError) as exc:
            raise ModelLoadError(
                f"cannot load {str(self._path)!r} for embeddings: {exc}") from exc
        log.info("loaded %s for embeddings in %.2fs (%d dimensions, %d threads)", self._path,
                 time.perf_counter() - started, llama.n_embd(), threads)
        return llama

    def _embed_blocking(self, texts: list[str], dimensions: int | None) -> EmbeddingResult:
        llama = self._model()
        width = llama.n_embd()
        if dimensions is not None and dimensions != width:
            raise UnsupportedParameterError(
                f"this model gives {width}-dimensional embeddings and was not trained to be "
                f"truncated; 'dimensions' may only be {width}", param="dimensions")
        for index, text in enumerate(texts):
            n = len(llama.tokenize(text.encode("utf-8")))
            if n > self._n_ctx:
                raise ContextLengthError(
                    f"input[{index}] is {n} tokens long; the embedding window is "
                    f"{self._n_ctx} tokens", param=f"input[{index}]")
        try:
            if self._batched:
                vectors, tokens = llama.embed(texts, normalize=True, truncate=False,
                                              return_count=True)
            else:
                vectors, tokens = [], 0
                for text in texts:
                    [vector], n = llama.embed([text], normalize=True, truncate=False,
                                              return_count=True)
                    vectors.append(vector)
                    tokens += n
        except (RuntimeError, ValueError) as exc:  # llama_decode failed
            log.exception("embedding failed")
            raise EngineGenerateError(f"embedding failed: {exc}") from exc
        return EmbeddingResult(vectors=vectors, prompt_tokens=tokens)
