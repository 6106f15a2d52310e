"""The OpenAI protocol on top of the guarded engine: chat completions, completions, models.

Streaming follows OpenAI exactly: `data: {chunk}` lines separated by a blank line, a first
chunk carrying the role, one chunk per text delta, a chunk with `finish_reason`, with
`stream_options.include_usage` a last chunk with empty `choices` and the usage (every
earlier chunk then has `"usage": null`), and `data: [DONE]`.

With `n` > 1 the choices are generated together (each its own sequence of the batch and
its own output guard) and their chunks interleave as they come, each with its `index`;
the usage counts the prompt once and the tokens of every choice. With `logprobs`, each
text chunk carries the log probabilities of the tokens that start in it.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field, replace
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
from veilleur.types import (
    ChatMessage,
    Finished,
    GenerationRequest,
    TextDelta,
    TokenLogprob,
    ToolCallDelta,
    Usage,
)

__all__ = ["OpenAIServing", "Prepared"]


@dataclass
class Prepared:
    """An admitted, checked generation and the metadata of its response; `calls` collects
    the tool calls of a whole (not streamed) answer. `others` are the streams of choices
    1…n-1 (`n` > 1); `logprobs` how many most likely tokens to list with each token's log
    probability (None: no logprobs)."""

    stream: GuardedStream
    meta: dict[str, Any]
    echo: str = ""
    calls: list[dict[str, str]] = field(default_factory=list)
    others: list[GuardedStream] = field(default_factory=list)
    logprobs: int | None = None

    @property
    def streams(self) -> list[GuardedStream]:
        """The stream of every choice, in `index` order."""
        return [self.stream, *self.others]


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
        samplings = request.choices(self.default_max_tokens)
        sampling = samplings[0]
        messages = request.chat()
        meta = _meta("chatcmpl", engine)
        fitted = await asyncio.to_thread(
            fit_messages, engine, messages, max_tokens=sampling.max_tokens,
            tools=request.tool_specs(),
        )
        fmt = request.response_format.to_format() if request.response_format else None
        generation = GenerationRequest(
            sampling=sampling, messages=fitted.messages, response_format=fmt,
            tools=request.tool_specs(), tool_choice=request.choice(),
            parallel_tool_calls=request.parallel_tool_calls is not False,
            logprobs=request.logprob_count())
        streams = await engine.start_choices(
            [replace(generation, sampling=s) for s in samplings],
            AuditContext(meta["id"], request.user, owner_id=owner_id),
            checked=messages, data=_new_tool_results(messages),
        )
        stream = streams[0]
        flagged = [decision_summary(d) for d in stream.data_decisions if d.categories]
        if flagged:  # an injection in a tool result is data: the answer says it was seen
            meta = {**meta, "veilleur": {"tool_results": flagged}}
        return Prepared(stream, meta, others=streams[1:], logprobs=generation.logprobs)

    async def chat_response(self, prepared: Prepared) -> dict[str, Any]:
        answers = await _answers(prepared)
        choices = []
        for index, answer in enumerate(answers):
            refusal = answer.refusal
            message: dict[str, Any] = {"role": "assistant", "content": answer.text,
                                       "refusal": refusal}
            if answer.calls and refusal is None:
                message["tool_calls"] = [
                    {"id": c["id"], "type": "function",
                     "function": {"name": c["name"], "arguments": c["arguments"]}}
                    for c in answer.calls]
                message["content"] = answer.text or None
            logprobs = None
            if prepared.logprobs is not None and refusal is None:
                logprobs = {"content": [_chat_logprob(e) for e in answer.logprobs],
                            "refusal": None}
            choices.append({"index": index, "message": message, "logprobs": logprobs,
                            "finish_reason": _finish(answer.finished)})
        return {
            **_answers_meta(prepared, answers),
            "object": "chat.completion",
            "system_fingerprint": None,
            "choices": choices,
            "usage": _usage(_total([a.finished for a in answers])),
        }

    def chat_stream(self, prepared: Prepared, *, include_usage: bool) -> AsyncIterator[bytes]:
        base = {**prepared.meta, "object": "chat.completion.chunk", "system_fingerprint": None}
        streamed = [False] * len(prepared.streams)
        wanted = prepared.logprobs is not None

        def chunk(index: int, delta: dict[str, Any], finish: str | None = None,
                  entries: tuple[TokenLogprob, ...] | None = None) -> dict[str, Any]:
            logprobs = None if entries is None else {
                "content": [_chat_logprob(e) for e in entries], "refusal": None}
            return {**base, "choices": [{"index": index, "delta": delta, "logprobs": logprobs,
                                         "finish_reason": finish}]}

        def piece(index: int, event: TextDelta | ToolCallDelta | SafetyCut) -> dict[str, Any]:
            if isinstance(event, SafetyCut):
                refusal = _refusal_text(event)
                return chunk(index, {"content": f"\n\n{refusal}" if streamed[index]
                                     else refusal, "refusal": refusal})
            streamed[index] = True
            if isinstance(event, ToolCallDelta):
                return chunk(index, {"tool_calls": [_call_delta(event)]})
            return chunk(index, {"content": event.text},
                         entries=event.logprobs if wanted else None)

        def first(index: int) -> dict[str, Any]:
            return chunk(index, {"role": "assistant", "content": ""})

        def last(index: int, finished: Finished) -> dict[str, Any]:
            return chunk(index, {}, _finish(finished))

        if prepared.others:
            return _stream_choices(prepared.streams, base, include_usage, first=first,
                                   piece=piece, last=last)
        return _stream(prepared.stream, base, include_usage, first=first(0),
                       piece=lambda event: piece(0, event),
                       last=lambda finished: last(0, finished))

    # --- text completions ----------------------------------------------------------------
    async def completion(self, request: CompletionRequest, *, owner_id: str | None = None
                         ) -> Prepared:
        request.check_supported()
        engine = await self._engine.get().for_model(request.model)
        meta = _meta("cmpl", engine)
        generation = GenerationRequest(
            sampling=request.sampling(self.default_max_tokens), prompt=request.text(),
            response_format=request.response_format.to_format()
            if request.response_format else None, logprobs=request.logprobs)
        try:
            streams = await engine.start_choices(
                [replace(generation, sampling=s)
                 for s in request.choices(self.default_max_tokens)],
                AuditContext(meta["id"], request.user, owner_id=owner_id),
            )
        finally:
            engine.release()
        return Prepared(streams[0], meta, echo=request.text() if request.echo else "",
                        others=streams[1:], logprobs=request.logprobs)

    async def completion_response(self, prepared: Prepared) -> dict[str, Any]:
        answers = await _answers(prepared)
        choices = []
        for index, answer in enumerate(answers):
            logprobs = None
            if prepared.logprobs is not None and answer.cut is None:
                logprobs = _LegacyLogprobs(len(prepared.echo)).add(answer.logprobs)
            choices.append({"index": index, "text": prepared.echo + answer.text,
                            "logprobs": logprobs, "finish_reason": _finish(answer.finished)})
        return {
            **_answers_meta(prepared, answers),
            "object": "text_completion",
            "system_fingerprint": None,
            "choices": choices,
            "usage": _usage(_total([a.finished for a in answers])),
        }

    def completion_stream(self, prepared: Prepared, *, include_usage: bool
                          ) -> AsyncIterator[bytes]:
        base = {**prepared.meta, "object": "text_completion", "system_fingerprint": None}
        offsets = [_LegacyLogprobs(len(prepared.echo)) for _ in prepared.streams]
        wanted = prepared.logprobs is not None

        def chunk(index: int, text: str, finish: str | None = None,
                  logprobs: dict[str, Any] | None = None) -> dict[str, Any]:
            return {**base, "choices": [{"index": index, "text": text, "logprobs": logprobs,
                                         "finish_reason": finish}]}

        def piece(index: int, event: TextDelta | SafetyCut) -> dict[str, Any]:
            if isinstance(event, SafetyCut):
                return chunk(index, f"\n\n{_refusal_text(event)}")
            return chunk(index, event.text,
                         logprobs=offsets[index].add(event.logprobs) if wanted else None)

        def first(index: int) -> dict[str, Any] | None:
            return chunk(index, prepared.echo) if prepared.echo else None

        def last(index: int, finished: Finished) -> dict[str, Any]:
            return chunk(index, "", _finish(finished))

        if prepared.others:
            return _stream_choices(prepared.streams, base, include_usage, first=first,
                                   piece=piece, last=last)
        return _stream(prepared.stream, base, include_usage, first=first(0),
                       piece=lambda event: piece(0, event),
                       last=lambda finished: last(0, finished))


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


async def _stream_choices(
    streams: list[GuardedStream],
    base: dict[str, Any],
    include_usage: bool,
    *,
    first: Callable[[int], dict[str, Any] | None],
    piece: Callable[[int, Any], dict[str, Any]],
    last: Callable[[int, Finished], dict[str, Any]],
) -> AsyncIterator[bytes]:
    """`_stream` for several choices: their chunks as they come (each knows its index),
    one usage for all; closing this iterator stops every generation."""
    if include_usage:
        base["usage"] = None
    queue: asyncio.Queue[tuple[int, Any]] = asyncio.Queue()
    ended = object()

    async def pump(index: int, stream: GuardedStream) -> None:
        try:
            async for event in stream:
                queue.put_nowait((index, event))
        except VeilleurError as exc:
            queue.put_nowait((index, exc))
        finally:
            queue.put_nowait((index, ended))

    tasks = [asyncio.create_task(pump(i, s)) for i, s in enumerate(streams)]
    finished: list[Finished] = []
    try:
        for index in range(len(streams)):
            if (opening := first(index)) is not None:
                yield sse_data(opening)
        running = len(streams)
        failed = False
        while running:
            index, item = await queue.get()
            if item is ended:
                running -= 1
            elif isinstance(item, VeilleurError):
                yield sse_data(error_payload(item))
                failed = True
                break
            elif isinstance(item, Finished):
                finished.append(item)
                yield sse_data(last(index, item))
            else:
                yield sse_data(piece(index, item))
        if include_usage and not failed:
            yield sse_data({**base, "choices": [], "usage": _usage(_total(finished))})
        yield sse_data("[DONE]")
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for stream in streams:
            await stream.aclose()


@dataclass
class _Choice:
    """One choice's whole answer: `text` (the refusal after a cut), how it finished,
    its tool calls and its tokens' logprobs."""

    text: str
    finished: Finished
    cut: SafetyCut | None
    calls: list[dict[str, str]]
    logprobs: list[TokenLogprob]

    @property
    def refusal(self) -> str | None:
        return None if self.cut is None else _refusal_text(self.cut)


