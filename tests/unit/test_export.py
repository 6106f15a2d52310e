"""Export and import (`veilleur-export/1`) on real stores, SQLite and PostgreSQL: a round
trip keeps every branch, a second import adds nothing, the export validates against
docs/export.schema.json, broken files are refused whole, the Markdown shows branches and
statuses."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from veilleur.chat.transfer import (
    ExportFormatError,
    ExportTooLargeError,
    ExportTreeError,
    Importer,
    iter_json,
    iter_markdown,
    parse_document,
    user_record,
)
from veilleur.store.db import open_database
from veilleur.store.models import MessageStatus
from veilleur.store.repository import ConversationRepository
from veilleur.store.transfer import ConversationTransfer

SCHEMA = json.loads((Path(__file__).parents[2] / "docs" / "export.schema.json").read_text())
ALICE = "a" * 32
BOB = "b" * 32
SAFETY = {"action": "warn", "categories": ["S2"], "explanation": "risky",
          "language": "en", "policy_version": "1"}


class Store:
    def __init__(self, url: str):
        self.engine, sessions = open_database(url)
        self.repository = ConversationRepository(sessions)
        self.transfer = ConversationTransfer(sessions)

    def export(self, owner_id: str | None, username: str = "alice") -> dict[str, Any]:
        text = "".join(iter_json(self.transfer, owner_id=owner_id,
                                 user=user_record(owner_id, username, "Alice A.")))
        return json.loads(text)

    def markdown(self, owner_id: str | None) -> str:
        return "".join(iter_markdown(self.transfer, owner_id=owner_id,
                                     user=user_record(owner_id, "alice")))

    def import_(self, document: Any, owner_id: str | None) -> dict[str, Any]:
        return Importer(self.transfer).run(parse_document(document),
                                           owner_id=owner_id).as_dict()

    def count(self) -> tuple[int, int]:
        with self.engine.connect() as connection:
            from sqlalchemy import text
            return (connection.execute(text("SELECT COUNT(*) FROM conversations")).scalar_one(),
                    connection.execute(text("SELECT COUNT(*) FROM messages")).scalar_one())


def _turn(repository: ConversationRepository, cid: str, owner: str | None,
          parent: str | None, question: str, answer: str, **fields: Any) -> tuple[str, str]:
    user, reply = repository.add_turn(cid, owner_id=owner, parent_id=parent,
                                      user={"content": question, "meta": {"language": "en"}},
                                      assistant={"model": "tiny", "meta": fields.pop("meta", {})})
    assert user is not None
    repository.save_reply(reply.id, content=answer, **{
        "status": MessageStatus.COMPLETE, "finish_reason": "stop", "prompt_tokens": 7,
        "completion_tokens": 3, **fields})
    return user.id, reply.id


def _seed(store: Store, owner: str | None = ALICE) -> str:
    """A conversation with an edited first question, a regenerated answer cut short, a
    safety summary; a second one with a reply still streaming; another owner's."""
    repo = store.repository
    cid = repo.create(owner_id=owner, title="Paris trip", system_prompt="Be brief.",
                      settings={"sampling": {"temperature": 0.3}, "page": {"pinned": True}}).id
    q1, a1 = _turn(repo, cid, owner, None, "Capital of France?", "Paris.")
    _turn(repo, cid, owner, a1, "And of Spain?", "Madrid.", meta={"safety": SAFETY})
    # a regenerated first answer, interrupted
    _, reply = repo.add_turn(cid, owner_id=owner, parent_id=q1, user=None,
                             assistant={"model": "tiny"})
    repo.save_reply(reply.id, content="Par", status=MessageStatus.INTERRUPTED,
                    finish_reason="interrupted")
    # an edited first question (a second root), the active branch
    _turn(repo, cid, owner, None, "Capital of Italy?", "Rome.")
    other = repo.create(owner_id=owner, title="Still writing").id
    repo.add_turn(other, owner_id=owner, parent_id=None, user={"content": "Hello"},
                  assistant={"model": "tiny"})
    theirs = repo.create(owner_id=BOB, title="Bob's secret").id
    _turn(repo, theirs, BOB, None, "bob-only question", "bob-only answer")
    return cid


def _shape(document: dict[str, Any]) -> list[Any]:
    """The trees of a document, ids replaced by their order of appearance."""
    names: dict[str, int] = {}

    def name(value: str | None) -> int | None:
        return None if value is None else names.setdefault(value, len(names))

    shapes = []
    for conversation in sorted(document["conversations"], key=lambda c: c["created_at"]):
        messages = sorted(conversation["messages"], key=lambda m: (m["created_at"], m["id"]))
        for message in messages:
            name(message["id"])
        shapes.append({
            "title": conversation["title"], "system_prompt": conversation["system_prompt"],
            "leaf": name(conversation["current_leaf_id"]),
            "settings": {k: v for k, v in conversation["settings"].items()
                         if k != "imported_from"},
            "messages": [(name(m["id"]), name(m["parent_id"]), m["role"], m["content"],
                          m["status"] if m["status"] != "streaming" else "interrupted",
                          m["model"], m["prompt_tokens"], m["completion_tokens"],
                          {k: v for k, v in m["meta"].items()}, m["created_at"])
                         for m in messages]})
    return shapes


