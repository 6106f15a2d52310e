"""Attachments in a conversation: files read with the document readers, checked by the
input guard as documents, stored once per owner and checksum (`veilleur.store.attachments`).

The service is `veilleur.chat.attachments.service.AttachmentService`; this package's root
exports only what the settings tree and the API's error table need, so that importing
the settings loads no service.
"""

from veilleur.chat.attachments.errors import (
    AttachmentError,
    AttachmentQuotaError,
    UnsafeDocumentError,
)
from veilleur.chat.attachments.settings import AttachmentSettings

__all__ = ["AttachmentError", "AttachmentQuotaError", "AttachmentSettings",
           "UnsafeDocumentError"]
