"""Quotas on a live server (issue 14, must-have 5): two users of a real `veilleur serve`
with the default model, each with their own API key, driven by the official `openai`
client. Over the per-minute limit → `RateLimitError` (429, `Retry-After`, the OpenAI error
body with code `quota_exceeded`); a user's single concurrency slot held by one stream
refuses every other generating route, writes nothing for a refused turn, and is freed
when the stream ends or its client goes away (the lease outlives the route function)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from openai import OpenAI, RateLimitError
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from helpers import ServerProcess
from veilleur.accounts.models import AuthEvent, GenerationLease, UsageCounter
from veilleur.accounts.service import AccountService
from veilleur.config import Settings
from veilleur.store.db import open_database

DEADLINE = 120.0  # seconds to wait for an event on a loaded machine
COUNTING = "1, 2, 3, 4, 5, 6, 7, 8, 9, 10,"  # the model goes on counting: a long stream


@dataclass
class World:
    server: ServerProcess
    sessions: sessionmaker[Session]
    keys: dict[str, str]
    ids: dict[str, str]
    model: str

    def openai(self, user: str) -> OpenAI:
        return OpenAI(base_url=f"{self.server.base_url}/v1", api_key=self.keys[user],
                      max_retries=0, timeout=DEADLINE)

    def http(self, user: str) -> httpx.Client:
        return httpx.Client(base_url=self.server.base_url, timeout=DEADLINE,
                            headers={"Authorization": f"Bearer {self.keys[user]}"})

    def leases(self, user: str) -> int:
        with self.sessions() as db:
            return int(db.scalar(select(func.count()).select_from(GenerationLease).where(
                GenerationLease.owner_id == self.ids[user])) or 0)

    def counter(self, user: str, kind: str) -> int:
        with self.sessions() as db:
            return int(db.scalar(select(func.sum(UsageCounter.value)).where(
                UsageCounter.owner_id == self.ids[user], UsageCounter.kind == kind)) or 0)

    def wait(self, what: str, condition: Callable[[], bool]) -> None:
        deadline = time.monotonic() + DEADLINE
        while not condition():
            assert time.monotonic() < deadline, f"waited {DEADLINE:.0f} s for {what}"
            time.sleep(0.05)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, model_path: Path) -> Iterator[World]:
    data_dir = tmp_path_factory.mktemp("quotas")
    engine, sessions = open_database(Settings(data_dir=data_dir).resolved_database_url)
    accounts = AccountService(sessions, Settings(data_dir=data_dir).accounts)
    keys, ids = {}, {}
    for name, quotas in (("alice", {"requests_per_minute": 2}),
                         ("bob", {"concurrent_generations": 1, "requests_per_minute": None})):
        user = accounts.create_user(name, password=f"{name} has a long passphrase 42")
        accounts.set_quotas(user.id, quotas)
        ids[name] = user.id
        keys[name] = accounts.create_key(user.id, name="test", expires_at=None)[1]
    server = ServerProcess(data_dir, env={"VEILLEUR_MODEL": str(model_path)}).start()
    try:
        model = httpx.get(f"{server.base_url}/v1/models", timeout=30,
                          headers={"Authorization": f"Bearer {keys['alice']}"}
                          ).json()["data"][0]["id"]
        yield World(server, sessions, keys, ids, model)
    finally:
        server.stop()
        engine.dispose()


def test_over_the_requests_per_minute_limit(world: World) -> None:
    client = world.openai("alice")
    admitted = 0
    with pytest.raises(RateLimitError) as refused:  # at most 2 per fixed minute window
        while admitted < 5:
            client.completions.create(model=world.model, prompt="Hello", max_tokens=2,
                                      temperature=0)
            admitted += 1
    error = refused.value
    assert error.status_code == 429 and 1 <= admitted <= 4
    assert 1 <= int(error.response.headers["retry-after"]) <= 60
    assert error.code == "quota_exceeded" and error.type == "rate_limit_error"
    assert error.param == "requests_per_minute"
    assert "2 requests per minute" in error.message
    body = error.response.json()["error"]
    assert body["code"] == "quota_exceeded" and body["param"] == "requests_per_minute"
    minute = datetime.now(UTC).replace(second=0, microsecond=0)
    with world.sessions() as db:
        this_minute = db.scalar(select(UsageCounter.value).where(
            UsageCounter.owner_id == world.ids["alice"], UsageCounter.kind == "requests",
            UsageCounter.window_start == minute))
        event = db.scalars(select(AuthEvent).where(AuthEvent.event == "quota_exceeded",
                                                   AuthEvent.user_id == world.ids["alice"])
                           ).first()
    assert this_minute in (2, None)  # the limit, or the window just turned
    assert event is not None and event.detail == "requests_per_minute"
    # The tokens of the admitted answers are counted once each request has ended.
    world.wait("alice's generated tokens to be counted",
               lambda: world.counter("alice", "tokens") >= admitted)
    # Bob is another user: Alice's limit is not his.
    world.openai("bob").completions.create(model=world.model, prompt="Hi", max_tokens=2)


def _conversation_with_a_turn(world: World) -> tuple[str, str, str]:
    with world.http("bob") as http:
        cid = http.post("/api/conversations", json={"title": "quotas"}).json()["id"]
        turn = http.post(f"/api/conversations/{cid}/messages",
                         json={"content": "Say hello.", "stream": False, "max_tokens": 4})
        assert turn.status_code == 200, turn.text
        body = turn.json()
        return cid, body["user_message"]["id"], body["assistant_message"]["id"]


def test_one_running_stream_holds_the_only_slot(world: World) -> None:
    cid, user_message, reply = _conversation_with_a_turn(world)
    world.wait("bob's earlier turn to free its slot", lambda: world.leases("bob") == 0)
    client = world.openai("bob")
    stream = client.completions.create(model=world.model, prompt=COUNTING, max_tokens=2000,
                                       temperature=0, stream=True)
    next(iter(stream))  # generating now: the slot is taken
    assert world.leases("bob") == 1
    with pytest.raises(RateLimitError) as refused:
        client.chat.completions.create(model=world.model, max_tokens=2,
                                       messages=[{"role": "user", "content": "Hi"}])
    assert refused.value.code == "quota_exceeded"
    assert refused.value.param == "concurrent_generations"
    assert refused.value.response.headers["retry-after"] == "3"
    with world.http("bob") as http:
        before = http.get(f"/api/conversations/{cid}").json()
        for path, body in [
            ("/v1/completions", {"model": world.model, "prompt": "Hi"}),
            (f"/api/conversations/{cid}/messages", {"content": "Again?", "stream": False}),
            (f"/api/conversations/{cid}/messages", {"content": "Streamed?"}),
            (f"/api/conversations/{cid}/messages/{reply}/regenerate", {"stream": False}),
            (f"/api/conversations/{cid}/messages/{user_message}/edit", {"content": "Edited"}),
            ("/api/tasks/translate", {"text": "Bonjour", "target_language": "en"}),
            ("/api/tasks/summarize", {"text": "A short text to summarize."}),
            ("/api/tasks/generate", {"text": "notes", "preset": "rewrite"}),
            ("/api/tasks/code/generate", {"description": "add two numbers"}),
            ("/api/tasks/code/fix", {"code": "def f(:\n", "error": "SyntaxError"}),
            ("/api/tasks/code/optimize", {"code": "def add(a, b):\n    return a + b\n",
                                          "function": "add", "bench": "add(2, 3)"}),
        ]:
            answer = http.post(path, json=body)
            assert answer.status_code == 429, (path, answer.text)
            assert answer.json()["error"]["code"] == "quota_exceeded", path
            assert answer.headers["retry-after"] == "3", path
        # A refused turn wrote nothing: the conversation is as it was.
        assert http.get(f"/api/conversations/{cid}").json() == before
        # Conversations that do not generate are not limited.
        assert http.get("/api/conversations").status_code == 200
    # The client goes away mid-stream: the lease ends with the stream, not before.
    assert world.leases("bob") == 1
    stream.close()
    world.wait("bob's lease to be released after his client left",
               lambda: world.leases("bob") == 0)
    # A stream read to its end frees the slot too, then the next request is admitted.
    chunks = list(client.completions.create(model=world.model, prompt="Hello", max_tokens=3,
                                            temperature=0, stream=True))
    assert chunks
    world.wait("bob's lease to be released after his stream ended",
               lambda: world.leases("bob") == 0)
    client.chat.completions.create(model=world.model, max_tokens=2,
                                   messages=[{"role": "user", "content": "Hi"}])
