"""Where the safety checks' time goes for one request of the serving benchmark (in-process).

    python -m bench.safety_profile [--tokens 64] [--requests 24] [--top 12]

One request of bench/compare.py, as the guarded engine runs it, without the model: the
input check of one of its prompts, then an answer of `--tokens` tokens fed to the output
guard one token (about 4 characters) at a time, then the guard's final check. The answer
is ordinary prose (bench/safety_speed.py's paragraph); the scorer's segment cache is
cleared before each request, so that one request's answer is read afresh (within it, the
cache works as it does in the server). Prints CPU ms per request by stage (unprofiled),
then the top functions by own time from a second pass under cProfile, and what handing
each token to a worker thread (`asyncio.to_thread`, as the guard does for every token)
costs alone.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import json
import pstats
import statistics
import time

from bench.load import PROMPTS
from bench.safety_speed import PARAGRAPH
from veilleur.safety import SafetyPipeline, SafetySettings
from veilleur.types import ChatMessage

__all__ = ["profile_requests", "to_thread_us"]


def profile_requests(pipeline: SafetyPipeline, tokens: int, requests: int,
                     ) -> dict[str, float]:
    """CPU ms per request (process time) of the input check, the output guard's feeds
    and its final check."""
    stages: dict[str, list[float]] = {"input": [], "output_feed": [], "output_finish": []}
    for n in range(requests):
        prompt = PROMPTS[n % len(PROMPTS)]
        answer = PARAGRAPH * 2
        pieces = [answer[i:i + 4] for i in range(0, 4 * tokens, 4)]
        pipeline.scorer.clear_cache()
        t0 = time.process_time()
        pipeline.check_input([ChatMessage("user", f"{prompt} ({n})")])
        t1 = time.process_time()
        guard = pipeline.output_guard([ChatMessage("user", prompt)], language="en")
        for piece in pieces:
            guard.feed(piece)
        t2 = time.process_time()
        guard.finish()
        t3 = time.process_time()
        stages["input"].append(1000 * (t1 - t0))
        stages["output_feed"].append(1000 * (t2 - t1))
        stages["output_finish"].append(1000 * (t3 - t2))
    return {name: statistics.median(v) for name, v in stages.items()}


def to_thread_us(calls: int = 2000) -> dict[str, float]:
    """Microseconds of wall time per call: a trivial function called inline and through
    `asyncio.to_thread` (the guard's hop for every token)."""

    def noop(text: str) -> None:
        return None

    async def hops() -> tuple[float, float]:
        began = time.perf_counter()
        for _ in range(calls):
            noop("abcd")
        inline = time.perf_counter() - began
        began = time.perf_counter()
        for _ in range(calls):
            await asyncio.to_thread(noop, "abcd")
        return inline, time.perf_counter() - began

    inline, threaded = asyncio.run(hops())
    return {"inline_us": 1e6 * inline / calls, "to_thread_us": 1e6 * threaded / calls}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=64)
    parser.add_argument("--requests", type=int, default=24)
    parser.add_argument("--top", type=int, default=12)
    args = parser.parse_args()
    pipeline = SafetyPipeline.from_settings(SafetySettings(judge_url=None, judge_model=None,
                                                           redact_audit=False))
    pipeline.warm_up()
    profile_requests(pipeline, args.tokens, 2)  # warm-up
    stages = profile_requests(pipeline, args.tokens, args.requests)  # timed, unprofiled
    profiler = cProfile.Profile()
    profiler.enable()
    profile_requests(pipeline, args.tokens, args.requests)  # the same work, profiled
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(args.top)
    print(json.dumps({"tokens": args.tokens, "cpu_ms_per_request": stages,
                      "total_cpu_ms": sum(stages.values()), "hop": to_thread_us()}, indent=2))
    print(out.getvalue())


if __name__ == "__main__":
    main()
