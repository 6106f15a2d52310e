"""The semantic classifier: sentence embeddings read by small trained heads.

Like the n-gram classifier (`classifier.HarmClassifier`), a binary head says *whether* a text
is harmful (any S-code or jailbreak) and a category head, trained on harmful examples only,
says *which*; a category's score is the harm score scaled by how close the category is to
the likeliest one. Over the 512-dimensional embeddings of `encoder.SentenceEncoder`, the
harm score is the mean of a logistic regression and a nearest-neighbour score over the
training examples kept as int8 prototypes (`Neighbours`); the category head is a logistic
regression. Everything is trained by `python -m veilleur.safety.train` from the data in
the repository and shipped in the package (`data/heads.npz`, a few MB, with the SHA-256 of
the training inputs in `data/heads.json`), so a process only loads it.

`Ensemble` averages the scores of several classifiers (measured with the n-gram one, see
docs/safety.md).
"""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Protocol

import numpy as np

from veilleur.safety.classifier import Classifier
from veilleur.safety.errors import ClassifierError
from veilleur.safety.taxonomy import CODES

__all__ = ["Ensemble", "LinearHeads", "Neighbours", "SemanticClassifier", "load_heads"]

_BENIGN = "benign"
HEADS_FILE = "heads.npz"
MANIFEST_FILE = "heads.json"


class _Encoder(Protocol):
    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


def _scores(harm: np.ndarray, cat: np.ndarray, codes: Sequence[str]) -> list[dict[str, float]]:
    """Per-code scores: the likeliest category carries the full harm score, close seconds
    less (sharpened ratio, as in the n-gram classifier)."""
    rel = (cat / np.maximum(cat.max(axis=1, keepdims=True), 1e-9)) ** 3
    out = []
    for h, row in zip(harm, rel, strict=True):
        scores = dict.fromkeys(CODES, 0.0)
        for code, r in zip(codes, row, strict=True):
            scores[code] = round(float(h * r), 4)
        out.append(scores)
    return out


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


@dataclass
class Neighbours:
    """The training examples as compact prototypes, for a nearest-neighbour harm score.

    Embeddings are projected on their first `d` principal axes, re-normalised and stored as
    int8 (a few MB for the whole training set). A text's neighbour score compares its mean
    cosine to its `k` nearest harmful examples with that to its `k` nearest benign ones:
    unlike a linear head, it stays moderate on text far from every training example (a
    licence, a changelog), and it follows paraphrases of what it has seen.
    """

    mean: np.ndarray  # (512,)
    axes: np.ndarray  # (512, d)
    codes: np.ndarray  # (n, d) int8
    harmful: np.ndarray  # (n,) bool
    k: int = 5
    scale: float = 20.0

    @classmethod
    def fit(cls, x: np.ndarray, harmful: np.ndarray, *, d: int = 128, k: int = 5) -> Neighbours:
        """Prototypes of the rows of `x`, labelled `harmful` (principal axes from a quarter
        of the rows, enough for a stable estimate)."""
        mean = x.mean(axis=0)
        _, _, vt = np.linalg.svd(x[::4] - mean, full_matrices=False)
        axes = vt[:d].T.astype(np.float32)
        out = cls(mean=mean.astype(np.float32), axes=axes,
                  codes=np.zeros((0, d), dtype=np.int8), harmful=np.asarray(harmful, bool), k=k)
        out.codes = out._quantise(x)
        return out

    def _quantise(self, x: np.ndarray) -> np.ndarray:
        q = (x - self.mean) @ self.axes
        q /= np.linalg.norm(q, axis=1, keepdims=True) + 1e-9
        return np.clip(np.round(q * 127), -127, 127).astype(np.int8)

    def _tables(self) -> tuple[np.ndarray, np.ndarray]:
        """The harmful and the harmless prototypes as float32 tables (each contiguous,
        computed on first use): one product with each, instead of a product with all of
        them followed by two masked copies of the similarities."""
        tables: tuple[np.ndarray, np.ndarray] | None = getattr(self, "_split", None)
        if tables is None:
            table = self.codes.astype(np.float32) / 127
            tables = (np.ascontiguousarray(table[self.harmful]),
                      np.ascontiguousarray(table[~self.harmful]))
            self._split = tables
        return tables

    def score(self, x: np.ndarray) -> np.ndarray:
        """Neighbour harm score in (0, 1) of each row of `x`."""
        harmful, harmless = self._tables()
        query = self._quantise(x).astype(np.float32) / 127
        k = min(self.k, len(harmful), len(harmless))

        def top(table: np.ndarray) -> np.ndarray:
            sims = query @ table.T
            return np.partition(sims, sims.shape[1] - k, axis=1)[:, -k:].mean(axis=1)

        gap = top(harmful) - top(harmless)
        return 1.0 / (1.0 + np.exp(-self.scale * gap))