async def _answers(prepared: Prepared) -> list[_Choice]:
    """Every choice's whole answer, read together (a failure stops them all)."""
    calls: list[list[dict[str, str]]] = [prepared.calls, *([] for _ in prepared.others)]
    entries: list[list[TokenLogprob]] = [[] for _ in prepared.streams]
    tasks = [asyncio.create_task(_collect(s, calls[i], entries[i]))
             for i, s in enumerate(prepared.streams)]
    try:
        results = await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
    return [_Choice(text if cut is None else _refusal_text(cut), finished, cut, found, logprobs)
            for (text, finished, cut), found, logprobs in zip(results, calls, entries,
                                                              strict=True)]


def _answers_meta(prepared: Prepared, answers: list[_Choice]) -> dict[str, Any]:
    """The response metadata; after a cut, the safety summary of the first choice cut."""
    cut = next((a.cut for a in answers if a.cut is not None), None)
    if cut is None:
        return prepared.meta
    return {**prepared.meta, "veilleur": {"safety": decision_summary(cut.decision, cut=True)}}


def _total(finished: list[Finished]) -> Finished:
    """One usage for several choices: the prompt once, the tokens of every choice."""
    if len(finished) == 1:
        return finished[0]
    first = finished[0] if finished else Finished("stop", Usage(0, 0))
    usage = Usage(first.usage.prompt_tokens, sum(f.usage.completion_tokens for f in finished),
                  first.usage.cached_tokens)
    return Finished(first.reason, usage)


