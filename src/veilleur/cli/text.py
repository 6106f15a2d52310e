"""Commands `veilleur translate|summarize|generate` and `veilleur eval translate|summarize`.

A file is read here with the same reader as the API (`veilleur.documents`: sniffed,
size-checked), and its text is sent to a server (`--url`, or one started for the
command, as `veilleur ask` does). Progress goes to stderr as a Rich progress bar; the
result goes to stdout only once it is complete.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn
from rich.table import Table

from veilleur.cli.common import connect, console, err, fail, load
from veilleur.client import Client, Event
from veilleur.documents import DocumentError, read_document
from veilleur.evals import summarize as summarize_eval
from veilleur.evals import translate as translate_eval

__all__ = ["eval_summarize", "eval_translate", "generate", "register", "summarize",
           "translate"]

UrlOpt = Annotated[str | None, typer.Option("--url", help="Server to talk to.")]
InputArg = Annotated[str, typer.Argument(help="File (.txt .md .html .pdf .docx), or - for stdin.")]
OutputOpt = Annotated[Path | None, typer.Option("--output", help="Write the report (Markdown) "
                                                "to this file.")]


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add `veilleur translate|summarize|generate` and `veilleur eval translate|summarize`."""
    app.command("translate")(translate)
    app.command("summarize")(summarize)
    app.command("generate")(generate)
    eval_app.command("translate")(eval_translate)
    eval_app.command("summarize")(eval_summarize)


def translate(
    source: InputArg,
    to: Annotated[str, typer.Option("--to", help="Target language (fr, en, es, de, it, pt…).")],
    from_: Annotated[str | None, typer.Option("--from", help="Source language (default: "
                                              "detected).")] = None,
    glossary: Annotated[list[str] | None, typer.Option(
        "--glossary", "-g", help="TERM=TRANSLATION that must be used (repeatable).")] = None,
    url: UrlOpt = None,
) -> None:
    """Translate a file or stdin, keeping Markdown, code, URLs, numbers and {placeholders}."""
    terms: dict[str, str] = {}
    for entry in glossary or []:
        term, sep, translation = entry.partition("=")
        if not sep or not term.strip() or not translation.strip():
            raise fail(f"--glossary {entry!r} is not TERM=TRANSLATION", 2)
        terms[term.strip()] = translation.strip()
    text = _read(source)
    _run(lambda client: client.translate(text, to, source_language=from_,
                                         glossary=terms or None), url)


def summarize(
    source: InputArg,
    length: Annotated[str, typer.Option("--length", help="sentence, short, detailed or "
                                        "bullets.")] = "short",
    language: Annotated[str | None, typer.Option(
        "--language", "-l", help="Language of the summary (default: the document's).")] = None,
    url: UrlOpt = None,
) -> None:
    """Summarise a file or stdin of any length (map-reduce beyond the context window)."""
    text = _read(source)
    _run(lambda client: client.summarize(text, length=length, language=language), url)


def generate(
    preset: Annotated[str, typer.Argument(help="rewrite, expand, shorten, formal, informal, "
                                          "email or letter.")],
    source: Annotated[str, typer.Argument(help="File, - for stdin, or the text itself.")],
    language: Annotated[str | None, typer.Option(
        "--language", "-l", help="Language to write in (default: the text's).")] = None,
    instruction: Annotated[str | None, typer.Option(
        "--instruction", help="An extra instruction, e.g. 'address it to Ms Martin'.")] = None,
    url: UrlOpt = None,
) -> None:
    """Apply a preset to a text: rewrite, expand, shorten, change tone, draft an e-mail or
    letter from notes."""
    text = _read(source) if source == "-" or Path(source).is_file() else source
    _run(lambda client: client.generate(text, preset, language=language,
                                        instruction=instruction), url)


