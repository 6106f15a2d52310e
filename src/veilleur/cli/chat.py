"""Commands `veilleur chat` (interactive, saved) and `veilleur ask` (one question)."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from veilleur.cli.common import (
    ConfigOpt,
    DataDirOpt,
    ModelOpt,
    UrlOpt,
    connect,
    console,
    err,
    fail,
    load,
)
from veilleur.client import Client
from veilleur.errors import VeilleurError

__all__ = ["ask", "chat", "register"]

_CHAT_HELP = (
    "Commands: /new (new conversation), /history (show this conversation), /exit.\n"
    'Multi-line: end a line with \\ to continue, or type """ to open and close a block.'
)


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add `veilleur chat` and `veilleur ask`."""
    app.command()(chat)
    app.command()(ask)


def chat(
    conversation: Annotated[
        str | None, typer.Option("--conversation", "-c", help="Resume this conversation id.")
    ] = None,
    system: Annotated[
        str | None, typer.Option("--system", help="System prompt of a new conversation.")
    ] = None,
    url: UrlOpt = None,
    model: ModelOpt = None,
    data_dir: DataDirOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Chat interactively; the conversation is saved and can be resumed."""
    settings = load(config=config, model=model, data_dir=data_dir)
    with connect(settings, url) as client:
        if conversation is not None:
            title = client.get_conversation(conversation)["title"]
            conversation_id = conversation
            err.print(f"Resuming [bold]{title or conversation_id}[/]")
        else:
            conversation_id = _new_conversation(client, system)
        err.print(f"[dim]{_CHAT_HELP}[/]")
        while True:
            text = _read_input("[bold green]you>[/] ")
            if text is None or text.strip() == "/exit":
                break
            command = text.strip()
            if command == "/new":
                conversation_id = _new_conversation(client, system)
                continue
            if command == "/history":
                _print_history(client, conversation_id)
                continue
            if command in ("/help", "/?"):
                err.print(_CHAT_HELP)
                continue
            if not command:
                continue
            console.print("[bold cyan]veilleur>[/] ", end="")
            _stream_turn(client, conversation_id, text)
        err.print(f"[dim]Conversation {conversation_id} saved (resume with --conversation).[/]")


def _stream_turn(client: Client, conversation_id: str, text: str) -> None:
    """Post a turn and print the reply as it streams; a failed turn is printed, and the
    chat goes on."""
    started = False
    try:
        for event, data in client.send_message(conversation_id, text):
            started = True
            if event == "delta":
                console.print(data["text"], end="", markup=False, highlight=False, soft_wrap=True)
    except VeilleurError as exc:
        if not started:  # refused before the turn began: nothing was printed
            err.print(f"[red]{exc.message}[/]")
            return
        err.print(f"\n[red]{exc.message}[/]")
    console.print()


def _read_input(prompt: str) -> str | None:
    """One user message: a line, or several (end a line with \\ to continue, or wrap the
    message in triple quotes). None at end of input."""
    lines: list[str] = []
    block = False
    while True:
        try:
            line = console.input(prompt if not lines else "[dim]…[/] ")
        except EOFError:
            return "\n".join(lines) if lines else None
        if not lines and line.strip() == '"""':
            block = True
            continue
        if block:
            if line.strip() == '"""':
                return "\n".join(lines)
            lines.append(line)
        elif line.endswith("\\"):
            lines.append(line[:-1])
        else:
            lines.append(line)
            return "\n".join(lines)


def _new_conversation(client: Client, system: str | None) -> str:
    conversation_id = str(client.create_conversation(system_prompt=system or None)["id"])
    err.print(f"[dim]New conversation {conversation_id}[/]")
    return conversation_id


def _print_history(client: Client, conversation_id: str) -> None:
    try:
        messages = client.get_conversation(conversation_id)["messages"]
    except VeilleurError as exc:
        err.print(f"[red]{exc.message}[/]")
        return
    for message in messages:
        who = "[bold green]you[/]" if message["role"] == "user" else "[bold cyan]veilleur[/]"
        note = "" if message["status"] == "complete" else f" [yellow]({message['status']})[/]"
        console.print(f"{who}{note}: ", end="")
        console.print(message["content"], markup=False, highlight=False)


def ask(
    question: Annotated[
        list[str] | None, typer.Argument(help="The question (read from stdin when omitted).")
    ] = None,
    system: Annotated[str | None, typer.Option("--system", help="System prompt.")] = None,
    max_tokens: Annotated[
        int | None, typer.Option("--max-tokens", min=1, help="Answer length limit.")
    ] = None,
    temperature: Annotated[
        float | None, typer.Option("--temperature", min=0.0, max=2.0, help="Sampling temperature.")
    ] = None,
    url: UrlOpt = None,
    model: ModelOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Ask one question and stream the answer (not saved as a conversation)."""
    text = " ".join(question or [])
    if not text and not sys.stdin.isatty():
        text = sys.stdin.read()
    if not text.strip():
        raise fail("no question: pass it as an argument or pipe it on stdin", 2)
    settings = load(config=config, model=model)
    messages = [
        {"role": "system", "content": system or settings.system_prompt},
        {"role": "user", "content": text},
    ]
    options: dict[str, Any] = {"max_tokens": max_tokens, "temperature": temperature}
    with connect(settings, url) as client:
        pieces = client.chat_completion(
            messages, **{name: value for name, value in options.items() if value is not None}
        )
        for piece in pieces:
            sys.stdout.write(piece)
            sys.stdout.flush()
        sys.stdout.write("\n")
