"""With one user in the database, every route needs credentials: a walk of every route of
the app without any, and the credentials that must not work (expired, revoked, a disabled
user's, a forged cookie). A user's key works from the official `openai` client.

The walk needs no model (`load=False`: the credential check comes before everything
else); the `openai` client talks to an app serving `ScriptedBackend`, in this process,
through the real HTTP stack (`TestClient` is an `httpx.Client`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta

import openai
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from helpers import ScriptedBackend, app_routes
from veilleur.accounts.models import ApiKey, AuthEvent
from veilleur.accounts.service import AccountService
from veilleur.assembly import build_app
from veilleur.config import Settings
from veilleur.store.models import utcnow

# Answer without credentials even when accounts are on (docs/accounts.md).
EXEMPT = {
    ("GET", "/healthz"), ("GET", "/readyz"), ("GET", "/login"), ("POST", "/auth/login"),
    ("GET", "/auth/oidc/login"), ("GET", "/auth/oidc/callback"), ("GET", "/"),
    ("GET", "/static/{path:path}"),
}
PASSWORD = "a long enough password"


def concrete(path: str) -> str:
    """A request path for a route template: every parameter an id nobody has."""
    return re.sub(r"\{[^}]+\}", "0123456789abcdef0123456789abcdef", path)


@pytest.fixture(scope="module")
def app_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("auth"), docs_ui=True)
    app = build_app(settings, load=False)
    app.state.veilleur.accounts.create_user("alice", password=PASSWORD, role="admin")
    with TestClient(app, base_url="http://127.0.0.1") as client:
        yield client


def routes(client: TestClient) -> list[tuple[str, str]]:
    return sorted((method, path) for path, methods in app_routes(client.app)
                  for method in methods - {"HEAD", "OPTIONS"})


def test_the_walk_sees_every_router(app_client: TestClient) -> None:
    seen = {path for _, path in routes(app_client)}
    for path in ("/v1/chat/completions", "/api/conversations", "/api/keys", "/api/me",
                 "/api/admin/users", "/metrics", "/openapi.json", "/api/tasks/translate"):
        assert path in seen


@pytest.mark.parametrize("cookie", [None, "forged-session-token"])
def test_every_route_but_the_exempt_needs_credentials(app_client: TestClient,
                                                      cookie: str | None) -> None:
    app_client.cookies.clear()
    if cookie is not None:
        app_client.cookies.set("veilleur_session", cookie)
    let_through = []
    for method, path in routes(app_client):
        if (method, path) in EXEMPT:
            continue
        body = {} if method in {"POST", "PUT", "PATCH"} else None
        response = app_client.request(method, concrete(path), json=body)
        if response.status_code != 401:
            let_through.append(f"{method} {path}: {response.status_code}")
        else:
            assert response.json()["error"]["type"] == "authentication_error"
    app_client.cookies.clear()
    assert not let_through, f"routes answering without credentials: {let_through}"


def test_the_exempt_routes_answer_without_credentials(app_client: TestClient) -> None:
    for path in ("/healthz", "/readyz", "/", "/static/css/app.css"):
        assert app_client.get(path).status_code in (200, 503), path  # 503: no model here
    assert app_client.post("/auth/login", json={"username": "alice", "password": "no"}
                           ).json()["error"]["message"] == "invalid username or password"


def test_a_wrong_bearer_is_401_and_audited(app_client: TestClient) -> None:
    for token in ("vk-unknown", "sk-something", "x" * 10_000):
        response = app_client.get("/api/me", headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 401
        assert response.json()["error"]["message"] == "invalid API key"
        assert token[:12] not in response.text
    accounts: AccountService = app_client.app.state.veilleur.accounts  # type: ignore[attr-defined]
    with accounts._sessions() as db:
        rejected = list(db.scalars(select(AuthEvent).where(AuthEvent.event == "key_rejected")))
    assert len(rejected) >= 3 and all(event.address for event in rejected)


# --- the openai client, with a real key ---------------------------------------------

@pytest.fixture(scope="module")
def scripted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("auth-live"))
    app = build_app(settings, backend=ScriptedBackend(["Bonjour", " !"]), preload=True)
    with TestClient(app, base_url="http://127.0.0.1") as client:
        yield client


def openai_client(http: TestClient, key: str) -> openai.OpenAI:
    return openai.OpenAI(base_url="http://127.0.0.1/v1", api_key=key, http_client=http,
                         max_retries=0)


def test_a_key_works_with_the_openai_client_and_bad_ones_do_not(scripted: TestClient) -> None:
    accounts: AccountService = scripted.app.state.veilleur.accounts  # type: ignore[attr-defined]
    alice = accounts.create_user("alice", password=PASSWORD)
    bob = accounts.create_user("bob", password=PASSWORD)
    _, good = accounts.create_key(alice.id, name="laptop", expires_at=None)
    revoked, revoked_secret = accounts.create_key(alice.id, name="old", expires_at=None)
    accounts.revoke_key(alice.id, revoked.id)
    expiring, expired_secret = accounts.create_key(
        alice.id, name="short", expires_at=utcnow() + timedelta(seconds=5))
    with accounts._sessions.begin() as db:  # expired a minute ago, without waiting
        db.get(ApiKey, expiring.id).expires_at = utcnow() - timedelta(minutes=1)  # type: ignore[union-attr]
    _, bobs = accounts.create_key(bob.id, name="", expires_at=None)
    accounts.set_disabled(bob.id, True)

    client = openai_client(scripted, good)
    assert [model.id for model in client.models.list()] == ["scripted"]
    answer = client.chat.completions.create(
        model="scripted", messages=[{"role": "user", "content": "Say hello in French."}])
    assert answer.choices[0].message.content == "Bonjour !"
    for secret in (revoked_secret, expired_secret, bobs, "vk-never-issued"):
        with pytest.raises(openai.AuthenticationError) as refused:
            openai_client(scripted, secret).models.list()
        assert refused.value.status_code == 401
        assert "invalid API key" in str(refused.value)
