"""Commands `veilleur export` and `veilleur import`: a person's conversations out of and
into the database of the settings, directly (no server needed, like `veilleur users`).

Without `--user`, they act on the records without an owner (the local person's, the
operator key's); with `--user NAME`, on that user's. An export for a user is recorded as
the auth event `data_exported`, as an administrator's export from the API is.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from veilleur.cli.common import ConfigOpt, DataDirOpt, console, err, fail, load
from veilleur.errors import VeilleurError

if TYPE_CHECKING:  # imported in open_store: SQLAlchemy only for these commands
    from veilleur.accounts.service import AccountService
    from veilleur.store.transfer import ConversationTransfer

__all__ = ["MAX_FILE_BYTES", "open_store", "register"]

# The largest file `veilleur import` reads (it is parsed whole, then checked).
MAX_FILE_BYTES = 128 * 1024 * 1024

UserOpt = Annotated[str | None, typer.Option(
    "--user", help="The user whose conversations these are (default: the records "
    "without an owner: the local person's and the operator key's).")]


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add `export` and `import`."""
    app.command("export")(export)
    app.command("import")(import_file)


@contextmanager
def open_store(config: Path | None, data_dir: Path | None
               ) -> Iterator[tuple[AccountService, ConversationTransfer]]:
    """The accounts and the conversations of the configured store, for a `with` block;
    any `VeilleurError` in the block exits with its code (`veilleur.cli.common`)."""
    from veilleur.accounts.service import AccountService
    from veilleur.store.db import open_database
    from veilleur.store.transfer import ConversationTransfer

    settings = load(config=config, data_dir=data_dir)
    try:
        engine, sessions = open_database(settings.resolved_database_url)
    except VeilleurError as exc:
        raise fail(exc) from None
    try:
        yield AccountService(sessions, settings.accounts), ConversationTransfer(sessions)
    except VeilleurError as exc:
        raise fail(exc) from None
    finally:
        engine.dispose()


def export(
    user: UserOpt = None,
    export_format: Annotated[Literal["json", "markdown"], typer.Option(
        "--format", help="json (veilleur-export/1, can be imported) or markdown.")] = "json",
    output: Annotated[Path | None, typer.Option(
        "-o", "--output", help="Write to this file (default: stdout).")] = None,
    data_dir: DataDirOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Export conversations, every branch of each, as JSON or Markdown."""
    from veilleur.chat.transfer import iter_json, iter_markdown, user_record

    with open_store(config, data_dir) as (accounts, transfer):
        if user is None:
            owner_id, who = None, user_record(None, "local")
        else:
            account = accounts.find_user(user)
            owner_id = account.id
            who = user_record(account.id, account.username, account.display_name)
            accounts.record_event("data_exported", user_id=account.id,
                                  username=account.username,
                                  detail=f"format={export_format} by veilleur export")
        writer = iter_json if export_format == "json" else iter_markdown
        pieces = writer(transfer, owner_id=owner_id, user=who)
        if output is None:
            for piece in pieces:
                sys.stdout.write(piece)
            sys.stdout.flush()
            return
        try:
            with output.open("w", encoding="utf-8") as file:
                for piece in pieces:
                    file.write(piece)
        except OSError as exc:
            raise fail(f"cannot write {str(output)!r}: {exc.strerror}", 2) from None
    err.print(f"[dim]wrote {output}[/]")


def import_file(
    file: Annotated[Path, typer.Argument(help="A file written by `veilleur export`.")],
    user: UserOpt = None,
    data_dir: DataDirOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Import a JSON export; conversations already imported are skipped."""
    from veilleur.chat.transfer import ExportFormatError, Importer, parse_document

    try:
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            raise fail(f"{str(file)!r} is {size} bytes; veilleur import reads at most "
                       f"{MAX_FILE_BYTES}", 2)
        data = file.read_bytes()
    except OSError as exc:
        raise fail(f"cannot read {str(file)!r}: {exc.strerror}", 2) from None
    with open_store(config, data_dir) as (accounts, transfer):
        owner_id = None if user is None else accounts.find_user(user).id
        try:
            raw = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise fail(ExportFormatError(f"{str(file)!r} is not a JSON export: {exc}")
                       ) from None
        report = Importer(transfer).run(
            parse_document(raw), owner_id=owner_id)
    console.print(f"imported {report.imported} conversations ({report.messages} "
                  f"messages), skipped {report.skipped} already here")
