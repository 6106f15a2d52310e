"""Errors of reading a document (the API answers them with the status shown).

    DocumentError                    (VeilleurError)
     ├── UnsupportedDocumentError    415  a format we do not read
     ├── MismatchedDocumentError     415  the extension says one format, the bytes another
     ├── DocumentTooLargeError       413  over `VEILLEUR_TEXT_MAX_DOCUMENT_BYTES`
     └── UnreadableDocumentError     422  well-typed but unusable
          ├── CorruptDocumentError   422  the parser cannot read it
          ├── EncryptedDocumentError 422  password-protected
          └── NoTextError            422  no text in it (a scanned PDF, an empty file)
"""

from __future__ import annotations

from veilleur.errors import VeilleurError

__all__ = [
    "CorruptDocumentError",
    "DocumentError",
    "DocumentTooLargeError",
    "EncryptedDocumentError",
    "MismatchedDocumentError",
    "NoTextError",
    "UnreadableDocumentError",
    "UnsupportedDocumentError",
]


class DocumentError(VeilleurError):
    """A document cannot be used as input."""

    code = "invalid_document"


class UnsupportedDocumentError(DocumentError):
    """The file's format is not one Veilleur reads."""

    code = "unsupported_document"


class MismatchedDocumentError(DocumentError):
    """The file's extension does not match its content."""

    code = "document_type_mismatch"


class DocumentTooLargeError(DocumentError):
    """The file is larger than the configured limit."""

    code = "document_too_large"


class UnreadableDocumentError(DocumentError):
    """The file has the right type but cannot be used."""


class CorruptDocumentError(UnreadableDocumentError):
    """The parser could not read the file."""

    code = "corrupt_document"


class EncryptedDocumentError(UnreadableDocumentError):
    """The file is password-protected."""

    code = "encrypted_document"


class NoTextError(UnreadableDocumentError):
    """The file holds no text (a scanned PDF without a text layer, an empty file)."""

    code = "no_text"
