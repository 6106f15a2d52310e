"""Commands `veilleur eval chat` (the on-topic evaluation of chat, `veilleur.evals.chat`)
and `veilleur eval retrieval` (recall@k and MRR of passage retrieval,
`veilleur.evals.retrieval`)."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from veilleur.cli.common import ConfigOpt, ModelOpt, UrlOpt, connect, console, load
from veilleur.evals.chat import report, run_chat_eval, summary

__all__ = ["eval_chat", "eval_retrieval", "register"]


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add `veilleur eval chat` and `veilleur eval retrieval`."""
    eval_app.command("chat")(eval_chat)
    eval_app.command("retrieval")(eval_retrieval)


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


def eval_retrieval(
    url: UrlOpt = None,
    embedder: Annotated[str, typer.Option(
        "--embedder", help="model (the server's /v1/embeddings), hashing (a bag-of-words "
        "baseline, no server) or both.")] = "both",
    data: Annotated[Path | None, typer.Option(
        "--data", help="The set's directory (default: data/retrieval of the checkout).")] = None,
    database_url: Annotated[str | None, typer.Option(
        "--database-url", help="Index into this database instead of a throw-away SQLite "
        "file (its passages of the set's documents are replaced).")] = None,
    output: Annotated[
        Path | None, typer.Option("--output", help="Write the report (Markdown) to this file.")
    ] = None,
    answers: Annotated[int, typer.Option(
        "--answers", min=0, max=1000, help="Also ask the first N questions through the "
        "server's conversation API (each document attached to a conversation) and report "
        "how often the answer cites a passage holding the answer; 0: skip.")] = 0,
    model: ModelOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Recall@1/3/5 and MRR of passage retrieval (vector, full text, hybrid) on 41 FR/EN
    questions over five public-domain documents; with --answers N, whether the chat's
    answers cite a correct passage."""
    import asyncio
    import shlex
    import sys

    from veilleur.evals.retrieval import (
        DEFAULT_DATA,
        ClientEmbedder,
        hashing_embedder,
        report,
        run_retrieval_eval,
    )
    from veilleur.evals.retrieval_answers import answers_report, run_answers_eval

    if embedder not in ("model", "hashing", "both"):
        raise typer.BadParameter("must be model, hashing or both", param_hint="--embedder")
    directory = data or DEFAULT_DATA
    results = []
    if embedder in ("hashing", "both"):
        results.append(asyncio.run(run_retrieval_eval(
            hashing_embedder(), "hashing baseline (bag of words, 256 dimensions)",
            directory=directory, database_url=database_url)))
    if embedder in ("model", "both"):
        settings = load(config=config, model=model)
        with connect(settings, url) as client:
            model_id = client.model_id()
            results.append(asyncio.run(run_retrieval_eval(
                ClientEmbedder(client, model_id), f"{model_id} embeddings (/v1/embeddings)",
                directory=directory, database_url=database_url)))
    command = "veilleur eval retrieval " + shlex.join(sys.argv[3:]) if len(sys.argv) > 3 \
        else "veilleur eval retrieval"
    text = report(results, command.strip())
    if answers:
        settings = load(config=config, model=model)
        with connect(settings, url) as client:
            answered = run_answers_eval(client, answers, directory=directory)
        text += "\n" + answers_report(answered)
        console.print(f"answers of {answered.model} ({len(answered.scores)} questions): "
                      f"cite a correct passage {answered.share('cited_correct'):.2f}, cite "
                      f"anything {answered.share('cited_any'):.2f}, a correct passage given "
                      f"{answered.share('given_correct'):.2f}")
    for result in results:
        table = Table("search", "recall@1", "recall@3", "recall@5", "MRR@10",
                      title=result.embedder)
        for mode, scores in result.scores.items():
            table.add_row(mode, f"{scores.recall(1):.2f}", f"{scores.recall(3):.2f}",
                          f"{scores.recall(5):.2f}", f"{scores.mrr():.3f}")
        console.print(table)
    if output is not None:
        output.write_text(text)
        console.print(f"report written to {output}")
