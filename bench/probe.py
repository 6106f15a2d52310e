"""Short probes of the batched engine, for one question at a time (not part of `make bench`).

    python -m bench.probe rounds [--rounds 3] [--streams 8]
        the same N prompts sent at once, several rounds on one server: aggregate tok/s and
        how each answer ended (a drop after the first round is a scheduling effect, such as
        busy slots spread apart);
    python -m bench.probe interference [--runs 2]
        bench.run's long-prompt scenario alone: worst inter-token gap of 4 running streams
        while a 1,500-token prompt is prefilled, against their median;
    python -m bench.probe long-ttft [--runs 3]
        time to first token of a 1,500-token prompt alone (no prefix shared).

Settings such as `VEILLEUR_PREFILL_CHUNK` or `VEILLEUR_SAFETY_ENABLED` are passed to the
server through the environment, e.g. `VEILLEUR_PREFILL_CHUNK=32 python -m bench.probe
interference`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from pathlib import Path

import httpx

from bench.load import model_of, stream_completion
from bench.run import PROMPTS, long_prompt_interference
from bench.servers import veilleur_server


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


async def rounds(base: str, n_rounds: int, streams: int, tokens: int) -> None:
    prompts = [PROMPTS[i % len(PROMPTS)] for i in range(streams)]
    async with httpx.AsyncClient(base_url=base, timeout=600) as client:
        model = await model_of(client)
        for n in range(1, n_rounds + 1):
            started = time.perf_counter()
            answers = await asyncio.gather(*(_one(client, model, p, tokens) for p in prompts))
            elapsed = time.perf_counter() - started
            total = sum(a["tokens"] for a in answers)
            ends = sorted({f"{a['finish']}:{a['tokens']}" for a in answers})
            print(f"round {n}: {total / elapsed:.1f} tok/s aggregate, ends {ends}", flush=True)


async def long_ttft(base: str, runs: int) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=600) as client:
        model = await model_of(client)
        for n in range(runs):
            prompt = f"Version {n}. " + "The quick brown fox jumps over the lazy dog. " * 150
            stream = await stream_completion(
                client, {"model": model, "prompt": prompt, "max_tokens": 4, "temperature": 0})
            print(f"run {n + 1}: TTFT {stream.ttft:.2f} s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("probe", choices=("rounds", "interference", "long-ttft"))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--streams", type=int, default=8)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--tokens", type=int, default=128)
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--slots", type=int, default=16)
    args = parser.parse_args()
    from veilleur.engine.llamacpp import usable_cores
    from veilleur.models import ensure_default_model

    model = ensure_default_model(Path.home() / ".cache" / "veilleur" / "models")
    threads = args.threads or usable_cores()
    with veilleur_server(model, threads, "batched", slots=args.slots, n_ctx=2048) as base:
        if args.probe == "rounds":
            asyncio.run(rounds(base, args.rounds, args.streams, args.tokens))
        elif args.probe == "interference":
            for _ in range(args.runs):
                result = asyncio.run(long_prompt_interference(base, args.tokens))
                ratio = result["worst_gap_during"] / result["median_gap"]
                print(f"worst gap {1000 * result['worst_gap_during']:.0f} ms, median "
                      f"{1000 * result['median_gap']:.0f} ms ({ratio:.1f}x), long prompt TTFT "
                      f"{result['long_ttft']:.2f} s", flush=True)
        else:
            asyncio.run(long_ttft(base, args.runs))


if __name__ == "__main__":
    main()
