"""Scores of a text of any length: normalise → readings → classifier + rules → maximum.

Two ways to read a text:

- a **request** (a short user message, up to `DOCUMENT_MIN` characters on one or two
  lines) is scored whole, as the classifier was trained (short prompts);
- a **document or an answer** (longer texts, and every assistant answer) is cut into
  segments of about one to three sentences (`segments`), each scored like a request; the
  text's score for a category is the worst segment's. A long text is then judged on its
  worst *sentence*, not on a bag of n-grams the classifier never saw in training, and the
  policy can hold segments to a stricter threshold (`[forms.*]` in policy.toml).

Rules run on overlapping pieces of `CHUNK` characters of the whole text in both modes, so a
phrase across a sentence boundary is still read whole. Nothing is silently truncated.

Calls of the classifier from several threads at once (the input checks of requests that
arrive together, the output guards of answers streamed side by side) are merged into one
batch (`Coalescing`): the sentence encoder, the product with the prototype table and the
n-gram features cost much less for one batch of N texts than for N calls, and each text's
scores do not depend on the batch it is read in (to float rounding).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from threading import Condition, Lock

from veilleur.safety.classifier import Classifier
from veilleur.safety.normalise import readings
from veilleur.safety.rules import addressed_to_assistant, rule_scores
from veilleur.safety.segments import (
    CHUNK,
    DOCUMENT_MIN,
    OVERLAP,
    SEGMENT,
    is_document,
    pieces,
    segments,
)
from veilleur.safety.taxonomy import CODES, JAILBREAK

__all__ = ["CHUNK", "DOCUMENT_MIN", "OVERLAP", "SEGMENT", "Coalescing", "Scorer", "is_document",
           "pieces", "segments"]

_CACHE_SIZE = 4096


class _Call:
    """One caller's texts, and its scores once a batch has read them."""

    __slots__ = ("done", "error", "scores", "texts")

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.scores: list[dict[str, float]] = []
        self.error: BaseException | None = None
        self.done = False


class Coalescing:
    """A classifier whose concurrent calls are read in one batch.

    The first caller runs the classifier on its texts at once; callers arriving while it
    runs wait, and when it is done the first of them runs one batch of all their texts
    (group commit): no caller ever waits for a timer, a lone caller pays nothing but a
    lock, and the classifier is never run by two threads at once. Scores are the wrapped
    classifier's, text by text; an error of a batch is raised to each caller in it.
    """

    def __init__(self, classifier: Classifier) -> None:
        self.classifier = classifier
        self._ready = Condition()
        self._waiting: list[_Call] = []
        self._busy = False
        self.batches = 0  # batches run, and the texts and calls read in them (counters)
        self.texts = 0
        self.calls = 0

    def predict(self, texts: Iterable[str]) -> list[dict[str, float]]:
        """The classifier's scores of `texts`, read with those of concurrent callers."""
        call = _Call(list(texts))
        if not call.texts:
            return []
        with self._ready:
            self._waiting.append(call)
            while self._busy and not call.done:
                self._ready.wait()
            batch: list[_Call] = []
            if not call.done:  # this caller runs the next batch: everyone waiting
                self._busy = True
                batch, self._waiting = self._waiting, []
        if batch:
            self._run(batch)
        if call.error is not None:
            raise call.error
        return call.scores

    def _run(self, batch: list[_Call]) -> None:
        texts = [text for call in batch for text in call.texts]
        error: BaseException | None = None
        scores: list[dict[str, float]] = []
        try:
            scores = self.classifier.predict(texts)
            if len(scores) != len(texts):
                error = ValueError(f"the classifier scored {len(scores)} of {len(texts)} "
                                   "texts")
        except BaseException as exc:  # raised to every caller of the batch
            error = exc
        with self._ready:
            start = 0
            for call in batch:
                call.scores = scores[start:start + len(call.texts)]
                call.error = error
                call.done = True
                start += len(call.texts)
            self.batches += 1
            self.texts += len(texts)
            self.calls += len(batch)
            self._busy = False
            self._ready.notify_all()


class Scorer:
    """Turns texts into per-category scores with one classifier and the rules."""

    def __init__(self, classifier: Classifier) -> None:
        self._classifier = (classifier if isinstance(classifier, Coalescing)
                            else Coalescing(classifier))
        self._cache: OrderedDict[str, dict[str, float]] = OrderedDict()
        self._lock = Lock()

    def clear_cache(self) -> None:
        """Forget the cached segment scores (for latency measurements)."""
        with self._lock:
            self._cache.clear()

    def score(self, text: str) -> dict[str, float]:
        """Scores of one text read as a request (every code of the taxonomy)."""
        return self.score_many([text])[0]

    def score_many(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """Scores of several texts read whole (requests), classified in one batch."""
        owners: list[int] = []
        batch: list[str] = []
        for index, text in enumerate(texts):
            for reading in _readings(text):
                owners.append(index)
                batch.append(reading)
        results = [dict.fromkeys(CODES, 0.0) for _ in texts]
        for owner, reading, scores in zip(
            owners, batch, self._classifier.predict(batch), strict=True
        ):
            _merge(results[owner], scores)
            _merge(results[owner], rule_scores(reading))
        return results

    def rules_fired(self, texts: Sequence[str]) -> set[str]:
        """Codes whose rules fire on any reading of any of `texts`."""
        return {code for text in texts for reading in _readings(text)
                for code in rule_scores(reading)}

    def score_segmented(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """Scores of texts read as documents or answers: the worst segment, plus the rules.

        Jailbreak / prompt injection from the classifier counts only on segments that
        speak to the assistant (`rules.addressed_to_assistant`): a command line, a
        glossary or a quoted dialogue in a document is not an attack on the assistant.
        Segment scores are cached (a streamed answer is re-read many times).
        """
        results = [dict.fromkeys(CODES, 0.0) for _ in texts]
        todo: dict[str, list[int]] = {}
        for index, text in enumerate(texts):
            for reading in _readings(text):  # rules on whole pieces
                _merge(results[index], rule_scores(reading))
            for segment in segments(text):
                with self._lock:
                    cached = self._cache.get(segment)
                if cached is not None:
                    _merge(results[index], cached)
                else:
                    todo.setdefault(segment, []).append(index)
        if todo:
            owners: list[str] = []
            batch: list[str] = []
            for segment in todo:
                for reading in readings(segment):
                    owners.append(segment)
                    batch.append(reading)
            per_segment = {segment: dict.fromkeys(CODES, 0.0) for segment in todo}
            for segment, reading, scores in zip(
                owners, batch, self._classifier.predict(batch), strict=True
            ):
                if not addressed_to_assistant(reading):
                    scores = {**scores, JAILBREAK: 0.0}
                _merge(per_segment[segment], scores)
            with self._lock:
                for segment, scores in per_segment.items():
                    self._cache[segment] = scores
                    for index in todo[segment]:
                        _merge(results[index], scores)
                while len(self._cache) > _CACHE_SIZE:
                    self._cache.popitem(last=False)
        return results


def _readings(text: str) -> Iterator[str]:
    """Every reading (see `normalise.readings`) of every piece of `text`."""
    for piece in pieces(text):
        yield from readings(piece)


def _merge(into: dict[str, float], scores: dict[str, float]) -> None:
    for code, value in scores.items():
        if value > into[code]:
            into[code] = value
