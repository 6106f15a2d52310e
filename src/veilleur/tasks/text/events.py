"""What a text task streams: `progress`, `delta`, then one `done`, or one `error`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from veilleur.errors import VeilleurError

__all__ = ["EventKind", "TextEvent"]

EventKind = Literal["progress", "delta", "done", "error"]


@dataclass(frozen=True, slots=True)
class TextEvent:
    """One step of a text task.

    * ``progress``: ``stage`` (``translate``, ``map``, ``reduce``, ``final``, ``generate``),
      ``done`` and ``total`` steps of that stage.
    * ``delta``: ``text``, the next piece of the result (checked by the output guard).
    * ``done``: the result; ``text`` is authoritative (after a safety cut it is the
      refusal, with ``refused: true``, and earlier deltas are void).
    * ``error``: the task could not finish (``message``, ``code``, ``param``); nothing
      streamed before it is a result. `error` holds the exception for the JSON route.
    """

    kind: EventKind
    data: dict[str, Any] = field(default_factory=dict)
    error: VeilleurError | None = field(default=None, compare=False, repr=False)
