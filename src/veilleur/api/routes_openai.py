"""OpenAI-compatible endpoints: thin; the protocol lives in `openai_serving`."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import StreamingResponse

from veilleur.api.deps import require_api_key, state
from veilleur.api.schemas import ChatCompletionRequest, CompletionRequest

__all__ = ["router"]

router = APIRouter(prefix="/v1", dependencies=[Depends(require_api_key)], tags=["openai"])

_SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


@router.get("/models")
async def list_models(request: Request) -> dict[str, Any]:
    return state(request).serving.models()


@router.get("/models/{model_id:path}")
async def get_model(model_id: str, request: Request) -> dict[str, Any]:
    serving = state(request).serving
    serving.check_model(model_id)
    return serving.models()["data"][0]


@router.post("/chat/completions", response_model=None)
async def chat_completions(
    body: ChatCompletionRequest, request: Request
) -> dict[str, Any] | StreamingResponse:
    serving = state(request).serving
    stream, meta = await serving.chat(body)
    if body.stream:
        include_usage = bool(body.stream_options and body.stream_options.include_usage)
        return StreamingResponse(
            serving.chat_stream(stream, meta, include_usage=include_usage),
            media_type="text/event-stream",
            headers=_SSE_HEADERS,
        )
    return await serving.chat_response(stream, meta)


@router.post("/completions", response_model=None)
async def completions(
    body: CompletionRequest, request: Request
) -> dict[str, Any] | StreamingResponse:
    serving = state(request).serving
    stream, meta = await serving.completion(body)
    if body.stream:
        include_usage = bool(body.stream_options and body.stream_options.include_usage)
        return StreamingResponse(
            serving.completion_stream(stream, meta, include_usage=include_usage),
            media_type="text/event-stream",
            headers=_SSE_HEADERS,
        )
    return await serving.completion_response(stream, meta)
