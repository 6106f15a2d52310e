from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from veilleur.chat.tree import MessageTree
from veilleur.errors import NotFoundError, StoreError
from veilleur.store.db import migrate, open_database
from veilleur.store.models import MessageStatus
from veilleur.store.repository import ConversationRepository


@pytest.fixture
def repo(database_url: str) -> ConversationRepository:
    """A repository on a blank store, once on SQLite and once on PostgreSQL."""
    _, sessions = open_database(database_url)
    return ConversationRepository(sessions)


def test_blank_database_migrates_to_head_in_wal_mode(tmp_path: Path) -> None:
    engine, _ = open_database(f"sqlite:///{tmp_path / 'v.db'}")
    tables = set(inspect(engine).get_table_names())
    assert {"conversations", "messages", "alembic_version"} <= tables
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    migrate(engine)  # idempotent


def test_unwritable_directory_is_a_clear_error(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "file").write_text("x")
    with pytest.raises(StoreError, match="not writable"):
        open_database(f"sqlite:///{locked / 'file' / 'v.db'}")


def test_turns_form_a_tree_with_branches(repo: ConversationRepository) -> None:
    conv = repo.create(owner_id=None, title="")
    user, reply = repo.add_turn(
        conv.id, owner_id=None, parent_id=None, user={"content": "Q1"}, assistant={}, title="Q1"
    )
    assert user is not None and reply.status == MessageStatus.STREAMING
    repo.save_reply(reply.id, content="A1", status=MessageStatus.COMPLETE)
    # regenerate: a second reply under the same user message
    _, reply2 = repo.add_turn(conv.id, owner_id=None, parent_id=user.id, user=None,
                              assistant={})
    tree = MessageTree(repo.messages(conv.id, owner_id=None))
    assert [m.id for m in tree.siblings(reply2)] == [reply.id, reply2.id]
    assert [m.id for m in tree.path_to(reply2.id)] == [user.id, reply2.id]
    assert repo.get(conv.id, owner_id=None).current_leaf_id == reply2.id
    assert repo.get(conv.id, owner_id=None).title == "Q1"
    assert tree.latest_leaf(user.id) == reply2.id


def test_stale_streaming_replies_are_marked_interrupted(repo: ConversationRepository) -> None:
    conv = repo.create(owner_id=None)
    _, reply = repo.add_turn(conv.id, owner_id=None, parent_id=None, user={"content": "Q"},
                             assistant={})
    repo.save_reply(reply.id, content="partial")
    assert repo.mark_stale_streaming() == 1
    message = repo.get_message(conv.id, reply.id, owner_id=None)
    assert message.status == MessageStatus.INTERRUPTED
    assert message.content == "partial"


def test_list_is_newest_first_and_paginated(repo: ConversationRepository) -> None:
    ids = [repo.create(owner_id=None, title=str(i)).id for i in range(5)]
    page, total = repo.list(owner_id=None, limit=2, offset=0)
    assert total == 5
    assert [c.id for c in page] == ids[::-1][:2]
    page2, _ = repo.list(owner_id=None, limit=2, offset=4)
    assert [c.id for c in page2] == [ids[0]]


def test_delete_removes_messages(repo: ConversationRepository) -> None:
    conv = repo.create(owner_id=None)
    repo.add_turn(conv.id, owner_id=None, parent_id=None, user={"content": "Q"}, assistant={})
    repo.delete(conv.id, owner_id=None)
    with pytest.raises(NotFoundError):
        repo.get(conv.id, owner_id=None)
    assert repo.messages(conv.id, owner_id=None) == []


def test_database_from_a_newer_version_is_a_clear_error(database_url: str) -> None:
    engine, _ = open_database(database_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(StoreError, match="newer Veilleur"):
        open_database(database_url)


def test_upgrade_from_the_first_revision_keeps_data(database_url: str) -> None:
    from sqlalchemy import create_engine

    url = database_url
    old = create_engine(url)
    migrate(old, "0001")
    with old.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO conversations (id, title, settings, created_at, updated_at) "
                "VALUES ('c1', 'old one', '{}', '2026-01-01', '2026-01-01')"
            )
        )
    old.dispose()
    _, sessions = open_database(url)  # upgrades to head
    assert ConversationRepository(sessions).get("c1", owner_id=None).title == "old one"
