"""The upstream pool's choice, failover and back-off, against small real HTTP servers.

Each upstream is a `ThreadingHTTPServer` on loopback that speaks the OpenAI streaming
protocol and can be told to answer, to fail with a 500, or to cut its stream after a few
pieces (the socket closed mid-answer, as when the process dies). The integration test
(tests/integration/test_failover.py) does the same with real Veilleur processes killed
under load; here each rule is shown alone, with a hand-moved clock for the back-off.
"""

from __future__ import annotations

import asyncio
import json
import random
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families

from helpers import LoopbackServer, QuietHandler
from veilleur.assembly import build_app
from veilleur.config import Settings
from veilleur.engine.factory import build_backend
from veilleur.engine.pool import UpstreamPool
from veilleur.engine.upstream import OpenAIUpstreamBackend, UpstreamError
from veilleur.errors import EngineOverloadedError, ModelLoadError
from veilleur.metrics import Metrics
from veilleur.safety.settings import SafetySettings
from veilleur.types import Finished, GenerationRequest, SamplingParams, TextDelta

PIECES = ["Paris ", "is ", "the ", "capital."]


class Upstream:
    """One fake upstream: `mode` is "ok", "fail" (HTTP 500), "busy" (503), "cut" (2 pieces, then the
    connection is reset) or "ends" (2 pieces, then the connection is closed cleanly but
    without a finish_reason or `[DONE]`); `health` answers `/models`."""

    def __init__(self, model: str = "m") -> None:
        self.mode = "ok"
        self.health = True
        self.model = model
        self.posts = 0
        owner = self

        class Handler(QuietHandler):
            def do_GET(self) -> None:
                if not owner.health:
                    return self._send(500, b'{"error": {"message": "sick"}}')
                body = {"data": [{"id": owner.model, "context_length": 4096}]}
                self._send(200, json.dumps(body).encode())

            def do_POST(self) -> None:
                sent = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
                owner.posts += 1
                if owner.mode in ("fail", "busy"):
                    status = 500 if owner.mode == "fail" else 503
                    return self._send(status, b'{"error": {"message": "boom"}}')
                if self.path.endswith("/embeddings"):
                    rows = [{"index": i, "embedding": [1.0, float(len(text))]}
                            for i, text in enumerate(sent["input"])]
                    return self._send(200, json.dumps(
                        {"data": rows, "usage": {"prompt_tokens": 3}}).encode())
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Connection", "close")
                self.end_headers()
                pieces = PIECES[:2] if owner.mode in ("cut", "ends") else PIECES
                for piece in pieces:
                    chunk = {"choices": [{"text": piece, "finish_reason": None}]}
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                    self.wfile.flush()
                if owner.mode == "cut":  # a reset, not a clean end: the process died
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                               b"\x01\x00\x00\x00\x00\x00\x00\x00")
                    self.connection.close()
                    return
                if owner.mode == "ends":
                    return  # `Connection: close`: the body ends with the connection
                done = {"choices": [{"text": "", "finish_reason": "stop"}]}
                self.wfile.write(f"data: {json.dumps(done)}\n\ndata: [DONE]\n\n".encode())

        self.http = LoopbackServer(Handler)
        self.url = self.http.url

    def close(self) -> None:
        self.http.close()


@pytest.fixture
def upstreams() -> Iterator[list[Upstream]]:
    made = [Upstream(), Upstream(), Upstream()]
    yield made
    for upstream in made:
        upstream.close()


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def pool_of(*urls: str, clock: Clock | None = None, **options: Any) -> UpstreamPool:
    """A pool without its probe thread: the tests call `check_health` themselves."""
    return UpstreamPool.connect(list(urls), probe=False, rng=random.Random(7),
                                clock=clock or Clock(), **options)


def request() -> GenerationRequest:
    return GenerationRequest(sampling=SamplingParams(max_tokens=8), prompt="The capital")


async def read(stream: Any) -> list[Any]:
    return [event async for event in stream]


def dead_url() -> str:
    with socket.socket() as s:  # a port nothing listens on: connection refused
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}/v1"


def test_least_busy_then_in_turn(upstreams: list[Upstream]) -> None:
    pool = pool_of(*(u.url for u in upstreams))
    streams = [pool.generate(request()) for _ in range(4)]  # admitted, not read yet
    assert [s.in_flight for s in pool.statuses()] == [2, 1, 1]  # in turn: a, b, c, a
    asyncio.run(streams[1].aclose())  # b is now the least busy
    streams.append(pool.generate(request()))
    assert [s.in_flight for s in pool.statuses()] == [2, 1, 1]
    for stream in streams:
        asyncio.run(stream.aclose())
    assert [s.in_flight for s in pool.statuses()] == [0, 0, 0]
    assert [s.requests for s in pool.statuses()] == [2, 2, 1]


