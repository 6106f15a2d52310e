"""OpenAI-compatible endpoints: thin; the protocol lives in `serving`."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request

from veilleur.accounts import Principal
from veilleur.api.deps import current_principal, require_api_key, state
from veilleur.api.errors import ERROR_RESPONSES
from veilleur.api.openai.protocol import (
    ChatCompletion,
    ChatCompletionRequest,
    Completion,
    CompletionRequest,
    ModelCard,
    ModelList,
    SamplingFields,
)
from veilleur.api.openai.serving import Prepared
from veilleur.api.quotas import generation
from veilleur.api.responses import sse_response, until_disconnect

__all__ = ["router"]

router = APIRouter(prefix="/v1", dependencies=[Depends(require_api_key)], tags=["openai"],
                   responses=ERROR_RESPONSES)

_STREAM = {200: {"description": "The object below, or Server-Sent Events of its chunks "
                                "with `stream: true`.",
                 "content": {"text/event-stream": {}}}}


@router.get("/models", response_model=ModelList)
async def list_models(request: Request) -> dict[str, Any]:
    return state(request).openai.models()


@router.get("/models/{model_id:path}", response_model=ModelCard)
async def get_model(model_id: str, request: Request) -> dict[str, Any]:
    return state(request).openai.model(model_id)


@router.post("/chat/completions", response_model=None, dependencies=generation,
             responses={**_STREAM, 200: {**_STREAM[200], "model": ChatCompletion}})
async def chat_completions(
    body: ChatCompletionRequest, request: Request,
    principal: Annotated[Principal, Depends(current_principal)],
) -> Any:
    serving = state(request).openai
    prepared = await serving.chat(body, owner_id=principal.owner_id)
    return await _answer(request, body, prepared, serving.chat_stream, serving.chat_response)


@router.post("/completions", response_model=None, dependencies=generation,
             responses={**_STREAM, 200: {**_STREAM[200], "model": Completion}})
async def completions(
    body: CompletionRequest, request: Request,
    principal: Annotated[Principal, Depends(current_principal)],
) -> Any:
    serving = state(request).openai
    prepared = await serving.completion(body, owner_id=principal.owner_id)
    return await _answer(request, body, prepared, serving.completion_stream,
                         serving.completion_response)


async def _answer(
    request: Request,
    body: SamplingFields,
    prepared: Prepared,
    stream: Callable[..., AsyncIterator[bytes]],
    whole: Callable[[Prepared], Awaitable[dict[str, Any]]],
) -> Any:
    """The chunks of `prepared` with `stream: true`, else its whole response."""
    if body.stream:
        include_usage = bool(body.stream_options and body.stream_options.include_usage)
        return sse_response(stream(prepared, include_usage=include_usage), named=False)
    return await until_disconnect(request, whole(prepared))
