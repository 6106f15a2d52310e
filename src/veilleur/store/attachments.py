"""Attachments of conversations: their tables and the store operations on them.

A file attached to a conversation is two rows. `attachment_blobs` holds what was read
from the file's bytes, once per owner and checksum: its SHA-256, size, media type,
extracted text, language and page count (the bytes themselves are not kept). An
`attachments` row puts a blob in one conversation, under the name it was sent with, with
the input guard's decision on its text. The same file attached twice is one blob: in the
same conversation it is the same attachment, in another conversation a second row on the
same blob.

Deleting a conversation deletes its attachments (foreign key, `ON DELETE CASCADE`), and
a trigger deletes a blob once no attachment refers to it any more, whoever deleted the
last one (a conversation's cascade, `delete`, an administrator's SQL).

Owner-scoped like `ConversationRepository`: every read and write takes `owner_id`
(keyword, no default) and sees only that owner's rows; another owner's attachment is a
`NotFoundError` word for word like an unknown one.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
    select,
)
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from veilleur.errors import NotFoundError, StoreError
from veilleur.store.db import store_session
from veilleur.store.models import Base, Conversation, new_id, utcnow
from veilleur.store.repository import owned_by

__all__ = [
    "Attachment",
    "AttachmentBlob",
    "AttachmentStatus",
    "AttachmentStore",
    "AttachmentText",
    "NewAttachment",
    "StoredAttachment",
    "owner_key",
]


def owner_key(owner_id: str | None) -> str:
    """The owner as a blob stores it: `owner_id`, or "" for the unowned (the local person
    and the operator's key), so that (owner, checksum) is unique without NULLs."""
    return owner_id or ""


class AttachmentStatus:
    """Values of `Attachment.status`."""

    READY = "ready"  # its text passed the input guard
    FLAGGED = "flagged"  # the guard flagged its text (a prompt injection): data, never orders
    NO_TEXT = "no_text"  # imported from an export that did not carry the text


class AttachmentBlob(Base):
    __tablename__ = "attachment_blobs"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    owner_key: Mapped[str] = mapped_column(String(32), nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    media_type: Mapped[str] = mapped_column(String(100), nullable=False)
    format: Mapped[str] = mapped_column(String(16), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    language: Mapped[str | None] = mapped_column(String(16), nullable=True)
    page_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    __table_args__ = (
        UniqueConstraint("owner_key", "sha256", name="uq_attachment_blobs_owner_sha256"),
    )


class Attachment(Base):
    __tablename__ = "attachments"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    owner_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    conversation_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("conversations.id", ondelete="CASCADE"), nullable=False)
    blob_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("attachment_blobs.id"), nullable=False)
    filename: Mapped[str] = mapped_column(String(255), nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    safety_action: Mapped[str | None] = mapped_column(String(8), nullable=True)
    safety_categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    __table_args__ = (
        UniqueConstraint("conversation_id", "blob_id", name="uq_attachments_conversation_blob"),
        Index("ix_attachments_conversation", "conversation_id", "created_at"),
        Index("ix_attachments_owner", "owner_id", "created_at"),
        Index("ix_attachments_blob", "blob_id"),
    )


@dataclass(frozen=True, slots=True)
class NewAttachment:
    """A file read and checked, to store: what the blob holds and the attachment's row."""

    filename: str
    sha256: str
    size: int
    media_type: str
    format: str
    text: str
    language: str | None
    page_count: int | None
    status: str
    safety_action: str | None
    safety_categories: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StoredAttachment:
    """An attachment as the API shows it (the text only when asked for)."""

    id: str
    conversation_id: str
    filename: str
    media_type: str
    format: str
    size: int
    sha256: str
    language: str | None
    page_count: int | None
    characters: int
    status: str
    safety_action: str | None
    safety_categories: tuple[str, ...]
    created_at: datetime
    text: str | None = None
    duplicate: bool = False  # the same file was already attached to this conversation

    def as_dict(self) -> dict[str, Any]:
        out = {name: getattr(self, name) for name in self.__slots__}  # type: ignore[attr-defined]
        out["safety_categories"] = list(self.safety_categories)
        if self.created_at.tzinfo is None:  # SQLite keeps no zone: the moment is UTC
            out["created_at"] = self.created_at.replace(tzinfo=UTC)
        if self.text is None:
            del out["text"]
        return out


class AttachmentText(NamedTuple):
    """What retrieval reads of an attachment: its id, name, text and language."""

    attachment_id: str
    filename: str
    text: str
    language: str | None


def _no_attachment(attachment_id: str) -> NotFoundError:
    return NotFoundError(f"attachment {attachment_id!r} does not exist", param="attachment_id")


def _no_conversation(conversation_id: str) -> NotFoundError:
    # Word for word the conversation repository's, so that ids cannot be probed here.
    return NotFoundError(f"conversation {conversation_id!r} does not exist",
                         param="conversation_id")


class AttachmentStore:
    """Every store operation on attachments. Synchronous; callers run it in a thread."""

    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def _session(self) -> AbstractContextManager[Session]:
        return store_session(self._sessions)

    # --- reads ---------------------------------------------------------------------------
    def usage(self, conversation_id: str, *, owner_id: str | None) -> tuple[int, int]:
        """The conversation's attachment count and the bytes of all the owner's blobs.

        Raises:
            NotFoundError: the conversation is not the owner's.
        """
        with self._session() as session:
            self._check_conversation(session, conversation_id, owner_id)
            count = session.scalar(select(func.count()).select_from(Attachment).where(
                Attachment.conversation_id == conversation_id)) or 0
            total = session.scalar(select(func.coalesce(func.sum(AttachmentBlob.size), 0))
                                   .where(AttachmentBlob.owner_key == owner_key(owner_id)))
            return int(count), int(total or 0)

    def known_sha256(self, digests: Sequence[str], *, owner_id: str | None) -> set[str]:
        """Which of these checksums the owner already has a blob of (not counted again)."""
        if not digests:
            return set()
        with self._session() as session:
            return set(session.scalars(select(AttachmentBlob.sha256).where(
                AttachmentBlob.owner_key == owner_key(owner_id),
                AttachmentBlob.sha256.in_(list(digests)))))

    def list(self, conversation_id: str, *, owner_id: str | None) -> list[StoredAttachment]:
        """The conversation's attachments, oldest first, without their text.

        Raises:
            NotFoundError: the conversation is not the owner's.
        """
        with self._session() as session:
            self._check_conversation(session, conversation_id, owner_id)
            rows = session.execute(
                self._joined().where(Attachment.conversation_id == conversation_id)
                .order_by(Attachment.created_at, Attachment.id)).all()
            return [_stored(a, b, with_text=False) for a, b in rows]

    def get(self, attachment_id: str, *, owner_id: str | None, text: bool = True
            ) -> StoredAttachment:
        """One of the owner's attachments (with its text unless `text` is False)."""
        with self._session() as session:
            row = session.execute(self._joined().where(
                Attachment.id == attachment_id, _attachment_owned_by(owner_id))).first()
            if row is None:
                raise _no_attachment(attachment_id)
            return _stored(row[0], row[1], with_text=text)

    def list_attachment_texts(self, owner_id: str | None, conversation_id: str
                              ) -> list[AttachmentText]:
        """The text of each of the conversation's attachments, oldest first, for
        retrieval: (attachment_id, filename, text, language). Attachments without text
        (imported as metadata only) are left out; flagged ones are in (their text is data,
        delimited as such in a prompt). Empty when the conversation is not the owner's."""
        with self._session() as session:
            rows = session.execute(
                select(Attachment.id, Attachment.filename, AttachmentBlob.text,
                       AttachmentBlob.language)
                .join(AttachmentBlob, AttachmentBlob.id == Attachment.blob_id)
                .join(Conversation, Conversation.id == Attachment.conversation_id)
                .where(Attachment.conversation_id == conversation_id, owned_by(owner_id),
                       _attachment_owned_by(owner_id),
                       Attachment.status != AttachmentStatus.NO_TEXT)
                .order_by(Attachment.created_at, Attachment.id)).all()
            return [AttachmentText(*row) for row in rows]

    def for_export(self, conversation_id: str, *, owner_id: str | None
                   ) -> list[StoredAttachment]:
        """The conversation's attachments with their text (an export carries it)."""
        with self._session() as session:
            rows = session.execute(
                self._joined().where(Attachment.conversation_id == conversation_id,
                                     _attachment_owned_by(owner_id))
                .order_by(Attachment.created_at, Attachment.id)).all()
            return [_stored(a, b, with_text=True) for a, b in rows]

    # --- writes --------------------------------------------------------------------------
    def add(self, conversation_id: str, files: Sequence[NewAttachment], *,
            owner_id: str | None) -> list[StoredAttachment]:
        """Store `files` in the conversation in one transaction: all or nothing.

        A file whose checksum the owner already has reuses that blob; one already
        attached to this conversation is answered as that attachment (`duplicate`).

        Raises:
            NotFoundError: the conversation is not the owner's (or was deleted meanwhile).
        """
        try:
            with self._sessions.begin() as session:
                return self._add(session, conversation_id, files, owner_id)
        except IntegrityError:
            pass  # another request stored the same file at the same moment: retried below
        except SQLAlchemyError as exc:
            raise StoreError(f"database error: {exc.__class__.__name__}: {exc}") from exc
        # The unique keys refused the second blob or row; this time the first is found.
        with self._session() as session:
            return self._add(session, conversation_id, files, owner_id)

    def _add(self, session: Session, conversation_id: str, files: Sequence[NewAttachment],
             owner_id: str | None) -> list[StoredAttachment]:
        out: list[StoredAttachment] = []
        conversation = self._check_conversation(session, conversation_id, owner_id)
        now = utcnow()
        for position, file in enumerate(files):
            # A microsecond apart: the files of one upload list in the order they came.
            moment = now + timedelta(microseconds=position)
            blob, _ = _blob_for(session, owner_id, file, moment)
            attachment = session.scalar(select(Attachment).where(
                Attachment.conversation_id == conversation_id,
                Attachment.blob_id == blob.id))
            duplicate = attachment is not None
            if attachment is None:
                attachment = Attachment(
                    id=new_id(), owner_id=owner_id, conversation_id=conversation_id,
                    blob_id=blob.id, filename=file.filename, status=file.status,
                    safety_action=file.safety_action,
                    safety_categories=list(file.safety_categories), created_at=moment)
                session.add(attachment)
                session.flush()
            stored = _stored(attachment, blob, with_text=False)
            out.append(replace(stored, duplicate=duplicate))
        conversation.updated_at = now
        return out

    def delete(self, attachment_id: str, *, owner_id: str | None) -> None:
        """Delete one of the owner's attachments (its blob goes with the last reference).

        Raises:
            NotFoundError: not the owner's attachment.
        """
        with self._session() as session:
            attachment = session.scalar(select(Attachment).where(
                Attachment.id == attachment_id, _attachment_owned_by(owner_id)))
            if attachment is None:
                raise _no_attachment(attachment_id)
            session.delete(attachment)

    def insert_imported(self, conversation_id: str, files: Sequence[tuple[str, NewAttachment,
                                                                          datetime]],
                        *, owner_id: str | None, session: Session) -> None:
        """Write the attachments of an imported conversation in the importer's transaction
        (`session`): each (id, file, created_at); blobs reused by checksum, an id already
        taken replaced by a new one, a file already in the conversation skipped."""
        for attachment_id, file, created_at in files:
            blob, created = _blob_for(session, owner_id, file, created_at)
            if not created and blob.text == "" and file.text:
                blob.text = file.text  # a metadata-only blob gets the text an import carries
            if session.scalar(select(Attachment.id).where(
                    Attachment.conversation_id == conversation_id,
                    Attachment.blob_id == blob.id)) is not None:
                continue
            if session.get(Attachment, attachment_id) is not None:
                attachment_id = new_id()  # the id is taken here (ids are global)
            session.add(Attachment(
                id=attachment_id, owner_id=owner_id, conversation_id=conversation_id,
                blob_id=blob.id, filename=file.filename, status=file.status,
                safety_action=file.safety_action,
                safety_categories=list(file.safety_categories), created_at=created_at))
            session.flush()

    def taken_ids(self, ids: Sequence[str]) -> set[str]:
        """Which of these attachment ids already name a row (anyone's)."""
        if not ids:
            return set()
        with self._session() as session:
            taken: set[str] = set()
            for start in range(0, len(ids), 500):
                taken.update(session.scalars(select(Attachment.id).where(
                    Attachment.id.in_(list(ids[start:start + 500])))))
            return taken

    # --- internals -----------------------------------------------------------------------
    @staticmethod
    def _joined() -> Any:
        return select(Attachment, AttachmentBlob).join(
            AttachmentBlob, AttachmentBlob.id == Attachment.blob_id)

    @staticmethod
    def _check_conversation(session: Session, conversation_id: str, owner_id: str | None
                            ) -> Conversation:
        conversation = session.scalar(select(Conversation).where(
            Conversation.id == conversation_id, owned_by(owner_id)))
        if conversation is None:
            raise _no_conversation(conversation_id)
        return conversation


def _attachment_owned_by(owner_id: str | None) -> Any:
    if owner_id is None:
        return Attachment.owner_id.is_(None)
    return Attachment.owner_id == owner_id


def _stored(attachment: Attachment, blob: AttachmentBlob, *, with_text: bool
            ) -> StoredAttachment:
    return StoredAttachment(
        id=attachment.id, conversation_id=attachment.conversation_id,
        filename=attachment.filename, media_type=blob.media_type, format=blob.format,
        size=blob.size, sha256=blob.sha256, language=blob.language,
        page_count=blob.page_count, characters=len(blob.text), status=attachment.status,
        safety_action=attachment.safety_action,
        safety_categories=tuple(attachment.safety_categories or ()),
        created_at=attachment.created_at, text=blob.text if with_text else None)


def _blob_for(session: Session, owner_id: str | None, file: NewAttachment,
              created_at: datetime) -> tuple[AttachmentBlob, bool]:
    """The owner's blob of `file`'s checksum, written now if there is none; whether it was."""
    blob = session.scalar(select(AttachmentBlob).where(
        AttachmentBlob.owner_key == owner_key(owner_id),
        AttachmentBlob.sha256 == file.sha256))
    if blob is not None:
        return blob, False
    blob = AttachmentBlob(
        id=new_id(), owner_key=owner_key(owner_id), sha256=file.sha256,
        size=file.size, media_type=file.media_type, format=file.format,
        text=file.text, language=file.language, page_count=file.page_count,
        created_at=created_at)
    session.add(blob)
    session.flush()
    return blob, True
