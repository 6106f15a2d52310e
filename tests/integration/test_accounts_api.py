"""The accounts API through HTTP: /api/me, a user's keys, the administration of users,
the session cookie with its CSRF token, and a disabled user's live session. No model
(`load=False`): none of these routes generates."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from veilleur.accounts.models import AuthEvent
from veilleur.accounts.service import AccountService
from veilleur.assembly import build_app
from veilleur.config import Settings

PASSWORD = "a long enough password"


@pytest.fixture
def client(tmp_path: Any) -> Iterator[TestClient]:
    app = build_app(Settings(data_dir=tmp_path, accounts={"key_max_days": 90}), load=False)
    with TestClient(app, base_url="http://127.0.0.1") as http:
        yield http


def accounts_of(client: TestClient) -> AccountService:
    return client.app.state.veilleur.accounts  # type: ignore[attr-defined,no-any-return]


def bearer(accounts: AccountService, username: str, role: str = "user") -> dict[str, str]:
    """The header of a new key of a new user."""
    user = accounts.create_user(username, password=PASSWORD, role=role)  # type: ignore[arg-type]
    _, secret = accounts.create_key(user.id, name="test",
                                    expires_at=datetime.now(UTC) + timedelta(days=1))
    return {"Authorization": f"Bearer {secret}"}


def test_me_says_who_the_request_acts_as(client: TestClient) -> None:
    assert client.get("/api/me").json()["method"] == "local"  # no accounts yet
    headers = bearer(accounts_of(client), "alice")
    me = client.get("/api/me", headers=headers).json()
    assert (me["username"], me["role"], me["method"]) == ("alice", "user", "api-key")
    assert client.get("/api/me").status_code == 401  # accounts are on now


def test_keys_are_shown_once_then_by_prefix(client: TestClient) -> None:
    headers = bearer(accounts_of(client), "alice")
    created = client.post("/api/keys", json={"name": "laptop", "expires_in_days": 30},
                          headers=headers)
    assert created.status_code == 201
    key = created.json()
    assert key["secret"].startswith("vk-") and key["prefix"] == key["secret"][:11]
    listed = client.get("/api/keys", headers=headers)
    assert key["secret"] not in listed.text
    assert [k["status"] for k in listed.json()["data"] if k["id"] == key["id"]] == ["active"]
    new = {"Authorization": f"Bearer {key['secret']}"}
    assert client.get("/api/me", headers=new).json()["key_id"] == key["id"]
    assert client.delete(f"/api/keys/{key['id']}", headers=headers).status_code == 204
    assert client.get("/api/me", headers=new).status_code == 401
    assert [k["status"] for k in client.get("/api/keys", headers=headers).json()["data"]
            if k["id"] == key["id"]] == ["revoked"]


def test_key_expiry_is_bounded(client: TestClient) -> None:
    headers = bearer(accounts_of(client), "alice")
    for body, words in [({}, "within 90 days"), ({"expires_in_days": 91}, "90 days"),
                        ({"expires_at": "2001-01-01T00:00:00Z"}, "past"),
                        ({"expires_in_days": 1, "expires_at": "2100-01-01T00:00:00Z"},
                         "not both")]:
        response = client.post("/api/keys", json=body, headers=headers)
        assert response.status_code == 400 and words in response.json()["error"]["message"]


def test_another_users_key_is_a_404(client: TestClient) -> None:
    accounts = accounts_of(client)
    alice, bob = bearer(accounts, "alice"), bearer(accounts, "bob")
    key = client.post("/api/keys", json={"expires_in_days": 1}, headers=alice).json()
    for key_id in (key["id"], "no-such-key"):
        response = client.delete(f"/api/keys/{key_id}", headers=bob)
        assert response.status_code == 404 and response.json()["error"]["code"] == "not_found"
    assert client.get("/api/me", headers={"Authorization": f"Bearer {key['secret']}"}).json()[
        "username"] == "alice"


def test_only_admins_manage_users(client: TestClient) -> None:
    accounts = accounts_of(client)
    admin, user = bearer(accounts, "root", role="admin"), bearer(accounts, "alice")
    for method, path in [("GET", "/api/admin/users"), ("POST", "/api/admin/users"),
                         ("PATCH", "/api/admin/users/x")]:
        response = client.request(method, path, json={"username": "eve", "password": PASSWORD}
                                  if method == "POST" else {} if method == "PATCH" else None,
                                  headers=user)
        assert response.status_code == 403, (method, path)
    carol = client.post("/api/admin/users", json={"username": "Carol", "password": PASSWORD},
                        headers=admin)
    assert carol.status_code == 201 and carol.json()["username"] == "carol"
    changed = client.patch(f"/api/admin/users/{carol.json()['id']}", headers=admin, json={
        "role": "admin", "quotas": {"tokens_per_day": 1000, "requests_per_minute": None}})
    assert changed.json()["role"] == "admin"
    assert changed.json()["quotas"] == {"tokens_per_day": 1000, "requests_per_minute": None}
    names = [u["username"] for u in client.get("/api/admin/users", headers=admin).json()["data"]]
    assert names == ["alice", "carol", "root"]
    root_id = client.get("/api/me", headers=admin).json()["id"]
    refused = client.patch(f"/api/admin/users/{root_id}", json={"disabled": True},
                           headers=admin)
    assert refused.status_code == 400 and "yourself" in refused.json()["error"]["message"]
    bad = client.post("/api/admin/users", json={"username": "x y", "password": PASSWORD},
                      headers=admin)
    assert bad.status_code == 400 and bad.json()["error"]["param"] == "username"


def test_the_cookie_needs_the_csrf_token_to_change_anything(client: TestClient) -> None:
    accounts = accounts_of(client)
    user = accounts.create_user("alice", password=PASSWORD)
    session, token = accounts.create_session(user.id, address="", user_agent="test")
    client.cookies.set("veilleur_session", token)
    assert client.get("/api/me").json()["method"] == "session"
    for sent in (None, "forged", session.csrf_token + "x"):
        headers = {} if sent is None else {"X-CSRF-Token": sent}
        response = client.post("/api/keys", json={"expires_in_days": 1}, headers=headers)
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "csrf_failed"
    ok = client.post("/api/keys", json={"expires_in_days": 1},
                     headers={"X-CSRF-Token": session.csrf_token})
    assert ok.status_code == 201
    with accounts._sessions() as db:
        refused = db.scalars(select(AuthEvent).where(AuthEvent.event == "csrf_rejected")).all()
    assert len(refused) == 3 and refused[0].detail == "POST /api/keys (no token)"


def test_a_disabled_users_live_session_stops_at_once(client: TestClient) -> None:
    accounts = accounts_of(client)
    admin = bearer(accounts, "root", role="admin")
    user = accounts.create_user("alice", password=PASSWORD)
    _, token = accounts.create_session(user.id, address="", user_agent="test")
    client.cookies.set("veilleur_session", token)
    assert client.get("/api/me").status_code == 200
    client.cookies.clear()
    assert client.patch(f"/api/admin/users/{user.id}", json={"disabled": True},
                        headers=admin).status_code == 200
    client.cookies.set("veilleur_session", token)
    assert client.get("/api/me").status_code == 401
    assert client.get("/api/conversations").status_code == 401