def _read(source: str) -> str:
    """The text of `source` (a path, or - for stdin), read like the API reads an upload."""
    limit = load().text.max_document_bytes
    if source == "-":
        if sys.stdin.isatty():
            raise fail("reading the text from stdin: pipe something in, or pass a file", 2)
        data, name = sys.stdin.buffer.read(limit + 1), None
    else:
        path = Path(source)
        try:
            if path.stat().st_size > limit:  # refuse before loading it
                raise fail(f"{source} is {path.stat().st_size} bytes; the limit is {limit} "
                           "(setting VEILLEUR_TEXT_MAX_DOCUMENT_BYTES)", 2)
            data = path.read_bytes()
        except OSError as exc:
            raise fail(f"cannot read {source}: {exc.strerror}", 2) from None
        name = path.name
    try:
        return read_document(data, name, max_bytes=limit).text
    except DocumentError as exc:
        raise fail(exc.message, 2) from None


def _run(task: Callable[[Client], Iterator[Event]], url: str | None) -> None:
    """Run a task; show progress on stderr; print the result; exit 1 unless complete."""
    done: dict[str, Any] | None = None
    with (connect(load(), url) as client,
          Progress(TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(),
                   console=err, transient=True) as progress):
        bar = None
        for event, data in task(client):
            if event == "progress":
                label = data["stage"] + (f" (level {data['level']})" if "level" in data else "")
                if bar is None:
                    bar = progress.add_task(label, total=data["total"])
                progress.update(bar, description=label, completed=data["done"],
                                total=max(1, data["total"]))
            elif event == "done":
                done = data
    if done is None:
        raise fail("the server ended the task without a result")
    for warning in done.get("warnings", []):
        err.print(f"[yellow]warning:[/] {warning['message']}", highlight=False)
    if done.get("refused"):
        err.print(f"[bold red]refused:[/] {done['text']}", highlight=False)
        raise typer.Exit(1)
    console.print(done["text"], markup=False, highlight=False, soft_wrap=True)
    checks = done.get("checks")
    if checks and not done.get("complete", True):
        err.print(f"[yellow]checks:[/] {json.dumps(checks, ensure_ascii=False)}",
                  highlight=False)
        raise typer.Exit(1)


def eval_translate(
    url: Annotated[str | None, typer.Option("--url", help="Server to evaluate.")] = None,
    directions: Annotated[str, typer.Option(
        "--directions", help="Comma-separated pairs, e.g. en-fr,fr-en.")
    ] = ",".join(translate_eval.DIRECTIONS),
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Sentences per "
                                              "direction.")] = None,
    output: OutputOpt = None,
) -> None:
    """chrF and BLEU of translation (sacrebleu) on a small 6-language set."""
    chosen = tuple(d.strip() for d in directions.split(",") if d.strip())
    unknown = [d for d in chosen if d not in translate_eval.DIRECTIONS]
    if unknown:
        raise typer.BadParameter(
            f"unknown direction(s) {unknown}; use {', '.join(translate_eval.DIRECTIONS)}")
    with connect(load(), url) as client:
        model = client.model_id()
        segments = translate_eval.run_translate_eval(client, directions=chosen, limit=limit)
    table = translate_eval.score(segments)
    view = Table("direction", "BLEU", "chrF", "segments", "seconds")
    for name, row in table.items():
        view.add_row(name, f"{row['bleu']:.1f}", f"{row['chrf']:.1f}", str(row["segments"]),
                     f"{row['seconds']:.0f}")
    console.print(view)
    if output is not None:
        output.write_text(translate_eval.report(model, table, segments))
        console.print(f"report written to {output}")


def eval_summarize(
    url: Annotated[str | None, typer.Option("--url", help="Server to evaluate.")] = None,
    length: Annotated[str, typer.Option("--length", help="Summary length to ask for.")
                      ] = "short",
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Documents to use.")
                     ] = None,
    output: OutputOpt = None,
) -> None:
    """ROUGE of summaries (rouge-score) on a small English/French set."""
    with connect(load(), url) as client:
        model = client.model_id()
        summaries = summarize_eval.run_summarize_eval(client, length=length, limit=limit)
    table = summarize_eval.rouge(summaries)
    view = Table("set", "ROUGE-1", "ROUGE-2", "ROUGE-L", "documents")
    for name, row in table.items():
        view.add_row(name, f"{row['rouge1']:.1f}", f"{row['rouge2']:.1f}",
                     f"{row['rougeL']:.1f}", str(int(row["documents"])))
    console.print(view)
    if output is not None:
        output.write_text(summarize_eval.report(model, length, table, summaries))
        console.print(f"report written to {output}")
