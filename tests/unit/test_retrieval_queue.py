"""The background ingestion queue without a model (the hashing embedder): the
`before_batch` gate holds a job between batches, a failing embedder fails the job and
stores nothing, a queued job cancelled never runs."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path

from veilleur.errors import EngineGenerateError
from veilleur.retrieval.hashing import HashingEmbedder
from veilleur.retrieval.index import open_index
from veilleur.retrieval.service import RetrievalService
from veilleur.store.db import open_database
from veilleur.types import EmbeddingResult

TEXT = "\n\n".join(f"# Part {i}\n\nParagraph number {i} of the text." for i in range(6))


class FailingEmbedder(HashingEmbedder):
    async def embed(self, texts: Sequence[str], *, dimensions: int | None = None
                    ) -> EmbeddingResult:
        raise EngineGenerateError("embedding failed: llama_decode returned -1")


def _service(tmp_path: Path, embedder: HashingEmbedder, **options: object) -> RetrievalService:
    engine, _ = open_database(f"sqlite:///{tmp_path / 'q.db'}")
    return RetrievalService(open_index(engine), embedder, batch_size=2, **options)  # type: ignore[arg-type]


def test_before_batch_holds_a_background_job_between_batches(tmp_path: Path) -> None:
    gate = asyncio.Event()
    calls: list[int] = []

    async def before_batch() -> None:
        calls.append(len(calls))
        if len(calls) == 2:
            await gate.wait()

    async def scenario() -> None:
        service = _service(tmp_path, HashingEmbedder(16), before_batch=before_batch)
        seen = asyncio.Event()
        job = service.submit("d", "alice", TEXT, "en",
                             progress=lambda done, total: done == 2 and seen.set())
        await seen.wait()
        while len(calls) < 2:
            await asyncio.sleep(0)
        assert (job.state, job.done, job.total) == ("running", 2, 6)
        gate.set()
        await job.wait()
        assert (job.state, job.done, len(calls)) == ("done", 6, 3)
        assert await service.ingest("e", "alice", TEXT, "en") == 6
        assert len(calls) == 3  # a direct ingest is not held
        await service.aclose()

    asyncio.run(scenario())


def test_a_failing_embedder_fails_the_job_and_stores_nothing(tmp_path: Path) -> None:
    async def scenario() -> None:
        service = _service(tmp_path, FailingEmbedder(16))
        failed = service.submit("d", "alice", TEXT, "en")
        await failed.wait()
        assert failed.state == "failed"
        assert failed.error == "EngineGenerateError: embedding failed: llama_decode returned -1"
        assert service.index.count() == 0
        await service.aclose()

    asyncio.run(scenario())


def test_a_queued_job_cancelled_never_runs_and_a_new_submit_replaces_the_old(
        tmp_path: Path) -> None:
    gate = asyncio.Event()

    async def before_batch() -> None:
        await gate.wait()

    async def scenario() -> None:
        service = _service(tmp_path, HashingEmbedder(16), before_batch=before_batch)
        first = service.submit("a", "alice", TEXT, "en")
        queued = service.submit("b", "alice", TEXT, "en")
        assert service.cancel("b") and queued.state == "cancelled"
        again = service.submit("a", "alice", TEXT + "\n\nMore.", "en")  # replaces the first
        gate.set()
        await first.wait()
        await again.wait()
        assert (first.state, again.state, again.passages) == ("cancelled", "done", 6)
        assert service.index.count() == 6
        await service.aclose()

    asyncio.run(scenario())
