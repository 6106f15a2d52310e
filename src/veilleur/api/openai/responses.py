"""The OpenAI Responses API's routes: `POST /v1/responses`, `GET`/`DELETE
/v1/responses/{response_id}`, `GET /v1/responses/{response_id}/input_items`.

Thin: the request is read by `responses_protocol`, served by `responses_serving`
(`ResponsesServing`, built once by the composition root) and answered here as JSON or as
Server-Sent Events of OpenAI's typed events (`event: <type>` + `data: {event}`).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict

from veilleur.accounts import Principal
from veilleur.api.deps import current_principal, require_api_key, state
from veilleur.api.errors import ERROR_RESPONSES
from veilleur.api.openai.responses_protocol import ResponseRequest
from veilleur.api.openai.responses_serving import ResponsesServing
from veilleur.api.quotas import generation
from veilleur.api.responses import SSE_HEADERS, until_disconnect
from veilleur.errors import UnsupportedParameterError

__all__ = ["DeletedResponse", "InputItemList", "ResponseObject", "router"]


# ---- wire models documented in /openapi.json ----------------------------------------------

class _Out(BaseModel):
    model_config = ConfigDict(extra="allow")


class ResponseObject(_Out):
    """OpenAI's Response object (fields beyond these are as OpenAI documents them)."""

    id: str
    object: Literal["response"]
    created_at: int
    status: Literal["completed", "incomplete", "failed", "in_progress", "cancelled"]
    model: str
    output: list[dict[str, Any]]
    previous_response_id: str | None = None
    usage: dict[str, Any] | None = None


class DeletedResponse(_Out):
    id: str
    object: Literal["response"]
    deleted: bool


class InputItemList(_Out):
    object: Literal["list"]
    data: list[dict[str, Any]]
    first_id: str | None
    last_id: str | None
    has_more: bool


# ---- routes ----------------------------------------------------------------------------------

router = APIRouter(prefix="/v1", dependencies=[Depends(require_api_key)], tags=["openai"],
                   responses=ERROR_RESPONSES)

_STREAM = {200: {"description": "The Response object, or with `stream: true` its typed "
                                "Server-Sent Events (`event: response.created` … "
                                "`response.completed`).",
                 "model": ResponseObject, "content": {"text/event-stream": {}}}}


def _serving(request: Request) -> ResponsesServing:
    return state(request).responses


async def _sse(events: AsyncIterator[dict[str, Any]]) -> AsyncIterator[bytes]:
    try:
        async for event in events:
            data = json.dumps(event, ensure_ascii=False)
            yield f"event: {event['type']}\ndata: {data}\n\n".encode()
    finally:
        await events.aclose()  # type: ignore[attr-defined]


@router.post("/responses", response_model=None, dependencies=generation, responses=_STREAM)
async def create_response(
    body: ResponseRequest, request: Request,
    principal: Annotated[Principal, Depends(current_principal)],
) -> Any:
    """A model response to `input` (OpenAI's Responses API)."""
    serving = _serving(request)
    run = await serving.create(body, owner_id=principal.owner_id)
    if body.stream:
        return StreamingResponse(_sse(serving.events(run)), media_type="text/event-stream",
                                 headers=SSE_HEADERS)
    return await until_disconnect(request, serving.whole(run))


@router.get("/responses/{response_id}", response_model=ResponseObject)
async def get_response(
    response_id: str, request: Request,
    principal: Annotated[Principal, Depends(current_principal)],
    stream: bool = False, include: Annotated[list[str] | None, Query()] = None,
) -> dict[str, Any]:
    """A stored response of the caller's."""
    if stream:
        raise UnsupportedParameterError("streaming a stored response again is not "
                                        "supported by this server", param="stream")
    if include:
        raise UnsupportedParameterError("include is not supported by this server",
                                        param="include")
    return await _serving(request).get(response_id, principal.owner_id)


@router.delete("/responses/{response_id}", response_model=DeletedResponse)
async def delete_response(
    response_id: str, request: Request,
    principal: Annotated[Principal, Depends(current_principal)],
) -> dict[str, Any]:
    """Delete a stored response of the caller's (those that continue it stay)."""
    return await _serving(request).delete(response_id, principal.owner_id)


@router.get("/responses/{response_id}/input_items", response_model=InputItemList)
async def list_input_items(
    response_id: str, request: Request,
    principal: Annotated[Principal, Depends(current_principal)],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    order: Literal["asc", "desc"] = "desc",
    after: str | None = None,
    include: Annotated[list[str] | None, Query()] = None,
) -> dict[str, Any]:
    """The input items of a stored response of the caller's (its own, not the chain's)."""
    if include:
        raise UnsupportedParameterError("include is not supported by this server",
                                        param="include")
    return await _serving(request).input_items(response_id, principal.owner_id,
                                               limit=limit, order=order, after=after)
