"""One error body for the whole API: OpenAI's `{"error": {message, type, param, code}}`.

Every exception that reaches the HTTP layer goes through `install_error_handlers`. The
project's errors know nothing of HTTP: `STATUS` maps each class to a status and an OpenAI
error type, and `http_status` walks an error's MRO to find the nearest entry (the way
starlette's `ExceptionMiddleware` finds a handler), so a new subclass needs no entry of
its own. FastAPI's validation errors become 400 with the offending parameter; unknown
routes 404; anything unexpected a 500 without a traceback.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from veilleur.chat.attachments.errors import AttachmentQuotaError, UnsafeDocumentError
from veilleur.chat.transfer.errors import ExportTreeError
from veilleur.documents.errors import (
    DocumentError,
    DocumentTooLargeError,
    MismatchedDocumentError,
    UnreadableDocumentError,
    UnsupportedDocumentError,
)
from veilleur.errors import (
    AuthenticationError,
    EngineDeadError,
    EngineOverloadedError,
    GenerationTimeoutError,
    InvalidRequestError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitedError,
    ServerUnavailableError,
    VeilleurError,
)
from veilleur.sandbox.errors import SandboxInputError
from veilleur.tasks.errors import PromptInjectionError

__all__ = [
    "ERROR_RESPONSES",
    "STATUS",
    "ErrorResponse",
    "error_body",
    "error_payload",
    "error_response",
    "http_status",
    "install_error_handlers",
]

_INVALID = "invalid_request_error"

# Exception class → (HTTP status, OpenAI error type); `http_status` walks the MRO.
STATUS: dict[type[BaseException], tuple[int, str]] = {
    VeilleurError: (500, "server_error"),
    InvalidRequestError: (400, _INVALID),
    AuthenticationError: (401, "authentication_error"),
    PermissionDeniedError: (403, "permission_error"),
    RateLimitedError: (429, "rate_limit_error"),
    NotFoundError: (404, _INVALID),
    PayloadTooLargeError: (413, _INVALID),
    EngineOverloadedError: (503, "server_error"),
    EngineDeadError: (503, "server_error"),
    GenerationTimeoutError: (504, "server_error"),
    ServerUnavailableError: (502, "server_error"),
    DocumentError: (400, _INVALID),
    UnsupportedDocumentError: (415, _INVALID),
    MismatchedDocumentError: (415, _INVALID),
    DocumentTooLargeError: (413, _INVALID),
    UnreadableDocumentError: (422, _INVALID),
    SandboxInputError: (400, _INVALID),
    PromptInjectionError: (422, _INVALID),
    ExportTreeError: (422, _INVALID),
    AttachmentQuotaError: (429, _INVALID),
    UnsafeDocumentError: (422, _INVALID),
}


class ErrorDetail(BaseModel):
    message: str
    type: str
    param: str | None = None
    code: str | None = None


class ErrorResponse(BaseModel):
    """The body of every error answer (OpenAI's format)."""

    error: ErrorDetail


# What every route may answer besides its success (documented in /openapi.json).
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorResponse, "description": description}
    for status, description in (
        (400, "Invalid request: a parameter, the JSON or the content type is wrong."),
        (401, "Missing or invalid credentials (API key or session)."),
        (403, "Not allowed: an admin route, a missing CSRF token, a cross-site request "
              "or an unknown host."),
        (404, "Unknown model, conversation, message or URL."),
        (413, "Request body or document too large."),
        (415, "Unsupported content or document type."),
        (422, "Unusable document, or a document that holds a prompt injection."),
        (429, "Too many requests (a quota or the login rate limit); see Retry-After. "
              "Attachments: the conversation or the account is full (no Retry-After)."),
        (500, "Internal error (no traceback is ever sent)."),
        (503, "The model is loading, the engine stopped, or the queue is full."),
        (504, "The request ran longer than the server allows."),
    )
}


def http_status(exc: BaseException) -> tuple[int, str]:
    """The status and OpenAI error type of `exc`: the entry of its nearest class."""
    for cls in type(exc).__mro__:
        if cls in STATUS:
            return STATUS[cls]
    return 500, "server_error"

log = logging.getLogger(__name__)

_STATUS_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "invalid_request_error",
    405: "invalid_request_error",
    413: "invalid_request_error",
    415: "invalid_request_error",
    429: "rate_limit_error",
}


def error_body(
    message: str, *, type: str, param: str | None = None, code: str | None = None
) -> dict[str, Any]:
    return {"error": {"message": message, "type": type, "param": param, "code": code}}


def error_payload(exc: VeilleurError) -> dict[str, Any]:
    """The error body of `exc` (also sent as the last event of a broken stream)."""
    _, kind = http_status(exc)
    return error_body(exc.message, type=kind, param=exc.param, code=exc.code)


def error_response(exc: VeilleurError) -> JSONResponse:
    headers = {}
    if isinstance(exc, EngineOverloadedError | RateLimitedError):
        headers["Retry-After"] = str(exc.retry_after)
    status, _ = http_status(exc)
    return JSONResponse(error_payload(exc), status_code=status, headers=headers)


def _param(loc: tuple[Any, ...]) -> str | None:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header")]
    if not parts:
        return None
    out = parts[0]
    for part in parts[1:]:
        out += f"[{part}]" if part.isdigit() else f".{part}"
    return out


def _validation_message(error: dict[str, Any]) -> tuple[str, str]:
    kind = error.get("type", "")
    param = _param(tuple(error.get("loc", ())))
    if kind == "json_invalid":
        detail = error.get("ctx", {}).get("error", "")
        return f"the request body is not valid JSON ({detail})".replace(" ()", ""), "invalid_json"
    if kind == "missing":
        if param is None:  # the whole body: nothing (or no JSON) was sent
            return ("the request body is missing: send a JSON object with the request's "
                    "parameters (Content-Type: application/json)",
                    "missing_required_parameter")
        return f"missing required parameter {param!r}", "missing_required_parameter"
    if kind == "extra_forbidden":
        return f"unrecognized request argument {param!r}", "unknown_parameter"
    message = error.get("msg", "invalid value")
    if message.startswith("Value error, "):
        message = message.removeprefix("Value error, ")
    where = f"{param!r}: " if param else "the request body: "
    return f"invalid value for {where}{message}", "invalid_value"


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(VeilleurError)
    async def _ours(_: Request, exc: VeilleurError) -> JSONResponse:
        if http_status(exc)[0] >= 500:
            log.error("%s: %s", exc.__class__.__name__, exc.message)
        return error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        first = errors[0] if errors else {}
        message, code = _validation_message(first)
        param = None if code == "invalid_json" else _param(tuple(first.get("loc", ())))
        if len(errors) > 1:
            message += f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})"
        return JSONResponse(
            error_body(
                message,
                type="invalid_request_error",
                param=param,
                code=code,
            ),
            status_code=400,
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = "unknown URL; see /docs for the endpoints"
        return JSONResponse(
            error_body(
                message,
                type=_STATUS_TYPES.get(exc.status_code, "server_error"),
                code={404: "not_found", 413: "payload_too_large", 405: "method_not_allowed"}.get(
                    exc.status_code
                ),
            ),
            status_code=exc.status_code,
            headers=getattr(exc, "headers", None),
        )

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error")
        return JSONResponse(
            error_body("internal server error; see the server log", type="server_error"),
            status_code=500,
        )
