"""A cheap deterministic embedder: hashed bags of words (a baseline, not a model).

Each lower-cased word and each pair of adjacent words adds ±1 to one of `dimensions`
coordinates chosen by a hash (BLAKE2b, so the same everywhere and in every process),
then the vector is L2-normalised. Two texts are close when they share words; nothing
else is understood. It serves the scale benchmark (embedding 20,000 pages with the
default model would take hours on two cores) and as the lexical baseline of
`veilleur eval retrieval`; it implements the engine's `Embedder` protocol.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Sequence

import numpy as np

from veilleur.types import EmbeddingResult

__all__ = ["HashingEmbedder"]

_WORD = re.compile(r"\w+", re.UNICODE)


class HashingEmbedder:
    """Hashed bag-of-words vectors of `dimensions` floats (see the module docstring)."""

    def __init__(self, dimensions: int = 256):
        if dimensions < 2:
            raise ValueError(f"dimensions must be at least 2, got {dimensions}")
        self.dimensions = dimensions

    def vector(self, text: str) -> list[float]:
        words = _WORD.findall(text.lower())
        vector = np.zeros(self.dimensions, dtype=np.float32)
        for feature in [*words, *(f"{a} {b}" for a, b in itertools.pairwise(words))]:
            digest = hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest()
            value = int.from_bytes(digest, "little")
            vector[value % self.dimensions] += 1.0 if value >> 63 else -1.0
        norm = float(np.linalg.norm(vector))
        return (vector / norm if norm else vector).tolist()

    async def embed(self, texts: Sequence[str], *, dimensions: int | None = None
                    ) -> EmbeddingResult:
        return EmbeddingResult(vectors=[self.vector(text) for text in texts],
                               prompt_tokens=sum(len(_WORD.findall(t)) for t in texts))

    async def aclose(self) -> None:
        return None
