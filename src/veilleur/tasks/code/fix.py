"""Fix code: run its checks, ask the model for a fix, run again, up to N attempts."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from veilleur.errors import InvalidRequestError, VeilleurError
from veilleur.events import Event
from veilleur.guard import GuardSession
from veilleur.sandbox import Sandbox
from veilleur.tasks.code.common import (
    PYTEST,
    check_attempts,
    check_files,
    limits_for,
    verdict,
)
from veilleur.tasks.code.loop import Plan, RepairLoop
from veilleur.tasks.code.prompts import fix_prompt
from veilleur.tasks.code.source import check_filename, check_text

__all__ = ["FixRequest", "run_fix"]


@dataclass
class FixRequest:
    """What to fix and how to tell that it is fixed.

    Attributes:
        code: The file to fix (it may not even parse).
        filename: Its name in the sandbox (tests import it by this name).
        tests: A pytest file to run (written as `test_<filename>`), optional.
        files: Other files of the run (tests, helpers, data), by relative path.
        test_command: Shell command whose exit 0 means fixed; default: pytest when there
            are tests, else `python <filename>`.
        error: The error the user saw (shown to the model with the first failure).
        max_attempts: Fixes the model may propose.
        timeout_s: Wall time of each check.
    """

    code: str
    filename: str = "solution.py"
    tests: str | None = None
    files: dict[str, str] = field(default_factory=dict)
    test_command: str | None = None
    error: str | None = None
    max_attempts: int = 3
    timeout_s: float = 20.0

    def plan(self) -> Plan:
        """Validate the request and decide how versions are checked.

        Raises:
            InvalidRequestError, PayloadTooLargeError: with the offending parameter.
        """
        check_text(self.code, param="code")
        check_filename(self.filename)
        extra = dict(self.files)
        if self.tests is not None:
            extra[f"test_{self.filename}"] = self.tests
        files = check_files(extra, reserved=self.filename)
        if self.error is not None:
            check_text(self.error, param="error", limit=64 * 1024)
        if self.test_command is not None:
            check_text(self.test_command, param="test_command", limit=4096)
            if not self.test_command.strip():
                raise InvalidRequestError("test_command is empty", param="test_command")
        has_tests = any(name.split("/")[-1].startswith("test_") for name in files)
        command = self.test_command or (PYTEST if has_tests else f"python {self.filename}")
        return Plan(
            filename=self.filename,
            files=files,
            command=command,
            limits=limits_for(self.timeout_s),
            max_attempts=check_attempts(self.max_attempts),
            verifies=bool(self.test_command or has_tests),
        )


async def run_fix(
    request: FixRequest, engine: GuardSession, sandbox: Sandbox, plan: Plan | None = None
) -> AsyncIterator[Event]:
    """Events of one fix, ending with a `verdict` (or an `error`)."""
    plan = plan or request.plan()
    loop = RepairLoop(engine, sandbox, plan,
                      lambda code, failure: fix_prompt(code, failure, plan.filename))
    try:
        yield Event("attempt", {"n": 0, "max_attempts": plan.max_attempts,
                                    "code": request.code, "diff": ""})
        async for event in loop.check(0, request.code):
            yield event
        if loop.passed is None:
            failure = loop.last_failure
            if request.error:
                failure = f"{request.error.strip()}\n{failure}".strip()
            async for event in loop.run(request.code, failure):
                yield event
                if event.kind == "error":
                    return
    except VeilleurError as exc:
        yield Event.failed(exc)
        return
    yield Event("verdict", verdict(loop, request.code, task="fix"))