@pytest.fixture
def source(database_url: str) -> Store:
    return Store(database_url)


def test_round_trip_keeps_every_branch_and_reimport_adds_nothing(source: Store,
                                                                 tmp_path: Path) -> None:
    _seed(source)
    exported = source.export(ALICE)
    jsonschema.validate(exported, SCHEMA)
    assert exported["format"] == "veilleur-export/1"
    assert exported["user"] == {"id": ALICE, "username": "alice", "display_name": "Alice A."}
    assert len(exported["conversations"]) == 2
    assert "bob-only" not in json.dumps(exported)
    trip = next(c for c in exported["conversations"] if c["title"] == "Paris trip")
    assert len(trip["messages"]) == 7
    assert {m["status"] for m in trip["messages"]} == {"complete", "interrupted"}
    assert any(m["meta"].get("safety") == SAFETY for m in trip["messages"])
    assert all(m["attachments"] == [] and m["citations"] == [] for m in trip["messages"])

    target = Store(f"sqlite:///{tmp_path / 'other.db'}")
    report = target.import_(exported, owner_id=BOB)
    assert (report["imported"], report["skipped"], report["messages"]) == (2, 0, 9)
    # the ids were free there: kept
    assert {c["id"] for c in report["conversations"]} == {c["id"] for c in exported[
        "conversations"]}
    again = target.export(BOB)
    jsonschema.validate(again, SCHEMA)
    assert _shape(again) == _shape(exported)
    assert all(c["settings"]["imported_from"]["id"] == c["id"] for c in again["conversations"])
    before = target.count()
    second = target.import_(exported, owner_id=BOB)
    assert (second["imported"], second["skipped"], second["messages"]) == (0, 2, 0)
    assert target.count() == before
    # the re-export of an import, brought back where it came from: nothing new either
    back = source.import_(again, owner_id=ALICE)
    assert (back["imported"], back["skipped"]) == (0, 2)


def test_import_into_the_same_store_takes_new_ids(source: Store) -> None:
    _seed(source)
    exported = source.export(ALICE)
    report = source.import_(exported, owner_id=BOB)
    assert report["imported"] == 2
    new_ids = {c["id"] for c in report["conversations"]}
    assert not new_ids & {c["id"] for c in exported["conversations"]}
    bobs = source.export(BOB, "bob")
    mine = [c for c in bobs["conversations"] if c["id"] in new_ids]
    assert _shape({"conversations": mine}) == _shape(exported)
    # Alice's own export, imported into her own account: already there, skipped
    assert source.import_(exported, owner_id=ALICE)["skipped"] == 2
    assert source.import_(exported, owner_id=BOB)["skipped"] == 2


def test_markdown_shows_branches_and_statuses(source: Store) -> None:
    _seed(source)
    text = source.markdown(ALICE)
    assert text.startswith("# Conversations of alice")
    assert "## Paris trip" in text and "## Still writing" in text
    assert "### Active branch" in text and "### Other branches" in text
    active = text.split("### Active branch")[1].split("### Other branches")[0]
    assert "Capital of Italy?" in active and "Rome." in active and "Paris." not in active
    others = text.split("### Other branches")[1].split("## Still writing")[0]
    assert "Paris." in others and "Madrid." in others and "Par\n" in others
    assert "**interrupted**" in others and "safety: warn" in others
    assert "being written when exported" in text
    assert "> Be brief." in text and "bob-only" not in text


def _document(source: Store) -> dict[str, Any]:
    _seed(source)
    return source.export(ALICE)


def _conv(document: dict[str, Any]) -> dict[str, Any]:
    return next(c for c in document["conversations"] if c["title"] == "Paris trip")


