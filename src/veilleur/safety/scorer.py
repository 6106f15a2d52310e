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
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator, Sequence
from threading import Lock

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

__all__ = ["CHUNK", "DOCUMENT_MIN", "OVERLAP", "SEGMENT", "Scorer", "is_document", "pieces",
           "segments"]

_CACHE_SIZE = 4096


class Scorer:
    """Turns texts into per-category scores with one classifier and the rules."""

    def __init__(self, classifier: Classifier) -> None:
        self._classifier = classifier
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
