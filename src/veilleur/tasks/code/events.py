"""What a code task streams: `attempt`, `output`, then one `verdict`, or an `error`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["CodeEvent", "EventKind"]

EventKind = Literal["attempt", "output", "verdict", "error"]


@dataclass(frozen=True, slots=True)
class CodeEvent:
    """One step of a code task.

    * ``attempt``: a version is about to be checked (``n``: 0 is the user's own code).
    * ``output``: what the check printed and whether it passed.
    * ``verdict``: the result; ``verified`` is true only when the checks passed in the
      sandbox.
    * ``error``: the task could not go on (``code`` and ``param`` say why).
    """

    kind: EventKind
    data: dict[str, Any] = field(default_factory=dict)
