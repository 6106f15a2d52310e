"""The OpenAI protocol on top of the guarded engine: chat completions, completions, models.

Streaming follows OpenAI exactly: `data: {chunk}` lines separated by a blank line, a first
chunk carrying the role, one chunk per text delta, a chunk with `finish_reason`, with
`stream_options.include_usage` a last chunk with empty `choices` and the usage (every
earlier chunk then has `"usage": null`), and `data: [DONE]`.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

from veilleur.api.errors import error_payload
from veilleur.api.openai.protocol import ChatCompletionRequest, CompletionRequest
from veilleur.api.responses import sse_data
from veilleur.chat.context import fit_messages
from veilleur.errors import NotFoundError, VeilleurError
from veilleur.guard import (
    AuditContext,
    EngineHandle,
    GuardedEngine,
    GuardedStream,
    SafetyCut,
    decision_summary,
)
from veilleur.types import ChatMessage, Finished, GenerationRequest, TextDelta, ToolCallDelta

__all__ = ["OpenAIServing", "Prepared"]


@dataclass
class Prepared:
    """An admitted, checked generation and the metadata of its response; `calls` collects
    the tool calls of a whole (not streamed) answer."""

    stream: GuardedStream
    meta: dict[str, Any]
    echo: str = ""
    calls: list[dict[str, str]] = field(default_factory=list)


class OpenAIServing:
    """Speaks the OpenAI protocol; knows nothing of HTTP frameworks."""

    def __init__(self, engine: EngineHandle, *, default_max_tokens: int):
        self._engine = engine
        self.default_max_tokens = default_max_tokens

    def models(self) -> dict[str, Any]:
        """Every configured model, loaded or not (`veilleur` says which are loaded)."""
        return {"object": "list",
                "data": [_card(entry) for entry in self._engine.get().catalogue()]}

    def model(self, model: str) -> dict[str, Any]:
        for card in self.models()["data"]:
            if card["id"] == model:
                return card
        raise NotFoundError(f"the model {model!r} does not exist", param="model",
                            code="model_not_found")

    # --- chat ----------------------------------------------------------------------------
    async def chat(self, request: ChatCompletionRequest, *, owner_id: str | None = None
                   ) -> Prepared:
        """Admit and check a chat completion (admission errors and refusals come first);
        `owner_id`: the account its audit rows belong to."""
        request.check_supported()
        engine = await self._engine.get().for_model(request.model)
        try:
            return await self._chat(engine, request, owner_id)
        finally:
            engine.release()  # a no-op once the generation was admitted

    async def _chat(self, engine: GuardedEngine, request: ChatCompletionRequest,
                    owner_id: str | None) -> Prepared:
        sampling = request.sampling(self.default_max_tokens)
        messages = request.chat()
        meta = _meta("chatcmpl", engine)
        fitted = await asyncio.to_thread(
            fit_messages, engine, messages, max_tokens=sampling.max_tokens,
            tools=request.tool_specs(),
        )
        fmt = request.response_format.to_format() if request.response_format else None
        stream = await engine.start(
            GenerationRequest(sampling=sampling, messages=fitted.messages,
                              response_format=fmt, tools=request.tool_specs(),
                              tool_choice=request.choice(),
                              parallel_tool_calls=request.parallel_tool_calls is not False),
            AuditContext(meta["id"], request.user, owner_id=owner_id),
            checked=messages, data=_new_tool_results(messages),
        )
        flagged = [decision_summary(d) for d in stream.data_decisions if d.categories]
        if flagged:  # an injection in a tool result is data: the answer says it was seen
            meta = {**meta, "veilleur": {"tool_results": flagged}}
        return Prepared(stream, meta)

    async def chat_response(self, prepared: Prepared) -> dict[str, Any]:
        text, finished, meta, refusal = await _answer(prepared)
        message: dict[str, Any] = {"role": "assistant", "content": text, "refusal": refusal}
        if prepared.calls and refusal is None:
            message["tool_calls"] = [
                {"id": c["id"], "type": "function",
                 "function": {"name": c["name"], "arguments": c["arguments"]}}
                for c in prepared.calls]
            message["content"] = text or None
        return {
            **meta,
            "object": "chat.completion",
            "system_fingerprint": None,
            "choices": [
                {
                    "index": 0,
                    "message": message,
                    "logprobs": None,
                    "finish_reason": _finish(finished),
                }
            ],
            "usage": _usage(finished),
        }

    def chat_stream(self, prepared: Prepared, *, include_usage: bool) -> AsyncIterator[bytes]:
        base = {**prepared.meta, "object": "chat.completion.chunk", "system_fingerprint": None}
        streamed = False

        def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
            return {**base, "choices": [
                {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]}

        def piece(event: TextDelta | ToolCallDelta | SafetyCut) -> dict[str, Any]:
            nonlocal streamed
            if isinstance(event, SafetyCut):
                refusal = _refusal_text(event)
                return chunk({"content": f"\n\n{refusal}" if streamed else refusal,
                              "refusal": refusal})
            streamed = True
            if isinstance(event, ToolCallDelta):
                return chunk({"tool_calls": [_call_delta(event)]})
            return chunk({"content": event.text})

        return _stream(prepared.stream, base, include_usage,
                       first=chunk({"role": "assistant", "content": ""}), piece=piece,
                       last=lambda finished: chunk({}, _finish(finished)))

    # --- text completions ----------------------------------------------------------------
    async def completion(self, request: CompletionRequest, *, owner_id: str | None = None
                         ) -> Prepared:
        request.check_supported()
        engine = await self._engine.get().for_model(request.model)
        meta = _meta("cmpl", engine)
        try:
            stream = await engine.start(
                GenerationRequest(sampling=request.sampling(self.default_max_tokens),
                                  prompt=request.text(),
                                  response_format=request.response_format.to_format()
                                  if request.response_format else None),
                AuditContext(meta["id"], request.user, owner_id=owner_id),
            )
        finally:
            engine.release()
        return Prepared(stream, meta, echo=request.text() if request.echo else "")

    async def completion_response(self, prepared: Prepared) -> dict[str, Any]:
        text, finished, meta, _ = await _answer(prepared)
        return {
            **meta,
            "object": "text_completion",
            "system_fingerprint": None,
            "choices": [
                {
                    "index": 0,
                    "text": prepared.echo + text,
                    "logprobs": None,
                    "finish_reason": _finish(finished),
                }
            ],
            "usage": _usage(finished),
        }

    def completion_stream(self, prepared: Prepared, *, include_usage: bool
                          ) -> AsyncIterator[bytes]:
        base = {**prepared.meta, "object": "text_completion", "system_fingerprint": None}

        def chunk(text: str, finish: str | None = None) -> dict[str, Any]:
            return {**base, "choices": [
                {"index": 0, "text": text, "logprobs": None, "finish_reason": finish}]}

        def piece(event: TextDelta | SafetyCut) -> dict[str, Any]:
            if isinstance(event, SafetyCut):
                return chunk(f"\n\n{_refusal_text(event)}")
            return chunk(event.text)

        return _stream(prepared.stream, base, include_usage,
                       first=chunk(prepared.echo) if prepared.echo else None, piece=piece,
                       last=lambda finished: chunk("", _finish(finished)))


def _card(entry: dict[str, Any]) -> dict[str, Any]:
    info = entry["info"]
    card: dict[str, Any] = {"id": info.id, "object": "model", "created": info.created,
                            "owned_by": info.owned_by, "context_length": info.context_length}
    if entry.get("size_bytes") is not None:  # a server of several models says more
        card["veilleur"] = {"loaded": entry["loaded"], "size_bytes": entry["size_bytes"],
                            "source": entry["source"], "default": entry["default"]}
    return card


def _meta(prefix: str, engine: GuardedEngine) -> dict[str, Any]:
    return {"id": f"{prefix}-{uuid.uuid4().hex}", "created": int(time.time()),
            "model": engine.info.id}


async def _stream(
    stream: GuardedStream,
    base: dict[str, Any],
    include_usage: bool,
    *,
    first: dict[str, Any] | None,
    piece: Callable[[Any], dict[str, Any]],
    last: Callable[[Finished], dict[str, Any]],
) -> AsyncIterator[bytes]:
    """The chunks of one streamed answer; closing this iterator stops the generation."""
    if include_usage:
        base["usage"] = None
    try:
        if first is not None:
            yield sse_data(first)
        try:
            async for event in stream:
                if isinstance(event, Finished):
                    yield sse_data(last(event))
                    if include_usage:
                        yield sse_data({**base, "choices": [], "usage": _usage(event)})
                else:
                    yield sse_data(piece(event))
        except VeilleurError as exc:
            yield sse_data(error_payload(exc))
        yield sse_data("[DONE]")
    finally:
        await stream.aclose()


def _new_tool_results(messages: tuple[ChatMessage, ...]) -> list[str]:
    """The tool results since the last user turn (earlier ones were checked when sent)."""
    users = [i for i, m in enumerate(messages) if m.role == "user"]
    start = users[-1] + 1 if users else 0
    return [m.content for m in messages[start:] if m.role == "tool" and m.content.strip()]


def _call_delta(event: ToolCallDelta) -> dict[str, Any]:
    """A tool call's piece as OpenAI streams it: id, type and name first, then arguments."""
    if event.id is not None:
        return {"index": event.index, "id": event.id, "type": "function",
                "function": {"name": event.name, "arguments": event.arguments}}
    return {"index": event.index, "function": {"arguments": event.arguments}}


