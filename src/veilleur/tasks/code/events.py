"""What a code task streams: `attempt`, `output`, then one `verdict`, or an `error`."""

from __future__ import annotations

from typing import Literal

from veilleur.events import Event

__all__ = ["CodeEvent", "EventKind"]

EventKind = Literal["attempt", "output", "verdict", "error"]


# The kinds of a code task's events (`veilleur.events.Event` is the one event type):
# * ``attempt``: a version is about to be checked (``n``: 0 is the user's own code).
# * ``output``: what the check printed and whether it passed.
# * ``verdict``: the result; ``verified`` is true only when the checks passed in the
#   sandbox.
# * ``error``: the task could not go on (``code`` and ``param`` say why).
CodeEvent = Event
