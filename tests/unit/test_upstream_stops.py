"""The upstream backend cuts a reply at a role marker whatever its case, as the embedded
backends do: the upstream's stop strings are exact, so Veilleur matches them itself.

The upstream here is a real HTTP server on loopback that speaks the OpenAI streaming
protocol and plays back a scripted reply in small pieces (a GPU server cannot run here;
the integration tests drive a second Veilleur as the upstream with the real model).
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from veilleur.engine.base import ChatMessage, Finished, GenerationRequest, TextDelta
from veilleur.engine.upstream import OpenAIUpstreamBackend

REPLY = ["Paris is the capital", " of France.", "\n", "us", "er", " :", " Bonjour, la ",
         "question est en anglais."]


class _Upstream(BaseHTTPRequestHandler):
    pieces: list[str] = REPLY

    def log_message(self, *args: object) -> None:  # keep the test output clean
        pass

    def do_GET(self) -> None:
        self._send(200, "application/json",
                   json.dumps({"data": [{"id": "scripted", "context_length": 4096}]}).encode())

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        chunks = [{"choices": [{"delta": {"content": p}, "finish_reason": None}]}
                  for p in self.pieces]
        chunks.append({"choices": [{"delta": {}, "finish_reason": "stop"}]})
        body = "".join(f"data: {json.dumps(c)}\n\n" for c in chunks) + "data: [DONE]\n\n"
        self._send(200, "text/event-stream", body.encode())

    def _send(self, status: int, kind: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def upstream() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Upstream)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    thread.join()


def _reply(url: str, request: GenerationRequest) -> tuple[str, str]:
    async def go() -> tuple[str, str]:
        backend = OpenAIUpstreamBackend(url)
        text, reason = "", ""
        try:
            async for event in backend.generate(request):
                if isinstance(event, TextDelta):
                    text += event.text
                elif isinstance(event, Finished):
                    reason = event.reason
        finally:
            await backend.aclose()
        return text, reason

    return asyncio.run(go())


def test_a_chat_reply_stops_at_a_lowercase_role_marker(upstream: str) -> None:
    request = GenerationRequest(messages=(ChatMessage("user", "Capital of France?"),))
    text, reason = _reply(upstream, request)
    assert text == "Paris is the capital of France."
    assert reason == "stop"


def test_a_raw_completion_keeps_role_markers(upstream: str) -> None:
    text, _ = _reply(upstream, GenerationRequest(prompt="Capital of France?"))
    assert text == "".join(REPLY)
