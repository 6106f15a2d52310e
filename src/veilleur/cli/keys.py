"""Commands `veilleur keys …`: API keys of users, on the database directly (no server).

`keys create` prints the key alone on stdout (`KEY=$(veilleur keys create --user alice)`)
and what it is on stderr: the key is shown this once, only its SHA-256 is stored.
"""

from __future__ import annotations

from datetime import UTC, timedelta
from typing import Annotated

import typer

from veilleur.cli.common import ConfigOpt, DataDirOpt, console, err
from veilleur.cli.users import open_accounts, print_rows

__all__ = ["register"]

keys_app = typer.Typer(help="API keys of users: create, list, revoke (works on the "
                       "database; no server needed).", no_args_is_help=True)


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add the `keys` group."""
    app.add_typer(keys_app, name="keys")


@keys_app.command("create")
def create(
    user: Annotated[str, typer.Option("--user", help="Whose key (username).")],
    name: Annotated[str, typer.Option("--name", help="What the key is for.")] = "",
    expires_days: Annotated[int | None, typer.Option(
        "--expires-days", min=1, max=3650, help="The key expires after this many days.")]
    = None,
    data_dir: DataDirOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Create an API key for a user; print it (shown this once)."""
    from veilleur.store.models import utcnow

    with open_accounts(config, data_dir) as accounts:
        owner = accounts.find_user(user)
        expires_at = None if expires_days is None else utcnow() + timedelta(days=expires_days)
        key, secret = accounts.create_key(owner.id, name=name, expires_at=expires_at)
    until = f"until {key.expires_at:%Y-%m-%d %H:%M} UTC" if key.expires_at else "no expiry"
    err.print(f"key {key.id} for {owner.username} ({until}); it is shown this once:")
    typer.echo(secret)


@keys_app.command("list")
def list_keys(
    user: Annotated[str, typer.Option("--user", help="Whose keys (username).")],
    data_dir: DataDirOpt = None,
    config: ConfigOpt = None,
) -> None:
    """List a user's keys (their prefix, never the key)."""
    from veilleur.store.models import utcnow

    with open_accounts(config, data_dir) as accounts:
        keys = accounts.list_keys(accounts.find_user(user).id)
    now = utcnow()
    rows = []
    for key in keys:
        expires = key.expires_at
        if expires is not None and expires.tzinfo is None:  # SQLite: naive, in UTC
            expires = expires.replace(tzinfo=UTC)
        state = ("revoked" if key.revoked_at else
                 "expired" if expires is not None and expires <= now else "active")
        rows.append([key.id, key.prefix + "…", state, f"{key.created_at:%Y-%m-%d %H:%M}",
                     f"{key.expires_at:%Y-%m-%d %H:%M}" if key.expires_at else "-",
                     f"{key.last_used_at:%Y-%m-%d %H:%M}" if key.last_used_at else "-",
                     key.name])
    print_rows(["id", "prefix", "state", "created", "expires", "last used", "name"], rows)


@keys_app.command("revoke")
def revoke(
    key_id: Annotated[str, typer.Argument(help="The key's id (see keys list).")],
    data_dir: DataDirOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Revoke a key: it stops working at once."""
    with open_accounts(config, data_dir) as accounts:
        key = accounts.get_key(key_id)
        accounts.revoke_key(key.user_id, key.id)
    console.print(f"revoked key {key.id} ({key.prefix}…)")
