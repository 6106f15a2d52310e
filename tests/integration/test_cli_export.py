"""`veilleur export` and `veilleur import` on the database of the settings (no server):
a user's conversations out of one data directory and into another, a second import that
adds nothing, a broken file that exits 2 and writes nothing, the export audited."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from veilleur.accounts.models import AuthEvent
from veilleur.accounts.service import AccountService
from veilleur.config import Settings
from veilleur.store.db import open_database
from veilleur.store.models import MessageStatus
from veilleur.store.repository import ConversationRepository


def _cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VEILLEUR_")}
    env["VEILLEUR_DATA_DIR"] = str(data_dir)
    return subprocess.run([sys.executable, "-m", "veilleur.cli", *args], env=env,
                          capture_output=True, text=True, timeout=120)


def test_export_then_import_into_another_instance(tmp_path: Path) -> None:
    source, target = tmp_path / "a", tmp_path / "b"
    engine, sessions = open_database(f"sqlite:///{source / 'veilleur.db'}")
    accounts = AccountService(sessions, Settings(data_dir=source).accounts)
    alice = accounts.create_user("alice", password=None)
    repo = ConversationRepository(sessions)
    cid = repo.create(owner_id=alice.id, title="Notes").id
    _, reply = repo.add_turn(cid, owner_id=alice.id, parent_id=None,
                             user={"content": "Keep this"}, assistant={})
    repo.save_reply(reply.id, content="Kept", status=MessageStatus.COMPLETE)
    repo.create(owner_id=None, title="Unowned")

    out = tmp_path / "alice.json"
    done = _cli(source, "export", "--user", "alice", "-o", str(out))
    assert done.returncode == 0, done.stderr
    document = json.loads(out.read_text())
    assert [c["title"] for c in document["conversations"]] == ["Notes"]
    with sessions() as db:
        assert [e.user_id for e in db.scalars(
            select(AuthEvent).where(AuthEvent.event == "data_exported"))] == [alice.id]
    engine.dispose()
    markdown = _cli(source, "export", "--user", "alice", "--format", "markdown")
    assert markdown.returncode == 0 and "## Notes" in markdown.stdout

    first = _cli(target, "import", str(out))
    assert first.returncode == 0, first.stderr
    assert "imported 1 conversations (2 messages), skipped 0" in first.stdout
    second = _cli(target, "import", str(out))
    assert "imported 0 conversations (0 messages), skipped 1" in second.stdout
    exported = json.loads(_cli(target, "export").stdout)
    assert [c["id"] for c in exported["conversations"]] == [cid]  # the id was free: kept

    broken = tmp_path / "broken.json"
    document["conversations"][0]["messages"][0]["parent_id"] = reply.id
    broken.write_text(json.dumps(document))
    refused = _cli(target, "import", str(broken))
    assert refused.returncode == 2 and "cycle" in refused.stderr, refused.stderr
    assert "Traceback" not in refused.stderr
    assert _cli(target, "import", str(tmp_path / "missing.json")).returncode == 2
