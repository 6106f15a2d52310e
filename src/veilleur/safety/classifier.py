"""The n-gram classifier (character and word n-grams, two linear heads), and what any
classifier offers the scorer (`Classifier`).

A binary head says *whether* a text is harmful (any S-code or jailbreak); a category head,
trained on harmful examples only, says *which* category. A category's score is the harm
score scaled by how close that category is to the most likely one, so the most likely
category carries the full harm score. It is one half of the shipped ensemble
(`model.default_classifier`); the other is the semantic classifier (`semantic`).

Training on the packaged examples (`data/train_examples.jsonl`, written by `python -m
veilleur.safety.train`) takes about 20 s, too slow for a server's first request, so the
pipeline builds it when the server starts (before `/readyz`), and the fitted model is
pickled under the user's cache directory, keyed on the SHA-256 of the examples and of this
module's version: later processes load it in about a second, and any change of the data
retrains it. The cache holds only what this process wrote itself (same trust as the virtual
environment); a file that fails to load is rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import threading
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Protocol

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion

from veilleur.config import default_cache_dir
from veilleur.safety.errors import ClassifierError
from veilleur.safety.segments import SEGMENT
from veilleur.safety.taxonomy import CODES

__all__ = ["EXAMPLES_FILE", "Classifier", "HarmClassifier", "cache_path", "load_rows",
           "ngram_classifier", "training_examples"]

_BENIGN = "benign"
_LOCK = threading.Lock()
_VERSION = "3"  # bump when the features or heads change: old cache files are then ignored


def _read(path: Path | None, name: str = "train.jsonl") -> str:
    try:
        if path is None:
            return resources.files("veilleur.safety").joinpath(f"data/{name}").read_text(
                encoding="utf-8"
            )
        return Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ClassifierError(f"cannot read safety training data {str(path)!r}: {exc}") from exc


def load_rows(path: Path | None = None) -> list[dict]:
    """Rows of a JSONL split; the packaged train split when `path` is None."""
    try:
        return [json.loads(line) for line in _read(path).splitlines() if line.strip()]
    except ValueError as exc:
        raise ClassifierError(f"invalid JSON in safety data {str(path)!r}: {exc}") from exc


class Classifier(Protocol):
    """What the scorer needs of a model: scores in [0, 1] for every code, one dict per text."""

    def predict(self, texts: Iterable[str]) -> list[dict[str, float]]:
        """Scores of normalised `texts` (see `normalise.readings`)."""
        ...


class HarmClassifier:
    """Scores texts on every category code of the taxonomy (character and word n-grams)."""

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

    def fit(self, texts: Sequence[str], labels: Sequence[str],
            weights: Sequence[float] | None = None) -> HarmClassifier:
        """Fit on normalised `texts` labelled with a category code or ``"benign"``.

        `weights`: per-example weights of the harm head (default 1 each)."""
        unknown = set(labels) - set(CODES) - {_BENIGN}
        if unknown:
            raise ClassifierError(f"unknown labels in training data: {sorted(unknown)!r}")
        x = self._features.fit_transform(texts)
        harmful = np.array([label != _BENIGN for label in labels])
        self._harm.fit(x, harmful, sample_weight=None if weights is None
                       else np.asarray(weights, dtype=float))
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


EXAMPLES_FILE = "train_examples.jsonl"  # written by `python -m veilleur.safety.train`


def training_examples() -> tuple[list[str], list[str], list[float]]:
    """Texts, labels and weights the shipped n-gram classifier is fitted on (not normalised).

    They are the examples the semantic heads were fitted on (`corpus.training_examples`
    of the train split of every source), written into the package by the training script,
    so that both members of the shipped ensemble learn from the same data.
    """
    rows = [json.loads(line) for line in _read(None, EXAMPLES_FILE).splitlines()
            if line.strip()]
    try:
        return ([r["text"] for r in rows], [r["label"] for r in rows],
                [float(r["weight"]) for r in rows])
    except (KeyError, TypeError, ValueError) as exc:
        raise ClassifierError(f"invalid training examples in {EXAMPLES_FILE}: {exc}") from exc


def cache_path() -> Path:
    """Where the n-gram classifier fitted on the packaged examples is cached."""

    data = f"{_VERSION}/{SEGMENT}/" + _read(None, EXAMPLES_FILE)
    digest = hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]
    return default_cache_dir().parent / "safety" / f"harm-classifier-{digest}.pkl"


def _train_default() -> HarmClassifier:
    from veilleur.safety.normalise import normalise

    texts, labels, weights = training_examples()
    return HarmClassifier().fit([normalise(t) for t in texts], labels, weights)


@cache
def _trained() -> HarmClassifier:
    path = cache_path()
    try:
        with path.open("rb") as fh:
            model = pickle.load(fh)  # written by this module, keyed on its data
        if isinstance(model, HarmClassifier):
            return model
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError,
            ValueError, TypeError):
        pass  # missing, stale or unreadable: retrain below
    model = _train_default()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(model, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)  # atomic: concurrent processes never read half a file
    except OSError:
        pass  # a read-only cache only costs the training time at each start
    return model


def ngram_classifier() -> HarmClassifier:
    """The n-gram classifier fitted on the packaged examples (cached on disk; once per
    process): about 20 s on 2 cores the first time on a machine, then a load."""
    with _LOCK:
        return _trained()
