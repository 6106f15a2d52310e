"""An HTTP load generator for OpenAI-compatible servers: streaming requests and their timings.

The same client drives every server under test, so that differences come from the servers.
Each streamed chunk with text counts as one token (both servers send one chunk per token).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import statistics
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

__all__ = ["LevelStats", "Stream", "model_of", "percentile", "run_level", "stream_completion"]


@dataclass
class Stream:
    """One streaming request: when it was sent, when each token arrived, how it ended."""

    sent: float
    token_times: list[float] = field(default_factory=list)
    status: int = 0
    error: str = ""
    finish: str | None = None  # the last finish_reason the server sent
    usage_tokens: int | None = None  # completion_tokens of a usage chunk, when one came
    ended: float | None = None  # when the stream closed
    text: str = ""  # the answer's text, all chunks joined
    prompt_tokens: int | None = None  # prompt_tokens of a usage chunk, when one came
    timings: dict[str, Any] | None = None  # llama-server's own `timings` (cache_n, ...)

    @property
    def tokens(self) -> int:
        """Tokens generated: the server's own count when it sent one, else the chunks
        with text (one per token for both servers, except where a token ends inside a
        UTF-8 character)."""
        return self.usage_tokens if self.usage_tokens is not None else len(self.token_times)

    @property
    def latency(self) -> float | None:
        """From sending the request to the end of its stream."""
        return None if self.ended is None else self.ended - self.sent

    @property
    def ttft(self) -> float | None:
        return self.token_times[0] - self.sent if self.token_times else None

    @property
    def gaps(self) -> list[float]:
        times = self.token_times
        return [b - a for a, b in itertools.pairwise(times)]


async def stream_completion(
    client: httpx.AsyncClient, body: dict[str, Any], path: str = "/v1/completions"
) -> Stream:
    """POST a streaming request and record the arrival time of every token."""
    result = Stream(sent=time.perf_counter())
    try:
        async with client.stream("POST", path, json={**body, "stream": True}) as response:
            result.status = response.status_code
            if response.status_code != 200:
                result.error = (await response.aread()).decode(errors="replace")[:200]
                return result
            async for line in response.aiter_lines():
                if not line.startswith("data:") or line.strip() == "data: [DONE]":
                    continue
                chunk = json.loads(line[5:])
                choice = (chunk.get("choices") or [{}])[0]
                text = choice.get("text") or (choice.get("delta") or {}).get("content")
                if text:
                    result.token_times.append(time.perf_counter())
                    result.text += text
                result.finish = choice.get("finish_reason") or result.finish
                usage = chunk.get("usage")
                if isinstance(usage, dict) and "completion_tokens" in usage:
                    result.usage_tokens = int(usage["completion_tokens"])
                    if "prompt_tokens" in usage:
                        result.prompt_tokens = int(usage["prompt_tokens"])
                if isinstance(chunk.get("timings"), dict):
                    result.timings = chunk["timings"]
        result.ended = time.perf_counter()
    except httpx.HTTPError as exc:
        result.error = f"{type(exc).__name__}: {exc}"
    return result


async def model_of(client: httpx.AsyncClient) -> str:
    """The id of the first model the server lists."""
    response = await client.get("/v1/models")
    return str(response.json()["data"][0]["id"])


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0–100), nearest rank; NaN for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


@dataclass
class LevelStats:
    """Results of `concurrency` simultaneous streams."""

    concurrency: int
    wall: float
    streams: list[Stream]

    @property
    def tokens(self) -> list[int]:
        return [s.tokens for s in self.streams]

    @property
    def aggregate_tps(self) -> float:
        return sum(self.tokens) / self.wall if self.wall else 0.0

    @property
    def ttfts(self) -> list[float]:
        return [t for s in self.streams if (t := s.ttft) is not None]

    @property
    def itls(self) -> list[float]:
        return [g for s in self.streams for g in s.gaps]

    def row(self) -> dict[str, float]:
        return {
            "concurrency": self.concurrency,
            "agg_tps": self.aggregate_tps,
            "tokens_mean": statistics.mean(self.tokens),
            "tokens_min": min(self.tokens),
            "ttft_p50": percentile(self.ttfts, 50),
            "ttft_p95": percentile(self.ttfts, 95),
            "itl_p50": percentile(self.itls, 50),
            "itl_p95": percentile(self.itls, 95),
            "errors": sum(1 for s in self.streams if s.status != 200 or s.error),
        }


async def run_level(
    base_url: str, concurrency: int, prompts: list[str], max_tokens: int,
    extra: dict[str, Any] | None = None,
) -> LevelStats:
    """Send `concurrency` streaming completions at once and wait for all of them
    (`extra`: more fields of every request body)."""
    timeout = httpx.Timeout(600.0)
    limits = httpx.Limits(max_connections=concurrency + 4)
    async with httpx.AsyncClient(base_url=base_url, timeout=timeout, limits=limits) as client:
        model = await model_of(client)
        bodies = [
            {
                "model": model,
                "prompt": prompts[i % len(prompts)],
                "max_tokens": max_tokens,
                "temperature": 0.0,
                **(extra or {}),
            }
            for i in range(concurrency)
        ]
        started = time.perf_counter()
        streams = await asyncio.gather(*(stream_completion(client, b) for b in bodies))
        return LevelStats(concurrency, time.perf_counter() - started, list(streams))


# The prompts every benchmark sends (the same ones to every server).
PROMPTS = [
    "Write a long story about a lighthouse keeper who finds a message in a bottle.",
    "Explain in detail how a steam engine works, step by step.",
    "Describe a walk through Paris on a rainy autumn day.",
    "Write a detailed recipe for a vegetable lasagna, with every step.",
    "Tell the history of the printing press and its effects on Europe.",
    "Write a letter from a sailor to his family during a long voyage.",
    "Describe the life cycle of a star, from nebula to remnant.",
    "Write a guide for a beginner who wants to learn to play the guitar.",
]
