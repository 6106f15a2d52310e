"""Errors of Veilleur. One root, one class per thing that can go wrong.

Each error carries a machine ``code`` and, where a request parameter is at fault, the
offending ``param``. Errors know nothing of HTTP: the API maps classes to a status and an
OpenAI error type in one table walked by MRO (`veilleur.api.errors`), and the CLI maps the
same classes to exit codes (`veilleur.cli`). Each layer keeps its own errors in its
``errors.py`` (`veilleur.safety.errors`, `veilleur.sandbox.errors`,
`veilleur.documents.errors`, `veilleur.tasks.errors`), all under this root.

    VeilleurError
     ├── ConfigError                  a setting is invalid (startup only)
     ├── InvalidRequestError          a parameter is wrong
     │    ├── UnsupportedParameterError  a defined parameter this server does not implement
     │    └── ContextLengthError      the prompt does not fit the context window
     ├── AuthenticationError          missing or wrong API key
     ├── NotFoundError                unknown model, conversation or message
     ├── PayloadTooLargeError         body over `max_body_bytes`
     ├── ServerUnavailableError       no server answers at a client's URL
     ├── StoreError                   the database failed
     ├── GuardError                   the guarded engine was misused
     │    └── UncheckedGenerationError  a generation without a passing input check
     └── EngineError                  the engine failed
          ├── EngineGenerateError     one request failed; the engine goes on
          ├── GenerationTimeoutError  a request ran past `max_request_seconds`
          ├── EngineOverloadedError   the waiting queue is full (Retry-After)
          ├── EngineDeadError         the engine cannot serve any more (not ready)
          └── ModelLoadError          the model file could not be loaded
"""

from __future__ import annotations

__all__ = [
    "AuthenticationError",
    "CSRFError",
    "ConfigError",
    "ContextLengthError",
    "EngineDeadError",
    "EngineError",
    "EngineGenerateError",
    "EngineOverloadedError",
    "GenerationTimeoutError",
    "GuardError",
    "InvalidRequestError",
    "ModelLoadError",
    "NotFoundError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "QuotaExceededError",
    "RateLimitedError",
    "ServerUnavailableError",
    "StoreError",
    "UncheckedGenerationError",
    "UnsupportedParameterError",
    "VeilleurError",
]


class VeilleurError(Exception):
    """Root of every error raised on purpose by Veilleur."""

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

    code = "invalid_value"


class UnsupportedParameterError(InvalidRequestError):
    """A parameter the API defines that this server does not implement."""

    code = "unsupported_parameter"


class ContextLengthError(InvalidRequestError):
    """The prompt does not fit in the model's context window."""

    code = "context_length_exceeded"


class AuthenticationError(VeilleurError):
    """The API key is missing or wrong."""

    code = "invalid_api_key"


class PermissionDeniedError(VeilleurError):
    """The caller is known but may not do this (an admin route, a disabled account)."""

    code = "permission_denied"


class CSRFError(PermissionDeniedError):
    """A state-changing request made with the session cookie lacks a valid CSRF token."""

    code = "csrf_failed"


class RateLimitedError(VeilleurError):
    """Too many requests (login attempts, a quota): retry after `retry_after` seconds."""

    code = "rate_limited"

    def __init__(self, message: str, *, retry_after: float, param: str | None = None,
                 code: str | None = None):
        super().__init__(message, param=param, code=code)
        self.retry_after = max(1, int(retry_after + 0.999))


class QuotaExceededError(RateLimitedError):
    """A user's quota (requests per minute, tokens per day, concurrent generations)."""

    code = "quota_exceeded"


class NotFoundError(VeilleurError):
    """The model, conversation or message does not exist."""

    code = "not_found"


class PayloadTooLargeError(VeilleurError):
    """The request body is larger than the server accepts."""

    code = "payload_too_large"


class StoreError(VeilleurError):
    """The conversation store failed."""

    code = "store_error"


class GuardError(VeilleurError):
    """The guarded engine was used in a way that would skip the safety pipeline."""

    code = "guard_error"


class UncheckedGenerationError(GuardError):
    """A generation was asked for before its input passed the safety check."""

    code = "unchecked_generation"


class EngineError(VeilleurError):
    """The inference engine failed."""

    code = "engine_error"


class EngineGenerateError(EngineError):
    """One generation failed; the engine keeps serving other requests."""


class GenerationTimeoutError(EngineError):
    """The request ran longer than the server allows (`max_request_seconds`)."""

    code = "request_timeout"


class EngineOverloadedError(EngineError):
    """The engine's waiting queue is full; retry after `retry_after` seconds."""

    code = "overloaded"

    def __init__(self, message: str, *, retry_after: int = 1):
        super().__init__(message)
        self.retry_after = retry_after


class EngineDeadError(EngineError):
    """The engine cannot serve any more; the server reports itself not ready."""

    code = "engine_dead"


class ModelLoadError(EngineError):
    """The model file could not be loaded."""

    code = "model_load_error"


class ServerUnavailableError(VeilleurError):
    """No Veilleur server answers at the URL a client was given (raised by the client)."""

    code = "server_unavailable"
