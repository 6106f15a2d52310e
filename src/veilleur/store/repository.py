"""Reading and writing conversations. Synchronous; callers run it in a worker thread.

Messages form a tree: every message but the first has a parent, siblings are alternative
versions (an edited question, a regenerated answer). A conversation remembers the leaf of
its active branch; the active branch is the path from the root to that leaf.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from veilleur.errors import NotFoundError, StoreError
from veilleur.store.models import Conversation, Message, MessageStatus, new_id, utcnow

__all__ = ["ConversationRepository"]


class ConversationRepository:
    """All the store operations of the conversation API."""

    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    @contextmanager
    def _session(self) -> Iterator[Session]:
        try:
            with self._sessions.begin() as session:
                yield session
        except SQLAlchemyError as exc:
            raise StoreError(f"database error: {exc.__class__.__name__}: {exc}") from exc

    # --- conversations -------------------------------------------------------------------
    def create(
        self,
        *,
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
            created_at=now,
            updated_at=now,
        )
        with self._session() as session:
            session.add(conversation)
        return conversation

    def list(self, *, limit: int, offset: int) -> tuple[list[Conversation], int]:
        """Conversations, most recently active first, and the total count."""
        with self._session() as session:
            total = session.scalar(select(func.count()).select_from(Conversation)) or 0
            rows = session.scalars(
                select(Conversation)
                .order_by(Conversation.updated_at.desc(), Conversation.id.desc())
                .limit(limit)
                .offset(offset)
            ).all()
        return list(rows), total

    def get(self, conversation_id: str) -> Conversation:
        with self._session() as session:
            conversation = session.get(Conversation, conversation_id)
            if conversation is None:
                raise NotFoundError(
                    f"conversation {conversation_id!r} does not exist", param="conversation_id"
                )
            return conversation

    def update(self, conversation_id: str, **fields: Any) -> Conversation:
        """Change title, system_prompt, model or settings."""
        with self._session() as session:
            conversation = session.get(Conversation, conversation_id)
            if conversation is None:
                raise NotFoundError(
                    f"conversation {conversation_id!r} does not exist", param="conversation_id"
                )
            for name, value in fields.items():
                setattr(conversation, name, value)
            conversation.updated_at = utcnow()
            return conversation

    def delete(self, conversation_id: str) -> None:
        with self._session() as session:
            conversation = session.get(Conversation, conversation_id)
            if conversation is None:
                raise NotFoundError(
                    f"conversation {conversation_id!r} does not exist", param="conversation_id"
                )
            session.execute(delete(Message).where(Message.conversation_id == conversation_id))
            session.delete(conversation)

    # --- messages ------------------------------------------------------------------------
    def messages(self, conversation_id: str) -> list[Message]:
        """Every message of the conversation (all branches), oldest first."""
        with self._session() as session:
            rows = session.scalars(
                select(Message)
                .where(Message.conversation_id == conversation_id)
                .order_by(Message.created_at, Message.id)
            ).all()
        return list(rows)

    def get_message(self, conversation_id: str, message_id: str) -> Message:
        with self._session() as session:
            message = session.get(Message, message_id)
        if message is None or message.conversation_id != conversation_id:
            raise NotFoundError(
                f"message {message_id!r} does not exist in conversation {conversation_id!r}",
                param="message_id",
            )
        return message

    def add_turn(
        self,
        conversation_id: str,
        *,
        parent_id: str | None,
        user: dict[str, Any] | None,
        assistant: dict[str, Any],
        title: str | None = None,
    ) -> tuple[Message | None, Message]:
        """Write a user message (optional) and the assistant's placeholder in one transaction.

        The placeholder is `streaming`; it becomes the conversation's active leaf.
        """
        now = utcnow()
        with self._session() as session:
            conversation = session.get(Conversation, conversation_id)
            if conversation is None:
                raise NotFoundError(
                    f"conversation {conversation_id!r} does not exist", param="conversation_id"
                )
            user_message = None
            if user is not None:
                user_message = Message(
                    id=new_id(),
                    conversation_id=conversation_id,
                    parent_id=parent_id,
                    role="user",
                    status=MessageStatus.COMPLETE,
                    created_at=now,
                    updated_at=now,
                    **user,
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

    def save_reply(self, message_id: str, **fields: Any) -> None:
        """Write the streamed text so far (and, at the end, the final status)."""
        fields["updated_at"] = utcnow()
        with self._session() as session:
            session.execute(update(Message).where(Message.id == message_id).values(**fields))

    def set_current_leaf(self, conversation_id: str, leaf_id: str) -> None:
        with self._session() as session:
            session.execute(
                update(Conversation)
                .where(Conversation.id == conversation_id)
                .values(current_leaf_id=leaf_id)
            )

    def mark_stale_streaming(self, older_than: datetime | None = None) -> int:
        """Mark replies left `streaming` by a dead writer as `interrupted`; return how many.

        With `older_than`, only replies whose last write is older than that moment.
        """
        condition = Message.status == MessageStatus.STREAMING
        if older_than is not None:
            condition = condition & (Message.updated_at < older_than)
        with self._session() as session:
            result = session.execute(
                update(Message)
                .where(condition)
                .values(
                    status=MessageStatus.INTERRUPTED,
                    finish_reason="interrupted",
                    error="the server stopped while this reply was being written",
                )
            )
            return int(result.rowcount or 0)
