"""Command `veilleur models`: what a server serves, or what would be served."""

from __future__ import annotations

import typer
from rich.table import Table

from veilleur.cli.common import ConfigOpt, ModelOpt, UrlOpt, console, fail, load
from veilleur.client import Client
from veilleur.config import Settings
from veilleur.errors import ServerUnavailableError, VeilleurError
from veilleur.models import DEFAULT_MODEL_PACKAGE

__all__ = ["models", "register"]


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add `veilleur models`."""
    app.command()(models)


def models(
    url: UrlOpt = None,
    model: ModelOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Show the model a server serves, or the configured model file when none runs."""
    settings = load(config=config, model=model)
    table = Table("id", "context", "source")
    try:
        with Client.connect(url, settings=settings, start=False) as client:
            for entry in client.models():
                table.add_row(entry["id"], str(entry.get("context_length", "")), client.base_url)
    except ServerUnavailableError as exc:
        if url is not None:
            raise fail(exc) from None
        table.add_row(*_configured(settings))
    except VeilleurError as exc:
        raise fail(exc) from None
    console.print(table)


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
