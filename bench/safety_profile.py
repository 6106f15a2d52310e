"""Where the safety checks' time goes for one request of the serving benchmark (in-process).

    python -m bench.safety_profile [--tokens 64] [--requests 24] [--streams 8] [--top 12]
    python -m bench.safety_profile --ttft 8 [--tokens 64] [--rounds 5] [--threads 1]

One request of bench/compare.py, as the guarded engine runs it, without the model: the
input check of one of its prompts, then an answer of `--tokens` tokens fed to the output
guard one token (about 4 characters) at a time, then the guard's final check. The answer
is ordinary prose (bench/safety_speed.py's paragraph); the scorer's segment cache is
cleared before each request, so that one request's answer is read afresh (within it, the
cache works as it does in the server). Prints CPU ms per request by stage (unprofiled),
the CPU and wall time of `--streams` input checks started at once in as many threads
(requests arriving together; `--requests` groups), then the top functions by own time
from a second pass under cProfile, and what handing a token to a worker thread
(`asyncio.to_thread`, as the guard does for the pieces it scores on) costs alone.

With `--ttft N`, the time to first token of N guarded completions sent at once, in one
process, on the default model (batched scheduler, N slots, `--threads` llama.cpp threads),
with the safety checks on and off (two guarded engines over the same backend, taking turns
within each round, after one warm-up round of each): for each request, when its input
check ran (in its worker thread), when its audit was written, when the engine thread
produced its first text, and when the guarded stream yielded it, in ms from the moment
all were sent (decisions are audited in an SQLite file, redacted, as the server's
settings say; `--no-audit`: not);
medians over the requests of each round, then the median and range over the rounds. The
same prompts are sent in every round (as bench/compare.py does), so prefills after the
first reuse the slots' cached prefixes.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import json
import math
import pstats
import statistics
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from typing import Any

from bench.load import PROMPTS
from bench.safety_speed import PARAGRAPH
from veilleur.safety import Decision, SafetyPipeline, SafetySettings
from veilleur.types import ChatMessage, GenerationRequest, SamplingParams, TextDelta

__all__ = ["Timing", "concurrent_checks", "profile_requests", "to_thread_us", "ttft_rounds"]


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


def concurrent_checks(pipeline: SafetyPipeline, streams: int, rounds: int
                      ) -> dict[str, float]:
    """`streams` input checks started at once in as many threads (requests that arrive
    together), `rounds` times: CPU ms (process time, all threads) and wall ms per group,
    medians, and the classifier batches they were read in (when the scorer merges
    concurrent calls)."""
    cpu: list[float] = []
    wall: list[float] = []
    counter = getattr(pipeline.scorer._classifier, "batches", None)
    batches_before = counter if isinstance(counter, int) else 0
    for n in range(rounds):
        pipeline.scorer.clear_cache()
        start = threading.Barrier(streams + 1)

        def check(i: int, n: int = n, start: threading.Barrier = start) -> None:
            start.wait()
            prompt = PROMPTS[i % len(PROMPTS)]
            pipeline.check_input([ChatMessage("user", f"{prompt} ({n}.{i})")])

        threads = [threading.Thread(target=check, args=(i,)) for i in range(streams)]
        for thread in threads:
            thread.start()
        t0, c0 = time.perf_counter(), time.process_time()
        start.wait()
        for thread in threads:
            thread.join()
        wall.append(1000 * (time.perf_counter() - t0))
        cpu.append(1000 * (time.process_time() - c0))
    counter = getattr(pipeline.scorer._classifier, "batches", None)
    out = {"cpu_ms": statistics.median(cpu), "wall_ms": statistics.median(wall)}
    if isinstance(counter, int):
        out["classifier_batches_per_group"] = (counter - batches_before) / rounds
    return out


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


@dataclass
class Timing:
    """One request's moments, in ms from the moment all requests were sent."""

    check_start: float = math.nan  # its input check began (in its worker thread)
    check_end: float = math.nan  # its decision was made
    audited: float = math.nan  # its decision's audit row was written (redacted)
    engine_first: float = math.nan  # the engine thread produced its first text
    first_shown: float = math.nan  # the guarded stream yielded that text


