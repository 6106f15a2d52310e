"""The `veilleur` command line.

`chat`, `ask` and `models` talk to a running server (`--url`, default: the configured
host and port); when none answers there, they start one for themselves on a free loopback
port, on the same data directory, so that conversations land in the same store.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import httpx
import typer
from rich.console import Console
from rich.table import Table

from veilleur import __version__
from veilleur.config import Settings, load_settings
from veilleur.errors import VeilleurError

__all__ = ["app", "main"]

app = typer.Typer(
    name="veilleur",
    help="Veilleur: a self-hosted, safety-first assistant.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Evaluations of the model and of the product.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


def _register_plugins() -> None:
    """Built-in command groups register through the same hook a plugin would use."""
    from veilleur.plugins import load

    for register in load("cli"):
        register(app, eval_app)


console = Console()
err = Console(stderr=True)

ConfigOpt = Annotated[
    Path | None, typer.Option("--config", help="TOML settings file (see docs/configuration.md).")
]
ModelOpt = Annotated[
    Path | None, typer.Option("--model", help="GGUF model file (default: the built-in model).")
]
DataDirOpt = Annotated[
    Path | None, typer.Option("--data-dir", help="Directory of the conversation store.")
]
UrlOpt = Annotated[
    str | None,
    typer.Option("--url", help="Server to talk to (default: http://HOST:PORT from settings)."),
]


def _fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[bold red]error:[/] {message}")
    return typer.Exit(code)


def _settings(**overrides: Any) -> Settings:
    try:
        return load_settings(overrides.pop("config", None), **overrides)
    except VeilleurError as exc:
        raise _fail(exc.message, 2) from None


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    if version:
        console.print(f"veilleur {__version__}")
        raise typer.Exit()


@app.command()
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
    from veilleur.server import serve as run_server

    settings = _settings(
        config=config,
        host=host,
        port=port,
        model=model,
        data_dir=data_dir,
        n_ctx=n_ctx,
        n_threads=threads,
    )
    for noisy in ("alembic", "presidio-analyzer"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    logging.basicConfig(
        level=settings.log_level.upper(), format="%(levelname)s %(name)s: %(message)s"
    )
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
        raise _fail(exc.message) from None


@app.command()
def prepare(
    model: ModelOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Materialise the default model into the cache (checksum verified); check a --model file."""
    from veilleur.engine.models import ensure_default_model

    settings = _settings(config=config, model=model)
    if settings.model is not None:
        console.print(f"model: {settings.model}")
        return
    try:
        path = ensure_default_model(settings.model_cache_dir)
    except VeilleurError as exc:
        raise _fail(exc.message) from None
    console.print(f"default model ready (SHA-256 verified): {path}", soft_wrap=True)


@contextmanager
def _connection(settings: Settings, url: str | None) -> Iterator[httpx.Client]:
    """A client for the server at `url`; without `url`, the configured one or a local one."""
    headers = {}
    if settings.api_key is not None:
        headers["Authorization"] = f"Bearer {settings.api_key.get_secret_value()}"
    base = url or f"http://{settings.host}:{settings.port}"
    timeout = httpx.Timeout(600.0, connect=5.0)
    if url is None and not _answers(base):
        from veilleur.server import BackgroundServer

        try:
            with (
                BackgroundServer(settings) as server,
                httpx.Client(base_url=server.base_url, headers=headers, timeout=timeout) as client,
            ):
                yield client
        except VeilleurError as exc:
            raise _fail(exc.message) from None
        return
    with httpx.Client(base_url=base, headers=headers, timeout=timeout) as client:
        if url is not None and not _answers(base):
            raise _fail(f"no Veilleur server answers at {base}")
        yield client


def _model_id(client: httpx.Client) -> str:
    """Id of the model the server behind `client` serves (the first of /v1/models)."""
    return str(client.get("/v1/models").json()["data"][0]["id"])


def _eval_target(settings: Settings, client: httpx.Client) -> tuple[str, str | None]:
    """Base URL and API key of the server behind `client`, for an eval's own clients."""
    key = settings.api_key.get_secret_value() if settings.api_key else None
    return str(client.base_url).rstrip("/"), key


