"""Single sign-on against a real OpenID Connect provider on loopback.

The provider is `oidc-provider` (npm, pinned in tests/oidc/package-lock.json, installed
by `make oidc-deps`), started by `tests/oidc/provider.mjs`; Veilleur is a real uvicorn
server on loopback (no model: `build_app(load=False)`). The test is the browser: it
follows the redirects and fills the provider's login and consent forms, with one cookie
jar per browser. Every bad input gets its 4xx and an `oidc_failed` auth event.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import httpx
import pytest
import uvicorn
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from veilleur.accounts.models import AuthEvent, User, WebSession
from veilleur.accounts.oidc import OidcClient
from veilleur.accounts.service import AccountService
from veilleur.accounts.settings import AccountSettings
from veilleur.assembly import build_app
from veilleur.config import Settings
from veilleur.errors import ConfigError
from veilleur.safety.settings import SafetySettings
from veilleur.server import free_port
from veilleur.store.db import open_database

OIDC_DIR = Path(__file__).resolve().parents[1] / "oidc"
CLIENT_ID = "veilleur-test"
CLIENT_SECRET = "test-client-secret-6f1d2c"  # the test client of tests/oidc/provider.mjs


@dataclass
class Stack:
    issuer: str
    base_url: str
    sessions: sessionmaker[Session]
    accounts: AccountService

    def events(self, after: int) -> list[AuthEvent]:
        with self.sessions() as db:
            return list(db.scalars(select(AuthEvent).where(AuthEvent.id > after)
                                   .order_by(AuthEvent.id)))

    def last_event_id(self) -> int:
        with self.sessions() as db:
            return max(db.scalars(select(AuthEvent.id)).all(), default=0)

    def users(self, subject: str) -> list[User]:
        with self.sessions() as db:
            return list(db.scalars(select(User).where(User.oidc_subject == subject)))


def _start_provider(port: int, redirect_uri: str, log: Path) -> subprocess.Popen[str]:
    node = shutil.which("node")
    if node is None:
        pytest.fail("the single sign-on tests need Node.js 20+ (`node` is not on PATH)")
    if not (OIDC_DIR / "node_modules" / "oidc-provider").is_dir():
        pytest.fail(f"the OIDC provider is not installed in {OIDC_DIR}/node_modules: "
                    "run `make oidc-deps` (npm ci --prefix tests/oidc)")
    with log.open("w") as errors:
        proc = subprocess.Popen(
            [node, str(OIDC_DIR / "provider.mjs"), str(port)], cwd=OIDC_DIR, text=True,
            stdout=subprocess.PIPE, stderr=errors,
            env={"PATH": "/usr/bin:/bin", "OIDC_CLIENT_ID": CLIENT_ID,
                 "OIDC_CLIENT_SECRET": CLIENT_SECRET, "OIDC_REDIRECT_URI": redirect_uri})
    assert proc.stdout is not None
    line = proc.stdout.readline()  # the event: its "ready" line (or EOF if it died)
    if not line.startswith("{"):
        proc.kill()
        proc.wait(30)
        pytest.fail(f"the OIDC provider did not start: {line}{log.read_text()}")
    assert json.loads(line)["ready"] is True
    return proc


def quiet_settings(data_dir: Path, **accounts: str) -> Settings:
    """Settings of a server that generates nothing (no model, no safety models to load)."""
    return Settings(data_dir=data_dir, safety=SafetySettings(enabled=False),
                    accounts=AccountSettings(**accounts))  # type: ignore[arg-type]


class _Server(uvicorn.Server):
    def __init__(self, config: uvicorn.Config):
        super().__init__(config)
        self.up = threading.Event()

    async def startup(self, sockets: list | None = None) -> None:  # type: ignore[type-arg]
        await super().startup(sockets)
        self.up.set()


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    provider_port, port = free_port(), free_port()
    base_url = f"http://127.0.0.1:{port}"
    issuer = f"http://127.0.0.1:{provider_port}"
    data_dir = tmp_path_factory.mktemp("oidc")
    provider = _start_provider(provider_port, f"{base_url}/auth/oidc/callback",
                               data_dir / "provider.log")
    try:
        settings = quiet_settings(data_dir, oidc_issuer=issuer, oidc_client_id=CLIENT_ID,
                                  oidc_client_secret=CLIENT_SECRET)
        app = build_app(settings, load=False)
        server = _Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                        log_level="warning", lifespan="on"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        try:
            while not server.up.wait(0.1):  # the event: uvicorn's startup is complete
                assert thread.is_alive(), "the Veilleur server stopped while starting"
            _, sessions = open_database(settings.resolved_database_url)
            yield Stack(issuer=issuer, base_url=base_url, sessions=sessions,
                        accounts=app.state.veilleur.accounts)
        finally:
            server.should_exit = True
            thread.join(30)
    finally:
        provider.terminate()
        provider.wait(30)
        if provider.stdout is not None:
            provider.stdout.close()


def browser() -> httpx.Client:
    """A browser: one cookie jar for Veilleur and the provider, redirects by hand."""
    return httpx.Client(follow_redirects=False, timeout=30.0)


def start(stack: Stack, client: httpx.Client) -> str:
    """GET /auth/oidc/login: the provider's authorization URL (the login cookie is set)."""
    response = client.get(f"{stack.base_url}/auth/oidc/login")
    assert response.status_code == 302, response.text
    return response.headers["location"]


