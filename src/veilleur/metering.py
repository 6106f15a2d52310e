"""Whom the current request's generations run for, and how many tokens they produced.

The API admits a generating request against its user's quotas (`veilleur.api.quotas`)
and opens a `Meter` for it; the guarded engine (`veilleur.guard`) reads the meter of the
request it serves: it gives every `GenerationRequest` the meter's `tenant` (the batched
scheduler shares its slots fairly across tenants) and adds each generation's tokens to
it, which the quotas count when the request ends. A context variable carries the meter,
so the services in between (chat, tasks) need not pass it along; a streaming response
runs in a copy of the request's context and sees the same meter.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

__all__ = ["Meter", "current_meter", "metered", "open_meter"]


@dataclass
class Meter:
    """The generations of one request: for `tenant` (an owner id; None: no owner)."""

    tenant: str | None
    completion_tokens: int = 0
    closed: bool = False
    # The guard was reached (an input was checked): the request counts in its minute. A
    # request refused before (invalid body, unknown id, a prompt too long) is given back.
    engaged: bool = False

    def add(self, tokens: int) -> None:
        """Count `tokens` generated for this request."""
        self.completion_tokens += max(0, tokens)


_METER: ContextVar[Meter | None] = ContextVar("veilleur_meter", default=None)


def current_meter() -> Meter | None:
    """The meter of the request being served, if it was admitted and has not ended."""
    meter = _METER.get()
    return meter if meter is not None and not meter.closed else None


def open_meter(meter: Meter) -> None:
    """Make `meter` the current one for the rest of this context (a request's task).

    Closing the meter (`meter.closed = True`) ends it where a context variable cannot
    be reset (a dependency's exit may run in another context than its entry)."""
    _METER.set(meter)


@contextmanager
def metered(meter: Meter) -> Iterator[Meter]:
    """`meter` is the current one inside the block (a task, a test)."""
    token = _METER.set(meter)
    try:
        yield meter
    finally:
        _METER.reset(token)
