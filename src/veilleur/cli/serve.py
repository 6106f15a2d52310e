"""Commands `veilleur serve` and `veilleur prepare`: the server, and its model."""

from __future__ import annotations

from typing import Annotated

import typer

from veilleur import __version__
from veilleur.cli.common import ConfigOpt, DataDirOpt, ModelOpt, console, err, fail, load
from veilleur.errors import VeilleurError
from veilleur.logs import configure_logging
from veilleur.models import ensure_default_model

__all__ = ["prepare", "register", "serve"]

SERVER_FAILED = 1
"""Exit code of a server or model that cannot be brought up (see `veilleur.cli.common`)."""


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add `veilleur serve` and `veilleur prepare`."""
    app.command()(serve)
    app.command()(prepare)


def serve(
    host: Annotated[str | None, typer.Option(help="Address to bind (default 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default 8000).")] = None,
    model: ModelOpt = None,
    data_dir: DataDirOpt = None,
    n_ctx: Annotated[int | None, typer.Option("--n-ctx", help="Context window in tokens.")] = None,
    threads: Annotated[int | None, typer.Option("--threads", help="CPU threads.")] = None,
    config: ConfigOpt = None,
) -> None:
    """Run the HTTP server (OpenAI-compatible API and conversation API)."""
    # veilleur.server brings FastAPI, uvicorn and llama.cpp: imported here, only `serve`
    # pays for them, not every command's start.
    from veilleur.server import serve as run_server

    settings = load(
        config=config,
        host=host,
        port=port,
        model=model,
        data_dir=data_dir,
        n_ctx=n_ctx,
        n_threads=threads,
    )
    configure_logging(settings.log_level, settings.log_format)
    err.print(f"[bold]Veilleur {__version__}[/] loading the model…")

    def announce() -> None:
        err.print(
            f"Veilleur listening on [bold cyan]http://{settings.host}:{settings.port}[/] "
            f"(OpenAI API at /v1, data in {settings.data_dir})",
            soft_wrap=True,
        )

    try:
        run_server(settings, announce=announce)
    except VeilleurError as exc:
        raise fail(exc, SERVER_FAILED) from None


def prepare(
    model: ModelOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Materialise the default model into the cache (checksum verified); check a --model file."""
    settings = load(config=config, model=model)
    if settings.model is not None:
        console.print(f"model: {settings.model}")
        return
    try:
        path = ensure_default_model(settings.model_cache_dir)
    except VeilleurError as exc:
        raise fail(exc, SERVER_FAILED) from None
    console.print(f"default model ready (SHA-256 verified): {path}", soft_wrap=True)