def authorize(stack: Stack, client: httpx.Client, url: str, account: str) -> str:
    """Go through the provider's pages from `url` as `account` (its development login
    and consent forms) until it sends the browser back: the callback URL."""
    method, data = "GET", None
    for _ in range(20):
        response = client.request(method, url, data=data)
        if response.is_redirect:
            url = urljoin(url, response.headers["location"])
            if url.startswith(stack.base_url):
                return url
            method, data = "GET", None
            continue
        assert response.status_code == 200, (response.status_code, response.text[:500])
        form = BeautifulSoup(response.text, "html.parser").find("form")
        assert form is not None, response.text[:500]
        data = {field["name"]: field.get("value", "") for field in form.find_all("input")
                if field.get("name")}
        if data.get("prompt") == "login":
            data.update(login=account, password="any password")  # dev login: any works
        method, url = "POST", urljoin(url, form["action"])
    raise AssertionError("the provider never sent the browser back")


def login(stack: Stack, client: httpx.Client, account: str) -> httpx.Response:
    """A whole login: the answer of Veilleur's callback."""
    callback = authorize(stack, client, start(stack, client), account)
    return client.get(callback)


def with_params(url: str, **changes: str | None) -> str:
    """`url` with its query parameters changed (None: removed)."""
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    for key, value in changes.items():
        if value is None:
            query.pop(key, None)
        else:
            query[key] = value
    return urlunsplit(parts._replace(query=urlencode(query)))


def assert_failed(stack: Stack, response: httpx.Response, status: int, after: int,
                  reason: str, *, secrets: tuple[str, ...] = ()) -> AuthEvent:
    """A 4xx in the API's error format, no session cookie, and one `oidc_failed` event
    whose detail names `reason` and holds none of `secrets`."""
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["code"] == "oidc_failed" and error["message"].startswith("single sign-on")
    assert "veilleur_session" not in response.headers.get("set-cookie", "")
    failed = [e for e in stack.events(after) if e.event == "oidc_failed"]
    assert len(failed) == 1, [(e.event, e.detail) for e in stack.events(after)]
    assert reason in failed[0].detail, failed[0].detail
    for secret in (CLIENT_SECRET, *secrets):
        assert secret not in failed[0].detail and secret not in response.text
    return failed[0]


# --- the good path ---------------------------------------------------------------------

