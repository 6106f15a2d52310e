"""The accounts service on a real database (SQLite, and PostgreSQL when `make test` runs
one), with a clock the tests move instead of sleeping."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from veilleur.accounts.models import ApiKey, AuthEvent, LoginAttempt, User, WebSession
from veilleur.accounts.service import AccountService
from veilleur.accounts.settings import AccountSettings
from veilleur.errors import (
    AuthenticationError,
    InvalidRequestError,
    NotFoundError,
    RateLimitedError,
)
from veilleur.store.db import open_database

PASSWORD = "correct horse battery"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def make(database_url: str, clock: Clock) -> Iterator[object]:
    engines = []

    def build(**settings: object) -> AccountService:
        engine, sessions = open_database(database_url)
        engines.append(engine)
        return AccountService(sessions, AccountSettings(**settings), clock=clock)

    yield build
    for engine in engines:
        engine.dispose()


@pytest.fixture
def accounts(make) -> AccountService:  # type: ignore[no-untyped-def]
    return make()


def events(accounts: AccountService, name: str | None = None) -> list[AuthEvent]:
    with accounts._sessions() as db:
        query = select(AuthEvent).order_by(AuthEvent.id)
        if name is not None:
            query = query.where(AuthEvent.event == name)
        return list(db.scalars(query))


def failed_login(accounts: AccountService, username: str, password: str = "wrong password",
                 address: str = "10.0.0.1") -> AuthenticationError:
    with pytest.raises(AuthenticationError) as caught:
        accounts.authenticate_password(username, password, address=address)
    return caught.value


# --- users and passwords ------------------------------------------------------------

def test_accounts_turn_on_with_the_first_user(accounts: AccountService) -> None:
    assert not accounts.accounts_enabled()
    user = accounts.create_user("Alice", password=PASSWORD, role="admin")
    assert user.username == "alice" and user.role == "admin" and not user.disabled
    assert accounts.accounts_enabled()
    assert accounts.find_user("ALICE").id == user.id
    assert [event.event for event in events(accounts)] == ["user_created"]


def test_single_sign_on_configured_turns_accounts_on_before_any_user(make) -> None:  # type: ignore[no-untyped-def]
    accounts = make(oidc_issuer="https://id.example.org", oidc_client_id="veilleur",
                    oidc_client_secret="s3cret")
    assert accounts.list_users() == [] and accounts.accounts_enabled()


def test_password_is_stored_as_argon2id_with_owasp_parameters(accounts: AccountService) -> None:
    user = accounts.create_user("alice", password=PASSWORD)
    assert user.password_hash is not None and PASSWORD not in user.password_hash
    assert user.password_hash.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert accounts.authenticate_password("alice", PASSWORD, address="::1").id == user.id


def test_a_hash_with_old_parameters_is_rehashed_at_login(accounts: AccountService) -> None:
    user = accounts.create_user("alice", password=PASSWORD)
    old = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash(PASSWORD)
    with accounts._sessions.begin() as db:
        db.get(User, user.id).password_hash = old  # type: ignore[union-attr]
    accounts.authenticate_password("alice", PASSWORD, address="::1")
    rehashed = accounts.get_user(user.id).password_hash
    assert rehashed != old and rehashed.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert accounts.authenticate_password("alice", PASSWORD, address="::1").id == user.id


@pytest.mark.parametrize("name", ["", "a" * 65, "alice smith", "alice/..", "élodie", "a\x00"])
def test_bad_usernames_are_refused_with_the_rule(accounts: AccountService, name: str) -> None:
    with pytest.raises(InvalidRequestError, match="1 to 64 characters") as caught:
        accounts.create_user(name, password=PASSWORD)
    assert caught.value.param == "username"
    assert not accounts.accounts_enabled()


@pytest.mark.parametrize(("password", "rule"), [("short", "at least 8"),
                                                ("x" * 1025, "at most 1024")])
def test_bad_passwords_are_refused_with_the_rule(accounts: AccountService, password: str,
                                                 rule: str) -> None:
    with pytest.raises(InvalidRequestError, match=rule):
        accounts.create_user("alice", password=password)


def test_a_taken_username_is_refused(accounts: AccountService) -> None:
    accounts.create_user("alice", password=PASSWORD)
    with pytest.raises(InvalidRequestError, match="already exists"):
        accounts.create_user("ALICE", password=PASSWORD)


def test_every_failed_login_says_the_same_and_audits_why(accounts: AccountService) -> None:
    accounts.create_user("alice", password=PASSWORD)
    accounts.create_user("sso-only", password=None)
    disabled = accounts.create_user("bob", password=PASSWORD)
    accounts.set_disabled(disabled.id, True)
    huge = "a" * 1_000_000
    cases = [("nobody", PASSWORD), ("alice", "wrong password"), (huge, PASSWORD),
             ("sso-only", PASSWORD), ("bob", PASSWORD), ("alice", "x" * 100_000)]
    for username, password in cases:
        error = failed_login(accounts, username, password, address=f"10.0.0.{len(username)}")
        assert error.message == "invalid username or password"
        assert username[:20] not in error.message
    details = [event.detail for event in events(accounts, "login_failed")]
    assert details == ["unknown user", "wrong password", "unknown user",
                       "no password (single sign-on only)", "user disabled", "wrong password"]
    with accounts._sessions() as db:
        stored = [row.username for row in db.scalars(select(LoginAttempt))]
    assert all(len(name) <= 64 for name in stored) and "a" * 64 in stored
    assert all(len(event.username) <= 64 for event in events(accounts))


# --- login rate limits ----------------------------------------------------------------

def test_failures_per_account_lock_it_until_the_oldest_leaves_the_window(
        make, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    accounts = make(login_max_failures_per_account=3, login_window_minutes=10)
    accounts.create_user("alice", password=PASSWORD)
    failed_login(accounts, "alice")
    clock.advance(minutes=2)
    failed_login(accounts, "alice", address="10.0.0.2")
    failed_login(accounts, "Alice", address="10.0.0.3")  # the same account, any case
    clock.advance(minutes=1)
    with pytest.raises(RateLimitedError) as limited:
        accounts.authenticate_password("alice", PASSWORD, address="10.0.0.4")
    # The first failure (3 minutes ago) leaves the 10-minute window in 7 minutes.
    assert limited.value.retry_after == 7 * 60
    assert "for this account" in limited.value.message
    assert "try again after 12:10:00 UTC" in limited.value.message
    assert [e.detail for e in events(accounts, "login_rate_limited")] == [
        "3 failed logins for this account"]
    clock.advance(minutes=6, seconds=59)
    with pytest.raises(RateLimitedError) as still:
        accounts.authenticate_password("alice", PASSWORD, address="10.0.0.4")
    assert still.value.retry_after == 1  # refused tries did not extend the wait
    clock.advance(seconds=1)
    assert accounts.authenticate_password("alice", PASSWORD, address="10.0.0.4")


def test_a_successful_login_clears_the_account_failures(make, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    accounts = make(login_max_failures_per_account=2)
    accounts.create_user("alice", password=PASSWORD)
    failed_login(accounts, "alice")
    accounts.authenticate_password("alice", PASSWORD, address="10.0.0.1")
    clock.advance(seconds=1)
    failed_login(accounts, "alice")
    assert accounts.authenticate_password("alice", PASSWORD, address="10.0.0.1")


def test_failures_per_address_lock_every_login_from_it(make, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    accounts = make(login_max_failures_per_address=3, login_window_minutes=15)
    accounts.create_user("alice", password=PASSWORD)
    for name in ("a1", "a2", "a3"):
        failed_login(accounts, name, address="192.0.2.7")
        clock.advance(minutes=1)
    with pytest.raises(RateLimitedError, match="from your address") as limited:
        accounts.authenticate_password("alice", PASSWORD, address="192.0.2.7")
    assert limited.value.retry_after == 12 * 60
    assert accounts.authenticate_password("alice", PASSWORD, address="192.0.2.8")


# --- API keys -------------------------------------------------------------------------

def test_a_key_is_stored_as_its_sha256_and_acts_as_its_user(accounts: AccountService) -> None:
    user = accounts.create_user("alice", password=PASSWORD, role="admin")
    key, secret = accounts.create_key(user.id, name="laptop", expires_at=None)
    assert secret.startswith("vk-") and len(secret) == 3 + 43
    assert key.prefix == secret[:11] and key.key_hash == hashlib.sha256(
        secret.encode()).hexdigest()
    with accounts._sessions() as db:
        assert secret not in repr([vars(row) for row in db.scalars(select(ApiKey))])
    principal = accounts.principal_for_key(secret)
    assert (principal.user_id, principal.role, principal.method, principal.key_id) == (
        user.id, "admin", "api-key", key.id)
    assert [k.id for k in accounts.list_keys(user.id)] == [key.id]


def test_last_used_is_written_at_most_once_a_minute(accounts: AccountService,
                                                    clock: Clock) -> None:
    user = accounts.create_user("alice", password=PASSWORD)
    key, secret = accounts.create_key(user.id, name="", expires_at=None)
    accounts.principal_for_key(secret)
    first = accounts.get_key(key.id).last_used_at
    clock.advance(seconds=59)
    accounts.principal_for_key(secret)
    assert accounts.get_key(key.id).last_used_at == first
    clock.advance(seconds=1)
    accounts.principal_for_key(secret)
    assert accounts.get_key(key.id).last_used_at != first


def test_expired_revoked_unknown_and_disabled_keys_are_one_401(accounts: AccountService,
                                                               clock: Clock) -> None:
    user = accounts.create_user("alice", password=PASSWORD)
    _, expiring = accounts.create_key(user.id, name="", expires_at=clock.now + timedelta(days=1))
    revoked, revoked_secret = accounts.create_key(user.id, name="", expires_at=None)
    _, live = accounts.create_key(user.id, name="", expires_at=None)
    accounts.revoke_key(user.id, revoked.id)
    clock.advance(days=1)
    accounts.set_disabled(accounts.create_user("bob", password=PASSWORD).id, True)
    bob = accounts.find_user("bob")
    _, bobs = accounts.create_key(bob.id, name="", expires_at=None)
    for secret in (expiring, revoked_secret, bobs, "vk-" + "x" * 43, "sk-other", "vk-" * 1000):
        with pytest.raises(AuthenticationError) as caught:
            accounts.principal_for_key(secret, address="10.1.1.1")
        assert caught.value.message == "invalid API key"
        assert caught.value.code == "invalid_api_key"
    assert [e.detail.split(":")[0] for e in events(accounts, "key_rejected")] == [
        "expired key", "revoked key", "user disabled", "unknown key",
        "not a key of this server", "not a key of this server"]
    assert accounts.principal_for_key(live).user_id == user.id
    accounts.set_disabled(bob.id, False)  # enabled again: the key works again
    assert accounts.principal_for_key(bobs).user_id == bob.id


def test_keys_of_others_cannot_be_revoked(accounts: AccountService) -> None:
    alice = accounts.create_user("alice", password=PASSWORD)
    bob = accounts.create_user("bob", password=PASSWORD)
    key, secret = accounts.create_key(alice.id, name="", expires_at=None)
    with pytest.raises(NotFoundError):
        accounts.revoke_key(bob.id, key.id)
    assert accounts.principal_for_key(secret).user_id == alice.id


def test_key_expiry_is_bounded_by_key_max_days(make, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    accounts = make(key_max_days=30)
    user = accounts.create_user("alice", password=PASSWORD)
    with pytest.raises(InvalidRequestError, match="within 30 days"):
        accounts.create_key(user.id, name="", expires_at=None)
    with pytest.raises(InvalidRequestError, match="longer than 30 days"):
        accounts.create_key(user.id, name="", expires_at=clock.now + timedelta(days=31))
    with pytest.raises(InvalidRequestError, match="past"):
        accounts.create_key(user.id, name="", expires_at=clock.now - timedelta(seconds=1))
    key, _ = accounts.create_key(user.id, name="", expires_at=clock.now + timedelta(days=30))
    assert key.expires_at is not None


# --- web sessions ---------------------------------------------------------------------

def test_a_session_ends_after_its_idle_time(make, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    accounts = make(session_idle_minutes=10, session_hours=12)
    user = accounts.create_user("alice", password=PASSWORD)
    session, token = accounts.create_session(user.id, address="10.0.0.1", user_agent="t")
    assert session.id == hashlib.sha256(token.encode()).hexdigest() and session.csrf_token
    for _ in range(3):  # used every 9 minutes: stays open past 10 minutes
        clock.advance(minutes=9)
        principal, seen = accounts.principal_for_session(token)
        assert principal.method == "session" and principal.session_id == session.id
        assert seen.csrf_token == session.csrf_token
    clock.advance(minutes=10)
    with pytest.raises(AuthenticationError):
        accounts.principal_for_session(token)
    assert [e.detail for e in events(accounts, "session_expired")] == ["session idle"]
    with pytest.raises(AuthenticationError):  # and it is gone
        accounts.principal_for_session(token)
    assert [e.detail for e in events(accounts, "session_rejected")] == ["unknown session"]


def test_a_session_ends_after_its_hours_whatever_its_use(make, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    accounts = make(session_idle_minutes=60, session_hours=2)
    user = accounts.create_user("alice", password=PASSWORD)
    _, token = accounts.create_session(user.id, address="", user_agent="")
    for _ in range(3):
        clock.advance(minutes=35)
        accounts.principal_for_session(token)
    clock.advance(minutes=16)  # 2 h 1 min after login, used 16 minutes ago
    with pytest.raises(AuthenticationError, match="log in again"):
        accounts.principal_for_session(token)
    assert [e.detail for e in events(accounts, "session_expired")] == ["session too old"]


def test_a_disabled_user_loses_every_session_at_once(accounts: AccountService) -> None:
    user = accounts.create_user("alice", password=PASSWORD)
    tokens = [accounts.create_session(user.id, address="", user_agent="")[1] for _ in range(2)]
    with accounts._sessions.begin() as db:  # disabled by another process: no cleanup here
        db.get(User, user.id).disabled = True  # type: ignore[union-attr]
    with pytest.raises(AuthenticationError):
        accounts.principal_for_session(tokens[0])
    with accounts._sessions() as db:
        assert db.scalars(select(WebSession)).all() == []
    assert events(accounts, "session_rejected")[0].detail == "user disabled"
    with pytest.raises(AuthenticationError, match="disabled"):
        accounts.create_session(user.id, address="", user_agent="")


def test_logout_and_a_new_password_end_sessions(accounts: AccountService) -> None:
    user = accounts.create_user("alice", password=PASSWORD)
    _, first = accounts.create_session(user.id, address="", user_agent="")
    _, second = accounts.create_session(user.id, address="", user_agent="")
    accounts.end_session(first)
    with pytest.raises(AuthenticationError):
        accounts.principal_for_session(first)
    accounts.principal_for_session(second)
    accounts.set_password(user.id, "another long password")
    with pytest.raises(AuthenticationError):
        accounts.principal_for_session(second)
    failed_login(accounts, "alice", PASSWORD)
    assert accounts.authenticate_password("alice", "another long password", address="")
    assert [e.event for e in events(accounts)].count("password_reset") == 1


# --- administration and single sign-on ------------------------------------------------

def test_quotas_roles_and_their_events(accounts: AccountService) -> None:
    admin = accounts.create_user("root", password=PASSWORD, role="admin")
    user = accounts.create_user("alice", password=PASSWORD)
    accounts.set_quotas(user.id, {"tokens_per_day": 10, "requests_per_minute": None},
                        actor_id=admin.id)
    assert accounts.get_user(user.id).quotas == {"tokens_per_day": 10,
                                                 "requests_per_minute": None}
    for bad in ({"tokens": 1}, {"tokens_per_day": 0}, {"tokens_per_day": True}):
        with pytest.raises(InvalidRequestError):
            accounts.set_quotas(user.id, bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidRequestError):
        accounts.set_role(user.id, "root")  # type: ignore[arg-type]
    assert accounts.set_role(user.id, "admin", actor_id=admin.id).role == "admin"
    changed = events(accounts, "role_changed")[0]
    assert (changed.actor_id, changed.detail) == (admin.id, "user -> admin")
    assert events(accounts, "quotas_changed")[0].actor_id == admin.id


def test_oidc_users_are_created_once_with_a_free_name(accounts: AccountService) -> None:
    accounts.create_user("alice", password=PASSWORD)
    first = accounts.find_or_create_oidc_user("https://idp", "sub-1", username_hint="Alice",
                                              display_name="Alice B.")
    assert (first.username, first.role, first.password_hash) == ("alice-2", "user", None)
    again = accounts.find_or_create_oidc_user("https://idp", "sub-1", username_hint="x",
                                              display_name="")
    assert again.id == first.id
    odd = accounts.find_or_create_oidc_user("https://idp", "sub-2",
                                            username_hint="Jean Dupont!", display_name="")
    assert odd.username == "jean-dupont-"
