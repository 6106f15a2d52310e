"""Scores of a text of any length: normalise → readings → classifier + rules → maximum.

Long texts are cut into overlapping pieces and every piece is scored (nothing is silently
truncated); the text's score for a category is the worst score of its pieces and readings.
"""

from __future__ import annotations

from collections.abc import Sequence

from veilleur.safety.classifier import HarmClassifier
from veilleur.safety.normalise import readings
from veilleur.safety.rules import rule_scores
from veilleur.safety.taxonomy import CODES

__all__ = ["CHUNK", "OVERLAP", "Scorer", "pieces"]

CHUNK = 1500  # characters per piece
OVERLAP = 200  # so that a phrase on a boundary is read whole in one piece


def pieces(text: str) -> list[str]:
    """`text` cut into overlapping pieces of at most `CHUNK` characters (at least one)."""
    if len(text) <= CHUNK:
        return [text]
    step = CHUNK - OVERLAP
    return [text[i : i + CHUNK] for i in range(0, len(text) - OVERLAP, step)]


class Scorer:
    """Turns texts into per-category scores with one classifier and the rules."""

    def __init__(self, classifier: HarmClassifier) -> None:
        self._classifier = classifier

    def score(self, text: str) -> dict[str, float]:
        """Scores of one text (every code of the taxonomy)."""
        return self.score_many([text])[0]

    def score_many(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """Scores of several texts, classified in one batch."""
        owners: list[int] = []
        batch: list[str] = []
        for index, text in enumerate(texts):
            for piece in pieces(text):
                for reading in readings(piece):
                    owners.append(index)
                    batch.append(reading)
        results = [dict.fromkeys(CODES, 0.0) for _ in texts]
        for owner, reading, scores in zip(
            owners, batch, self._classifier.predict(batch), strict=True
        ):
            merged = results[owner]
            for code, value in scores.items():
                merged[code] = max(merged[code], value)
            for code, value in rule_scores(reading).items():
                merged[code] = max(merged[code], value)
        return results
