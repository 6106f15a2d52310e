"""The attachments API's wire models (what /openapi.json shows)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

__all__ = ["UPLOAD_BODY", "AttachmentIndexing", "AttachmentLimits", "AttachmentList",
           "AttachmentUploadList", "AttachmentUploaded", "AttachmentView"]


class AttachmentIndexing(BaseModel):
    """Where the attachment stands in the passage index (docs/attachments.md)."""

    state: str = Field(description="`queued`, `indexing`, `ready`, `failed` or `none` (not "
                       "indexed: retrieval off, no text, or not reached yet after a restart).")
    done: int = Field(description="Passages embedded so far.")
    total: int = Field(description="Passages to embed (0 until they are cut).")
    passages: int = Field(description="Passages stored and searchable.")
    error: str | None = Field(description="Why indexing failed (`failed`).")


class AttachmentView(BaseModel):
    id: str
    conversation_id: str
    filename: str = Field(description="The name sent, made safe: its last path component, "
                          "no control or bidirectional characters, at most 255 bytes.")
    media_type: str = Field(description="What the content is (sniffed, not what the "
                            "client declared): text/plain, text/markdown, text/html, "
                            "application/pdf or the DOCX type.")
    format: str = Field(description="`text`, `markdown`, `html`, `pdf` or `docx`.")
    size: int = Field(description="Bytes of the file.")
    sha256: str = Field(description="SHA-256 of the file's bytes (hex).")
    language: str | None = Field(description="Language of the text (ISO 639-1).")
    page_count: int | None = Field(description="Pages of a PDF; null otherwise.")
    characters: int = Field(description="Characters of the extracted text.")
    status: str = Field(description="`ready`; `flagged` when the input guard flagged the "
                        "text (a prompt injection: stored, used only as data); `no_text` "
                        "when imported without its text.")
    safety_action: str | None = Field(description="The input guard's action on the text "
                                      "(`allow`, `log`, `warn`, `block`).")
    safety_categories: list[str] = Field(description="Categories the guard found "
                                         "(`jailbreak`: a prompt injection).")
    created_at: datetime
    indexing: AttachmentIndexing | None = Field(None, description="Indexing for "
                                                "retrieval, with its progress.")
    text: str | None = Field(None, description="The extracted text (GET of one attachment, "
                             "unless `?text=false`).")


class AttachmentUploaded(AttachmentView):
    duplicate: bool = Field(description="The same file (same SHA-256) was already attached "
                            "to this conversation: this is that attachment, not a new one.")


class AttachmentLimits(BaseModel):
    """What an upload to this server may hold (so that a client can refuse a file early)."""

    max_file_bytes: int
    max_files_per_request: int
    max_per_conversation: int


class AttachmentList(BaseModel):
    data: list[AttachmentView]
    limits: AttachmentLimits | None = Field(None, description="The server's limits (on the "
                                            "list of a conversation's attachments).")


class AttachmentUploadList(BaseModel):
    data: list[AttachmentUploaded]


# The upload's body, for /openapi.json (the route reads the stream itself).
UPLOAD_BODY = {"requestBody": {"required": True, "content": {
    "multipart/form-data": {"schema": {"type": "object", "required": ["files"], "properties": {
        "files": {"type": "array", "items": {"type": "string", "format": "binary"},
                  "description": "One or several files (field `files`, or `file`)."}}}},
}}}
