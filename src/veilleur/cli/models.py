"""Command `veilleur models`: what a server serves (or would serve), the models pulled onto
this machine, and `veilleur models rm ID` to delete a pulled one."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.table import Table

from veilleur.cli.common import ConfigOpt, ModelOpt, UrlOpt, console, fail, load
from veilleur.client import Client
from veilleur.config import Settings
from veilleur.errors import ServerUnavailableError, VeilleurError
from veilleur.model_registry import ModelRegistry, RegisteredModel
from veilleur.models import DEFAULT_MODEL_PACKAGE
from veilleur.pull import format_size

__all__ = ["models", "register", "remove"]

models_app = typer.Typer(
    help="The served model and the pulled ones; `rm` deletes a pulled one.",
    invoke_without_command=True,
)


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add `veilleur models` and `veilleur models rm`."""
    models_app.callback()(models)
    models_app.command("rm")(remove)
    app.add_typer(models_app, name="models")


def models(
    ctx: typer.Context,
    url: UrlOpt = None,
    model: ModelOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Show the model a server serves (or the configured one when none runs), then the
    models pulled into the cache directory."""
    if ctx.invoked_subcommand is not None:
        return
    settings = load(config=config, model=model)
    table = Table("id", "loaded", "size", "context", "source", title="served")
    try:
        with Client.connect(url, settings=settings, start=False) as client:
            for entry in client.models():
                table.add_row(*_served_row(entry, client.base_url))
    except ServerUnavailableError as exc:
        if url is not None:
            raise fail(exc) from None
        for row in _configured_rows(settings):
            table.add_row(*row)
    except VeilleurError as exc:
        raise fail(exc) from None
    console.print(table)
    try:
        pulled = ModelRegistry(settings.model_cache_dir).list()
    except VeilleurError as exc:
        raise fail(exc) from None
    if not pulled:
        console.print(
            f"no pulled models in {settings.model_cache_dir} (`veilleur pull REPO --file GLOB`)",
            style="dim",
            soft_wrap=True,
        )
        return
    table = Table("id", "size", "context", "source", "path", title="pulled")
    for entry in pulled:
        table.add_row(*_pulled_row(entry))
    console.print(table)


def remove(
    model_id: Annotated[str, typer.Argument(metavar="ID", help="Id of a pulled model.")],
    config: ConfigOpt = None,
) -> None:
    """Delete a pulled model's files and its entry in the registry."""
    settings = load(config=config)
    try:
        removed = ModelRegistry(settings.model_cache_dir).remove(model_id)
    except VeilleurError as exc:
        raise fail(exc) from None
    console.print(
        f"removed {removed.id} ({format_size(removed.size)}): "
        + ", ".join(str(file.path) for file in removed.files),
        soft_wrap=True,
    )


def _pulled_row(entry: RegisteredModel) -> tuple[str, str, str, str, str]:
    source = f"{entry.source}@{entry.revision[:12]}" if entry.revision else entry.source
    if not entry.verified:
        source += " (sha256 unverified)"
    path = str(entry.path) if entry.path.is_file() else f"{entry.path} (missing)"
    context = str(entry.context_length) if entry.context_length else ""
    return entry.id, format_size(entry.size), context, source, path


def _served_row(entry: dict[str, Any], base_url: str) -> tuple[str, str, str, str, str]:
    """A model of `/v1/models`; a server of several models says more in `veilleur`."""
    more = entry.get("veilleur") or {}
    loaded = ("yes" if more["loaded"] else "no") if "loaded" in more else "yes"
    size = format_size(more["size_bytes"]) if more.get("size_bytes") else ""
    return (entry["id"], loaded, size, str(entry.get("context_length", "")),
            more.get("source") or base_url)


def _configured_rows(settings: Settings) -> list[tuple[str, str, str, str, str]]:
    """The models a server started with these settings would serve (none is running)."""
    if not settings.models:
        model_id, context, where = _configured(settings)
        return [(model_id, "no server", "", context, where)]
    rows = []
    for entry in settings.models:
        path = entry.path
        size = format_size(path.stat().st_size) if path is not None and path.is_file() else ""
        rows.append((entry.id, "no server", size, str(entry.n_ctx or settings.n_ctx),
                     str(path) if path is not None else entry.upstream_url or ""))
    return rows


def _configured(settings: Settings) -> tuple[str, str, str]:
    """The row of the model that a server started with these settings would serve."""
    if settings.model is not None:
        return settings.model_name or settings.model.stem, str(settings.n_ctx), str(settings.model)
    cached = settings.model_cache_dir / "gemma-3-270m-q4_k_m.gguf"
    where = (
        str(cached)
        if cached.exists()
        else f"PyPI package {DEFAULT_MODEL_PACKAGE} (not yet materialised)"
    )
    return settings.model_name or "gemma-3-270m-q4_k_m", str(settings.n_ctx), where
