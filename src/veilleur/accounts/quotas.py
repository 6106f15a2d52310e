"""Quotas: how much one user may generate, counted in the database.

Three limits per user, each the user's override (`User.quotas`; a null value: no limit)
or else the default of the settings (`AccountSettings`):

- ``requests_per_minute``: generating requests started in one fixed minute window (a
  `UsageCounter` of kind ``requests`` whose window is the minute, e.g. 10:41:00);
- ``tokens_per_day``: tokens generated in one UTC day (kind ``tokens``, window: the
  day's midnight UTC), counted when a request ends;
- ``concurrent_generations``: `GenerationLease` rows of the user whose `expires_at` is
  in the future. A lease is renewed while its generation runs and deleted at its end,
  so the leases of a process that died stop counting once they expire.

The counters live in the database, so the limits hold across every server process that
shares it: counters are incremented with one upsert (``INSERT … ON CONFLICT DO UPDATE …
RETURNING``), which the database serialises, and a concurrency slot is taken by
committing the lease first and counting the live leases after (a second statement sees
every lease committed before it), deleting ours if that is one too many. Two processes
racing for the last slot may then both give it up, never both take it.

The records without an owner (the local person, the operator's shared key: `user_id`
None, counted under ``""``) are counted too, for the usage reports, but have no limit.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from veilleur.accounts.models import AuthEvent, GenerationLease, UsageCounter, User
from veilleur.accounts.settings import AccountSettings
from veilleur.errors import ConfigError, QuotaExceededError
from veilleur.store.models import new_id, utcnow

__all__ = ["CONCURRENCY_RETRY_S", "LEASE_SECONDS", "QUOTA_NAMES", "Lease", "Limits",
           "QuotaService", "QuotaUsage"]

QUOTA_NAMES = ("requests_per_minute", "tokens_per_day", "concurrent_generations")

LEASE_SECONDS = 60.0  # a lease not renewed for this long stops counting (its process died)
CONCURRENCY_RETRY_S = 3  # Retry-After when all of a user's generations are running
_UNOWNED = ""  # `owner_id` of the counters and leases of the records without an owner


@dataclass(frozen=True, slots=True)
class Limits:
    """A user's limits now (None: no limit)."""

    requests_per_minute: int | None
    tokens_per_day: int | None
    concurrent_generations: int | None


@dataclass(frozen=True, slots=True)
class Lease:
    """A concurrency slot held for one generating request (`release` it at its end)."""

    id: str
    user_id: str | None
    admitted_at: datetime | None = None  # the minute whose count it is in


@dataclass(frozen=True, slots=True)
class QuotaUsage:
    """What a user consumed in the current windows, and their limits."""

    requests_this_minute: int
    tokens_today: int
    running: int
    limits: Limits


def _minute(now: datetime) -> datetime:
    return now.replace(second=0, microsecond=0)


def _day(now: datetime) -> datetime:
    return now.replace(hour=0, minute=0, second=0, microsecond=0)