def _chat_logprob(entry: TokenLogprob) -> dict[str, Any]:
    """One token as chat's `logprobs.content` lists it (OpenAI's shape)."""
    return {"token": entry.token, "logprob": entry.logprob, "bytes": list(entry.raw),
            "top_logprobs": [{"token": t.token, "logprob": t.logprob, "bytes": list(t.raw)}
                             for t in entry.top]}


class _LegacyLogprobs:
    """The legacy completions shape, with each token's character offset in the text
    (the echoed prompt, `start` characters, included)."""

    def __init__(self, start: int):
        self._start = start
        self._seen = b""

    def add(self, entries: Sequence[TokenLogprob]) -> dict[str, Any]:
        out: dict[str, Any] = {"tokens": [], "token_logprobs": [], "top_logprobs": [],
                               "text_offset": []}
        for entry in entries:
            out["tokens"].append(entry.token)
            out["token_logprobs"].append(entry.logprob)
            # OpenAI's legacy list: the N most likely, and always the sampled token
            top = {t.token: t.logprob for t in entry.top}
            top.setdefault(entry.token, entry.logprob)
            out["top_logprobs"].append(top)
            out["text_offset"].append(
                self._start + len(self._seen.decode("utf-8", errors="ignore")))
            self._seen += entry.raw
        return out


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


async def _collect(stream: GuardedStream, calls: list[dict[str, str]] | None = None,
                   logprobs: list[TokenLogprob] | None = None
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
                if logprobs is not None:
                    logprobs.extend(event.logprobs)
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
