"""What every command group shares: the consoles, the common options, reading the
settings, connecting to a server, and one table from the project's errors to exit codes.

Exit codes, found by walking the error's class up its MRO (as the API finds an HTTP
status):

    2  ConfigError, InvalidRequestError (ContextLengthError), PayloadTooLargeError:
       a setting or an argument is wrong; fix it and run again (Typer's usage errors
       exit 2 too)
    3  AuthenticationError, PermissionDeniedError: the API key is missing or wrong, or
       its user may not do this
    6  RateLimitedError (QuotaExceededError): a quota or a rate limit; retry later
    5  ServerUnavailableError, EngineOverloadedError, EngineDeadError: no server could
       take the request (none answers at --url, its queue is full, its engine stopped);
       try again later
    1  any other VeilleurError (NotFoundError, EngineGenerateError, ModelLoadError,
       StoreError, …), a refused task, an unverified code task

`serve` and `prepare` exit 1 when the server or the model cannot be brought up once the
settings are valid (busy port, unwritable data directory, unreadable model), whatever
the class: scripts that start a server tell "fix the settings" (2) from "it failed" (1).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from veilleur.client import Client
from veilleur.config import Settings, load_settings
from veilleur.errors import (
    AuthenticationError,
    ConfigError,
    EngineDeadError,
    EngineOverloadedError,
    InvalidRequestError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitedError,
    ServerUnavailableError,
    VeilleurError,
)

__all__ = [
    "EXIT_CODES",
    "ConfigOpt",
    "DataDirOpt",
    "ModelOpt",
    "UrlOpt",
    "connect",
    "console",
    "err",
    "exit_code",
    "fail",
    "load",
]

console = Console()
err = Console(stderr=True)

EXIT_CODES: dict[type[BaseException], int] = {
    ConfigError: 2,
    InvalidRequestError: 2,
    PayloadTooLargeError: 2,
    AuthenticationError: 3,
    PermissionDeniedError: 3,
    RateLimitedError: 6,
    ServerUnavailableError: 5,
    EngineOverloadedError: 5,
    EngineDeadError: 5,
    VeilleurError: 1,
}
"""Exit code of each error class; a class not listed takes its nearest listed base's."""

ConfigOpt = Annotated[
    Path | None, typer.Option("--config", help="TOML settings file (see docs/configuration.md).")
]
ModelOpt = Annotated[
    Path | None,
    typer.Option(
        "--model", help="GGUF model file, or a pulled model's id (default: the built-in model)."
    ),
]
DataDirOpt = Annotated[
    Path | None, typer.Option("--data-dir", help="Directory of the conversation store.")
]
UrlOpt = Annotated[
    str | None,
    typer.Option("--url", help="Server to talk to (default: http://HOST:PORT from settings)."),
]


def exit_code(exc: BaseException) -> int:
    """The exit code of `exc`: that of the first class of its MRO in `EXIT_CODES`."""
    for cls in type(exc).__mro__:
        if cls in EXIT_CODES:
            return EXIT_CODES[cls]
    return 1


def fail(problem: str | VeilleurError, code: int | None = None) -> typer.Exit:
    """Print `error: …` on stderr; return the `typer.Exit` to raise.

    Args:
        problem: A message, or an error whose message is printed.
        code: The exit code; default: the error's in `EXIT_CODES`, or 1 for a message.
    """
    message = problem if isinstance(problem, str) else problem.message
    err.print(f"[bold red]error:[/] {message}")
    if code is None:
        code = 1 if isinstance(problem, str) else exit_code(problem)
    return typer.Exit(code)


def load(**overrides: Any) -> Settings:
    """The settings (`config=` names the TOML file); an invalid one exits 2."""
    try:
        return load_settings(overrides.pop("config", None), **overrides)
    except VeilleurError as exc:
        raise fail(exc) from None


@contextmanager
def connect(settings: Settings, url: str | None, *, start: bool = True) -> Iterator[Client]:
    """A client of the server at `url` (or of the configured one, or of one it starts),
    for a `with` block; any VeilleurError raised in the block exits by `EXIT_CODES`."""
    try:
        with Client.connect(url, settings=settings, start=start) as client:
            yield client
    except VeilleurError as exc:
        raise fail(exc) from None
