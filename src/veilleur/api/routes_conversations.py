"""The conversation API under `/api/conversations`.

Posting a message (and regenerating, and editing) answers with Server-Sent Events by
default: `user_message`, `assistant_message`, then `delta` events, then `done` (or
`error`); `"stream": false` waits and returns the finished turn as JSON.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from veilleur.api.deps import require_api_key, state
from veilleur.api.schemas import SamplingFields
from veilleur.api.sse import sse_response
from veilleur.chat.service import TurnEvent
from veilleur.errors import EngineGenerateError

__all__ = ["router"]

router = APIRouter(
    prefix="/api/conversations", dependencies=[Depends(require_api_key)], tags=["conversations"]
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ConversationCreate(_Strict):
    title: str = Field("", max_length=200)
    system_prompt: str | None = Field(None, max_length=20000)
    settings: dict[str, Any] = Field(default_factory=dict)


class ConversationUpdate(_Strict):
    title: str | None = Field(None, max_length=200)
    system_prompt: str | None = Field(None, max_length=20000)
    settings: dict[str, Any] | None = None


class TurnOptions(SamplingFields):
    model_config = ConfigDict(extra="forbid")
    stream: bool = True


class MessageCreate(TurnOptions):
    content: str = Field(..., min_length=1, max_length=1_000_000)
    parent_id: str | None = None


class MessageEdit(TurnOptions):
    content: str = Field(..., min_length=1, max_length=1_000_000)


class BranchSwitch(_Strict):
    message_id: str


@router.post("", status_code=201)
async def create_conversation(body: ConversationCreate, request: Request) -> dict[str, Any]:
    return await state(request).conversations.create(
        title=body.title, system_prompt=body.system_prompt, settings=body.settings
    )


@router.get("")
async def list_conversations(
    request: Request,
    limit: int = Query(20, ge=1, le=200),
    offset: int = Query(0, ge=0),
) -> dict[str, Any]:
    return await state(request).conversations.list(limit=limit, offset=offset)


@router.get("/{conversation_id}")
async def get_conversation(conversation_id: str, request: Request) -> dict[str, Any]:
    return await state(request).conversations.get(conversation_id)


@router.patch("/{conversation_id}")
async def update_conversation(
    conversation_id: str, body: ConversationUpdate, request: Request
) -> dict[str, Any]:
    fields = body.model_dump(exclude_unset=True)
    return await state(request).conversations.update(conversation_id, **fields)


@router.delete("/{conversation_id}", status_code=204)
async def delete_conversation(conversation_id: str, request: Request) -> Response:
    await state(request).conversations.delete(conversation_id)
    return Response(status_code=204)


@router.post("/{conversation_id}/branch")
async def switch_branch(
    conversation_id: str, body: BranchSwitch, request: Request
) -> dict[str, Any]:
    return await state(request).conversations.switch_branch(conversation_id, body.message_id)


@router.post("/{conversation_id}/messages", response_model=None)
async def post_message(
    conversation_id: str, body: MessageCreate, request: Request
) -> dict[str, Any] | StreamingResponse:
    app_state = state(request)
    events = await app_state.conversations.send(
        conversation_id,
        body.content,
        parent_id=body.parent_id,
        sampling=_sampling(body, request),
    )
    return await _respond(events, body.stream)


@router.post("/{conversation_id}/messages/{message_id}/regenerate", response_model=None)
async def regenerate(
    conversation_id: str, message_id: str, request: Request, body: TurnOptions | None = None
) -> dict[str, Any] | StreamingResponse:
    body = body or TurnOptions()
    events = await state(request).conversations.regenerate(
        conversation_id, message_id, sampling=_sampling(body, request)
    )
    return await _respond(events, body.stream)


@router.post("/{conversation_id}/messages/{message_id}/edit", response_model=None)
async def edit_message(
    conversation_id: str, message_id: str, body: MessageEdit, request: Request
) -> dict[str, Any] | StreamingResponse:
    events = await state(request).conversations.edit(
        conversation_id, message_id, body.content, sampling=_sampling(body, request)
    )
    return await _respond(events, body.stream)


def _sampling(body: SamplingFields, request: Request) -> Any:
    if not body.model_fields_set - {"content", "parent_id", "stream"}:
        return None  # the conversation's own settings apply
    return body.sampling(state(request).settings.default_max_tokens)


async def _respond(
    events: AsyncIterator[TurnEvent], stream: bool
) -> dict[str, Any] | StreamingResponse:
    if stream:
        return sse_response(events)
    result: dict[str, Any] = {}
    try:
        async for event in events:
            if event.kind == "user_message":
                result["user_message"] = event.data
            elif event.kind == "done":
                result["assistant_message"] = event.data
            elif event.kind == "error":
                raise EngineGenerateError(event.data["message"])
    finally:
        await events.aclose()  # type: ignore[attr-defined]
    return result

