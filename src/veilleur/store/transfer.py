"""The store's side of export and import: one owner's conversations read one at a time,
and a whole import written in one transaction.

Owner-scoped like `ConversationRepository`: every read takes `owner_id` (keyword, no
default) and sees only that owner's rows. The one read that looks past the owner is
`taken_ids`, which tells the importer which ids it must not reuse (primary keys are
global); it answers only for ids the importer was given.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, sessionmaker

from veilleur.store.attachments import AttachmentStore, NewAttachment, StoredAttachment
from veilleur.store.db import store_session
from veilleur.store.models import Conversation, Message
from veilleur.store.repository import owned_by

__all__ = ["ConversationTransfer", "NewConversation"]

# Ids per `IN (...)` query: well under SQLite's and PostgreSQL's parameter limits.
_CHUNK = 500


@dataclass
class NewConversation:
    """A conversation to insert: its row and its messages, parents before children, and
    its attachments (each: its id, the file, when it was attached)."""

    row: dict[str, Any]
    messages: list[dict[str, Any]] = field(default_factory=list)
    attachments: list[tuple[str, NewAttachment, datetime]] = field(default_factory=list)


class ConversationTransfer:
    """Reads for an export and the single write of an import."""

    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def _session(self) -> AbstractContextManager[Session]:
        return store_session(self._sessions)

    # --- export ------------------------------------------------------------------------
    def conversation_ids(self, *, owner_id: str | None) -> list[str]:
        """The owner's conversation ids, oldest first (ids only: an export reads the
        conversations one at a time, so its memory does not grow with the store)."""
        with self._session() as session:
            return list(session.scalars(
                select(Conversation.id).where(owned_by(owner_id))
                .order_by(Conversation.created_at, Conversation.id)))

    def conversation(self, conversation_id: str, *, owner_id: str | None
                     ) -> tuple[Conversation, list[Message]] | None:
        """One of the owner's conversations and all its messages (oldest first); None
        when it is not the owner's (or was deleted since it was listed)."""
        with self._session() as session:
            conversation = session.scalar(select(Conversation).where(
                Conversation.id == conversation_id, owned_by(owner_id)))
            if conversation is None:
                return None
            messages = list(session.scalars(
                select(Message).where(Message.conversation_id == conversation_id)
                .order_by(Message.created_at, Message.id)))
        return conversation, messages

    def attachments(self, conversation_id: str, *, owner_id: str | None
                    ) -> list[StoredAttachment]:
        """The conversation's attachments with their texts (empty if not the owner's)."""
        return AttachmentStore(self._sessions).for_export(conversation_id, owner_id=owner_id)

    # --- import ------------------------------------------------------------------------
    def settings_of_owned(self, *, owner_id: str | None) -> dict[str, dict[str, Any]]:
        """The `settings` of each of the owner's conversations, by id (where an import
        records its source)."""
        with self._session() as session:
            rows = session.execute(
                select(Conversation.id, Conversation.settings).where(owned_by(owner_id)))
            return {cid: settings or {} for cid, settings in rows}

    def taken_ids(self, conversation_ids: Iterable[str], message_ids: Iterable[str]
                  ) -> set[str]:
        """Which of these ids already name a row (anyone's): they cannot be kept."""
        taken: set[str] = set()
        with self._session() as session:
            for column, ids in ((Conversation.id, list(conversation_ids)),
                                (Message.id, list(message_ids))):
                for start in range(0, len(ids), _CHUNK):
                    chunk = ids[start:start + _CHUNK]
                    taken.update(session.scalars(select(column).where(column.in_(chunk))))
        return taken

    def insert(self, conversations: Sequence[NewConversation], *, owner_id: str | None
               ) -> None:
        """Insert every conversation and message in one transaction: all or nothing."""
        with self._session() as session:
            for conversation in conversations:
                session.execute(insert(Conversation), [{**conversation.row,
                                                        "owner_id": owner_id}])
                # Parents come first in the list, so the parent_id foreign key holds at
                # each row; one INSERT per batch keeps a large import fast.
                for start in range(0, len(conversation.messages), _CHUNK):
                    session.execute(insert(Message),
                                    conversation.messages[start:start + _CHUNK])
                if conversation.attachments:
                    AttachmentStore(self._sessions).insert_imported(
                        conversation.row["id"], conversation.attachments, owner_id=owner_id,
                        session=session)
