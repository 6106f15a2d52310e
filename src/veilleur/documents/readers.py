"""From the bytes of a document of a known kind to its text, with Markdown-like structure.

Parsers: `pypdf` (PDF), `python-docx` (DOCX), `beautifulsoup4` (HTML). Their errors are
translated here into `DocumentError`s.
"""

from __future__ import annotations

import io
import re
import zipfile

from veilleur.documents.errors import (
    CorruptDocumentError,
    DocumentTooLargeError,
    EncryptedDocumentError,
    NoTextError,
    UnsupportedDocumentError,
)

__all__ = ["decode_text", "read_docx", "read_html", "read_pdf"]

_BLANKS = re.compile(r"\n{3,}")


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (or UTF-16 with a BOM); Windows-1252 when that fails, as old files often are."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if b"\x00" in data:
            raise UnsupportedDocumentError(f"{name} is not text (it holds NUL bytes)") from None
        return data.decode("cp1252", errors="replace")


def read_pdf(data: bytes, name: str, *, page_breaks: bool = False) -> str:
    """The text layer of every page, pages separated by a blank line; with `page_breaks`,
    by a form feed (``\f``) instead, every page kept (an empty one too), so that page `n`
    is the `n`-th piece of ``text.split("\f")`` (what retrieval reads pages from)."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")  # many PDFs only have an owner password
            except (DependencyError, NotImplementedError) as exc:
                raise EncryptedDocumentError(
                    f"{name} is an encrypted PDF ({exc}); decrypt it first"
                ) from None
            if not opened:
                raise EncryptedDocumentError(
                    f"{name} is a password-protected PDF; remove the password first "
                    "(for example `qpdf --decrypt --password=… in.pdf out.pdf`)"
                )
        pages = [page.extract_text() or "" for page in reader.pages]
    except FileNotDecryptedError:
        raise EncryptedDocumentError(f"{name} is a password-protected PDF") from None
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise CorruptDocumentError(f"{name} is a damaged PDF that cannot be read: {exc}") from None
    if page_breaks:
        text = "\f".join(p.strip().replace("\f", "\n") for p in pages)
    else:
        text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not any(ch.isalpha() for ch in text):
        raise NoTextError(
            f"{name} has {len(pages)} page(s) but no text layer (a scanned document?); "
            "run OCR on it first (for example `ocrmypdf in.pdf out.pdf`)"
        )
    return text


# Most bytes a .docx may unzip to (its parts' declared sizes, which bound what zipfile
# reads): a zip bomb disguised as a .docx is refused before anything is decompressed.
MAX_DOCX_UNZIPPED = 100 * 1024 * 1024


def read_docx(data: bytes, name: str) -> str:
    """Paragraphs (headings as ``#``, list items as ``-``) and tables (cells joined by ``|``)."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    _check_unzipped_size(data, name)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise CorruptDocumentError(f"{name} is a damaged .docx file: {exc}") from None
    except Exception as exc:  # lxml raises its own XMLSyntaxError on broken XML parts
        raise CorruptDocumentError(f"{name} is a damaged .docx file: {exc}") from None
    lines: list[str] = []
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        level = re.fullmatch(r"Heading (\d)", style)
        if level:
            text = "#" * int(level.group(1)) + " " + text
        elif style.startswith("List"):
            text = "- " + text
        lines.append(text)
    for table in document.tables:
        for row in table.rows:
            lines.append("| " + " | ".join(cell.text.strip() for cell in row.cells) + " |")
    return "\n\n".join(lines)


def _check_unzipped_size(data: bytes, name: str) -> None:
    """Refuse a .docx whose parts unzip to more than `MAX_DOCX_UNZIPPED` (413).

    `zipfile` never reads more than a member's declared size, so the sum of the declared
    sizes bounds the memory the parser can take, whatever the archive claims elsewhere.
    """
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise CorruptDocumentError(f"{name} is a damaged .docx file: {exc}") from None
    unzipped = sum(member.file_size for member in members)
    if unzipped > MAX_DOCX_UNZIPPED:
        raise DocumentTooLargeError(
            f"{name} unzips to {unzipped // (1024 * 1024)} MB ({len(data)} bytes "
            f"compressed); the most a .docx may unzip to is "
            f"{MAX_DOCX_UNZIPPED // (1024 * 1024)} MB (a zip bomb?)")


def read_html(data: bytes, name: str) -> str:
    """The visible text of a page: scripts, styles and comments dropped, headings as ``#``."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(decode_text(data, name), "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "head", "svg"]):
        tag.decompose()
    for level in range(1, 7):
        for heading in soup.find_all(f"h{level}"):
            heading.insert(0, "#" * level + " ")
    for item in soup.find_all("li"):
        item.insert(0, "- ")
    for block in soup.find_all(["p", "div", "li", "br", "tr", *[f"h{i}" for i in range(1, 7)]]):
        block.insert_after("\n\n" if block.name != "br" else "\n")
    lines = [" ".join(line.split()) for line in soup.get_text().splitlines()]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()
