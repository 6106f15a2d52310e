"""Cheap detection of the user's language (lingua, restricted to a handful of languages).

Restricting lingua to the six languages Veilleur serves keeps a call around 0.1 ms after
a one-off model load.
Texts with fewer than three letters default to English.
"""

from __future__ import annotations

import threading
from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from veilleur.safety.normalise import clean_text

__all__ = ["LANGUAGES", "detect_language"]

LANGUAGES = {
    Language.ENGLISH: "en",
    Language.FRENCH: "fr",
    Language.GERMAN: "de",
    Language.SPANISH: "es",
    Language.ITALIAN: "it",
    Language.PORTUGUESE: "pt",
}
_LOCK = threading.Lock()
_SAMPLE = 2000  # characters read: the start of a long text is enough to tell its language


@cache
def _detector() -> LanguageDetector:
    # Preloaded: lazily, the first text of each language would pay ~0.1 s of loading.
    builder = LanguageDetectorBuilder.from_languages(*LANGUAGES)
    return builder.with_preloaded_language_models().build()


def detect_language(text: str, default: str = "en") -> str:
    """ISO 639-1 code of the language of `text`, or `default` when unsure."""
    sample = clean_text(text[:_SAMPLE])
    if sum(ch.isalpha() for ch in sample) < 3:
        return default
    with _LOCK:
        detector = _detector()
    found = detector.detect_language_of(sample)
    return LANGUAGES.get(found, default) if found is not None else default
