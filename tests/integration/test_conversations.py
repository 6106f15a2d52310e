"""The conversation API on a live server: tree of messages, streaming writes, branches."""

from __future__ import annotations

import httpx
import pytest

from veilleur.client import sse_events

P = "/api/conversations"


@pytest.fixture(scope="module")
def api(server) -> httpx.Client:
    with httpx.Client(base_url=server.base_url, timeout=120) as client:
        yield client


def post_stream(api: httpx.Client, path: str, body: dict) -> list[tuple[str, dict]]:
    with api.stream("POST", path, json=body) as response:
        assert response.status_code == 200, response.read()
        return list(sse_events(response))


def test_create_send_and_read_back(api: httpx.Client) -> None:
    conv = api.post(P, json={"system_prompt": "Answer briefly."}).json()
    events = post_stream(
        api,
        f"{P}/{conv['id']}/messages",
        {"content": "What is the capital of France?", "temperature": 0, "max_tokens": 30},
    )
    kinds = [k for k, _ in events]
    assert kinds[:2] == ["user_message", "assistant_message"]
    assert kinds[-1] == "done" and "delta" in kinds
    streamed = "".join(d["text"] for k, d in events if k == "delta")
    done = events[-1][1]
    assert done["content"] == streamed and done["status"] == "complete"
    assert "Paris" in streamed
    got = api.get(f"{P}/{conv['id']}").json()
    assert [m["role"] for m in got["messages"]] == ["user", "assistant"]
    assert got["messages"][1]["content"] == streamed
    assert got["title"].startswith("What is the capital")


def test_non_streaming_turn(api: httpx.Client) -> None:
    conv = api.post(P, json={}).json()
    result = api.post(
        f"{P}/{conv['id']}/messages",
        json={"content": "Say hello.", "stream": False, "max_tokens": 10},
    ).json()
    assert result["user_message"]["content"] == "Say hello."
    assert result["assistant_message"]["status"] == "complete"


def test_regenerate_and_edit_create_branches(api: httpx.Client) -> None:
    conv = api.post(P, json={}).json()
    cid = conv["id"]
    first = api.post(
        f"{P}/{cid}/messages", json={"content": "Name a colour.", "stream": False, "max_tokens": 8}
    ).json()
    reply_id = first["assistant_message"]["id"]
    user_id = first["user_message"]["id"]
    # regenerate -> a sibling of the reply
    events = post_stream(api, f"{P}/{cid}/messages/{reply_id}/regenerate", {"max_tokens": 8})
    new_reply = events[-1][1]
    assert new_reply["parent_id"] == user_id and new_reply["id"] != reply_id
    got = api.get(f"{P}/{cid}").json()
    assert got["messages"][-1]["id"] == new_reply["id"]
    assert got["messages"][-1]["sibling_ids"] == [reply_id, new_reply["id"]]
    assert got["messages"][-1]["sibling_index"] == 1
    # edit the user message -> a sibling user message with its own reply
    events = post_stream(
        api, f"{P}/{cid}/messages/{user_id}/edit", {"content": "Name an animal.", "max_tokens": 8}
    )
    edited = events[0][1]
    assert edited["parent_id"] is None and edited["content"] == "Name an animal."
    got = api.get(f"{P}/{cid}").json()
    assert got["messages"][0]["sibling_ids"] == [user_id, edited["id"]]
    assert len(got["tree"]) == 5
    # navigate back to the first branch
    back = api.post(f"{P}/{cid}/branch", json={"message_id": user_id}).json()
    assert back["messages"][0]["id"] == user_id
    assert back["messages"][1]["id"] == new_reply["id"]  # newest reply of that branch


def test_follow_up_turn_sees_history(api: httpx.Client) -> None:
    conv = api.post(P, json={}).json()
    cid = conv["id"]
    api.post(
        f"{P}/{cid}/messages",
        json={
            "content": "My name is Zorglub.",
            "stream": False,
            "max_tokens": 20,
            "temperature": 0,
        },
    )
    second = api.post(
        f"{P}/{cid}/messages",
        json={"content": "What is my name?", "stream": False, "max_tokens": 20, "temperature": 0},
    ).json()
    got = api.get(f"{P}/{cid}").json()
    assert len(got["messages"]) == 4
    assert second["user_message"]["parent_id"] == got["messages"][1]["id"]
    # cached prefix: the second turn re-used the KV cache of the first
    assert second["assistant_message"]["usage"]["prompt_tokens"] > 0


def test_list_rename_delete(api: httpx.Client) -> None:
    ids = [api.post(P, json={"title": f"t{i}"}).json()["id"] for i in range(3)]
    page = api.get(P, params={"limit": 2}).json()
    assert [c["id"] for c in page["data"]] == ids[::-1][:2]
    assert page["has_more"] is True and page["total"] >= 3
    renamed = api.patch(f"{P}/{ids[0]}", json={"title": "Renamed"}).json()
    assert renamed["title"] == "Renamed"
    assert api.delete(f"{P}/{ids[0]}").status_code == 204
    missing = api.get(f"{P}/{ids[0]}")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"


def test_rejected_requests_write_nothing(api: httpx.Client) -> None:
    cid = api.post(P, json={}).json()["id"]
    bad = [
        {"content": ""},
        {"content": "x", "temperature": 9},
        {"content": "x", "unknown_field": 1},
        {"content": "word " * 6000},
        {"content": "x", "parent_id": "nope"},
    ]
    for body in bad:
        response = api.post(f"{P}/{cid}/messages", json=body)
        assert response.status_code == 400, body
        assert set(response.json()["error"]) == {"message", "type", "param", "code"}
    assert api.get(f"{P}/{cid}").json()["tree"] == []
    assert api.post(f"{P}/nope/messages", json={"content": "x"}).status_code == 404


def test_disconnect_keeps_partial_reply_marked_interrupted(api: httpx.Client, server) -> None:
    cid = api.post(P, json={}).json()["id"]
    with api.stream(
        "POST",
        f"{P}/{cid}/messages",
        json={
            "content": ", ".join(str(i) for i in range(1, 31)) + ",",
            "max_tokens": 1500,
            "temperature": 0,
        },
    ) as response:
        deltas = 0
        for line in response.iter_lines():
            if line.startswith("event: delta"):
                deltas += 1
                if deltas >= 5:
                    break
    # the server notices the closed connection and writes the partial reply: wait for
    # that event (a generous deadline only bounds a broken server)
    from observe import wait_until

    def ended() -> dict | None:
        reply = api.get(f"{P}/{cid}").json()["messages"][-1]
        return reply if reply["status"] != "streaming" else None

    reply = wait_until(ended, "the reply to leave `streaming` after the client disconnected")
    assert reply["status"] == "interrupted"
    assert reply["content"]


def test_user_language_is_detected_and_stored(api: httpx.Client) -> None:
    cid = api.post(P, json={}).json()["id"]
    turn = api.post(
        f"{P}/{cid}/messages",
        json={
            "content": "Quelle est la capitale de l'Italie ?",
            "stream": False,
            "max_tokens": 16,
            "temperature": 0,
        },
    ).json()
    assert turn["user_message"]["meta"]["language"] == "fr"
    assert turn["assistant_message"]["meta"]["language"] == "fr"
    stored = api.get(f"{P}/{cid}").json()["messages"][0]
    assert stored["meta"]["language"] == "fr"
