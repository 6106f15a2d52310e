"""The one result type of a sandboxed run."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

__all__ = ["Isolation", "RunResult"]

Isolation = Literal["bwrap", "rlimit-only"]


@dataclass(frozen=True, slots=True)
class RunResult:
    """What happened to one run.

    Attributes:
        exit_code: The command's exit status; None when a signal ended it.
        stdout: Standard output, decoded as UTF-8 (invalid bytes replaced), at most
            `Limits.max_output_bytes`.
        stderr: Standard error, likewise.
        stdout_truncated: More stdout was written than kept.
        stderr_truncated: More stderr was written than kept.
        timed_out: The wall-time limit was reached and the run killed.
        killed_by_signal: Name of the signal that ended the command (``SIGKILL``,
            ``SIGXCPU``…), or None.
        limits_hit: Limits the run ran into: ``wall_time``, ``cpu_time``, ``memory``,
            ``processes``, ``file_size``, ``output`` (memory and processes are read from
            the error messages the program printed: best effort).
        duration_s: Wall time of the run in seconds.
        isolation: ``bwrap`` (namespaces + rlimits) or ``rlimit-only`` (weaker: no
            network or filesystem isolation; see docs/code.md).
        warnings: Things the caller must know (always set in ``rlimit-only`` mode).
    """

    exit_code: int | None
    stdout: str
    stderr: str
    stdout_truncated: bool
    stderr_truncated: bool
    timed_out: bool
    killed_by_signal: str | None
    limits_hit: tuple[str, ...]
    duration_s: float
    isolation: Isolation
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """The command exited with status 0 within its limits."""
        return self.exit_code == 0 and not self.timed_out and not self.limits_hit

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (``ok`` included)."""
        data = asdict(self)
        data["limits_hit"] = list(self.limits_hit)
        data["warnings"] = list(self.warnings)
        data["duration_s"] = round(self.duration_s, 3)
        data["ok"] = self.ok
        return data
