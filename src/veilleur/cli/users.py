"""Commands `veilleur users …`: the accounts of a server, on its database directly.

They need no running server: they open the store of the settings (`--data-dir`,
`VEILLEUR_DATABASE_URL`, `--config`), migrate it if needed, and change it. That is how the
first administrator is made (`veilleur users add --admin NAME`): there is never a default
password. Passwords are asked twice on the terminal, or read from stdin with
`--password-stdin` (one line) for scripts.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from veilleur.cli.common import ConfigOpt, DataDirOpt, console, err, fail, load
from veilleur.errors import VeilleurError

if TYPE_CHECKING:  # imported in open_accounts: SQLAlchemy only for these commands
    from veilleur.accounts.service import AccountService

__all__ = ["open_accounts", "print_rows", "read_password", "register"]

users_app = typer.Typer(help="Users of the server: add, list, disable, enable, reset a "
                        "password (works on the database; no server needed).",
                        no_args_is_help=True)

PasswordStdinOpt = Annotated[bool, typer.Option(
    "--password-stdin", help="Read the password from the first line of stdin.")]


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add the `users` group."""
    app.add_typer(users_app, name="users")


@contextmanager
def open_accounts(config: Path | None, data_dir: Path | None) -> Iterator[AccountService]:
    """The accounts service of the configured store, for a `with` block; any
    `VeilleurError` in the block exits with its code (`veilleur.cli.common`)."""
    from veilleur.accounts.service import AccountService  # SQLAlchemy: only these commands
    from veilleur.store.db import open_database

    settings = load(config=config, data_dir=data_dir)
    try:
        engine, sessions = open_database(settings.resolved_database_url)
    except VeilleurError as exc:
        raise fail(exc) from None
    try:
        yield AccountService(sessions, settings.accounts)
    except VeilleurError as exc:
        raise fail(exc) from None
    finally:
        engine.dispose()


def read_password(from_stdin: bool, *, prompt: str = "Password") -> str:
    """The new password: a line of stdin, or asked twice on the terminal (hidden)."""
    if from_stdin:
        line = sys.stdin.readline()
        password = line.removesuffix("\n").removesuffix("\r")
        if not password:
            raise fail("--password-stdin: stdin gave no password", 2)
        return password
    if not sys.stdin.isatty():
        raise fail("no terminal to ask the password on: use --password-stdin", 2)
    return str(typer.prompt(prompt, hide_input=True, confirmation_prompt=True))


@users_app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="The username (1-64 of a-z 0-9 . _ @ -).")],
    admin: Annotated[bool, typer.Option("--admin", help="Make the user an administrator.")]
    = False,
    display_name: Annotated[str, typer.Option("--display-name", help="Name shown on the page.")]
    = "",
    password_stdin: PasswordStdinOpt = False,
    data_dir: DataDirOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Create a user (with --admin, an administrator); the password is asked twice."""
    with open_accounts(config, data_dir) as accounts:
        password = read_password(password_stdin)
        user = accounts.create_user(name, password=password,
                                    role="admin" if admin else "user",
                                    display_name=display_name)
    console.print(f"created {user.role} {user.username} (id {user.id})")
    err.print(f"[dim]next: veilleur keys create --user {user.username}, or log in on the "
              "page[/]")


@users_app.command("list")
def list_users(data_dir: DataDirOpt = None, config: ConfigOpt = None) -> None:
    """List the users: name, role, state, how they log in."""
    with open_accounts(config, data_dir) as accounts:
        users = accounts.list_users()
    rows = []
    for user in users:
        login = "password" if user.password_hash else ""
        if user.oidc_issuer:
            login = f"{login}+sso" if login else "sso"
        rows.append([user.username, user.role, "disabled" if user.disabled else "active",
                     login or "-", f"{user.created_at:%Y-%m-%d %H:%M}", user.id])
    print_rows(["username", "role", "state", "login", "created", "id"], rows)


def print_rows(header: list[str], rows: list[list[str]]) -> None:
    """Aligned columns, one row a line, never cut (ids must be copied whole)."""
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        typer.echo("  ".join(cell.ljust(width) for cell, width in zip(row, widths,
                                                                       strict=True)).rstrip())


@users_app.command("disable")
def disable(
    name: Annotated[str, typer.Argument(help="The username.")],
    data_dir: DataDirOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Disable a user: their sessions end at once, their keys stop working."""
    with open_accounts(config, data_dir) as accounts:
        user = accounts.set_disabled(accounts.find_user(name).id, True)
    console.print(f"disabled {user.username}")


@users_app.command("enable")
def enable(
    name: Annotated[str, typer.Argument(help="The username.")],
    data_dir: DataDirOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Enable a disabled user again (their keys that did not expire work again)."""
    with open_accounts(config, data_dir) as accounts:
        user = accounts.set_disabled(accounts.find_user(name).id, False)
    console.print(f"enabled {user.username}")


@users_app.command("reset-password")
def reset_password(
    name: Annotated[str, typer.Argument(help="The username.")],
    password_stdin: PasswordStdinOpt = False,
    data_dir: DataDirOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Set a new password (asked twice); the user's web sessions end."""
    with open_accounts(config, data_dir) as accounts:
        user = accounts.find_user(name)
        accounts.set_password(user.id, read_password(password_stdin, prompt="New password"))
    console.print(f"password of {user.username} changed; their sessions ended")