class _Recorder:
    """Notes the moments of `Timing` for the requests of one level (request id ``r<i>``)."""

    def __init__(self) -> None:
        self.began = time.perf_counter()
        self.timings: dict[str, Timing] = {}
        self.sinks: list[Any] = []  # the backend's sinks, in the order requests were admitted

    def reset(self) -> None:
        self.began = time.perf_counter()
        self.timings.clear()
        self.sinks.clear()

    def at(self, request_id: str, name: str) -> None:
        timing = self.timings.setdefault(request_id, Timing())
        if math.isnan(getattr(timing, name)):
            setattr(timing, name, 1000 * (time.perf_counter() - self.began))

    def watch_checks(self, pipeline: SafetyPipeline) -> None:
        """Wrap `pipeline.assess_input` (on the instance) to note when each check runs,
        and when its audit is written (the guarded engine writes it while the model
        computes the prompt)."""
        assess = pipeline.assess_input

        def timed(messages: Sequence[ChatMessage], **kwargs: Any
                  ) -> tuple[Decision, Callable[[], None]]:
            request_id = kwargs.get("request_id", "")
            self.at(request_id, "check_start")
            try:
                decision, write_audit = assess(messages, **kwargs)
            finally:
                self.at(request_id, "check_end")

            def write() -> None:
                write_audit()
                self.at(request_id, "audited")

            return decision, write

        pipeline.assess_input = timed  # type: ignore[method-assign]

    def watch_engine(self) -> None:
        """Note, in the engine thread, when each request's first text is handed to the event
        loop (the batched backend's `_Sink._put`; requests are admitted in order, so the
        k-th sink created in a level is request ``r<k>``'s)."""
        from veilleur.engine import batched

        init, put = batched._Sink.__init__, batched._Sink._put
        recorder = self

        def new_init(sink: Any, *args: Any, **kwargs: Any) -> None:
            init(sink, *args, **kwargs)
            sink.bench_id = f"r{len(recorder.sinks)}"
            recorder.sinks.append(sink)

        def new_put(sink: Any, item: Any) -> None:
            if isinstance(item, TextDelta):
                recorder.at(sink.bench_id, "engine_first")
            put(sink, item)

        batched._Sink.__init__ = new_init  # type: ignore[method-assign]
        batched._Sink._put = new_put  # type: ignore[method-assign]


async def _level(engine: Any, streams: int, tokens: int, recorder: _Recorder
                 ) -> list[Timing]:
    """`streams` guarded completions of bench.load's prompts sent at once; their timings."""
    from veilleur.guard import AuditContext

    async def one(i: int) -> None:
        request = GenerationRequest(
            prompt=PROMPTS[i % len(PROMPTS)], request_id=f"r{i}",
            sampling=SamplingParams(max_tokens=tokens, temperature=0.0))
        stream = await engine.start(request, AuditContext(f"r{i}"))
        try:
            async for event in stream:
                if isinstance(event, TextDelta):
                    recorder.at(f"r{i}", "first_shown")
        finally:
            await stream.aclose()

    recorder.reset()
    await asyncio.gather(*(one(i) for i in range(streams)))
    return [recorder.timings[f"r{i}"] for i in range(streams)]


