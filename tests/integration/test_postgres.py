"""The conversation API of a live server whose store is PostgreSQL (VEILLEUR_DATABASE_URL)."""

from __future__ import annotations

from pathlib import Path

import httpx
from sqlalchemy import create_engine, text

from helpers import ServerProcess
from veilleur.client import sse_events
from veilleur.store.db import head_revision

P = "/api/conversations"


def test_conversation_round_trip_on_postgres(tmp_path: Path, postgres_url: str,
                                             model_path: Path) -> None:
    data = tmp_path / "data"
    with ServerProcess(data, env={"VEILLEUR_DATABASE_URL": postgres_url}) as server, \
            httpx.Client(base_url=server.base_url, timeout=120) as api:
        conv = api.post(P, json={"title": "on postgres", "system_prompt": "Answer briefly."})
        assert conv.status_code == 201, conv.text
        cid = conv.json()["id"]
        with api.stream("POST", f"{P}/{cid}/messages",
                        json={"content": "What is the capital of France?",
                              "temperature": 0, "max_tokens": 30}) as response:
            assert response.status_code == 200, response.read()
            events = list(sse_events(response))
        assert [k for k, _ in events][-1] == "done", events
        streamed = "".join(d["text"] for k, d in events if k == "delta")
        done = events[-1][1]
        assert done["status"] == "complete" and done["content"] == streamed
        # a second answer to the same question: a branch
        again = api.post(f"{P}/{cid}/messages/{done['id']}/regenerate",
                         json={"stream": False, "max_tokens": 10}).json()
        assert again["assistant_message"]["status"] == "complete"
        got = api.get(f"{P}/{cid}").json()
        assert got["title"] == "on postgres"
        assert [m["role"] for m in got["messages"]] == ["user", "assistant"]
        assert got["messages"][1]["sibling_ids"] == [done["id"], again["assistant_message"]["id"]]
        renamed = api.patch(f"{P}/{cid}", json={"title": "renamed"}).json()
        assert renamed["title"] == "renamed"
        other = api.post(P, json={"title": "second"}).json()["id"]
        listing = api.get(P, params={"limit": 10}).json()
        assert [c["id"] for c in listing["data"]] == [other, cid] and listing["total"] == 2

        # It is all in PostgreSQL: no SQLite file was written, the rows are in the database.
        assert not (data / "veilleur.db").exists()
        engine = create_engine(postgres_url)
        with engine.connect() as connection:
            rows = connection.execute(text(
                "SELECT role, status, lease_owner IS NOT NULL FROM messages "
                "WHERE conversation_id = :c ORDER BY created_at"), {"c": cid}).all()
            assert [tuple(r) for r in rows] == [("user", "complete", False),
                                                ("assistant", "complete", True),
                                                ("assistant", "complete", True)]
            version = connection.execute(text("SELECT version_num FROM alembic_version"))
            assert version.scalar() == head_revision()
        engine.dispose()

        assert api.delete(f"{P}/{cid}").status_code == 204
        assert api.get(f"{P}/{cid}").status_code == 404
        assert [c["id"] for c in api.get(P).json()["data"]] == [other]
