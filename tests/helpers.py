"""Test helpers: a real `veilleur serve` process on a free loopback port, and a scripted
backend for what the real model cannot be made to do on demand."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator, Iterator, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx

from veilleur.engine.base import EventStream
from veilleur.server import free_port
from veilleur.types import (
    ChatMessage,
    EngineEvent,
    Finished,
    GenerationRequest,
    ModelInfo,
    TextDelta,
    Usage,
)

__all__ = ["WEATHER", "ScriptedBackend", "ServerProcess", "app_routes"]


class ServerProcess:
    """`python -m veilleur.cli serve` in a subprocess, on its own data directory."""

    def __init__(
        self,
        data_dir: Path,
        *,
        port: int | None = None,
        env: dict[str, str] | None = None,
        args: tuple[str, ...] = (),
    ):
        self.data_dir = data_dir
        self.port = port or free_port()
        self.env = {**os.environ, "VEILLEUR_DATA_DIR": str(data_dir), **(env or {})}
        self.args = args
        self.proc: subprocess.Popen[bytes] | None = None
        self.log_path = data_dir / f"server-{self.port}.log"

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 600.0) -> ServerProcess:
        """Start and wait for `/readyz` (the event); the deadline is generous for a
        loaded machine, where loading the model and the safety checks is slow."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "veilleur.cli", "serve", "--port", str(self.port), *self.args],
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}:\n{self.log()}")
            try:
                if httpx.get(f"{self.base_url}/readyz", timeout=1.0).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"server did not become ready (/readyz) within {timeout:.0f} s:\n"
                           f"{self.log()}")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def kill(self) -> None:
        """SIGKILL: the process dies at once, as in a crash."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()

    def __enter__(self) -> ServerProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


AXE = Path(__file__).parent / "browser" / "vendor" / "axe.min.js"


def axe_problems(page: Any) -> list[dict[str, Any]]:
    """The serious and critical axe-core violations of what the page shows now."""
    page.evaluate(AXE.read_text())
    return page.evaluate(
        """async () => {
            const result = await axe.run(document, {resultTypes: ["violations"]});
            return result.violations
                .filter((v) => ["serious", "critical"].includes(v.impact))
                .map((v) => ({id: v.id, impact: v.impact, help: v.help,
                              nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" "))}));
        }"""
    )


class ScriptedBackend:
    """Implements the Backend protocol with a fixed answer: the real model cannot be made
    to write a harmful answer on demand, and the output guard must be shown to cut one."""

    def __init__(self, pieces: Sequence[str]):
        self.pieces = pieces
        self.closed = False
        self.started = 0  # generations whose events were read: the model was reached
        self.requests: list[GenerationRequest] = []  # every request admitted

    @property
    def info(self) -> ModelInfo:
        return ModelInfo(id="scripted", context_length=4096)

    def is_ready(self) -> bool:
        return True

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    def stats(self) -> dict[str, float]:
        return {}

    def count_chat_tokens(self, messages: Sequence[ChatMessage],
                          tools: Sequence[Any] = ()) -> int:
        return sum(self.count_tokens(m.content) + 4 for m in messages) + 20 * len(tools)

    def generate(self, request: GenerationRequest) -> EventStream:
        self.requests.append(request)

        async def events() -> AsyncIterator[EngineEvent]:
            self.started += 1
            try:
                for piece in self.pieces:
                    yield TextDelta(piece)
                yield Finished("stop", Usage(10, len(self.pieces)))
            finally:
                self.closed = True

        return EventStream(events(), lambda: None)

    async def aclose(self) -> None:
        pass


def app_routes(app: Any) -> Iterator[tuple[str, frozenset[str]]]:
    """Every `(path, methods)` of a FastAPI app, included routers walked (FastAPI wraps
    each included router, so `app.routes` alone does not list the routes)."""

    def walk(routes: Any) -> Iterator[tuple[str, frozenset[str]]]:
        for route in routes:
            inner = getattr(route, "original_router", None)
            if inner is not None:
                yield from walk(inner.routes)
            elif getattr(route, "path", None):
                yield route.path, frozenset(getattr(route, "methods", None) or ())

    return walk(app.routes)


UPSTREAM_PIECES = ["Bonjour ", "from ", "upstream."]


class QuietHandler(BaseHTTPRequestHandler):
    """Base of the tests' fake HTTP servers: HTTP/1.1, no access log, `_send` for JSON."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class LoopbackServer:
    """`handler` served by a threaded HTTP server on a free loopback port; `url` is its
    OpenAI base (`…/v1`)."""

    def __init__(self, handler: type[BaseHTTPRequestHandler]) -> None:
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


def _upstream_logprobs(path: str, piece: str, body: dict[str, Any]) -> dict[str, Any] | None:
    """What an OpenAI server sends as a piece's logprobs when the request asked for them
    (one token a piece, its logprob -0.25, its alternatives -1, -2…)."""
    if body.get("logprobs") in (None, False):
        return None
    if path.endswith("/chat/completions"):
        top = [{"token": f"{piece}~{i}" if i else piece, "logprob": -0.25 - i,
                "bytes": list((f"{piece}~{i}" if i else piece).encode())}
               for i in range(int(body.get("top_logprobs") or 0))]
        return {"content": [{"token": piece, "logprob": -0.25,
                             "bytes": list(piece.encode()), "top_logprobs": top}]}
    top_n = int(body["logprobs"])
    return {"tokens": [piece], "token_logprobs": [-0.25], "text_offset": [0],
            "top_logprobs": [{piece if not i else f"{piece}~{i}": -0.25 - i
                              for i in range(top_n)}]}


class ScriptedUpstream:
    """An OpenAI-compatible server that answers every completion with `UPSTREAM_PIECES`
    (with logprobs when asked); `bodies` are the requests it received."""

    def __init__(self, model: str = "remote-model") -> None:
        self.posts = 0
        self.bodies: list[dict[str, Any]] = []
        owner = self

        class Handler(QuietHandler):
            def do_GET(self) -> None:
                self._send(200, json.dumps(
                    {"data": [{"id": model, "context_length": 4096}]}).encode())

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
                owner.posts += 1
                owner.bodies.append(body)
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Connection", "close")
                self.end_headers()
                for piece in UPSTREAM_PIECES:
                    chunk = {"choices": [{"index": 0, "text": piece, "delta": {"content": piece},
                                          "logprobs": _upstream_logprobs(self.path, piece, body),
                                          "finish_reason": None}]}
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                done = {"choices": [{"index": 0, "text": "", "delta": {},
                                     "finish_reason": "stop"}]}
                self.wfile.write(f"data: {json.dumps(done)}\n\ndata: [DONE]\n\n".encode())

        self.http = LoopbackServer(Handler)
        self.url = self.http.url

    def close(self) -> None:
        self.http.close()


# A function tool of the tool-call tests (chat completions and conversations).
WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The current weather of a city.",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string", "maxLength": 30},
                           "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]}},
            "required": ["city", "unit"],
            "additionalProperties": False,
        },
    },
}
