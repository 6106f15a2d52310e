"""Generate code from a description: write, run against the examples or tests, repair."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from veilleur.errors import EngineGenerateError, InvalidRequestError, VeilleurError
from veilleur.events import Event
from veilleur.guard import GuardSession
from veilleur.sandbox import Sandbox
from veilleur.tasks.code.common import PYTEST, check_attempts, check_files, limits_for, verdict
from veilleur.tasks.code.loop import Plan, RepairLoop
from veilleur.tasks.code.prompts import fix_prompt, generate_prompt
from veilleur.tasks.code.source import check_filename, check_text, syntax_error

__all__ = ["GenerateRequest", "run_generate"]


@dataclass
class GenerateRequest:
    """What to write.

    Attributes:
        description: What the code must do.
        examples: Python expressions that must hold, e.g. ``add(2, 3) == 5`` (each becomes
            a test and is shown to the model).
        tests: A pytest file the code must pass (importing from `filename`).
        filename: The module to write.
        max_attempts: Versions the model may write (the first, then repairs).
        timeout_s: Wall time of each check.
    """

    description: str
    examples: list[str] = field(default_factory=list)
    tests: str | None = None
    filename: str = "solution.py"
    max_attempts: int = 3
    timeout_s: float = 20.0

    def plan(self) -> Plan:
        """Validate the request and decide how versions are checked."""
        check_text(self.description, param="description", limit=32 * 1024)
        if not self.description.strip():
            raise InvalidRequestError("description is empty", param="description")
        check_filename(self.filename)
        if len(self.examples) > 50:
            raise InvalidRequestError("at most 50 examples", param="examples")
        for i, example in enumerate(self.examples):
            check_text(example, param=f"examples[{i}]", limit=4096)
            if error := syntax_error(example, f"examples[{i}]"):
                raise InvalidRequestError(
                    f"examples[{i}] must be a Python expression such as 'add(2, 3) == 5': "
                    f"{error}", param=f"examples[{i}]")
        files: dict[str, str] = {}
        if self.tests is not None:
            files = check_files({f"test_{self.filename}": self.tests}, reserved=self.filename)
        if self.examples:
            module = self.filename.removesuffix(".py")
            body = [f"from {module} import *  # noqa\n"]
            for i, example in enumerate(self.examples):
                body.append(f"\ndef test_example_{i}():\n    assert {example.strip()}\n")
            files["test_examples.py"] = "".join(body)
        verifies = bool(files)
        return Plan(
            filename=self.filename,
            files=files,
            command=PYTEST if verifies else f"python {self.filename}",
            limits=limits_for(self.timeout_s),
            max_attempts=check_attempts(self.max_attempts),
            verifies=verifies,
        )


async def run_generate(
    request: GenerateRequest, engine: GuardSession, sandbox: Sandbox, plan: Plan | None = None
) -> AsyncIterator[Event]:
    """Events of one generation, ending with a `verdict` (or an `error`)."""
    plan = plan or request.plan()
    first = generate_prompt(request.description, [e.strip() for e in request.examples],
                            plan.filename)

    def prompt(code: str, failure: str) -> str:
        # The first version comes from the description; repairs use the fix frame.
        return fix_prompt(code, failure, plan.filename) if code.strip() else first

    loop = RepairLoop(engine, sandbox, plan, prompt)
    try:
        async for event in loop.run("", ""):
            yield event
            if event.kind == "error":
                return
    except VeilleurError as exc:
        yield Event.failed(exc)
        return
    if loop.best is None:
        yield Event.failed(EngineGenerateError(
            f"the model proposed no code in {loop.attempts} attempt(s)", code="no_code"))
        return
    result = verdict(loop, "", task="generate")
    if not plan.verifies and loop.passed is not None:
        result["status"] = "unverified"
        result["note"] = ("no tests or examples were given: the code runs without error, "
                          "but nothing checked that it does what was asked")
    yield Event("verdict", result)
