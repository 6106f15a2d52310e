"""Tool calls and tool results in the store, the branches and `veilleur-export/1` (issue
15, item 2), on real stores (SQLite, and PostgreSQL when `make test` started one): an
assistant message's `tool_calls` and a tool message's `tool_call_id` are written, read
along a branch, exported valid against docs/export.schema.json, imported by another
owner and exported again the same; the Markdown names the calls; a broken tool field is
refused whole."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from veilleur.chat.tools import pending_calls, stored_calls, tools_of_branch
from veilleur.chat.transfer import (
    ExportFormatError,
    Importer,
    iter_json,
    iter_markdown,
    parse_document,
    user_record,
)
from veilleur.chat.tree import MessageTree
from veilleur.store.db import open_database
from veilleur.store.models import MessageStatus
from veilleur.store.repository import ConversationRepository
from veilleur.store.transfer import ConversationTransfer

SCHEMA = json.loads((Path(__file__).parents[2] / "docs" / "export.schema.json").read_text())
ALICE, BOB = "a" * 32, "b" * 32
CALLS = [
    {"id": "call_1", "type": "function",
     "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'}},
    {"id": "call_2", "type": "function",
     "function": {"name": "get_weather", "arguments": '{"city": "<script>x</script>"}'}},
]
TOOLS = {"tools": [{"type": "function", "function": {
    "name": "get_weather", "description": "Weather", "parameters": {"type": "object"}}}],
    "tool_choice": "required", "parallel_tool_calls": True}


def _seed(repository: ConversationRepository) -> tuple[str, dict[str, str]]:
    cid = repository.create(owner_id=ALICE, title="Weather").id
    user, calls = repository.add_turn(
        cid, owner_id=ALICE, parent_id=None,
        user={"content": "Weather in Paris?", "meta": {"tools": TOOLS}},
        assistant={"model": "tiny", "meta": {}})
    assert user is not None
    repository.save_reply(calls.id, content="", status=MessageStatus.COMPLETE,
                          finish_reason="tool_calls", tool_calls=CALLS)
    first = repository.add_message(cid, owner_id=ALICE, parent_id=calls.id, fields={
        "role": "tool", "content": "18 C", "tool_call_id": "call_1",
        "meta": {"tool_name": "get_weather"}})
    second, answer = repository.add_turn(
        cid, owner_id=ALICE, parent_id=first.id,
        user={"role": "tool", "content": "12 C", "tool_call_id": "call_2",
              "meta": {"tool_name": "get_weather"}},
        assistant={"model": "tiny", "meta": {}})
    assert second is not None
    repository.save_reply(answer.id, content="18 C in Paris.", status=MessageStatus.COMPLETE,
                          finish_reason="stop")
    return cid, {"user": user.id, "calls": calls.id, "first": first.id, "second": second.id,
                 "answer": answer.id}


class Store:
    def __init__(self, url: str):
        self.engine, sessions = open_database(url)
        self.repository = ConversationRepository(sessions)
        self.transfer = ConversationTransfer(sessions)

    def export(self, owner: str) -> dict[str, Any]:
        return json.loads("".join(iter_json(self.transfer, owner_id=owner,
                                            user=user_record(owner, "alice"))))


@pytest.fixture
def store(database_url: str) -> Store:
    return Store(database_url)


def test_the_branch_carries_the_calls_and_their_results(store: Store) -> None:
    cid, ids = _seed(store.repository)
    tree = MessageTree(store.repository.messages(cid, owner_id=ALICE))
    path = tree.path_to(ids["answer"])
    assert [m.role for m in path] == ["user", "assistant", "tool", "tool", "assistant"]
    assert path[1].tool_calls == CALLS
    assert [c.name for c in stored_calls(path[1])] == ["get_weather", "get_weather"]
    assert [m.tool_call_id for m in path[2:4]] == ["call_1", "call_2"]
    # the calls waiting for a result, at each point of the chain
    assert pending_calls(path[:2]) == (path[1], ["call_1", "call_2"])
    assert pending_calls(path[:3]) == (path[1], ["call_2"])
    assert pending_calls(path[:4]) == (path[1], [])
    assert pending_calls(path) == (None, [])
    tools = tools_of_branch(path[:4])
    assert tools is not None and tools.choice == "required"
    assert tools.after_results().choice == "auto"
    assert [t.name for t in tools.tools] == ["get_weather"]


def test_export_import_round_trip_keeps_tool_calls(store: Store) -> None:
    _, ids = _seed(store.repository)
    exported = store.export(ALICE)
    jsonschema.validate(exported, SCHEMA)
    by_id = {m["id"]: m for m in exported["conversations"][0]["messages"]}
    assert by_id[ids["calls"]]["tool_calls"] == CALLS
    assert by_id[ids["first"]]["tool_call_id"] == "call_1"
    assert by_id[ids["user"]]["tool_calls"] is None
    assert by_id[ids["user"]]["tool_call_id"] is None

    summary = Importer(store.transfer).run(parse_document(exported), owner_id=BOB).as_dict()
    assert summary["imported"] == 1, summary
    again = store.export(BOB)
    jsonschema.validate(again, SCHEMA)

    def tools_of(document: dict[str, Any]) -> list[Any]:
        messages = sorted(document["conversations"][0]["messages"],
                          key=lambda m: (m["created_at"], m["id"]))
        return [(m["role"], m["content"], m["tool_calls"], m["tool_call_id"],
                 m["meta"].get("tool_name")) for m in messages]

    assert tools_of(again) == tools_of(exported)
    # the imported copy's branch is a chain the service reads the same way
    copy_id = again["conversations"][0]["id"]
    tree = MessageTree(store.repository.messages(copy_id, owner_id=BOB))
    leaf = again["conversations"][0]["current_leaf_id"]
    assert [m.role for m in tree.path_to(leaf)] == ["user", "assistant", "tool", "tool",
                                                    "assistant"]
    # importing the same file again adds nothing (the hash covers the tool fields)
    second = Importer(store.transfer).run(parse_document(exported), owner_id=BOB).as_dict()
    assert second["imported"] == 0, second


def test_the_markdown_names_the_calls_and_results(store: Store) -> None:
    _seed(store.repository)
    text = "".join(iter_markdown(store.transfer, owner_id=ALICE,
                                 user=user_record(ALICE, "alice")))
    assert "Calls `get_weather` (`call_1`)" in text
    assert '{"city": "Paris"}' in text
    assert "**Tool result**" in text and "`get_weather` call `call_2`" in text


@pytest.mark.parametrize("break_it", [
    lambda m: m.update(role="tool"),  # a tool message without the call it answers
    lambda m: m.update(tool_call_id="call_1"),  # on a user message
    lambda m: m.update(tool_calls=[{"id": "", "type": "function",
                                    "function": {"name": "f", "arguments": ""}}]),
])
def test_a_broken_tool_field_is_refused_by_schema_and_importer(
        store: Store, break_it: Any) -> None:
    _seed(store.repository)
    document = store.export(ALICE)
    broken = copy.deepcopy(document)
    user = next(m for m in broken["conversations"][0]["messages"] if m["role"] == "user")
    break_it(user)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, SCHEMA)
    with pytest.raises(ExportFormatError):
        parse_document(broken)