def test_first_login_creates_a_user_and_a_session(stack: Stack) -> None:
    after = stack.last_event_id()
    with browser() as client:
        authorization = start(stack, client)
        login_cookie = client.cookies.get("veilleur_oidc")
        assert login_cookie is not None
        query = dict(parse_qsl(urlsplit(authorization).query))
        assert authorization.startswith(f"{stack.issuer}/auth?")
        assert query["client_id"] == CLIENT_ID and query["response_type"] == "code"
        assert query["code_challenge_method"] == "S256" and len(query["code_challenge"]) == 43
        assert query["state"] and query["nonce"] and query["state"] != query["nonce"]
        assert "openid" in query["scope"].split()
        # The cookie gives away neither the state, the nonce nor the PKCE verifier.
        assert query["state"] not in login_cookie and query["nonce"] not in login_cookie

        callback = authorize(stack, client, authorization, "ada")
        response = client.get(callback)
        assert response.status_code == 302, response.text
        assert response.headers["location"] == "/"
        cookies = response.headers.get_list("set-cookie")
        session = next(c for c in cookies if c.startswith("veilleur_session="))
        assert "HttpOnly" in session and "SameSite=lax" in session and "Path=/" in session
        assert any(c.startswith('veilleur_oidc=""') or c.startswith("veilleur_oidc=;")
                   for c in cookies), cookies  # the login cookie is spent

        me = client.get(f"{stack.base_url}/api/me")
        assert me.status_code == 200, me.text
        assert me.json()["username"] == "ada"
        assert client.get(f"{stack.base_url}/api/conversations").status_code == 200

    [user] = stack.users("ada")
    assert (user.username, user.role, user.display_name) == ("ada", "user", "Ada Lovelace")
    assert user.oidc_issuer == stack.issuer and user.password_hash is None
    events = [(e.event, e.user_id) for e in stack.events(after)]
    assert ("user_created", user.id) in events and ("oidc_ok", user.id) in events


def test_second_login_reuses_the_user(stack: Stack) -> None:
    with browser() as first:
        assert login(stack, first, "ada").status_code == 302
    [user] = stack.users("ada")
    with browser() as second:  # another browser: the provider asks again
        response = login(stack, second, "ada")
        assert response.status_code == 302, response.text
        assert second.get(f"{stack.base_url}/api/me").json()["username"] == "ada"
    assert [u.id for u in stack.users("ada")] == [user.id]
    with stack.sessions() as db:
        assert len(db.scalars(select(WebSession).where(WebSession.user_id == user.id))
                   .all()) >= 2


def test_email_is_the_username_without_preferred_username(stack: Stack) -> None:
    with browser() as client:
        assert login(stack, client, "bob").status_code == 302
    [user] = stack.users("bob")
    assert user.username == "bob@example.org" and user.display_name == "Bob Martin"


def test_cross_site_form_does_not_block_the_callback(stack: Stack) -> None:
    """The provider's redirect is a cross-site top-level GET: it must go through."""
    with browser() as client:
        callback = authorize(stack, client, start(stack, client), "ada")
        response = client.get(callback, headers={"sec-fetch-site": "cross-site",
                                                 "origin": stack.issuer})
        assert response.status_code == 302, response.text


# --- bad input: each a 4xx and an oidc_failed event -----------------------------------

def test_wrong_state(stack: Stack) -> None:
    with browser() as client:
        callback = authorize(stack, client, start(stack, client), "ada")
        after = stack.last_event_id()
        code = dict(parse_qsl(urlsplit(callback).query))["code"]
        response = client.get(with_params(callback, state="forged-state"))
        assert_failed(stack, response, 400, after, "state does not match",
                      secrets=(code,))


def test_missing_state(stack: Stack) -> None:
    with browser() as client:
        callback = authorize(stack, client, start(stack, client), "ada")
        after = stack.last_event_id()
        response = client.get(with_params(callback, state=None))
        assert_failed(stack, response, 400, after, "without state")


def test_repeated_state(stack: Stack) -> None:
    with browser() as client:
        callback = authorize(stack, client, start(stack, client), "ada")
        after = stack.last_event_id()
        response = client.get(callback + "&state=another")
        assert_failed(stack, response, 400, after, "repeats state")


def test_callback_in_another_browser(stack: Stack) -> None:
    """Login CSRF: a callback URL made in the attacker's browser, opened in the
    victim's, has no login cookie there."""
    with browser() as attacker:
        callback = authorize(stack, attacker, start(stack, attacker), "ada")
    after = stack.last_event_id()
    with browser() as victim:
        assert_failed(stack, victim.get(callback), 400, after, "without login cookie")