def test_a_failure_before_the_answer_is_retried_elsewhere(upstreams: list[Upstream]) -> None:
    a, b, _ = upstreams
    a.mode = "fail"
    pool = pool_of(a.url, b.url)
    events = asyncio.run(read(pool.generate(request())))
    assert "".join(e.text for e in events if isinstance(e, TextDelta)) == "".join(PIECES)
    assert isinstance(events[-1], Finished) and events[-1].reason == "stop"
    first, second = pool.statuses()
    assert (first.up, first.errors, "500" in (first.last_error or "")) == (False, 1, True)
    assert (second.up, second.requests, second.in_flight) == (True, 1, 0)


def test_an_unreachable_upstream_is_skipped(upstreams: list[Upstream]) -> None:
    url = dead_url()
    pool = pool_of(upstreams[0].url, url)
    assert [s.up for s in pool.statuses()] == [True, False]  # its first probe failed
    assert "ConnectError" in (pool.statuses()[1].last_error or "")
    for _ in range(3):
        asyncio.run(read(pool.generate(request())))
    assert upstreams[0].posts == 3


@pytest.mark.parametrize("mode", ["cut", "ends"])
def test_a_stream_cut_after_its_first_piece_is_not_retried(upstreams: list[Upstream],
                                                           mode: str) -> None:
    a, b, _ = upstreams
    a.mode = mode
    pool = pool_of(a.url, b.url)
    shown: list[str] = []

    async def consume() -> None:
        async for event in pool.generate(request()):
            shown.append(event.text)

    with pytest.raises(UpstreamError, match="cut short"):
        asyncio.run(consume())
    assert shown == PIECES[:2]  # what was sent stays sent; nothing was added after it
    assert b.posts == 0 and not pool.statuses()[0].up


def test_no_upstream_up_is_a_503_with_retry_after(upstreams: list[Upstream]) -> None:
    a = upstreams[0]
    pool = pool_of(a.url)
    a.health = False
    pool.check_health()
    with pytest.raises(EngineOverloadedError, match="no upstream server is up") as caught:
        pool.generate(request())
    assert caught.value.retry_after >= 1
    assert not pool.is_ready()


def test_back_off_doubles_jittered_capped_and_the_probe_brings_it_back(
        upstreams: list[Upstream]) -> None:
    a, b, _ = upstreams
    clock = Clock()
    pool = pool_of(a.url, b.url, clock=clock, backoff_max_s=4.0)
    a.health = False
    delays = []
    for _ in range(6):
        pool.check_health()  # due: up, or its back-off ended
        status = pool.statuses()[0]
        delays.append(status.retry_at - clock.now)
        clock.now = status.retry_at - 0.01
        pool.check_health()  # not due yet: not probed
        assert pool.statuses()[0].errors == len(delays)
        clock.now = status.retry_at
    for n, delay in enumerate(delays):
        full = min(4.0, 0.5 * 2**n)
        assert full / 2 <= delay <= full, (n, delays)
    assert len({round(d / min(4.0, 0.5 * 2**n), 3) for n, d in enumerate(delays)}) > 1
    a.health = True
    pool.check_health()
    assert pool.statuses()[0].up
    a.mode = "fail"  # no answer served since: the next failure keeps the long back-off
    asyncio.run(read(pool.generate(request())))  # a's turn: it fails, b answers
    assert pool.statuses()[0].retry_at - clock.now > 2.0


def test_requests_failing_together_count_as_one_back_off(upstreams: list[Upstream]) -> None:
    a, b, _ = upstreams
    clock = Clock()
    pool = pool_of(a.url, b.url, clock=clock)
    streams = [pool.generate(request()) for _ in range(4)]  # two on a, two on b
    a.mode = "fail"

    async def all_of() -> list[list[Any]]:
        return await asyncio.gather(*(read(s) for s in streams))

    answers = asyncio.run(all_of())
    assert all(isinstance(events[-1], Finished) for events in answers)
    first = pool.statuses()[0]
    assert first.errors == 2 and first.retry_at - clock.now <= 0.5


def test_a_busy_upstream_is_passed_over_not_taken_out(upstreams: list[Upstream]) -> None:
    a, b, _ = upstreams
    a.mode = "busy"
    pool = pool_of(a.url, b.url)

    async def twice() -> None:  # one loop: the members' connections belong to it
        events = await read(pool.generate(request()))
        assert isinstance(events[-1], Finished) and b.posts == 1
        assert pool.statuses()[0].up
        b.mode = "busy"
        with pytest.raises(EngineOverloadedError, match="every upstream server is busy"):
            await read(pool.generate(request()))

    asyncio.run(twice())