def _answers(base: str) -> bool:
    try:
        return httpx.get(f"{base}/readyz", timeout=2.0).status_code == 200
    except httpx.HTTPError:
        return False


def _api_error(response: httpx.Response) -> str:
    try:
        return str(response.json()["error"]["message"])
    except (ValueError, KeyError, TypeError):
        return f"HTTP {response.status_code}"


def sse_events(response: httpx.Response) -> Iterator[tuple[str, dict[str, Any]]]:
    """The `(event, data)` pairs of a response of named Server-Sent Events."""
    event = ""
    for line in response.iter_lines():
        if line.startswith("event: "):
            event = line.removeprefix("event: ")
        elif line.startswith("data: "):
            yield event, json.loads(line.removeprefix("data: "))


def _stream_turn(client: httpx.Client, path: str, body: dict[str, Any]) -> dict[str, Any] | None:
    """Post a turn, print the reply as it streams, return the final assistant message."""
    final: dict[str, Any] | None = None
    with client.stream("POST", path, json=body) as response:
        if response.status_code >= 400:
            response.read()
            err.print(f"[red]{_api_error(response)}[/]")
            return None
        for event, data in sse_events(response):
            if event == "delta":
                console.print(data["text"], end="", markup=False, highlight=False, soft_wrap=True)
            elif event == "done":
                final = data
            elif event == "error":
                err.print(f"\n[red]{data['message']}[/]")
    console.print()
    return final


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


_CHAT_HELP = (
    "Commands: /new (new conversation), /history (show this conversation), /exit.\n"
    'Multi-line: end a line with \\ to continue, or type """ to open and close a block.'
)


@app.command()
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
    settings = _settings(config=config, model=model, data_dir=data_dir)
    with _connection(settings, url) as client:
        if conversation is not None:
            response = client.get(f"/api/conversations/{conversation}")
            if response.status_code != 200:
                raise _fail(_api_error(response))
            conversation_id = conversation
            err.print(f"Resuming [bold]{response.json()['title'] or conversation_id}[/]")
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
            _stream_turn(
                client, f"/api/conversations/{conversation_id}/messages", {"content": text}
            )
        err.print(f"[dim]Conversation {conversation_id} saved (resume with --conversation).[/]")


def _new_conversation(client: httpx.Client, system: str | None) -> str:
    body: dict[str, Any] = {}
    if system:
        body["system_prompt"] = system
    response = client.post("/api/conversations", json=body)
    if response.status_code != 201:
        raise _fail(_api_error(response))
    conversation_id = str(response.json()["id"])
    err.print(f"[dim]New conversation {conversation_id}[/]")
    return conversation_id


def _print_history(client: httpx.Client, conversation_id: str) -> None:
    response = client.get(f"/api/conversations/{conversation_id}")
    if response.status_code != 200:
        err.print(f"[red]{_api_error(response)}[/]")
        return
    for message in response.json()["messages"]:
        who = "[bold green]you[/]" if message["role"] == "user" else "[bold cyan]veilleur[/]"
        note = "" if message["status"] == "complete" else f" [yellow]({message['status']})[/]"
        console.print(f"{who}{note}: ", end="")
        console.print(message["content"], markup=False, highlight=False)


@app.command()
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
        raise _fail("no question: pass it as an argument or pipe it on stdin", 2)
    settings = _settings(config=config, model=model)
    with _connection(settings, url) as client:
        model_id = _model_id(client)
        messages = [{"role": "system", "content": system or settings.system_prompt}]
        messages.append({"role": "user", "content": text})
        body: dict[str, Any] = {"model": model_id, "messages": messages, "stream": True}
        if max_tokens is not None:
            body["max_tokens"] = max_tokens
        if temperature is not None:
            body["temperature"] = temperature
        with client.stream("POST", "/v1/chat/completions", json=body) as response:
            if response.status_code >= 400:
                response.read()
                raise _fail(_api_error(response))
            for line in response.iter_lines():
                if not line.startswith("data: ") or line == "data: [DONE]":
                    continue
                chunk = json.loads(line.removeprefix("data: "))
                if "error" in chunk:
                    raise _fail(chunk["error"]["message"])
                for choice in chunk.get("choices", []):
                    piece = choice.get("delta", {}).get("content")
                    if piece:
                        sys.stdout.write(piece)
                        sys.stdout.flush()
        sys.stdout.write("\n")


