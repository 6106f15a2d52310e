"""Settings of retrieval in conversations (environment variables ``VEILLEUR_RETRIEVAL_*``)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["RetrievalSettings"]


class RetrievalSettings(BaseModel):
    """How a conversation's attachments are indexed and given to the model."""

    # A section of `veilleur.config.Settings`: read from `VEILLEUR_RETRIEVAL_*` there.
    model_config = ConfigDict(extra="forbid")

    enabled: bool = Field(
        default=True,
        description="Index each attachment in the background when it is uploaded, and "
        "answer a conversation's questions with the passages of its attachments, cited "
        "`[1]`, `[2]`. False: attachments are stored and listed, never indexed or read.",
    )
    top_k: int = Field(
        default=4, ge=1, le=50,
        description="Most passages given to the model for one question (best first).",
    )
    budget_tokens: int = Field(
        default=700, ge=50, le=100_000,
        description="Most tokens of passage text in one prompt (passages that do not fit "
        "are left out; at most half the model's context window is used whatever this says).",
    )
    search_mode: Literal["hybrid", "vector", "text"] = Field(
        default="hybrid",
        description="`hybrid` (vector similarity and full text fused by rank), `vector` or "
        "`text` (full text alone: better with the default model's weak embeddings, see "
        "docs/retrieval.md).",
    )
    batch_size: int = Field(
        default=16, ge=1, le=512,
        description="Passages embedded per call to the embedder while indexing.",
    )
