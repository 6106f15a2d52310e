"""Settings of the text tasks (environment variables ``VEILLEUR_TEXT_*``)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["TextSettings"]


class TextSettings(BaseModel):
    """Limits on documents and what to do with one that carries a prompt injection."""

    # A section of `veilleur.config.Settings`: read from `VEILLEUR_TEXT_*` there, never here.
    model_config = ConfigDict(extra="forbid")

    max_document_bytes: int = Field(
        default=20 * 1024 * 1024, ge=1024, le=1024 * 1024 * 1024,
        description="Largest file accepted (bytes); larger files get HTTP 413. An upload "
        "through the API is also bounded by VEILLEUR_MAX_BODY_BYTES.",
    )
    max_characters: int = Field(
        default=300_000, ge=100, le=50_000_000,
        description="Longest text a task accepts, in characters (about 75k tokens by "
        "default); longer texts get HTTP 413 rather than hours of map-reduce.",
    )
    injection: Literal["warn", "refuse"] = Field(
        default="warn",
        description="A document the injection detector flags: `warn` processes it as data "
        "(it is delimited and the prompt says so) and adds a `prompt_injection` warning to "
        "the result; `refuse` answers HTTP 422 `prompt_injection` without calling the model.",
    )