@dataclass
class LinearHeads:
    """The harm head and the category head over one encoder's embeddings.

    The harm score is the logistic head's probability, averaged with the `neighbours`
    score when there are prototypes (weight `mix` on the neighbours).
    """

    encoder: str
    harm_coef: np.ndarray
    harm_bias: float
    cat_coef: np.ndarray
    cat_bias: np.ndarray
    codes: list[str]
    info: dict[str, Any] = field(default_factory=dict)
    neighbours: Neighbours | None = None
    mix: float = 0.5

    @classmethod
    def fit(cls, x: np.ndarray, labels: Sequence[str], weights: Sequence[float] | None = None,
            *, encoder: str, c: float = 4.0, neighbours: bool = True) -> LinearHeads:
        """Fit both heads on embeddings `x` labelled with a code or ``"benign"``.

        `weights`: per-example weights of the harm head (default 1 each); `c`: inverse
        regularisation of both logistic regressions; `neighbours`: also keep the training
        examples as prototypes (`Neighbours`).
        """
        from sklearn.linear_model import LogisticRegression

        unknown = set(labels) - set(CODES) - {_BENIGN}
        if unknown:
            raise ClassifierError(f"unknown labels in training data: {sorted(unknown)!r}")
        harmful = np.array([label != _BENIGN for label in labels])
        harm = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
        harm.fit(x, harmful, sample_weight=None if weights is None
                 else np.asarray(weights, dtype=float))
        harmful_labels = [lab for lab, h in zip(labels, harmful, strict=True) if h]
        classes = sorted(set(harmful_labels))
        if len(classes) == 1:  # one category: it is always the likeliest
            cat_coef, cat_bias = np.zeros((1, x.shape[1])), np.zeros(1)
        else:
            cat = LogisticRegression(C=c, max_iter=2000).fit(x[harmful], harmful_labels)
            cat_coef, cat_bias, classes = cat.coef_, cat.intercept_, list(cat.classes_)
            if len(classes) == 2:  # one logit for two classes: softmax over (0, logit)
                cat_coef = np.vstack([np.zeros_like(cat_coef), cat_coef])
                cat_bias = np.concatenate([[0.0], cat_bias])
        return cls(encoder=encoder, harm_coef=harm.coef_[0].astype(np.float32),
                   harm_bias=float(harm.intercept_[0]),
                   cat_coef=cat_coef.astype(np.float32),
                   cat_bias=cat_bias.astype(np.float32),
                   codes=[str(c) for c in classes],
                   neighbours=Neighbours.fit(x, harmful) if neighbours else None)

    def predict(self, x: np.ndarray) -> list[dict[str, float]]:
        """Scores for every code, one dict per row of `x`."""
        if not len(x):
            return []
        harm = 1.0 / (1.0 + np.exp(-(x @ self.harm_coef + self.harm_bias)))
        if self.neighbours is not None:
            harm = (1 - self.mix) * harm + self.mix * self.neighbours.score(x)
        cat = _softmax(x @ self.cat_coef.T + self.cat_bias)
        return _scores(harm, cat, self.codes)

    def to_bytes(self) -> bytes:
        """The heads as an ``.npz`` file (no pickle)."""
        arrays: dict[str, np.ndarray] = dict(
            harm_coef=self.harm_coef, harm_bias=np.float32(self.harm_bias),
            cat_coef=self.cat_coef, cat_bias=self.cat_bias, codes=np.array(self.codes),
            encoder=np.array(self.encoder), mix=np.float32(self.mix))
        if self.neighbours is not None:
            n = self.neighbours
            arrays.update(nb_mean=n.mean, nb_axes=n.axes, nb_codes=n.codes,
                          nb_harmful=n.harmful, nb_k=np.int32(n.k),
                          nb_scale=np.float32(n.scale))
        buffer = io.BytesIO()
        np.savez_compressed(buffer, **arrays)
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes, info: Mapping[str, Any] | None = None) -> LinearHeads:
        """Heads written by `to_bytes`."""
        try:
            with np.load(io.BytesIO(data), allow_pickle=False) as z:
                neighbours = None
                if "nb_codes" in z.files:
                    neighbours = Neighbours(mean=z["nb_mean"], axes=z["nb_axes"],
                                            codes=z["nb_codes"], harmful=z["nb_harmful"],
                                            k=int(z["nb_k"]), scale=float(z["nb_scale"]))
                return cls(encoder=str(z["encoder"]), harm_coef=z["harm_coef"],
                           harm_bias=float(z["harm_bias"]), cat_coef=z["cat_coef"],
                           cat_bias=z["cat_bias"], codes=[str(c) for c in z["codes"]],
                           info=dict(info or {}), neighbours=neighbours,
                           mix=float(z["mix"]) if "mix" in z.files else 0.5)
        except (OSError, KeyError, ValueError) as exc:
            raise ClassifierError(f"unreadable classifier heads: {exc}") from exc


