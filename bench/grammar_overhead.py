"""What constrained decoding costs: decode tok/s of the batched engine with and without a
JSON schema, rounds interleaved in one process (`python -m bench.grammar_overhead`).

Each round completes the same raw prompt (`--streams` at once, each its own seed) for
`--tokens` tokens unconstrained, then under
the schema below (an array of at least 40 objects, so that it does not end early), both
at temperature 0.8; the rate is tokens after the first over the time after the first
token, so that the prompt's prefill does not count. Run with `--log` to see, per
constrained answer, the time its draws took and how often the grammar refused the token
first drawn.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import statistics
import time

from veilleur.config import default_cache_dir
from veilleur.engine.batched import BatchedLlamaCppBackend
from veilleur.engine.scheduler import SchedulerConfig
from veilleur.models import ensure_default_model
from veilleur.types import (
    Finished,
    GenerationRequest,
    ResponseFormat,
    SamplingParams,
    TextDelta,
)

SCHEMA = {
    "type": "object",
    "properties": {"people": {"type": "array", "minItems": 40, "maxItems": 60, "items": {
        "type": "object",
        "properties": {"name": {"type": "string", "maxLength": 12},
                       "age": {"type": "integer", "minimum": 0, "maximum": 120},
                       "city": {"enum": ["Paris", "Lyon", "Montreal", "Quebec"]}},
        "required": ["name", "age", "city"], "additionalProperties": False}}},
    "required": ["people"], "additionalProperties": False,
}


async def _rate(backend: BatchedLlamaCppBackend, fmt: ResponseFormat | None, tokens: int,
                seed: int) -> tuple[float, int, str]:
    request = GenerationRequest(
        sampling=SamplingParams(temperature=0.8, max_tokens=tokens, seed=seed),
        prompt="A long list of people, with their name, age and city:\n",
        response_format=fmt)
    first: float | None = None
    text = ""
    done: Finished | None = None
    async for event in backend.generate(request):
        if isinstance(event, TextDelta):
            first = first or time.perf_counter()
            text += event.text
        elif isinstance(event, Finished):
            done = event
    assert done is not None and first is not None
    n = done.usage.completion_tokens
    return (n - 1) / (time.perf_counter() - first), n, text


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--tokens", type=int, default=200)
    parser.add_argument("--streams", type=int, default=1, help="answers decoded together")
    parser.add_argument("--log", action="store_true", help="the engine's debug log")
    args = parser.parse_args()
    if args.log:
        logging.basicConfig(level=logging.WARNING, format="%(message)s")
        logging.getLogger("veilleur.engine.batched").setLevel(logging.DEBUG)
    backend = BatchedLlamaCppBackend(ensure_default_model(default_cache_dir()),
                                     config=SchedulerConfig(n_slots=args.streams,
                                                            n_ctx_slot=1024))
    fmt = ResponseFormat("json_schema", SCHEMA)
    plain: list[float] = []
    constrained: list[float] = []
    for seed in range(args.rounds):
        for kind, rates, given in (("plain", plain, None), ("schema", constrained, fmt)):
            results = await asyncio.gather(*(_rate(backend, given, args.tokens, seed * 100 + i)
                                             for i in range(args.streams)))
            rate = sum(r for r, _, _ in results)
            rates.append(rate)
            ended = sum(n < args.tokens and bool(json.loads(t)) for _, n, t in results) \
                if given else 0
            print(f"round {seed}: {kind} {rate:.1f} tok/s over {args.streams} stream(s) "
                  f"({sum(n for _, n, _ in results)} tokens"
                  + (f", {ended} complete JSON)" if given else ")"), flush=True)
    print(f"median plain {statistics.median(plain):.1f} tok/s, with the schema "
          f"{statistics.median(constrained):.1f} tok/s (sum over {args.streams} stream(s))")
    await backend.aclose()


if __name__ == "__main__":
    asyncio.run(main())
