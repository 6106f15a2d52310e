"""The OpenAI protocol on top of a backend: chat completions, completions, models.

Streaming follows OpenAI exactly: `data: {chunk}` lines separated by a blank line, a first
chunk carrying the role, one chunk per text delta, a chunk with `finish_reason`, with
`stream_options.include_usage` a last chunk with empty `choices` and the usage (every
earlier chunk then has `"usage": null`), and `data: [DONE]`.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from veilleur.api.schemas import ChatCompletionRequest, CompletionRequest
from veilleur.chat.context import fit_messages
from veilleur.chat.guarding import SafetyCut, SafetyGate, decision_summary
from veilleur.engine.base import (
    Backend,
    ChatMessage,
    EngineEvent,
    EventStream,
    Finished,
    GenerationRequest,
    SamplingParams,
    TextDelta,
    Usage,
)
from veilleur.errors import NotFoundError, VeilleurError

if TYPE_CHECKING:
    from veilleur.safety import Decision

# The events of a checked generation: the engine's, plus `SafetyCut` when it was blocked.
Events = EventStream | AsyncIterator[EngineEvent | SafetyCut]

__all__ = ["OpenAIServing"]


def _sse(payload: dict[str, Any] | str) -> bytes:
    data = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
    return f"data: {data}\n\n".encode()


class OpenAIServing:
    """Speaks the OpenAI protocol; knows nothing of HTTP frameworks."""

    def __init__(
        self,
        backend: Backend,
        *,
        default_max_tokens: int,
        system_prompt: str,
        gate: SafetyGate | None = None,
    ):
        self.backend = backend
        self.default_max_tokens = default_max_tokens
        self.system_prompt = system_prompt
        self.gate = gate

    def models(self) -> dict[str, Any]:
        info = self.backend.info
        return {
            "object": "list",
            "data": [
                {
                    "id": info.id,
                    "object": "model",
                    "created": info.created,
                    "owned_by": info.owned_by,
                    "context_length": info.context_length,
                }
            ],
        }

    def check_model(self, model: str) -> None:
        if model != self.backend.info.id:
            raise NotFoundError(
                f"the model {model!r} does not exist; this server serves {self.backend.info.id!r}",
                param="model",
                code="model_not_found",
            )

    # --- chat ----------------------------------------------------------------------------
    async def chat(self, request: ChatCompletionRequest) -> tuple[Events, dict[str, Any]]:
        """Check and admit a chat completion; return its events and response metadata."""
        self.check_model(request.model)
        sampling = request.sampling(self.default_max_tokens)
        messages = request.chat()
        meta = {
            "id": f"chatcmpl-{uuid.uuid4().hex}",
            "created": int(time.time()),
            "model": self.backend.info.id,
        }
        return await self._guarded(messages, sampling, meta, request.user, chat=True), meta

    async def _guarded(
        self,
        messages: tuple[ChatMessage, ...],
        sampling: SamplingParams,
        meta: dict[str, Any],
        user: str | None,
        *,
        chat: bool,
    ) -> Events:
        """The safety gate around one generation: check the input, guard the output.

        Admission comes first (a prompt that cannot fit is a 400 whatever its content),
        then the input check; a blocked request gives back its queue slot unused.
        """
        if chat:
            fitted = await asyncio.to_thread(
                fit_messages, self.backend, messages, max_tokens=sampling.max_tokens
            )
            request = GenerationRequest(sampling=sampling, messages=fitted.messages)
        else:
            request = GenerationRequest(sampling=sampling, prompt=messages[-1].content)
        stream = self.backend.generate(request)
        if self.gate is None:
            return stream
        try:
            decision = await self.gate.check_input(
                messages, request_id=meta["id"], model=self.backend.info.id, user=user
            )
        except BaseException:
            await stream.aclose()
            raise
        if decision.blocked:
            await stream.aclose()
            return _refused(decision)
        guard = self.gate.output_guard(
            messages,
            request_id=meta["id"],
            model=self.backend.info.id,
            user=user,
            language=decision.language,
        )
        return SafetyGate.guard(stream, guard)

    async def chat_response(self, stream: Events, meta: dict[str, Any]) -> dict[str, Any]:
        text, finished, cut = await _collect(stream)
        refusal = None
        if cut is not None:
            refusal = text = cut.decision.refusal or cut.decision.explanation
            meta = {**meta, "veilleur": {"safety": decision_summary(cut.decision, cut=True)}}
        return {
            **meta,
            "object": "chat.completion",
            "system_fingerprint": None,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": text, "refusal": refusal},
                    "logprobs": None,
                    "finish_reason": _finish(finished),
                }
            ],
            "usage": _usage(finished),
        }

    async def chat_stream(
        self, stream: Events, meta: dict[str, Any], *, include_usage: bool
    ) -> AsyncIterator[bytes]:
        base = {**meta, "object": "chat.completion.chunk", "system_fingerprint": None}
        streamed = False
        if include_usage:
            base["usage"] = None

        def chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
            return _sse(
                {
                    **base,
                    "choices": [
                        {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}
                    ],
                }
            )

        async with _closing(stream):
            yield chunk({"role": "assistant", "content": ""})
            try:
                async for event in stream:
                    if isinstance(event, SafetyCut):
                        refusal = event.decision.refusal or event.decision.explanation
                        text = f"\n\n{refusal}" if streamed else refusal
                        yield chunk({"content": text, "refusal": refusal})
                    elif isinstance(event, TextDelta):
                        streamed = True
                        yield chunk({"content": event.text})
                    elif isinstance(event, Finished):
                        yield chunk({}, _finish(event))
                        if include_usage:
                            yield _sse({**base, "choices": [], "usage": _usage(event)})
            except VeilleurError as exc:
                yield _sse(
                    {
                        "error": {
                            "message": exc.message,
                            "type": exc.error_type,
                            "param": None,
                            "code": exc.code,
                        }
                    }
                )
            yield _sse("[DONE]")

    # --- text completions ----------------------------------------------------------------
    async def completion(self, request: CompletionRequest) -> tuple[Events, dict[str, Any]]:
        self.check_model(request.model)
        sampling = request.sampling(self.default_max_tokens)
        meta = {
            "id": f"cmpl-{uuid.uuid4().hex}",
            "created": int(time.time()),
            "model": self.backend.info.id,
        }
        prompt = (ChatMessage("user", request.text()),)
        events = await self._guarded(prompt, sampling, meta, request.user, chat=False)
        meta["echo"] = request.text() if request.echo else ""
        return events, meta

    async def completion_response(self, stream: Events, meta: dict[str, Any]) -> dict[str, Any]:
        echo = meta.pop("echo")
        text, finished, cut = await _collect(stream)
        if cut is not None:
            text = cut.decision.refusal or cut.decision.explanation
            meta = {**meta, "veilleur": {"safety": decision_summary(cut.decision, cut=True)}}
        return {
            **meta,
            "object": "text_completion",
            "system_fingerprint": None,
            "choices": [
                {
                    "index": 0,
                    "text": echo + text,
                    "logprobs": None,
                    "finish_reason": _finish(finished),
                }
            ],
            "usage": _usage(finished),
        }

    async def completion_stream(
        self, stream: Events, meta: dict[str, Any], *, include_usage: bool
    ) -> AsyncIterator[bytes]:
        echo = meta.pop("echo")
        base = {**meta, "object": "text_completion", "system_fingerprint": None}
        if include_usage:
            base["usage"] = None

        def chunk(text: str, finish: str | None = None) -> bytes:
            return _sse(
                {
                    **base,
                    "choices": [
                        {"index": 0, "text": text, "logprobs": None, "finish_reason": finish}
                    ],
                }
            )

        async with _closing(stream):
            if echo:
                yield chunk(echo)
            try:
                async for event in stream:
                    if isinstance(event, SafetyCut):
                        yield chunk(f"\n\n{event.decision.refusal or event.decision.explanation}")
                    elif isinstance(event, TextDelta):
                        yield chunk(event.text)
                    elif isinstance(event, Finished):
                        yield chunk("", _finish(event))
                        if include_usage:
                            yield _sse({**base, "choices": [], "usage": _usage(event)})
            except VeilleurError as exc:
                yield _sse(
                    {
                        "error": {
                            "message": exc.message,
                            "type": exc.error_type,
                            "param": None,
                            "code": exc.code,
                        }
                    }
                )
            yield _sse("[DONE]")


class _closing:
    """Close the engine stream however the response ends (a disconnect cancels us)."""

    def __init__(self, stream: Events):
        self.stream = stream

    async def __aenter__(self) -> Events:
        return self.stream

    async def __aexit__(self, *exc: object) -> None:
        await self.stream.aclose()  # type: ignore[union-attr]


async def _collect(stream: Events) -> tuple[str, Finished, SafetyCut | None]:
    parts: list[str] = []
    finished: Finished | None = None
    cut: SafetyCut | None = None
    async with _closing(stream):
        async for event in stream:
            if isinstance(event, TextDelta):
                parts.append(event.text)
            elif isinstance(event, SafetyCut):
                cut = event
            elif isinstance(event, Finished):
                finished = event
    assert finished is not None, "a backend stream ended without Finished"
    return "".join(parts), finished, cut


async def _refused(decision: Decision) -> AsyncIterator[EngineEvent | SafetyCut]:
    yield SafetyCut(decision)
    yield Finished("content_filter", Usage(0, 0))


def _finish(event: Finished) -> str:
    return "stop" if event.reason == "cancelled" else event.reason


def _usage(event: Finished) -> dict[str, Any]:
    return {
        "prompt_tokens": event.usage.prompt_tokens,
        "completion_tokens": event.usage.completion_tokens,
        "total_tokens": event.usage.total_tokens,
        "prompt_tokens_details": {"cached_tokens": event.usage.cached_tokens},
    }
