"""Waiting on events rather than on the clock (issue 13: tests that passed only on a
quiet machine).

`wait_until` polls a condition with a generous deadline whose failure message says what
was awaited. `cpu_seconds` and `wait_idle` observe work a server does for nobody: the CPU
time of its process, which, unlike wall-clock time, does not stretch when the machine is
loaded.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

__all__ = ["GIVE_UP_S", "cpu_seconds", "wait_idle", "wait_until"]

T = TypeVar("T")

GIVE_UP_S = 300.0  # generous: only a broken server takes this long
_TICK = os.sysconf("SC_CLK_TCK")
# The idle check's sampling window, and the CPU time an idle server may use in it: an
# idle server uses next to nothing; a generating one a large share of a core, even on a
# loaded machine.
IDLE_WINDOW_S = 1.5
IDLE_CPU_S = 0.06


def wait_until(condition: Callable[[], T], what: str, give_up_s: float = GIVE_UP_S,
               poll_s: float = 0.1) -> T:
    """The first true value of `condition()`; fails after `give_up_s` naming `what`."""
    deadline = time.monotonic() + give_up_s
    while True:
        value = condition()
        if value:
            return value
        assert time.monotonic() < deadline, f"gave up after {give_up_s:.0f} s waiting for {what}"
        time.sleep(poll_s)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process, all its threads (Linux `/proc`)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / _TICK


def wait_idle(pid: int, what: str, give_up_s: float = GIVE_UP_S) -> float:
    """Wait until process `pid` uses (almost) no CPU over a whole sampling window; its CPU
    time then."""
    def idle() -> float | None:
        before = cpu_seconds(pid)
        time.sleep(IDLE_WINDOW_S)  # a sampling window, not a deadline
        after = cpu_seconds(pid)
        return after if after - before <= IDLE_CPU_S else None

    return wait_until(idle, f"the server to go idle ({what})", give_up_s, poll_s=0)