def ttft_rounds(streams: int, tokens: int, rounds: int, threads: int, *, audit: bool = True
                ) -> dict[str, Any]:
    """TTFT breakdown of `streams` requests sent at once, safety on and off (see the module
    docstring): per configuration and moment, the median over each round's requests, then
    the median, min and max over the rounds. With `audit`, decisions are written to an
    SQLite audit log in a temporary directory, as a server does (redacted)."""
    from pathlib import Path

    from veilleur.config import Settings
    from veilleur.engine.factory import build_backend
    from veilleur.guard import GuardedEngine
    from veilleur.models import ensure_default_model
    from veilleur.store.db import open_database

    model = ensure_default_model(Path.home() / ".cache" / "veilleur" / "models")
    data = Path(tempfile.mkdtemp(prefix="veilleur-ttft-"))
    settings = Settings(model=model, n_threads=threads, scheduler="batched",
                        n_slots=streams, n_ctx=2048, max_queue=64, data_dir=data)
    sessions = open_database(settings.resolved_database_url)[1] if audit else None
    recorder = _Recorder()
    recorder.watch_engine()
    pipelines = {  # the server's safety settings (audit redacted), checks on and off
        name: SafetyPipeline.from_settings(settings.safety.model_copy(update={"enabled": on}),
                                           session_factory=sessions)
        for name, on in (("on", True), ("off", False))}
    for pipeline in pipelines.values():
        pipeline.warm_up()
        recorder.watch_checks(pipeline)
    backend = build_backend(settings)
    engines = {name: GuardedEngine(backend, p) for name, p in pipelines.items()}
    per_round: dict[str, list[dict[str, float]]] = {name: [] for name in engines}

    async def run() -> None:
        for turn in range(rounds + 1):
            names = list(engines) if turn % 2 == 0 else list(engines)[::-1]
            for name in names:
                timings = await _level(engines[name], streams, tokens, recorder)
                if turn:  # the first round warms the slots' prefix caches up
                    per_round[name].append({
                        f.name: statistics.median(getattr(t, f.name) for t in timings)
                        for f in fields(Timing)})
        await backend.aclose()

    asyncio.run(run())
    out: dict[str, Any] = {}
    for name, rows in per_round.items():
        out[name] = {key: _spread([row[key] for row in rows]) for key in rows[0]}
    on, off = per_round["on"], per_round["off"]
    out["ttft_added_ms"] = _spread([a["first_shown"] - b["first_shown"]
                                    for a, b in zip(on, off, strict=True)])
    return out


def _spread(values: Sequence[float]) -> dict[str, float]:
    values = [v for v in values if not math.isnan(v)]
    if not values:
        return {"median": math.nan, "min": math.nan, "max": math.nan}
    return {"median": round(statistics.median(values), 1), "min": round(min(values), 1),
            "max": round(max(values), 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=64)
    parser.add_argument("--requests", type=int, default=24)
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument("--streams", type=int, default=8,
                        help="input checks started at once (CPU and wall time of the group)")
    parser.add_argument("--ttft", type=int, default=0, metavar="STREAMS",
                        help="time to first token of STREAMS requests at once, on and off")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--no-audit", action="store_true",
                        help="--ttft: no audit log (the server always has one)")
    args = parser.parse_args()
    if args.ttft:
        print(json.dumps(ttft_rounds(args.ttft, args.tokens, args.rounds, args.threads,
                                     audit=not args.no_audit),
                         indent=2))
        return
    pipeline = SafetyPipeline.from_settings(SafetySettings(judge_url=None, judge_model=None,
                                                           redact_audit=False))
    pipeline.warm_up()
    profile_requests(pipeline, args.tokens, 2)  # warm-up
    stages = profile_requests(pipeline, args.tokens, args.requests)  # timed, unprofiled
    together = concurrent_checks(pipeline, args.streams, args.requests)
    profiler = cProfile.Profile()
    profiler.enable()
    profile_requests(pipeline, args.tokens, args.requests)  # the same work, profiled
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(args.top)
    print(json.dumps({"tokens": args.tokens, "cpu_ms_per_request": stages,
                      "total_cpu_ms": sum(stages.values()),
                      f"input_checks_{args.streams}_at_once": together,
                      "hop": to_thread_us()}, indent=2))
    print(out.getvalue())


if __name__ == "__main__":
    main()