def test_replayed_callback(stack: Stack) -> None:
    with browser() as client:
        authorization = start(stack, client)
        login_cookie = client.cookies.get("veilleur_oidc")
        callback = authorize(stack, client, authorization, "ada")
        assert client.get(callback).status_code == 302
        # The same browser again: its login cookie is spent.
        after = stack.last_event_id()
        assert_failed(stack, client.get(callback), 400, after, "without login cookie")
    # With a copy of the login cookie: the provider has consumed the code.
    with browser() as thief:
        thief.cookies.set("veilleur_oidc", login_cookie or "", domain="127.0.0.1",
                          path="/auth/oidc")
        after = stack.last_event_id()
        assert_failed(stack, thief.get(callback), 401, after,
                      "token endpoint answered 400 error=invalid_grant")


def test_forged_login_cookie(stack: Stack) -> None:
    with browser() as client:
        callback = authorize(stack, client, start(stack, client), "ada")
        issued, seed, mac = (client.cookies.get("veilleur_oidc") or "").split(".")
        client.cookies.set("veilleur_oidc", f"{issued}.{seed}x.{mac}", domain="127.0.0.1",
                           path="/auth/oidc")
        after = stack.last_event_id()
        assert_failed(stack, client.get(callback), 400, after, "not signed by this server")


def other_process(stack: Stack, *, clock: Callable[[], float] = time.time) -> OidcClient:
    """The relying party of another server process configured for the same client."""
    return OidcClient(issuer=stack.issuer, client_id=CLIENT_ID, client_secret=CLIENT_SECRET,
                      clock=clock)


def test_login_started_by_another_process(stack: Stack) -> None:
    """Behind a load balancer the callback may reach another process than the login:
    the login cookie is signed with a key every process derives from the client secret."""
    start_ = other_process(stack).begin(f"{stack.base_url}/auth/oidc/callback")
    with browser() as client:
        client.cookies.set("veilleur_oidc", start_.cookie, domain="127.0.0.1",
                           path="/auth/oidc")
        response = client.get(authorize(stack, client, start_.url, "ada"))
        assert response.status_code == 302, response.text
        assert client.get(f"{stack.base_url}/api/me").json()["username"] == "ada"


def test_expired_login_cookie(stack: Stack) -> None:
    """A login started more than ten minutes ago (correctly signed)."""
    old = other_process(stack, clock=lambda: time.time() - 601)
    start_ = old.begin(f"{stack.base_url}/auth/oidc/callback")
    with browser() as client:
        client.cookies.set("veilleur_oidc", start_.cookie, domain="127.0.0.1",
                           path="/auth/oidc")
        callback = authorize(stack, client, start_.url, "ada")
        after = stack.last_event_id()
        assert_failed(stack, client.get(callback), 400, after, "login cookie expired")


def test_wrong_nonce(stack: Stack) -> None:
    """The provider puts the nonce it was given in the ID token: another one than ours."""
    with browser() as client:
        authorization = with_params(start(stack, client), nonce="not-the-servers-nonce")
        callback = authorize(stack, client, authorization, "ada")
        after = stack.last_event_id()
        assert_failed(stack, client.get(callback), 401, after, "nonce")


def test_provider_error(stack: Stack) -> None:
    """`prompt=none` without a session at the provider: it answers error=login_required."""
    with browser() as client:
        authorization = with_params(start(stack, client), prompt="none")
        callback = authorize(stack, client, authorization, "ada")
        assert "error=login_required" in callback
        after = stack.last_event_id()
        assert_failed(stack, client.get(callback), 400, after,
                      "provider answered error=login_required")


def test_provider_error_with_wrong_state(stack: Stack) -> None:
    """An `error=` that does not carry this browser's state is a state failure."""
    with browser() as client:
        start(stack, client)
        after = stack.last_event_id()
        response = client.get(f"{stack.base_url}/auth/oidc/callback",
                              params={"error": "access_denied", "state": "guess"})
        assert_failed(stack, response, 400, after, "state does not match")