def load_heads() -> LinearHeads:
    """The heads shipped in the package (`veilleur/safety/data/heads.npz`).

    Raises:
        ClassifierError: the file is missing or unreadable (run `python -m
            veilleur.safety.train`).
    """
    data_dir = resources.files("veilleur.safety").joinpath("data")
    try:
        raw = data_dir.joinpath(HEADS_FILE).read_bytes()
        info = json.loads(data_dir.joinpath(MANIFEST_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ClassifierError(
            f"cannot read the safety classifier heads ({exc}); train them with "
            "`python -m veilleur.safety.train`") from exc
    return LinearHeads.from_bytes(raw, info)


_CONTROLLER: Any = None
_CONTROLLER_LOCK = threading.Lock()


def _blas_limit(threads: int | None) -> AbstractContextManager[Any]:
    """A context in which numpy's BLAS uses at most `threads` threads (None: as it is).

    `threadpoolctl` (a dependency of scikit-learn) finds the BLAS libraries once, then
    sets their thread count on entry and restores it on exit.
    """
    global _CONTROLLER
    if threads is None:
        return nullcontext()
    with _CONTROLLER_LOCK:
        if _CONTROLLER is None:
            from threadpoolctl import ThreadpoolController

            _CONTROLLER = ThreadpoolController()
    return _CONTROLLER.limit(limits=threads, user_api="blas")


class SemanticClassifier:
    """Scores texts from their sentence embeddings (see the module docstring).

    When the encoder says how many BLAS threads it uses (`SentenceEncoder.threads`), the
    heads run with as many: the product with the prototype table is small enough for
    one thread, and on a server a second BLAS thread only competes with the model's
    threads for the cores (on two loaded cores, the neighbour score of one text took 8.2 ms
    of CPU with two BLAS threads and 0.9 ms with one; docs/safety.md, "Speed").
    """

    def __init__(self, encoder: _Encoder, heads: LinearHeads) -> None:
        if heads.encoder != encoder.name:
            raise ClassifierError(f"heads trained on {heads.encoder!r} embeddings cannot read "
                                  f"{encoder.name!r} ones")
        self.encoder = encoder
        self.heads = heads
        threads = getattr(encoder, "threads", None)
        self._threads: int | None = threads if isinstance(threads, int) else None

    def predict(self, texts: Iterable[str]) -> list[dict[str, float]]:
        """Scores in [0, 1] for every code of the taxonomy, one dict per text."""
        texts = list(texts)
        if not texts:
            return []
        x = self.encoder.encode(texts)
        with _blas_limit(self._threads):
            return self.heads.predict(x)


class Ensemble:
    """The weighted mean of several classifiers' scores, code by code."""

    def __init__(self, members: Sequence[Classifier], weights: Sequence[float]) -> None:
        if len(members) != len(weights) or not members or min(weights) < 0 or not sum(weights):
            raise ClassifierError(f"an ensemble needs one non-negative weight per member, "
                                  f"got {list(weights)!r}")
        total = float(sum(weights))
        self.members = list(members)
        self.weights = [w / total for w in weights]

    def predict(self, texts: Iterable[str]) -> list[dict[str, float]]:
        """Scores in [0, 1] for every code of the taxonomy, one dict per text."""
        texts = list(texts)
        out = [dict.fromkeys(CODES, 0.0) for _ in texts]
        for member, weight in zip(self.members, self.weights, strict=True):
            if not weight:
                continue
            for scores, result in zip(member.predict(texts), out, strict=True):
                for code, value in scores.items():
                    result[code] += weight * value
        return [{code: round(v, 4) for code, v in r.items()} for r in out]
