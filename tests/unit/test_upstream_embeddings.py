"""The upstream backend's embeddings: passed to a real HTTP server on loopback, translated back."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from veilleur.engine.upstream import OpenAIUpstreamBackend
from veilleur.errors import ContextLengthError, EngineGenerateError, InvalidRequestError


class Upstream:
    """An OpenAI-like server: `/models` lists one model, `/embeddings` answers `reply`."""

    def __init__(self) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.reply: tuple[int, dict[str, Any]] = (200, {})
        upstream = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _send(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                self._send(200, {"data": [{"id": "bge-small", "object": "model"}]})

            def do_POST(self) -> None:
                length = int(self.headers["Content-Length"])
                upstream.bodies.append(json.loads(self.rfile.read(length)))
                self._send(*upstream.reply)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def upstream() -> Iterator[Upstream]:
    server = Upstream()
    yield server
    server.server.shutdown()
    server.server.server_close()


def _embed(upstream: Upstream, texts: list[str], **kwargs: Any) -> Any:
    async def run() -> Any:
        backend = OpenAIUpstreamBackend(upstream.url, redact=lambda t: t.replace("Alice", "X"))
        try:
            return await backend.embed(texts, **kwargs)
        finally:
            await backend.aclose()

    return asyncio.run(run())


def test_embeddings_are_passed_through(upstream: Upstream) -> None:
    upstream.reply = (200, {"object": "list", "model": "bge-small",
                            "data": [{"object": "embedding", "index": 1, "embedding": [0.0, 1.0]},
                                     {"object": "embedding", "index": 0, "embedding": [1.0, 0.0]}],
                            "usage": {"prompt_tokens": 7, "total_tokens": 7}})
    result = _embed(upstream, ["Hello Alice", "World"], dimensions=2)
    assert result.vectors == [[1.0, 0.0], [0.0, 1.0]]  # in the order of the inputs
    assert result.prompt_tokens == 7
    assert upstream.bodies == [{"model": "bge-small", "input": ["Hello X", "World"],
                                "encoding_format": "float", "dimensions": 2}]


@pytest.mark.parametrize(("status", "message", "error"), [
    (400, "This model's maximum context length is 512 tokens", ContextLengthError),
    (400, "dimensions is not supported by this model", InvalidRequestError),
    (500, "out of memory", EngineGenerateError),
])
def test_upstream_errors_are_translated(upstream: Upstream, status: int, message: str,
                                        error: type[Exception]) -> None:
    upstream.reply = (status, {"error": {"message": message, "type": "invalid_request_error"}})
    with pytest.raises(error, match=message[:20]):
        _embed(upstream, ["x"], dimensions=64)


def test_a_wrong_count_of_vectors_is_an_engine_error(upstream: Upstream) -> None:
    upstream.reply = (200, {"data": [{"index": 0, "embedding": [1.0]}], "usage": {}})
    with pytest.raises(EngineGenerateError, match="1 embeddings for 2 inputs"):
        _embed(upstream, ["a", "b"])
