"""The store on both databases: the schema the migrations build matches the models, the
append-only tables hold in the database itself, migrations from several processes at once
take turns (PostgreSQL), and leases of replies are swept once each."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
import time
from datetime import timedelta

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

import veilleur.accounts.models
import veilleur.retrieval.models
import veilleur.safety.audit
import veilleur.store.attachments
import veilleur.store.responses  # noqa: F401
from veilleur.chat.leases import ReplyLease, keep_reply_leases
from veilleur.store.db import head_revision, open_database
from veilleur.store.models import Base, MessageStatus, utcnow
from veilleur.store.repository import ConversationRepository


def test_the_migrated_schema_matches_the_models(database_url: str) -> None:
    engine, _ = open_database(database_url)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == [], (
        f"the models and the migrations of {engine.dialect.name} differ: write a migration")
    assert {"conversations", "messages", "safety_audit", "users", "auth_events",
            "usage_counters", "generation_leases"} <= set(inspect(engine).get_table_names())


@pytest.mark.parametrize("table", ["safety_audit", "auth_events"])
def test_append_only_tables_refuse_update_and_delete_in_the_database(
    database_url: str, table: str
) -> None:
    engine, _ = open_database(database_url)
    now = utcnow()
    row = {
        "safety_audit": "INSERT INTO safety_audit (created_at, request_id, direction, "
                        "categories, scores, action, policy_version, language, explanation) "
                        "VALUES (:now, 'r', 'input', '[]', '{}', 'allow', 'p', '', '')",
        "auth_events": "INSERT INTO auth_events (created_at, event, username, address, "
                       "detail) VALUES (:now, 'login_ok', 'alice', '', '')",
    }[table]
    with engine.begin() as connection:
        connection.execute(text(row), {"now": now})
    statements = [f"UPDATE {table} SET created_at = :now", f"DELETE FROM {table}"]
    if engine.dialect.name == "postgresql":
        statements.append(f"TRUNCATE {table}")
    for statement in statements:
        with pytest.raises(Exception, match="append-only"), engine.begin() as connection:
            connection.execute(text(statement), {"now": now})
    with engine.connect() as connection:
        assert connection.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 1


_MIGRATE = "import sys; from veilleur.store.db import open_database; open_database(sys.argv[1])"


def test_processes_migrating_at_once_take_turns_on_postgres(postgres_url: str) -> None:
    """Two processes open a blank database at the same moment: the lock (held here until
    both wait on it) lets one migrate, then the other finds the schema at head."""
    engine = create_engine(postgres_url)
    from veilleur.store.db import _MIGRATION_LOCK

    with engine.connect() as holder:
        holder.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _MIGRATION_LOCK})
        processes = [subprocess.Popen([sys.executable, "-c", _MIGRATE, postgres_url],
                                      stderr=subprocess.PIPE, text=True) for _ in range(2)]
        deadline = time.monotonic() + 120
        waiting = 0
        while waiting < 2:
            assert time.monotonic() < deadline, (
                f"waited 120 s for both processes to wait on the migration lock ({waiting})")
            assert all(p.poll() is None for p in processes), "a process ended before the lock"
            waiting = holder.execute(text(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
            )).scalar()
            time.sleep(0.05)
        holder.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _MIGRATION_LOCK})
        holder.commit()
    errors = [p.communicate(timeout=120)[1] for p in processes]
    assert [p.returncode for p in processes] == [0, 0], errors
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).all() == [
            (head_revision(),)]
    engine.dispose()


def _streaming_replies(repo: ConversationRepository, count: int, lease: ReplyLease | None,
                       expires_in: float) -> list[str]:
    conversation = repo.create(owner_id=None)
    ids = []
    for _ in range(count):
        fields = {} if lease is None else {
            "lease_owner": lease.owner,
            "lease_expires_at": utcnow() + timedelta(seconds=expires_in),
        }
        _, reply = repo.add_turn(conversation.id, owner_id=None, parent_id=None,
                                 user={"content": "Q"}, assistant=fields)
        ids.append(reply.id)
    return ids


def _status(repo: ConversationRepository, message_id: str) -> str:
    return repo.reply(message_id).status


def test_only_replies_whose_lease_expired_are_interrupted(database_url: str) -> None:
    _, sessions = open_database(database_url)
    repo = ConversationRepository(sessions)
    dead, alive, mine = ReplyLease(), ReplyLease(), ReplyLease()
    [expired] = _streaming_replies(repo, 1, dead, expires_in=-1)
    [held] = _streaming_replies(repo, 1, alive, expires_in=60)
    [own_expired] = _streaming_replies(repo, 1, mine, expires_in=-1)
    [legacy] = _streaming_replies(repo, 1, None, expires_in=0)  # no lease: an older version
    assert repo.mark_stale_streaming(exclude_owner=mine.owner) == 2
    assert _status(repo, expired) == MessageStatus.INTERRUPTED
    assert _status(repo, legacy) == MessageStatus.INTERRUPTED
    assert _status(repo, held) == MessageStatus.STREAMING
    assert _status(repo, own_expired) == MessageStatus.STREAMING  # this process is alive
    assert repo.mark_stale_streaming(exclude_owner=mine.owner) == 0  # once
    # a renewed lease holds; once it expires, another process marks the reply
    assert repo.renew_leases(mine.owner, utcnow() + timedelta(seconds=60)) == 1
    assert repo.mark_stale_streaming() == 0
    assert repo.mark_stale_streaming(now=utcnow() + timedelta(seconds=61)) == 2
    assert _status(repo, own_expired) == _status(repo, held) == MessageStatus.INTERRUPTED


def test_a_late_writer_never_undoes_an_interrupted_mark(database_url: str) -> None:
    """A writer that stalled past its lease finds its reply swept: its writes, the final
    one included, change nothing."""
    _, sessions = open_database(database_url)
    repo = ConversationRepository(sessions)
    [reply] = _streaming_replies(repo, 1, ReplyLease(), expires_in=-1)
    assert repo.save_reply(reply, content="so far") is True
    assert repo.mark_stale_streaming() == 1
    assert repo.save_reply(reply, content="so far and the end",
                           status=MessageStatus.COMPLETE, finish_reason="stop") is False
    stored = repo.reply(reply)
    assert (stored.status, stored.content) == (MessageStatus.INTERRUPTED, "so far")


def test_two_processes_sweeping_at_once_mark_each_reply_once(database_url: str) -> None:
    """Two sweepers, each with its own connections (as two processes), race on the same
    expired replies: the counts they return add up to the number of replies."""
    _, sessions = open_database(database_url)
    ids = _streaming_replies(ConversationRepository(sessions), 40, ReplyLease(), expires_in=-1)
    sweepers = [ConversationRepository(open_database(database_url)[1]) for _ in range(2)]
    start = threading.Barrier(2)
    counts: list[int] = []

    def sweep(repo: ConversationRepository) -> None:
        start.wait()
        counts.append(sum(repo.mark_stale_streaming() for _ in range(5)))

    threads = [threading.Thread(target=sweep, args=(repo,)) for repo in sweepers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert sum(counts) == len(ids), counts
    repo = ConversationRepository(sessions)
    assert {_status(repo, i) for i in ids} == {MessageStatus.INTERRUPTED}


def test_the_sweeper_task_renews_its_own_leases_and_interrupts_the_dead(
    database_url: str,
) -> None:
    _, sessions = open_database(database_url)
    repo = ConversationRepository(sessions)
    mine, dead = ReplyLease(seconds=0.3), ReplyLease(seconds=0.3)
    [own] = _streaming_replies(repo, 1, mine, expires_in=-1)  # e.g. waiting for the engine
    [orphan] = _streaming_replies(repo, 1, dead, expires_in=-1)
    before = repo.reply(own).lease_expires_at

    async def run() -> None:
        task = asyncio.create_task(keep_reply_leases(repo, mine))
        deadline = time.monotonic() + 60
        while _status(repo, orphan) != MessageStatus.INTERRUPTED:
            assert time.monotonic() < deadline, "waited 60 s for the sweeper to mark the orphan"
            await asyncio.sleep(0.05)
        task.cancel()

    asyncio.run(run())
    assert _status(repo, own) == MessageStatus.STREAMING
    renewed = repo.reply(own).lease_expires_at
    assert before is not None and renewed is not None
    assert renewed - before >= timedelta(seconds=1.2), "the own lease was renewed (now + 0.3 s)"
