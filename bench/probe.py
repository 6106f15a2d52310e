"""Short probes of the batched engine, for one question at a time (not part of `make bench`).

    python -m bench.probe rounds [--rounds 3] [--streams 8]
        the same N prompts sent at once, several rounds on one server: aggregate tok/s and
        how each answer ended (a drop after the first round is a scheduling effect, such as
        busy slots spread apart);
    python -m bench.probe interference [--runs 2]
        bench.run's long-prompt scenario alone: worst inter-token gap of 4 running streams
        while a 1,500-token prompt is prefilled, against their median;
    python -m bench.probe long-ttft [--runs 3]
        time to first token of a 1,500-token prompt alone (no prefix shared);
    python -m bench.probe safety [--rounds 3] [--streams 8]
        what the safety checks cost: the same rounds on two servers, checks on and off,
        interleaved (also part of `make bench`).

Settings such as `VEILLEUR_PREFILL_CHUNK` or `VEILLEUR_SAFETY_ENABLED` are passed to the
server through the environment, e.g. `VEILLEUR_PREFILL_CHUNK=32 python -m bench.probe
interference`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path

import httpx

from bench.load import model_of, stream_completion
from bench.rounds import one_round, safety_cost
from bench.run import long_prompt_interference
from bench.servers import veilleur_server


async def rounds(base: str, n_rounds: int, streams: int, tokens: int) -> None:
    for n in range(1, n_rounds + 1):
        result = await one_round(base, streams, tokens)
        ends = sorted({f"{a['finish']}:{a['tokens']}" for a in result["answers"]})
        print(f"round {n}: {result['tps']:.1f} tok/s aggregate, ends {ends}", flush=True)


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
    parser.add_argument("probe", choices=("rounds", "interference", "long-ttft", "safety"))
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
    if args.probe == "safety":
        result = safety_cost(model, threads, streams=args.streams, tokens=args.tokens,
                             n_rounds=args.rounds, slots=args.slots)
        print(json.dumps(result), flush=True)
        return
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