class QuotaService:
    """Admits generating requests against their user's quotas.

    Args:
        sessions: the database's session factory (the schema is migrated already).
        settings: the `accounts` section of the settings (the default limits).
        clock: the current time (UTC, aware); tests pass their own to move time.
        lease_seconds: how long a lease lasts without renewal; renew every third of it.
        process: who holds the leases (default: host name and process id).
    """

    def __init__(self, sessions: sessionmaker[Session], settings: AccountSettings, *,
                 clock: Callable[[], datetime] = utcnow, lease_seconds: float = LEASE_SECONDS,
                 process: str | None = None):
        self._sessions = sessions
        self.settings = settings
        self._clock = clock
        self.lease_seconds = lease_seconds
        self.process = (process or f"{socket.gethostname()}:{os.getpid()}")[:64]

    @property
    def renew_every(self) -> float:
        """Seconds between two renewals of a running generation's lease."""
        return self.lease_seconds / 3

    @contextmanager
    def _db(self) -> Iterator[Session]:
        with self._sessions.begin() as db:
            yield db

    # --- limits ------------------------------------------------------------------------
    def limits(self, user_id: str | None) -> Limits:
        """The user's limits: their overrides, else the defaults (None: no owner)."""
        if user_id is None:
            return Limits(None, None, None)
        with self._db() as db:
            user = db.get(User, user_id)
            overrides: dict[str, Any] = dict(user.quotas or {}) if user is not None else {}
        return Limits(**{name: overrides[name] if name in overrides
                         else getattr(self.settings, name) for name in QUOTA_NAMES})

    def usage(self, user_id: str | None) -> QuotaUsage:
        """The user's requests this minute, tokens today and generations running."""
        now = self._clock()
        owner = user_id or _UNOWNED
        with self._db() as db:
            requests = self._counter(db, owner, "requests", _minute(now))
            tokens = self._counter(db, owner, "tokens", _day(now))
            running = self._running(db, owner, now)
        return QuotaUsage(requests, tokens, running, self.limits(user_id))

    # --- admission ---------------------------------------------------------------------
    def admit(self, user_id: str | None, *, username: str = "", address: str = "") -> Lease:
        """Count one generating request and take a concurrency slot for it.

        Nothing is left written when it is refused (the request's count and the lease
        are taken back), but the refusal itself: an auth event ``quota_exceeded``.

        Raises:
            QuotaExceededError: over a limit; `retry_after` is the end of the minute,
                midnight UTC, or a few seconds for the concurrency limit.
        """
        now = self._clock()
        limits = self.limits(user_id)
        owner = user_id or _UNOWNED
        if limits.tokens_per_day is not None:
            with self._db() as db:
                used = self._counter(db, owner, "tokens", _day(now))
            if used >= limits.tokens_per_day:
                midnight = _day(now) + timedelta(days=1)
                self._refuse(
                    user_id, username, address, "tokens_per_day",
                    f"quota exceeded: {used} tokens generated today, the limit is "
                    f"{limits.tokens_per_day} per UTC day (tokens_per_day); retry after "
                    "midnight UTC", (midnight - now).total_seconds())
        lease = Lease(new_id(), user_id, now)
        minute = _minute(now)
        with self._db() as db:
            db.execute(delete(GenerationLease).where(GenerationLease.owner_id == owner,
                                                     GenerationLease.expires_at <= now))
            requests = self._add(db, owner, "requests", minute, 1)
            db.add(GenerationLease(id=lease.id, owner_id=owner, process=self.process,
                                   created_at=now, expires_at=self._expiry(now)))
        limit = limits.requests_per_minute
        if limit is not None and requests > limit:
            self._take_back(lease, minute)
            retry = (minute + timedelta(minutes=1) - now).total_seconds()
            self._refuse(user_id, username, address, "requests_per_minute",
                         f"quota exceeded: {limit} requests per minute "
                         f"(requests_per_minute); retry in {int(retry + 0.999)} s", retry)
        limit = limits.concurrent_generations
        if limit is not None:
            with self._db() as db:  # a new statement: sees every lease committed before
                running = self._running(db, owner, now)
            if running > limit:
                self._take_back(lease, minute)
                self._refuse(user_id, username, address, "concurrent_generations",
                             f"quota exceeded: {limit} generation(s) already running, the "
                             "limit (concurrent_generations); retry when one ends",
                             CONCURRENCY_RETRY_S)
        return lease

    def renew(self, lease: Lease) -> None:
        """Extend a running generation's lease (every `renew_every` seconds)."""
        with self._db() as db:
            db.execute(update(GenerationLease).where(GenerationLease.id == lease.id)
                       .values(expires_at=self._expiry(self._clock())))

    def release(self, lease: Lease, *, tokens: int = 0, give_back: bool = False) -> None:
        """End the generation: free its slot and count the `tokens` it generated.

        With `give_back`, the request is taken out of its minute's count as if it had
        never been admitted (it was refused before anything ran): no row is left behind.
        """
        if give_back:
            self._take_back(lease, _minute(lease.admitted_at or self._clock()))
        with self._db() as db:
            db.execute(delete(GenerationLease).where(GenerationLease.id == lease.id))
            if tokens > 0:
                self._add(db, lease.user_id or _UNOWNED, "tokens", _day(self._clock()),
                          tokens)

    # --- internals ---------------------------------------------------------------------
    def _expiry(self, now: datetime) -> datetime:
        return now + timedelta(seconds=self.lease_seconds)

    def _take_back(self, lease: Lease, minute: datetime) -> None:
        owner = lease.user_id or _UNOWNED
        with self._db() as db:
            db.execute(delete(GenerationLease).where(GenerationLease.id == lease.id))
            if self._add(db, owner, "requests", minute, -1) <= 0:
                db.execute(delete(UsageCounter).where(
                    UsageCounter.owner_id == owner, UsageCounter.kind == "requests",
                    UsageCounter.window_start == minute))

    def _refuse(self, user_id: str | None, username: str, address: str, name: str,
                message: str, retry_after: float) -> None:
        with self._db() as db:
            db.add(AuthEvent(created_at=self._clock(), event="quota_exceeded",
                             user_id=user_id, username=username[:64], address=address[:64],
                             detail=name))
        raise QuotaExceededError(message, retry_after=retry_after, param=name)

    @staticmethod
    def _counter(db: Session, owner: str, kind: str, window: datetime) -> int:
        value = db.scalar(select(UsageCounter.value).where(
            UsageCounter.owner_id == owner, UsageCounter.kind == kind,
            UsageCounter.window_start == window))
        return int(value or 0)

    @staticmethod
    def _running(db: Session, owner: str, now: datetime) -> int:
        return int(db.scalar(select(func.count()).select_from(GenerationLease).where(
            GenerationLease.owner_id == owner, GenerationLease.expires_at > now)) or 0)

    @staticmethod
    def _add(db: Session, owner: str, kind: str, window: datetime, amount: int) -> int:
        """Add `amount` to a counter in one statement; its new value."""
        dialect = db.get_bind().dialect.name
        if dialect == "sqlite":
            insert: Any = sqlite.insert
        elif dialect == "postgresql":
            insert = postgresql.insert
        else:
            raise ConfigError(f"quotas need SQLite or PostgreSQL, not {dialect!r}")
        statement = insert(UsageCounter).values(owner_id=owner, kind=kind,
                                                window_start=window, value=amount)
        statement = statement.on_conflict_do_update(
            index_elements=[UsageCounter.owner_id, UsageCounter.kind,
                            UsageCounter.window_start],
            set_={"value": UsageCounter.value + amount},
        ).returning(UsageCounter.value)
        return int(db.execute(statement).scalar_one())
