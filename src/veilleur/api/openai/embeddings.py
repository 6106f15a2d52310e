"""POST /v1/embeddings: OpenAI's embeddings endpoint, served by the guarded engine.

Router, wire models and serving of one small feature, kept in one module. `input` is a
string or a list of at most `MAX_INPUTS` non-empty strings; token arrays are refused
(400 `unsupported_parameter`, `param: "input"`). `encoding_format` ``base64`` is the
vector's little-endian float32 bytes, as OpenAI sends them (the `openai` client asks for
it by default). Embedding inputs are not safety-checked: nothing is generated (see
docs/safety.md); the request counts in the user's quotas like a generation.
"""

from __future__ import annotations

import base64
import struct
from typing import Any, Literal

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, ConfigDict, Field

from veilleur.api.deps import require_api_key, state
from veilleur.api.errors import ERROR_RESPONSES
from veilleur.api.quotas import generation
from veilleur.errors import InvalidRequestError, NotFoundError, UnsupportedParameterError
from veilleur.guard import GuardedEngine

__all__ = [
    "MAX_INPUTS",
    "UNSUPPORTED_EMBEDDINGS",
    "CreateEmbeddingResponse",
    "EmbeddingRequest",
    "create_embeddings",
    "router",
]

MAX_INPUTS = 2048  # OpenAI's bound on the items of one request

# Parameters (or forms of them) refused with 400 `unsupported_parameter`, named in `param`,
# and when (docs/api.md lists them; test_unsupported_parameters.py keeps that true).
UNSUPPORTED_EMBEDDINGS: dict[str, str] = {
    "input": "token arrays (lists of integers) instead of text",
    "dimensions": "any value but the model's own width, on the embedded engine (the "
                  "upstream backend passes it on)",
}


class EmbeddingRequest(BaseModel):
    """OpenAI's embeddings request."""

    model_config = ConfigDict(extra="ignore")

    input: Any = Field(description=f"A string or a list of at most {MAX_INPUTS} strings.")
    model: str = Field(..., min_length=1)
    encoding_format: Literal["float", "base64"] = "float"
    dimensions: int | None = Field(None, ge=1, le=65536)
    user: str | None = Field(None, max_length=256)

    def texts(self) -> list[str]:
        """The texts to embed, or a 400 naming what is wrong with `input`."""
        raw = self.input
        if isinstance(raw, str):
            raw = [raw]
        elif not isinstance(raw, list):
            raise InvalidRequestError(
                f"`input` must be a string or a list of strings, got {type(raw).__name__}",
                param="input")
        if not raw:
            raise InvalidRequestError("`input` must not be an empty list", param="input")
        if len(raw) > MAX_INPUTS:
            raise InvalidRequestError(
                f"`input` has {len(raw)} items; at most {MAX_INPUTS} per request",
                param="input")
        if all(isinstance(item, int) or (isinstance(item, list) and
                                         all(isinstance(t, int) for t in item))
               for item in raw):
            raise UnsupportedParameterError(
                "token arrays in `input` are not supported by this server; send the text",
                param="input")
        for index, item in enumerate(raw):
            if not isinstance(item, str):
                raise InvalidRequestError(
                    f"`input[{index}]` must be a string, got {type(item).__name__}",
                    param=f"input[{index}]")
            if not item:
                raise InvalidRequestError(f"`input[{index}]` is an empty string",
                                          param=f"input[{index}]")
        return raw


class Embedding(BaseModel):
    object: Literal["embedding"]
    index: int
    embedding: list[float] | str = Field(description="The vector, or its little-endian "
                                                     "float32 bytes in base64.")


class EmbeddingUsage(BaseModel):
    prompt_tokens: int
    total_tokens: int


class CreateEmbeddingResponse(BaseModel):
    object: Literal["list"]
    data: list[Embedding]
    model: str
    usage: EmbeddingUsage


def _encode(vector: list[float], encoding: str) -> list[float] | str:
    if encoding == "float":
        return vector
    return base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode("ascii")


async def create_embeddings(engine: GuardedEngine, body: EmbeddingRequest) -> dict[str, Any]:
    """The OpenAI response for `body` (validation errors first, then the engine's)."""
    texts = body.texts()
    if body.model != engine.info.id:
        raise NotFoundError(
            f"the model {body.model!r} does not exist; this server serves {engine.info.id!r}",
            param="model", code="model_not_found")
    result = await engine.embed(texts, dimensions=body.dimensions)
    return {
        "object": "list",
        "data": [{"object": "embedding", "index": i,
                  "embedding": _encode(vector, body.encoding_format)}
                 for i, vector in enumerate(result.vectors)],
        "model": engine.info.id,
        "usage": {"prompt_tokens": result.prompt_tokens, "total_tokens": result.prompt_tokens},
    }


router = APIRouter(prefix="/v1", dependencies=[Depends(require_api_key)], tags=["openai"],
                   responses=ERROR_RESPONSES)


@router.post("/embeddings", response_model=CreateEmbeddingResponse, dependencies=generation)
async def embeddings(body: EmbeddingRequest, request: Request) -> dict[str, Any]:
    """Vectors of `input` from the served model (L2-normalised, mean-pooled when embedded)."""
    return await create_embeddings(state(request).engine.get(), body)
