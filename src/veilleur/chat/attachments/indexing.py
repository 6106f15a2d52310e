"""Attachments into the passage index, in the background, with a status the API shows.

When an attachment is stored (not refused), its text is queued for ingestion on the
`RetrievalService`'s background worker (one document at a time: the chats keep
streaming): the document id of its passages is the attachment's id, their owner the
attachment's. Its indexing status, in the attachment's view (``indexing``):

- ``queued``: waiting for the worker; ``indexing``: ``done`` of ``total`` passages
  embedded; ``ready``: ``passages`` stored and searchable; ``failed``: ``error`` says why
  (the embedder refused, the model is not loaded, the database failed);
- ``none``: not indexed and not queued (retrieval is off, the attachment has no text:
  imported as metadata only, or this process restarted before it was indexed and
  `resume` has not reached it yet).

The status of a job lives in this process (the `RetrievalService`'s jobs); "ready" is
also read from the database (the attachment has passages), so that another process, or
this one after a restart, answers it too. Deleting an attachment, or the conversation
that holds it, deletes its passages.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from veilleur.errors import VeilleurError
from veilleur.retrieval.models import PassageRow
from veilleur.retrieval.service import RetrievalService
from veilleur.store.attachments import Attachment, AttachmentBlob, AttachmentStatus
from veilleur.store.db import store_session

if TYPE_CHECKING:
    from veilleur.guard import EngineHandle
    from veilleur.types import EmbeddingResult

__all__ = ["AttachmentIndexer", "EngineEmbedder"]

log = logging.getLogger(__name__)

_STATES = {"queued": "queued", "running": "indexing", "done": "ready", "failed": "failed",
           "cancelled": "none"}


class EngineEmbedder:
    """The guarded engine's embeddings (the embedded model's, or the upstream's) as the
    `Embedder` that retrieval calls: the engine is looked up at each call, since it is
    loaded after the server starts."""

    def __init__(self, handle: EngineHandle):
        self._handle = handle

    def ready(self) -> bool:
        return self._handle.engine is not None

    async def embed(self, texts: Sequence[str], *, dimensions: int | None = None
                    ) -> EmbeddingResult:
        return await self._handle.get().embed(texts, dimensions=dimensions)

    async def aclose(self) -> None:
        """Nothing to free: the engine is closed by the server."""


class AttachmentIndexer:
    """Feeds attachments to a `RetrievalService` and says where each one stands.

    Args:
        retrieval: the service that cuts, embeds and stores passages.
        sessions: the store's sessions (to read passage counts and attachment texts).
        ready: whether the embedder can be used now (the model may still be loading);
            `resume` waits for it.
    """

    def __init__(self, retrieval: RetrievalService, sessions: sessionmaker[Session], *,
                 ready: Callable[[], bool] = lambda: True):
        self.retrieval = retrieval
        self._sessions = sessions
        self._ready = ready

    def submit(self, attachment_id: str, owner_id: str | None, text: str,
               language: str | None) -> None:
        """Queue the attachment's text for indexing (from the event loop)."""
        if text.strip():
            self.retrieval.submit(attachment_id, owner_id, text, language or "")

    def status(self, attachment_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """The indexing status of each attachment (see the module docstring). Blocking."""
        counts = self._passage_counts(attachment_ids)
        out: dict[str, dict[str, Any]] = {}
        for attachment_id in attachment_ids:
            job = self.retrieval.job(attachment_id)
            stored = counts.get(attachment_id, 0)
            if job is not None and job.state != "cancelled":
                state = _STATES[job.state]
                out[attachment_id] = {
                    "state": state, "done": job.done, "total": job.total,
                    "passages": job.passages if state == "ready" else stored,
                    "error": job.error}
            else:
                out[attachment_id] = {"state": "ready" if stored else "none", "done": stored,
                                      "total": stored, "passages": stored, "error": None}
        return out

    def ready_documents(self, attachment_ids: Sequence[str]) -> list[str]:
        """Those of `attachment_ids` that have passages in the index. Blocking."""
        counts = self._passage_counts(attachment_ids)
        return [a for a in attachment_ids if counts.get(a)]

    async def delete(self, attachment_ids: Sequence[str]) -> None:
        """Cancel their indexing and delete their passages."""
        for attachment_id in attachment_ids:
            try:
                await self.retrieval.delete(attachment_id)
            except VeilleurError as exc:  # the attachment is gone; its passages are orphans
                log.warning("could not delete the passages of %s: %s", attachment_id, exc)

    async def resume(self, poll_s: float = 0.5) -> int:
        """Queue the attachments that have a text but no passages (uploaded before a
        restart, or while retrieval was off), once the embedder is ready; how many."""
        while not self._ready():
            await asyncio.sleep(poll_s)
        pending = await asyncio.to_thread(self._unindexed)
        for attachment_id, owner_id, text, language in pending:
            if self.retrieval.job(attachment_id) is None:
                self.submit(attachment_id, owner_id, text, language)
        if pending:
            log.info("queued %d attachment(s) for indexing", len(pending))
        return len(pending)

    # --- internals ------------------------------------------------------------------------
    def _passage_counts(self, attachment_ids: Sequence[str]) -> dict[str, int]:
        if not attachment_ids:
            return {}
        with store_session(self._sessions) as session:
            rows = session.execute(
                select(PassageRow.document_id, func.count())
                .where(PassageRow.document_id.in_(list(attachment_ids)))
                .group_by(PassageRow.document_id)).all()
            return {document_id: int(n) for document_id, n in rows}

    def _unindexed(self) -> list[tuple[str, str | None, str, str | None]]:
        with store_session(self._sessions) as session:
            indexed = select(PassageRow.document_id).distinct()
            rows = session.execute(
                select(Attachment.id, Attachment.owner_id, AttachmentBlob.text,
                       AttachmentBlob.language)
                .join(AttachmentBlob, AttachmentBlob.id == Attachment.blob_id)
                .where(Attachment.status != AttachmentStatus.NO_TEXT,
                       Attachment.id.not_in(indexed))
                .order_by(Attachment.created_at)).all()
            return [(a, o, t, lang) for a, o, t, lang in rows if t.strip()]
