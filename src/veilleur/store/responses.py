"""Stored responses of the OpenAI Responses API (`POST /v1/responses` with `store: true`).

A response is read, continued (`previous_response_id`) and deleted by its owner only:
every read filters on the owner, so that another user's id is exactly an unknown id. The
owner None is the local person and the operator's key (no account), as for conversations.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Index, String, delete, select
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from veilleur.store.db import store_session
from veilleur.store.models import Base, utcnow

__all__ = ["MAX_CHAIN", "ResponseRecord", "ResponseRow", "ResponseStore"]

# Most responses one `previous_response_id` chain may hold (a loop guard; a chain that
# long would not fit any context window anyway).
MAX_CHAIN = 1000


class ResponseRow(Base):
    __tablename__ = "responses"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    owner_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    model: Mapped[str] = mapped_column(String(200), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    request: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    output: Mapped[list[dict[str, Any]]] = mapped_column(JSON, nullable=False)
    previous_response_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    usage: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)

    __table_args__ = (Index("ix_responses_owner", "owner_id", "created_at"),)


@dataclass(frozen=True, slots=True)
class ResponseRecord:
    """A stored response, detached from the database. `request` holds the input items
    (`input`) and the parameters the response was made with; `created_at` is seconds."""

    id: str
    owner_id: str | None
    model: str
    created_at: int
    status: str
    request: dict[str, Any]
    output: list[dict[str, Any]]
    previous_response_id: str | None
    usage: dict[str, Any] | None


def _record(row: ResponseRow) -> ResponseRecord:
    return ResponseRecord(row.id, row.owner_id, row.model, int(row.created_at.timestamp()),
                          row.status, row.request, row.output, row.previous_response_id,
                          row.usage)


class ResponseStore:
    """The `responses` table, owner-scoped."""

    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def save(self, record: ResponseRecord) -> None:
        with store_session(self._sessions) as session:
            session.add(ResponseRow(
                id=record.id, owner_id=record.owner_id, model=record.model,
                created_at=datetime.fromtimestamp(record.created_at, UTC),
                status=record.status, request=record.request, output=record.output,
                previous_response_id=record.previous_response_id, usage=record.usage))

    def get(self, response_id: str, owner_id: str | None) -> ResponseRecord | None:
        """The response `response_id` if `owner_id` owns it, else None."""
        with store_session(self._sessions) as session:
            row = session.scalar(self._owned(response_id, owner_id))
            return None if row is None else _record(row)

    def chain(self, response_id: str, owner_id: str | None) -> list[ResponseRecord] | None:
        """The response `response_id` and the ones it continues, oldest first; None when
        it (or one before it) is not one of `owner_id`'s (deleted, unknown, another's)."""
        records: list[ResponseRecord] = []
        with store_session(self._sessions) as session:
            current: str | None = response_id
            while current is not None and len(records) < MAX_CHAIN:
                row = session.scalar(self._owned(current, owner_id))
                if row is None:
                    return None
                records.append(_record(row))
                current = row.previous_response_id
        return records[::-1]

    def delete(self, response_id: str, owner_id: str | None) -> bool:
        """Delete `owner_id`'s response `response_id`; False when there is none."""
        with store_session(self._sessions) as session:
            owner = (ResponseRow.owner_id.is_(None) if owner_id is None
                     else ResponseRow.owner_id == owner_id)
            result = session.execute(delete(ResponseRow).where(
                ResponseRow.id == response_id, owner))
            return bool(getattr(result, "rowcount", 0))

    @staticmethod
    def _owned(response_id: str, owner_id: str | None) -> Any:
        owner = (ResponseRow.owner_id.is_(None) if owner_id is None
                 else ResponseRow.owner_id == owner_id)
        return select(ResponseRow).where(ResponseRow.id == response_id, owner)
