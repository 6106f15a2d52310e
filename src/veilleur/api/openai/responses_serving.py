"""Serving the OpenAI Responses API (its routes: `veilleur.api.openai.responses`): create,
read, delete and list the input items of responses.

A response is one chat generation of the guarded engine, through the same path as chat
completions (`OpenAIServing`): the input items become chat messages (`instructions` the
system message, `function_call` items an assistant turn's tool calls,
`function_call_output` items tool turns), which are fitted to the context window, checked
(tool results as data: an injection in one is flagged and audited, not obeyed) and
answered with the same structured output (`text.format`) and tool machinery. The events
become output items: a `message` with `output_text` (and a `refusal` part when the guard
cut it) and `function_call` items.

Streaming sends OpenAI's typed events (`event: response.created`, …,
`response.completed`), each with its `sequence_number`; the terminal event carries the
response as stored. With `store` (the default) the response is stored under its owner;
`previous_response_id` prepends the stored chain (each response's input items, then its
output items) to the new input. The upstream backend gets the same chat, through its
chat completions (most vLLM and llama.cpp servers have no /v1/responses).
"""

from __future__ import annotations

import asyncio
import copy
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from veilleur.api.errors import error_payload
from veilleur.api.openai.responses_protocol import ResponseRequest, item_id, to_messages
from veilleur.api.openai.serving import _new_tool_results, _refusal_text
from veilleur.chat.context import fit_messages
from veilleur.errors import (
    ContextLengthError,
    InvalidRequestError,
    NotFoundError,
    VeilleurError,
)
from veilleur.guard import (
    AuditContext,
    EngineHandle,
    GuardedEngine,
    GuardedStream,
    SafetyCut,
    decision_summary,
)
from veilleur.store.responses import ResponseRecord, ResponseStore
from veilleur.types import Finished, GenerationRequest, TextDelta, ToolCallDelta, Usage

__all__ = ["ResponseRun", "ResponsesServing"]

_INCOMPLETE = {"length": "max_output_tokens", "content_filter": "content_filter"}


def _not_found() -> NotFoundError:
    # Word for word the same for an unknown, a deleted and another user's id.
    return NotFoundError("no response with this id (unknown, deleted, or not stored)",
                         param="response_id")


def _param(exc: InvalidRequestError) -> InvalidRequestError:
    """An engine refusal named in chat's terms, renamed to the Responses request's paths."""
    param = exc.param or ""
    for chat, responses in (("response_format.json_schema.schema", "text.format.schema"),
                            ("response_format", "text.format"), ("messages", "input")):
        if param.startswith(chat):
            exc.param = responses + param[len(chat):]
            return exc
    if param.startswith("tools["):
        exc.param = param.replace(".function.parameters", ".parameters", 1)
    return exc


@dataclass
class ResponseRun:
    """An admitted, checked generation and the response it will be."""

    stream: GuardedStream
    response: dict[str, Any]  # the Response object, status in_progress, output empty
    input: list[dict[str, Any]]  # this request's own input items (stored, listed)
    owner_id: str | None
    store: bool
    extension: dict[str, Any] = field(default_factory=dict)  # the `veilleur` object
    error: VeilleurError | None = None  # what failed midway (the stream says response.failed)


