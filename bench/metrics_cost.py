"""What the Prometheus metrics cost one request, measured in-process (no model, no server).

    python -m bench.metrics_cost [--tokens 64] [--requests 400]

The end-to-end comparison (bench/compare.py, metrics on and off) cannot resolve 1 % on a
shared machine; this measures what the metrics themselves add, alone:

- the HTTP middleware: a streaming ASGI endpoint that sends `--tokens` chunks, driven
  through httpx's ASGI transport with and without `MetricsMiddleware` (interleaved
  batches, median of each), so the middleware's wrapper of every message is counted;
- what the guarded engine records for one answer: one TTFT and `--tokens` − 1 ITL
  observations, the usage counters, an input and an output safety decision and a check
  time per 64 characters of the answer (what guard.py records), on a real `Metrics`.

Prints the cost in microseconds per request, to set against a request's latency.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from collections.abc import Awaitable, Callable

import httpx
from starlette.types import Receive, Scope, Send

from veilleur.api.metrics import MetricsMiddleware
from veilleur.metrics import Metrics

__all__ = ["engine_recording_us", "middleware_us"]

ASGI = Callable[[Scope, Receive, Send], Awaitable[None]]


def _streaming_app(tokens: int) -> ASGI:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"text/event-stream")]})
        for i in range(tokens):
            chunk = json.dumps({"choices": [{"text": f"t{i} "}]})
            await send({"type": "http.response.body", "body": f"data: {chunk}\n\n".encode(),
                        "more_body": True})
        await send({"type": "http.response.body", "body": b"data: [DONE]\n\n"})

    return app


async def _batch(app: ASGI, requests: int) -> float:
    """Seconds per request of `requests` streamed one after the other through `app`."""
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        began = time.perf_counter()
        for _ in range(requests):
            async with client.stream("POST", "/v1/completions", json={}) as response:
                async for _ in response.aiter_raw():
                    pass
        return (time.perf_counter() - began) / requests


def middleware_us(tokens: int, requests: int, batches: int = 7) -> dict[str, float]:
    """Microseconds per streamed request without and with `MetricsMiddleware`."""
    bare = _streaming_app(tokens)
    timed = MetricsMiddleware(bare, Metrics())
    off, on = [], []
    asyncio.run(_batch(bare, 20))  # warm-up
    asyncio.run(_batch(timed, 20))
    for _ in range(batches):
        off.append(asyncio.run(_batch(bare, requests)))
        on.append(asyncio.run(_batch(timed, requests)))
    return {"off_us": 1e6 * statistics.median(off), "on_us": 1e6 * statistics.median(on),
            "added_us": 1e6 * statistics.median(b - a for a, b in zip(off, on, strict=True))}


def engine_recording_us(tokens: int, requests: int) -> float:
    """Microseconds per answer of what the guarded engine records into `Metrics`."""
    metrics = Metrics()
    checks = max(1, tokens * 4 // 64)  # the output guard checks every 64 characters
    began = time.perf_counter()
    for _ in range(requests):
        metrics.safety_decision("input", "allow", (), 0.015)
        metrics.ttft.observe(0.05)
        for _ in range(tokens - 1):
            metrics.itl.observe(0.02)
        for _ in range(checks):
            metrics.safety_duration.labels("output").observe(0.004)
        metrics.safety_decision("output", "allow", ())
        metrics.usage("length", 20, tokens)
    return 1e6 * (time.perf_counter() - began) / requests


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=64)
    parser.add_argument("--requests", type=int, default=400)
    args = parser.parse_args()
    http = middleware_us(args.tokens, args.requests)
    engine = engine_recording_us(args.tokens, args.requests * 5)
    print(json.dumps({"tokens": args.tokens, "middleware": http,
                      "engine_recording_us": engine,
                      "total_added_us": http["added_us"] + engine}, indent=2))


if __name__ == "__main__":
    main()