def test_embeddings_fail_over_too(upstreams: list[Upstream]) -> None:
    a, b, _ = upstreams
    a.mode = "fail"
    pool = pool_of(a.url, b.url)
    result = asyncio.run(pool.embed(["one", "three"]))
    assert result.vectors == [[1.0, 3.0], [1.0, 5.0]]
    assert not pool.statuses()[0].up and b.posts == 1
    assert [s.in_flight for s in pool.statuses()] == [0, 0]


def test_a_replica_serving_another_model_stays_out(upstreams: list[Upstream]) -> None:
    upstreams[1].model = "other"
    pool = pool_of(upstreams[0].url, upstreams[1].url)
    assert [s.up for s in pool.statuses()] == [True, False]
    assert "not 'm'" in (pool.statuses()[1].last_error or "")


def test_stats_are_exported_per_upstream(upstreams: list[Upstream]) -> None:
    a, b, _ = upstreams
    a.mode = "fail"
    pool = pool_of(a.url, b.url)
    asyncio.run(read(pool.generate(request())))
    metrics = Metrics()
    metrics.watch_engine(pool.stats)
    samples = {(s.name, tuple(s.labels.items())): s.value
               for family in text_string_to_metric_families(metrics.render().decode())
               for s in family.samples}
    assert samples[("veilleur_upstream_errors_total", (("upstream", a.url),))] == 1
    assert samples[("veilleur_upstream_errors_total", (("upstream", b.url),))] == 0
    assert samples[("veilleur_upstream_up", (("upstream", a.url),))] == 0
    assert samples[("veilleur_upstream_up", (("upstream", b.url),))] == 1
    assert samples[("veilleur_upstream_requests_total", (("upstream", b.url),))] == 1


def test_settings_build_a_pool(upstreams: list[Upstream], tmp_path: Path) -> None:
    a, b, c = upstreams
    settings = Settings(data_dir=tmp_path, backend="openai", upstream_url=a.url,
                        upstream_urls=[b.url, c.url, a.url])
    pool = build_backend(settings)
    assert isinstance(pool, UpstreamPool)
    assert [s.url for s in pool.statuses()] == [a.url, b.url, c.url]
    assert all(s.up for s in pool.statuses())
    asyncio.run(pool.aclose())
    with pytest.raises(ModelLoadError, match="did not list its models"):
        build_backend(Settings(data_dir=tmp_path, backend="openai", upstream_url=dead_url()))


def test_the_probe_thread_takes_out_and_brings_back(upstreams: list[Upstream]) -> None:
    a, b, _ = upstreams
    pool = UpstreamPool.connect([a.url, b.url], health_interval_s=0.05, backoff_max_s=0.5)
    try:
        a.health = False
        assert pool.wait_for(lambda s: not s[0].up, timeout=30)
        a.health = True
        assert pool.wait_for(lambda s: s[0].up, timeout=30)
    finally:
        asyncio.run(pool.aclose())


def test_a_cut_reply_is_stored_as_an_error_never_complete(upstreams: list[Upstream],
                                                           tmp_path: Path) -> None:
    a = upstreams[0]
    a.mode = "cut"
    settings = Settings(data_dir=tmp_path, safety=SafetySettings(enabled=False))
    clock = Clock()
    pool = UpstreamPool([OpenAIUpstreamBackend(a.url)], probe=False, clock=clock)
    app = build_app(settings, backend=pool, preload=True)
    with TestClient(app, base_url="http://127.0.0.1") as client:
        cid = client.post("/api/conversations", json={}).json()["id"]
        turn = client.post(f"/api/conversations/{cid}/messages",
                           json={"content": "Capital of France?", "stream": False})
        assert turn.status_code >= 500, turn.text
        messages = client.get(f"/api/conversations/{cid}").json()["messages"]
        reply = messages[-1]
        assert reply["role"] == "assistant"
        assert reply["status"] == "error" and reply["content"] == "".join(PIECES[:2])
        assert "cut short" in reply["error"]
        # The OpenAI stream of a cut answer ends with an error event, not a finish_reason.
        clock.now = pool.statuses()[0].retry_at
        pool.check_health()  # its back-off over, `a` answers its probe: back in
        with client.stream("POST", "/v1/completions", json={
                "model": "m", "prompt": "The capital", "max_tokens": 8,
                "stream": True}) as response:
            lines = [line for line in response.iter_lines() if line.startswith("data:")]
        payloads = [json.loads(line[5:]) for line in lines[:-1]]
        assert "error" in payloads[-1] and "cut short" in payloads[-1]["error"]["message"]
        assert all(p["choices"][0]["finish_reason"] is None for p in payloads[:-1])
