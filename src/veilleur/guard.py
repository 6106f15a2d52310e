"""The guarded engine: the only engine the services ever see.

Veilleur promises that nothing reaches the model or the user without passing the safety
pipeline. This module is where that promise is kept, and the only one that joins the
engine and the safety layer (an import-linter contract checks it): it is built once, at
the composition root, from a backend and a pipeline that cannot be omitted.

    GuardedEngine(backend, safety, limits)
     ├── start(request, audit, checked=…)   one generation: admission → input check →
     │                                      output guard; a `GuardedStream`
     ├── start_choices(requests, audit, …)  several answers (`n`): one input check, an
     │                                      output guard each
     ├── session(audit)                     several generations under one output guard
     │    ├── check(messages, document=…)   an input check (needed before generating)
     │    ├── generate(request, shown=…)    admission, then events through the guard
     │    ├── show(text) / finish()         text the caller shows, the final check
     ├── check(messages, audit)             an input check alone (moderation, code runs)
     └── embed(texts, dimensions=…)         vectors, not checked: nothing is generated

Every stream yields `TextDelta`, one `SafetyCut` when the guard blocks (the refusal that
replaces the answer), and one `Finished`. Generations are bounded on the server side: the
answer's tokens by `GenerationLimits.max_tokens` and each request's time by
`GenerationLimits.max_seconds` (an answer that runs out of time ends with
``finish_reason: length``; a multi-step task raises `GenerationTimeoutError`).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from veilleur.errors import (
    EngineDeadError,
    GenerationTimeoutError,
    InvalidRequestError,
    NotFoundError,
    UncheckedGenerationError,
)
from veilleur.metering import current_meter
from veilleur.types import (
    ChatMessage,
    EmbeddingResult,
    Finished,
    GenerationRequest,
    ModelInfo,
    TextDelta,
    ToolCallDelta,
    ToolSpec,
    Usage,
)

if TYPE_CHECKING:
    from veilleur.engine.base import Backend, Embedder, EventStream
    from veilleur.metrics import Metrics
    from veilleur.safety import Decision, OutputGuard, SafetyPipeline

__all__ = [
    "AuditContext",
    "EngineHandle",
    "GenerationLimits",
    "GuardSession",
    "GuardedEngine",
    "GuardedEvent",
    "GuardedStream",
    "SafetyCut",
    "decision_summary",
]

log = logging.getLogger(__name__)
_INJECTION = "jailbreak"  # the safety taxonomy's code for prompt injection


@dataclass(frozen=True, slots=True)
class AuditContext:
    """Who asks, for the audit log: the request's id, the user the client named (OpenAI's
    `user` field; None: anonymous) and the account it acts for (`owner_id`, a `users.id`;
    None for the local person and the operator's key)."""

    request_id: str
    user: str | None = None
    owner_id: str | None = None


@dataclass(frozen=True, slots=True)
class GenerationLimits:
    """Server-side bounds of every generation, whatever the request asks.

    Attributes:
        max_tokens: Most answer tokens of one generation.
        max_seconds: Most seconds one request (all its generations) may take.
    """

    max_tokens: int = 4096
    max_seconds: float = 600.0


@dataclass(frozen=True, slots=True)
class SafetyCut:
    """The guard blocked: show `decision.refusal` instead of what was (or would be) streamed."""

    decision: Decision


GuardedEvent = TextDelta | ToolCallDelta | Finished | SafetyCut


def decision_summary(decision: Decision, *, cut: bool = False) -> dict[str, Any]:
    """What a stored message and an API response say about a safety decision."""
    summary: dict[str, Any] = {
        "action": decision.action,
        "categories": list(decision.categories),
        "explanation": decision.explanation,
        "language": decision.language,
        "policy_version": decision.policy_version,
    }
    if cut:
        summary["cut"] = True
    return summary


class GuardedStream:
    """The events of one guarded generation; `decision` is the input check's.

    When the input was refused (`refused`), nothing was generated: iterating yields one
    `SafetyCut` and `Finished("content_filter")`. Must be iterated to the end or closed.
    """

    def __init__(self, decision: Decision, events: AsyncIterator[GuardedEvent],
                 stream: EventStream | None):
        self.decision = decision
        self.data_decisions: list[Decision] = []  # the checks of tool results, if any
        self._events = events
        self._stream = stream

    @property
    def refused(self) -> bool:
        return self._stream is None

    def __aiter__(self) -> GuardedStream:
        return self

    async def __anext__(self) -> GuardedEvent:
        return await self._events.__anext__()

    async def aclose(self) -> None:
        """Stop the generation and free what admission reserved."""
        await self._events.aclose()  # type: ignore[attr-defined]
        if self._stream is not None:
            await self._stream.aclose()


class GuardedEngine:
    """A backend that can only be reached through the safety pipeline."""

    def __init__(self, backend: Backend, safety: SafetyPipeline,
                 limits: GenerationLimits | None = None, metrics: Metrics | None = None,
                 *, embedder: Embedder | None = None):
        self._backend = backend
        self._embedder = embedder
        self._safety = safety
        self.limits = limits or GenerationLimits()
        self.metrics = metrics

    # ---- what the services may know of the engine ----------------------------------------

    @property
    def info(self) -> ModelInfo:
        return self._backend.info

    def is_ready(self) -> bool:
        return self._backend.is_ready()

    def count_tokens(self, text: str) -> int:
        return self._backend.count_tokens(text)

    def count_chat_tokens(self, messages: Sequence[ChatMessage],
                          tools: Sequence[ToolSpec] = ()) -> int:
        """Prompt tokens of a chat over `messages` offering `tools`."""
        if not tools:  # the call every backend understands
            return self._backend.count_chat_tokens(messages)
        return self._backend.count_chat_tokens(messages, tools)

    def stats(self) -> dict[str, float]:
        """The backend's read-only counters and gauges (`Backend.stats`; {} if none)."""
        stats = getattr(self._backend, "stats", None)
        return dict(stats()) if stats is not None else {}

    def catalogue(self) -> list[dict[str, Any]]:
        """Every model served, loaded or not: ``info``, ``loaded``, ``size_bytes``,
        ``source``, ``in_flight``, ``default`` (a `ModelSet`'s `describe`; one entry for a
        single backend)."""
        describe = getattr(self._backend, "describe", None)
        if describe is not None:
            return list(describe())
        return [{"info": self.info, "loaded": True, "size_bytes": None, "source": None,
                 "in_flight": None, "default": True}]

    async def for_model(self, model_id: str) -> GuardedEngine:
        """The guarded engine of the model `model_id`, loaded (a backend serving several
        models loads it now, and reserves it until a generation is admitted or `release`
        is called); `NotFoundError` (`model_not_found`) for an id not served."""
        select = getattr(self._backend, "select", None)
        if select is None:
            if model_id != self.info.id:
                raise NotFoundError(
                    f"the model {model_id!r} does not exist; this server serves "
                    f"{self.info.id!r}", param="model", code="model_not_found")
            return self
        view = select(model_id)
        await view.load()
        embedder = self._embedder if model_id == self.info.id else None
        return GuardedEngine(view, self._safety, self.limits, self.metrics, embedder=embedder)

    def release(self) -> None:
        """Give back what `for_model` reserved when nothing was generated (idempotent)."""
        release = getattr(self._backend, "release", None)
        if release is not None:
            release()

    async def aclose(self) -> None:
        await self._backend.aclose()
        embedder = self._embedder
        if embedder is not None and embedder is not self._backend:
            await embedder.aclose()

    async def embed(self, texts: Sequence[str], *, dimensions: int | None = None
                    ) -> EmbeddingResult:
        """The vectors of `texts` (`Embedder.embed`), passed through unchecked.

        Nothing is generated, so no output can be harmful, and refusing to embed a text
        would only hide it from a search index: the safety pipeline is not run (see
        docs/safety.md). The request still counts in the user's quotas (the meter is
        engaged, so the request is not given back).
        """
        if self._embedder is None:
            raise InvalidRequestError(f"the model {self.info.id!r} does not serve embeddings",
                                      param="model", code="embeddings_not_supported")
        meter = current_meter()
        if meter is not None:
            meter.engaged = True
        return await self._embedder.embed(texts, dimensions=dimensions)

    # ---- guarded paths -------------------------------------------------------------------

    async def check(self, messages: Sequence[ChatMessage], audit: AuditContext,
                    *, language: str | None = None) -> Decision:
        """The input check of `messages` alone (audited); nothing is generated."""
        decision, write_audit = await self._assess(messages, audit, language=language)
        await asyncio.to_thread(write_audit)
        return decision

    async def _assess(self, messages: Sequence[ChatMessage], audit: AuditContext,
                      *, language: str | None = None
                      ) -> tuple[Decision, Callable[[], None]]:
        """`check`'s decision, its audit not yet written (the call that writes it)."""
        meter = current_meter()
        if meter is not None:
            meter.engaged = True
        began = time.perf_counter()
        decision, write_audit = await asyncio.to_thread(
            lambda: self._safety.assess_input(messages, request_id=audit.request_id,
                                              model=self.info.id, user=audit.user,
                                              owner_id=audit.owner_id, language=language))
        if self.metrics is not None:
            self.metrics.safety_decision("input", decision.action, decision.categories,
                                         time.perf_counter() - began)
        return decision, write_audit

    async def start(self, request: GenerationRequest, audit: AuditContext,
                    *, checked: Sequence[ChatMessage] | None = None,
                    data: Sequence[str] = ()) -> GuardedStream:
        """Admit, check and guard one generation.

        Admission comes first (a prompt that cannot fit is a 400 whatever its content,
        and an overloaded engine a 503, before anything is written or audited), then the
        input check of `checked` (default: the request's messages, or its prompt as a user
        message), then of each text of `data` (tool results: text someone else wrote,
        checked as a document, so that an injection in it is flagged and audited without
        refusing the request; the stream's `data_decisions`); a refused request gives its
        queue slot back unused.

        Raises:
            ContextLengthError, EngineOverloadedError, EngineDeadError: from admission.
        """
        return (await self.start_choices([request], audit, checked=checked, data=data))[0]

    async def start_choices(self, requests: Sequence[GenerationRequest], audit: AuditContext,
                            *, checked: Sequence[ChatMessage] | None = None,
                            data: Sequence[str] = ()) -> list[GuardedStream]:
        """`start` for several answers to one input (OpenAI's `n`; `requests` differ in
        their sampling only): all are admitted or none, the input is checked once, and
        each answer goes through an output guard of its own (each audited)."""
        first = requests[0]
        if checked is None:
            checked = first.messages or (ChatMessage("user", first.prompt or ""),)
        session = self.session(audit)
        began = time.perf_counter()
        streams: list[EventStream] = []
        data_decisions: list[Decision] = []
        try:
            for request in requests:
                streams.append(session._admit(request))
            # The decisions that let the request through are audited while the model
            # computes the prompt; nothing is shown before they are written (`_audited`).
            decision = await session.check(checked, defer_audit=True)
            for text in data if not decision.blocked else ():
                data_decisions.append(await session.check([ChatMessage("user", text)],
                                                          document=True, defer_audit=True))
                if session._blocked is not None:
                    decision = session._blocked
                    break
            if decision.blocked:
                await session._audited()
        except BaseException:
            for stream in streams:
                await stream.aclose()
            await asyncio.gather(*session._audits, return_exceptions=True)
            raise
        answers: list[GuardedStream] = []
        for i, stream in enumerate(streams):
            if decision.blocked:
                await stream.aclose()
                answer = GuardedStream(decision, _refused(decision), None)
            else:
                guard = session if i == 0 else session.fork()
                answer = GuardedStream(decision, guard._guarded(stream, shown=True, final=True,
                                                                began=began), stream)
            answer.data_decisions = data_decisions
            answers.append(answer)
        return answers

    def session(self, audit: AuditContext, *, language: str | None = None) -> GuardSession:
        """Several generations under one output guard (a task that calls the model more
        than once); `language` is the answer's, default the checked input's."""
        return GuardSession(self, audit, language)


class GuardSession:
    """The guard of one request that may generate several times.

    `generate` refuses to run before an input check passed (`UncheckedGenerationError`):
    a caller cannot reach the model without one. Everything the user will see goes
    through one output guard, fed by `generate(shown=True)` and by `show`; `finish` checks
    the whole of it at the end.
    """

    def __init__(self, engine: GuardedEngine, audit: AuditContext, language: str | None):
        self._engine = engine
        self.audit = audit
        self._language = language
        self._checked: list[ChatMessage] = []
        self._passed = False
        self._blocked: Decision | None = None
        self._guard: OutputGuard | None = None
        self._final: Decision | None = None
        self._deadline = time.monotonic() + engine.limits.max_seconds
        # audit writes of passed checks still running (`check(defer_audit=True)`)
        self._audits: list[asyncio.Future[None]] = []

    # what a task needs of the engine to budget its prompts
    @property
    def info(self) -> ModelInfo:
        return self._engine.info

    def count_tokens(self, text: str) -> int:
        return self._engine.count_tokens(text)

    def count_chat_tokens(self, messages: Sequence[ChatMessage],
                          tools: Sequence[ToolSpec] = ()) -> int:
        return self._engine.count_chat_tokens(messages, tools)

    async def check(self, messages: Sequence[ChatMessage], *, document: bool = False,
                    defer_audit: bool = False) -> Decision:
        """Check an input of this request; generation needs every check to pass.

        With `document`, the text is data someone else wrote (a document to translate):
        a decision whose only category is prompt injection does not stop the request (the
        caller warns or refuses by its own policy); any hazard category does.

        The decision is audited before `check` returns, or with `defer_audit`, when it
        lets the request through, in a worker thread while the caller goes on: this
        session's streams show nothing, and `finish` returns nothing, before the write
        is done (a failed write fails them with its `StoreError`). A refusal is always
        audited before `check` returns.
        """
        decision, write_audit = await self._engine._assess(messages, self.audit)
        injection_only = set(decision.categories) == {_INJECTION}
        refused = decision.blocked and not (document and injection_only)
        if defer_audit and not refused:
            pending = asyncio.ensure_future(asyncio.to_thread(write_audit))
            pending.add_done_callback(_log_audit_failure)
            self._audits.append(pending)
        else:
            await asyncio.to_thread(write_audit)
        if refused:
            self._blocked = decision
        else:
            self._passed = True
        if self._language is None:
            self._language = decision.language
        self._checked.extend(messages)
        return decision

    def generate(self, request: GenerationRequest, *, shown: bool = True
                 ) -> AsyncIterator[GuardedEvent]:
        """Admit `request` now (raising admission errors), then stream it; `shown` pieces
        go through the output guard, which may end the stream with a `SafetyCut`."""
        stream = self._admit(request)
        return self._guarded(stream, shown=shown, final=False)

    def show(self, text: str) -> Decision | None:
        """Feed text the user will see; the blocking decision when it must be cut."""
        began = time.perf_counter()
        decision = self._output_guard().feed(text)
        metrics = self._engine.metrics
        if metrics is not None:
            metrics.safety_duration.labels("output").observe(time.perf_counter() - began)
        return decision if decision is not None and decision.blocked else None

    async def finish(self) -> Decision:
        """The check of everything shown (audited once, however often it is called)."""
        await self._audited()
        if self._final is None:
            began = time.perf_counter()
            self._final = await asyncio.to_thread(self._output_guard().finish)
            metrics = self._engine.metrics
            if metrics is not None:
                metrics.safety_decision("output", self._final.action, self._final.categories,
                                        time.perf_counter() - began)
        return self._final

    def fork(self) -> GuardSession:
        """A session for another answer to the same request (OpenAI's `n`): the input
        checks this one passed hold for it; what it shows has an output guard of its own."""
        twin = GuardSession(self._engine, self.audit, self._language)
        twin._checked = list(self._checked)
        twin._passed, twin._blocked, twin._deadline = self._passed, self._blocked, self._deadline
        twin._audits = self._audits
        return twin

    # ---- internals ------------------------------------------------------------------------

    async def _audited(self) -> None:
        """Wait for the deferred audit writes; the first failure's `StoreError`. (The
        writes are shared with the sessions `fork` made, which may wait at once.)"""
        for pending in tuple(self._audits):
            await asyncio.shield(pending)

    def _admit(self, request: GenerationRequest) -> EventStream:
        if self._blocked is not None:
            raise UncheckedGenerationError("this request's input was refused by the safety "
                                           "policy; nothing may be generated for it")
        if time.monotonic() > self._deadline:
            raise GenerationTimeoutError(
                f"the request took longer than the server allows "
                f"({self._engine.limits.max_seconds:g} s, setting max_request_seconds)")
        sampling = request.sampling
        if sampling.max_tokens > self._engine.limits.max_tokens:
            sampling = replace(sampling, max_tokens=self._engine.limits.max_tokens)
        # The request's meter (opened by the API's quota admission) says whom it runs for.
        meter = current_meter()
        tenant = request.tenant if request.tenant is not None or meter is None else meter.tenant
        request = replace(request, sampling=sampling, tenant=tenant,
                          request_id=request.request_id or self.audit.request_id)
        # Admission may come before the input check (so that its errors come first):
        # `_guarded` refuses to read the stream until a check has passed.
        return self._engine._backend.generate(request)

    def _output_guard(self) -> OutputGuard:
        if self._guard is None:
            safety = self._engine._safety
            self._guard = safety.output_guard(
                self._checked, request_id=self.audit.request_id, model=self._engine.info.id,
                user=self.audit.user, owner_id=self.audit.owner_id, language=self._language)
        return self._guard

    def _guarded(self, stream: EventStream, *, shown: bool, final: bool,
                 began: float | None = None) -> AsyncIterator[GuardedEvent]:
        """`_checked_events`, timed and counted in the engine's metrics when it has them
        (time from admission, `began`, to the first piece of text shown; the gaps between
        pieces; the usage)."""
        events = self._checked_events(stream, shown=shown, final=final)
        metrics = self._engine.metrics
        if metrics is None:
            return events
        return self._timed(events, metrics, time.perf_counter() if began is None else began)

    @staticmethod
    async def _timed(events: AsyncIterator[GuardedEvent], metrics: Metrics, began: float
                     ) -> AsyncIterator[GuardedEvent]:
        last = began
        first = True
        try:
            async for event in events:
                if isinstance(event, TextDelta):
                    now = time.perf_counter()
                    (metrics.ttft if first else metrics.itl).observe(now - last)
                    first, last = False, now
                elif isinstance(event, Finished):
                    metrics.usage(event.reason, event.usage.prompt_tokens,
                                  event.usage.completion_tokens)
                yield event
        finally:
            await events.aclose()  # type: ignore[attr-defined]

    async def _checked_events(self, stream: EventStream, *, shown: bool, final: bool
                              ) -> AsyncIterator[GuardedEvent]:
        """`stream`'s events, checked: a blocked answer ends with `SafetyCut` then
        `Finished("content_filter")`; nothing the guard refused reaches the caller.
        The tokens generated are added to the request's meter (the quotas count them)."""
        meter = current_meter()
        produced = 0
        counted = False
        try:
            if not self._passed or self._blocked is not None:
                raise UncheckedGenerationError("a generation was read before its input "
                                               "passed the safety check")
            await self._audited()  # nothing is shown before its input's audit is written
            async for event in stream:
                if isinstance(event, TextDelta | ToolCallDelta):
                    produced += 1
                    # The guard scores the answer every few characters (a sentence
                    # embedding): off the event loop, so other streams keep flowing; a
                    # piece it only appends is fed here (a thread hop would cost more).
                    # A tool call's name and arguments are part of the answer too.
                    text = (event.text if isinstance(event, TextDelta)
                            else f"{event.name} " * bool(event.name) + event.arguments)
                    cut = None
                    if shown:
                        cut = (await asyncio.to_thread(self.show, text)
                               if self._output_guard().scores_on(text) else self.show(text))
                    if cut is not None:
                        await stream.aclose()
                        await self.finish()  # audits the cut
                        yield SafetyCut(cut)
                        yield Finished("content_filter", Usage(0, produced))
                        return
                    yield event
                    if time.monotonic() > self._deadline:
                        await stream.aclose()
                        if final:
                            await self.finish()
                        yield Finished("length", Usage(0, produced))
                        return
                elif isinstance(event, Finished):
                    if meter is not None:
                        meter.add(event.usage.completion_tokens)
                        counted = True
                    if final:
                        decision = await self.finish()
                        if decision.blocked:
                            yield SafetyCut(decision)
                            yield Finished("content_filter", event.usage)
                            return
                    yield event
        finally:
            if meter is not None and not counted:  # cut, timed out or abandoned
                meter.add(produced)
            await stream.aclose()


def _log_audit_failure(pending: asyncio.Future[None]) -> None:
    """Log a deferred audit write that failed (its stream fails with the error too, if
    anyone still reads it)."""
    if not pending.cancelled() and pending.exception() is not None:
        log.error("a deferred safety audit write failed: %s", pending.exception())


async def _refused(decision: Decision) -> AsyncIterator[GuardedEvent]:
    yield SafetyCut(decision)
    yield Finished("content_filter", Usage(0, 0))


class EngineHandle:
    """Where the services find the guarded engine, which loads after they are built.

    The composition root fills it once the model is in memory (or records why it could
    not be); until then `get` raises `EngineDeadError`, which the API answers with 503.
    """

    def __init__(self) -> None:
        self.engine: GuardedEngine | None = None
        self.load_error: str | None = None

    def get(self) -> GuardedEngine:
        """The guarded engine, or `EngineDeadError` while it loads or after it died."""
        if self.engine is None:
            if self.load_error:
                raise EngineDeadError(f"the model could not be loaded: {self.load_error}")
            raise EngineDeadError("the model is still loading; retry in a few seconds")
        if not self.engine.is_ready():
            raise EngineDeadError("the engine stopped; the server needs a restart")
        return self.engine
