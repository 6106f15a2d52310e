"""Code tasks under `/api/tasks/code`, and running a code block of a conversation.

`POST /api/tasks/code/{fix,generate,optimize}` stream Server-Sent Events by default
(`attempt`, `output`, then `verdict`, or `error`); `"stream": false` waits and returns
the verdict as JSON, with the events that led to it. Inputs are validated before
anything streams, so that a bad request is a plain 400 with the offending parameter.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, ConfigDict, Field

from veilleur.accounts import Principal
from veilleur.api.deps import current_principal, require_api_key, state
from veilleur.api.errors import ERROR_RESPONSES
from veilleur.api.quotas import generation
from veilleur.api.responses import answer
from veilleur.api.tasks.protocol import CodeRun, CodeVerdict
from veilleur.context import request_id
from veilleur.errors import InvalidRequestError
from veilleur.events import Event
from veilleur.guard import AuditContext, GuardSession, decision_summary
from veilleur.safety import Decision
from veilleur.sandbox import Limits
from veilleur.tasks.code import (
    FixRequest,
    GenerateRequest,
    OptimizeRequest,
    run_fix,
    run_generate,
    run_optimize,
)
from veilleur.tasks.code.source import check_text, code_blocks
from veilleur.tasks.errors import OutputRefusedError
from veilleur.types import ChatMessage

__all__ = ["router"]

router = APIRouter(dependencies=[Depends(require_api_key)], tags=["code"],
                   responses=ERROR_RESPONSES)

_TEXT = 6 * 1024 * 1024  # bodies get a precise 413 from the task, not a validation error
Caller = Annotated[Principal, Depends(current_principal)]
_RUNNABLE = {"": "python", "python": "python", "py": "python", "python3": "python",
             "sh": "shell", "bash": "shell", "shell": "shell", "console": "shell"}


_VERDICT = {200: {"model": CodeVerdict, "description": "The verdict with `stream: false`; "
                   "Server-Sent Events (`attempt`, `output`, `verdict`) otherwise.",
                   "content": {"text/event-stream": {}}}}


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
    min_inputs: int = 20
    stream: bool = True


class RunBody(_Strict):
    block: int = Field(0, ge=0, le=1000, description="Index of the fenced block (0: first)")
    timeout_s: float = Field(10.0, gt=0, le=60)


@router.post("/api/tasks/code/fix", response_model=None, responses=_VERDICT,
             dependencies=generation)
async def code_fix(body: FixBody, request: Request, principal: Caller) -> Any:
    task = FixRequest(**body.model_dump(exclude={"stream"}))
    plan = task.plan()
    session, refused = await _check(request, principal, body.code, body.error, body.tests)
    events = refused or run_fix(task, session, state(request).sandbox, plan)
    return await _respond(request, events, body.stream)


@router.post("/api/tasks/code/generate", response_model=None, responses=_VERDICT,
             dependencies=generation)
async def code_generate(body: GenerateBody, request: Request, principal: Caller) -> Any:
    task = GenerateRequest(**body.model_dump(exclude={"stream"}))
    plan = task.plan()
    session, refused = await _check(request, principal, body.description, *body.examples,
                                    body.tests)
    events = refused or run_generate(task, session, state(request).sandbox, plan)
    return await _respond(request, events, body.stream)


@router.post("/api/tasks/code/optimize", response_model=None, responses=_VERDICT,
             dependencies=generation)
async def code_optimize(body: OptimizeBody, request: Request, principal: Caller) -> Any:
    task = OptimizeRequest(**body.model_dump(exclude={"stream"}))
    task.validate()
    session, refused = await _check(request, principal, body.code, body.bench, body.tests)
    events = refused or run_optimize(task, session, state(request).sandbox)
    return await _respond(request, events, body.stream)


async def _check(
    request: Request, principal: Principal, *texts: str | None
) -> tuple[GuardSession, AsyncIterator[Event] | None]:
    """The input check of what the user sent (S14, code interpreter abuse, among others).

    A blocked task is answered with a `refused` verdict that explains why, in the user's
    language; nothing is generated or run.
    """
    session = state(request).engine.get().session(
        AuditContext(request_id(), owner_id=principal.owner_id))
    content = "\n\n".join(t for t in texts if t)
    decision = await session.check([ChatMessage("user", content)])
    if not decision.blocked:
        return session, None

    async def refused() -> AsyncIterator[Event]:
        yield _refused(decision)

    return session, refused()


def _refused(decision: Decision, *, cut: bool = False) -> Event:
    return Event("verdict", {
        "status": "refused",
        "verified": False,
        "refusal": decision.refusal or decision.explanation,
        "safety": decision_summary(decision, cut=cut),
    })


async def _cuts_to_verdicts(events: AsyncIterator[Event]) -> AsyncIterator[Event]:
    """An answer the output guard cut ends the task with a `refused` verdict."""
    try:
        async for event in events:
            if event.kind == "error" and isinstance(event.error, OutputRefusedError):
                yield _refused(event.error.decision, cut=True)
                return
            yield event
    finally:
        await events.aclose()  # type: ignore[attr-defined]


@router.post("/api/conversations/{conversation_id}/messages/{message_id}/run",
             response_model=CodeRun)
async def run_block(
    conversation_id: str, message_id: str, request: Request, principal: Caller,
    body: RunBody | None = None,
) -> dict[str, Any]:
    """Run the N-th fenced code block of an assistant message of the caller's in the
    sandbox (the run itself is not stored)."""
    body = body or RunBody()
    repository = state(request).repository
    message = await asyncio.to_thread(repository.get_message, conversation_id, message_id,
                                      owner_id=principal.owner_id)
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
    sandbox = state(request).sandbox
    if kind == "python":
        result = await sandbox.arun(["python3", "main.py"], files={"main.py": code},
                                    limits=limits)
    else:
        result = await sandbox.arun(["/bin/sh", "main.sh"], files={"main.sh": code},
                                    limits=limits)
    return {"conversation_id": conversation_id, "message_id": message_id,
            "block": body.block, "language": kind, "code": code, "result": result.to_dict()}


def _verdict(event: Event, seen: list[Event]) -> dict[str, Any] | None:
    if event.kind != "verdict":
        return None
    return {**event.data, "events": [{"event": e.kind, **e.data} for e in seen]}


async def _respond(request: Request, events: AsyncIterator[Event], stream: bool) -> Any:
    return await answer(request, _cuts_to_verdicts(events), stream=stream, result=_verdict)

