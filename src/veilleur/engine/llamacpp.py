"""The embedded backend: llama.cpp (through llama-cpp-python) on a GGUF file.

Generations run one at a time on a dedicated worker thread; waiting requests queue in
arrival order, at most `max_queue` of them. Tokens travel from the worker to the event
loop through an `asyncio.Queue`; a consumer that stops iterating sets a flag the worker
checks after every token, so a closed connection frees the engine at the next step.
Successive turns of a conversation reuse the KV cache of their common prefix.
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import threading
import time
from collections.abc import AsyncIterator, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
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
from veilleur.engine.logprobs import LogprobAligner, LogprobReader, llama_logits, token_piece
from veilleur.engine.prompting import PromptBuilder
from veilleur.engine.scheduler import common_prefix
from veilleur.engine.streaming import TextAssembler
from veilleur.engine.tool_calls import read_tool_calls
from veilleur.errors import (
    EngineDeadError,
    EngineGenerateError,
    EngineOverloadedError,
    ModelLoadError,
)
from veilleur.types import ToolSpec

__all__ = ["LlamaCppBackend"]

log = logging.getLogger(__name__)

_END = object()


def usable_cores() -> int:
    """CPU cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


class LlamaCppBackend:
    """A GGUF model served in-process. See the module docstring for the execution model."""

    def __init__(
        self,
        model_path: Path,
        *,
        n_ctx: int = 4096,
        n_threads: int | None = None,
        n_batch: int = 512,
        max_queue: int = 16,
        chat_format: str = "auto",
        model_name: str | None = None,
    ):
        if not model_path.is_file():
            raise ModelLoadError(f"model file {str(model_path)!r} does not exist")
        try:
            import llama_cpp
        except ImportError as exc:  # pragma: no cover - a broken install
            raise ModelLoadError(f"llama-cpp-python is not importable: {exc}") from exc
        threads = n_threads or usable_cores()
        started = time.perf_counter()
        try:
            self._llama = llama_cpp.Llama(
                model_path=str(model_path),
                n_ctx=n_ctx,
                n_batch=min(n_batch, n_ctx),
                n_threads=threads,
                n_threads_batch=threads,
                verbose=False,
            )
        except (ValueError, RuntimeError, OSError) as exc:
            raise ModelLoadError(f"cannot load {str(model_path)!r} as a GGUF model: {exc}") from exc
        log.info(
            "loaded %s in %.2fs (%d threads)", model_path, time.perf_counter() - started, threads
        )
        self._llama_cpp = llama_cpp
        self._n_ctx = n_ctx
        self._max_queue = max_queue
        self._prompts = PromptBuilder(
            self._llama._model,
            n_ctx=n_ctx,
            chat_format=chat_format,
            window="the model's context window",
        )
        self._info = ModelInfo(
            id=model_name or model_path.stem,
            context_length=n_ctx,
            created=int(model_path.stat().st_mtime),
        )
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="llama")
        self._turn = asyncio.Lock()
        self._waiting = 0
        self._dead: str | None = None

    # --- Backend protocol -------------------------------------------------------------
    @property
    def info(self) -> ModelInfo:
        return self._info

    @property
    def chat_format(self) -> str:
        """Name of the chat format in use: `template` or `frame`."""
        return self._prompts.format.name

    def stats(self) -> dict[str, float]:
        return {"queue_depth": self._waiting}

    def is_ready(self) -> bool:
        return self._dead is None

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
        if self._waiting >= self._max_queue:
            raise EngineOverloadedError(
                f"{self._waiting} requests are already waiting for the model; retry shortly",
                retry_after=max(1, self._waiting // 2),
            )
        self._waiting += 1
        left = False

        def leave_queue() -> None:
            nonlocal left
            if not left:
                left = True
                self._waiting -= 1

        grammar = None
        if prepared.grammar:
            from llama_cpp import LlamaGrammar

            grammar = LlamaGrammar.from_string(prepared.grammar, verbose=False)
        events = self._stream(tokens, stops, lstrip, request.sampling, grammar, leave_queue,
                              request.logprobs)
        if prepared.tool_calls:
            events = read_tool_calls(events)
        return EventStream(events, leave_queue)

    async def _stream(
        self,
        tokens: list[int],
        stops: tuple[str, ...],
        lstrip: bool,
        sampling: SamplingParams,
        grammar: Any,
        leave_queue: Callable[[], None],
        logprobs: int | None = None,
    ) -> AsyncIterator[EngineEvent]:
        async with self._turn:
            leave_queue()
            async for event in self._run(tokens, stops, lstrip, sampling, grammar, logprobs):
                yield event

    async def aclose(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
        llama, self._llama = self._llama, None
        if llama is not None:
            llama.close()

    # --- internals ----------------------------------------------------------------------
    async def _run(
        self, tokens: list[int], stops: tuple[str, ...], lstrip: bool, sampling: SamplingParams,
        grammar: Any = None, logprobs: int | None = None,
    ) -> AsyncIterator[EngineEvent]:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[Any] = asyncio.Queue()
        cancel = threading.Event()

        def emit(item: Any) -> None:
            loop.call_soon_threadsafe(queue.put_nowait, item)

        future = loop.run_in_executor(
            self._executor, self._generate_blocking, tokens, stops, lstrip, sampling, grammar,
            cancel, emit, logprobs,
        )
        try:
            while (item := await queue.get()) is not _END:
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            cancel.set()
            # Wait for the worker so the next request finds the model free; it stops at
            # its next token.
            await asyncio.shield(future)

    def _generate_blocking(
        self,
        tokens: list[int],
        stops: tuple[str, ...],
        lstrip: bool,
        sampling: SamplingParams,
        grammar: Any,
        cancel: threading.Event,
        emit: Any,
        logprobs: int | None = None,
    ) -> None:
        try:
            emit_events = self._decode(tokens, stops, lstrip, sampling, grammar, cancel,
                                       logprobs)
            for event in emit_events:
                emit(event)
        except Exception as exc:  # llama.cpp raises RuntimeError and friends
            log.exception("generation failed")
            emit(EngineGenerateError(f"generation failed: {exc}"))
        finally:
            emit(_END)

    def _decode(
        self,
        tokens: list[int],
        stops: tuple[str, ...],
        lstrip: bool,
        sampling: SamplingParams,
        grammar: Any,
        cancel: threading.Event,
        logprobs: int | None = None,
    ) -> Any:
        """The events of one generation; with `logprobs`, each text delta carries the
        entries of its tokens, read from the logits of the context's last output (the
        ones `Llama.generate` has just drawn the token from)."""
        llama = self._llama
        cached = common_prefix(llama._input_ids[: llama.n_tokens], tokens)
        budget = min(sampling.max_tokens, self._n_ctx - len(tokens))
        llama.set_seed(sampling.seed if sampling.seed is not None else random.getrandbits(31))
        assembler = TextAssembler(stops, lstrip=lstrip)
        aligner = LogprobAligner() if logprobs is not None else None
        vocab = llama._model.vocab
        reader = LogprobReader(lambda t: token_piece(self._llama_cpp, vocab, t))
        produced = 0
        reason: FinishReason = "length"
        previous: list[int] = []
        if budget <= 0:
            yield Finished("length", Usage(len(tokens), 0, cached))
            return
        for token in llama.generate(
            tokens,
            top_k=sampling.top_k,
            top_p=sampling.top_p,
            min_p=sampling.min_p,
            temp=sampling.temperature,
            repeat_penalty=sampling.repeat_penalty,
            frequency_penalty=sampling.frequency_penalty,
            presence_penalty=sampling.presence_penalty,
            reset=True,
            # llama-cpp-python masks the whole vocabulary with it at every token (slower
            # than the batched engine's check of the drawn token first; same answers).
            grammar=grammar,
        ):
            if cancel.is_set():
                reason = "cancelled"
                break
            if self._llama_cpp.llama_vocab_is_eog(vocab, token):
                reason = "stop"
                break
            produced += 1
            piece = llama.detokenize([token], prev_tokens=previous[-4:] or None)
            previous.append(token)
            if aligner is None:
                text = assembler.push(piece)
                if text:
                    yield TextDelta(text)
            else:
                assert logprobs is not None
                logits = llama_logits(self._llama_cpp, llama._ctx.ctx, -1, llama.n_vocab())
                aligner.add(reader.read(logits, token, logprobs, piece))
                stripped = assembler.stripped
                text = assembler.push(piece)
                aligner.skip(assembler.stripped - stripped)
                if text:
                    yield TextDelta(text, aligner.shown(text))
            if assembler.stopped:
                reason = "stop"
                break
            if produced >= budget:
                reason = "length"
                break
        tail = assembler.flush()
        if tail and reason != "cancelled":
            yield TextDelta(tail, () if aligner is None else (
                aligner.shown(tail) + (() if assembler.stopped else aligner.rest())))
        yield Finished(reason, Usage(len(tokens), produced, cached))
