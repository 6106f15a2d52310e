"""POST /v1/moderations: OpenAI's moderation endpoint, answered by the safety pipeline."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field

from veilleur.api.deps import require_api_key, state
from veilleur.api.errors import ERROR_RESPONSES
from veilleur.errors import InvalidRequestError
from veilleur.safety.moderation import moderation_result

__all__ = ["ModerationRequest", "router"]

router = APIRouter(dependencies=[Depends(require_api_key)], tags=["safety"],
                   responses=ERROR_RESPONSES)
MODEL = "veilleur-safety"
MAX_INPUTS = 256


class ModerationRequest(BaseModel):
    """OpenAI's moderation request (text inputs only)."""

    input: Any = Field(description="A string or a list of strings to classify.")
    model: str | None = Field(default=None, description="Ignored; echoed back.")


def _texts(raw: Any) -> list[str]:
    if isinstance(raw, str):
        return [raw]
    if isinstance(raw, list) and raw and all(isinstance(t, str) for t in raw):
        if len(raw) > MAX_INPUTS:
            raise InvalidRequestError(
                f"`input` has {len(raw)} items; at most {MAX_INPUTS} per request", param="input"
            )
        return raw
    raise InvalidRequestError(
        f"`input` must be a string or a non-empty list of strings, got {type(raw).__name__}",
        param="input",
    )


@router.post("/v1/moderations")
def create_moderation(body: ModerationRequest, request: Request) -> dict[str, Any]:
    """Classify `input` (OpenAI schema); each result also carries the S-codes."""
    texts = _texts(body.input)
    decisions = state(request).safety().moderate(texts)
    return {
        "id": f"modr-{uuid.uuid4().hex}",
        "model": body.model or MODEL,
        "results": [moderation_result(d) for d in decisions],
    }