@app.command()
def models(
    url: UrlOpt = None,
    model: ModelOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Show the model a server serves, or the configured model file when none runs."""
    settings = _settings(config=config, model=model)
    base = url or f"http://{settings.host}:{settings.port}"
    table = Table("id", "context", "source")
    if _answers(base):
        for entry in httpx.get(f"{base}/v1/models", timeout=5.0).json()["data"]:
            table.add_row(entry["id"], str(entry.get("context_length", "")), base)
    elif url is not None:
        raise _fail(f"no Veilleur server answers at {url}")
    else:
        from veilleur.engine.models import DEFAULT_MODEL_PACKAGE

        if settings.model is not None:
            table.add_row(
                settings.model_name or settings.model.stem, str(settings.n_ctx), str(settings.model)
            )
        else:
            cached = settings.model_cache_dir / "gemma-3-270m-q4_k_m.gguf"
            where = (
                str(cached)
                if cached.exists()
                else f"PyPI package {DEFAULT_MODEL_PACKAGE} (not yet materialised)"
            )
            table.add_row(settings.model_name or "gemma-3-270m-q4_k_m", str(settings.n_ctx), where)
    console.print(table)


@eval_app.command("chat")
def eval_chat(
    url: UrlOpt = None,
    output: Annotated[
        Path | None, typer.Option("--output", help="Write the report (Markdown) to this file.")
    ] = None,
    model: ModelOpt = None,
    config: ConfigOpt = None,
) -> None:
    """How many of 20 simple questions (EN/FR) the model answers on topic."""
    import datetime
    import platform

    from veilleur.evals.chat import run_chat_eval

    settings = _settings(config=config, model=model)
    with _connection(settings, url) as client:
        base, key = _eval_target(settings, client)
        model_id = _model_id(client)
        started = datetime.datetime.now(datetime.UTC)
        results = run_chat_eval(base, api_key=key)
    table = Table("lang", "on topic", "correct", "same lang", "question", "answer")
    yes = {True: "yes", False: "no"}
    for r in results:
        table.add_row(
            r.lang, yes[r.on_topic], yes[r.correct], yes[r.same_language], r.question, r.answer[:80]
        )
    console.print(table)
    parts = []
    for label, attr in (
        ("on topic", "on_topic"),
        ("correct", "correct"),
        ("in the question's language", "same_language"),
    ):
        per_lang = ", ".join(
            f"{lang}: {sum(getattr(r, attr) for r in results if r.lang == lang)}"
            f"/{sum(r.lang == lang for r in results)}"
            for lang in ("en", "fr")
        )
        parts.append(
            f"{sum(getattr(r, attr) for r in results)}/{len(results)} {label} ({per_lang})"
        )
    summary = "; ".join(parts)
    console.print(summary)
    if output is not None:
        lines = [
            "## Chat: on-topic answers (`veilleur eval chat`)",
            "",
            f"Model `{model_id}`, greedy decoding, max 64 tokens; run on {started:%Y-%m-%d} "
            f"({platform.machine()}, {platform.system()}).",
            "Command: `make eval` (`veilleur eval chat --output docs/quality.md`).",
            "",
            f"**{summary}**",
            "",
            "| lang | on topic | correct | same language | question | answer |",
            "|---|---|---|---|---|---|",
        ]
        for r in results:
            answer = r.answer.replace("|", "\\|").replace("\n", " ")
            lines.append(
                f"| {r.lang} | {'yes' if r.on_topic else 'no'} | {r.question} | {answer} |"
            )
        output.write_text("# Quality of the default model\n\n" + "\n".join(lines) + "\n")
        console.print(f"report written to {output}")


_register_plugins()


def main() -> None:
    """Entry point of the `veilleur` script."""
    try:
        app()
    except KeyboardInterrupt:
        err.print("[dim]interrupted[/]")
        raise SystemExit(130) from None


if __name__ == "__main__":
    main()
