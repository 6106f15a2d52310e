"""The page on a team server: login (French and English), wrong logins and their limit,
logout and a session that ends while the page is open, the session cookie and its CSRF
token, API keys made on the page and used by the official `openai` client, and the admin
screen, shown to admins only.

This module has its own `veilleur serve` (it overrides `web_server`): the users it creates
turn accounts on, which the other browser tests must not see. The users are written into
the server's database with the accounts service before the server starts, as
`veilleur users add` does.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from helpers import ServerProcess, axe_problems

SCREENSHOTS = Path(__file__).parents[2] / "docs" / "screenshots"
PASSWORD = {"alice": "alice-correct-horse", "bob": "bob-battery-staple", "carol": "carol-pw-1234"}
# Low enough that a test reaches the limit in a few tries; per address high enough that
# the other tests' wrong logins (all from 127.0.0.1) never reach it.
FAILURES_PER_ACCOUNT = 3


@pytest.fixture(scope="module")
def web_server(
    tmp_path_factory: pytest.TempPathFactory, model_path: Path
) -> Iterator[ServerProcess]:
    from veilleur.accounts.service import AccountService
    from veilleur.accounts.settings import AccountSettings
    from veilleur.store.db import open_database

    data_dir = tmp_path_factory.mktemp("accounts-web-data")
    url = os.environ.get("VEILLEUR_DATABASE_URL") or f"sqlite:///{data_dir}/veilleur.db"
    engine, sessions = open_database(url)
    accounts = AccountService(sessions, AccountSettings())
    accounts.create_user("alice", password=PASSWORD["alice"], role="admin",
                         display_name="Alice Martin")
    accounts.create_user("bob", password=PASSWORD["bob"])
    accounts.create_user("carol", password=PASSWORD["carol"])
    engine.dispose()
    env = {
        "VEILLEUR_ACCOUNTS_LOGIN_MAX_FAILURES_PER_ACCOUNT": str(FAILURES_PER_ACCOUNT),
        "VEILLEUR_ACCOUNTS_LOGIN_MAX_FAILURES_PER_ADDRESS": "1000",
        # Keep the user quotas out of the way of these tests.
        "VEILLEUR_ACCOUNTS_REQUESTS_PER_MINUTE": "1000",
    }
    with ServerProcess(data_dir, env=env) as proc:
        yield proc


@pytest.fixture
def accounts(web_server: ServerProcess) -> Iterator[Any]:
    """The server's accounts service (its own connection to the server's database)."""
    from veilleur.accounts.service import AccountService
    from veilleur.accounts.settings import AccountSettings
    from veilleur.store.db import open_database

    url = os.environ.get("VEILLEUR_DATABASE_URL") or f"sqlite:///{web_server.data_dir}/veilleur.db"
    engine, sessions = open_database(url)
    yield AccountService(sessions, AccountSettings())
    engine.dispose()


def login_screen(w: Any) -> Any:
    """Open the page and wait for its login screen."""
    w.page.goto(w.base_url + "/")
    w.page.wait_for_selector("#login-username", state="visible")
    return w.page


def log_in(page: Any, username: str, password: str | None = None) -> int:
    """Fill the login form and send it; the status of the server's answer."""
    page.fill("#login-username", username)
    page.fill("#login-password", password if password is not None else PASSWORD[username])
    with page.expect_response(lambda r: r.url.endswith("/auth/login")) as answer:
        page.click("#login-submit")
    return answer.value.status


def logged_in(page: Any, username: str, password: str | None = None) -> None:
    log_in(page, username, password)
    # Attached, not visible: on a phone the sidebar that holds the menu is a closed drawer.
    page.wait_for_selector("#account-nav:not([hidden])", state="attached")
    page.wait_for_selector("html[data-ready='true']")


def http_login(client: httpx.Client, username: str, **headers: str) -> httpx.Response:
    return client.post("/auth/login", json={"username": username,
                                            "password": PASSWORD[username]}, headers=headers)


