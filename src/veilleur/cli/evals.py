"""Command `veilleur eval chat`: the on-topic evaluation of chat (`veilleur.evals.chat`)."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from veilleur.cli.common import ConfigOpt, ModelOpt, UrlOpt, connect, console, load
from veilleur.evals.chat import report, run_chat_eval, summary

__all__ = ["eval_chat", "register"]


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add `veilleur eval chat`."""
    eval_app.command("chat")(eval_chat)


def eval_chat(
    url: UrlOpt = None,
    output: Annotated[
        Path | None, typer.Option("--output", help="Write the report (Markdown) to this file.")
    ] = None,
    model: ModelOpt = None,
    config: ConfigOpt = None,
) -> None:
    """How many of 20 simple questions (EN/FR) the model answers on topic."""
    settings = load(config=config, model=model)
    with connect(settings, url) as client:
        model_id = client.model_id()
        started = datetime.datetime.now(datetime.UTC)
        results = run_chat_eval(client)
    table = Table("lang", "on topic", "correct", "same lang", "question", "answer")
    yes = {True: "yes", False: "no"}
    for r in results:
        table.add_row(
            r.lang, yes[r.on_topic], yes[r.correct], yes[r.same_language], r.question, r.answer[:80]
        )
    console.print(table)
    console.print(summary(results))
    if output is not None:
        output.write_text(report(results, model_id, started))
        console.print(f"report written to {output}")
