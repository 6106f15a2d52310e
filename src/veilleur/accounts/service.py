"""The accounts service: users, passwords, API keys, web sessions, login limits, events.

Everything lives in the database (no state in this object but its settings and clock),
so several server processes sharing one database agree on every user, key, session and
rate limit. Secrets never reach the database: passwords as Argon2id hashes
(`accounts.passwords`), API keys and session tokens as SHA-256 digests.

Errors: `InvalidRequestError` for a bad username, password, role, quota or expiry;
`NotFoundError` for an unknown user or key (or another user's key);
`AuthenticationError` for credentials that do not open anything, always with the same
message whatever the reason; `RateLimitedError` when logins are refused for a while.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import get_args

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from veilleur.accounts import passwords
from veilleur.accounts.models import ApiKey, AuthEvent, LoginAttempt, User, WebSession
from veilleur.accounts.principal import Principal, Role
from veilleur.accounts.settings import AccountSettings
from veilleur.errors import (
    AuthenticationError,
    InvalidRequestError,
    NotFoundError,
    RateLimitedError,
)
from veilleur.store.models import utcnow

__all__ = [
    "BAD_LOGIN",
    "KEY_PREFIX",
    "QUOTA_NAMES",
    "AccountService",
    "hash_token",
    "normalise_username",
]

BAD_LOGIN = "invalid username or password"
BAD_KEY = "invalid API key"
BAD_SESSION = "your session has ended: log in again"
KEY_PREFIX = "vk-"
QUOTA_NAMES = ("requests_per_minute", "tokens_per_day", "concurrent_generations")
_USERNAME = re.compile(r"[a-z0-9._@-]{1,64}")
_MAX_SECRET = 200  # longer "keys" or "tokens" are not ours: refused before hashing
_KEY_TOUCH = timedelta(minutes=1)  # last_used_at is written at most this often
_SESSION_TOUCH = timedelta(seconds=30)  # last_seen_at likewise


def hash_token(secret: str) -> str:
    """The SHA-256 hex digest stored for an API key or a session token."""
    return hashlib.sha256(secret.encode()).hexdigest()


def normalise_username(username: str) -> str:
    """`username` lower-cased; `InvalidRequestError` unless 1-64 chars of [a-z0-9._@-]."""
    name = username.strip().lower()
    if not _USERNAME.fullmatch(name):
        shown = username if len(username) <= 64 else username[:64] + "…"
        raise InvalidRequestError(
            f"invalid username {shown!r}: use 1 to 64 characters among lower-case letters, "
            "digits and . _ @ -",
            param="username",
        )
    return name


def _aware(moment: datetime) -> datetime:
    """`moment` in UTC (SQLite hands back naive datetimes; they were written in UTC)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _when(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%H:%M:%S UTC")


class AccountService:
    """Users, their passwords, keys and sessions; the login limits; the auth events.

    Args:
        sessions: the database's session factory (the schema is migrated already).
        settings: the `accounts` section of the settings.
        clock: the current time (UTC, aware); tests pass their own to move time.
    """

    def __init__(self, sessions: sessionmaker[Session], settings: AccountSettings, *,
                 clock: Callable[[], datetime] = utcnow):
        self._sessions = sessions
        self.settings = settings
        self._clock = clock
        # Once a user exists, accounts stay on (users are never deleted). Single sign-on
        # configured turns them on too: its first login would otherwise lock out the
        # local person mid-session, and nobody must use the server unauthenticated
        # before that first login.
        self._enabled = settings.oidc_issuer is not None

    @contextmanager
    def _db(self) -> Iterator[Session]:
        with self._sessions.begin() as db:
            yield db

    # --- users -----------------------------------------------------------------------
    def accounts_enabled(self) -> bool:
        """Whether at least one user exists (disabled ones count), or single sign-on is
        configured."""
        if not self._enabled:
            with self._db() as db:
                self._enabled = db.scalar(select(User.id).limit(1)) is not None
        return self._enabled

    def create_user(self, username: str, *, password: str | None, role: Role = "user",
                    display_name: str = "", actor_id: str | None = None) -> User:
        """A new user; `password` None: one who only logs in through single sign-on.

        Raises:
            InvalidRequestError: bad username, password or role, or the name is taken.
        """
        name = normalise_username(username)
        _check_role(role)
        if len(display_name) > 200:
            raise InvalidRequestError("the display name is longer than 200 characters",
                                      param="display_name")
        password_hash = None
        if password is not None:
            passwords.check_password_rules(password)
            password_hash = passwords.hash_password(password)
        return self._insert_user(User(username=name, role=role, display_name=display_name,
                                      password_hash=password_hash), actor_id=actor_id,
                                 detail=f"role {role}")

    def _insert_user(self, user: User, *, actor_id: str | None, detail: str) -> User:
        now = self._clock()
        user.created_at = user.updated_at = now
        user.quotas = {}
        try:
            with self._db() as db:
                db.add(user)
                db.flush()
                self._event(db, "user_created", user_id=user.id, username=user.username,
                            actor_id=actor_id, detail=detail)
        except IntegrityError as exc:
            raise InvalidRequestError(f"a user named {user.username!r} already exists",
                                      param="username") from exc
        self._enabled = True
        return user

    def get_user(self, user_id: str) -> User:
        with self._db() as db:
            return self._user(db, user_id)

    def find_user(self, username: str) -> User:
        """The user named `username` (any case). Raises `NotFoundError`."""
        name = username.strip().lower()
        with self._db() as db:
            user = db.scalar(select(User).where(User.username == name))
        if user is None:
            raise NotFoundError(f"no user named {username[:64]!r}", param="username")
        return user

    def list_users(self) -> list[User]:
        with self._db() as db:
            return list(db.scalars(select(User).order_by(User.username)))

    def set_disabled(self, user_id: str, disabled: bool, *,
                     actor_id: str | None = None) -> User:
        """Disable (its sessions end at once, its keys stop working) or enable a user."""
        with self._db() as db:
            user = self._user(db, user_id)
            if user.disabled != disabled:
                user.disabled = disabled
                user.updated_at = self._clock()
                self._event(db, "user_disabled" if disabled else "user_enabled",
                            user_id=user.id, username=user.username, actor_id=actor_id)
            if disabled:
                db.execute(delete(WebSession).where(WebSession.user_id == user.id))
            return user

    def set_role(self, user_id: str, role: Role, *, actor_id: str | None = None) -> User:
        _check_role(role)
        with self._db() as db:
            user = self._user(db, user_id)
            if user.role != role:
                self._event(db, "role_changed", user_id=user.id, username=user.username,
                            actor_id=actor_id, detail=f"{user.role} -> {role}")
                user.role = role
                user.updated_at = self._clock()
            return user

    def set_password(self, user_id: str, password: str, *,
                     actor_id: str | None = None) -> None:
        """A new password; every web session of the user ends."""
        passwords.check_password_rules(password)
        password_hash = passwords.hash_password(password)
        with self._db() as db:
            user = self._user(db, user_id)
            user.password_hash = password_hash
            user.updated_at = self._clock()
            db.execute(delete(WebSession).where(WebSession.user_id == user.id))
            self._event(db, "password_reset", user_id=user.id, username=user.username,
                        actor_id=actor_id)

    def set_quotas(self, user_id: str, quotas: dict[str, int | None], *,
                   actor_id: str | None = None) -> User:
        """Replace the user's quota overrides (an absent name takes the default of the
        settings, None means no limit).

        Raises:
            InvalidRequestError: an unknown quota name or a value that is not a positive
                integer or None.
        """
        for name, value in quotas.items():
            if name not in QUOTA_NAMES:
                raise InvalidRequestError(
                    f"unknown quota {name!r}: use {', '.join(QUOTA_NAMES)}", param="quotas")
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                                      or value < 1):
                raise InvalidRequestError(
                    f"quota {name} must be a positive integer or null, not {value!r}",
                    param="quotas")
        with self._db() as db:
            user = self._user(db, user_id)
            user.quotas = dict(quotas)
            user.updated_at = self._clock()
            self._event(db, "quotas_changed", user_id=user.id, username=user.username,
                        actor_id=actor_id,
                        detail=", ".join(f"{k}={v}" for k, v in sorted(quotas.items())))
            return user

    # --- passwords and the login limits -----------------------------------------------
    def authenticate_password(self, username: str, password: str, *, address: str) -> User:
        """The user whose username and password these are.

        Raises:
            AuthenticationError: unknown user, wrong password, malformed username, a user
                without a password, a disabled user: always "invalid username or
                password", whatever the reason (the auth event keeps the reason).
            RateLimitedError: too many failed logins for this username or from this
                address within `login_window_minutes` (nothing is checked then).
        """
        typed = username[:64]
        key = username.strip().lower()[:64]
        address = address[:64]
        now = self._clock()
        with self._db() as db:
            refused = self._login_refusal(db, key, address, now)
        if refused is not None:
            self.record_event("login_rate_limited", username=typed, address=address,
                              detail=refused.detail)
            raise refused.error
        user: User | None = None
        try:
            name = normalise_username(username)
        except InvalidRequestError:
            name = None
        if name is not None:
            with self._db() as db:
                user = db.scalar(select(User).where(User.username == name))
        # One Argon2 verification whatever the case, so that the time of the answer does
        # not tell which usernames exist.
        reason = ""
        if user is None:
            passwords.verify_dummy(password)
            reason = "unknown user"
        elif user.password_hash is None:
            passwords.verify_dummy(password)
            reason = "no password (single sign-on only)"
        elif len(password) > passwords.MAX_PASSWORD:
            passwords.verify_dummy(password)
            reason = "wrong password"
        elif not passwords.verify_password(user.password_hash, password):
            reason = "wrong password"
        elif user.disabled:
            reason = "user disabled"
        with self._db() as db:
            db.add(LoginAttempt(created_at=now, username=key, address=address,
                                success=not reason))
            self._event(db, "login_failed" if reason else "login_ok",
                        user_id=user.id if user else None, username=typed, address=address,
                        detail=reason)
            if user is not None and not reason and user.password_hash is not None \
                    and passwords.needs_rehash(user.password_hash):
                stored = self._user(db, user.id)
                stored.password_hash = passwords.hash_password(password)
        if reason or user is None:
            raise AuthenticationError(BAD_LOGIN, code="invalid_credentials")
        return user

    def _login_refusal(self, db: Session, key: str, address: str,
                       now: datetime) -> _Refusal | None:
        """Why logins for `key` from `address` are refused now, if they are."""
        window = timedelta(minutes=self.settings.login_window_minutes)
        since = now - window
        # A successful login clears the failures of its account (not of its address: one
        # valid account must not reset an attacker's count of another's).
        last_ok = db.scalar(select(func.max(LoginAttempt.created_at)).where(
            LoginAttempt.username == key, LoginAttempt.success.is_(True),
            LoginAttempt.created_at > since))
        account = (LoginAttempt.created_at > last_ok if last_ok is not None
                   else LoginAttempt.created_at > since)
        limits = [
            (LoginAttempt.username == key, account,
             self.settings.login_max_failures_per_account, "for this account"),
            (LoginAttempt.address == address, LoginAttempt.created_at > since,
             self.settings.login_max_failures_per_address, "from your address"),
        ]
        for who, recent, limit, where in limits:
            failures = list(db.scalars(
                select(LoginAttempt.created_at)
                .where(who, recent, LoginAttempt.success.is_(False))
                .order_by(LoginAttempt.created_at)))
            if len(failures) >= limit:
                # Logins open again once enough of the counted failures left the window.
                opens = _aware(failures[len(failures) - limit]) + window
                retry_after = max(1.0, (opens - now).total_seconds())
                return _Refusal(
                    RateLimitedError(
                        f"too many failed logins {where}: try again after {_when(opens)} "
                        f"(in {int(retry_after + 0.999)} s)",
                        retry_after=retry_after),
                    detail=f"{len(failures)} failed logins {where}")
        return None

    # --- API keys ----------------------------------------------------------------------
    def create_key(self, user_id: str, *, name: str,
                   expires_at: datetime | None) -> tuple[ApiKey, str]:
        """A new key for the user: its row and its secret (shown once, never stored).

        Raises:
            NotFoundError: unknown user.
            InvalidRequestError: `expires_at` is past, or beyond `key_max_days` (or None
                while `key_max_days` is set); `name` longer than 200 characters.
        """
        now = self._clock()
        if len(name) > 200:
            raise InvalidRequestError("the key's name is longer than 200 characters",
                                      param="name")
        if expires_at is not None:
            expires_at = _aware(expires_at)
            if expires_at <= now:
                raise InvalidRequestError("the key's expiry is in the past",
                                          param="expires_at")
        max_days = self.settings.key_max_days
        if max_days is not None:
            if expires_at is None:
                raise InvalidRequestError(
                    f"keys must expire within {max_days} days here: give an expiry",
                    param="expires_at")
            # A minute of slack: "expires in max_days days" computed by a client is valid.
            if expires_at > now + timedelta(days=max_days, minutes=1):
                raise InvalidRequestError(
                    f"keys may not last longer than {max_days} days here",
                    param="expires_at")
        secret = KEY_PREFIX + secrets.token_urlsafe(32)
        with self._db() as db:
            user = self._user(db, user_id)
            key = ApiKey(user_id=user.id, name=name, prefix=secret[:11],
                         key_hash=hash_token(secret), created_at=now, expires_at=expires_at)
            db.add(key)
            db.flush()
            self._event(db, "key_created", user_id=user.id, username=user.username,
                        actor_id=user.id, detail=f"key {key.id} ({key.prefix}…) {name!r}")
        return key, secret

    def list_keys(self, user_id: str) -> list[ApiKey]:
        """The user's keys, newest first (revoked and expired ones included)."""
        with self._db() as db:
            return list(db.scalars(select(ApiKey).where(ApiKey.user_id == user_id)
                                   .order_by(ApiKey.created_at.desc())))

    def get_key(self, key_id: str) -> ApiKey:
        """The key `key_id`, whoever owns it (for the administrator's CLI)."""
        with self._db() as db:
            key = db.get(ApiKey, key_id)
        if key is None:
            raise NotFoundError(f"no API key {key_id[:64]!r}", param="key_id")
        return key

    def revoke_key(self, user_id: str, key_id: str, *, actor_id: str | None = None) -> None:
        """Revoke the user's key (again: nothing). `NotFoundError` for another's key."""
        with self._db() as db:
            key = db.get(ApiKey, key_id)
            if key is None or key.user_id != user_id:
                raise NotFoundError(f"no API key {key_id[:64]!r}", param="key_id")
            if key.revoked_at is None:
                key.revoked_at = self._clock()
                self._event(db, "key_revoked", user_id=user_id,
                            actor_id=actor_id or user_id,
                            detail=f"key {key.id} ({key.prefix}…)")

    def principal_for_key(self, secret: str, *, address: str = "") -> Principal:
        """The principal of the user whose key this is.

        Raises:
            AuthenticationError: unknown, expired or revoked key, disabled user (one
                message: "invalid API key"; the auth event `key_rejected` says which).
        """
        now = self._clock()
        reason = ""
        if not secret.startswith(KEY_PREFIX) or len(secret) > _MAX_SECRET:
            reason = "not a key of this server"
        with self._db() as db:
            row = None if reason else db.execute(
                select(ApiKey, User).join(User, User.id == ApiKey.user_id)
                .where(ApiKey.key_hash == hash_token(secret))).first()
            if not reason and row is None:
                reason = "unknown key"
            if row is not None:
                key, user = row
                if key.revoked_at is not None:
                    reason = "revoked key"
                elif key.expires_at is not None and _aware(key.expires_at) <= now:
                    reason = "expired key"
                elif user.disabled:
                    reason = "user disabled"
            if reason:
                self._event(db, "key_rejected",
                            user_id=row[1].id if row is not None else None,
                            username=row[1].username if row is not None else "",
                            address=address,
                            detail=reason + (f": {row[0].prefix}…" if row is not None else ""))
            elif key.last_used_at is None or now - _aware(key.last_used_at) >= _KEY_TOUCH:
                key.last_used_at = now
        if reason:
            raise AuthenticationError(BAD_KEY)
        return Principal(user_id=user.id, username=user.username, role=_role(user.role),
                         method="api-key", key_id=key.id)

    # --- web sessions ------------------------------------------------------------------
    def create_session(self, user_id: str, *, address: str,
                       user_agent: str) -> tuple[WebSession, str]:
        """A new web session: its row and its token (the cookie's value, never stored).

        Raises:
            NotFoundError: unknown user. AuthenticationError: a disabled user.
        """
        now = self._clock()
        token = secrets.token_urlsafe(32)
        with self._db() as db:
            user = self._user(db, user_id)
            if user.disabled:
                raise AuthenticationError("this account is disabled")
            session = WebSession(
                id=hash_token(token), user_id=user.id, csrf_token=secrets.token_urlsafe(32),
                created_at=now, last_seen_at=now,
                expires_at=now + timedelta(hours=self.settings.session_hours),
                address=address[:64], user_agent=user_agent[:300])
            db.add(session)
        return session, token

    def principal_for_session(self, token: str, *,
                              address: str = "") -> tuple[Principal, WebSession]:
        """The principal of a live session, and the session (its `csrf_token`).

        A session ends `session_hours` after login or `session_idle_minutes` after its
        last request, whichever comes first; a disabled user's sessions are deleted.

        Raises:
            AuthenticationError: unknown or ended session, disabled user.
        """
        now = self._clock()
        reason = ""
        event = "session_rejected"
        with self._db() as db:
            row = None if len(token) > _MAX_SECRET else db.execute(
                select(WebSession, User).join(User, User.id == WebSession.user_id)
                .where(WebSession.id == hash_token(token))).first()
            if row is None:
                reason = "unknown session"
            else:
                session, user = row
                idle = timedelta(minutes=self.settings.session_idle_minutes)
                if user.disabled:
                    reason = "user disabled"
                    db.execute(delete(WebSession).where(WebSession.user_id == user.id))
                elif now >= _aware(session.expires_at):
                    reason, event = "session too old", "session_expired"
                    db.delete(session)
                elif now >= _aware(session.last_seen_at) + idle:
                    reason, event = "session idle", "session_expired"
                    db.delete(session)
                elif now - _aware(session.last_seen_at) >= _SESSION_TOUCH:
                    session.last_seen_at = now
            if reason:
                self._event(db, event, user_id=row[1].id if row is not None else None,
                            username=row[1].username if row is not None else "",
                            address=address, detail=reason)
        if reason:
            raise AuthenticationError(BAD_SESSION, code="session_expired")
        principal = Principal(user_id=user.id, username=user.username, role=_role(user.role),
                              method="session", session_id=session.id)
        return principal, session

    def end_session(self, token: str) -> None:
        """Log out: the session of `token` ends (an unknown token: nothing)."""
        with self._db() as db:
            session = db.get(WebSession, hash_token(token[:_MAX_SECRET]))
            if session is not None:
                db.delete(session)
                self._event(db, "logout", user_id=session.user_id)

    # --- single sign-on ----------------------------------------------------------------
    def find_or_create_oidc_user(self, issuer: str, subject: str, *, username_hint: str,
                                 display_name: str) -> User:
        """The user of this provider's subject; created with the role "user" on first
        login, named after `username_hint` (made valid, and unique with a suffix)."""
        with self._db() as db:
            user = db.scalar(select(User).where(User.oidc_issuer == issuer,
                                                User.oidc_subject == subject))
            if user is not None:
                return user
        base = re.sub(r"[^a-z0-9._@-]", "-", username_hint.strip().lower())[:56] or "user"
        for attempt in range(1, 50):
            name = base if attempt == 1 else f"{base}-{attempt}"
            with self._db() as db:
                if db.scalar(select(User.id).where(User.username == name)) is not None:
                    continue
            try:
                return self._insert_user(
                    User(username=name, role="user", display_name=display_name[:200],
                         password_hash=None, oidc_issuer=issuer, oidc_subject=subject),
                    actor_id=None, detail=f"single sign-on {issuer}")
            except InvalidRequestError:
                # Another process created this name, or this very subject, meanwhile.
                with self._db() as db:
                    user = db.scalar(select(User).where(User.oidc_issuer == issuer,
                                                        User.oidc_subject == subject))
                if user is not None:
                    return user
        raise InvalidRequestError(f"cannot find a free username like {base!r}",
                                  param="username")

    # --- auth events -------------------------------------------------------------------
    def record_event(self, event: str, *, user_id: str | None = None, username: str = "",
                     address: str = "", actor_id: str | None = None,
                     detail: str = "") -> None:
        """Append one auth event (see `AuthEvent` for the names). Never pass a secret."""
        with self._db() as db:
            self._event(db, event, user_id=user_id, username=username, address=address,
                        actor_id=actor_id, detail=detail)

    def _event(self, db: Session, event: str, *, user_id: str | None = None,
               username: str = "", address: str = "", actor_id: str | None = None,
               detail: str = "") -> None:
        db.add(AuthEvent(created_at=self._clock(), event=event[:32], user_id=user_id,
                         username=username[:64], address=address[:64], actor_id=actor_id,
                         detail=detail[:1000]))

    def _user(self, db: Session, user_id: str) -> User:
        user = db.get(User, user_id)
        if user is None:
            raise NotFoundError(f"no user {user_id[:64]!r}", param="user_id")
        return user


@dataclass(frozen=True, slots=True)
class _Refusal:
    error: RateLimitedError
    detail: str


def _check_role(role: str) -> None:
    if role not in get_args(Role):
        raise InvalidRequestError(f"unknown role {role!r}: use admin or user", param="role")


def _role(value: str) -> Role:
    return "admin" if value == "admin" else "user"
