"""Server-Sent Events with named events, as the conversation and task APIs send them.

Each event becomes `event: <kind>` and `data: <json>` lines; the source stream is closed
however the response ends (a client that goes away cancels it).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any, Protocol

from fastapi.responses import StreamingResponse

__all__ = ["NamedEvent", "sse_response"]

HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


class NamedEvent(Protocol):
    kind: str
    data: dict[str, Any]


async def _encode(events: AsyncIterator[Any]) -> AsyncIterator[bytes]:
    try:
        async for event in events:
            data = json.dumps(event.data, ensure_ascii=False)
            yield f"event: {event.kind}\ndata: {data}\n\n".encode()
    finally:
        await events.aclose()  # type: ignore[attr-defined]


def sse_response(events: AsyncIterator[Any]) -> StreamingResponse:
    """A streaming response of `events` (objects with `kind` and `data`)."""
    return StreamingResponse(_encode(events), media_type="text/event-stream", headers=HEADERS)
