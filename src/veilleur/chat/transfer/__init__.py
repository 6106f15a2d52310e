"""Export and import of a person's conversations (`veilleur-export/1`, docs/export.md)."""

from veilleur.chat.transfer.errors import ExportFormatError, ExportTooLargeError, ExportTreeError
from veilleur.chat.transfer.export import iter_json, iter_markdown, user_record
from veilleur.chat.transfer.format import FORMAT, ExportDocument
from veilleur.chat.transfer.importer import Importer, ImportReport, parse_document

__all__ = [
    "FORMAT",
    "ExportDocument",
    "ExportFormatError",
    "ExportTooLargeError",
    "ExportTreeError",
    "ImportReport",
    "Importer",
    "iter_json",
    "iter_markdown",
    "parse_document",
    "user_record",
]