class _Output:
    """Turns guarded events into output items and the typed stream events that build
    them, numbering every event (`sequence_number`)."""

    def __init__(self) -> None:
        self.sequence = 0
        self.items: list[dict[str, Any]] = []
        self.open: dict[str, Any] | None = None  # the item being written
        self.part: dict[str, Any] | None = None  # its output_text part being written
        self.cut: SafetyCut | None = None

    def event(self, kind: str, **fields: Any) -> dict[str, Any]:
        event = {"type": kind, "sequence_number": self.sequence, **fields}
        self.sequence += 1
        return event

    def _where(self) -> dict[str, Any]:
        assert self.open is not None
        return {"item_id": self.open["id"], "output_index": len(self.items) - 1}

    def _add(self, item: dict[str, Any]) -> list[dict[str, Any]]:
        self.items.append(item)
        self.open = item
        return [self.event("response.output_item.added", output_index=len(self.items) - 1,
                           item=copy.deepcopy(item))]

    def _message(self) -> list[dict[str, Any]]:
        if self.open is not None and self.open["type"] == "message":
            return []
        events = self.close("completed")
        return events + self._add({"id": item_id("msg"), "type": "message",
                                   "status": "in_progress", "role": "assistant",
                                   "content": []})

    def _close_part(self) -> list[dict[str, Any]]:
        part, self.part = self.part, None
        if part is None:
            return []
        index = len(self.open["content"]) - 1 if self.open else 0
        return [self.event("response.output_text.done", **self._where(), content_index=index,
                           text=part["text"], logprobs=[]),
                self.event("response.content_part.done", **self._where(),
                           content_index=index, part=copy.deepcopy(part))]

    def _open_part(self) -> list[dict[str, Any]]:
        events = self._message()
        assert self.open is not None
        if self.part is None:
            self.part = {"type": "output_text", "text": "", "annotations": [], "logprobs": []}
            self.open["content"].append(self.part)
            events.append(self.event("response.content_part.added", **self._where(),
                                     content_index=len(self.open["content"]) - 1,
                                     part=copy.deepcopy(self.part)))
        return events

    def text(self, text: str) -> list[dict[str, Any]]:
        events = self._open_part()
        assert self.open is not None and self.part is not None
        self.part["text"] += text
        events.append(self.event("response.output_text.delta", **self._where(),
                                 content_index=len(self.open["content"]) - 1, delta=text,
                                 logprobs=[]))
        return events

    def call(self, delta: ToolCallDelta) -> list[dict[str, Any]]:
        events: list[dict[str, Any]] = []
        if delta.id is not None or self.open is None or self.open["type"] != "function_call":
            events += self.close("completed")
            events += self._add({"id": item_id("fc"), "type": "function_call",
                                 "status": "in_progress",
                                 "call_id": delta.id or item_id("call"),
                                 "name": delta.name or "", "arguments": ""})
        assert self.open is not None
        if delta.arguments:
            self.open["arguments"] += delta.arguments
            events.append(self.event("response.function_call_arguments.delta",
                                     **self._where(), delta=delta.arguments))
        return events

    def refusal(self, cut: SafetyCut) -> list[dict[str, Any]]:
        self.cut = cut
        refusal = _refusal_text(cut)
        events = self._close_part() + self._message()
        assert self.open is not None
        part = {"type": "refusal", "refusal": refusal}
        self.open["content"].append(part)
        index = len(self.open["content"]) - 1
        return [
            *events,
            self.event("response.content_part.added", **self._where(), content_index=index,
                       part={"type": "refusal", "refusal": ""}),
            self.event("response.refusal.delta", **self._where(), content_index=index,
                       delta=refusal),
            self.event("response.refusal.done", **self._where(), content_index=index,
                       refusal=refusal),
            self.event("response.content_part.done", **self._where(), content_index=index,
                       part=copy.deepcopy(part))]

    def close(self, status: str) -> list[dict[str, Any]]:
        """End the item being written with `status` (completed or incomplete)."""
        item = self.open
        if item is None:
            return []
        events = self._close_part()
        if item["type"] == "function_call":
            events.append(self.event("response.function_call_arguments.done",
                                     **self._where(), arguments=item["arguments"]))
        item["status"] = status
        events.append(self.event("response.output_item.done", output_index=len(self.items) - 1,
                                 item=copy.deepcopy(item)))
        self.open = None
        return events

    def finish(self, status: str) -> list[dict[str, Any]]:
        """Close the last item; an empty answer is still a message, as OpenAI's are."""
        events = [] if self.items else self._open_part()
        return events + self.close(status)

    def shown(self) -> list[dict[str, Any]]:
        """The output as stored and returned whole: after a cut, only the refusal (what
        the guard blocked is not kept, nor fed back into a later turn)."""
        if self.cut is None:
            return self.items
        refusal = {"type": "refusal", "refusal": _refusal_text(self.cut)}
        messages = [item for item in self.items if item["type"] == "message"]
        first = messages[0] if messages else {"id": item_id("msg"), "type": "message",
                                              "role": "assistant", "status": "incomplete"}
        return [{**first, "status": "incomplete", "content": [refusal]}]


def _usage(usage: Usage) -> dict[str, Any]:
    return {"input_tokens": usage.prompt_tokens,
            "input_tokens_details": {"cached_tokens": usage.cached_tokens,
                                     "cache_write_tokens": 0},
            "output_tokens": usage.completion_tokens,
            "output_tokens_details": {"reasoning_tokens": 0},
            "total_tokens": usage.total_tokens}


