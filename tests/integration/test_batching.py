"""Many requests at once through the OpenAI-compatible API of a live `veilleur serve`."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from helpers import ServerProcess

QUESTIONS = (
    "What is the capital of France?",
    "Name three primary colours.",
    "How do I reverse a list in Python?",
    "Qu'est-ce que la photosynthèse ?",
    "Who wrote Hamlet?",
    "What is the boiling point of water?",
    "Give me a synonym of happy.",
    "What does a bee make?",
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, model_path: Any) -> Any:
    """A live `veilleur serve` with the batched scheduler at its default 4 slots."""
    env = {
        "VEILLEUR_SCHEDULER": "batched",
        "VEILLEUR_N_SLOTS": "4",
        "VEILLEUR_N_CTX": "1024",
        "VEILLEUR_MAX_QUEUE": "16",
    }
    with ServerProcess(tmp_path_factory.mktemp("batched"), env=env) as proc:
        yield proc


@pytest.fixture(scope="module")
def model_id(server: Any) -> str:
    return str(httpx.get(f"{server.base_url}/v1/models").json()["data"][0]["id"])


def body(model_id: str, question: str, max_tokens: int = 24) -> dict[str, Any]:
    return {
        "model": model_id,
        "messages": [{"role": "user", "content": question}],
        "max_tokens": max_tokens,
        "temperature": 0.0,
    }


async def ask(client: httpx.AsyncClient, payload: dict[str, Any]) -> httpx.Response:
    return await client.post("/v1/chat/completions", json=payload)


async def ask_all(base_url: str, payloads: list[dict[str, Any]]) -> list[httpx.Response]:
    limits = httpx.Limits(max_connections=len(payloads) + 2)
    async with httpx.AsyncClient(base_url=base_url, timeout=300, limits=limits) as client:
        return await asyncio.gather(*(ask(client, p) for p in payloads))


def answers(responses: list[httpx.Response]) -> list[str]:
    assert all(r.status_code == 200 for r in responses), [r.text for r in responses]
    return [r.json()["choices"][0]["message"]["content"] for r in responses]


def test_eight_chats_at_once_all_complete(server: Any, model_id: str) -> None:
    responses = asyncio.run(ask_all(server.base_url, [body(model_id, q) for q in QUESTIONS]))
    texts = answers(responses)
    assert all(text.strip() for text in texts)


def test_batched_answers_equal_answers_alone(server: Any, model_id: str) -> None:
    """Eight different prompts at once, at the default 4 slots (so the scheduler batches
    them four at a time), each equal to the same prompt alone. With 8 or more sequences in
    one decode batch llama.cpp's CPU kernels change and exactness is lost (the engine-level
    test `test_batched_output_equals_output_alone`, slow, shows it)."""

    async def alone() -> list[str]:
        out = []
        for question in QUESTIONS:
            out += answers(await ask_all(server.base_url, [body(model_id, question)]))
        return out

    single = asyncio.run(alone())
    batched = answers(asyncio.run(ask_all(server.base_url, [body(model_id, q) for q in QUESTIONS])))
    assert batched == single


@pytest.mark.slow
def test_a_hundred_at_once_overflow_gets_503_and_health_answers(server: Any, model_id: str) -> None:
    def rss_mb() -> float:
        status = Path(f"/proc/{server.proc.pid}/status").read_text()
        return int(next(x for x in status.splitlines() if x.startswith("VmRSS:")).split()[1]) / 1024

    # warm up (first requests allocate the compute buffers), then take the baseline
    asyncio.run(ask_all(server.base_url, [body(model_id, q, 16) for q in QUESTIONS]))
    baseline = rss_mb()

    async def main() -> tuple[list[httpx.Response], list[int]]:
        limits = httpx.Limits(max_connections=110)
        async with httpx.AsyncClient(
            base_url=server.base_url, timeout=600, limits=limits
        ) as client:
            load = asyncio.gather(
                *(ask(client, body(model_id, QUESTIONS[i % 8], 16)) for i in range(100))
            )
            health = []
            for _ in range(5):
                await asyncio.sleep(0.5)
                # Liveness under load is the point, not latency on a loaded machine.
                health.append((await client.get("/healthz", timeout=120)).status_code)
            return await load, health

    responses, health = asyncio.run(main())
    statuses = [r.status_code for r in responses]
    assert set(statuses) <= {200, 503} and 200 in statuses and 503 in statuses
    assert all(int(r.headers["Retry-After"]) >= 1 for r in responses if r.status_code == 503)
    assert health == [200] * 5
    time.sleep(2)
    after = rss_mb()
    # the queue is bounded: memory does not grow with the requests that came at once
    assert after <= baseline * 1.10 + 30, (baseline, after)
