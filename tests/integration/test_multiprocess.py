"""Two `veilleur serve` processes on one PostgreSQL database: one is killed mid-reply and
the other marks that reply `interrupted` once its lease expires, exactly once, while its
own reply streams on untouched."""

from __future__ import annotations

import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import create_engine, text

from helpers import ServerProcess
from veilleur.client import sse_events

P = "/api/conversations"
LEASE_S = 3  # short, so that the test waits little for a lease to expire
LONG = ", ".join(str(i) for i in range(1, 31)) + ","
MARKED = re.compile(r"marked (\d+) reply\(ies\) whose writer's lease expired")


def wait_for(what: str, check: Any, give_up_s: float = 180) -> Any:
    """`check()`'s first true value, polled; the deadline is generous for a loaded machine
    and its message says what was awaited."""
    deadline = time.monotonic() + give_up_s
    while True:
        value = check()
        if value:
            return value
        assert time.monotonic() < deadline, f"waited {give_up_s:.0f} s for {what}"
        time.sleep(0.1)


def reply_of(api: httpx.Client, conversation_id: str) -> dict[str, Any]:
    return dict(api.get(f"{P}/{conversation_id}").json()["messages"][-1])


def test_a_killed_process_leaves_its_reply_to_the_other(tmp_path: Path, postgres_url: str,
                                                        model_path: Path) -> None:
    # Safety checks off: this is about the store, and the output guard re-reading a long
    # reply of numbers would make it last minutes on a small machine.
    env = {"VEILLEUR_DATABASE_URL": postgres_url, "VEILLEUR_REPLY_LEASE_SECONDS": str(LEASE_S),
           "VEILLEUR_SAFETY_ENABLED": "false", "VEILLEUR_N_THREADS": "1"}
    first = ServerProcess(tmp_path / "one", env=env)
    second = ServerProcess(tmp_path / "two", env=env)
    try:
        # Started at once: both migrate the blank database at the same moment.
        with ThreadPoolExecutor(2) as pool:
            list(pool.map(lambda server: server.start(), (first, second)))
        api1 = httpx.Client(base_url=first.base_url, timeout=120)
        api2 = httpx.Client(base_url=second.base_url, timeout=120)

        # One store: each process sees the other's conversations (same owner: the local one).
        doomed = api1.post(P, json={"title": "on one"}).json()["id"]
        lives = api2.post(P, json={"title": "on two"}).json()["id"]
        assert {c["id"] for c in api1.get(P).json()["data"]} == {doomed, lives}
        assert {c["id"] for c in api2.get(P).json()["data"]} == {doomed, lives}

        # A long reply on process one, part of it stored; its stream is left open.
        with api1.stream("POST", f"{P}/{doomed}/messages",
                         json={"content": LONG, "max_tokens": 1500, "temperature": 0}
                         ) as doomed_stream:
            # Read with next(), the iterator kept: closing it would close the connection,
            # and process one would end the reply itself (its client gone).
            events1 = sse_events(doomed_stream)
            deltas1 = 0
            while deltas1 < 10:
                kind, _ = next(events1)
                assert kind in ("user_message", "assistant_message", "delta"), kind
                deltas1 += kind == "delta"
            stored = wait_for("process one to store part of its streaming reply",
                              lambda: (r := reply_of(api2, doomed))["status"] == "streaming"
                              and r["content"])

            # A long reply streaming on process two, read in a thread until told to stop.
            events2: list[tuple[str, dict[str, Any]]] = []
            stop_reading = threading.Event()

            def stream_on_two() -> None:
                with api2.stream("POST", f"{P}/{lives}/messages",
                                 json={"content": LONG, "max_tokens": 1500, "temperature": 0}
                                 ) as response:
                    for event in sse_events(response):
                        events2.append(event)
                        if stop_reading.is_set():
                            return

            def deltas2() -> int:
                return sum(kind == "delta" for kind, _ in list(events2))

            reader = threading.Thread(target=stream_on_two)
            reader.start()
            wait_for("process two's reply to stream", lambda: deltas2() >= 5)
            first.kill()  # SIGKILL mid-reply: nothing of process one runs after this
            del events1

        interrupted = wait_for(
            f"process two to mark the dead process's reply interrupted (lease {LEASE_S} s)",
            lambda: (r := reply_of(api2, doomed))["status"] == "interrupted" and r)
        assert interrupted["content"].startswith(stored)
        assert interrupted["finish_reason"] == "interrupted"
        assert "server stopped" in interrupted["error"]

        # Process two's own reply was streaming all along, and streams on, stored as it goes.
        at_mark = reply_of(api2, lives)
        assert at_mark["status"] == "streaming", (
            f"process two's reply ended before the lease expired: {at_mark}")
        seen = deltas2()
        wait_for("process two's reply to stream on after the sweep",
                 lambda: deltas2() >= seen + 5 and not any(k != "delta" for k, _ in events2[2:]))
        wait_for("process two to store more of its reply after the sweep",
                 lambda: len(reply_of(api2, lives)["content"]) > len(at_mark["content"]))
        assert reply_of(api2, lives)["status"] == "streaming"
        stop_reading.set()  # the client leaves: process two itself ends its reply
        reader.join(timeout=180)
        assert not reader.is_alive(), "waited 180 s for process two's stream to close"
        left = wait_for("process two to record that its client left",
                        lambda: (r := reply_of(api2, lives))["status"] != "streaming" and r)
        assert left["status"] == "interrupted" and "client disconnected" in left["error"], left

        # Exactly once: one reply marked, by one sweep, although process two swept every
        # lease/3 s all along (its log counts what each sweep marked).
        marked = [int(n) for n in MARKED.findall(second.log())]
        assert marked == [1], f"sweeps that marked replies: {marked}"
        engine = create_engine(postgres_url)
        with engine.connect() as connection:
            leases = connection.execute(text(
                "SELECT conversation_id, lease_owner, lease_expires_at, updated_at "
                "FROM messages WHERE role = 'assistant'")).all()
        engine.dispose()
        owners = {row[0]: row[1] for row in leases}
        assert owners[doomed] != owners[lives], "each reply is leased by its own process"
        [(_, _, expired_at, marked_at)] = [row for row in leases if row[0] == doomed]
        assert marked_at >= expired_at, "marked only once the dead process's lease expired"

        # The survivor serves the dead one's conversation: it goes on there.
        more = api2.post(f"{P}/{doomed}/messages",
                         json={"content": "Thanks.", "stream": False, "max_tokens": 5}).json()
        assert more["assistant_message"]["status"] == "complete"
    finally:
        first.kill()
        second.stop()
