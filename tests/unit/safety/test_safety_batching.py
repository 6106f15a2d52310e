"""Batched scoring reads each text as one-at-a-time scoring does: concurrent classifier calls
merged into one batch (`scorer.Coalescing`), the neighbour score's split tables, the heads'
single BLAS thread, and the output guard's `scores_on` (which says when a piece is fed on
the event loop)."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from veilleur.evals.safety import load_split
from veilleur.safety import SafetyPipeline, SafetySettings
from veilleur.safety.encoder import default_encoder
from veilleur.safety.model import default_classifier
from veilleur.safety.normalise import normalise
from veilleur.safety.scorer import Coalescing, Scorer
from veilleur.safety.semantic import Neighbours, load_heads
from veilleur.safety.taxonomy import CODES
from veilleur.types import ChatMessage

ROWS = 300  # corpus rows compared (every k-th row of the test split: every form, language)


@pytest.fixture(scope="module")
def texts() -> list[str]:
    rows = load_split("test")
    step = max(1, len(rows) // ROWS)
    return [normalise(r["text"]) for r in rows[::step][:ROWS]]


def _masked_score(nb: Neighbours, x: np.ndarray) -> np.ndarray:
    """The neighbour score as it was computed before the split tables: one product with
    every prototype, then the harmful and harmless columns picked by a mask."""
    table = nb.codes.astype(np.float32) / 127
    sims = (nb._quantise(x).astype(np.float32) / 127) @ table.T
    k = min(nb.k, int(nb.harmful.sum()), int((~nb.harmful).sum()))

    def top(part: np.ndarray) -> np.ndarray:
        return np.partition(part, part.shape[1] - k, axis=1)[:, -k:].mean(axis=1)

    gap = top(sims[:, nb.harmful]) - top(sims[:, ~nb.harmful])
    return 1.0 / (1.0 + np.exp(-nb.scale * gap))


def test_the_neighbour_score_is_the_masked_products(texts):
    nb = load_heads().neighbours
    assert nb is not None
    x = default_encoder().encode(texts)
    batched = nb.score(x)
    assert batched.shape == (len(texts),)
    # float32 products in another order: the last bits differ (x20 by the logistic)
    np.testing.assert_allclose(batched, _masked_score(nb, x), rtol=0, atol=1e-5)
    alone = np.concatenate([nb.score(x[i:i + 1]) for i in range(len(texts))])
    np.testing.assert_allclose(alone, batched, rtol=0, atol=1e-5)


def test_the_shipped_classifier_scores_a_text_alike_alone_and_in_a_batch(texts):
    classifier = default_classifier()
    batched = classifier.predict(texts)
    alone = [classifier.predict([text])[0] for text in texts]
    assert len(batched) == len(alone) == len(texts)
    for one, many in zip(alone, batched, strict=True):
        assert set(one) == set(many) == set(CODES)
        # scores are rounded to 4 decimals, and the float32 products with the prototype
        # tables are summed in another order in a batch: the logistic amplifies that to a
        # few units of the 4th decimal (2e-4 seen with 35,953 prototypes). A text mixed up
        # with its batch neighbours would differ by far more.
        assert max(abs(one[c] - many[c]) for c in CODES) <= 5e-4, (one, many)


def test_concurrent_requests_are_scored_as_alone(texts):
    """Eight threads scoring requests at once through one scorer (as eight input checks
    arriving together) get the scores each text gets alone."""
    scorer = Scorer(default_classifier())
    chunks = [texts[i::8][:10] for i in range(8)]
    alone = [[scorer.score(text) for text in chunk] for chunk in chunks]
    results: list[list[dict[str, float]] | None] = [None] * len(chunks)
    start = threading.Barrier(len(chunks))

    def run(i: int) -> None:
        start.wait()
        results[i] = scorer.score_many(chunks[i])

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(chunks))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for got, expected in zip(results, alone, strict=True):
        assert got is not None and len(got) == len(expected)
        for one, many in zip(expected, got, strict=True):
            assert max(abs(one[c] - many[c]) for c in CODES) <= 1.5e-4


class _Gated:
    """A classifier that records its batches; its first call waits for `release`."""

    def __init__(self) -> None:
        self.batches: list[list[str]] = []
        self.entered = threading.Event()
        self.release = threading.Event()
        self.fail_on: str | None = None

    def predict(self, texts):
        texts = list(texts)
        self.batches.append(texts)
        if len(self.batches) == 1:
            self.entered.set()
            assert self.release.wait(30)
        if self.fail_on in texts:
            raise RuntimeError("classifier failed")
        return [{"len": float(len(t))} for t in texts]


def _wait_queued(coalescing: Coalescing, calls: int) -> None:
    """Until `calls` callers wait for the running batch (bounded: the test fails, not hangs)."""
    deadline = time.monotonic() + 30
    while len(coalescing._waiting) < calls:
        assert time.monotonic() < deadline, "the callers never queued"
        time.sleep(0.001)


def _start(coalescing: Coalescing, calls: list[list[str]], out: dict[int, object]
           ) -> list[threading.Thread]:
    def run(i: int) -> None:
        try:
            out[i] = coalescing.predict(calls[i])
        except RuntimeError as exc:
            out[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    return threads


def test_callers_arriving_during_a_batch_are_read_in_the_next_one():
    gated = _Gated()
    coalescing = Coalescing(gated)
    out: dict[int, object] = {}
    first = _start(coalescing, [["a"]], out)
    assert gated.entered.wait(30)
    calls = [["bb", "ccc"], ["dddd"], [], ["eeeee", "f", "gg"]]
    others = _start(coalescing, calls, {})  # the empty call returns at once, unqueued
    results: dict[int, object] = {}
    later = _start(coalescing, calls, results)
    _wait_queued(coalescing, 6)
    gated.release.set()
    for thread in first + others + later:
        thread.join()
    assert out[0] == [{"len": 1.0}]
    assert len(gated.batches) == 2  # the first call alone, then everyone who waited
    assert sorted(gated.batches[1]) == sorted(2 * ["bb", "ccc", "dddd", "eeeee", "f", "gg"])
    for i, texts in enumerate(calls):
        assert results[i] == [{"len": float(len(t))} for t in texts]
    assert (coalescing.batches, coalescing.calls, coalescing.texts) == (2, 7, 13)


def test_a_failed_batch_fails_each_of_its_callers():
    gated = _Gated()
    gated.fail_on = "boom"
    coalescing = Coalescing(gated)
    out: dict[int, object] = {}
    first = _start(coalescing, [["a"]], out)
    assert gated.entered.wait(30)
    results: dict[int, object] = {}
    later = _start(coalescing, [["x"], ["boom"]], results)
    _wait_queued(coalescing, 2)
    gated.release.set()
    for thread in first + later:
        thread.join()
    assert out[0] == [{"len": 1.0}]
    assert all(isinstance(r, RuntimeError) for r in results.values()) and len(results) == 2
    assert coalescing.predict(["ok"]) == [{"len": 2.0}]  # the next batch runs as usual


def test_scores_on_says_exactly_when_feed_scores():
    pipeline = SafetyPipeline.from_settings(SafetySettings(output_check_every=10))
    guard = pipeline.output_guard([ChatMessage("user", "Tell me about soup.")], language="en")
    pieces = ["Soup ", "is a ", "warm dish", ". ", "It can be made with many vegetables, ",
              "a", "nd ", "herbs."]
    for piece in pieces:
        predicted = guard.scores_on(piece)
        before = guard._checked_at
        guard.feed(piece)
        assert predicted == (guard._checked_at != before), piece