async def _collect(stream: GuardedStream, calls: list[dict[str, str]] | None = None
                   ) -> tuple[str, Finished, SafetyCut | None]:
    parts: list[str] = []
    finished: Finished | None = None
    cut: SafetyCut | None = None
    try:
        async for event in stream:
            if isinstance(event, ToolCallDelta) and calls is not None:
                if event.id is not None or not calls or len(calls) <= event.index:
                    calls.append({"id": event.id or f"call_{event.index}",
                                  "name": event.name or "", "arguments": ""})
                calls[event.index]["arguments"] += event.arguments
            elif isinstance(event, TextDelta):
                parts.append(event.text)
            elif isinstance(event, SafetyCut):
                cut = event
            elif isinstance(event, Finished):
                finished = event
    finally:
        await stream.aclose()
    assert finished is not None, "a guarded stream ended without Finished"
    return "".join(parts), finished, cut


async def _answer(prepared: Prepared) -> tuple[str, Finished, dict[str, Any], str | None]:
    """The whole answer: its text (the refusal after a cut), how it finished, the response
    metadata (with the safety summary after a cut) and the refusal, if any."""
    text, finished, cut = await _collect(prepared.stream, prepared.calls)
    if cut is None:
        return text, finished, prepared.meta, None
    refusal = _refusal_text(cut)
    meta = {**prepared.meta, "veilleur": {"safety": decision_summary(cut.decision, cut=True)}}
    return refusal, finished, meta, refusal


def _refusal_text(cut: SafetyCut) -> str:
    return cut.decision.refusal or cut.decision.explanation


def _finish(event: Finished) -> str:
    return "stop" if event.reason == "cancelled" else event.reason


def _usage(event: Finished) -> dict[str, Any]:
    return {
        "prompt_tokens": event.usage.prompt_tokens,
        "completion_tokens": event.usage.completion_tokens,
        "total_tokens": event.usage.total_tokens,
        "prompt_tokens_details": {"cached_tokens": event.usage.cached_tokens},
    }
