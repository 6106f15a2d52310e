"""The stored responses of the Responses API on both databases: saved, read, chained
through `previous_response_id` and deleted by their owner only (another owner's id, the
ownerless local person's included, is exactly an unknown id); revision 0006 on an old
database."""

from __future__ import annotations

import time
from dataclasses import replace

from sqlalchemy import inspect

from veilleur.store.db import migrate, open_database
from veilleur.store.responses import ResponseRecord, ResponseStore


def _record(rid: str, owner: str | None, previous: str | None = None) -> ResponseRecord:
    return ResponseRecord(
        id=rid, owner_id=owner, model="m", created_at=int(time.time()), status="completed",
        request={"input": [{"type": "message", "id": f"msg_{rid}", "role": "user",
                            "content": [{"type": "input_text", "text": f"hi {rid}"}]}],
                 "response": {"metadata": {"k": "v"}}},
        output=[{"type": "message", "id": f"out_{rid}", "role": "assistant",
                 "content": [{"type": "output_text", "text": "é", "annotations": []}]}],
        previous_response_id=previous, usage={"input_tokens": 3, "output_tokens": 1})


def test_responses_are_owned_chained_and_deleted(database_url: str) -> None:
    _, sessions = open_database(database_url)
    store = ResponseStore(sessions)
    store.save(_record("resp_a", "alice"))
    store.save(_record("resp_b", "alice", previous="resp_a"))
    store.save(_record("resp_c", "alice", previous="resp_b"))
    store.save(_record("resp_local", None))

    got = store.get("resp_b", "alice")
    assert got == replace(_record("resp_b", "alice", "resp_a"), created_at=got.created_at)
    assert abs(got.created_at - time.time()) < 60
    assert got.output[0]["content"][0]["text"] == "é"
    for owner in ("bob", None):
        assert store.get("resp_b", owner) is None
        assert store.chain("resp_c", owner) is None
        assert store.delete("resp_b", owner) is False
    assert store.get("resp_local", None) is not None
    assert store.get("resp_local", "alice") is None

    chain = store.chain("resp_c", "alice")
    assert [r.id for r in chain] == ["resp_a", "resp_b", "resp_c"]
    assert store.delete("resp_b", "alice") is True
    assert store.get("resp_b", "alice") is None
    assert store.get("resp_c", "alice") is not None  # what continued it stays
    assert store.chain("resp_c", "alice") is None  # but its chain is broken


def test_revision_0006_upgrades_a_database_of_0005(tmp_path) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    migrate(engine, "0005")
    assert "responses" not in inspect(engine).get_table_names()
    migrate(engine, "head")
    assert "responses" in inspect(engine).get_table_names()
