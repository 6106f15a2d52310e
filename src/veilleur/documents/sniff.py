"""What a file really is, from its first bytes, whatever its name says."""

from __future__ import annotations

import io
import zipfile

__all__ = ["describe", "sniff"]

# Magic numbers of formats people send by mistake, to name them in the error.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF8", "gif"),
    (b"\x1f\x8b", "gzip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole2"),
    (b"{\\rtf", "rtf"),
    (b"\x7fELF", "elf"),
    (b"MZ", "exe"),
)
_NAMES = {
    "pdf": "a PDF document",
    "docx": "a Word (.docx) document",
    "zip": "a ZIP archive",
    "odt": "an OpenDocument text",
    "html": "an HTML page",
    "text": "plain text",
    "png": "a PNG image",
    "jpeg": "a JPEG image",
    "gif": "a GIF image",
    "gzip": "a gzip archive",
    "ole2": "a legacy or password-protected Office file",
    "rtf": "an RTF document",
    "elf": "an executable",
    "exe": "a Windows executable",
    "binary": "binary data",
}
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml")


def describe(kind: str) -> str:
    """`kind` in words, for error messages."""
    return _NAMES.get(kind, kind)


def sniff(data: bytes) -> str:
    """The kind of `data`: ``pdf``, ``docx``, ``html``, ``text`` or another kind of `_NAMES`."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    text = _as_text(head)
    if text is None:
        return "binary"
    start = text.lstrip("\ufeff \t\r\n").lower().encode()
    if start.startswith(_HTML_STARTS) and (b"<html" in head.lower() or b"<body" in head.lower()
                                           or start.startswith(b"<!doctype html")):
        return "html"
    return "text"


def _zip_kind(data: bytes) -> str:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return "zip"  # a broken archive: the reader reports it as corrupt
    if "word/document.xml" in names:
        return "docx"
    if "content.xml" in names and "mimetype" in names:
        return "odt"
    return "zip"


def _as_text(head: bytes) -> str | None:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="replace")
    if b"\x00" in head:
        return None
    # Cut at a character boundary: the 1024th byte may fall inside a UTF-8 sequence.
    text = head.decode("utf-8", errors="ignore") if len(head) == 1024 else None
    if text is None:
        try:
            text = head.decode("utf-8")
        except UnicodeDecodeError:
            text = head.decode("cp1252", errors="replace")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    return None if controls > len(text) // 20 else text
