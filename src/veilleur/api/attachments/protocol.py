"""The attachments API's wire models (what /openapi.json shows)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

__all__ = ["UPLOAD_BODY", "AttachmentList", "AttachmentUploadList", "AttachmentUploaded",
           "AttachmentView"]


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
    text: str | None = Field(None, description="The extracted text (GET of one attachment, "
                             "unless `?text=false`).")


class AttachmentUploaded(AttachmentView):
    duplicate: bool = Field(description="The same file (same SHA-256) was already attached "
                            "to this conversation: this is that attachment, not a new one.")


class AttachmentList(BaseModel):
    data: list[AttachmentView]


class AttachmentUploadList(BaseModel):
    data: list[AttachmentUploaded]


# The upload's body, for /openapi.json (the route reads the stream itself).
UPLOAD_BODY = {"requestBody": {"required": True, "content": {
    "multipart/form-data": {"schema": {"type": "object", "required": ["files"], "properties": {
        "files": {"type": "array", "items": {"type": "string", "format": "binary"},
                  "description": "One or several files (field `files`, or `file`)."}}}},
}}}
