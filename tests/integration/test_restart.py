"""Conversations survive a restart; a reply cut by a crash is kept, marked interrupted."""

from __future__ import annotations

import json
import time

import httpx

from helpers import ServerProcess

LONG = ", ".join(str(i) for i in range(1, 31)) + ","


def wait_for_partial_write(conversation_url: str, give_up_s: float = 180) -> str:
    """The reply's text once the server has written part of it while still streaming."""
    deadline = time.monotonic() + give_up_s
    while True:
        reply = httpx.get(conversation_url, timeout=60).json()["messages"][-1]
        assert reply["status"] == "streaming", f"the reply ended before the crash: {reply}"
        if reply["content"]:
            return str(reply["content"])
        assert time.monotonic() < deadline, (
            f"waited {give_up_s:.0f} s for the server to write part of the streaming reply")
        time.sleep(0.1)


def test_conversation_survives_restart_and_crash_mid_reply(tmp_path, model_path) -> None:
    data = tmp_path / "data"
    # The crashed run's reply is marked once its lease expires: a short one, not to wait.
    lease = {"VEILLEUR_REPLY_LEASE_SECONDS": "1"}
    with ServerProcess(data, env=lease) as first:
        api = f"{first.base_url}/api/conversations"
        kept = httpx.post(api, json={"title": "keep me"}).json()["id"]
        done = httpx.post(
            f"{api}/{kept}/messages",
            json={"content": "Hello!", "stream": False, "max_tokens": 10},
            timeout=120,
        ).json()
        assert done["assistant_message"]["status"] == "complete"
        # a long reply in another conversation, the server killed mid-stream
        cut = httpx.post(api, json={}).json()["id"]
        with httpx.stream(
            "POST",
            f"{api}/{cut}/messages",
            timeout=120,
            json={"content": LONG, "max_tokens": 1500, "temperature": 0},
        ) as response:
            seen = 0
            streamed: list[str] = []
            stored = ""
            for line in response.iter_lines():  # (leaving this loop would close the stream)
                seen += line.startswith("event: delta")
                if line.startswith("data: ") and '"text"' in line:
                    streamed.append(json.loads(line[6:])["text"])
                if seen >= 10:
                    # Kill once a periodic write has landed (the event), not after a pause.
                    stored = wait_for_partial_write(f"{api}/{cut}")
                    first.kill()
                    break
        assert seen >= 10, "the reply must still be streaming when the server is killed"
    with ServerProcess(data, env=lease) as second:
        api = f"{second.base_url}/api/conversations"
        listing = httpx.get(api).json()
        assert [c["id"] for c in listing["data"]] == [cut, kept]
        got = httpx.get(f"{api}/{kept}").json()
        assert got["title"] == "keep me"
        assert [m["status"] for m in got["messages"]] == ["complete", "complete"]
        deadline = time.monotonic() + 60
        while (interrupted := httpx.get(f"{api}/{cut}").json()["messages"][-1])[
                "status"] == "streaming":
            assert time.monotonic() < deadline, (
                "waited 60 s for the crashed run's reply to be marked interrupted")
            time.sleep(0.1)
        assert interrupted["status"] == "interrupted"
        assert interrupted["content"].startswith(stored), (
            "the text written before the crash is kept", stored, interrupted["content"])
        # and the conversation goes on
        more = httpx.post(
            f"{api}/{kept}/messages",
            json={"content": "Thanks.", "stream": False, "max_tokens": 5},
            timeout=120,
        ).json()
        assert more["assistant_message"]["status"] == "complete"