def shoot(page: Any, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.wait_for_timeout(150)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


# --- logging in ------------------------------------------------------------------------------


def test_logging_in_in_english(open_page: Any) -> None:
    w = open_page()
    page = login_screen(w)
    assert page.is_hidden("#app")
    assert page.text_content("#login-title") == "Log in"
    assert page.text_content("label[for='login-username']") == "Username"
    assert page.evaluate("document.activeElement.id") == "login-username"
    assert axe_problems(page) == []
    shoot(page, "login")
    logged_in(page, "alice")
    assert page.is_hidden("#login-view")
    # The display name, not the username, heads the account menu.
    assert page.text_content("#account-name") == "Alice Martin"
    assert page.is_visible("#admin-link")
    assert page.is_visible("#logout-button")
    # The shared-key dialog is for a server without accounts.
    assert page.is_hidden("#api-key-button")
    assert axe_problems(page) == []


def test_logging_in_in_french(open_page: Any) -> None:
    w = open_page(locale="fr-FR", viewport=(390, 844), color_scheme="dark")  # a dark phone
    page = login_screen(w)
    assert axe_problems(page) == []
    assert page.get_attribute("html", "lang") == "fr"
    assert page.text_content("#login-title") == "Connexion"
    assert page.text_content("label[for='login-username']") == "Nom d’utilisateur"
    assert page.text_content("label[for='login-password']") == "Mot de passe"
    assert page.text_content("#login-submit") == "Se connecter"
    logged_in(page, "bob")
    assert page.text_content("#account-name") == "bob"
    assert page.text_content("#logout-button") == "Se déconnecter"
    assert page.text_content("#keys-link") == "Clés d’API"
    page.click("#menu-button")
    page.click("#keys-link")
    page.wait_for_selector("#keys-view h2")
    assert page.text_content("#keys-view h2") == "Clés d’API"
    assert axe_problems(page) == []


def test_a_wrong_password_and_an_unknown_user_get_the_same_message(
    open_page: Any, api: httpx.Client
) -> None:
    page = login_screen(open_page())
    assert log_in(page, "alice", "not-her-password") == 401
    page.wait_for_selector("#login-error", state="visible")
    wrong_password = page.text_content("#login-error")
    assert wrong_password == "Wrong username or password."
    assert page.evaluate("document.activeElement.id") == "login-password"
    assert page.input_value("#login-password") == ""
    assert log_in(page, "nobody-here", "whatever-password") == 401
    page.wait_for_selector("#login-submit:not([disabled])")
    assert page.text_content("#login-error") == wrong_password
    assert page.is_hidden("#app")
    # Over HTTP: one status, one message, whatever was wrong; the username never echoed.
    answers = [
        api.post("/auth/login", json={"username": name, "password": "wrong-password"})
        for name in ("alice", "nobody-here", "x" * 100_000)
    ]
    assert [a.status_code for a in answers] == [401, 401, 401]
    assert len({a.json()["error"]["message"] for a in answers}) == 1
    assert "x" * 64 not in answers[2].text
    assert "set-cookie" not in answers[0].headers


def test_too_many_failed_logins_say_how_long_to_wait(open_page: Any, api: httpx.Client) -> None:
    for _ in range(FAILURES_PER_ACCOUNT):
        bad = api.post("/auth/login", json={"username": "carol", "password": "wrong-password"})
        assert bad.status_code == 401
    refused = api.post("/auth/login", json={"username": "carol", "password": PASSWORD["carol"]})
    assert refused.status_code == 429, refused.text
    retry_after = int(refused.headers["retry-after"])
    assert 0 < retry_after <= 15 * 60
    page = login_screen(open_page())
    assert log_in(page, "carol") == 429  # even the right password: the account waits
    page.wait_for_selector("#login-error", state="visible")
    text = page.text_content("#login-error")
    assert re.fullmatch(r"Too many failed attempts\. Try again in \d+ (minutes|seconds)\.",
                        text), text
    assert page.is_hidden("#app")
    # The message follows the language switch, wait included.
    page.select_option("#login-language", "fr")
    french = page.text_content("#login-error")
    assert re.fullmatch(r"Trop de tentatives échouées\. Réessayez dans \d+ (minutes|secondes)\.",
                        french), french


# --- logging out, a session that ends --------------------------------------------------------


def test_logging_out_ends_the_session(open_page: Any, web_server: ServerProcess) -> None:
    w = open_page()
    page = login_screen(w)
    logged_in(page, "bob")
    cookie = next(c for c in page.context.cookies() if c["name"] == "veilleur_session")
    page.click("#logout-button")
    page.wait_for_selector("#login-view", state="visible")
    page.wait_for_selector("#login-notice", state="visible")
    assert page.text_content("#login-notice") == "You are logged out."
    assert not [c for c in page.context.cookies() if c["name"] == "veilleur_session"]
    # The old cookie opens nothing any more.
    with httpx.Client(base_url=web_server.base_url,
                      cookies={"veilleur_session": cookie["value"]}) as client:
        assert client.get("/auth/session").status_code == 401
        assert client.get("/api/conversations").status_code == 401


def test_a_session_that_ends_while_the_page_is_open_brings_back_the_login(
    open_page: Any, accounts: Any
) -> None:
    w = open_page()
    page = login_screen(w)
    logged_in(page, "bob")
    bob = accounts.find_user("bob")
    accounts.set_password(bob.id, PASSWORD["bob"])  # a new password ends every session of bob
    page.click("#keys-link")  # the keys screen reads /api/keys: 401 now
    page.wait_for_selector("#login-view", state="visible")
    assert page.text_content("#login-notice") == "Your session has expired. Log in again."
    # The same person, most likely: the name stays, the keyboard waits on the password.
    assert page.input_value("#login-username") == "bob"
    assert page.evaluate("document.activeElement.id") == "login-password"
    logged_in(page, "bob")
    page.wait_for_selector("#keys-view h2")
    assert page.is_visible("#keys-view")
    # A cookie that has ended before the page opens gets the same notice.
    accounts.set_password(bob.id, PASSWORD["bob"])
    page.reload()
    page.wait_for_selector("#login-notice", state="visible")
    assert page.text_content("#login-notice") == "Your session has expired. Log in again."


# --- the cookie and its CSRF token -----------------------------------------------------------


def test_the_session_cookie_is_httponly_lax_and_secure_over_https(
    web_server: ServerProcess,
) -> None:
    with httpx.Client(base_url=web_server.base_url) as client:
        plain = http_login(client, "alice")
        assert plain.status_code == 200, plain.text
        flags = [f.strip().lower() for f in plain.headers["set-cookie"].split(";")]
        assert flags[0].startswith("veilleur_session=")
        assert "httponly" in flags and "samesite=lax" in flags and "path=/" in flags
        assert "secure" not in flags  # plain HTTP: a Secure cookie would never come back
        body = plain.json()
        assert body["user"]["username"] == "alice" and body["user"]["role"] == "admin"
        assert body["accounts"] is True and body["csrf_token"]
        assert "password" not in plain.text
    with httpx.Client(base_url=web_server.base_url) as client:
        proxied = http_login(client, "alice", **{"X-Forwarded-Proto": "https"})
        flags = [f.strip().lower() for f in proxied.headers["set-cookie"].split(";")]
        assert "secure" in flags and "httponly" in flags and "samesite=lax" in flags


def test_a_request_with_the_cookie_needs_the_csrf_token(web_server: ServerProcess) -> None:
    with httpx.Client(base_url=web_server.base_url) as client:
        csrf = http_login(client, "bob").json()["csrf_token"]
        session = client.get("/auth/session")
        assert session.status_code == 200
        assert session.json()["csrf_token"] == csrf
        assert session.json()["user"]["username"] == "bob"
        missing = client.post("/api/conversations", json={"title": "no token"})
        assert missing.status_code == 403, missing.text
        assert missing.json()["error"]["code"] == "csrf_failed"
        forged = client.post("/api/conversations", json={"title": "forged"},
                             headers={"X-CSRF-Token": csrf[:-4] + "AAAA"})
        assert forged.status_code == 403
        assert forged.json()["error"]["code"] == "csrf_failed"
        assert client.post("/auth/logout").status_code == 403  # logout too
        titles = [c["title"] for c in client.get("/api/conversations").json()["data"]]
        assert "no token" not in titles and "forged" not in titles
        made = client.post("/api/conversations", json={"title": "with the token"},
                           headers={"X-CSRF-Token": csrf})
        assert made.status_code == 201, made.text
        assert client.post("/auth/logout", headers={"X-CSRF-Token": csrf}).status_code == 204
        assert client.get("/auth/session").status_code == 401
    # Another session's token is no better than a forged one.
    with httpx.Client(base_url=web_server.base_url) as other:
        http_login(other, "bob")
        replayed = other.post("/api/conversations", json={"title": "replayed"},
                              headers={"X-CSRF-Token": csrf})
        assert replayed.status_code == 403


def test_the_session_route_says_what_the_login_screen_needs(api: httpx.Client) -> None:
    answer = api.get("/auth/session")
    assert answer.status_code == 401
    body = answer.json()
    assert body["error"]["type"] == "authentication_error"
    assert body["accounts"] is True
    assert body["oidc"] == {"enabled": False, "label": "SSO"}


# --- API keys --------------------------------------------------------------------------------


def test_a_key_made_on_the_page_works_with_the_openai_client(
    open_page: Any, web_server: ServerProcess
) -> None:
    page = login_screen(open_page())
    logged_in(page, "bob")
    page.click("#keys-link")
    page.wait_for_selector("#key-create-form")
    assert page.evaluate("document.activeElement.textContent") == "API keys"
    page.fill("#key-create-form input[type='text']", "laptop")
    page.select_option("#key-create-form select", "30")
    with page.expect_response(
        lambda r: r.url.endswith("/api/keys") and r.request.method == "POST"
    ) as info:
        page.click("#key-create-form button[type='submit']")
    assert info.value.status == 201
    assert info.value.request.headers.get("x-csrf-token")  # the page sends its token
    page.wait_for_selector("#key-secret")
    secret = page.text_content("#key-secret")
    assert secret.startswith("vk-") and len(secret) > 40
    assert "will not be shown again" in page.text_content(".key-created")
    row = page.locator(".key-list tr", has_text="laptop")
    row.wait_for()
    assert secret[:11] in row.text_content() and secret not in row.text_content()
    assert axe_problems(page) == []
    shoot(page, "keys")

    client = openai.OpenAI(base_url=f"{web_server.base_url}/v1", api_key=secret, max_retries=0)
    model = client.models.list().data[0].id
    reply = client.chat.completions.create(
        model=model, messages=[{"role": "user", "content": "Say hello."}], max_tokens=8,
        temperature=0,
    )
    assert reply.choices[0].finish_reason in ("stop", "length", "content_filter")

    # Revoke, after confirming: the key stops working at once.
    row.locator("button", has_text="Revoke").click()
    page.wait_for_selector("#confirm-dialog[open]")
    assert "laptop" in page.text_content("#confirm-text")
    page.click("#confirm-ok")
    page.locator(".key-list tr", has_text="laptop").locator(".chip-status").wait_for()
    assert page.locator(".key-list tr", has_text="laptop").text_content().count("Revoked") == 1
    assert page.text_content("#confirm-ok") == "Delete"  # the conversations' dialog is intact
    with pytest.raises(openai.AuthenticationError):
        client.models.list()


# --- the admin screen ------------------------------------------------------------------------


def test_a_user_does_not_see_the_admin_screen(open_page: Any, web_server: ServerProcess) -> None:
    page = login_screen(open_page())
    logged_in(page, "bob")
    assert page.is_hidden("#admin-item")
    page.goto(web_server.base_url + "/#/admin")
    page.wait_for_selector("html[data-ready='true']")
    assert page.is_hidden("#admin-view")
    assert page.is_visible("#chat-view")
    # The server refuses too, whatever the page shows.
    cookie = next(c for c in page.context.cookies() if c["name"] == "veilleur_session")
    with httpx.Client(base_url=web_server.base_url,
                      cookies={"veilleur_session": cookie["value"]}) as client:
        assert client.get("/api/admin/users").status_code == 403


def test_an_admin_sees_users_usage_and_the_audit_log(
    open_page: Any, web_server: ServerProcess, accounts: Any
) -> None:
    # Something in the audit log: a question of bob's, through his own key.
    bob = accounts.find_user("bob")
    _, secret = accounts.create_key(bob.id, name="audit", expires_at=None)
    client = openai.OpenAI(base_url=f"{web_server.base_url}/v1", api_key=secret, max_retries=0)
    client.chat.completions.create(
        model=client.models.list().data[0].id, max_tokens=4, temperature=0,
        messages=[{"role": "user", "content": "What is the capital of France?"}],
    )

    page = login_screen(open_page())
    logged_in(page, "alice")
    page.click("#admin-link")
    page.wait_for_selector(".users-table tr[data-username='bob']")
    assert page.evaluate("document.activeElement.textContent") == "Administration"
    names = page.eval_on_selector_all(".users-table tbody tr",
                                      "rows => rows.map(r => r.dataset.username)")
    assert {"alice", "bob", "carol"} <= set(names)

    # Bob's quota, changed on the page, is what the server now holds.
    page.get_by_label("Requests per minute (bob)").fill("30")
    with page.expect_response(lambda r: "/api/admin/users/" in r.url) as info:
        page.get_by_role("button", name="Save “bob”").click()
    assert info.value.status == 200
    page.wait_for_selector("#admin-view .tool-status:has-text('saved')")
    assert accounts.get_user(bob.id).quotas.get("requests_per_minute") == 30

    # The audit log, filtered to bob: his question is there, under his name.
    page.select_option("#audit-filters select >> nth=0", label="bob")
    with page.expect_response(lambda r: "/api/admin/audit" in r.url) as audit:
        page.click("#audit-filters button[type='submit']")
    assert audit.value.status == 200
    assert "user=" in audit.value.url
    page.wait_for_selector(".audit-table tbody tr")
    cells = page.eval_on_selector_all(".audit-table tbody tr td:nth-child(2)",
                                      "tds => tds.map(td => td.textContent)")
    assert cells and set(cells) == {"bob"}
    usage = page.eval_on_selector_all(".usage-list tbody tr td:first-child",
                                      "tds => tds.map(td => td.textContent)")
    assert "bob" in usage
    assert axe_problems(page) == []
    page.set_viewport_size({"width": 1280, "height": 1000})
    page.eval_on_selector("#admin-view", "view => view.scrollTo(0, 0)")
    shoot(page, "admin")
