"""Errors of attachments (the API answers them with the status shown).

    AttachmentError                (VeilleurError)
     ├── AttachmentQuotaError      429  the conversation or the account is full
     └── UnsafeDocumentError       422  the guard blocks the text (a hazard, not an injection)

The readers' errors (`veilleur.documents.errors`: 413, 415, 422) and the size and count
limits of one upload (`PayloadTooLargeError`, 413) are raised as they are.
"""

from __future__ import annotations

from veilleur.errors import VeilleurError

__all__ = ["AttachmentError", "AttachmentQuotaError", "UnsafeDocumentError"]


class AttachmentError(VeilleurError):
    """A file cannot be attached."""

    code = "invalid_attachment"


class AttachmentQuotaError(AttachmentError):
    """The conversation holds the most attachments allowed, or the owner's files the most
    bytes: delete some first (waiting does not help, so there is no Retry-After)."""

    code = "attachment_quota_exceeded"


class UnsafeDocumentError(AttachmentError):
    """The input guard blocks the file's text for a hazard category."""

    code = "unsafe_document"
