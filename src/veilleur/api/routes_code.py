"""Code tasks under `/api/tasks/code`, and running a code block of a conversation.

`POST /api/tasks/code/{fix,generate,optimize}` stream Server-Sent Events by default
(`attempt`, `output`, then `verdict`, or `error`); `"stream": false` waits and returns
the verdict as JSON, with the events that led to it. Inputs are validated before
anything streams, so that a bad request is a plain 400 with the offending parameter.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, ConfigDict, Field

from veilleur.api.deps import require_api_key, state
from veilleur.api.sse import sse_response
from veilleur.chat.guarding import decision_summary
from veilleur.engine.base import Backend, ChatMessage
from veilleur.errors import EngineGenerateError, InvalidRequestError
from veilleur.sandbox import Limits, default_sandbox
from veilleur.store.models import new_id
from veilleur.tasks.code import (
    CodeEvent,
    FixRequest,
    GenerateRequest,
    OptimizeRequest,
    run_fix,
    run_generate,
    run_optimize,
)
from veilleur.tasks.code.source import check_text, code_blocks

__all__ = ["router"]

router = APIRouter(dependencies=[Depends(require_api_key)], tags=["code"])

_TEXT = 6 * 1024 * 1024  # bodies get a precise 413 from the task, not a validation error
_RUNNABLE = {"": "python", "python": "python", "py": "python", "python3": "python",
             "sh": "shell", "bash": "shell", "shell": "shell", "console": "shell"}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FixBody(_Strict):
    code: str = Field(..., max_length=_TEXT)
    filename: str = "solution.py"
    tests: str | None = Field(None, max_length=_TEXT)
    files: dict[str, str] = Field(default_factory=dict)
    test_command: str | None = None
    error: str | None = Field(None, max_length=_TEXT)
    max_attempts: int = 3
    timeout_s: float = 20.0
    stream: bool = True


class GenerateBody(_Strict):
    description: str = Field(..., max_length=_TEXT)
    examples: list[str] = Field(default_factory=list)
    tests: str | None = Field(None, max_length=_TEXT)
    filename: str = "solution.py"
    max_attempts: int = 3
    timeout_s: float = 20.0
    stream: bool = True


class OptimizeBody(_Strict):
    code: str = Field(..., max_length=_TEXT)
    function: str
    bench: str
    tests: str | None = Field(None, max_length=_TEXT)
    filename: str = "solution.py"
    max_attempts: int = 3
    timeout_s: float = 30.0
    min_speedup: float = 1.1
    max_examples: int = 50
    stream: bool = True


class RunBody(_Strict):
    block: int = Field(0, ge=0, le=1000, description="Index of the fenced block (0: first)")
    timeout_s: float = Field(10.0, gt=0, le=60)


@router.post("/api/tasks/code/fix", response_model=None)
async def code_fix(body: FixBody, request: Request) -> Any:
    task = FixRequest(**body.model_dump(exclude={"stream"}))
    plan = task.plan()
    backend = state(request).require_engine()
    refused = await _check(request, backend, body.code, body.error, body.tests)
    events = refused or run_fix(task, backend, default_sandbox(), plan)
    return await _respond(events, body.stream)


@router.post("/api/tasks/code/generate", response_model=None)
async def code_generate(body: GenerateBody, request: Request) -> Any:
    task = GenerateRequest(**body.model_dump(exclude={"stream"}))
    plan = task.plan()
    backend = state(request).require_engine()
    refused = await _check(request, backend, body.description, *body.examples, body.tests)
    events = refused or run_generate(task, backend, default_sandbox(), plan)
    return await _respond(events, body.stream)


@router.post("/api/tasks/code/optimize", response_model=None)
async def code_optimize(body: OptimizeBody, request: Request) -> Any:
    task = OptimizeRequest(**body.model_dump(exclude={"stream"}))
    task.validate()
    backend = state(request).require_engine()
    refused = await _check(request, backend, body.code, body.bench, body.tests)
    events = refused or run_optimize(task, backend, default_sandbox())
    return await _respond(events, body.stream)


async def _check(
    request: Request, backend: Backend, *texts: str | None
) -> AsyncIterator[CodeEvent] | None:
    """The safety gate on what the user sent (S14, code interpreter abuse, among others).

    A blocked task is answered with a `refused` verdict that explains why, in the user's
    language; nothing is generated or run.
    """
    gate = state(request).conversations.gate
    if gate is None:
        return None
    content = "\n\n".join(t for t in texts if t)
    decision = await gate.check_input(
        [ChatMessage("user", content)], request_id=new_id(), model=backend.info.id, user=None
    )
    if not decision.blocked:
        return None

    async def refused() -> AsyncIterator[CodeEvent]:
        yield CodeEvent(
            "verdict",
            {
                "status": "refused",
                "verified": False,
                "refusal": decision.refusal or decision.explanation,
                "safety": decision_summary(decision),
            },
        )

    return refused()


@router.post("/api/conversations/{conversation_id}/messages/{message_id}/run")
async def run_block(
    conversation_id: str, message_id: str, request: Request, body: RunBody | None = None
) -> dict[str, Any]:
    """Run the N-th fenced code block of an assistant message in the sandbox."""
    body = body or RunBody()
    repository = state(request).repository
    message = await asyncio.to_thread(repository.get_message, conversation_id, message_id)
    if message.role != "assistant":
        raise InvalidRequestError(
            f"message {message_id!r} is a {message.role} message; only code the assistant "
            "wrote can be run", param="message_id")
    blocks = code_blocks(message.content or "")
    if body.block >= len(blocks):
        raise InvalidRequestError(
            f"block {body.block} does not exist: the message has {len(blocks)} code "
            "block(s)", param="block")
    language, code = blocks[body.block]
    kind = _RUNNABLE.get(language)
    if kind is None:
        raise InvalidRequestError(
            f"block {body.block} is {language!r} code; only Python and shell blocks can run",
            param="block")
    check_text(code, param="block")
    limits = Limits(cpu_seconds=max(1, int(body.timeout_s)), wall_seconds=body.timeout_s)
    sandbox = default_sandbox()
    if kind == "python":
        result = await sandbox.arun(["python3", "main.py"], files={"main.py": code},
                                    limits=limits)
    else:
        result = await sandbox.arun(["/bin/sh", "main.sh"], files={"main.sh": code},
                                    limits=limits)
    return {"conversation_id": conversation_id, "message_id": message_id,
            "block": body.block, "language": kind, "code": code, "result": result.to_dict()}


async def _respond(events: AsyncIterator[CodeEvent], stream: bool) -> Any:
    if stream:
        return sse_response(events)
    seen: list[dict[str, Any]] = []
    try:
        async for event in events:
            if event.kind == "verdict":
                return {**event.data, "events": seen}
            if event.kind == "error":
                data = event.data
                error = (InvalidRequestError if data.get("param") or data.get("code") in
                         ("original_fails", "test_command_not_found") else EngineGenerateError)
                raise error(data["message"], param=data.get("param"),
                            code=data.get("code"))
            seen.append({"event": event.kind, **event.data})
    finally:
        await events.aclose()  # type: ignore[attr-defined]
    raise EngineGenerateError("the code task ended without a verdict")

