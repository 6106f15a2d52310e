"""Optimise code: propose a faster version; return it as verified only when it gives the
same results (user tests, the benchmark expression, edge and generated inputs — at least
`min_inputs` distinct ones) and is measurably faster."""

from __future__ import annotations

import ast
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from veilleur.errors import InvalidRequestError, VeilleurError
from veilleur.events import Event
from veilleur.guard import GuardSession
from veilleur.sandbox import Sandbox
from veilleur.tasks.code.checks import judge, run_check
from veilleur.tasks.code.common import PYTEST, check_attempts, check_files, limits_for
from veilleur.tasks.code.model import complete_code, completion_budget
from veilleur.tasks.code.prompts import optimize_prompt
from veilleur.tasks.code.source import check_filename, check_text, diff, syntax_error

__all__ = ["OptimizeRequest", "run_optimize"]

MIN_INPUTS = 20
_HARNESS = (Path(__file__).with_name("equivalence_harness.py")).read_text()


@dataclass
class OptimizeRequest:
    """What to speed up.

    Attributes:
        code: The module to optimise.
        function: The function whose results must not change.
        bench: Expression timed before and after (e.g. ``fib(25)``).
        tests: A pytest file the new version must still pass.
        filename: The module's name.
        max_attempts: Versions the model may propose.
        timeout_s: Wall time of each check.
        min_speedup: Speed-up below which a version is not worth returning.
        max_examples: Generated inputs compared (hypothesis examples, after the edge
            inputs).
        min_inputs: Distinct inputs (the bench call included) on which the original
            returns a value and both versions must agree before a version is called
            verified; below it a faster version with the same results is `unverified`.
    """

    code: str
    function: str
    bench: str
    tests: str | None = None
    filename: str = "solution.py"
    max_attempts: int = 3
    timeout_s: float = 30.0
    min_speedup: float = 1.1
    max_examples: int = 50
    min_inputs: int = MIN_INPUTS

    def validate(self) -> None:
        """Raises InvalidRequestError (or 413) naming the bad parameter."""
        check_text(self.code, param="code")
        check_filename(self.filename)
        if error := syntax_error(self.code, self.filename):
            raise InvalidRequestError(f"code does not parse: {error}", param="code")
        defined = {node.name for node in ast.parse(self.code).body
                   if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)}
        if self.function not in defined:
            raise InvalidRequestError(
                f"function {self.function!r} is not defined at the top of the code "
                f"(found: {sorted(defined) or 'none'})", param="function")
        check_text(self.bench, param="bench", limit=4096)
        try:
            ast.parse(self.bench, mode="eval")
        except SyntaxError as exc:
            raise InvalidRequestError(
                f"bench must be a Python expression such as 'fib(25)': {exc.msg}",
                param="bench") from exc
        if self.tests is not None:
            check_files({f"test_{self.filename}": self.tests}, reserved=self.filename)
        check_attempts(self.max_attempts)
        limits_for(self.timeout_s)
        if not 1.0 <= self.min_speedup <= 1000:
            raise InvalidRequestError("min_speedup must be between 1 and 1000",
                                      param="min_speedup")
        if not 0 <= self.max_examples <= 1000:
            raise InvalidRequestError("max_examples must be between 0 and 1000",
                                      param="max_examples")
        if not 1 <= self.min_inputs <= 1000:
            raise InvalidRequestError("min_inputs must be between 1 and 1000",
                                      param="min_inputs")


