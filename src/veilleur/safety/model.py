"""The classifier the pipeline ships with, built once per process.

The mean of two classifiers trained on the same examples: the semantic classifier
(`semantic.SemanticClassifier`: USE multilingual v3 embeddings read by the committed heads
`data/heads.npz`) and the n-gram classifier (`classifier.HarmClassifier`, fitted on the
packaged examples and cached on disk). The held-out-source protocol chose the pair over
either alone (`veilleur.evals.safety_protocol`, numbers in docs/safety.md). Building it
loads the heads, loads or fits the n-gram classifier (about 20 s the first time on a
machine) and, on first use, the encoder's weights (about 0.5 s); the pipeline does all of
it before the server is ready.
"""

from __future__ import annotations

import threading

from veilleur.safety.classifier import Classifier, ngram_classifier
from veilleur.safety.encoder import default_encoder
from veilleur.safety.semantic import Ensemble, SemanticClassifier, load_heads

__all__ = ["SEMANTIC_WEIGHT", "default_classifier", "shipped"]

SEMANTIC_WEIGHT = 0.5  # weight of the semantic member (the n-gram one has the rest)
_LOCK = threading.Lock()
_MODEL: Classifier | None = None


def shipped(semantic: Classifier, ngram: Classifier) -> Ensemble:
    """The shipped combination of a semantic and an n-gram classifier (also what the
    held-out-source protocol fits for each fold)."""
    return Ensemble([semantic, ngram], [SEMANTIC_WEIGHT, 1 - SEMANTIC_WEIGHT])


def default_classifier() -> Classifier:
    """The shipped classifier (one per process).

    Raises:
        ClassifierError: the heads, the examples or the encoder cannot be loaded.
    """
    global _MODEL
    with _LOCK:
        if _MODEL is None:
            _MODEL = shipped(SemanticClassifier(default_encoder(), load_heads()),
                             ngram_classifier())
        return _MODEL
