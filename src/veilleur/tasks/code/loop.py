"""The propose → run → feed the failure back loop shared by fix and generate."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

from veilleur.errors import InvalidRequestError, VeilleurError
from veilleur.events import Event
from veilleur.guard import GuardSession
from veilleur.sandbox import Limits, Sandbox
from veilleur.tasks.code.checks import Check, run_check
from veilleur.tasks.code.model import complete_code, completion_budget
from veilleur.tasks.code.source import diff, syntax_error

__all__ = ["Plan", "RepairLoop"]


@dataclass(frozen=True, slots=True)
class Plan:
    """How versions of one file are checked.

    Attributes:
        filename: The file under work.
        files: The other files of the run (tests, helpers), never changed.
        command: Shell command whose exit status 0 means "passes".
        limits: Sandbox limits of each check.
        max_attempts: Versions the model may propose.
        verifies: Whether passing `command` proves the code right (false when the only
            check is "it runs", for lack of tests).
    """

    filename: str
    files: dict[str, str]
    command: str
    limits: Limits
    max_attempts: int
    verifies: bool


@dataclass
class _Best:
    n: int
    code: str
    check: Check | None
    score: tuple[int, int] = (-1, 0)


@dataclass
class RepairLoop:
    """Proposes versions until one passes or attempts run out; keeps the best.

    `prompt(code, failure)` builds the prompt of the next proposal.
    """

    engine: GuardSession
    sandbox: Sandbox
    plan: Plan
    prompt: Callable[[str, str], str]
    best: _Best | None = None
    passed: Check | None = None
    last_failure: str = ""
    attempts: int = 0
    history: list[dict[str, Any]] = field(default_factory=list)

    async def check(self, n: int, code: str) -> AsyncIterator[Event]:
        """Check one version (`n` 0: the user's) and remember it when it is the best."""
        error = syntax_error(code, self.plan.filename)
        if error is not None:
            check = None
            failure, score = error, (-1, n)
            yield Event("output", {"n": n, "passed": False, "summary": "does not parse",
                                       "failure": error})
        else:
            check = await run_check(self.sandbox, {**self.plan.files, self.plan.filename: code},
                                    self.plan.command, self.plan.limits)
            if check.command_missing:
                raise InvalidRequestError(
                    f"the test command {self.plan.command!r} cannot run in the sandbox: "
                    f"{check.failure}",
                    param="test_command",
                    code="test_command_not_found",
                )
            failure, score = check.failure, (check.score, n)
            yield Event("output", check.to_dict(n))
            if check.passed:
                self.passed = check
        self.history.append({"n": n, "passed": bool(check and check.passed),
                             "summary": check.summary if check else "does not parse"})
        self.last_failure = failure
        if self.best is None or score >= self.best.score or (check and check.passed):
            self.best = _Best(n, code, check, score)

    async def run(self, code: str, failure: str, first: int = 1) -> AsyncIterator[Event]:
        """Propose and check up to `max_attempts` versions, starting from `code`."""
        for n in range(first, first + self.plan.max_attempts):
            if self.passed is not None:
                return
            prompt = self.prompt(code, failure)
            budget = completion_budget(self.engine, prompt, 2 * len(code) // 3 + 256,
                                       param="code")
            try:
                proposal = await complete_code(self.engine, prompt, max_tokens=budget,
                                               attempt=n)
            except VeilleurError as exc:
                yield Event.failed(exc)
                return
            self.attempts = n
            yield Event("attempt", {"n": n, "max_attempts": self.plan.max_attempts,
                                        "code": proposal,
                                        "diff": diff(code, proposal, self.plan.filename)})
            if not proposal.strip():
                self.last_failure = failure = "the model proposed no code"
                yield Event("output", {"n": n, "passed": False, "summary": "no code",
                                           "failure": failure})
                continue
            async for event in self.check(n, proposal):
                yield event
            if self.passed is None and syntax_error(proposal) is None:
                code, failure = proposal, self.last_failure
