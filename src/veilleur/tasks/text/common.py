"""Checks every text task makes on its input before anything runs."""

from __future__ import annotations

from veilleur.documents import DocumentTooLargeError
from veilleur.errors import InvalidRequestError

__all__ = ["check_text"]


def check_text(text: str, *, max_characters: int, param: str = "text") -> str:
    """`text`, or a 400 when it is empty and a 413 when it is over `max_characters`."""
    if not text or not text.strip():
        raise InvalidRequestError("the text is empty: send some text or a file", param=param,
                                  code="empty_text")
    if len(text) > max_characters:
        raise DocumentTooLargeError(
            f"the text has {len(text)} characters; the limit is {max_characters} "
            "(setting VEILLEUR_TEXT_MAX_CHARACTERS)", param=param)
    return text
