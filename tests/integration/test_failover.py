"""Failover across real upstreams: two `veilleur serve` processes (the real model) behind
a Veilleur whose backend is the upstream pool, one of them killed with SIGKILL under load.

The front is a real uvicorn server in this process (so that the test can wait on the
pool's own state: "it took the dead upstream out" is an event, not a delay); the clients
are threads speaking HTTP to it, streaming and not. What is checked:

- every request that had shown nothing when the upstream died was retried on the other
  one and answered in full; every request cut after its first piece says so (an error
  event, never a `finish_reason`), and the test prints how many there were;
- zero failed requests among those sent once the pool had taken the upstream out;
- the dead upstream, restarted, comes back into rotation through the health probe;
- an upstream killed while idle is taken out by the probe alone.

CPU: the upstreams run one llama.cpp thread each, two slots, short answers; they are
started once for the module.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

import httpx
import pytest
import uvicorn

from helpers import ServerProcess
from veilleur.assembly import build_app
from veilleur.config import Settings
from veilleur.engine.factory import build_backend
from veilleur.engine.pool import UpstreamPool
from veilleur.safety.settings import SafetySettings
from veilleur.server import free_port

UPSTREAM_ENV = {"VEILLEUR_N_THREADS": "1", "VEILLEUR_SAFETY_ENABLED": "false",
                "VEILLEUR_N_SLOTS": "2", "VEILLEUR_MAX_QUEUE": "64"}
PROMPT = "1, 2, 3, 4, 5, 6,"  # the model counts on: answers run to max_tokens


class _Server(uvicorn.Server):
    def __init__(self, config: uvicorn.Config):
        super().__init__(config)
        self.up = threading.Event()

    async def startup(self, sockets: list | None = None) -> None:  # type: ignore[type-arg]
        await super().startup(sockets)
        self.up.set()


@dataclass
class Front:
    base_url: str
    pool: UpstreamPool
    upstreams: list[ServerProcess]


@pytest.fixture(scope="module")
def front(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Front]:
    upstreams = [ServerProcess(tmp_path_factory.mktemp(f"upstream{i}"), env=UPSTREAM_ENV)
                 for i in range(2)]
    starting = [threading.Thread(target=u.start) for u in upstreams]  # load both at once
    for thread in starting:
        thread.start()
    for thread in starting:
        thread.join()
    try:
        for upstream in upstreams:
            assert upstream.proc is not None and upstream.proc.poll() is None, upstream.log()
        settings = Settings(
            data_dir=tmp_path_factory.mktemp("front"), safety=SafetySettings(enabled=False),
            backend="openai", upstream_urls=[f"{u.base_url}/v1" for u in upstreams],
            upstream_health_interval_s=0.25, upstream_health_timeout_s=2.0,
            upstream_backoff_max_s=2.0, max_queue=64)
        pool = build_backend(settings)
        assert isinstance(pool, UpstreamPool)
        port = free_port()
        server = _Server(uvicorn.Config(build_app(settings, backend=pool, preload=True),
                                        host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        try:
            while not server.up.wait(0.1):  # the event: uvicorn's startup is complete
                assert thread.is_alive(), "the front server stopped while starting"
            yield Front(f"http://127.0.0.1:{port}", pool, upstreams)
        finally:
            server.should_exit = True
            thread.join(30)
    finally:
        for upstream in upstreams:
            upstream.stop()


@dataclass
class Outcome:
    """What one client saw: the time it sent its request, its pieces, how it ended."""

    streaming: bool
    sent_at: float = 0.0
    pieces: int = 0
    first_piece_at: float | None = None
    finish_reason: str | None = None
    error: str | None = None
    first_piece: threading.Event = field(default_factory=threading.Event)

    @property
    def ok(self) -> bool:
        return self.error is None and self.finish_reason in ("stop", "length")


def complete(base_url: str, model: str, outcome: Outcome, max_tokens: int) -> Outcome:
    """One `/v1/completions` request, streamed or not, recorded in `outcome`."""
    body = {"model": model, "prompt": PROMPT, "max_tokens": max_tokens,
            "temperature": 0, "stream": outcome.streaming}
    outcome.sent_at = time.monotonic()
    with httpx.Client(base_url=base_url, timeout=300) as client:
        try:
            if not outcome.streaming:
                response = client.post("/v1/completions", json=body)
                data = response.json()
                if response.status_code != 200:
                    outcome.error = data["error"]["message"]
                else:
                    outcome.finish_reason = data["choices"][0]["finish_reason"]
                    outcome.pieces = int(bool(data["choices"][0]["text"]))
                return outcome
            with client.stream("POST", "/v1/completions", json=body) as response:
                if response.status_code != 200:
                    outcome.error = json.loads(response.read())["error"]["message"]
                    return outcome
                for line in response.iter_lines():
                    if not line.startswith("data:") or line == "data: [DONE]":
                        continue
                    chunk = json.loads(line[5:])
                    if "error" in chunk:
                        outcome.error = chunk["error"]["message"]
                        continue
                    choice = chunk["choices"][0]
                    if choice["text"]:
                        outcome.pieces += 1
                        if outcome.first_piece_at is None:
                            outcome.first_piece_at = time.monotonic()
                            outcome.first_piece.set()
                    outcome.finish_reason = choice["finish_reason"] or outcome.finish_reason
        except httpx.HTTPError as exc:
            outcome.error = f"{type(exc).__name__}: {exc}"
        return outcome


def test_killing_an_upstream_under_load(front: Front) -> None:
    pool, (victim, survivor) = front.pool, front.upstreams
    model = pool.info.id
    before = sum(s.requests for s in pool.statuses())
    workers = ThreadPoolExecutor(max_workers=24)
    # 12 requests in flight, 8 streamed: each upstream decodes 2 at a time and queues 4.
    first = [Outcome(streaming=i % 3 != 2) for i in range(12)]
    futures: list[Future[Outcome]] = [workers.submit(complete, front.base_url, model, o, 48)
                                      for o in first]
    # Three streams showing pieces at once: with two slots an upstream, at least one of
    # them is on each upstream, so the kill cuts a stream that has begun.
    streams = [o for o in first if o.streaming]
    deadline = time.monotonic() + 300
    while sum(o.first_piece.is_set() and o.finish_reason is None and o.error is None
              for o in streams) < 3:
        assert time.monotonic() < deadline, "the streams did not begin"
        waiting = [o for o in streams if not o.first_piece.is_set()]
        assert waiting, "the streams ended before three of them ran at once"
        waiting[0].first_piece.wait(0.05)
    killed_at = time.monotonic()
    victim.kill()
    assert pool.wait_for(lambda s: not s[0].up, timeout=60), pool.statuses()
    detected = pool.statuses()[0].changed_at - killed_at
    # Sent once the pool has taken the upstream out, while the first ones still run.
    second = [Outcome(streaming=i % 2 == 0) for i in range(12)]
    futures += [workers.submit(complete, front.base_url, model, o, 24) for o in second]
    for future in futures:
        future.result(timeout=600)
    workers.shutdown()

    cut = [o for o in first if not o.ok]
    retries = sum(s.requests for s in pool.statuses()) - before - len(first) - len(second)
    print(f"\nfailover: {len(first)} requests in flight at the kill, {len(second)} after; "
          f"kill detected in {detected * 1000:.0f} ms; {len(cut)} interrupted "
          f"({sum(o.streaming for o in cut)} streamed); {retries} retried on the survivor")
    assert [o.error for o in second if not o.ok] == []  # zero failed after detection
    assert all(o.sent_at > killed_at + detected for o in second)
    for outcome in cut:  # each cut one says so, and none ends as if complete
        assert outcome.error is not None and "cut short" in outcome.error, outcome
        assert outcome.finish_reason is None, outcome
        if outcome.streaming:
            assert outcome.pieces > 0, outcome  # nothing shown would have been retried
    assert any(o.streaming for o in cut), "the kill cut no stream that had begun"
    assert retries >= 1, "no request was waiting on the killed upstream"
    assert pool.statuses()[0].in_flight == 0 and pool.statuses()[1].in_flight == 0
    assert survivor.proc is not None and survivor.proc.poll() is None

    # The dead upstream restarts on its port: the probe puts it back, and it serves again.
    victim.start()
    assert pool.wait_for(lambda s: s[0].up, timeout=120), pool.statuses()
    served = pool.statuses()[0].requests
    again = [complete(front.base_url, model, Outcome(streaming=True), 8) for _ in range(2)]
    assert all(o.ok for o in again), again
    assert pool.statuses()[0].requests > served

    # An upstream that dies while idle is found by the probe alone (no request fails on
    # it): within a probe interval (0.25 s) and a refused connection.
    killed_at = time.monotonic()
    survivor.kill()
    assert pool.wait_for(lambda s: not s[1].up, timeout=60), pool.statuses()
    by_probe = pool.statuses()[1].changed_at - killed_at
    print(f"failover: an idle upstream killed was taken out by the probe in "
          f"{by_probe * 1000:.0f} ms")
    assert "health probe failed" in (pool.statuses()[1].last_error or "")
    assert complete(front.base_url, model, Outcome(streaming=False), 8).ok
