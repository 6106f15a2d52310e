"""Rounds of concurrent requests, and what the safety checks cost measured with them."""

from __future__ import annotations

import asyncio
import json
import statistics
import time
from pathlib import Path

import httpx

from bench.load import PROMPTS, model_of
from bench.servers import veilleur_server

__all__ = ["one_round", "safety_cost"]


async def _one(client: httpx.AsyncClient, model: str, prompt: str, tokens: int) -> dict:
    body = {"model": model, "prompt": prompt, "max_tokens": tokens, "temperature": 0.0,
            "stream": True}
    produced, finish = 0, None
    async with client.stream("POST", "/v1/completions", json=body) as response:
        async for line in response.aiter_lines():
            if not line.startswith("data:") or line.strip() == "data: [DONE]":
                continue
            choice = (json.loads(line[5:]).get("choices") or [{}])[0]
            produced += bool(choice.get("text"))
            finish = choice.get("finish_reason") or finish
    return {"tokens": produced, "finish": finish}


async def one_round(base: str, streams: int, tokens: int) -> dict:
    """`streams` prompts at once: aggregate tok/s and how each answer ended."""
    prompts = [PROMPTS[i % len(PROMPTS)] for i in range(streams)]
    async with httpx.AsyncClient(base_url=base, timeout=600) as client:
        model = await model_of(client)
        started = time.perf_counter()
        answers = await asyncio.gather(*(_one(client, model, p, tokens) for p in prompts))
        elapsed = time.perf_counter() - started
    return {"tps": sum(a["tokens"] for a in answers) / elapsed, "answers": answers}


def safety_cost(model: Path, threads: int, *, streams: int, tokens: int, n_rounds: int,
                slots: int = 16) -> dict:
    """Aggregate tok/s at `streams` with the safety checks on and off, rounds interleaved
    on two servers up at once (the idle one costs nothing), so both see the same machine
    load; also how many benign answers the output guard cut (`content_filter`)."""
    on_off: dict[str, list[dict]] = {"on": [], "off": []}
    with (veilleur_server(model, threads, "batched", slots=slots, n_ctx=2048) as on,
          veilleur_server(model, threads, "batched", slots=slots, n_ctx=2048,
                          env={"VEILLEUR_SAFETY_ENABLED": "false"}) as off):
        for base in (on, off):  # warm-up
            asyncio.run(one_round(base, 1, 8))
        for _ in range(n_rounds):
            for name, base in (("on", on), ("off", off)):
                on_off[name].append(asyncio.run(one_round(base, streams, tokens)))
    ratios = [a["tps"] / b["tps"] for a, b in zip(on_off["on"], on_off["off"], strict=True)]
    cut = sum(a["finish"] == "content_filter" for r in on_off["on"] for a in r["answers"])
    return {
        "streams": streams, "tokens": tokens, "rounds": n_rounds,
        "on_tps": statistics.median(r["tps"] for r in on_off["on"]),
        "off_tps": statistics.median(r["tps"] for r in on_off["off"]),
        "ratio": statistics.median(ratios), "ratios": ratios,
        "answers": n_rounds * streams, "cut": cut,
    }
