"""The embedded backend with continuous batching: many generations share one llama.cpp context.

One llama.cpp context holds `n_slots` sequences (one per running request, each with its
own `n_ctx_slot` window of KV cells). A dedicated engine thread runs the loop

    schedule (scheduler.py) → trim KV → llama_decode(decode tokens) → sample them
                                      → llama_decode(each group of prefill chunks)
                                      → sample the prompts that ended → commit

and hands each sampled token to the request's sink, which turns it into text
(`TextAssembler`: UTF-8 across tokens, stop sequences) and passes events to the event
loop with `call_soon_threadsafe`. The event loop only submits, cancels and reads. A
request that asks for `logprobs` has each token's read from the logits it was drawn
from, in the engine thread, right after the draw (engine/logprobs.py).

At temperature 0 a request's answer does not depend on the requests batched with it: the
scheduler keeps each sequence's ubatch shapes fixed (see scheduler.py), decode tokens
of fewer than 8 sequences go to llama.cpp one per call, and the context avoids
weight repacking, whose numbers depend on the rest of the batch (its 4-row GEMM and
1-row GEMV round differently; it costs less than the noise of a decode step here).
Flash attention is on (`auto`, as in llama-server): one query row of one sequence takes
its split-KV path beyond 512 cells, which a decode alone in its call always does, and
it made 8 and 16 streams 3–8 % faster (`python -m bench.probe steps`, docs/benchmarks.md;
`tests/unit/test_scheduler_backend.py::test_long_contexts_together_equal_each_alone`).

Errors: a failed decode or sampling fails the requests of that step with
`EngineGenerateError` and the loop goes on; an unexpected error in the loop itself, or a
llama.cpp compute error, kills the engine: every request gets `EngineDeadError` and
`is_ready()` turns False.
"""

from __future__ import annotations

import asyncio
import ctypes
import logging
import math
import random
import sys
import threading
import time
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from veilleur.engine.base import (
    ChatMessage,
    EngineEvent,
    EventStream,
    Finished,
    FinishReason,
    GenerationRequest,
    ModelInfo,
    RenderedPrompt,
    SamplingParams,
    TextDelta,
    Usage,
)
from veilleur.engine.constrained import GrammarSampler, TokenArray
from veilleur.engine.llamacpp import usable_cores
from veilleur.engine.logprobs import LogprobAligner, LogprobReader, llama_logits
from veilleur.engine.prompting import PromptBuilder
from veilleur.engine.scheduler import (
    BatchScheduler,
    Job,
    JobState,
    Piece,
    SchedulerConfig,
    StepPlan,
)
from veilleur.engine.streaming import TextAssembler
from veilleur.engine.tool_calls import read_tool_calls
from veilleur.errors import (
    EngineDeadError,
    EngineGenerateError,
    ModelLoadError,
)
from veilleur.types import TokenLogprob, ToolSpec

__all__ = ["BatchedLlamaCppBackend"]

_SWITCH_INTERVAL = 0.001  # seconds; see BatchedLlamaCppBackend.__init__
_SLOW_STEP = 0.15  # seconds: a step this long is logged (debug) with what it held
log = logging.getLogger(__name__)

_PENALTY_LAST_N = 64  # as llama-cpp-python's `Llama` (last_n_tokens_size)
# llama_decode return codes that concern only this batch (no KV slot, aborted, bad batch);
# anything else negative means llama.cpp itself failed.
_RECOVERABLE_DECODE = {1, 2, -1}


def _greedy_alone(sampling: SamplingParams) -> bool:
    """Whether `_new_sampler`'s chain for `sampling` is the greedy sampler alone. Its draw
    is then the first index of the largest logit, which numpy's argmax over the logits
    returns in ~25 µs; `llama_sampler_sample` first copies the 262,144 logits of this
    vocabulary into a candidate array (~0.35 ms a sequence, 4 % of a 16-sequence step;
    `python -m bench.probe greedy`). The token is the same (tested against the chain)."""
    return sampling.temperature <= 0.0 and (
        sampling.repeat_penalty == 1.0
        and sampling.frequency_penalty == 0.0
        and sampling.presence_penalty == 0.0)


