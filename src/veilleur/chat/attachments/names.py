"""A file name as sent by a client, made safe to store and to show.

Attachments are never written to disk under their name, but the name is shown in the
page, in exports and in prompts: it keeps the last path component only (``../../etc/x``
is ``x``, ``C:\\dir\\x`` is ``x``), loses control, format and bidirectional characters
(U+202E would show ``fdp.exe`` as ``exe.pdf``), is NFC-normalised and trimmed of spaces
and dots at its ends, and is cut to 255 bytes of UTF-8 keeping its extension. A name left
empty is ``attachment``.
"""

from __future__ import annotations

import unicodedata
from pathlib import PurePath

__all__ = ["MAX_NAME_BYTES", "safe_filename"]

MAX_NAME_BYTES = 255
_FALLBACK = "attachment"


def safe_filename(name: str | None) -> str:
    """`name` as stored: its last component, without control characters, bounded.

    >>> safe_filename("../../etc/passwd")
    'passwd'
    >>> safe_filename("re\\u202egnp.exe")
    'regnp.exe'
    """
    text = unicodedata.normalize("NFC", name or "")
    text = "".join(" " if ch in "\t\n\r\x0b\x0c" else ch for ch in text
                   if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn")
                   or ch in "\t\n\r\x0b\x0c")
    text = text.replace("\\", "/").rsplit("/", 1)[-1]
    text = " ".join(text.split()).strip(" .")
    if not text:
        return _FALLBACK
    if len(text.encode("utf-8")) > MAX_NAME_BYTES:
        suffix = PurePath(text).suffix
        suffix = suffix if len(suffix.encode()) <= 16 else ""
        stem = text[: len(text) - len(suffix)] if suffix else text
        budget = MAX_NAME_BYTES - len(suffix.encode("utf-8"))
        stem = stem.encode("utf-8")[:budget].decode("utf-8", errors="ignore").rstrip(" .")
        text = (stem or _FALLBACK) + suffix
    return text
