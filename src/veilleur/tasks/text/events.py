"""What a text task streams: `progress`, `delta`, then one `done`, or one `error`."""

from __future__ import annotations

from typing import Literal

from veilleur.events import Event

__all__ = ["EventKind", "TextEvent"]

EventKind = Literal["progress", "delta", "done", "error"]


# The kinds of a text task's events (`veilleur.events.Event` is the one event type):
# * ``progress``: ``stage`` (``translate``, ``map``, ``reduce``, ``final``, ``generate``),
#   ``done`` and ``total`` steps of that stage.
# * ``delta``: ``text``, the next piece of the result (checked by the output guard).
# * ``done``: the result; ``text`` is authoritative (after a safety cut it is the
#   refusal, with ``refused: true``, and earlier deltas are void).
# * ``error``: the task could not finish (``message``, ``code``, ``param``); nothing
#   streamed before it is a result. `error` holds the exception for the JSON route.
TextEvent = Event
