"""Quotas on a real store (SQLite, and PostgreSQL when the suite has one), with a clock the
tests move: fixed minute windows, the UTC day, concurrency leases, overrides, no limit."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from veilleur.accounts.models import AuthEvent, GenerationLease, UsageCounter, User
from veilleur.accounts.quotas import CONCURRENCY_RETRY_S, QuotaService
from veilleur.accounts.settings import AccountSettings
from veilleur.errors import QuotaExceededError
from veilleur.store.db import open_database


class Clock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def sessions(database_url: str) -> Iterator[sessionmaker[Session]]:
    engine, factory = open_database(database_url)
    try:
        yield factory
    finally:
        engine.dispose()


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 12, 1, 10, 41, 20, tzinfo=UTC))


def add_user(sessions: sessionmaker[Session], username: str, **quotas: int | None) -> str:
    with sessions.begin() as db:
        user = User(username=username, quotas=quotas)
        db.add(user)
        db.flush()
        return user.id


def service(sessions: sessionmaker[Session], clock: Clock, **defaults: int | None
            ) -> QuotaService:
    settings = AccountSettings(**{"requests_per_minute": None, "tokens_per_day": None,
                                  "concurrent_generations": None, **defaults})
    return QuotaService(sessions, settings, clock=clock, process="test")


def events(sessions: sessionmaker[Session]) -> list[tuple[str, str | None, str]]:
    with sessions() as db:
        return [(e.event, e.user_id, e.detail) for e in db.scalars(select(AuthEvent))]


def test_requests_per_minute_in_fixed_windows(sessions: sessionmaker[Session],
                                              clock: Clock) -> None:
    quotas = service(sessions, clock, requests_per_minute=2)
    alice = add_user(sessions, "alice")
    for _ in range(2):
        quotas.release(quotas.admit(alice, username="alice", address="127.0.0.1"))
    with pytest.raises(QuotaExceededError) as refused:
        quotas.admit(alice, username="alice", address="127.0.0.1")
    assert refused.value.retry_after == 40  # 10:41:20 → the window ends at 10:42:00
    assert refused.value.code == "quota_exceeded"
    assert refused.value.param == "requests_per_minute"
    assert "2 requests per minute" in refused.value.message
    assert events(sessions) == [("quota_exceeded", alice, "requests_per_minute")]
    assert quotas.usage(alice).requests_this_minute == 2  # the refused one is not counted
    clock.advance(39.5)  # 10:41:59.5: still the same window
    with pytest.raises(QuotaExceededError) as refused:
        quotas.admit(alice)
    assert refused.value.retry_after == 1
    clock.advance(0.5)  # 10:42:00: a new window
    quotas.admit(alice)
    assert quotas.usage(alice).requests_this_minute == 1


def test_tokens_per_day_until_midnight_utc(sessions: sessionmaker[Session],
                                           clock: Clock) -> None:
    quotas = service(sessions, clock, tokens_per_day=100)
    alice = add_user(sessions, "alice")
    quotas.release(quotas.admit(alice), tokens=60)
    quotas.release(quotas.admit(alice), tokens=60)  # admitted under the limit: counted whole
    assert quotas.usage(alice).tokens_today == 120
    with pytest.raises(QuotaExceededError) as refused:
        quotas.admit(alice)
    midnight = datetime(2026, 12, 2, tzinfo=UTC)
    assert refused.value.retry_after == int((midnight - clock.now).total_seconds())
    assert refused.value.param == "tokens_per_day" and "midnight UTC" in refused.value.message
    clock.now = midnight
    quotas.admit(alice)
    assert quotas.usage(alice).tokens_today == 0


def test_concurrent_generations_and_expired_leases(sessions: sessionmaker[Session],
                                                   clock: Clock) -> None:
    quotas = service(sessions, clock, concurrent_generations=2)
    alice = add_user(sessions, "alice")
    first, second = quotas.admit(alice), quotas.admit(alice)
    with pytest.raises(QuotaExceededError) as refused:
        quotas.admit(alice)
    assert refused.value.retry_after == CONCURRENCY_RETRY_S
    assert refused.value.param == "concurrent_generations"
    usage = quotas.usage(alice)
    assert (usage.running, usage.requests_this_minute) == (2, 2)  # taken back: lease, count
    quotas.release(first)
    third = quotas.admit(alice)
    # A process that dies leaves its lease; it stops counting once it expires, unless
    # it is renewed, as a running generation's is.
    clock.advance(quotas.lease_seconds - 1)
    quotas.renew(third)
    clock.advance(2)
    assert quotas.usage(alice).running == 1  # `second` expired, `third` was renewed
    quotas.admit(alice)
    with sessions() as db:
        assert db.scalar(select(GenerationLease.id).where(
            GenerationLease.id == second.id)) is None  # the expired one was swept


def test_user_overrides_and_null_means_no_limit(sessions: sessionmaker[Session],
                                                clock: Clock) -> None:
    quotas = service(sessions, clock, requests_per_minute=1, concurrent_generations=1,
                     tokens_per_day=10)
    unlimited = add_user(sessions, "flood", requests_per_minute=None,
                         concurrent_generations=None, tokens_per_day=None)
    tight = add_user(sessions, "tight", requests_per_minute=3)  # others: the defaults
    assert quotas.limits(unlimited).requests_per_minute is None
    assert quotas.limits(tight).requests_per_minute == 3
    assert quotas.limits(tight).concurrent_generations == 1
    leases = [quotas.admit(unlimited) for _ in range(20)]
    quotas.release(leases[0], tokens=1000)
    quotas.admit(unlimited)
    first = quotas.admit(tight)
    with pytest.raises(QuotaExceededError, match="concurrent_generations"):
        quotas.admit(tight)
    quotas.release(first)
    quotas.admit(tight)
    assert quotas.usage(tight).requests_this_minute == 2


def test_the_unowned_records_are_counted_but_not_limited(sessions: sessionmaker[Session],
                                                         clock: Clock) -> None:
    quotas = service(sessions, clock, requests_per_minute=1, concurrent_generations=1,
                     tokens_per_day=1)
    for _ in range(3):
        quotas.release(quotas.admit(None), tokens=5)
    usage = quotas.usage(None)
    assert (usage.requests_this_minute, usage.tokens_today) == (3, 15)
    with sessions() as db:
        owners = set(db.scalars(select(UsageCounter.owner_id)))
    assert owners == {""} and events(sessions) == []


def test_the_defaults_of_the_settings(sessions: sessionmaker[Session], clock: Clock) -> None:
    quotas = QuotaService(sessions, AccountSettings(), clock=clock)
    alice = add_user(sessions, "alice")
    limits = quotas.limits(alice)
    assert (limits.requests_per_minute, limits.tokens_per_day,
            limits.concurrent_generations) == (60, 200_000, 4)


def test_racing_admissions_never_exceed_the_limits(database_url: str, clock: Clock) -> None:
    """Eight 'processes' (each its own connection pool) admit the same user at once:
    never more than the limits, whatever the interleaving."""
    import threading

    engines = [open_database(database_url) for _ in range(8)]
    try:
        alice = add_user(engines[0][1], "alice")
        services = [service(factory, clock, concurrent_generations=3, requests_per_minute=6)
                    for _, factory in engines]
        barrier = threading.Barrier(len(services))
        admitted: list[object] = []
        refused: list[str] = []

        def race(quotas: QuotaService) -> None:
            barrier.wait()
            for _ in range(2):
                try:
                    admitted.append(quotas.admit(alice))
                except QuotaExceededError as exc:
                    refused.append(str(exc.param))

        threads = [threading.Thread(target=race, args=(q,)) for q in services]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        usage = services[0].usage(alice)
        assert 1 <= len(admitted) <= 3 and usage.running == len(admitted)
        assert len(admitted) + len(refused) == 16
        assert usage.requests_this_minute == len(admitted) <= 6
    finally:
        for engine, _ in engines:
            engine.dispose()
