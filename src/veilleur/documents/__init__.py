"""Documents as input: `.txt`, `.md`, `.html`, `.pdf` and `.docx` files read as text.

The content decides, not the name: a file is sniffed from its first bytes, and a name
whose extension says another format is refused (`MismatchedDocumentError`) rather than
fed to the wrong parser.

    >>> read_document(b"# Title\\n\\nSome text.", "notes.md").text
    '# Title\\n\\nSome text.'
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from veilleur.documents.errors import (
    CorruptDocumentError,
    DocumentError,
    DocumentTooLargeError,
    EncryptedDocumentError,
    MismatchedDocumentError,
    NoTextError,
    UnreadableDocumentError,
    UnsupportedDocumentError,
)
from veilleur.documents.readers import decode_text, read_docx, read_html, read_pdf
from veilleur.documents.sniff import describe, sniff

__all__ = [
    "EXTENSIONS",
    "CorruptDocumentError",
    "Document",
    "DocumentError",
    "DocumentTooLargeError",
    "EncryptedDocumentError",
    "MismatchedDocumentError",
    "NoTextError",
    "UnreadableDocumentError",
    "UnsupportedDocumentError",
    "read_document",
]

# Extension → the kinds of content it may hold.
EXTENSIONS: dict[str, tuple[str, ...]] = {
    ".txt": ("text", "html"),
    ".text": ("text", "html"),
    ".md": ("text", "html"),
    ".markdown": ("text", "html"),
    ".html": ("html", "text"),
    ".htm": ("html", "text"),
    ".pdf": ("pdf",),
    ".docx": ("docx",),
}
_FORMAT_OF_EXTENSION = {".md": "markdown", ".markdown": "markdown", ".html": "html",
                        ".htm": "html", ".pdf": "pdf", ".docx": "docx"}


@dataclass(frozen=True, slots=True)
class Document:
    """The text of a document and what it was read as (``text``, ``markdown``, ``html``,
    ``pdf``, ``docx``)."""

    text: str
    format: str
    name: str
    size: int


def read_document(data: bytes, name: str | None = None, *, max_bytes: int,
                  page_breaks: bool = False) -> Document:
    """Read `data` (the bytes of a file called `name`; None for stdin or a pasted text).

    With `page_breaks`, a PDF's pages are separated by a form feed (``\f``), one piece per
    page, instead of a blank line (attachments keep them for retrieval's page numbers).

    Raises:
        DocumentTooLargeError: `data` is over `max_bytes` (413).
        UnsupportedDocumentError: a format not in `EXTENSIONS`, or binary data (415).
        MismatchedDocumentError: the extension of `name` lies about the content (415).
        CorruptDocumentError, EncryptedDocumentError, NoTextError: unusable (422).
    """
    label = repr(name) if name else "the document"
    if len(data) > max_bytes:
        raise DocumentTooLargeError(
            f"{label} is {_size(len(data))}; the limit is {_size(max_bytes)} "
            "(setting VEILLEUR_TEXT_MAX_DOCUMENT_BYTES)", param="file")
    kind = sniff(data)
    extension = PurePath(name).suffix.lower() if name else ""
    if extension:
        allowed = EXTENSIONS.get(extension)
        if allowed is None:
            raise UnsupportedDocumentError(
                f"{label}: {extension!r} files are not supported; send one of "
                f"{', '.join(sorted(EXTENSIONS))} (its content is {describe(kind)})",
                param="file")
        if kind not in allowed:
            if kind == "ole2" and extension == ".docx":
                raise EncryptedDocumentError(
                    f"{label} is a password-protected Word document; remove the password "
                    "first", param="file")
            raise MismatchedDocumentError(
                f"{label} is named {extension} but its content is {describe(kind)}; "
                "rename it or send the right file", param="file")
    elif kind not in ("text", "html", "pdf", "docx"):
        raise UnsupportedDocumentError(
            f"{label} is {describe(kind)}; send text, Markdown, HTML, PDF or DOCX",
            param="file")
    shown = name or "the document"
    try:
        if kind == "pdf":
            text = read_pdf(data, shown, page_breaks=page_breaks)
        elif kind == "docx":
            text = read_docx(data, shown)
        elif kind == "html" and extension not in (".txt", ".text", ".md", ".markdown"):
            text = read_html(data, shown)
        else:
            text = decode_text(data, shown)
    except DocumentError as exc:
        exc.param = "file"
        raise
    if not text.strip():
        raise NoTextError(f"{label} is empty", param="file")
    fmt = _FORMAT_OF_EXTENSION.get(extension, kind if kind != "text" else "text")
    return Document(text=text.replace("\r\n", "\n"), format=fmt, name=name or "",
                    size=len(data))


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    return f"{n / 1024:.1f} kB" if n >= 1024 else f"{n} bytes"
