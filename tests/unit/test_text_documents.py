"""Reading documents and the model-free parts of the text tasks (no model loaded)."""

from __future__ import annotations

import io

import pytest

from veilleur.api.errors import http_status
from veilleur.documents import (
    CorruptDocumentError,
    DocumentTooLargeError,
    EncryptedDocumentError,
    MismatchedDocumentError,
    NoTextError,
    UnsupportedDocumentError,
    read_document,
)
from veilleur.errors import InvalidRequestError
from veilleur.tasks.text import PRESETS, SummarizeTask, TranslateTask
from veilleur.tasks.text.chunking import split_on_budget
from veilleur.tasks.text.markdown import join, split
from veilleur.tasks.text.presets import get_preset
from veilleur.tasks.text.protect import mask, restore

LIMIT = 1024 * 1024


def make_pdf(text: str | None) -> bytes:
    """A one-page PDF whose text layer says `text` (None: a page with no text at all)."""
    content = (f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET" if text else "0 0 m 10 10 l S").encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
        b"/Resources << /Font << /F1 4 0 R >> >> >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def make_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("Rapport", 1)
    document.add_paragraph("Le projet avance bien.")
    document.add_paragraph("Premier point", style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_reads_pdf_docx_html_markdown() -> None:
    assert "Hello world" in read_document(make_pdf("Hello world"), "a.pdf", max_bytes=LIMIT).text
    docx_text = read_document(make_docx(), "r.docx", max_bytes=LIMIT).text
    assert docx_text == "# Rapport\n\nLe projet avance bien.\n\n- Premier point"
    html = b"<html><body><h2>Title</h2><p>Hi <b>you</b></p><script>evil()</script></body></html>"
    assert read_document(html, "p.html", max_bytes=LIMIT).text == "## Title\n\nHi you"
    assert read_document(b"# T\r\n\r\nx", "n.md", max_bytes=LIMIT).text == "# T\n\nx"
    assert read_document(b"caf\xe9", None, max_bytes=LIMIT).text == "café"  # Windows-1252


@pytest.mark.parametrize(("data", "name", "error", "status", "words"), [
    (make_pdf(None), "scan.pdf", NoTextError, 422, "no text layer"),
    (make_pdf("Hi")[:200], "broken.pdf", CorruptDocumentError, 422, "damaged"),
    (make_docx(), "report.pdf", MismatchedDocumentError, 415, "Word (.docx)"),
    (make_pdf("Hi"), "notes.txt", MismatchedDocumentError, 415, "a PDF document"),
    (b"PK\x03\x04garbage", "x.docx", MismatchedDocumentError, 415, "ZIP"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "x.docx", EncryptedDocumentError, 422,
     "password"),
    (b"hello", "x.odt", UnsupportedDocumentError, 415, "'.odt' files are not supported"),
    (b"\x89PNG\r\n\x1a\n\0\0", None, UnsupportedDocumentError, 415, "PNG image"),
    (b"%PDF-1.4" + b"0" * (LIMIT + 1), "big.pdf", DocumentTooLargeError, 413, "the limit is"),
    (b"  \n ", "empty.txt", NoTextError, 422, "empty"),
])
def test_bad_documents_get_precise_errors(data: bytes, name: str | None, error: type,
                                          status: int, words: str) -> None:
    with pytest.raises(error) as info:
        read_document(data, name, max_bytes=LIMIT)
    assert http_status(info.value)[0] == status  # the API's table, walked by MRO
    assert words in info.value.message
    assert info.value.param == "file"


def test_encrypted_pdf() -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(make_pdf("Secret"))))
    writer.encrypt("hunter2", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(EncryptedDocumentError, match="password-protected"):
        read_document(buffer.getvalue(), "locked.pdf", max_bytes=LIMIT)


def test_mask_keeps_protected_spans_and_applies_the_glossary() -> None:
    text = ("Run `pip install x` at https://ex.com/a?b=1, by 12/05 for {name}, see "
            "[doc](./a.md) and [2]; the server is ready.")
    masked = mask(text, {"server": "serveur"})
    for span in ("`pip install x`", "https://ex.com/a?b=1", "12/05", "{name}", "./a.md",
                 "server"):
        assert span not in masked.text
    restored, lost = restore(masked.text, masked)
    assert restored == text.replace("server", "serveur") and lost == []
    dropped = masked.text.replace("[3]", "")
    assert restore(dropped, masked)[1] == ["12/05"]


def test_markdown_structure_round_trips() -> None:
    text = "# Title\n\n- item *one*\n  1. sub\n> quote\n| a | b |\n|---|---|\n```py\nx = 1\n```"
    lines = split(text)
    assert join(lines, {}) == text
    units = [u for line in lines for u in line.units]
    assert units == ["Title", "item *one*", "sub", "quote", "a", "b"]
    upper = join(lines, {u: u.upper() for u in units})
    assert upper.startswith("# TITLE\n\n- ITEM *ONE*\n  1. SUB\n> QUOTE\n| A | B |")
    assert upper.endswith("```py\nx = 1\n```")


def test_chunks_fit_the_budget_and_cut_at_boundaries() -> None:
    paragraphs = [" ".join(f"w{i}x{j}." for j in range(12)) for i in range(10)]
    text = "# Part\n\n" + "\n\n".join(paragraphs)
    chunks = split_on_budget(text, 30, lambda s: len(s.split()))
    assert all(len(c.split()) <= 30 for c in chunks)
    assert " ".join(" ".join(chunks).split()) == " ".join(text.split())
    assert all(c.rstrip().endswith(".") for c in chunks)  # never mid-sentence


def test_task_validation_errors() -> None:
    with pytest.raises(InvalidRequestError) as info:
        TranslateTask.create("   ", target_language="fr", max_characters=100)
    assert info.value.code == "empty_text"
    with pytest.raises(InvalidRequestError) as info:
        TranslateTask.create("Bonjour à tous, merci d'être venus ce soir.",
                             target_language="fr", max_characters=1000)
    assert info.value.code == "unsupported_language_pair" and info.value.param == "target_language"
    with pytest.raises(InvalidRequestError, match="unsupported language 'klingon'"):
        TranslateTask.create("Hello", target_language="klingon", max_characters=100)
    with pytest.raises(DocumentTooLargeError):
        SummarizeTask.create("x" * 101, max_characters=100)
    with pytest.raises(InvalidRequestError, match="unknown length"):
        SummarizeTask.create("Some text.", length="epic", max_characters=100)
    with pytest.raises(InvalidRequestError, match="unknown preset 'poem'"):
        get_preset("poem")
    assert {"rewrite", "expand", "shorten", "formal", "informal", "email", "letter"} <= set(
        PRESETS)