def _status(finished: Finished) -> tuple[str, dict[str, str] | None]:
    if finished.reason in _INCOMPLETE:
        return "incomplete", {"reason": _INCOMPLETE[finished.reason]}
    if finished.reason == "cancelled":
        return "cancelled", None
    return "completed", None


class ResponsesServing:
    """Speaks the Responses API on the guarded engine; stores what it answers."""

    def __init__(self, engine: EngineHandle, store: ResponseStore, *, default_max_tokens: int):
        self._engine = engine
        self._store = store
        self.default_max_tokens = default_max_tokens

    # ---- create --------------------------------------------------------------------------
    async def create(self, body: ResponseRequest, *, owner_id: str | None) -> ResponseRun:
        """Check, admit and start a response (errors and refusals of the input first)."""
        body.check_supported()
        items = body.input_items()
        context: list[dict[str, Any]] = []
        if body.previous_response_id is not None:
            chain = await asyncio.to_thread(self._store.chain, body.previous_response_id,
                                            owner_id)
            if chain is None:
                raise NotFoundError(
                    f"previous response {body.previous_response_id!r} not found (unknown, "
                    "deleted, not stored, or an earlier response of its chain was deleted)",
                    param="previous_response_id", code="previous_response_not_found")
            for record in chain:
                context += record.request.get("input", []) + record.output
        messages = to_messages(body.instructions, context + items)
        if not any(m.role != "system" for m in messages):
            raise InvalidRequestError("input has no message to answer", param="input")
        engine = await self._engine.get().for_model(body.model)
        try:
            return await self._start(engine, body, items, messages, owner_id)
        except InvalidRequestError as exc:
            raise _param(exc) from None
        finally:
            engine.release()  # a no-op once the generation was admitted

    async def _start(self, engine: GuardedEngine, body: ResponseRequest,
                     items: list[dict[str, Any]], messages: Any, owner_id: str | None
                     ) -> ResponseRun:
        sampling = body.sampling(self.default_max_tokens)
        tools = body.tool_specs()
        fitted = await asyncio.to_thread(fit_messages, engine, messages,
                                         max_tokens=sampling.max_tokens, tools=tools)
        if fitted.dropped and body.truncation != "auto":
            raise ContextLengthError(
                f"the input does not fit the {engine.info.context_length}-token context "
                "window with room for the answer; send truncation: 'auto' to leave the "
                "oldest items out, or shorten the input", param="input")
        response_id = item_id("resp")
        stream = await engine.start(
            GenerationRequest(sampling=sampling, messages=fitted.messages,
                              response_format=body.response_format(),
                              tools=tools, tool_choice=body.choice(),
                              parallel_tool_calls=body.parallel_tool_calls is not False),
            AuditContext(response_id, body.audit_user, owner_id=owner_id),
            checked=messages, data=_new_tool_results(messages))
        extension: dict[str, Any] = {}
        flagged = [decision_summary(d) for d in stream.data_decisions if d.categories]
        if flagged:  # an injection in a tool result is data: the answer says it was seen
            extension["tool_results"] = flagged
        response = {
            "id": response_id, "object": "response", "created_at": int(time.time()),
            "status": "in_progress", "background": False, "error": None,
            "incomplete_details": None, "instructions": body.instructions,
            "max_output_tokens": body.max_output_tokens, "model": engine.info.id,
            "output": [], "parallel_tool_calls": body.parallel_tool_calls is not False,
            "previous_response_id": body.previous_response_id,
            "reasoning": {"effort": None, "summary": None}, "store": body.stored,
            "temperature": sampling.temperature, "text": body.text_echo(),
            "tool_choice": body.choice_echo(), "tools": body.tools_echo(),
            "top_p": sampling.top_p, "truncation": body.truncation or "disabled",
            "usage": None, "user": body.user, "safety_identifier": body.safety_identifier,
            "metadata": body.metadata or {},
        }
        return ResponseRun(stream, response, items, owner_id, body.stored, extension)

    async def events(self, run: ResponseRun) -> AsyncIterator[dict[str, Any]]:
        """The typed events of `run`, the last one `response.completed` (or
        `.incomplete`, `.failed`); the response is stored before the last is sent.
        Closing this iterator stops the generation."""
        out = _Output()
        response = run.response
        try:
            yield out.event("response.created", response=dict(response))
            yield out.event("response.in_progress", response=dict(response))
            try:
                async for event in run.stream:
                    if isinstance(event, TextDelta):
                        if event.text:
                            for e in out.text(event.text):
                                yield e
                    elif isinstance(event, ToolCallDelta):
                        for e in out.call(event):
                            yield e
                    elif isinstance(event, SafetyCut):
                        for e in out.refusal(event):
                            yield e
                    elif isinstance(event, Finished):
                        status, incomplete = _status(event)
                        for e in out.finish("incomplete" if incomplete else "completed"):
                            yield e
                        final = self._final(run, out, status, incomplete, event.usage)
                        if run.store:
                            await asyncio.to_thread(self._save, run, final)
                        kind = ("response.incomplete" if status == "incomplete"
                                else "response.completed")
                        yield out.event(kind, response=final)
                        return
            except VeilleurError as exc:
                run.error = exc
                failed = {**response, "status": "failed", "output": out.shown(),
                          "error": {"code": "server_error",
                                    "message": error_payload(exc)["error"]["message"]}}
                yield out.event("response.failed", response=failed)
        finally:
            await run.stream.aclose()

    async def whole(self, run: ResponseRun) -> dict[str, Any]:
        """The finished response (the events read to the end, as stored)."""
        final: dict[str, Any] | None = None
        events = self.events(run)
        try:
            async for event in events:
                if event["type"] == "response.failed" and run.error is not None:
                    raise run.error  # answered with its own status, as on chat
                if event["type"] in ("response.completed", "response.incomplete"):
                    final = event["response"]
        finally:
            await events.aclose()
        assert final is not None, "a response stream ended without its response"
        return final

    def _final(self, run: ResponseRun, out: _Output, status: str,
               incomplete: dict[str, str] | None, usage: Usage) -> dict[str, Any]:
        extension = dict(run.extension)
        if out.cut is not None:
            extension["safety"] = decision_summary(out.cut.decision, cut=True)
        final = {**run.response, "status": status, "incomplete_details": incomplete,
                 "output": out.shown(), "usage": _usage(usage)}
        if extension:
            final["veilleur"] = extension
        return final

    def _save(self, run: ResponseRun, final: dict[str, Any]) -> None:
        rest = {k: v for k, v in final.items()
                if k not in ("id", "object", "created_at", "status", "model", "output",
                             "previous_response_id", "usage")}
        self._store.save(ResponseRecord(
            id=final["id"], owner_id=run.owner_id, model=final["model"],
            created_at=final["created_at"], status=final["status"],
            request={"input": run.input, "response": rest}, output=final["output"],
            previous_response_id=final["previous_response_id"], usage=final["usage"]))

    # ---- stored responses ----------------------------------------------------------------
    async def get(self, response_id: str, owner_id: str | None) -> dict[str, Any]:
        record = await asyncio.to_thread(self._store.get, response_id, owner_id)
        if record is None:
            raise _not_found()
        return {"id": record.id, "object": "response", "created_at": record.created_at,
                "status": record.status, "model": record.model, "output": record.output,
                "previous_response_id": record.previous_response_id, "usage": record.usage,
                **record.request.get("response", {})}

    async def delete(self, response_id: str, owner_id: str | None) -> dict[str, Any]:
        if not await asyncio.to_thread(self._store.delete, response_id, owner_id):
            raise _not_found()
        return {"id": response_id, "object": "response", "deleted": True}

    async def input_items(self, response_id: str, owner_id: str | None, *, limit: int,
                          order: str, after: str | None) -> dict[str, Any]:
        record = await asyncio.to_thread(self._store.get, response_id, owner_id)
        if record is None:
            raise _not_found()
        items = list(record.request.get("input", []))
        if order == "desc":
            items.reverse()
        if after is not None:
            ids = [item.get("id") for item in items]
            if after not in ids:
                raise InvalidRequestError(f"no input item {after!r} in this response",
                                          param="after")
            items = items[ids.index(after) + 1:]
        page = items[:limit]
        return {"object": "list", "data": page,
                "first_id": page[0]["id"] if page else None,
                "last_id": page[-1]["id"] if page else None,
                "has_more": len(items) > limit}


