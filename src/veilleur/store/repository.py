"""Reading and writing conversations. Synchronous; callers run it in a worker thread.

Messages form a tree: every message but the first has a parent, siblings are alternative
versions (an edited question, a regenerated answer). A conversation remembers the leaf of
its active branch; the active branch is the path from the root to that leaf.

Every conversation belongs to an owner (`conversations.owner_id`, a `users.id`; None for
the local person and the operator's shared key), and its messages with it. Each read and
write of a conversation or a message takes `owner_id` (keyword, no default: nobody can
forget it) and sees only that owner's rows (`IS NULL` for None): another owner's id is a
`NotFoundError` word for word like an unknown one, so that ids cannot be probed.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, delete, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from veilleur.errors import NotFoundError
from veilleur.store.db import store_session
from veilleur.store.models import Conversation, Message, MessageStatus, new_id, utcnow

__all__ = ["ConversationRepository", "owned_by"]


def owned_by(owner_id: str | None) -> ColumnElement[bool]:
    """The condition on `conversations` of the rows `owner_id` may see."""
    if owner_id is None:
        return Conversation.owner_id.is_(None)
    return Conversation.owner_id == owner_id


def _no_conversation(conversation_id: str) -> NotFoundError:
    return NotFoundError(f"conversation {conversation_id!r} does not exist",
                         param="conversation_id")


class ConversationRepository:
    """All the store operations of the conversation API."""

    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def _session(self) -> AbstractContextManager[Session]:
        return store_session(self._sessions)

    # --- conversations -------------------------------------------------------------------
    def create(
        self,
        *,
        owner_id: str | None,
        title: str = "",
        system_prompt: str | None = None,
        model: str | None = None,
        settings: dict[str, Any] | None = None,
    ) -> Conversation:
        now = utcnow()
        conversation = Conversation(
            id=new_id(),
            title=title,
            system_prompt=system_prompt,
            model=model,
            settings=settings or {},
            owner_id=owner_id,
            created_at=now,
            updated_at=now,
        )
        with self._session() as session:
            session.add(conversation)
        return conversation

    def list(self, *, owner_id: str | None, limit: int, offset: int
             ) -> tuple[list[Conversation], int]:
        """The owner's conversations, most recently active first, and their count."""
        with self._session() as session:
            total = session.scalar(
                select(func.count()).select_from(Conversation).where(owned_by(owner_id))
            ) or 0
            rows = session.scalars(
                select(Conversation)
                .where(owned_by(owner_id))
                .order_by(Conversation.updated_at.desc(), Conversation.id.desc())
                .limit(limit)
                .offset(offset)
            ).all()
        return list(rows), total

    @staticmethod
    def _conversation(session: Session, conversation_id: str, owner_id: str | None
                      ) -> Conversation:
        conversation = session.scalar(
            select(Conversation).where(Conversation.id == conversation_id, owned_by(owner_id))
        )
        if conversation is None:
            raise _no_conversation(conversation_id)
        return conversation

    def get(self, conversation_id: str, *, owner_id: str | None) -> Conversation:
        with self._session() as session:
            return self._conversation(session, conversation_id, owner_id)

    def update(self, conversation_id: str, *, owner_id: str | None, **fields: Any
               ) -> Conversation:
        """Change title, system_prompt, model or settings (never the owner)."""
        with self._session() as session:
            conversation = self._conversation(session, conversation_id, owner_id)
            for name, value in fields.items():
                setattr(conversation, name, value)
            conversation.updated_at = utcnow()
            return conversation

    def delete(self, conversation_id: str, *, owner_id: str | None) -> None:
        with self._session() as session:
            conversation = self._conversation(session, conversation_id, owner_id)
            session.execute(delete(Message).where(Message.conversation_id == conversation_id))
            session.delete(conversation)

    # --- messages ------------------------------------------------------------------------
    def messages(self, conversation_id: str, *, owner_id: str | None) -> list[Message]:
        """Every message of the conversation (all branches), oldest first; none when the
        conversation is not the owner's."""
        with self._session() as session:
            rows = session.scalars(
                select(Message)
                .join(Conversation, Conversation.id == Message.conversation_id)
                .where(Message.conversation_id == conversation_id, owned_by(owner_id))
                .order_by(Message.created_at, Message.id)
            ).all()
        return list(rows)

    def get_message(self, conversation_id: str, message_id: str, *, owner_id: str | None
                    ) -> Message:
        with self._session() as session:
            message = session.scalar(
                select(Message)
                .join(Conversation, Conversation.id == Message.conversation_id)
                .where(Message.id == message_id, Message.conversation_id == conversation_id,
                       owned_by(owner_id))
            )
        if message is None:
            raise NotFoundError(
                f"message {message_id!r} does not exist in conversation {conversation_id!r}",
                param="message_id",
            )
        return message

    def reply(self, message_id: str) -> Message:
        """A reply by its id alone: for the writer of a reply it created itself (the
        owner was checked when the turn was written); never for an id a client sent."""
        with self._session() as session:
            message = session.get(Message, message_id)
        if message is None:
            raise NotFoundError(f"message {message_id!r} does not exist", param="message_id")
        return message

    def add_turn(
        self,
        conversation_id: str,
        *,
        owner_id: str | None,
        parent_id: str | None,
        user: dict[str, Any] | None,
        assistant: dict[str, Any],
        title: str | None = None,
    ) -> tuple[Message | None, Message]:
        """Write a user message (optional) and the assistant's placeholder in one transaction.

        The placeholder is `streaming`; it becomes the conversation's active leaf. `user`
        may name another `role` (``tool``: a tool result the reply reads).
        """
        now = utcnow()
        with self._session() as session:
            conversation = self._conversation(session, conversation_id, owner_id)
            if parent_id is not None and session.scalar(
                select(Message.id).where(Message.id == parent_id,
                                         Message.conversation_id == conversation_id)
            ) is None:
                raise NotFoundError(
                    f"message {parent_id!r} does not exist in conversation "
                    f"{conversation_id!r}", param="parent_id")
            user_message = None
            if user is not None:
                user_message = Message(
                    id=new_id(),
                    conversation_id=conversation_id,
                    parent_id=parent_id,
                    status=MessageStatus.COMPLETE,
                    created_at=now,
                    updated_at=now,
                    **{"role": "user", **user},
                )
                session.add(user_message)
                parent_id = user_message.id
            reply = Message(
                id=new_id(),
                conversation_id=conversation_id,
                parent_id=parent_id,
                role="assistant",
                content="",
                status=MessageStatus.STREAMING,
                created_at=now + timedelta(microseconds=1),
                updated_at=now,
                **assistant,
            )
            session.add(reply)
            session.flush()
            conversation.current_leaf_id = reply.id
            conversation.updated_at = now
            if title and not conversation.title:
                conversation.title = title
        return user_message, reply

    def add_message(self, conversation_id: str, *, owner_id: str | None, parent_id: str,
                    fields: dict[str, Any]) -> Message:
        """Write one complete message under `parent_id` (a tool result that no reply
        follows yet); it becomes the conversation's active leaf."""
        now = utcnow()
        with self._session() as session:
            conversation = self._conversation(session, conversation_id, owner_id)
            if session.scalar(select(Message.id).where(
                    Message.id == parent_id, Message.conversation_id == conversation_id)
                              ) is None:
                raise NotFoundError(
                    f"message {parent_id!r} does not exist in conversation "
                    f"{conversation_id!r}", param="parent_id")
            message = Message(id=new_id(), conversation_id=conversation_id,
                              parent_id=parent_id, status=MessageStatus.COMPLETE,
                              created_at=now, updated_at=now, **fields)
            session.add(message)
            session.flush()
            conversation.current_leaf_id = message.id
            conversation.updated_at = now
        return message

    def save_reply(self, message_id: str, **fields: Any) -> bool:
        """Write the streamed text so far (and, at the end, the final status) of a reply
        still `streaming`; return whether it was written.

        False: the reply is no longer being written — another process marked it
        `interrupted` because this writer's lease expired (it stalled longer than the
        lease). That mark stands: a late writer never turns it back into `complete`.
        """
        fields["updated_at"] = utcnow()
        with self._session() as session:
            result = session.execute(
                update(Message)
                .where(Message.id == message_id, Message.status == MessageStatus.STREAMING)
                .values(**fields)
                .execution_options(synchronize_session=False)
            )
        return bool(result.rowcount)

    def set_current_leaf(self, conversation_id: str, leaf_id: str, *, owner_id: str | None
                         ) -> None:
        with self._session() as session:
            conversation = self._conversation(session, conversation_id, owner_id)
            conversation.current_leaf_id = leaf_id

    def mark_stale_streaming(
        self, *, now: datetime | None = None, exclude_owner: str | None = None
    ) -> int:
        """Mark `interrupted` the replies left `streaming` by a writer that is gone; return
        how many.

        Gone: the writer's lease (`lease_expires_at`) ended before `now` (default: the
        current time), or the reply has no lease (written by a version without leases).
        `exclude_owner`'s replies are never marked (the calling process is alive). One
        UPDATE … WHERE status = 'streaming': when two processes sweep at once, the
        database marks each reply once, and counts it for one of them.
        """
        now = now or utcnow()
        condition = (Message.status == MessageStatus.STREAMING) & (
            Message.lease_expires_at.is_(None) | (Message.lease_expires_at < now)
        )
        if exclude_owner is not None:
            condition &= Message.lease_owner.is_(None) | (Message.lease_owner != exclude_owner)
        with self._session() as session:
            result = session.execute(
                update(Message)
                .where(condition)
                .values(
                    status=MessageStatus.INTERRUPTED,
                    finish_reason="interrupted",
                    error="the server stopped while this reply was being written",
                    updated_at=now,  # after `lease_expires_at`, which stays as it was
                )
                .execution_options(synchronize_session=False)
            )
            return int(result.rowcount or 0)

    def renew_leases(self, owner: str, until: datetime) -> int:
        """Extend to `until` the leases `owner` holds on replies still streaming."""
        with self._session() as session:
            result = session.execute(
                update(Message)
                .where((Message.lease_owner == owner)
                       & (Message.status == MessageStatus.STREAMING))
                .values(lease_expires_at=until)
                .execution_options(synchronize_session=False)
            )
            return int(result.rowcount or 0)
