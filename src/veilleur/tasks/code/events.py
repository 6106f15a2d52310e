"""What a code task streams: `attempt`, `output`, then one `verdict`, or an `error`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from veilleur.errors import VeilleurError

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

    @classmethod
    def failed(cls, exc: VeilleurError) -> CodeEvent:
        """The `error` event that ends a task stopped by `exc`."""
        return cls("error", {"message": exc.message, "code": exc.code, "param": exc.param})
