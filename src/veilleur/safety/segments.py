"""How a text is cut for reading: pieces for the rules, segments for the classifier.

A **request** (a short user message) is read whole; a **document or an answer** is cut into
segments of about one sentence (`segments`), each classified like a request. The rules read
overlapping `pieces` of the whole text, so a phrase across a segment boundary is read whole.
Nothing here knows a model: the classifier and the scorer both build on it.
"""

from __future__ import annotations

import re

__all__ = ["CHUNK", "DOCUMENT_MIN", "OVERLAP", "SEGMENT", "is_document", "pieces", "segments"]

CHUNK = 1500  # characters per piece
OVERLAP = 200  # so that a phrase on a boundary is read whole in one piece
DOCUMENT_MIN = 300  # longer inputs are read as documents (per segment)
SEGMENT = 140  # target length of a segment: about one sentence (chosen on dev: 80/140/280)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\s*\n\s*")


def pieces(text: str) -> list[str]:
    """`text` cut into overlapping pieces of at most `CHUNK` characters (at least one)."""
    if len(text) <= CHUNK:
        return [text]
    step = CHUNK - OVERLAP
    return [text[i : i + CHUNK] for i in range(0, len(text) - OVERLAP, step)]


def is_document(text: str) -> bool:
    """Whether an input is read as a document (per segment) rather than a request."""
    return len(text) > DOCUMENT_MIN or text.count("\n") >= 3


def segments(text: str) -> list[str]:
    """`text` cut at sentence ends and line breaks into segments of at most ~`SEGMENT` chars.

    Short sentences are merged with the next one (a segment is one to a few sentences);
    a run without any sentence end is cut into overlapping windows. At least one segment.
    """
    out: list[str] = []
    current = ""
    for sentence in _SENTENCE_END.split(text):
        if not sentence.strip():
            continue
        while len(sentence) > 2 * SEGMENT:  # no punctuation: overlapping windows
            out.append(sentence[: 2 * SEGMENT])
            sentence = sentence[SEGMENT:]
        if current and len(current) + len(sentence) + 1 > SEGMENT:
            out.append(current)
            current = ""
        current = f"{current} {sentence}" if current else sentence
    if current:
        out.append(current)
    return out or [text]
