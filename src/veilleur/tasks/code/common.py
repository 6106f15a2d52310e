"""Validation and verdicts shared by the code tasks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from veilleur.errors import InvalidRequestError
from veilleur.sandbox import Limits
from veilleur.tasks.code.loop import RepairLoop
from veilleur.tasks.code.source import check_filename, check_text, diff, syntax_error

__all__ = ["PYTEST", "check_files", "limits_for", "verdict"]

PYTEST = "python -m pytest -q -p no:cacheprovider"
MAX_ATTEMPTS = 10


def limits_for(timeout_s: float) -> Limits:
    """Sandbox limits of one check that may run `timeout_s` seconds."""
    if not 0 < timeout_s <= 120:
        raise InvalidRequestError(
            f"timeout_s must be in (0, 120] seconds, got {timeout_s!r}", param="timeout_s"
        )
    return Limits(cpu_seconds=max(1, int(timeout_s)), wall_seconds=timeout_s)


def check_attempts(max_attempts: int) -> int:
    if not 1 <= max_attempts <= MAX_ATTEMPTS:
        raise InvalidRequestError(
            f"max_attempts must be between 1 and {MAX_ATTEMPTS}, got {max_attempts!r}",
            param="max_attempts",
        )
    return max_attempts


def check_files(files: Mapping[str, str], *, reserved: str) -> dict[str, str]:
    """Extra files: relative names, text, test modules that parse."""
    out: dict[str, str] = {}
    total = 0
    for name, content in files.items():
        param = f"files[{name!r}]"
        if name == reserved or name.startswith(("/", "~")) or ".." in name.split("/"):
            raise InvalidRequestError(f"{param}: invalid or reserved file name", param="files")
        check_text(content, param=param)
        total += len(content)
        if name.endswith(".py") and (error := syntax_error(content, name)):
            raise InvalidRequestError(f"{param} does not parse: {error}", param="files")
        out[name] = content
    if total > 1024 * 1024:
        raise InvalidRequestError("the extra files total more than 1 MiB", param="files")
    return out


def verdict(loop: RepairLoop, original: str, *, task: str, **extra: Any) -> dict[str, Any]:
    """The final result: verified only when a version passed the checks in the sandbox."""
    best = loop.best
    assert best is not None
    passed = loop.passed is not None
    verified = passed and loop.plan.verifies
    if passed and best.n == 0:
        status = "already_passing" if loop.plan.verifies else "not_reproduced"
    elif verified:
        status = "verified"
    else:
        status = "unverified"
    check = loop.passed or best.check
    return {
        "task": task,
        "status": status,
        "verified": verified,
        "code": best.code,
        "diff": diff(original, best.code, loop.plan.filename),
        "attempt": best.n,
        "attempts": loop.attempts,
        "history": loop.history,
        "checked_by": loop.plan.command,
        "last_failure": "" if passed else loop.last_failure,
        "isolation": check.result.isolation if check else None,
        "warnings": list(check.result.warnings) if check else [],
        **extra,
    }


__all__ += ["check_attempts", "check_filename"]
