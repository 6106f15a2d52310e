"""Every record belongs to someone: the repository's and the audit log's owner filters.

On a real store (SQLite, and PostgreSQL when `make test` started one): each read and
write of a conversation or a message sees only its owner's rows (`IS NULL` for the
unowned ones), and another owner's id fails exactly like an unknown id.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from veilleur.chat.tree import MessageTree
from veilleur.errors import NotFoundError
from veilleur.safety import Decision
from veilleur.safety.audit import AuditLog, AuditRecord
from veilleur.store.db import open_database
from veilleur.store.models import Conversation, Message, MessageStatus, utcnow
from veilleur.store.repository import ConversationRepository

ALICE, BOB = "a" * 32, "b" * 32


@pytest.fixture
def store(database_url: str) -> tuple[ConversationRepository, AuditLog, object]:
    _, sessions = open_database(database_url)
    return ConversationRepository(sessions), AuditLog(sessions), sessions


def _seed(repo: ConversationRepository, owner: str | None) -> tuple[str, str, str]:
    conversation = repo.create(owner_id=owner, title=f"of {owner}")
    user, reply = repo.add_turn(conversation.id, owner_id=owner, parent_id=None,
                                user={"content": f"secret of {owner}"}, assistant={})
    repo.save_reply(reply.id, content="answer", status=MessageStatus.COMPLETE)
    assert user is not None
    return conversation.id, user.id, reply.id


def _not_found_message(call) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFoundError) as caught:
        call()
    return str(caught.value.message)


def test_each_owner_sees_only_their_conversations(store) -> None:  # type: ignore[no-untyped-def]
    repo, _, sessions = store
    cid, user_id, reply_id = _seed(repo, ALICE)
    _seed(repo, BOB)
    _seed(repo, None)
    for owner in (ALICE, BOB, None):
        rows, total = repo.list(owner_id=owner, limit=10, offset=0)
        assert total == 1 and [c.owner_id for c in rows] == [owner]
    assert repo.get(cid, owner_id=ALICE).title == f"of {ALICE}"
    assert len(repo.messages(cid, owner_id=ALICE)) == 2
    for intruder in (BOB, None):  # another user, and the unowned (local / operator) side
        assert repo.messages(cid, owner_id=intruder) == []
        # word for word the error of an id that does not exist
        assert _not_found_message(lambda o=intruder: repo.get(cid, owner_id=o)) == (
            _not_found_message(lambda o=intruder: repo.get("0" * 32, owner_id=o))
            .replace("0" * 32, cid))
        for call in (
            lambda o=intruder: repo.get_message(cid, reply_id, owner_id=o),
            lambda o=intruder: repo.update(cid, owner_id=o, title="pwned"),
            lambda o=intruder: repo.delete(cid, owner_id=o),
            lambda o=intruder: repo.set_current_leaf(cid, user_id, owner_id=o),
            lambda o=intruder: repo.add_turn(cid, owner_id=o, parent_id=reply_id,
                                             user={"content": "x"}, assistant={}),
        ):
            with pytest.raises(NotFoundError):
                call()
    # nothing changed: Alice's conversation and messages are as she left them
    conversation = repo.get(cid, owner_id=ALICE)
    assert conversation.title == f"of {ALICE}" and conversation.current_leaf_id == reply_id
    assert [m.id for m in MessageTree(repo.messages(cid, owner_id=ALICE))
            .path_to(reply_id)] == [user_id, reply_id]
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 6
        assert session.scalar(select(func.count()).select_from(Conversation)) == 3


def test_a_turn_cannot_hang_under_a_message_of_another_conversation(store) -> None:  # type: ignore[no-untyped-def]
    repo, _, _ = store
    _, _, alice_reply = _seed(repo, ALICE)
    bob_cid, _, _ = _seed(repo, BOB)
    with pytest.raises(NotFoundError) as caught:
        repo.add_turn(bob_cid, owner_id=BOB, parent_id=alice_reply, user={"content": "x"},
                      assistant={})
    assert caught.value.param == "parent_id"
    assert len(repo.messages(bob_cid, owner_id=BOB)) == 2


def test_update_cannot_change_the_owner(store) -> None:  # type: ignore[no-untyped-def]
    repo, _, _ = store
    cid, _, _ = _seed(repo, ALICE)
    with pytest.raises(TypeError):
        repo.update(cid, owner_id=ALICE, **{"owner_id": BOB})  # type: ignore[misc]
    assert repo.get(cid, owner_id=ALICE).owner_id == ALICE


def _decision(action: str, *categories: str) -> Decision:
    return Decision(action=action, categories=categories, scores={}, explanation="",  # type: ignore[arg-type]
                    refusal=None, policy_version="test", language="en")


def test_audit_rows_carry_their_owner_and_filter_by_it(store) -> None:  # type: ignore[no-untyped-def]
    _, audit, _ = store
    before = utcnow() - timedelta(seconds=1)
    audit.record(_decision("block", "S1"), direction="input", text="a1", owner_id=ALICE)
    audit.record(_decision("allow"), direction="output", text="a2", owner_id=ALICE)
    audit.record(_decision("warn", "S10", "jailbreak"), direction="input", text="b1",
                 owner_id=BOB)
    audit.record(_decision("allow"), direction="input", text="local")
    rows, total = audit.page(owner_id=ALICE)
    assert total == 2 and [r.text for r in rows] == ["a2", "a1"]  # newest first
    assert {r.owner_id for r in audit.query()} == {ALICE, BOB, None}
    # a code is one item of the list: S1 does not match S10
    assert [r.text for r in audit.query(category="S1")] == ["a1"]
    assert [r.text for r in audit.query(category="S10")] == ["b1"]
    assert [r.text for r in audit.query(category="jailbreak", owner_id=BOB)] == ["b1"]
    assert audit.page(category="S1", owner_id=BOB) == ([], 0)
    assert audit.page(category="S_")[1] == 0  # LIKE's wildcards are not wildcards
    assert [r.text for r in audit.query(action="allow", direction="input")] == ["local"]
    assert audit.page(since=utcnow() + timedelta(hours=1))[1] == 0
    assert audit.page(until=before)[1] == 0
    assert audit.page(since=before)[1] == 4
    page, total = audit.page(limit=1, offset=1)
    assert total == 4 and [r.text for r in page] == ["b1"]
    assert all(isinstance(r, AuditRecord) for r in page)
    assert page[0].to_dict()["owner_id"] == BOB


def test_the_audit_command_filters_by_user(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`veilleur audit --user NAME` (or id): that user's rows, in every format."""
    import csv
    import io
    import json

    from typer.testing import CliRunner

    from veilleur.accounts.models import User
    from veilleur.cli import app

    monkeypatch.setenv("VEILLEUR_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("VEILLEUR_DATABASE_URL", raising=False)
    _, sessions = open_database(f"sqlite:///{tmp_path / 'veilleur.db'}")
    with sessions.begin() as session:
        session.add_all([User(id=ALICE, username="alice"), User(id=BOB, username="bob")])
    audit = AuditLog(sessions)
    audit.record(_decision("block", "S1"), direction="input", text="a1", owner_id=ALICE)
    audit.record(_decision("allow"), direction="input", text="b1", owner_id=BOB)
    runner = CliRunner()
    for who in ("alice", ALICE):
        result = runner.invoke(app, ["audit", "--user", who, "--format", "jsonl"])
        assert result.exit_code == 0, result.output
        rows = [json.loads(line) for line in result.output.splitlines()]
        assert [(r["text"], r["owner_id"], r["username"]) for r in rows] == [
            ("a1", ALICE, "alice")]
    result = runner.invoke(app, ["audit", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert [r["username"] for r in csv.DictReader(io.StringIO(result.output))] == [
        "alice", "bob"]
    result = runner.invoke(app, ["audit", "--user", "carol"])
    assert result.exit_code == 2 and "no user" in result.output


def test_admin_usage_sums_each_users_windows(store) -> None:  # type: ignore[no-untyped-def]
    """`/api/admin/usage`'s reads: today's and this month's counters per user (the unowned
    ones under null), running generations, stored conversations and messages."""
    from veilleur.accounts.models import AuthEvent, GenerationLease, UsageCounter, User
    from veilleur.api.admin.serving import AdminReports, Window

    repo, _, sessions = store
    now = utcnow()
    today = now.replace(hour=0, minute=0, second=0, microsecond=0)
    earlier = today - timedelta(days=1) if today.day > 1 else None
    with sessions.begin() as session:
        session.add_all([User(id=ALICE, username="alice"), User(id=BOB, username="bob")])
        session.add_all([
            UsageCounter(owner_id=ALICE, kind="requests", window_start=today, value=3),
            UsageCounter(owner_id=ALICE, kind="requests",
                         window_start=today + timedelta(minutes=1), value=2),
            UsageCounter(owner_id=ALICE, kind="tokens", window_start=today, value=500),
            UsageCounter(owner_id=ALICE, kind="tokens",
                         window_start=today.replace(day=1) - timedelta(days=1), value=10**6),
            UsageCounter(owner_id="", kind="tokens", window_start=today, value=7),
            GenerationLease(owner_id=ALICE, process="p", expires_at=now + timedelta(minutes=1)),
            GenerationLease(owner_id=ALICE, process="p", expires_at=now - timedelta(minutes=1)),
            AuthEvent(event="login_failed", username="alice", address="10.0.0.1"),
            AuthEvent(event="key_created", user_id=ALICE, username="alice", actor_id=BOB),
            AuthEvent(event="login_failed", username="carol"),
        ])
        if earlier is not None:
            session.add(UsageCounter(owner_id=ALICE, kind="tokens", window_start=earlier,
                                     value=40))
    _seed(repo, ALICE)
    _seed(repo, ALICE)
    reports = AdminReports(sessions)
    rows = {row["username"]: row for row in reports.usage()["data"]}
    assert set(rows) == {"alice", "bob", None}
    alice = rows["alice"]
    assert (alice["requests_today"], alice["requests_month"]) == (5, 5)
    assert (alice["tokens_today"], alice["tokens_month"]) == (500, 500 + (40 if earlier else 0))
    assert alice["generations_running"] == 1
    assert (alice["conversations"], alice["messages"]) == (2, 4)
    assert rows["bob"]["tokens_today"] == 0 and rows["bob"]["conversations"] == 0
    assert rows[None]["tokens_today"] == 7 and rows[None]["owner_id"] is None
    events = reports.events(Window(user="alice"))
    assert events["total"] == 2 and {e["event"] for e in events["data"]} == {
        "login_failed", "key_created"}
    assert [e["actor_username"] for e in events["data"] if e["event"] == "key_created"] == [
        "bob"]
    assert reports.events(Window(user="carol"))["total"] == 1  # a name that is no account
    assert reports.events(Window(), event="login_failed")["total"] == 2
    assert reports.events(Window(since=now + timedelta(hours=1)))["total"] == 0
