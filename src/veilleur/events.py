"""The one event vocabulary of the services: what a turn or a task streams.

A conversation turn streams `user_message`, `assistant_message`, `delta`, `replaced`, a
`tool_calls` when the answer is function calls, then `done` (or `error`); a tool result
posted while other calls still wait streams `user_message` then `pending`; a text task
`progress`, `delta`, then `done` (or `error`); a code task `attempt`, `output`, then
`verdict` (or `error`). Each is an `Event`: its kind, its
JSON-ready data, and for `error` the exception itself, so that whoever answers (the API
as SSE or JSON, a test) needs no second guess of what went wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from veilleur.errors import VeilleurError

__all__ = ["Event"]


@dataclass(frozen=True, slots=True)
class Event:
    """One step of a turn or a task: `kind`, its `data`, and for `error` the `error`."""

    kind: str
    data: dict[str, Any] = field(default_factory=dict)
    error: VeilleurError | None = field(default=None, compare=False)

    @classmethod
    def failed(cls, exc: VeilleurError, **data: Any) -> Event:
        """The `error` event that ends a stream stopped by `exc` (`data` adds context)."""
        return cls("error", {**data, "message": exc.message, "code": exc.code,
                             "param": exc.param}, error=exc)
