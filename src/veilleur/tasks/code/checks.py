"""Running a test command in the sandbox and reading what it says."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from veilleur.sandbox import Limits, RunResult, Sandbox

__all__ = ["Check", "run_check"]

_COUNTS = re.compile(r"(\d+) (passed|failed|errors?|skipped|xfailed|xpassed)")
_FAILURE_CHARS = 1200


@dataclass(frozen=True, slots=True)
class Check:
    """One run of the checks over one version of the code.

    Attributes:
        passed: The command exited 0 within its limits.
        summary: One line: pytest's counts, or how it ended.
        failure: What went wrong, short enough to show a model ('' when passed).
        score: Tests passed (to choose the best of several failing versions).
        command_missing: The test command itself does not exist in the sandbox.
        result: The sandbox's full result.
    """

    passed: bool
    summary: str
    failure: str
    score: int
    command_missing: bool
    result: RunResult

    def to_dict(self, n: int) -> dict[str, Any]:
        return {
            "n": n,
            "passed": self.passed,
            "summary": self.summary,
            "failure": self.failure,
            "exit_code": self.result.exit_code,
            "timed_out": self.result.timed_out,
            "limits_hit": list(self.result.limits_hit),
            "stdout": self.result.stdout,
            "stderr": self.result.stderr,
            "stdout_truncated": self.result.stdout_truncated,
            "stderr_truncated": self.result.stderr_truncated,
            "duration_s": round(self.result.duration_s, 3),
            "isolation": self.result.isolation,
            "warnings": list(self.result.warnings),
        }


async def run_check(
    sandbox: Sandbox, files: Mapping[str, str], command: str, limits: Limits
) -> Check:
    """Run `command` (a shell command line) over `files` and judge the outcome."""
    result = await sandbox.arun(command, files=files, limits=limits)
    return judge(result, command)


def judge(result: RunResult, command: str) -> Check:
    text = (result.stdout + "\n" + result.stderr).strip()
    counts = {kind.rstrip("s") if kind.startswith("error") else kind: int(n)
              for n, kind in _COUNTS.findall(text)}
    score = counts.get("passed", 0)
    last = text.splitlines()[-1] if text else ""
    missing = result.exit_code == 127 or (
        not counts
        and (result.exit_code, True) in ((4, "file or directory not found" in text),
                                         (2, "can't open file" in last))
    )
    if result.timed_out:
        summary = f"timed out after {result.duration_s:.1f} s (killed)"
        failure = (f"The check did not finish within {result.duration_s:.0f} seconds: the code "
                   "probably loops forever or is far too slow.\n" + _tail(text, 600))
    elif result.ok:
        summary = ", ".join(f"{n} {kind}" for kind, n in counts.items()) or "exit 0"
        failure = ""
    else:
        how = (f"killed by {result.killed_by_signal}" if result.killed_by_signal
               else f"exit {result.exit_code}")
        limits = f", limits hit: {', '.join(result.limits_hit)}" if result.limits_hit else ""
        counted = ", ".join(f"{n} {kind}" for kind, n in counts.items())
        summary = f"{counted} ({how}{limits})" if counted else f"{how}{limits}"
        if result.exit_code == 5:
            summary = "no tests ran (pytest exit 5)"
        failure = _failure(text) or summary
        if missing:
            failure = f"the test command {command!r} could not run: {_tail(text, 300)}"
    return Check(result.ok, summary, failure, score, missing, result)


def _failure(text: str) -> str:
    """The informative lines of a failing run: pytest's `E` lines and summary, or the end
    of a traceback."""
    lines = [line for line in text.splitlines() if line.strip() and not set(line) <= set("=_- ")]
    picked = [line for line in lines if line.startswith(("E ", ">")) or (" - " in line
              and line.startswith(("FAILED", "ERROR")))]
    if picked:
        return _tail("\n".join(picked[:20]), _FAILURE_CHARS)
    return _tail("\n".join(lines), _FAILURE_CHARS)


def _tail(text: str, limit: int) -> str:
    return text if len(text) <= limit else "…" + text[-limit:]
