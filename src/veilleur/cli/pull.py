"""Command `veilleur pull`: fetch a GGUF from the Hugging Face Hub or a URL, and register it."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)

from veilleur.cli.common import ConfigOpt, console, err, fail, load
from veilleur.errors import VeilleurError
from veilleur.model_registry import ModelRegistry, RegisteredModel
from veilleur.pull import PullOptions, format_size, pull_hub, pull_url

__all__ = ["pull", "register"]


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add `veilleur pull`."""
    app.command()(pull)


def pull(
    source: Annotated[
        str,
        typer.Argument(
            help="A Hugging Face Hub repository (owner/name) or an http(s) URL of a .gguf file."
        ),
    ],
    file: Annotated[
        str | None,
        typer.Option(
            "--file", "-f",
            help="Glob over the repository's files (e.g. '*Q4_K_M.gguf'); default: every .gguf.",
        ),
    ] = None,
    revision: Annotated[
        str | None, typer.Option("--revision", help="Branch, tag or commit (default: main).")
    ] = None,
    select_all: Annotated[
        bool, typer.Option("--all", help="Pull every model the glob matches, not just one.")
    ] = False,
    name: Annotated[
        str | None,
        typer.Option("--name", help="Id to register the model under (default: repo/file-stem)."),
    ] = None,
    directory: Annotated[
        Path | None,
        typer.Option("--dir", help="Directory for the files (default: under model_cache_dir)."),
    ] = None,
    sha256: Annotated[
        str | None,
        typer.Option(
            "--sha256", help="Expected SHA-256 of a URL's file (the Hub publishes its own)."
        ),
    ] = None,
    endpoint: Annotated[
        str | None,
        typer.Option("--endpoint", help="Hub address (default: HF_ENDPOINT or huggingface.co)."),
    ] = None,
    config: ConfigOpt = None,
) -> None:
    """Download a GGUF model (resumable, SHA-256 checked) and register it for --model ID."""
    settings = load(config=config)
    is_url = source.startswith(("http://", "https://"))
    if is_url and (file or revision or select_all):
        raise fail("--file, --revision and --all are for Hub repositories, not URLs", code=2)
    if not is_url and sha256:
        raise fail("--sha256 is for URLs: the Hub publishes each file's SHA-256", code=2)
    with _RichProgress() as progress:
        options = PullOptions(
            registry=ModelRegistry(settings.model_cache_dir),
            directory=directory.expanduser() if directory else None,
            name=name,
            progress=progress,
        )
        try:
            if is_url:
                models = [pull_url(source, options, sha256=sha256)]
            else:
                models = pull_hub(
                    source, file, options, revision=revision, select_all=select_all,
                    endpoint=endpoint,
                )
        except VeilleurError as exc:
            progress.stop()
            raise fail(exc) from None
        except KeyboardInterrupt:
            progress.stop()
            err.print("interrupted: run the same command again to resume the download")
            raise SystemExit(130) from None
    for model in models:
        _report(model, checked_by="the Hub" if not is_url else "--sha256")


def _report(model: RegisteredModel, *, checked_by: str) -> None:
    context = f", context {model.context_length}" if model.context_length else ""
    console.print(
        f"pulled [bold]{model.id}[/] ({format_size(model.size)}{context}): {model.path}",
        soft_wrap=True,
    )
    for file in model.files:
        state = (
            f"verified against {checked_by}"
            if file.verified
            else "unverified: computed here, give --sha256 to check it"
        )
        console.print(f"  sha256 {file.sha256} ({state})", soft_wrap=True)
    console.print(f"  use it: veilleur serve --model {model.id}", soft_wrap=True)


_REDRAW_SECONDS = 0.1  # the bar is redrawn at most this often, by the downloading thread


class _RichProgress:
    """A Rich progress bar on stderr, one task per file (`veilleur.pull.Progress`).

    Drawn by the thread that downloads (`auto_refresh=False`), never by Rich's refresh
    thread: a Ctrl-C lands in the main thread at any bytecode, even just after a Rich lock
    was taken, and with a second thread taking the same locks in the other order the
    process could hang instead of stopping (seen once in CI). With one thread, Rich's
    reentrant locks cannot deadlock.
    """

    def __init__(self) -> None:
        self._bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
            TimeRemainingColumn(),
            console=err,
            transient=False,
            auto_refresh=False,
        )
        self._drawn = 0.0
        self._task: TaskID | None = None
        self._label: str | None = None
        self._started = False

    def __enter__(self) -> _RichProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        """Stop drawing, so that an error line comes after the bar."""
        if self._started:
            self._bar.stop()
            self._started = False

    def start(self, label: str, total: int | None, done: int) -> None:
        """A request began (again, when `label` is the file being downloaded)."""
        if not self._started:  # drawn from the first byte on: an early error stays one line
            self._bar.start()
            self._started = True
        if self._task is None or label != self._label:
            self._task = self._bar.add_task(label, total=total, completed=done)
            self._label = label
        else:
            self._bar.update(self._task, total=total, completed=done)
        self._redraw(force=True)

    def advance(self, size: int) -> None:
        """More bytes arrived."""
        if self._task is not None:
            self._bar.advance(self._task, size)
            self._redraw()

    def _redraw(self, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self._drawn >= _REDRAW_SECONDS:
            self._drawn = now
            self._bar.refresh()

    def restart(self) -> None:
        """The server ignored the range: the bytes counted so far are gone."""
        if self._task is not None:
            self._bar.update(self._task, completed=0)
            self._redraw(force=True)