def _shortlist_margin(sampling: SamplingParams) -> float | None:
    """When a grammar's shortlist stands for the whole vocabulary (see constrained.py):
    None never (penalties lower logits; no min-p to cut the tail)."""
    if (sampling.repeat_penalty != 1.0 or sampling.frequency_penalty != 0.0
            or sampling.presence_penalty != 0.0):
        return None
    if sampling.temperature <= 0.0:
        return 0.0
    return -math.log(sampling.min_p) if sampling.min_p > 0.0 else None


class _Fatal(Exception):
    """The engine cannot go on."""


class _Sink:
    """One request's output: token bytes in (engine thread), events out (event loop).
    With `logprobs`, each text delta carries the entries of the tokens that start in it."""

    def __init__(self, loop: asyncio.AbstractEventLoop, stops: Sequence[str], lstrip: bool,
                 *, logprobs: bool = False):
        self._loop = loop
        self.queue: asyncio.Queue[EngineEvent | BaseException] = asyncio.Queue()
        self._assembler = TextAssembler(stops, lstrip=lstrip)
        self._aligner = LogprobAligner() if logprobs else None
        self._closed = False
        self.produced = 0

    def token(self, piece: bytes, entry: TokenLogprob | None = None) -> bool:
        """Add one generated token (and its logprob entry); True when a stop sequence
        ended the answer."""
        self.produced += 1
        aligner = self._aligner
        if aligner is None:
            text = self._assembler.push(piece)
            if text:
                self._put(TextDelta(text))
            return self._assembler.stopped
        if entry is not None:
            aligner.add(entry)
        stripped = self._assembler.stripped
        text = self._assembler.push(piece)
        aligner.skip(self._assembler.stripped - stripped)
        if text:
            self._put(TextDelta(text, aligner.shown(text)))
        return self._assembler.stopped

    def finish(self, reason: FinishReason, usage: Usage) -> None:
        if reason != "cancelled" and (tail := self._assembler.flush()):
            aligner = self._aligner
            entries = () if aligner is None else (
                aligner.shown(tail) + (() if self._assembler.stopped else aligner.rest()))
            self._put(TextDelta(tail, entries))
        self._put(Finished(reason, usage))
        self._closed = True

    def fail(self, error: BaseException) -> None:
        self._put(error)
        self._closed = True

    def _put(self, item: EngineEvent | BaseException) -> None:
        if self._closed:
            return
        try:
            self._loop.call_soon_threadsafe(self.queue.put_nowait, item)
        except RuntimeError:  # the event loop is gone: nobody is listening
            self._closed = True


@dataclass(eq=False, slots=True)
class _Payload:
    sampler: Any  # llama_sampler_p, owned by the job
    sink: _Sink
    grammar: GrammarSampler | None = None  # the job's own grammar state, when constrained
    logprobs: int | None = None  # None: none wanted; k: each token's and the k best
    argmax: bool = False  # the chain is greedy alone: draw by numpy's argmax (`_greedy_alone`)


