"""Checks every text task makes on its input before anything runs, and on its output."""

from __future__ import annotations

from typing import Any

from veilleur.documents import DocumentTooLargeError
from veilleur.errors import InvalidRequestError
from veilleur.tasks.text.checks import leaked_examples
from veilleur.tasks.text.prompts import few_shot_examples

__all__ = ["check_output", "check_text"]


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


def check_output(output: str, document: str, warnings: list[dict[str, Any]]) -> dict[str, Any]:
    """The checks every task makes on what it wrote (a summary, a generation; translation
    adds its own): `leaked_examples`, the prompts' example texts found in `output` that
    `document` does not contain. A leak adds a `prompt_example_leak` warning."""
    leaked = leaked_examples(output, document, few_shot_examples())
    if leaked:
        warnings.append({
            "code": "prompt_example_leak",
            "message": "the output contains an example text of the prompt, not something "
                       "drawn from the document: the model probably could not read it",
            "examples": leaked})
    return {"leaked_examples": leaked}
