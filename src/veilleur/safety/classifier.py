"""The harm classifier: character and word n-grams, two linear heads, trained at first use.

A binary head says *whether* a text is harmful (any S-code or jailbreak); a category head,
trained on harmful examples only, says *which* category. A category's score is the harm
score scaled by how close that category is to the most likely one, so the most likely
category carries the full harm score. Training on the packaged train split takes about two
seconds on one core; the fitted model is kept for the life of the process.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion

from veilleur.safety.errors import ClassifierError
from veilleur.safety.taxonomy import CODES

__all__ = ["HarmClassifier", "default_classifier", "load_rows"]

_BENIGN = "benign"
_LOCK = threading.Lock()


def load_rows(path: Path | None = None) -> list[dict]:
    """Rows of a JSONL split; the packaged train split when `path` is None."""
    try:
        if path is None:
            text = resources.files("veilleur.safety").joinpath("data/train.jsonl").read_text(
                encoding="utf-8"
            )
        else:
            text = Path(path).read_text(encoding="utf-8")
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    except (OSError, ValueError) as exc:
        raise ClassifierError(f"cannot read safety training data {str(path)!r}: {exc}") from exc


class HarmClassifier:
    """Scores texts on every category code of the taxonomy."""

    def __init__(self, c: float = 10.0) -> None:
        self._features = FeatureUnion([
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2,
                                      sublinear_tf=True, dtype=np.float32)),
            ("words", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True,
                                      token_pattern=r"(?u)\b\w+\b", dtype=np.float32)),
        ])
        self._harm = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
        self._category = LogisticRegression(C=c, max_iter=3000)
        self._codes: list[str] = []

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> HarmClassifier:
        """Fit on normalised `texts` labelled with a category code or ``"benign"``."""
        unknown = set(labels) - set(CODES) - {_BENIGN}
        if unknown:
            raise ClassifierError(f"unknown labels in training data: {sorted(unknown)!r}")
        x = self._features.fit_transform(texts)
        harmful = np.array([label != _BENIGN for label in labels])
        self._harm.fit(x, harmful)
        self._category.fit(x[harmful], [lab for lab in labels if lab != _BENIGN])
        self._codes = list(self._category.classes_)
        return self

    def predict(self, texts: Iterable[str]) -> list[dict[str, float]]:
        """Scores in [0, 1] for every code of the taxonomy, one dict per text."""
        texts = list(texts)
        if not texts:
            return []
        x = self._features.transform(texts)
        harm = self._harm.predict_proba(x)[:, 1]
        cat = self._category.predict_proba(x)
        # Sharpened: the likeliest category carries the full harm score, close seconds less.
        rel = (cat / np.maximum(cat.max(axis=1, keepdims=True), 1e-9)) ** 3
        out = []
        for h, row in zip(harm, rel, strict=True):
            scores = dict.fromkeys(CODES, 0.0)
            for code, r in zip(self._codes, row, strict=True):
                scores[code] = round(float(h * r), 4)
            out.append(scores)
        return out


@cache
def _trained() -> HarmClassifier:
    from veilleur.safety.normalise import normalise

    rows = load_rows()
    return HarmClassifier().fit([normalise(r["text"]) for r in rows], [r["label"] for r in rows])


def default_classifier() -> HarmClassifier:
    """The classifier trained on the packaged split (trained once per process, thread-safe)."""
    with _LOCK:
        return _trained()
