"""Text tasks under `/api/tasks`: translate, summarize, generate (and the preset list).

A body is JSON (`text` and options) or `multipart/form-data` (a `file` plus the same
options as form fields; `glossary` as a JSON object). Everything is validated, the file
read and the input checked by the safety pipeline before anything streams, so that a bad
request is a plain error with its status (400, 413, 415, 422). `"stream": true` (the
default) answers Server-Sent Events `progress`, `delta`, then `done` or `error`; `false`
waits and returns the `done` object as JSON.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.datastructures import FormData, UploadFile

from veilleur.api.deps import current_principal, require_api_key, state
from veilleur.api.errors import ERROR_RESPONSES
from veilleur.api.middleware import check_text, parse_json
from veilleur.api.quotas import generation
from veilleur.api.responses import answer
from veilleur.api.tasks.protocol import Presets, TextResult
from veilleur.documents import read_document
from veilleur.errors import InvalidRequestError
from veilleur.events import Event
from veilleur.tasks.text import (
    LENGTHS,
    PRESETS,
    GenerateTask,
    Runner,
    SummarizeTask,
    TextSettings,
    TranslateTask,
)

__all__ = ["router"]

router = APIRouter(prefix="/api/tasks", dependencies=[Depends(require_api_key)],
                   tags=["text"], responses=ERROR_RESPONSES)


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str | None = Field(None, description="The text (or send a file as multipart).")
    stream: bool = True


class TranslateBody(_Body):
    target_language: str
    source_language: str | None = None
    glossary: dict[str, str] = Field(default_factory=dict)


class SummarizeBody(_Body):
    length: str = Field("short", description=f"One of {', '.join(LENGTHS)}.")
    language: str | None = None


class GenerateBody(_Body):
    preset: str
    language: str | None = None
    instruction: str | None = None


_RESULT = {200: {"model": TextResult, "description": "The result with `stream: false`; "
                  "Server-Sent Events (`progress`, `delta`, `done`) otherwise.",
                  "content": {"text/event-stream": {}}}}


@router.post("/translate", response_model=None, responses=_RESULT, dependencies=generation)
async def translate(request: Request) -> Any:
    body, text = await _parse(request, TranslateBody)
    return await _run(request, body.stream, lambda limit: TranslateTask.create(
        text, target_language=body.target_language, source_language=body.source_language,
        glossary=body.glossary, max_characters=limit))


@router.post("/summarize", response_model=None, responses=_RESULT, dependencies=generation)
async def summarize(request: Request) -> Any:
    body, text = await _parse(request, SummarizeBody)
    return await _run(request, body.stream, lambda limit: SummarizeTask.create(
        text, length=body.length, language=body.language, max_characters=limit))


@router.post("/generate", response_model=None, responses=_RESULT, dependencies=generation)
async def generate(request: Request) -> Any:
    body, text = await _parse(request, GenerateBody)
    return await _run(request, body.stream, lambda limit: GenerateTask.create(
        body.preset, text, language=body.language, instruction=body.instruction,
        max_characters=limit))


@router.get("/generate/presets", response_model=Presets)
async def presets() -> dict[str, Any]:
    """The generation presets (name and description)."""
    return {"data": [{"name": p.name, "description": p.description}
                     for p in PRESETS.values()]}


# ---- internals ---------------------------------------------------------------------------

def _text_settings(request: Request) -> TextSettings:
    return state(request).settings.text


async def _parse(request: Request, model: type[_Body]) -> tuple[Any, str]:
    """The body as `model`, and the text (from `text` or the uploaded `file`)."""
    multipart = request.headers.get("content-type", "").startswith("multipart/form-data")
    form = await request.form() if multipart else None
    try:
        return await _parse_body(request, model, form)
    finally:
        if form is not None:
            await form.close()  # the uploads' temporary files, whatever was refused


async def _parse_body(request: Request, model: type[_Body], form: FormData | None
                      ) -> tuple[Any, str]:
    upload: UploadFile | None = None
    if form is not None:
        raw: dict[str, Any] = {}
        for key, value in form.multi_items():
            check_text(key, param=key)
            if isinstance(value, UploadFile):
                if key != "file":
                    raise InvalidRequestError(f"unexpected file field {key!r}; send the "
                                              "document as 'file'", param=key)
                upload = value
                continue
            # A form field gets the checks of a JSON body: no NUL, no lone surrogate,
            # and the glossary's JSON is bounded in depth like a body.
            check_text(value, param=key)
            if key == "glossary":
                raw[key] = parse_json(value, param="glossary")
            elif key == "stream":
                raw[key] = value.lower() in ("1", "true", "yes", "on")
            else:
                raw[key] = value
    else:
        try:
            raw = json.loads(await request.body() or b"{}")
        except RecursionError:
            raise InvalidRequestError("the request body is nested too deeply",
                                      code="invalid_json") from None
        except ValueError as exc:
            raise InvalidRequestError(f"the request body is not valid JSON ({exc})",
                                      code="invalid_json") from None
        if not isinstance(raw, dict):
            raise InvalidRequestError("the request body must be a JSON object")
    try:
        body = model.model_validate(raw)
    except ValidationError as exc:
        raise RequestValidationError([{**e, "loc": ("body", *e["loc"])}
                                      for e in exc.errors()]) from None
    if upload is not None:
        if body.text:
            raise InvalidRequestError("send either text or a file, not both", param="text")
        settings = _text_settings(request)
        data = await upload.read(settings.max_document_bytes + 1)
        document = read_document(data, upload.filename or None,
                                 max_bytes=settings.max_document_bytes)
        return body, document.text
    return body, body.text or ""


async def _run(request: Request, stream: bool, make: Callable[[int], Any]) -> Any:
    settings = _text_settings(request)
    task = make(settings.max_characters)
    runner = Runner(state(request).engine.get(), settings,
                    owner_id=current_principal(request).owner_id)
    await runner.check(task)
    return await answer(request, runner.run(task), stream=stream, result=_done)


def _done(event: Event, _: list[Event]) -> dict[str, Any] | None:
    return event.data if event.kind == "done" else None
