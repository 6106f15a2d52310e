"""No work for nobody (issue 13): a request whose client leaves stops, streaming or not.

Nothing here reads the wall clock to decide. What is observed:

* for a conversation turn, the stored reply: it becomes `interrupted` (an event the
  server writes when the generation is closed), polled with a generous deadline;
* for a task, which leaves nothing in the store, the **CPU time** the server process
  consumes (`/proc/PID/stat`). A summary of 60,000 characters is a map over many chunks;
  a streaming run first measures what one chunk costs in CPU seconds and how many chunks
  there are. Then the same task is abandoned after its input check and about one chunk,
  and the server must go idle (no CPU used over a whole sampling window) having spent a
  small fraction of the task's whole cost. CPU seconds do not stretch when the machine is
  loaded the way wall-clock seconds do, so the ratio holds on a busy machine.

The task tests run on a dedicated server with one slot (`VEILLEUR_N_SLOTS=1`), so that a
task that kept running would also hold the only slot; after the server goes idle a short
request must still be served.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from helpers import ServerProcess
from observe import GIVE_UP_S, cpu_seconds, wait_idle, wait_until
from veilleur.client import sse_events

pytestmark = pytest.mark.timeout(1200)


def long_text(characters: int = 60_000) -> str:
    """Ordinary prose, varied enough that no two chunks are the same."""
    sentences: list[str] = []
    i = 0
    while sum(len(s) + 1 for s in sentences) < characters:
        i += 1
        sentences.append(
            f"In district {i}, the council reviewed the budget for the {i % 7 + 1}th "
            f"time this year and approved {i * 3 % 17 + 2} new projects for schools, "
            f"parks and roads, after a debate that lasted {i % 5 + 1} hours.")
    return " ".join(sentences)[:characters]


TEXT = long_text()


def raw_post(port: int, path: str, body: dict[str, Any]) -> socket.socket:
    """Send a request on a bare socket and return it unread: closing it is the disconnect."""
    payload = json.dumps(body).encode()
    sock = socket.create_connection(("127.0.0.1", port), timeout=600)
    sock.sendall(f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json"
                 f"\r\nContent-Length: {len(payload)}\r\n\r\n".encode() + payload)
    return sock


def short_request_works(base_url: str) -> None:
    model = httpx.get(f"{base_url}/v1/models", timeout=60).json()["data"][0]["id"]
    response = httpx.post(f"{base_url}/v1/chat/completions", timeout=GIVE_UP_S, json={
        "model": model, "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 3})
    assert response.status_code == 200, response.text
    assert response.json()["choices"], response.text


# ---- tasks (a dedicated one-slot server) -----------------------------------------------------

@pytest.fixture(scope="module")
def one_slot(tmp_path_factory: pytest.TempPathFactory, model_path: Path
             ) -> Iterator[ServerProcess]:
    data_dir = tmp_path_factory.mktemp("one-slot")
    # A small context: smaller chunks, so one costs seconds, not half a minute.
    env = {"VEILLEUR_N_SLOTS": "1", "VEILLEUR_N_CTX": "1024"}
    with ServerProcess(data_dir, env=env) as proc:
        assert proc.proc is not None
        wait_idle(proc.proc.pid, "after start-up")
        yield proc


@pytest.fixture(scope="module")
def chunk_cost(one_slot: ServerProcess) -> dict[str, float]:
    """A streaming summary of TEXT, abandoned after its first chunk (issue 13: streaming
    requests are cancelled too): the CPU cost of its input check and of one chunk, and
    the number of chunks; then the server must go idle soon after the close."""
    assert one_slot.proc is not None
    pid = one_slot.proc.pid
    start = cpu_seconds(pid)
    marks: dict[str, float] = {}
    with httpx.stream("POST", f"{one_slot.base_url}/api/tasks/summarize", timeout=GIVE_UP_S,
                      json={"text": TEXT, "length": "short"}) as response:
        assert response.status_code == 200, response.read()
        for kind, data in sse_events(response):
            assert kind != "error", data
            if kind == "progress" and data.get("stage") == "map":
                marks[f"done{data['done']}"] = cpu_seconds(pid)
                marks["total"] = data["total"]
                if data["done"] == 1:
                    break  # the client leaves in the middle of the task
    closed = cpu_seconds(pid)
    idle = wait_idle(pid, "after the streaming summary's client left")
    cost = {"check": marks["done0"] - start, "chunk": marks["done1"] - marks["done0"],
            "chunks": marks["total"], "after_close": idle - closed}
    print(f"summary of {len(TEXT)} characters, CPU seconds: {cost}")  # shown on failure
    assert cost["chunks"] >= 4, f"TEXT must need many chunks to be a long task: {cost}"
    return cost


def test_streaming_task_stops_when_the_client_leaves(chunk_cost: dict[str, float],
                                                     one_slot: ServerProcess) -> None:
    """After the close at chunk 1 of N, the server did at most about one more chunk's
    work (the one under way), not the N - 1 left."""
    remaining = (chunk_cost["chunks"] - 1) * chunk_cost["chunk"]
    assert chunk_cost["after_close"] < max(2 * chunk_cost["chunk"], remaining / 3), chunk_cost
    short_request_works(one_slot.base_url)


def test_non_streaming_task_stops_when_the_client_leaves(chunk_cost: dict[str, float],
                                                         one_slot: ServerProcess) -> None:
    """Issue 13: a non-streaming summary of 60,000 characters kept a core busy for 11+
    minutes after its client left."""
    assert one_slot.proc is not None
    pid = one_slot.proc.pid
    start = cpu_seconds(pid)
    sock = raw_post(one_slot.port, "/api/tasks/summarize",
                    {"text": TEXT, "length": "short", "stream": False})
    try:
        # Past the input check and into the map: the engine is generating for nobody soon.
        into_the_map = chunk_cost["check"] + 0.5 * chunk_cost["chunk"]
        wait_until(lambda: cpu_seconds(pid) - start >= into_the_map,
                   f"the server to spend {into_the_map:.1f} CPU s on the task "
                   "(its input check and part of a chunk)")
    finally:
        sock.close()
    left = cpu_seconds(pid)
    spent = wait_idle(pid, "after the non-streaming summary's client left") - start
    whole = chunk_cost["check"] + chunk_cost["chunks"] * chunk_cost["chunk"]
    print(f"abandoned summary: {left - start:.1f} CPU s before the close, {spent:.1f} in all; "
          f"the whole task about {whole:.1f}")
    # Run to its end, the task would cost `whole`; cancelled, the check and ~1-2 chunks.
    assert spent < whole / 2, (f"the abandoned task used {spent:.1f} CPU s; all of it "
                               f"would be about {whole:.1f}: {chunk_cost}")
    short_request_works(one_slot.base_url)


def test_non_streaming_completion_stops_when_the_client_leaves(one_slot: ServerProcess
                                                               ) -> None:
    """The same for `/v1/chat/completions` without `stream`: a long answer, abandoned."""
    assert one_slot.proc is not None
    pid = one_slot.proc.pid
    model = httpx.get(f"{one_slot.base_url}/v1/models", timeout=60).json()["data"][0]["id"]
    count = {"model": model, "temperature": 0, "max_tokens": 1500, "messages": [
        {"role": "user", "content": ", ".join(str(i) for i in range(1, 31)) + ","}]}
    # What a token of this answer costs, measured on a finished request of 16.
    before = cpu_seconds(pid)
    done = httpx.post(f"{one_slot.base_url}/v1/chat/completions", timeout=GIVE_UP_S,
                      json={**count, "max_tokens": 16})
    assert done.status_code == 200, done.text
    tokens = done.json()["usage"]["completion_tokens"]
    per_token = (cpu_seconds(pid) - before) / max(tokens, 1)
    start = cpu_seconds(pid)
    sock = raw_post(one_slot.port, "/v1/chat/completions", count)
    try:
        wait_until(lambda: cpu_seconds(pid) - start >= 20 * per_token,
                   "the server to spend the CPU of ~20 tokens on the abandoned answer")
    finally:
        sock.close()
    spent = wait_idle(pid, "after the non-streaming completion's client left") - start
    print(f"abandoned completion: {spent:.1f} CPU s, {per_token:.3f} per token")
    assert spent < 200 * per_token, (
        f"the abandoned answer used {spent:.1f} CPU s, {spent / per_token:.0f} tokens' "
        "worth; it may have run to its 1,500 tokens")


@pytest.mark.parametrize("stream", [False, True])
def test_a_response_stops_when_the_client_leaves(one_slot: ServerProcess, stream: bool
                                                 ) -> None:
    """The same for `/v1/responses`, streamed or not: a long answer, abandoned."""
    assert one_slot.proc is not None
    pid = one_slot.proc.pid
    model = httpx.get(f"{one_slot.base_url}/v1/models", timeout=60).json()["data"][0]["id"]
    count = {"model": model, "temperature": 0, "max_output_tokens": 1500, "stream": stream,
             "input": ", ".join(str(i) for i in range(1, 31)) + ","}
    before = cpu_seconds(pid)
    done = httpx.post(f"{one_slot.base_url}/v1/responses", timeout=GIVE_UP_S,
                      json={**count, "max_output_tokens": 16, "stream": False})
    assert done.status_code == 200, done.text
    per_token = (cpu_seconds(pid) - before) / max(done.json()["usage"]["output_tokens"], 1)
    start = cpu_seconds(pid)
    sock = raw_post(one_slot.port, "/v1/responses", count)
    try:
        wait_until(lambda: cpu_seconds(pid) - start >= 20 * per_token,
                   "the server to spend the CPU of ~20 tokens on the abandoned response")
    finally:
        sock.close()
    spent = wait_idle(pid, "after the response's client left") - start
    print(f"abandoned response (stream={stream}): {spent:.1f} CPU s, {per_token:.3f} per token")
    assert spent < 200 * per_token, (
        f"the abandoned response used {spent:.1f} CPU s, {spent / per_token:.0f} tokens' "
        "worth; it may have run to its 1,500 tokens")


# ---- conversations (the shared server) -------------------------------------------------------

def _reply(base_url: str, cid: str) -> dict[str, Any] | None:
    messages = httpx.get(f"{base_url}/api/conversations/{cid}", timeout=60).json()["messages"]
    return messages[-1] if messages and messages[-1]["role"] == "assistant" else None


@pytest.mark.parametrize("stream", [False, True])
def test_conversation_turn_is_interrupted_when_the_client_leaves(server: ServerProcess,
                                                                 stream: bool) -> None:
    """A conversation message, streaming or not: once the client leaves, the stored reply
    becomes `interrupted` with the text written so far, and stops growing."""
    base = server.base_url
    cid = httpx.post(f"{base}/api/conversations", json={}, timeout=60).json()["id"]
    sock = raw_post(server.port, f"/api/conversations/{cid}/messages", {
        "content": ", ".join(str(i) for i in range(1, 31)) + ",", "max_tokens": 1500,
        "temperature": 0, "stream": stream})
    try:
        def generating() -> bool:
            reply = _reply(base, cid)
            assert reply is None or reply["status"] == "streaming", (
                f"the reply ended before the client left: {reply}")
            return bool(reply and reply["content"])

        wait_until(generating, "the server to write part of the reply (it is generating)")
    finally:
        sock.close()

    def ended() -> dict[str, Any] | None:
        reply = _reply(base, cid)
        return reply if reply and reply["status"] != "streaming" else None

    reply = wait_until(ended, "the stored reply to leave the `streaming` status after the "
                              "client disconnected")
    assert reply["status"] == "interrupted", reply
    assert reply["finish_reason"] == "interrupted" and reply["content"], reply
    # Nothing writes to it any more.
    assert _reply(base, cid) == reply
