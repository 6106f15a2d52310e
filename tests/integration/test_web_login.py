"""The page's login routes through HTTP, in the cases the browser tests do not reach: a
server without accounts (with and without the shared key), a key instead of the cookie,
single sign-on offered on the login screen, a disabled user, an ended session's cookie.
No model (`load=False`): none of these routes generates."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from veilleur.accounts.service import AccountService
from veilleur.assembly import build_app
from veilleur.config import Settings

PASSWORD = "a long enough password"


def client_for(tmp_path: Path, **settings: Any) -> TestClient:
    app = build_app(Settings(data_dir=tmp_path, **settings), load=False)
    return TestClient(app, base_url="http://127.0.0.1")


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with client_for(tmp_path) as http:
        yield http


def accounts_of(client: TestClient) -> AccountService:
    return client.app.state.veilleur.accounts  # type: ignore[attr-defined,no-any-return]


def login(client: TestClient, username: str, password: str = PASSWORD) -> Any:
    return client.post("/auth/login", json={"username": username, "password": password})


def test_without_accounts_the_session_is_the_local_person(client: TestClient) -> None:
    answer = client.get("/auth/session")
    assert answer.status_code == 200
    assert answer.json() == {
        "user": {"id": None, "username": "local", "display_name": "", "role": "admin"},
        "csrf_token": None,
        "accounts": False,
        "oidc": {"enabled": False, "label": "SSO"},
    }


def test_without_accounts_the_shared_key_is_asked_for(tmp_path: Path) -> None:
    with client_for(tmp_path, api_key="the-operators-key") as client:
        refused = client.get("/auth/session")
        assert refused.status_code == 401
        assert refused.json()["accounts"] is False  # the page asks for the key, no login
        operator = client.get("/auth/session",
                              headers={"Authorization": "Bearer the-operators-key"})
        assert operator.status_code == 200
        assert operator.json()["user"]["username"] == "operator"


def test_a_key_instead_of_the_cookie_has_no_csrf_token_and_no_session_to_end(
    client: TestClient,
) -> None:
    accounts = accounts_of(client)
    user = accounts.create_user("dana", password=PASSWORD, display_name="Dana")
    _, secret = accounts.create_key(user.id, name="script", expires_at=None)
    headers = {"Authorization": f"Bearer {secret}"}
    session = client.get("/auth/session", headers=headers).json()
    assert session["user"] == {"id": user.id, "username": "dana", "display_name": "Dana",
                               "role": "user"}
    assert session["csrf_token"] is None and session["accounts"] is True
    assert client.post("/auth/logout", headers=headers).status_code == 204
    assert client.get("/auth/session", headers=headers).status_code == 200  # still valid


def test_the_login_screen_learns_that_single_sign_on_is_offered(tmp_path: Path) -> None:
    oidc = {"oidc_issuer": "http://127.0.0.1:9/", "oidc_client_id": "veilleur",
            "oidc_client_secret": "s3cret", "oidc_label": "École"}
    with client_for(tmp_path, accounts=oidc) as client:
        accounts_of(client).create_user("erin", password=PASSWORD)
        answer = client.get("/auth/session")
        assert answer.status_code == 401
        assert answer.json()["oidc"] == {"enabled": True, "label": "École"}
        assert answer.json()["accounts"] is True


def test_a_disabled_user_gets_the_message_of_a_wrong_password(client: TestClient) -> None:
    accounts = accounts_of(client)
    user = accounts.create_user("frank", password=PASSWORD)
    wrong = login(client, "frank", "not the password at all")
    accounts.set_disabled(user.id, True)
    disabled = login(client, "frank")
    assert wrong.status_code == disabled.status_code == 401
    assert wrong.json() == disabled.json()
    assert "set-cookie" not in disabled.headers


def test_an_ended_session_is_forgotten_by_the_browser(client: TestClient) -> None:
    accounts_of(client).create_user("gina", password=PASSWORD)
    logged = login(client, "gina")
    assert logged.status_code == 200
    csrf = logged.json()["csrf_token"]
    assert client.post("/auth/logout", headers={"X-CSRF-Token": csrf}).status_code == 204
    client.cookies.set("veilleur_session", logged.cookies["veilleur_session"])
    again = client.get("/auth/session")
    assert again.status_code == 401
    assert again.json()["error"]["code"] == "session_expired"
    # The answer deletes the stale cookie (an expiry in the past).
    assert 'veilleur_session=""' in again.headers["set-cookie"]
