"""The chain of a tool loop in a conversation (issue 15, item 2) when the reply made two
calls: the first result posted is stored alone (`pending`, the model is not called), the
same call answered twice is refused, and the last result makes the assistant answer
with the whole chain (the calls, each result in order) and the functions offered again,
`auto` after a `required` turn. A real app (store, safety pipeline, guard); the model is
a `ScriptedBackend` recording what it is asked, since a two-call reply cannot be had from
the tiny model on demand (the live-server test is test_conversation_tools.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from helpers import ScriptedBackend
from veilleur.assembly import build_app
from veilleur.client import sse_events
from veilleur.config import Settings
from veilleur.store.models import MessageStatus

P = "/api/conversations"
TOOLS = {"tools": [{"type": "function", "function": {
    "name": "get_weather", "description": "The weather of a city.",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}}],
    "tool_choice": "required", "parallel_tool_calls": True}
CALLS = [{"id": f"call_{city}", "type": "function",
          "function": {"name": "get_weather", "arguments": f'{{"city": "{city}"}}'}}
         for city in ("paris", "lyon")]


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[TestClient, ScriptedBackend, str, str]]:
    backend = ScriptedBackend(["Paris 18 C, ", "Lyon 20 C."])
    app = build_app(Settings(data_dir=tmp_path), backend=backend, preload=True)
    with TestClient(app, base_url="http://127.0.0.1") as client:
        repository = app.state.veilleur.conversations.repository
        cid = repository.create(owner_id=None, title="Two cities").id
        _, calls = repository.add_turn(
            cid, owner_id=None, parent_id=None,
            user={"content": "Weather in Paris and Lyon?", "meta": {"tools": TOOLS}},
            assistant={"model": "scripted", "meta": {}})
        repository.save_reply(calls.id, content="", status=MessageStatus.COMPLETE,
                              finish_reason="tool_calls", tool_calls=CALLS)
        yield client, backend, cid, calls.id


def _result(call: str, content: str, **extra: Any) -> dict[str, Any]:
    return {"role": "tool", "tool_call_id": call, "content": content, **extra}


def test_the_last_result_makes_the_assistant_answer_with_the_chain(
        world: tuple[TestClient, ScriptedBackend, str, str]) -> None:
    client, backend, cid, calls_id = world
    with client.stream("POST", f"{P}/{cid}/messages",
                       json=_result("call_lyon", '{"temperature": 20}')) as response:
        assert response.status_code == 200, response.read()
        events = list(sse_events(response))
    assert [kind for kind, _ in events] == ["user_message", "pending"]
    first = events[0][1]
    assert (first["role"], first["parent_id"], first["meta"]["tool_name"]) == \
        ("tool", calls_id, "get_weather")
    assert events[1][1]["pending_tool_call_ids"] == ["call_paris"]
    assert backend.requests == []  # the model waits for every result
    assert client.get(f"{P}/{cid}").json()["current_leaf_id"] == first["id"]

    again = client.post(f"{P}/{cid}/messages",
                        json=_result("call_lyon", "x", stream=False))
    assert again.status_code == 400
    error = again.json()["error"]
    assert error["param"] == "tool_call_id"
    assert "answered already" in error["message"] and "'call_paris'" in error["message"]

    turn = client.post(f"{P}/{cid}/messages",
                       json=_result("call_paris", '{"temperature": 18}', stream=False))
    assert turn.status_code == 200, turn.text
    body = turn.json()
    assert body["user_message"]["parent_id"] == first["id"]
    assert body["assistant_message"]["content"] == "Paris 18 C, Lyon 20 C."
    (request,) = backend.requests
    chat = [(m.role, m.tool_call_id, [c.id for c in m.tool_calls])
            for m in request.messages if m.role != "system"]
    assert chat == [("user", None, []), ("assistant", None, ["call_paris", "call_lyon"]),
                    ("tool", "call_lyon", []), ("tool", "call_paris", [])]
    assert [t.name for t in request.tools] == ["get_weather"]
    assert request.tool_choice == "auto"  # `required` was the first turn's

    detail = client.get(f"{P}/{cid}").json()
    assert [m["role"] for m in detail["messages"]] == ["user", "assistant", "tool", "tool",
                                                       "assistant"]
    assert detail["messages"][1]["tool_calls"] == CALLS


def test_the_answer_after_the_results_takes_the_tool_choice_asked(
        world: tuple[TestClient, ScriptedBackend, str, str]) -> None:
    client, backend, cid, _ = world
    bad = client.post(f"{P}/{cid}/messages", json=_result(
        "call_paris", "18 C", stream=False,
        tool_choice={"type": "function", "function": {"name": "nope"}}))
    assert bad.status_code == 400 and bad.json()["error"]["param"] == "tool_choice"
    assert client.get(f"{P}/{cid}").json()["messages"][-1]["role"] == "assistant"  # not stored
    client.post(f"{P}/{cid}/messages", json=_result("call_paris", "18 C", stream=False))
    turn = client.post(f"{P}/{cid}/messages",
                       json=_result("call_lyon", "20 C", stream=False, tool_choice="none"))
    assert turn.status_code == 200, turn.text
    (request,) = backend.requests
    assert request.tool_choice == "none" and [t.name for t in request.tools] == ["get_weather"]


def test_a_pending_result_answers_json_without_a_reply(
        world: tuple[TestClient, ScriptedBackend, str, str]) -> None:
    client, backend, cid, _ = world
    response = client.post(f"{P}/{cid}/messages",
                           json=_result("call_paris", "18 C", stream=False))
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["assistant_message"] is None
    assert body["pending_tool_call_ids"] == ["call_lyon"]
    assert body["user_message"]["tool_call_id"] == "call_paris"
    assert backend.requests == []
