"""Errors of Veilleur. One root, one class per thing that can go wrong.

Each error carries what the HTTP layer needs (status, OpenAI error ``type`` and ``code``,
the offending ``param``), so that one handler turns any of them into the body
``{"error": {"message", "type", "param", "code"}}``.

    VeilleurError
     ├── ConfigError                 a setting is invalid (no HTTP status: startup only)
     ├── InvalidRequestError         400  a parameter is wrong
     │    └── ContextLengthError     400  the prompt does not fit the context window
     ├── AuthenticationError         401  missing or wrong API key
     ├── NotFoundError               404  unknown model, conversation or message
     ├── PayloadTooLargeError        413  body over `max_body_bytes`
     ├── StoreError                  500  the database failed
     └── EngineError                 500  the engine failed
          ├── EngineGenerateError    500  one request failed; the engine goes on
          ├── EngineOverloadedError  503  the waiting queue is full (Retry-After)
          ├── EngineDeadError        503  the engine cannot serve any more (not ready)
          └── ModelLoadError         ---  the model file could not be loaded
"""

from __future__ import annotations

__all__ = [
    "AuthenticationError",
    "ConfigError",
    "ContextLengthError",
    "EngineDeadError",
    "EngineError",
    "EngineGenerateError",
    "EngineOverloadedError",
    "InvalidRequestError",
    "ModelLoadError",
    "NotFoundError",
    "PayloadTooLargeError",
    "StoreError",
    "VeilleurError",
]


class VeilleurError(Exception):
    """Root of every error raised on purpose by Veilleur."""

    status_code: int = 500
    error_type: str = "server_error"
    code: str | None = None

    def __init__(self, message: str, *, param: str | None = None, code: str | None = None):
        super().__init__(message)
        self.message = message
        self.param = param
        if code is not None:
            self.code = code


class ConfigError(VeilleurError):
    """A setting is missing or invalid."""

    code = "invalid_config"


class InvalidRequestError(VeilleurError):
    """A request parameter is invalid."""

    status_code = 400
    error_type = "invalid_request_error"
    code = "invalid_value"


class ContextLengthError(InvalidRequestError):
    """The prompt does not fit in the model's context window."""

    code = "context_length_exceeded"


class AuthenticationError(VeilleurError):
    """The API key is missing or wrong."""

    status_code = 401
    error_type = "authentication_error"
    code = "invalid_api_key"


class NotFoundError(VeilleurError):
    """The model, conversation or message does not exist."""

    status_code = 404
    error_type = "invalid_request_error"
    code = "not_found"


class PayloadTooLargeError(VeilleurError):
    """The request body is larger than the server accepts."""

    status_code = 413
    error_type = "invalid_request_error"
    code = "payload_too_large"


class StoreError(VeilleurError):
    """The conversation store failed."""

    code = "store_error"


class EngineError(VeilleurError):
    """The inference engine failed."""

    code = "engine_error"


class EngineGenerateError(EngineError):
    """One generation failed; the engine keeps serving other requests."""


class EngineOverloadedError(EngineError):
    """The engine's waiting queue is full; retry after `retry_after` seconds."""

    status_code = 503
    error_type = "server_error"
    code = "overloaded"

    def __init__(self, message: str, *, retry_after: int = 1):
        super().__init__(message)
        self.retry_after = retry_after


class EngineDeadError(EngineError):
    """The engine cannot serve any more; the server reports itself not ready."""

    status_code = 503
    code = "engine_dead"


class ModelLoadError(EngineError):
    """The model file could not be loaded."""

    code = "model_load_error"