class BatchedLlamaCppBackend:
    """A GGUF model served in-process to many requests at once. See the module docstring.

    Args:
        model_path: the GGUF file.
        config: slots, context per slot, queue, prefill chunk, batch size.
        n_threads: CPU threads for llama.cpp (decode and prefill).
        chat_format: ``auto`` (the model's template if it has one), ``template`` or ``frame``.
        model_name: the id shown by `/v1/models` (default: the file's stem).
    """

    def __init__(
        self,
        model_path: Path,
        *,
        config: SchedulerConfig | None = None,
        n_threads: int | None = None,
        chat_format: str = "auto",
        model_name: str | None = None,
    ):
        if not model_path.is_file():
            raise ModelLoadError(f"model file {str(model_path)!r} does not exist")
        import llama_cpp
        from llama_cpp import _logger
        from llama_cpp._internals import LlamaModel

        _logger.set_verbose(False)
        self._lib = llama_cpp
        self.config = config = config or SchedulerConfig()
        threads = n_threads or usable_cores()
        started = time.perf_counter()
        model_params = llama_cpp.llama_model_default_params()
        model_params.use_extra_bufts = False  # no weight repacking: see the module docstring
        try:
            self._model = LlamaModel(path_model=str(model_path), params=model_params, verbose=False)
        except (ValueError, RuntimeError, OSError) as exc:
            raise ModelLoadError(f"cannot load {str(model_path)!r} as a GGUF model: {exc}") from exc
        self._ctx = self._new_context(config, threads)
        self._mem = llama_cpp.llama_get_memory(self._ctx)
        self._batch = llama_cpp.llama_batch_init(config.max_batch_tokens, 0, 1)
        self._vocab = self._model.vocab
        self._n_vocab = self._model.n_vocab()
        self._piece_buf = ctypes.create_string_buffer(256)
        self._tokens = TokenArray(llama_cpp, self._n_vocab)  # the engine thread's draws
        self._logprobs = LogprobReader(self._piece)
        log.info(
            "loaded %s in %.2fs (%d threads, %d slots × %d tokens)",
            model_path,
            time.perf_counter() - started,
            threads,
            config.n_slots,
            config.n_ctx_slot,
        )
        self._prompts = PromptBuilder(
            self._model,
            n_ctx=config.n_ctx_slot,
            chat_format=chat_format,
            window="each sequence's context window",
        )
        self._info = ModelInfo(
            id=model_name or model_path.stem,
            context_length=config.n_ctx_slot,
            created=int(model_path.stat().st_mtime),
        )
        self._scheduler = BatchScheduler(config)
        self._dead: str | None = None
        # The engine thread takes the GIL back after each llama.cpp call (several per
        # sequence per step). While another thread runs Python code (a long document's
        # safety check, PII detection), each take waits up to the switch interval (5 ms by
        # default), which stretched a step from ~100 ms to ~330 ms in `make bench`; 1 ms
        # bounds that wait and costs the process almost nothing.
        sys.setswitchinterval(min(sys.getswitchinterval(), _SWITCH_INTERVAL))
        self._thread = threading.Thread(target=self._loop, name="veilleur-batch", daemon=True)
        self._thread.start()

    def _new_context(self, config: SchedulerConfig, threads: int) -> Any:
        lib = self._lib
        params = lib.llama_context_default_params()
        params.n_ctx = config.n_slots * config.n_ctx_slot
        params.n_batch = params.n_ubatch = config.max_batch_tokens
        params.n_seq_max = config.n_slots
        params.n_threads = params.n_threads_batch = threads
        # One KV stream per sequence: attention of a sequence never looks at the others'
        # cells, so batching costs no extra attention work and a sequence's attention
        # has the same shape alone or in a batch.
        params.kv_unified = False
        # Flash attention where the device has it (the module docstring: exact, since a
        # decode of fewer than 8 sequences is one per call).
        params.flash_attn_type = lib.LLAMA_FLASH_ATTN_TYPE_AUTO
        # Keep the whole window of sliding-window layers (Gemma 3): trimming a sequence to
        # a reused prefix needs the cells a sliding window would already have dropped.
        params.swa_full = True
        params.no_perf = True
        ctx = lib.llama_init_from_model(self._model.model, params)
        if ctx is None:
            raise ModelLoadError(
                f"llama.cpp could not create a context of {config.n_slots} × "
                f"{config.n_ctx_slot} tokens; lower n_slots or n_ctx_slot"
            )
        return ctx

    # --- Backend protocol -------------------------------------------------------------
    @property
    def info(self) -> ModelInfo:
        return self._info

    @property
    def chat_format(self) -> str:
        """Name of the chat format in use: `template` or `frame`."""
        return self._prompts.format.name

    @property
    def scheduler(self) -> BatchScheduler:
        """The scheduler (read-only use: queue lengths, slot contents)."""
        return self._scheduler

    def is_ready(self) -> bool:
        return self._dead is None

    def stats(self) -> dict[str, float]:
        return dict(self._scheduler.stats())

    def count_tokens(self, text: str) -> int:
        return self._prompts.count_tokens(text)

    def count_chat_tokens(self, messages: Sequence[ChatMessage],
                          tools: Sequence[ToolSpec] = ()) -> int:
        return self._prompts.count_chat_tokens(messages, tools)

    def render(self, messages: Sequence[ChatMessage]) -> RenderedPrompt:
        """The prompt text and stop sequences of a chat."""
        return self._prompts.format.render(messages)

    def generate(self, request: GenerationRequest) -> EventStream:
        if self._dead is not None:
            raise EngineDeadError(f"the engine stopped: {self._dead}")
        prepared = self._prompts.prepare(request)
        tokens, stops, lstrip = prepared.tokens, prepared.stops, prepared.lstrip
        sink = _Sink(asyncio.get_running_loop(), stops, lstrip,
                     logprobs=request.logprobs is not None)
        grammar = (GrammarSampler(self._lib, self._vocab, prepared.grammar,
                                  margin=_shortlist_margin(request.sampling))
                   if prepared.grammar else None)
        payload = _Payload(self._new_sampler(request.sampling), sink, grammar,
                           request.logprobs, argmax=_greedy_alone(request.sampling))
        job = Job(tokens, request.sampling.max_tokens, payload, tenant=request.tenant)
        try:
            self._scheduler.submit(job)
        except BaseException:
            self._free_sampler(payload)
            raise
        events = self._events(job, sink)
        if prepared.tool_calls:
            events = read_tool_calls(events)
        return EventStream(events, lambda: self._scheduler.cancel(job))

    async def aclose(self) -> None:
        left = self._scheduler.close()
        await asyncio.to_thread(self._thread.join)
        for job in left:
            if job.end_reason is None:
                self._fail(job, EngineDeadError("the engine was shut down"))
        lib = self._lib
        if self._batch is not None:
            lib.llama_batch_free(self._batch)
            self._batch = None
        if self._ctx is not None:
            lib.llama_free(self._ctx)
            self._ctx = None
        self._model.close()
        self._dead = self._dead or "shut down"

    # --- event loop side ----------------------------------------------------------------
    async def _events(self, job: Job, sink: _Sink) -> AsyncIterator[EngineEvent]:
        try:
            while True:
                item = await sink.queue.get()
                if isinstance(item, BaseException):
                    raise item
                yield item
                if isinstance(item, Finished):
                    return
        finally:
            self._scheduler.cancel(job)

    def _new_sampler(self, sampling: SamplingParams) -> Any:
        """A sampler chain in the order of llama-cpp-python's `Llama._init_sampler`."""
        lib = self._lib
        chain = lib.llama_sampler_chain_init(lib.llama_sampler_chain_default_params())

        def add(sampler: Any) -> None:
            lib.llama_sampler_chain_add(chain, sampler)

        if (
            sampling.repeat_penalty != 1.0
            or sampling.frequency_penalty != 0.0
            or sampling.presence_penalty != 0.0
        ):
            add(
                lib.llama_sampler_init_penalties(
                    self._n_vocab,
                    _PENALTY_LAST_N,
                    sampling.repeat_penalty,
                    sampling.frequency_penalty,
                    sampling.presence_penalty,
                )
            )
        if sampling.temperature <= 0.0:
            add(lib.llama_sampler_init_greedy())
            return chain
        seed = sampling.seed if sampling.seed is not None else random.getrandbits(31)
        add(lib.llama_sampler_init_top_k(sampling.top_k))
        add(lib.llama_sampler_init_top_p(sampling.top_p, 1))
        add(lib.llama_sampler_init_min_p(sampling.min_p, 1))
        add(lib.llama_sampler_init_temp(sampling.temperature))
        add(lib.llama_sampler_init_dist(seed))
        return chain

    # --- engine thread ------------------------------------------------------------------
    def _loop(self) -> None:
        try:
            while self._scheduler.wait_for_work():
                self._step(self._scheduler.schedule())
        except BaseException as exc:
            log.exception("the batched engine died")
            self._die(f"{type(exc).__name__}: {exc}")

    def _step(self, plan: StepPlan) -> None:
        lib = self._lib
        for job in plan.ended:
            self._end(job)
        for slot, keep in plan.trims:
            lib.llama_memory_seq_rm(self._mem, slot, keep, -1)
        # Across KV streams llama.cpp copies a whole stream (at the next decode, before
        # it computes anything), then the copy is cut to the shared prefix.
        for source, slot, keep in plan.copies:
            lib.llama_memory_seq_cp(self._mem, source, slot, -1, -1)
            lib.llama_memory_seq_rm(self._mem, slot, keep, -1)
        sampled: dict[Job, int] = {}
        stopped: set[Job] = set()
        # The scheduler's calls (scheduler.step_calls): decode tokens and prompt chunks
        # apart (in one batch, llama.cpp would cut every chunk to the decode tokens'
        # length, which changes their numbers and costs as many ubatches anyway), few
        # one-token rows one per call.
        started = time.perf_counter()
        for call in plan.calls:
            # a job whose chunk failed in an earlier call of the step: not its last token
            pieces = [piece for piece in call if piece.job.state is not JobState.DONE]
            if pieces and self._decode(pieces):
                index = -1
                for piece in pieces:
                    index += len(piece.tokens)
                    if piece.sample and not piece.job.cancelled:
                        self._sample(piece, index, sampled, stopped)
        for job in self._scheduler.commit(plan, sampled, stopped):
            self._end(job)
        elapsed = time.perf_counter() - started
        if elapsed > _SLOW_STEP and log.isEnabledFor(logging.DEBUG):
            prefill = [(len(p.tokens), p.pos) for p in plan.prefills]
            log.debug("slow step: %.0f ms, %d decode tokens, prefill (tokens, position) %s",
                      elapsed * 1000, len(plan.decodes), prefill)

    def _decode(self, pieces: Sequence[Piece]) -> bool:
        """One llama_decode of `pieces`; False (their jobs failed) after a batch error."""
        self._fill_batch(pieces)
        rc = self._lib.llama_decode(self._ctx, self._batch)
        if rc == 0:
            return True
        if rc not in _RECOVERABLE_DECODE:
            raise _Fatal(f"llama_decode returned {rc}")
        jobs = list(dict.fromkeys(p.job for p in pieces))
        self._scheduler.fail(jobs)
        for job in jobs:
            self._fail(job, EngineGenerateError(f"generation failed: llama_decode returned {rc}"))
        return False

    def _fill_batch(self, pieces: Sequence[Piece]) -> None:
        batch = self._batch
        n = 0
        for piece in pieces:
            for offset, token in enumerate(piece.tokens):
                batch.token[n] = token
                batch.pos[n] = piece.pos + offset
                batch.n_seq_id[n] = 1
                batch.seq_id[n][0] = piece.slot
                batch.logits[n] = 0
                n += 1
            if piece.sample:
                batch.logits[n - 1] = 1
        batch.n_tokens = n

    def _sample(self, piece: Piece, index: int, sampled: dict[Job, int], stopped: set[Job]) -> None:
        job, payload = piece.job, piece.job.payload
        try:
            if payload.grammar is not None:
                token = payload.grammar.sample(self._tokens, self._ctx, index, payload.sampler)
            elif payload.argmax:
                token = int(llama_logits(self._lib, self._ctx, index, self._n_vocab).argmax())
            else:
                token = self._lib.llama_sampler_sample(payload.sampler, self._ctx, index)
            sampled[job] = token
            if self._lib.llama_vocab_is_eog(self._vocab, token):
                stopped.add(job)
                return
            piece_bytes = self._piece(token)
            entry = None
            if payload.logprobs is not None:  # the logits it was drawn from (logprobs.py)
                logits = llama_logits(self._lib, self._ctx, index, self._n_vocab)
                entry = self._logprobs.read(logits, token, payload.logprobs, piece_bytes)
            if payload.sink.token(piece_bytes, entry):
                stopped.add(job)
        except Exception as exc:  # a sampler or decoder failure concerns this request only
            log.exception("sampling failed")
            sampled.pop(job, None)
            self._scheduler.fail([job])
            self._fail(job, EngineGenerateError(f"sampling failed: {exc}"))

    def _piece(self, token: int) -> bytes:
        buf = self._piece_buf
        n = self._lib.llama_token_to_piece(self._vocab, token, buf, len(buf), 0, False)
        if n < 0:
            buf = ctypes.create_string_buffer(-n)
            n = self._lib.llama_token_to_piece(self._vocab, token, buf, len(buf), 0, False)
        return buf.raw[:n]

    def _end(self, job: Job) -> None:
        payload: _Payload = job.payload
        reason: FinishReason = job.end_reason or "cancelled"
        usage = Usage(len(job.prompt), payload.sink.produced, job.cached)
        payload.sink.finish(reason, usage)
        self._free_sampler(payload)

    def _fail(self, job: Job, error: BaseException) -> None:
        job.payload.sink.fail(error)
        self._free_sampler(job.payload)

    def _free_sampler(self, payload: _Payload) -> None:
        sampler, payload.sampler = payload.sampler, None
        if sampler is not None:
            self._lib.llama_sampler_free(sampler)
        grammar, payload.grammar = payload.grammar, None
        if grammar is not None:
            log.debug("grammar: %d draws in %.3f s, %d refused first, %d masked the whole "
                      "vocabulary", grammar.draws, grammar.seconds, grammar.fallbacks,
                      grammar.full_masks)
            grammar.close()

    def _die(self, reason: str) -> None:
        self._dead = reason
        for job in self._scheduler.close():
            self._fail(job, EngineDeadError(f"the engine stopped: {reason}"))
