"""Commands `veilleur translate|summarize|generate` and `veilleur eval translate|summarize`.

A file is read here with the same reader as the API (`veilleur.documents`: sniffed,
size-checked), and its text is sent to a server (`--url`, or one started for the
command, as `veilleur ask` does). Progress goes to stderr as a Rich progress bar; the
result goes to stdout only once it is complete.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

__all__ = ["register"]

UrlOpt = Annotated[str | None, typer.Option("--url", help="Server to talk to.")]
InputArg = Annotated[str, typer.Argument(help="File (.txt .md .html .pdf .docx), or - for stdin.")]


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add `veilleur translate|summarize|generate` and `veilleur eval translate|summarize`."""
    app.command("translate")(translate)
    app.command("summarize")(summarize)
    app.command("generate")(generate)
    from veilleur.evals.summarize import eval_summarize
    from veilleur.evals.translate import eval_translate

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
            raise _fail(f"--glossary {entry!r} is not TERM=TRANSLATION", 2)
        terms[term.strip()] = translation.strip()
    body = {"text": _read(source), "target_language": to, "source_language": from_,
            "glossary": terms}
    _run("/api/tasks/translate", body, url)


def summarize(
    source: InputArg,
    length: Annotated[str, typer.Option("--length", help="sentence, short, detailed or "
                                        "bullets.")] = "short",
    language: Annotated[str | None, typer.Option(
        "--language", "-l", help="Language of the summary (default: the document's).")] = None,
    url: UrlOpt = None,
) -> None:
    """Summarise a file or stdin of any length (map-reduce beyond the context window)."""
    _run("/api/tasks/summarize",
         {"text": _read(source), "length": length, "language": language}, url)


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
    _run("/api/tasks/generate", {"text": text, "preset": preset, "language": language,
                                 "instruction": instruction}, url)


def _fail(message: str, code: int = 1) -> typer.Exit:
    from veilleur.cli import _fail as fail

    return fail(message, code)


def _read(source: str) -> str:
    """The text of `source` (a path, or - for stdin), read like the API reads an upload."""
    from veilleur.documents import DocumentError, read_document
    from veilleur.tasks.text import TextSettings

    limit = TextSettings().max_document_bytes
    if source == "-":
        if sys.stdin.isatty():
            raise _fail("reading the text from stdin: pipe something in, or pass a file", 2)
        data, name = sys.stdin.buffer.read(limit + 1), None
    else:
        path = Path(source)
        try:
            if path.stat().st_size > limit:  # refuse before loading it
                raise _fail(f"{source} is {path.stat().st_size} bytes; the limit is {limit} "
                            "(setting VEILLEUR_TEXT_MAX_DOCUMENT_BYTES)", 2)
            data = path.read_bytes()
        except OSError as exc:
            raise _fail(f"cannot read {source}: {exc.strerror}", 2) from None
        name = path.name
    try:
        return read_document(data, name, max_bytes=limit).text
    except DocumentError as exc:
        raise _fail(exc.message, 2) from None


def _run(path: str, body: dict[str, Any], url: str | None) -> None:
    """Post a task; show progress on stderr; print the result; exit 1 unless complete."""
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn

    from veilleur.cli import _api_error, _connection, _settings, console, err, sse_events

    done: dict[str, Any] | None = None
    body = {k: v for k, v in body.items() if v not in (None, {}, [])} | {"stream": True}
    with (_connection(_settings(), url) as client,
          Progress(TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(),
                   console=err, transient=True) as progress,
          client.stream("POST", path, json=body) as response):
        if response.status_code >= 400:
            response.read()
            raise _fail(_api_error(response))
        bar = None
        for event, data in sse_events(response):
            if event == "progress":
                label = data["stage"] + (f" (level {data['level']})" if "level" in data else "")
                if bar is None:
                    bar = progress.add_task(label, total=data["total"])
                progress.update(bar, description=label, completed=data["done"],
                                total=max(1, data["total"]))
            elif event == "error":
                raise _fail(data["message"])
            elif event == "done":
                done = data
    if done is None:
        raise _fail("the server ended the task without a result")
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
