"""One way to answer a stream of events: Server-Sent Events, or JSON once it is done.

Both ways stop the work when the client goes away. A streaming response is cancelled by
the server when the connection drops, which closes the event stream (and so the engine's
generation). A JSON response would otherwise run to its end for nobody: `until_disconnect`
runs it as a task and cancels that task as soon as the client disconnects.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, TypeVar

from fastapi import Request, Response
from fastapi.responses import StreamingResponse

from veilleur.errors import EngineGenerateError, VeilleurError
from veilleur.events import Event

__all__ = ["SSE_HEADERS", "answer", "collect", "sse_data", "sse_response", "until_disconnect"]

SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}

T = TypeVar("T")

# What a route makes of a stream when it answers JSON: given each event and the events
# before it, the response body once it is known (None: keep reading).
Result = Callable[[Event, list[Event]], dict[str, Any] | None]


def sse_data(payload: dict[str, Any] | str) -> bytes:
    """One unnamed `data:` event (the OpenAI streaming format)."""
    data = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
    return f"data: {data}\n\n".encode()


async def _encode(events: AsyncIterator[Event]) -> AsyncIterator[bytes]:
    try:
        async for event in events:
            data = json.dumps(event.data, ensure_ascii=False)
            yield f"event: {event.kind}\ndata: {data}\n\n".encode()
    finally:
        await events.aclose()  # type: ignore[attr-defined]


def sse_response(body: AsyncIterator[Event] | AsyncIterator[bytes], *, named: bool = True
                 ) -> StreamingResponse:
    """A streaming response: named events (`event:` + `data:`), or bytes already encoded."""
    content = _encode(body) if named else body  # type: ignore[arg-type]
    return StreamingResponse(content, media_type="text/event-stream", headers=SSE_HEADERS)


async def collect(events: AsyncIterator[Event], result: Result) -> dict[str, Any]:
    """Read `events` until `result` gives the body; an `error` event raises its error."""
    seen: list[Event] = []
    try:
        async for event in events:
            if event.kind == "error":
                if event.error is not None:
                    raise event.error
                raise EngineGenerateError(str(event.data.get("message", "the request failed")))
            body = result(event, seen)
            if body is not None:
                return body
            seen.append(event)
    finally:
        await events.aclose()  # type: ignore[attr-defined]
    raise EngineGenerateError("the stream ended without a result")


async def until_disconnect(request: Request, work: Awaitable[T]) -> T | Response:
    """`work`'s result, unless the client goes away first: then `work` is cancelled."""
    task = asyncio.ensure_future(work)
    watcher = asyncio.ensure_future(_disconnected(request))
    try:
        done, _ = await asyncio.wait({task, watcher}, return_when=asyncio.FIRST_COMPLETED)
        if task in done:
            return task.result()
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, VeilleurError):
            await task
        return Response(status_code=499)  # nobody reads it: the client is gone
    finally:
        watcher.cancel()
        if not task.done():
            task.cancel()


async def _disconnected(request: Request) -> None:
    while True:
        message = await request.receive()
        if message["type"] == "http.disconnect":
            return


async def answer(request: Request, events: AsyncIterator[Event], *, stream: bool,
                 result: Result) -> Any:
    """Answer `events` as Server-Sent Events, or as the JSON body `result` picks."""
    if stream:
        return sse_response(events)
    return await until_disconnect(request, collect(events, result))