def test_token_endpoint_failure(stack: Stack) -> None:
    """A code obtained by one login, presented with another login's state: the PKCE
    verifier does not match the code's challenge and the token endpoint refuses."""
    with browser() as client:
        first = authorize(stack, client, start(stack, client), "ada")
        code = dict(parse_qsl(urlsplit(first).query))["code"]
        second = start(stack, client)  # a new login cookie in this browser
        state = dict(parse_qsl(urlsplit(second).query))["state"]
        after = stack.last_event_id()
        response = client.get(f"{stack.base_url}/auth/oidc/callback",
                              params={"code": code, "state": state, "iss": stack.issuer})
        assert_failed(stack, response, 401, after,
                      "token endpoint answered 400 error=invalid_grant", secrets=(code,))


def test_callback_from_another_issuer(stack: Stack) -> None:
    with browser() as client:
        callback = authorize(stack, client, start(stack, client), "ada")
        after = stack.last_event_id()
        response = client.get(with_params(callback, iss="https://idp.example.com"))
        assert_failed(stack, response, 401, after, "another issuer")


def test_id_token_for_another_audience(stack: Stack) -> None:
    """`eve`'s ID token names another client (tests/oidc/provider.mjs)."""
    with browser() as client:
        after = stack.last_event_id()
        assert_failed(stack, login(stack, client, "eve"), 401, after, "aud")
    assert stack.users("eve") == []


def test_id_token_signed_by_an_unknown_key(stack: Stack) -> None:
    """`mallory`'s ID token is signed by a key the provider does not publish."""
    with browser() as client:
        after = stack.last_event_id()
        assert_failed(stack, login(stack, client, "mallory"), 401, after, "signature")
    assert stack.users("mallory") == []


def test_disabled_user(stack: Stack) -> None:
    with browser() as client:
        assert login(stack, client, "bob").status_code == 302
        [user] = stack.users("bob")
        stack.accounts.set_disabled(user.id, True)
        try:
            assert client.get(f"{stack.base_url}/api/me").status_code == 401
            with browser() as again:
                after = stack.last_event_id()
                event = assert_failed(stack, login(stack, again, "bob"), 403, after,
                                      "disabled")
                assert event.user_id == user.id
        finally:
            stack.accounts.set_disabled(user.id, False)


def test_not_configured_is_404(tmp_path: Path) -> None:
    app = build_app(quiet_settings(tmp_path), load=False)
    with TestClient(app, base_url="http://127.0.0.1") as client:
        for path in ("/auth/oidc/login", "/auth/oidc/callback?state=a&code=b"):
            response = client.get(path, follow_redirects=False)
            assert response.status_code == 404, response.text
            assert response.json()["error"]["code"] == "oidc_not_configured"


def test_unreachable_provider_is_502(tmp_path: Path) -> None:
    dead = f"http://127.0.0.1:{free_port()}"
    settings = quiet_settings(tmp_path, oidc_issuer=dead, oidc_client_id=CLIENT_ID,
                              oidc_client_secret=CLIENT_SECRET)
    app = build_app(settings, load=False)
    with TestClient(app, base_url="http://127.0.0.1") as client:
        response = client.get("/auth/oidc/login", follow_redirects=False)
        assert response.status_code == 502, response.text
        assert response.json()["error"]["code"] == "oidc_unavailable"
    _, sessions = open_database(settings.resolved_database_url)
    with sessions() as db:
        [event] = db.scalars(select(AuthEvent).where(AuthEvent.event == "oidc_failed"))
    assert "discovery" in event.detail


@pytest.mark.parametrize(("accounts", "message"), [
    ({"oidc_issuer": "https://idp.example.com", "oidc_client_id": CLIENT_ID},
     "oidc_client_secret"),
    ({"oidc_issuer": "https://idp.example.com", "oidc_client_secret": CLIENT_SECRET},
     "oidc_client_id"),
    ({"oidc_issuer": "http://idp.example.com", "oidc_client_id": CLIENT_ID,
      "oidc_client_secret": CLIENT_SECRET}, "https"),
])
def test_incomplete_configuration_refuses_to_start(tmp_path: Path, accounts: dict[str, str],
                                                   message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        build_app(quiet_settings(tmp_path, **accounts), load=False)