@pytest.mark.parametrize(("break_it", "error", "param"), [
    (lambda d: d.update(format="veilleur-export/2"), ExportFormatError, "format"),
    (lambda d: d.pop("format"), ExportFormatError, "format"),
    (lambda d: _conv(d)["messages"][0].update(role="system"), ExportFormatError, "role"),
    (lambda d: _conv(d)["messages"][0].update(status="done"), ExportFormatError, "status"),
    (lambda d: _conv(d)["messages"][0].update(prompt_tokens=-1), ExportFormatError,
     "prompt_tokens"),
    (lambda d: _conv(d)["messages"][0].update(extra=1), ExportFormatError, "extra"),
    (lambda d: _conv(d).update(settings={"sampling": {"temperature": 9}}), ExportFormatError,
     "settings.sampling"),
    (lambda d: _conv(d)["messages"][0].update(content="a\x00b"), ExportFormatError, None),
    (lambda d: _conv(d)["messages"][1].update(parent_id=_conv(d)["messages"][1]["id"]),
     ExportTreeError, "parent_id"),
    (lambda d: _conv(d)["messages"][0].update(parent_id=_conv(d)["messages"][1]["id"]),
     ExportTreeError, "parent_id"),
    (lambda d: _conv(d)["messages"][1].update(
        parent_id=next(c for c in d["conversations"] if c["title"] != "Paris trip")
        ["messages"][0]["id"]), ExportTreeError, "parent_id"),
    (lambda d: _conv(d)["messages"][1].update(parent_id="f" * 32), ExportTreeError,
     "parent_id"),
    (lambda d: _conv(d).update(current_leaf_id="f" * 32), ExportTreeError, "current_leaf_id"),
    (lambda d: _conv(d)["messages"].append(copy.deepcopy(_conv(d)["messages"][0])),
     ExportTreeError, "id"),
])
def test_a_broken_file_imports_nothing(source: Store, break_it: Any, error: type,
                                       param: str | None) -> None:
    document = _document(source)
    break_it(document)
    before = source.count()
    with pytest.raises(error) as refused:
        source.import_(document, owner_id=BOB)
    if param is not None:
        assert param in (refused.value.param or ""), refused.value.message
    assert source.count() == before


def test_the_schema_refuses_what_the_importer_refuses(source: Store) -> None:
    document = _document(source)
    jsonschema.validate(document, SCHEMA)
    for break_it in (lambda d: d.update(format="x"),
                     lambda d: _conv(d)["messages"][0].update(role="tool"),
                     lambda d: d["user"].update(password_hash="x")):
        broken = copy.deepcopy(document)
        break_it(broken)
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(broken, SCHEMA)
        with pytest.raises(ExportFormatError):
            parse_document(broken)


def test_a_hundred_thousand_messages_are_refused_before_being_read() -> None:
    message = {"id": "m", "parent_id": None, "role": "user", "content": "x",
               "status": "complete", "created_at": "2026-01-01T00:00:00Z",
               "updated_at": "2026-01-01T00:00:00Z"}
    huge = {"format": "veilleur-export/1", "exported_at": "2026-01-01T00:00:00Z",
            "user": {"id": None, "username": "x"},
            "conversations": [{"id": "c", "created_at": "2026-01-01T00:00:00Z",
                               "updated_at": "2026-01-01T00:00:00Z",
                               "messages": [message] * 100_000}]}
    with pytest.raises(ExportTooLargeError):
        parse_document(huge)
    spread = {**huge, "conversations": [{**huge["conversations"][0], "id": f"c{i}",
                                         "messages": [message] * 9_000} for i in range(12)]}
    with pytest.raises(ExportTooLargeError):
        parse_document(spread)


def test_a_long_chain_and_a_long_cycle_are_checked_without_recursion() -> None:
    def chain(n: int, cycle: bool) -> dict[str, Any]:
        messages = [{"id": f"m{i}", "parent_id": f"m{i - 1}" if i else
                     (f"m{n - 1}" if cycle else None), "role": "user", "content": "x",
                     "status": "complete", "created_at": "2026-01-01T00:00:00Z",
                     "updated_at": "2026-01-01T00:00:00Z"} for i in range(n)]
        return {"format": "veilleur-export/1", "exported_at": "2026-01-01T00:00:00Z",
                "user": {"id": None, "username": "x"},
                "conversations": [{"id": "c", "created_at": "2026-01-01T00:00:00Z",
                                   "updated_at": "2026-01-01T00:00:00Z",
                                   "current_leaf_id": f"m{n - 1}", "messages": messages}]}
    assert len(parse_document(chain(10_000, cycle=False)).conversations[0].messages) == 10_000
    with pytest.raises(ExportTreeError, match="cycle"):
        parse_document(chain(10_000, cycle=True))


def test_the_export_is_written_one_conversation_at_a_time(source: Store) -> None:
    """A piece per conversation (plus the head and the end), each read as it is written:
    the export holds one conversation in memory, not the store."""
    for index in range(30):
        source.repository.create(owner_id=ALICE, title=f"c{index}")
    pieces = iter_json(source.transfer, owner_id=ALICE, user=user_record(ALICE, "alice"))
    head, first = next(pieces), next(pieces)
    assert head.startswith('{"format": "veilleur-export/1"') and '"c0"' in first
    source.repository.create(owner_id=ALICE, title="after the listing")  # not listed
    rest = list(pieces)
    assert len(rest) == 30  # 29 conversations and the end
    document = json.loads(head + first + "".join(rest))
    assert [c["title"] for c in document["conversations"]] == [f"c{i}" for i in range(30)]
