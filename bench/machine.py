"""What a benchmark ran on, for the reports: the CPU's name and the usable cores."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["cpu_name", "usable_cores"]


def cpu_name() -> str:
    """The `model name` of /proc/cpuinfo, or "unknown CPU"."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


def usable_cores() -> int:
    return len(os.sched_getaffinity(0))
