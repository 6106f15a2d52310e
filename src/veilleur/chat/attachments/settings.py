"""Settings of attachments (environment variables ``VEILLEUR_ATTACHMENTS_*``)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = ["AttachmentSettings"]

_MB = 1024 * 1024


class AttachmentSettings(BaseModel):
    """Limits of the files attached to conversations."""

    # A section of `veilleur.config.Settings`: read from `VEILLEUR_ATTACHMENTS_*` there.
    model_config = ConfigDict(extra="forbid")

    max_file_bytes: int = Field(
        default=20 * _MB, ge=1024, le=1024 * _MB,
        description="Largest attached file (bytes); a larger one gets HTTP 413, counted "
        "while the upload streams (the rest is not read).",
    )
    max_files_per_request: int = Field(
        default=10, ge=1, le=1000,
        description="Most files in one upload; one more gets HTTP 413 `too_many_files` "
        "before any file is read.",
    )
    max_request_bytes: int = Field(
        default=64 * _MB, ge=1024, le=4096 * _MB,
        description="Largest upload request body (all its files) on "
        "`POST /api/conversations/{id}/attachments`, instead of VEILLEUR_MAX_BODY_BYTES; "
        "larger gets HTTP 413, from Content-Length or while reading.",
    )
    max_per_conversation: int = Field(
        default=50, ge=1, le=10_000,
        description="Most attachments in one conversation; more get HTTP 429 "
        "`attachment_quota_exceeded`.",
    )
    max_total_bytes_per_user: int = Field(
        default=500 * _MB, ge=1024, le=1024 * 1024 * _MB,
        description="Most bytes of files one account keeps (each distinct file counted "
        "once); more get HTTP 429 `attachment_quota_exceeded`.",
    )
    max_characters: int = Field(
        default=2_000_000, ge=100, le=50_000_000,
        description="Longest extracted text of one file, in characters; a longer one gets "
        "HTTP 413 (its text would not fit any context or index sensibly).",
    )

    @model_validator(mode="after")
    def _request_holds_a_file(self) -> AttachmentSettings:
        if self.max_request_bytes < self.max_file_bytes:
            raise ValueError(
                f"attachments.max_request_bytes ({self.max_request_bytes}) must be at least "
                f"attachments.max_file_bytes ({self.max_file_bytes}): one file must fit")
        return self
