"""Errors of export and import. A broken file is the client's fault: 4xx, never a 5xx.

    InvalidRequestError
     └── ExportFormatError      the file is not a `veilleur-export/1` document (400)
          └── ExportTreeError   a message tree that cannot be stored: a cycle, a parent in
                                another conversation, a repeated id (422)
    PayloadTooLargeError
     └── ExportTooLargeError    more conversations or messages than one import takes (413)
"""

from __future__ import annotations

from veilleur.errors import InvalidRequestError, PayloadTooLargeError

__all__ = ["ExportFormatError", "ExportTooLargeError", "ExportTreeError"]


class ExportFormatError(InvalidRequestError):
    """The document is not a valid `veilleur-export/1` file."""

    code = "invalid_export"


class ExportTreeError(ExportFormatError):
    """A conversation's messages do not form a tree that can be stored."""

    code = "invalid_message_tree"


class ExportTooLargeError(PayloadTooLargeError):
    """More conversations or messages than one import accepts."""

    code = "export_too_large"
