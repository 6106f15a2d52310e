"""RetrievalService with the default model's real embeddings (the session's embedder
fixture): ingestion with progress, retrieval within a token budget with citations, the
background queue (progress while the event loop goes on, cancellation, nothing
half-stored), on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

import veilleur.retrieval.models  # noqa: F401
from veilleur.retrieval.index import open_index
from veilleur.retrieval.service import RetrievalService, cited_numbers
from veilleur.store.db import open_database

DATA = Path(__file__).parents[2] / "data" / "retrieval"


@pytest.fixture
def service(database_url: str, embedder: object) -> Iterator[RetrievalService]:
    engine, _ = open_database(database_url)
    yield RetrievalService(open_index(engine), embedder, batch_size=4)  # type: ignore[arg-type]
    engine.dispose()


def _text(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def test_ingest_reports_progress_and_retrieve_cites_within_the_budget(
        service: RetrievalService) -> None:
    progress: list[tuple[int, int]] = []

    async def scenario() -> None:
        stored = await service.ingest("orchard", "alice", _text("orchard-handbook.en.md"), "en",
                                      progress=lambda done, total: progress.append((done, total)))
        assert stored == service.index.count("alice") == 7
        await service.ingest("water", "alice", _text("rapport-eaux-valmont.fr.md"), "fr")
        passages = await service.retrieve("alice", "When should bare-root trees be planted?",
                                          budget_tokens=200)
        assert passages, "nothing retrieved"
        assert [p.citation for p in passages] == list(range(1, len(passages) + 1))
        assert sum(p.tokens for p in passages) <= 200
        assert passages[0].document_id == "orchard"
        assert "between November and March" in passages[0].text
        assert (passages[0].heading_path, passages[0].page) == (
            "Community Orchard Handbook > Planting", 1)
        only_water = await service.retrieve("alice", "prix du mètre cube", ["water"], 1000)
        assert {p.document_id for p in only_water} == {"water"}
        assert any("2,35 euros" in p.text for p in only_water[:3])
        assert await service.retrieve("bob", "prix du mètre cube") == []
        assert await service.delete("water") == 7

    asyncio.run(scenario())
    assert progress == [(0, 7), (4, 7), (7, 7)]
    assert cited_numbers("Plant them in winter [2], dormant [1][2].") == [2, 1]


def test_background_ingestion_lets_the_loop_run_and_can_be_cancelled(
        service: RetrievalService) -> None:
    events: list[str] = []
    long_text = "\n\n".join([_text("ddhc-1789.fr.md")] * 3)

    async def ticker(stop: asyncio.Event) -> None:
        while not stop.is_set():
            events.append("tick")
            await asyncio.sleep(0.005)

    async def scenario() -> None:
        stop = asyncio.Event()
        ticks = asyncio.create_task(ticker(stop))
        job = service.submit("bill", "alice", _text("bill-of-rights.en.md"), "en",
                             progress=lambda done, total: events.append(f"{done}/{total}"))
        assert service.job("bill") is job
        await job.wait()
        stop.set()
        await ticks
        assert (job.state, job.error, job.passages, job.done, job.total) == (
            "done", None, 10, 10, 10)

        first_batch = asyncio.Event()
        cancelled = service.submit("ddhc", "alice", long_text, "fr",
                                   progress=lambda done, total: done and first_batch.set())
        queued = service.submit("gettysburg", "alice", _text("gettysburg-address.en.md"), "en")
        await first_batch.wait()
        assert service.cancel("ddhc") is True
        await cancelled.wait()
        await queued.wait()
        assert cancelled.state == "cancelled" and queued.state == "done"
        assert service.cancel("ddhc") is False
        await service.aclose()

    asyncio.run(scenario())
    progress_at = [i for i, e in enumerate(events) if "/" in e]
    assert any(e == "tick" for e in events[progress_at[0]:progress_at[-1]]), events
    assert service.index.count("alice") == 10 + 2  # the bill and Gettysburg; no 'ddhc' row
    assert service.index.search("alice", "souveraineté", None, 5, mode="text") == []