async def run_optimize(
    request: OptimizeRequest, engine: GuardSession, sandbox: Sandbox
) -> AsyncIterator[Event]:
    """Events of one optimisation, ending with a `verdict` (or an `error`)."""
    request.validate()
    limits = limits_for(request.timeout_s)
    tests = {f"test_{request.filename}": request.tests} if request.tests else {}
    rejected: list[dict[str, Any]] = []
    best: dict[str, Any] | None = None
    isolation = None
    try:
        yield Event("attempt", {"n": 0, "max_attempts": request.max_attempts,
                                    "code": request.code, "diff": ""})
        if tests:
            check = await run_check(sandbox, {**tests, request.filename: request.code},
                                    PYTEST, limits)
            yield Event("output", check.to_dict(0))
            if not check.passed:
                yield Event.failed(InvalidRequestError(
                    "the original code fails its own tests, so there is nothing "
                    f"to preserve; fix it first ({check.summary}): {check.failure}",
                    code="original_fails", param="tests"))
                return
        prompt = optimize_prompt(request.code, request.filename)
        budget = completion_budget(engine, prompt, 2 * len(request.code) // 3 + 256,
                                   param="code")
        for n in range(1, request.max_attempts + 1):
            proposal = await complete_code(engine, prompt, max_tokens=budget, attempt=n)
            yield Event("attempt", {"n": n, "max_attempts": request.max_attempts,
                                        "code": proposal,
                                        "diff": diff(request.code, proposal, request.filename)})
            outcome = await _check(request, sandbox, limits, tests, proposal)
            isolation = outcome.pop("isolation", isolation)
            yield Event("output", {"n": n, **outcome})
            if not outcome["passed"]:
                rejected.append({"n": n, "reason": outcome["failure"]})
            elif best is None or (_rank(outcome, request.min_inputs)
                                  > _rank(best, request.min_inputs)):
                best = {"n": n, "code": proposal, **outcome}
    except VeilleurError as exc:
        yield Event.failed(exc)
        return
    verdict: dict[str, Any] = {"task": "optimize", "rejected": rejected, "isolation": isolation,
                               "checked_by": "same results on the user's tests, the bench "
                               "expression, edge and generated inputs; timed in the "
                               "sandbox"}
    if best is not None:
        verified = best["inputs_checked"] >= request.min_inputs
        verdict.update(status="optimized" if verified else "unverified", verified=verified,
                       code=best["code"], diff=diff(request.code, best["code"], request.filename),
                       attempt=best["n"], speedup=best["speedup"],
                       t_original=best["t_original"], t_candidate=best["t_candidate"],
                       inputs_checked=best["inputs_checked"],
                       inputs_raised=best["inputs_raised"], min_inputs=request.min_inputs,
                       notes=best["notes"])
        if not verified:
            verdict["last_failure"] = (
                f"faster ({best['speedup']:.2f}x) with the same results, but on only "
                f"{best['inputs_checked']} distinct input(s) where the original returns a "
                f"value; {request.min_inputs} are needed to call it verified. Annotate the "
                "parameters of the function or call it directly in `bench` so that inputs "
                "can be generated" + (f" ({'; '.join(best['notes'])})" if best["notes"] else ""))
    else:
        verdict.update(status="not_optimized", verified=False, code=request.code, diff="",
                       attempt=0, speedup=None,
                       last_failure=rejected[-1]["reason"] if rejected else "")
    yield Event("verdict", verdict)


async def _check(
    request: OptimizeRequest, sandbox: Sandbox, limits: Any, tests: dict[str, str],
    proposal: str,
) -> dict[str, Any]:
    """Is `proposal` equivalent and faster? A dict with passed, failure, speedup…"""
    failed = {"passed": False, "speedup": None}
    if not proposal.strip():
        return {**failed, "failure": "the model proposed no code"}
    if error := syntax_error(proposal, request.filename):
        return {**failed, "failure": error}
    if tests:
        check = await run_check(sandbox, {**tests, request.filename: proposal}, PYTEST, limits)
        if not check.passed:
            return {**failed, "failure": f"fails the user's tests ({check.summary}): "
                    f"{check.failure}", "isolation": check.result.isolation}
    config = {"function": request.function, "bench": request.bench,
              "max_examples": request.max_examples, "call_timeout": 0.5,
              "bench_timeout": max(1.0, request.timeout_s / 4), "repeat": 3}
    result = await sandbox.arun(
        ["python3", "harness.py", json.dumps(config)],
        files={"original.py": request.code, "candidate.py": proposal, "harness.py": _HARNESS},
        limits=limits,
    )
    try:
        report = json.loads(result.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        check = judge(result, "equivalence check")
        return {**failed, "failure": f"the equivalence check failed ({check.summary}): "
                f"{check.failure}", "isolation": result.isolation}
    if not report["equivalent"]:
        return {**failed, "failure": "different results: "
                f"{json.dumps(report['counterexample'])}", "isolation": result.isolation}
    speedup = report["t_original"] / max(report["t_candidate"], 1e-12)
    base = {"speedup": round(speedup, 3), "t_original": report["t_original"],
            "t_candidate": report["t_candidate"], "inputs_checked": report["inputs_checked"],
            "inputs_raised": report.get("inputs_raised", 0),
            "notes": report["notes"], "isolation": result.isolation}
    if speedup < request.min_speedup:
        return {**base, "passed": False,
                "failure": f"same results but not faster enough ({speedup:.2f}x < "
                f"{request.min_speedup}x)"}
    return {**base, "passed": True, "failure": ""}


def _rank(outcome: dict[str, Any], min_inputs: int) -> tuple[bool, float]:
    """A version checked on enough distinct inputs first, then the fastest."""
    return (outcome["inputs_checked"] >= min_inputs, outcome["speedup"])
