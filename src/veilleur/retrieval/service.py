"""Retrieval as a service: documents in (passages → embeddings → index), passages out.

Ingestion: a document's text is cut into passages (`split_passages`), embedded through
the engine's `Embedder` in batches of `batch_size` texts (one ``embed`` call each, with a
progress callback ``(done, total)`` after each batch), then stored in one transaction
(nothing half-stored: a cancelled or failed ingestion leaves the document's previous
passages, or none). `submit` runs it in the background, one document at a time on one
asyncio task fed by a queue: the embedder computes on its own thread, the database work
runs in a worker thread, so the event loop, and the chats it streams, go on meanwhile.

Retrieval: the question is embedded, the index searched (hybrid by default), and the
best passages kept, best first, while their tokens fit `budget_tokens` (a passage that
does not fit is skipped and a shorter, lower one may still fit). Each gets a citation
number, ``[1]`` first, and its position (document, page, heading path, offsets).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from veilleur.errors import EngineOverloadedError, InvalidRequestError
from veilleur.retrieval.index import PassageHit, PassageIndex, SearchMode
from veilleur.retrieval.passages import estimate_tokens, split_passages

if TYPE_CHECKING:
    from veilleur.engine.base import Embedder

__all__ = [
    "IngestionJob",
    "JobState",
    "Progress",
    "RetrievalService",
    "RetrievedPassage",
    "cited_numbers",
]

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
JobState = Literal["queued", "running", "done", "failed", "cancelled"]
_CITATION = re.compile(r"\[(\d{1,3})\]")


@dataclass(frozen=True)
class RetrievedPassage:
    """A passage given to the model, with its citation number (from 1) and position."""

    citation: int
    passage_id: int
    document_id: str
    ordinal: int
    page: int | None
    heading_path: str
    text: str
    char_start: int
    char_end: int
    language: str
    score: float
    tokens: int


@dataclass
class IngestionJob:
    """A document being ingested in the background.

    `done`/`total` count passages embedded; `state` moves queued → running → done,
    failed (`error` says why) or cancelled; `wait()` returns once it has ended.
    """

    document_id: str
    owner_id: str | None
    state: JobState = "queued"
    done: int = 0
    total: int = 0
    passages: int = 0
    error: str | None = None
    _ended: asyncio.Event = field(default_factory=asyncio.Event, repr=False)
    _text: str = field(default="", repr=False)
    _language: str = field(default="", repr=False)
    _progress: Progress | None = field(default=None, repr=False)

    async def wait(self) -> IngestionJob:
        await self._ended.wait()
        return self


class RetrievalService:
    """Ingests documents into a `PassageIndex` and retrieves their passages.

    Args:
        index: where passages live (`open_index(engine)`).
        embedder: the engine's embedder (or the upstream's): its ``embed`` batch call.
        batch_size: texts a call to ``embed``.
        target_chars, max_chars: passage sizes (`split_passages`).
        candidates: passages the index returns before the budget is applied.
        count_tokens: tokens of a text (default: 4 characters a token).
        before_batch: awaited before each embedding batch of a background job (e.g. a
            wait while chats stream, so that ingestion takes the CPU only between them).
    """

    def __init__(self, index: PassageIndex, embedder: Embedder, *, batch_size: int = 16,
                 target_chars: int = 1000, max_chars: int = 1600, candidates: int = 20,
                 count_tokens: Callable[[str], int] = estimate_tokens,
                 before_batch: Callable[[], Awaitable[None]] | None = None):
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        self.index = index
        self._embedder = embedder
        self._batch = batch_size
        self._target = target_chars
        self._max = max_chars
        self._candidates = candidates
        self._count = count_tokens
        self._before_batch = before_batch
        self._queue: asyncio.Queue[IngestionJob] | None = None
        self._worker: asyncio.Task[None] | None = None
        self._current: tuple[IngestionJob, asyncio.Task[int]] | None = None
        self._jobs: dict[str, IngestionJob] = {}

    # --- ingestion --------------------------------------------------------------------
    async def ingest(self, document_id: str, owner_id: str | None, text: str, language: str,
                     *, progress: Progress | None = None) -> int:
        """Cut, embed and store `text` now; the number of passages stored.

        Raises the embedder's errors (`ContextLengthError`, `EngineGenerateError`…) and
        `StoreError`; the document's passages are then unchanged.
        """
        return await self._ingest(document_id, owner_id, text, language, progress, False)

    async def _ingest(self, document_id: str, owner_id: str | None, text: str, language: str,
                      progress: Progress | None, background: bool) -> int:
        passages = await asyncio.to_thread(split_passages, text, target_chars=self._target,
                                           max_chars=self._max)
        texts = [p.indexed_text for p in passages]
        vectors: list[list[float]] = []
        if progress:
            progress(0, len(texts))
        for start in range(0, len(texts), self._batch):
            if background and self._before_batch is not None:
                await self._before_batch()
            vectors.extend(await self._embed(texts[start:start + self._batch]))
            if progress:
                progress(len(vectors), len(texts))
        await asyncio.to_thread(self.index.add, document_id, owner_id, passages, vectors,
                                language=language)
        return len(passages)

    def submit(self, document_id: str, owner_id: str | None, text: str, language: str,
               *, progress: Progress | None = None) -> IngestionJob:
        """Queue `text` for ingestion in the background (one document at a time); the
        job tells its progress. Call from the event loop that runs the service."""
        job = IngestionJob(document_id, owner_id, _text=text, _language=language,
                           _progress=progress)
        previous = self._jobs.get(document_id)
        if previous is not None and previous.state in ("queued", "running"):
            self.cancel(document_id)
        self._jobs[document_id] = job
        if self._queue is None:
            self._queue = asyncio.Queue()
        if self._worker is None or self._worker.done():
            self._worker = asyncio.get_running_loop().create_task(
                self._work(), name="veilleur-ingest")
        self._queue.put_nowait(job)
        return job

    def job(self, document_id: str) -> IngestionJob | None:
        """The latest background job of the document, if any."""
        return self._jobs.get(document_id)

    def cancel(self, document_id: str) -> bool:
        """Cancel the document's queued or running ingestion; whether there was one."""
        job = self._jobs.get(document_id)
        if job is None or job.state not in ("queued", "running"):
            return False
        if self._current is not None and self._current[0] is job:
            self._current[1].cancel()
        else:
            self._end(job, "cancelled")
        return True

    async def delete(self, document_id: str) -> int:
        """Cancel its ingestion and remove the document's passages; how many were."""
        self.cancel(document_id)
        return await asyncio.to_thread(self.index.delete, document_id)

    async def aclose(self) -> None:
        """Cancel what is queued and running and stop the worker."""
        for document_id in list(self._jobs):
            self.cancel(document_id)
        if self._worker is not None:
            self._worker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._worker
            self._worker = None

    async def _work(self) -> None:
        assert self._queue is not None
        while True:
            job = await self._queue.get()
            if job.state != "queued":
                continue

            def progress(done: int, total: int, job: IngestionJob = job) -> None:
                job.done, job.total = done, total
                if job._progress:
                    job._progress(done, total)

            job.state = "running"
            task = asyncio.get_running_loop().create_task(
                self._ingest(job.document_id, job.owner_id, job._text, job._language,
                             progress, True))
            self._current = (job, task)
            try:
                job.passages = await task
                self._end(job, "done")
            except asyncio.CancelledError:
                self._end(job, "cancelled")
                worker = asyncio.current_task()
                if worker is not None and worker.cancelling():  # aclose, not cancel(job)
                    raise
            except Exception as exc:
                log.warning("ingestion of %s failed: %s", job.document_id, exc)
                job.error = f"{exc.__class__.__name__}: {exc}"
                self._end(job, "failed")
            finally:
                self._current = None

    @staticmethod
    def _end(job: IngestionJob, state: JobState) -> None:
        job.state = state
        job._text = ""
        job._ended.set()

    async def _embed(self, texts: Sequence[str]) -> list[list[float]]:
        """One batch; a full embedding queue is waited out (the chat's requests first)."""
        delay = 0.05
        while True:
            try:
                return (await self._embedder.embed(texts)).vectors
            except EngineOverloadedError:
                await asyncio.sleep(delay)
                delay = min(delay * 2, 2.0)

    # --- retrieval --------------------------------------------------------------------
    async def retrieve(self, owner_id: str | None, question: str,
                       document_ids: Sequence[str] | None = None, budget_tokens: int = 1500,
                       *, mode: SearchMode = "hybrid") -> list[RetrievedPassage]:
        """The owner's passages that best answer `question`, best first, within
        `budget_tokens` (passage texts only), numbered for citation from 1.

        `document_ids` limits the search to those documents (a conversation's
        attachments); None searches all the owner's documents.
        """
        if budget_tokens < 1:
            raise InvalidRequestError(f"budget_tokens must be at least 1, got {budget_tokens}",
                                      param="budget_tokens")
        vector = None
        if mode != "text":
            [vector] = await self._embed([question])
        hits = await asyncio.to_thread(self.index.search, owner_id, question, vector,
                                       self._candidates, document_ids, mode=mode)
        return self.within_budget(hits, budget_tokens)

    def within_budget(self, hits: Sequence[PassageHit], budget_tokens: int
                      ) -> list[RetrievedPassage]:
        """`hits` in order while they fit `budget_tokens`, numbered from 1."""
        chosen: list[RetrievedPassage] = []
        left = budget_tokens
        for hit in hits:
            tokens = self._count(hit.text)
            if tokens > left:
                continue
            left -= tokens
            chosen.append(RetrievedPassage(
                citation=len(chosen) + 1, passage_id=hit.passage_id,
                document_id=hit.document_id, ordinal=hit.ordinal, page=hit.page,
                heading_path=hit.heading_path, text=hit.text, char_start=hit.char_start,
                char_end=hit.char_end, language=hit.language, score=hit.score, tokens=tokens))
        return chosen


def cited_numbers(answer: str) -> list[int]:
    """The citation numbers an answer uses (``[2]`` → 2), in order of first use."""
    seen: dict[int, None] = {}
    for match in _CITATION.finditer(answer):
        seen.setdefault(int(match.group(1)), None)
    return list(seen)
