"""Commands `veilleur code fix|optimize|generate` and `veilleur eval code`.

They talk to a Veilleur server, as `veilleur ask` does (one is started on a free loopback
port when none answers): the server owns the model and the sandbox's run slots, so a
command line and the API share one queue and one set of limits.
"""

from __future__ import annotations

import ast
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from veilleur.cli.common import connect, console, err, fail, load
from veilleur.client import Client, Event
from veilleur.evals.code import report, run_code_eval

__all__ = ["code_app", "eval_code", "fix", "generate", "optimize", "register"]

code_app = typer.Typer(help="Fix, optimise and generate code, checked in the sandbox.",
                       no_args_is_help=True)

UrlOpt = Annotated[str | None, typer.Option("--url", help="Server to talk to.")]
AttemptsOpt = Annotated[int, typer.Option("--attempts", min=1, max=10,
                                          help="Versions the model may propose.")]
TimeoutOpt = Annotated[float, typer.Option("--timeout", help="Seconds per check in the sandbox.")]


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add `veilleur code …` and `veilleur eval code`."""
    app.add_typer(code_app, name="code")
    eval_app.command("code")(eval_code)


def _read(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise fail(f"cannot read {path}: {exc.strerror}", 2) from None
    except UnicodeDecodeError:
        raise fail(f"{path} is not UTF-8 text (binary file?)", 2) from None


def _run(task: Callable[[Client], Iterator[Event]], url: str | None, output: Path | None) -> None:
    """Run a task, print its progress, write or print the result; exit 1 unless verified."""
    verdict: dict[str, Any] | None = None
    with connect(load(), url) as client:
        for event, data in task(client):
            if event == "attempt":
                label = "your code" if data["n"] == 0 else f"attempt {data['n']}"
                err.print(f"[bold]{label}[/] …", end=" ")
            elif event == "output":
                mark = "[green]passed[/]" if data["passed"] else "[red]failed[/]"
                err.print(f"{mark} ({data.get('summary') or data.get('failure', '')[:80]})",
                          markup=True, highlight=False)
            elif event == "verdict":
                verdict = data
    if verdict is None:
        raise fail("the server ended the task without a verdict")
    colour = "green" if verdict["verified"] else "yellow"
    err.print(f"[bold {colour}]{verdict['status']}[/]"
              + (f" — speed-up x{verdict['speedup']}" if verdict.get("speedup") else ""))
    if verdict.get("isolation") == "rlimit-only":
        err.print("[bold red]warning:[/] the sandbox ran without bubblewrap (rlimit-only)")
    if not verdict["verified"] and verdict.get("last_failure"):
        err.print(f"[dim]last failure:[/]\n{verdict['last_failure']}", markup=True,
                  highlight=False)
    if output is not None:
        output.write_text(verdict["code"])
        err.print(f"written to {output}")
    elif verdict.get("diff"):
        console.print(verdict["diff"], markup=False, highlight=False, end="")
    else:
        console.print(verdict["code"], markup=False, highlight=False, end="")
    raise typer.Exit(0 if verdict["verified"] else 1)


@code_app.command("fix")
def fix(
    file: Annotated[Path, typer.Argument(help="The Python file to fix.")],
    test: Annotated[str | None, typer.Option(
        "--test", help='Test command run in the sandbox, e.g. "pytest -q".')] = None,
    error: Annotated[str | None, typer.Option("--error", help="The error you saw.")] = None,
    with_files: Annotated[list[Path] | None, typer.Option(
        "--with", help="Extra file to copy next to FILE (default: test_*.py beside it).")
    ] = None,
    attempts: AttemptsOpt = 3,
    timeout: TimeoutOpt = 20.0,
    write: Annotated[bool, typer.Option("--write", help="Overwrite FILE when verified.")] = False,
    url: UrlOpt = None,
) -> None:
    """Fix FILE until its tests pass in the sandbox; print the diff (exit 1 if unverified)."""
    extra = with_files if with_files else sorted(file.parent.glob("test_*.py"))[:20]
    code = _read(file)
    files = {p.name: _read(p) for p in extra if p.name != file.name}

    def task(client: Client) -> Iterator[Event]:
        return client.code_fix(code, filename=file.name, max_attempts=attempts,
                               timeout_s=timeout, error=error, test_command=test, files=files)

    _run(task, url, file if write else None)


@code_app.command("optimize")
def optimize(
    file: Annotated[Path, typer.Argument(help="The Python file to speed up.")],
    bench: Annotated[str, typer.Option("--bench", help='Expression to time, e.g. "fib(25)".')],
    function: Annotated[str | None, typer.Option(
        "--function", help="Function whose results must not change (default: the one "
        "--bench calls).")] = None,
    tests: Annotated[Path | None, typer.Option("--tests", help="pytest file to keep passing.")
                     ] = None,
    attempts: AttemptsOpt = 3,
    timeout: TimeoutOpt = 30.0,
    url: UrlOpt = None,
) -> None:
    """Propose a faster FILE; keep it only if results are equal and it is measurably faster."""
    if function is None:
        try:
            call = ast.parse(bench, mode="eval").body
        except SyntaxError as exc:
            raise fail(f"--bench {bench!r} is not a Python expression: {exc.msg}", 2) from None
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)):
            raise fail("--bench is not a plain call f(...): pass --function", 2)
        function = call.func.id
    code = _read(file)
    test_code = _read(tests) if tests else None
    chosen = function

    def task(client: Client) -> Iterator[Event]:
        return client.code_optimize(code, function=chosen, bench=bench, filename=file.name,
                                    tests=test_code, max_attempts=attempts, timeout_s=timeout)

    _run(task, url, None)


@code_app.command("generate")
def generate(
    description: Annotated[str, typer.Argument(help="What the code must do.")],
    example: Annotated[list[str] | None, typer.Option(
        "--example", help='Expression that must hold, e.g. "add(2, 3) == 5" (repeatable).')
    ] = None,
    tests: Annotated[Path | None, typer.Option("--tests", help="pytest file to pass.")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the code here.")
                      ] = None,
    attempts: AttemptsOpt = 3,
    timeout: TimeoutOpt = 20.0,
    url: UrlOpt = None,
) -> None:
    """Write code from DESCRIPTION, run it against the examples/tests, repair it."""
    test_code = _read(tests) if tests else None

    def task(client: Client) -> Iterator[Event]:
        return client.code_generate(description, examples=example or [], tests=test_code,
                                    max_attempts=attempts, timeout_s=timeout)

    _run(task, url, output)


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
    started = time.monotonic()
    with connect(load(), url) as client:
        results, model = run_code_eval(client, limit=limit, repairs=repairs, jobs=jobs)
    elapsed = time.monotonic() - started
    n = len(results)
    plain = sum(r.plain for r in results)
    repaired = sum(r.repaired for r in results)
    console.print(f"HumanEval ({n} problems): pass@1 plain {plain}/{n} = {plain / n:.1%}; with "
                  f"the repair loop ({repairs} repairs) {repaired}/{n} = {repaired / n:.1%}; "
                  f"{elapsed:.0f} s")
    if output is not None:
        output.write_text(report(results, model, repairs=repairs, jobs=jobs, elapsed=elapsed))
        console.print(f"report written to {output}")
