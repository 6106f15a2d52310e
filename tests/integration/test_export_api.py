"""The export and import routes on a real app (accounts, keys, sessions, store; no model:
nothing here generates): owner scoping, the administrator's export of a user (audited),
downloads, re-imports that add nothing, and broken files that write nothing. On SQLite
and on PostgreSQL."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from veilleur.accounts.models import AuthEvent
from veilleur.assembly import build_app
from veilleur.config import Settings
from veilleur.store.models import Conversation, Message, MessageStatus

SCHEMA = json.loads((Path(__file__).parents[2] / "docs" / "export.schema.json").read_text())
SECRET = "alice-only-secret-7"


@dataclass
class World:
    client: TestClient
    app: Any
    keys: dict[str, str]
    ids: dict[str, str]
    session: dict[str, str]  # Bob's web session: cookie and CSRF token

    def get(self, url: str, who: str, **kwargs: Any) -> Any:
        return self.client.get(url, headers=_bearer(self.keys[who]), **kwargs)

    def post(self, url: str, who: str, **kwargs: Any) -> Any:
        return self.client.post(url, headers=_bearer(self.keys[who]), **kwargs)

    def counts(self) -> tuple[int, int]:
        with self.app.state.veilleur.accounts._sessions() as db:
            return (db.scalar(select(func.count()).select_from(Conversation)),
                    db.scalar(select(func.count()).select_from(Message)))


def _bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


@pytest.fixture
def world(database_url: str, tmp_path: Path) -> Iterator[World]:
    settings = Settings(data_dir=tmp_path, database_url=database_url,
                        max_body_bytes=64 * 1024 * 1024)
    app = build_app(settings, load=False)
    accounts = app.state.veilleur.accounts
    keys, ids = {}, {}
    for name, role in (("alice", "user"), ("bob", "user"), ("root", "admin")):
        user = accounts.create_user(name, password=None, role=role,
                                    display_name=name.title())
        keys[name] = accounts.create_key(user.id, name="k", expires_at=None)[1]
        ids[name] = user.id
    session, token = accounts.create_session(ids["bob"], address="127.0.0.1", user_agent="t")
    repo = app.state.veilleur.repository
    cid = repo.create(owner_id=ids["alice"], title="Alice's plans").id
    user, reply = repo.add_turn(cid, owner_id=ids["alice"], parent_id=None,
                                user={"content": f"Remember {SECRET}"}, assistant={})
    repo.save_reply(reply.id, content="Noted.", status=MessageStatus.COMPLETE,
                    finish_reason="stop")
    _, other = repo.add_turn(cid, owner_id=ids["alice"], parent_id=user.id, user=None,
                             assistant={})
    repo.save_reply(other.id, content="Not", status=MessageStatus.INTERRUPTED,
                    finish_reason="interrupted")
    ids["conversation"] = cid
    bobs = repo.create(owner_id=ids["bob"], title="Bob's").id
    repo.add_turn(bobs, owner_id=ids["bob"], parent_id=None, user={"content": "Hi"},
                  assistant={})
    with TestClient(app, base_url="http://127.0.0.1") as client:
        yield World(client, app, keys, ids, {"Cookie": f"veilleur_session={token}",
                                             "X-CSRF-Token": session.csrf_token})


def test_each_person_exports_only_their_own(world: World) -> None:
    response = world.get("/api/export", "alice")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    disposition = response.headers["content-disposition"]
    assert disposition.startswith("attachment;") and "veilleur-export-alice-" in disposition
    document = response.json()
    jsonschema.validate(document, SCHEMA)
    assert document["user"] == {"id": world.ids["alice"], "username": "alice",
                                "display_name": "Alice"}
    assert [c["title"] for c in document["conversations"]] == ["Alice's plans"]
    assert len(document["conversations"][0]["messages"]) == 3
    assert "hash" not in response.text and world.keys["alice"] not in response.text

    bob = world.get("/api/export", "bob")
    assert SECRET not in bob.text and world.ids["conversation"] not in bob.text
    assert [c["title"] for c in bob.json()["conversations"]] == ["Bob's"]
    markdown = world.get("/api/export", "bob", params={"format": "markdown"})
    assert markdown.headers["content-type"].startswith("text/markdown")
    assert "## Bob's" in markdown.text and SECRET not in markdown.text
    assert "being written when exported" in markdown.text
    assert world.get("/api/export", "alice", params={"format": "xml"}).status_code == 400


def test_import_then_reimport_adds_nothing(world: World) -> None:
    document = world.get("/api/export", "alice").json()
    before = world.counts()
    first = world.post("/api/import", "bob", json=document)
    assert first.status_code == 200, first.text
    body = first.json()
    assert (body["imported"], body["skipped"], body["messages"]) == (1, 0, 3)
    # Alice's ids are taken (by Alice): Bob's copy has new ones, and Alice's is untouched
    new_id = body["conversations"][0]["id"]
    assert new_id != world.ids["conversation"]
    assert world.counts() == (before[0] + 1, before[1] + 3)
    copy_of = world.get(f"/api/conversations/{new_id}", "bob").json()
    assert copy_of["settings"]["imported_from"]["id"] == world.ids["conversation"]
    assert len(copy_of["tree"]) == 3
    again = world.client.post("/api/import", headers=_bearer(world.keys["bob"]),
                              files={"file": ("export.json", json.dumps(document),
                                              "application/json")})
    assert again.status_code == 200, again.text
    assert (again.json()["imported"], again.json()["skipped"]) == (0, 1)
    assert world.counts() == (before[0] + 1, before[1] + 3)
    assert world.get(f"/api/conversations/{new_id}", "alice").status_code == 404


def test_the_page_imports_with_its_csrf_token(world: World) -> None:
    document = world.get("/api/export", "alice").json()
    no_token = world.client.post("/api/import", json=document,
                                 headers={"Cookie": world.session["Cookie"]})
    assert no_token.status_code == 403
    ok = world.client.post("/api/import", json=document, headers=world.session)
    assert ok.status_code == 200 and ok.json()["imported"] == 1


def _broken(document: dict[str, Any], how: str) -> Any:
    broken = copy.deepcopy(document)
    messages = broken["conversations"][0]["messages"]
    if how == "version":
        broken["format"] = "veilleur-export/9"
    elif how == "role":
        messages[0]["role"] = "root"
    elif how == "cycle":
        messages[0]["parent_id"] = messages[1]["id"]
    elif how == "foreign-parent":
        other = copy.deepcopy(broken["conversations"][0])
        other["id"] = "c" * 32
        for i, message in enumerate(other["messages"]):
            message["id"] = f"{i:032d}"
            message["parent_id"] = None
        other["current_leaf_id"] = None
        messages[1]["parent_id"] = other["messages"][0]["id"]
        broken["conversations"].append(other)
    elif how == "huge":
        template = messages[0]
        messages[:] = [{**template, "id": f"m{i}", "parent_id": None}
                       for i in range(100_000)]
        broken["conversations"][0]["current_leaf_id"] = None
    elif how == "array":
        return [broken]
    return broken


@pytest.mark.parametrize(("how", "status"), [
    ("version", 400), ("role", 400), ("array", 400), ("cycle", 422),
    ("foreign-parent", 422), ("huge", 413)])
def test_a_broken_file_writes_nothing(world: World, how: str, status: int) -> None:
    document = world.get("/api/export", "alice").json()
    before = world.counts()
    for send in ("json", "file"):
        broken = _broken(document, how)
        if send == "json":
            response = world.post("/api/import", "bob", json=broken)
        else:
            response = world.client.post(
                "/api/import", headers=_bearer(world.keys["bob"]),
                files={"file": ("x.json", json.dumps(broken), "application/json")})
        assert response.status_code == status, (how, send, response.text[:300])
        error = response.json()["error"]
        assert set(error) == {"message", "type", "param", "code"} and error["message"]
    assert world.counts() == before


@pytest.mark.parametrize("body", [b"", b"{not json", b"\xff\xfe"])
def test_a_file_that_is_no_json_is_a_400(world: World, body: bytes) -> None:
    before = world.counts()
    response = world.client.post("/api/import", headers=_bearer(world.keys["bob"]),
                                 files={"file": ("x.json", body, "application/json")})
    assert response.status_code == 400, response.text
    empty = world.client.post("/api/import", headers={**_bearer(world.keys["bob"]),
                                                      "content-type": "application/json"})
    assert empty.status_code == 400 and "missing" in empty.json()["error"]["message"]
    assert world.counts() == before


def test_an_admin_exports_a_users_data_and_it_is_audited(world: World) -> None:
    alice = world.ids["alice"]
    response = world.get(f"/api/admin/users/{alice}/export", "root")
    assert response.status_code == 200, response.text
    document = response.json()
    jsonschema.validate(document, SCHEMA)
    assert document["user"]["username"] == "alice" and SECRET in response.text
    markdown = world.get(f"/api/admin/users/{alice}/export", "root",
                         params={"format": "markdown"})
    assert SECRET in markdown.text
    with world.app.state.veilleur.accounts._sessions() as db:
        events = list(db.scalars(select(AuthEvent).where(AuthEvent.event == "data_exported")))
    assert [(e.user_id, e.actor_id) for e in events] == [(alice, world.ids["root"])] * 2
    assert "format=markdown" in events[1].detail
    assert world.get(f"/api/admin/users/{alice}/export", "bob").status_code == 403
    assert world.get(f"/api/admin/users/{'0' * 32}/export", "root").status_code == 404
