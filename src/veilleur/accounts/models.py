"""Tables of accounts: users, API keys, web sessions, login attempts, auth events, usage.

Secrets are never stored: passwords as Argon2id hashes, API keys and session tokens as
SHA-256 digests (they are 256-bit random values, so a slow hash adds nothing).
Counters that quotas and rate limits read live here too, so that they hold across
several server processes sharing one database.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from veilleur.store.models import Base, new_id, utcnow

__all__ = [
    "ApiKey",
    "AuthEvent",
    "GenerationLease",
    "LoginAttempt",
    "UsageCounter",
    "User",
    "WebSession",
]


class User(Base):
    __tablename__ = "users"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    # Lower-cased, 1-64 characters of [a-z0-9._@-]; what people type to log in.
    username: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(8), default="user")  # "admin" | "user"
    # Argon2id (PHC string); None for a user who only logs in through single sign-on.
    password_hash: Mapped[str | None] = mapped_column(Text, nullable=True)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    oidc_issuer: Mapped[str | None] = mapped_column(String(500), nullable=True)
    oidc_subject: Mapped[str | None] = mapped_column(String(255), nullable=True)
    # Per-user overrides of the quota settings: {"requests_per_minute": 10, ...};
    # a key that is absent takes the default, a null value means "no limit".
    quotas: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    __table_args__ = (UniqueConstraint("oidc_issuer", "oidc_subject", name="uq_users_oidc"),)


class ApiKey(Base):
    __tablename__ = "api_keys"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    user_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )
    name: Mapped[str] = mapped_column(String(200), default="")
    # The first characters of the key ("vk-ab12cd34"), shown in lists to tell keys apart.
    prefix: Mapped[str] = mapped_column(String(16), nullable=False)
    key_hash: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)  # SHA-256 hex
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)

    __table_args__ = (Index("ix_api_keys_user", "user_id"),)


class WebSession(Base):
    __tablename__ = "web_sessions"

    # SHA-256 hex of the cookie's token: a stolen database opens no session.
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )
    csrf_token: Mapped[str] = mapped_column(String(64), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    address: Mapped[str] = mapped_column(String(64), default="")
    user_agent: Mapped[str] = mapped_column(String(300), default="")

    __table_args__ = (Index("ix_web_sessions_user", "user_id"),)


class LoginAttempt(Base):
    """One login attempt (password or single sign-on); read by the rate limits."""

    __tablename__ = "login_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    username: Mapped[str] = mapped_column(String(64), default="")  # as typed, cut to 64
    address: Mapped[str] = mapped_column(String(64), default="")
    success: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        Index("ix_login_attempts_username", "username", "created_at"),
        Index("ix_login_attempts_address", "address", "created_at"),
    )


class AuthEvent(Base):
    """One security event of the accounts (append-only, like the safety audit).

    `event`: login_ok, login_failed, login_rate_limited, logout, session_expired,
    session_rejected, csrf_rejected, key_created, key_revoked, key_rejected,
    user_created, user_disabled, user_enabled, password_reset, role_changed,
    quotas_changed, oidc_ok, oidc_failed, quota_exceeded, data_exported.
    """

    __tablename__ = "auth_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    event: Mapped[str] = mapped_column(String(32), nullable=False)
    user_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    username: Mapped[str] = mapped_column(String(64), default="")  # as typed, cut to 64
    address: Mapped[str] = mapped_column(String(64), default="")
    actor_id: Mapped[str | None] = mapped_column(String(32), nullable=True)  # who did it
    detail: Mapped[str] = mapped_column(Text, default="")  # never a secret

    __table_args__ = (
        Index("ix_auth_events_created_at", "created_at"),
        Index("ix_auth_events_user", "user_id", "created_at"),
    )


class UsageCounter(Base):
    """What one user consumed in one window: requests per minute, tokens per day.

    `owner_id` is "" for the records without an owner (local person, operator key).
    `kind`: "requests" (window of one minute) or "tokens" (window of one UTC day).
    Incremented with an upsert, so several processes count into the same row.
    """

    __tablename__ = "usage_counters"

    owner_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    window_start: Mapped[datetime] = mapped_column(DateTime(timezone=True), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class GenerationLease(Base):
    """A generation running for a user, held by one server process until it ends.

    Concurrent generations of a user = rows whose `expires_at` is in the future; the
    process renews `expires_at` while the generation runs, so the rows of a process that
    died stop counting once their lease expires.
    """

    __tablename__ = "generation_leases"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    owner_id: Mapped[str] = mapped_column(String(32), nullable=False)  # "" when unowned
    process: Mapped[str] = mapped_column(String(64), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)

    __table_args__ = (Index("ix_generation_leases_owner", "owner_id", "expires_at"),)
