"""The `veilleur` command line: a client of the server, built on `veilleur.client`.

Every command group is a module of this package with a `register(app, eval_app)`
function, and reaches the app through the `cli` extension point of `veilleur.plugins`,
as a third-party plugin's commands would. Commands that need a model talk to a server
(`--url`, default: the configured host and port); when none answers there, they start
one for themselves on a free loopback port, on the same data directory, so that
conversations land in the same store. Exit codes: see `veilleur.cli.common`.
"""

from __future__ import annotations

from typing import Annotated

import typer

from veilleur import __version__
from veilleur.cli.common import console, err
from veilleur.plugins import load

__all__ = ["app", "eval_app", "main"]

app = typer.Typer(
    name="veilleur",
    help="Veilleur: a self-hosted, safety-first assistant.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Evaluations of the model and of the product.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    if version:
        console.print(f"veilleur {__version__}")
        raise typer.Exit()


for _register in load("cli"):
    _register(app, eval_app)


def main() -> None:
    """Entry point of the `veilleur` script."""
    try:
        app()
    except KeyboardInterrupt:
        err.print("[dim]interrupted[/]")
        raise SystemExit(130) from None
