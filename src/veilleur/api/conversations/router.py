"""The conversation API under `/api/conversations`.

Posting a message (and regenerating, and editing) answers with Server-Sent Events by
default: `user_message`, `assistant_message`, then `delta` events (a `tool_calls` event
when the answer is calls), then `done` (or `error`); `"stream": false` waits and returns
the finished turn as JSON. A message of role `tool` (a call's result) is answered the same
way, or, while other calls of its assistant message still wait, by `user_message` and
`pending`.

Every route acts for the request's principal: it sees only the principal's conversations
(another user's id is a 404 like an unknown one).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response

from veilleur.accounts import Principal
from veilleur.api.conversations.protocol import (
    BranchSwitch,
    ConversationCreate,
    ConversationDetail,
    ConversationList,
    ConversationUpdate,
    ConversationView,
    MessageCreate,
    MessageEdit,
    TurnOptions,
    TurnResult,
)
from veilleur.api.deps import current_principal, require_api_key, state
from veilleur.api.errors import ERROR_RESPONSES
from veilleur.api.openai.protocol import SamplingFields
from veilleur.api.quotas import generation
from veilleur.api.responses import answer
from veilleur.chat.tools import ToolUse
from veilleur.events import Event

__all__ = ["router"]

router = APIRouter(
    prefix="/api/conversations", dependencies=[Depends(require_api_key)], tags=["conversations"],
    responses=ERROR_RESPONSES,
)

Caller = Annotated[Principal, Depends(current_principal)]

_TURN = {200: {"model": TurnResult, "description": "The finished turn with `stream: false`; "
               "Server-Sent Events otherwise.", "content": {"text/event-stream": {}}}}


@router.post("", status_code=201, response_model=ConversationView)
async def create_conversation(
    body: ConversationCreate, request: Request, principal: Caller
) -> dict[str, Any]:
    return await state(request).conversations.create(
        owner_id=principal.owner_id, title=body.title, system_prompt=body.system_prompt,
        settings=body.settings,
    )


@router.get("", response_model=ConversationList)
async def list_conversations(
    request: Request,
    principal: Caller,
    limit: int = Query(20, ge=1, le=200),
    offset: int = Query(0, ge=0),
) -> dict[str, Any]:
    return await state(request).conversations.list(owner_id=principal.owner_id, limit=limit,
                                                   offset=offset)


@router.get("/{conversation_id}", response_model=ConversationDetail)
async def get_conversation(
    conversation_id: str, request: Request, principal: Caller
) -> dict[str, Any]:
    return await state(request).conversations.get(conversation_id,
                                                  owner_id=principal.owner_id)


@router.patch("/{conversation_id}", response_model=ConversationView)
async def update_conversation(
    conversation_id: str, body: ConversationUpdate, request: Request, principal: Caller
) -> dict[str, Any]:
    fields = body.model_dump(exclude_unset=True)
    return await state(request).conversations.update(conversation_id,
                                                     owner_id=principal.owner_id, **fields)


@router.delete("/{conversation_id}", status_code=204)
async def delete_conversation(
    conversation_id: str, request: Request, principal: Caller
) -> Response:
    await state(request).conversations.delete(conversation_id, owner_id=principal.owner_id)
    return Response(status_code=204)


@router.post("/{conversation_id}/branch", response_model=ConversationDetail)
async def switch_branch(
    conversation_id: str, body: BranchSwitch, request: Request, principal: Caller
) -> dict[str, Any]:
    return await state(request).conversations.switch_branch(
        conversation_id, body.message_id, owner_id=principal.owner_id)


@router.post("/{conversation_id}/messages", response_model=None, responses=_TURN,
             dependencies=generation)
async def post_message(
    conversation_id: str, body: MessageCreate, request: Request, principal: Caller
) -> Any:
    app_state = state(request)
    if body.role == "tool":
        assert body.tool_call_id is not None  # MessageCreate checked it
        events = await app_state.conversations.send_tool_result(
            conversation_id, body.tool_call_id, body.content, owner_id=principal.owner_id,
            parent_id=body.parent_id, sampling=_sampling(body, request),
            tool_choice=body.choice() if body.tool_choice is not None else None)
        return await _respond(request, events, body.stream)
    body.check_tools()  # the chat completions' checks of tools and tool_choice
    events = await app_state.conversations.send(
        conversation_id,
        body.content,
        owner_id=principal.owner_id,
        parent_id=body.parent_id,
        sampling=_sampling(body, request),
        tools=ToolUse(body.tool_specs(), body.choice(), body.parallel_tool_calls is not False)
        if body.tools else None,
    )
    return await _respond(request, events, body.stream)


@router.post("/{conversation_id}/messages/{message_id}/regenerate", response_model=None,
             responses=_TURN, dependencies=generation)
async def regenerate(
    conversation_id: str, message_id: str, request: Request, principal: Caller,
    body: TurnOptions | None = None,
) -> Any:
    body = body or TurnOptions()
    events = await state(request).conversations.regenerate(
        conversation_id, message_id, owner_id=principal.owner_id,
        sampling=_sampling(body, request),
    )
    return await _respond(request, events, body.stream)


@router.post("/{conversation_id}/messages/{message_id}/edit", response_model=None,
             responses=_TURN, dependencies=generation)
async def edit_message(
    conversation_id: str, message_id: str, body: MessageEdit, request: Request,
    principal: Caller,
) -> Any:
    events = await state(request).conversations.edit(
        conversation_id, message_id, body.content, owner_id=principal.owner_id,
        sampling=_sampling(body, request),
    )
    return await _respond(request, events, body.stream)


def _sampling(body: SamplingFields, request: Request) -> Any:
    if not body.model_fields_set - {"content", "parent_id", "stream", "role", "tool_call_id",
                                    "tools", "tool_choice", "parallel_tool_calls"}:
        return None  # the conversation's own settings apply
    return body.sampling(state(request).settings.default_max_tokens)


def _turn(event: Event, seen: list[Event]) -> dict[str, Any] | None:
    if event.kind == "pending":
        posted = [e.data for e in seen if e.kind == "user_message"]
        return {"user_message": posted[-1] if posted else None, "assistant_message": None,
                "pending_tool_call_ids": event.data["pending_tool_call_ids"]}
    if event.kind != "done":
        return None
    result = {"assistant_message": event.data}
    for earlier in seen:
        if earlier.kind == "user_message":
            result = {"user_message": earlier.data, **result}
    return result


async def _respond(request: Request, events: AsyncIterator[Event], stream: bool) -> Any:
    return await answer(request, events, stream=stream, result=_turn)
