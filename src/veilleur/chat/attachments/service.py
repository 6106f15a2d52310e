"""Attaching files to a conversation: read, checked, stored — all of an upload or nothing.

For each upload, in this order (the first failure refuses the whole upload and nothing is
stored):

1. the conversation is the caller's (404 like an unknown id) and not full (429), before
   any file is read;
2. each file, one at a time (memory holds one file's bytes): not empty (422), within
   `max_file_bytes` (413), a format the document readers read, named and typed
   consistently (415), readable (422: damaged, password-protected, no text layer, a
   zip bomb); its text within `max_characters` (413); its SHA-256, language, page count;
3. each text passes the input guard as a document (audited under the owner): a hazard
   refuses the upload (422 `unsafe_document`); a prompt injection does not — the file
   is stored `flagged`, its decision on its row, and retrieval treats it as data;
4. the account's quota of bytes (each distinct file once) and the conversation's count
   of attachments, with what the upload adds (429);
5. one transaction stores the blobs (one per owner and checksum) and the attachments;
6. with an `AttachmentIndexer`, each stored text is queued for indexing in the background
   (its progress in each view's ``indexing``: `veilleur.chat.attachments.indexing`).
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any

from veilleur.chat.attachments.errors import AttachmentQuotaError, UnsafeDocumentError
from veilleur.chat.attachments.names import safe_filename
from veilleur.chat.attachments.settings import AttachmentSettings
from veilleur.context import request_id as current_request_id
from veilleur.documents import (
    DocumentError,
    DocumentTooLargeError,
    MismatchedDocumentError,
    NoTextError,
    read_document,
)
from veilleur.documents.sniff import describe, sniff
from veilleur.guard import AuditContext
from veilleur.languages import detect
from veilleur.store.attachments import (
    AttachmentStatus,
    AttachmentStore,
    AttachmentText,
    NewAttachment,
)
from veilleur.types import ChatMessage

if TYPE_CHECKING:
    from veilleur.chat.attachments.indexing import AttachmentIndexer
    from veilleur.guard import EngineHandle
    from veilleur.safety import Decision

__all__ = ["MEDIA_TYPES", "AttachmentService", "Upload"]

_INJECTION = "jailbreak"  # the safety taxonomy's code for prompt injection
# The media type stored for each format the readers return.
MEDIA_TYPES = {
    "text": "text/plain",
    "markdown": "text/markdown",
    "html": "text/html",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
# A declared part Content-Type that names a document format must agree with the bytes;
# any other (application/octet-stream, none, what a browser guesses for .md) is ignored.
_DECLARED = {
    "text/plain": ("text", "html"),
    "text/markdown": ("text", "html"),
    "text/x-markdown": ("text", "html"),
    "text/html": ("html", "text"),
    "application/pdf": ("pdf",),
    MEDIA_TYPES["docx"]: ("docx",),
}


@dataclass(frozen=True, slots=True)
class Upload:
    """One file of an upload: the name and part Content-Type the client sent, and its
    bytes (a spooled temporary file, read once, at most `max_file_bytes + 1`)."""

    filename: str | None
    content_type: str | None
    file: IO[bytes]


class AttachmentService:
    """Attachments of conversations, for the API (owner-scoped, like conversations)."""

    def __init__(self, engine: EngineHandle, store: AttachmentStore,
                 settings: AttachmentSettings, indexer: AttachmentIndexer | None = None):
        self.engine = engine
        self.store = store
        self.settings = settings
        self.indexer = indexer  # None: retrieval is off (nothing indexed)

    async def precheck(self, conversation_id: str, *, owner_id: str | None) -> None:
        """Refuse before the upload is read: not the owner's conversation (404), or a
        conversation already holding `max_per_conversation` attachments (429)."""
        count, _ = await asyncio.to_thread(self.store.usage, conversation_id,
                                           owner_id=owner_id)
        if count >= self.settings.max_per_conversation:
            raise self._full(count)

    async def add(self, conversation_id: str, uploads: Sequence[Upload], *,
                  owner_id: str | None) -> list[dict[str, Any]]:
        """Read, check and store `uploads` (see the module docstring); their records."""
        await self.precheck(conversation_id, owner_id=owner_id)
        files: list[NewAttachment] = []
        for upload in uploads:
            read = await asyncio.to_thread(self._read, upload)
            files.append(await self._checked(read, owner_id))
        await self._check_quotas(conversation_id, files, owner_id)
        stored = await asyncio.to_thread(self.store.add, conversation_id, files,
                                         owner_id=owner_id)
        views = await self._with_indexing([s.as_dict() for s in stored])
        if self.indexer is not None:
            texts = {f.sha256: f for f in files}
            for view in views:
                if view["indexing"]["state"] in ("none", "failed"):
                    file = texts[view["sha256"]]
                    self.indexer.submit(view["id"], owner_id, file.text, file.language)
            views = await self._with_indexing(views)
        return views

    async def list(self, conversation_id: str, *, owner_id: str | None
                   ) -> list[dict[str, Any]]:
        found = await asyncio.to_thread(self.store.list, conversation_id, owner_id=owner_id)
        return await self._with_indexing([s.as_dict() for s in found])

    async def get(self, attachment_id: str, *, owner_id: str | None, text: bool = True
                  ) -> dict[str, Any]:
        found = await asyncio.to_thread(self.store.get, attachment_id, owner_id=owner_id,
                                        text=text)
        return (await self._with_indexing([found.as_dict()]))[0]

    async def delete(self, attachment_id: str, *, owner_id: str | None) -> None:
        await asyncio.to_thread(self.store.delete, attachment_id, owner_id=owner_id)
        if self.indexer is not None:
            await self.indexer.delete([attachment_id])

    async def _with_indexing(self, views: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """`views` with their indexing status (``none`` for all when retrieval is off)."""
        if self.indexer is None:
            status: dict[str, dict[str, Any]] = {}
        else:
            status = await asyncio.to_thread(self.indexer.status, [v["id"] for v in views])
        none = {"state": "none", "done": 0, "total": 0, "passages": 0, "error": None}
        return [{**v, "indexing": status.get(v["id"], none)} for v in views]

    async def texts(self, conversation_id: str, *, owner_id: str | None
                    ) -> list[AttachmentText]:
        """The conversation's texts for retrieval (`AttachmentStore.list_attachment_texts`)."""
        return await asyncio.to_thread(self.store.list_attachment_texts, owner_id,
                                       conversation_id)

    # --- reading ---------------------------------------------------------------------------
    def _read(self, upload: Upload) -> NewAttachment:
        """One file read with the document readers (in a worker thread)."""
        limit = self.settings.max_file_bytes
        name = safe_filename(upload.filename)
        data = upload.file.read(limit + 1)
        if len(data) > limit:
            raise DocumentTooLargeError(
                f"{name!r} is larger than {_size(limit)}, the largest attachment "
                "(setting VEILLEUR_ATTACHMENTS_MAX_FILE_BYTES)", param="files")
        if not data:
            raise NoTextError(f"{name!r} is empty (0 bytes)", param="files")
        declared = (upload.content_type or "").split(";", 1)[0].strip().lower()
        kind = sniff(data)
        if declared in _DECLARED and kind not in _DECLARED[declared]:
            raise MismatchedDocumentError(
                f"{name!r} is sent as {declared} but its content is {describe(kind)}; "
                "send it with its own type (or application/octet-stream)", param="files")
        # The readers decide by content and refuse an extension that lies (415).
        try:
            document = read_document(data, name, max_bytes=limit, page_breaks=True)
        except DocumentError as exc:
            exc.param = "files"  # the upload's field, whatever the readers call it
            raise
        if len(document.text) > self.settings.max_characters:
            raise DocumentTooLargeError(
                f"{name!r} holds {len(document.text)} characters of text; the most an "
                f"attachment may hold is {self.settings.max_characters} (setting "
                "VEILLEUR_ATTACHMENTS_MAX_CHARACTERS)", param="files")
        return NewAttachment(
            filename=name, sha256=hashlib.sha256(data).hexdigest(), size=len(data),
            media_type=MEDIA_TYPES.get(document.format, "text/plain"),
            format=document.format, text=document.text, language=detect(document.text),
            page_count=document.text.count("\f") + 1 if document.format == "pdf" else None,
            status=AttachmentStatus.READY, safety_action=None)

    # --- checking --------------------------------------------------------------------------
    async def _checked(self, file: NewAttachment, owner_id: str | None) -> NewAttachment:
        """`file` with the input guard's decision on its text, read as a document."""
        engine = self.engine.get()
        audit = AuditContext(current_request_id(), owner_id=owner_id)
        decision: Decision = await engine.check([ChatMessage("user", file.text)], audit,
                                                language=file.language)
        categories = tuple(decision.categories)
        if decision.blocked and set(categories) != {_INJECTION}:
            raise UnsafeDocumentError(
                f"{file.filename!r} was refused by the safety policy "
                f"({', '.join(categories) or decision.action}): {decision.explanation}",
                param="files")
        status = AttachmentStatus.FLAGGED if decision.flagged else AttachmentStatus.READY
        return NewAttachment(**{**_fields(file), "status": status,
                                "safety_action": decision.action,
                                "safety_categories": categories})

    async def _check_quotas(self, conversation_id: str, files: Sequence[NewAttachment],
                            owner_id: str | None) -> None:
        count, total = await asyncio.to_thread(self.store.usage, conversation_id,
                                               owner_id=owner_id)
        digests = list({f.sha256: f for f in files})
        known = await asyncio.to_thread(self.store.known_sha256, digests, owner_id=owner_id)
        sizes = {f.sha256: f.size for f in files if f.sha256 not in known}
        added = sum(sizes.values())
        limit = self.settings.max_total_bytes_per_user
        if total + added > limit:
            raise AttachmentQuotaError(
                f"these files would bring your attachments to {_size(total + added)}; "
                f"the most an account keeps is {_size(limit)} (setting "
                "VEILLEUR_ATTACHMENTS_MAX_TOTAL_BYTES_PER_USER): delete attachments or "
                "conversations first", param="files")
        # An upper bound: a file already in this conversation is answered, not added.
        if count + len(digests) > self.settings.max_per_conversation:
            present = {a.sha256 for a in await asyncio.to_thread(
                self.store.list, conversation_id, owner_id=owner_id)}
            if count + len(set(digests) - present) > self.settings.max_per_conversation:
                raise self._full(count)

    def _full(self, count: int) -> AttachmentQuotaError:
        limit = self.settings.max_per_conversation
        return AttachmentQuotaError(
            f"this conversation has {count} attachment(s); it may hold at most {limit} "
            "(setting VEILLEUR_ATTACHMENTS_MAX_PER_CONVERSATION): remove some first",
            param="files")


def _fields(file: NewAttachment) -> dict[str, Any]:
    return {name: getattr(file, name) for name in NewAttachment.__slots__}  # type: ignore[attr-defined]


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    return f"{n / 1024:.1f} kB" if n >= 1024 else f"{n} bytes"
